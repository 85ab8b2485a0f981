#!/bin/sh
# Container entrypoint: `serve` takes its config file, address and port from the environment
# (MESHROUTE_CONFIG, MESHROUTE_HOST, MESHROUTE_PORT, MESHROUTE_LOG_LEVEL, and
# MESHROUTE_SHUTDOWN_TIMEOUT: seconds in-flight requests get after SIGTERM); any other command
# (`explain`, `keys`, `costs`, ...) runs as given. `exec`: meshroute replaces this shell and is
# PID 1, so SIGTERM reaches it directly.
set -eu
if [ "${1:-serve}" = "serve" ]; then
    [ "$#" -gt 0 ] && shift
    if [ -n "${MESHROUTE_CONFIG:-}" ]; then
        set -- --config "$MESHROUTE_CONFIG" "$@"
    fi
    exec meshroute serve --host "${MESHROUTE_HOST:-0.0.0.0}" --port "${MESHROUTE_PORT:-8080}" \
        --log-level "${MESHROUTE_LOG_LEVEL:-info}" \
        --shutdown-timeout "${MESHROUTE_SHUTDOWN_TIMEOUT:-30}" "$@"
fi
exec meshroute "$@"
