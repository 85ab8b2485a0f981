"""Whether a domain ends in a public suffix, from tldextract's bundled snapshot (offline)."""

from __future__ import annotations

import functools

import tldextract

__all__ = ["has_public_suffix"]


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # The module-level extractor fetches the suffix list from the internet on first use; this
    # instance has no URLs and no cache, so it reads only the snapshot in the package.
    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def has_public_suffix(domain: str) -> bool:
    # Documentation domains (example.com) count too: privacy fails closed, and people paste
    # real local parts with a placeholder domain.
    return bool(_extractor()(domain).fqdn)
