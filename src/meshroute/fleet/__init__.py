"""Weights to the fleet (issue 15): model versions as OCI artifacts, pulled onto nodes.

- `artifact`: the manifest of a model version (name, version, format, size, sha256 as
  annotations) and the checks on names, versions and digests;
- `registry`: the OCI distribution client (push, resolve, manifest, resumable blob pull), plain
  HTTP per the OCI distribution spec with httpx;
- `store`: the node's directory of versions (state file, disk-space check, verification,
  rollback history);
- `swap`: the embedded target serving a model, switched to another file without a dropped request;
- `node`: deploy and rollback orders, one at a time; `routes`: the admin routes.
"""
