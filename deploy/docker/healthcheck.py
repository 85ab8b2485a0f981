"""Docker HEALTHCHECK: GET /healthz on the container's own port; exit 0 when it answers 200.

Python's standard library only: the image carries no curl.
"""

import os
import sys
import urllib.request

PORT = os.environ.get("MESHROUTE_PORT", "8080")

try:
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2) as reply:
        sys.exit(0 if reply.status == 200 else 1)
except OSError:
    sys.exit(1)
