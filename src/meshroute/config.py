"""The YAML config: pydantic models, `${VAR}` expansion, defaults, and errors that name the field.

The field names are a contract (docs/design.md); more fields may be added, none renamed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializeAsAny,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from meshroute.errors import ConfigError

Tier = Literal["edge", "local", "cloud"]
Zone = Literal["private", "public"]
TIER_ORDER: dict[str, int] = {"edge": 0, "local": 1, "cloud": 2}

_ENV_PATTERN = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class _Strict(BaseModel):
    # Unknown keys are almost always typos (`zones:` for `zone:`); rejecting them saves an outage.
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServerConfig(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    key_file: str | None = None
    max_body_bytes: int = Field(4 * 1024 * 1024, gt=0)
    max_messages: int = Field(2048, gt=0)
    max_output_tokens: int = Field(1_000_000, gt=0)
    default_region: str | None = None
    # a client that stops reading a stream for this long is dropped (frees the upstream)
    write_timeout_s: float = Field(30.0, gt=0)
    # a request body must arrive within this (a slowly trickled body holds a connection)
    body_timeout_s: float = Field(30.0, gt=0)
    # browser origins allowed to call the API (CORS); empty: no CORS headers at all
    cors_origins: list[str] = Field(default_factory=list)


class LedgerConfig(_Strict):
    enabled: bool = True
    url: str = "sqlite:///meshroute.db"
    retention_days: int | None = Field(None, ge=1)
    # how often queued entries are written; a kill -9 can lose at most this much
    flush_interval_s: float = Field(1.0, gt=0, le=60)
    # auto: every start-up migrates (under a database lock); off: `meshroute ledger migrate`
    migrate: Literal["auto", "off"] = "auto"

    @field_validator("migrate", mode="before")
    @classmethod
    def _yaml_off(cls, value: Any) -> Any:
        # YAML 1.1 reads a bare `off` as false (and `on` as true)
        return {False: "off", True: "auto"}.get(value, value) if isinstance(value, bool) else value


class Price(_Strict):
    input_per_mtok: float = Field(ge=0)
    output_per_mtok: float = Field(ge=0)


class HardwareCost(_Strict):
    hardware_usd: float = Field(ge=0)
    lifetime_months: float = Field(gt=0)
    power_watts: float = Field(ge=0)
    usd_per_kwh: float = Field(ge=0)
    ops_usd_month: float = Field(0.0, ge=0)


class EngineConfig(_Strict):
    """Knobs of the in-process llama.cpp engine (kind: embedded)."""

    # One thread by default: on a 2-core box shared with the gateway, two spinning OpenMP
    # threads fell to 0.5 tok/s under contention while one passive thread held 19 tok/s.
    threads: int = Field(1, ge=1, le=256)
    batch_threads: int | None = Field(None, ge=1, le=256)
    context: int = Field(4096, ge=256)
    parallel: int = Field(2, ge=1, le=64)
    chat_template: str | None = None
    embeddings: bool = False
    # output tokens when a request names no max_tokens: a base or chatty model cannot run on
    max_tokens: int = Field(256, ge=1)
    # sampling temperature when a request names none (None: the engine's 0.8); low for small
    # models: SmolLM2 answered 24/24 simple facts at 0.2, 22/24 at 0.8 (docs/edge_model.md)
    temperature: float | None = Field(0.2, ge=0, le=2)


class Timeouts(_Strict):
    connect_s: float = Field(gt=0)
    # until the response headers (plain) or the first event (streamed)
    first_byte_s: float = Field(gt=0)
    total_s: float = Field(gt=0)


# An edge model answers fast or not at all; a cloud reasoning model may think for minutes.
TIER_TIMEOUTS: dict[str, Timeouts] = {
    "edge": Timeouts(connect_s=1, first_byte_s=15, total_s=120),
    "local": Timeouts(connect_s=3, first_byte_s=60, total_s=600),
    "cloud": Timeouts(connect_s=5, first_byte_s=300, total_s=1800),
}


class Breaker(_Strict):
    failures_to_open: int = Field(3, ge=1)
    base_cooldown_s: float = Field(5.0, gt=0)
    max_cooldown_s: float = Field(300.0, gt=0)


class HealthCheck(_Strict):
    """Active probing: GET base_url + path every interval; a failure ejects the target."""

    path: str = "/models"
    interval_s: float = Field(10.0, gt=0)
    timeout_s: float = Field(2.0, gt=0)


class TargetConfig(_Strict):
    """What every target has, whatever its kind. Each kind adds its own fields in a subclass
    (in the kind's module, registered in targets/kinds.py); `Config.targets` picks the
    subclass by `kind`, so a field of one kind is a typo on another."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    kind: str
    tier: Tier
    zone: Zone
    region: str | None = None
    models: dict[str, str] = Field(default_factory=dict)
    timeouts: Timeouts | None = None  # None: the defaults of the target's tier
    breaker: Breaker = Field(default_factory=lambda: Breaker())
    # back-pressure: at most this many requests at once, then a bounded wait, then elsewhere
    max_in_flight: int | None = Field(None, ge=1)
    max_queue: int = Field(0, ge=0)
    queue_timeout_s: float = Field(1.0, ge=0)
    health_check: HealthCheck | None = None
    # privacy override: a private target may still refuse sensitive data
    accepts_sensitive: bool | None = None
    # capabilities (targets/capabilities.py): inputs taken, and a subset of the kind's
    # operations to send here; None: the kind's defaults
    inputs: list[Literal["text", "image", "audio"]] | None = None
    operations: list[Literal["chat", "completions", "embeddings"]] | None = None
    price: Price | None = None
    cost: HardwareCost | None = None

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Any:
        """On the base class, the model of the kind `obj` names (`TargetConfig.model_validate(
        {"kind": "openai", ...})` gives an OpenAI target's config)."""
        if cls is TargetConfig:
            return config_model(obj).model_validate(obj, *args, **kwargs)
        return super().model_validate(obj, *args, **kwargs)

    @property
    def effective_timeouts(self) -> Timeouts:
        return self.timeouts or TIER_TIMEOUTS[self.tier]

    @property
    def may_see_sensitive(self) -> bool:
        if self.accepts_sensitive is not None:
            return self.accepts_sensitive and self.zone == "private"
        return self.zone == "private"

    @property
    def served_model_name(self) -> str:
        """The model name this target answers to in a target-qualified request."""
        return self.name


def config_model(obj: Any) -> type[TargetConfig]:
    """The config model of the kind a raw target block names; a one-line error otherwise."""
    from meshroute.targets.kinds import kind_names, load_kind

    kind = obj.get("kind") if isinstance(obj, dict) else getattr(obj, "kind", None)
    if not isinstance(kind, str) or kind not in kind_names():
        raise PydanticCustomError(
            "unknown_kind",
            "kind must be one of: {kinds}",
            {"kinds": ", ".join(sorted(kind_names()))},
        )
    return load_kind(kind).config


def _by_kind(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Validate a target block with its kind's model; errors keep their field path."""
    if isinstance(value, TargetConfig) and type(value) is not TargetConfig:
        return value
    if not isinstance(value, dict):
        raise PydanticCustomError("target_type", "a target must be a mapping")
    return config_model(value).model_validate(value)


AnyTargetConfig = Annotated[SerializeAsAny[TargetConfig], WrapValidator(_by_kind)]


class ComplexityThresholds(_Strict):
    edge_max: float = Field(0.35, ge=0, le=1)
    local_max: float = Field(0.75, ge=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> ComplexityThresholds:
        if self.edge_max > self.local_max:
            raise ValueError("edge_max must not exceed local_max")
        return self


class ShadowConfig(_Strict):
    """Labels from the gateway's own traffic (issue 17, meshroute/shadow/): a share of the
    non-sensitive, non-streamed requests a lower tier answered also goes to the next tier; the
    `judge` target compares the two answers (both orders) and the verdict is kept as a label."""

    share: float = Field(0.05, ge=0, le=1)
    judge: str  # a target name
    retention_days: int = Field(30, ge=1)
    max_prompt_chars: int = Field(8000, ge=1, le=100_000)  # longer prompts are not shadowed
    max_in_flight: int = Field(4, ge=1, le=64)  # beyond this, a shadow is dropped, not queued


class CascadeConfig(_Strict):
    """Edge first, then escalate (issue 17, routing/cascade.py): a non-streamed request the edge
    answered goes on to the next tier when the answer's confidence (geometric mean of its token
    probabilities) is below `min_confidence`, or it refused, or it was cut at max_tokens."""

    # bench/cascade.py: with the packaged edge model, fewer than 10% of chat answers fall below
    min_confidence: float = Field(0.35, ge=0, le=1)
    on_refusal: bool = True
    on_truncation: bool = True


class RoutingConfig(_Strict):
    sensitive: Literal["keep_private", "redact"] = "keep_private"
    complexity: ComplexityThresholds = Field(default_factory=ComplexityThresholds)
    canary: dict[str, dict[str, float]] = Field(default_factory=dict)
    region_distance: dict[str, dict[str, float]] = Field(default_factory=dict)
    # NER for names and places in the deep scan (before a public target); off: patterns only
    ner: bool = True
    # failover: targets tried per request, and retries as a share of requests (a wide outage
    # must not multiply the load on what is left)
    max_attempts: int = Field(3, ge=1)
    retry_budget: float = Field(0.2, ge=0)
    # a model file from `meshroute router train` (relative to the config file); null: shipped
    router_model: str | None = None
    shadow: ShadowConfig | None = None  # off unless configured
    cascade: dict[str, CascadeConfig] = Field(default_factory=dict)  # per logical model

    @field_validator("canary")
    @classmethod
    def _shares(cls, value: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
        for model, split in value.items():
            if any(not 0 <= share <= 1 for share in split.values()):
                raise ValueError(f"canary shares of '{model}' must be between 0 and 1")
            if sum(split.values()) > 1 + 1e-9:
                raise ValueError(f"canary shares of '{model}' add up to more than 1")
        return value


class TracingConfig(_Strict):
    """OpenTelemetry traces over OTLP/HTTP; off by default."""

    enabled: bool = False
    otlp_endpoint: str = "http://127.0.0.1:4318/v1/traces"
    service_name: str = "meshroute"


class StateConfig(_Strict):
    """Shared state for replicas (issue 13, meshroute/state/): limits, breakers, retry budget."""

    url: str  # redis://host:port/db (rediss:// for TLS); ${VAR} for a password
    prefix: str = Field("meshroute:", min_length=1, max_length=64)

    @field_validator("url")
    @classmethod
    def _redis_url(cls, value: str) -> str:
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("state.url must start with redis://, rediss:// or unix://")
        return value


class FleetConfig(_Strict):
    """Model versions deployed to this node (issue 15, meshroute/fleet/): `fleet: {store: DIR}`."""

    store: str  # directory of pulled model versions and their state
    keep_versions: int = Field(2, ge=1, le=100)  # per model, the active one included
    reserve_mb: int = Field(256, ge=0)  # free space a pull must leave on the store's disk
    max_pull_mbps: float | None = Field(None, gt=0)  # cap a pull's rate (a shared WAN link)
    registries: list[str] | None = None  # allowed registry URL prefixes; None: any
    # registry credentials (Basic, or the OCI token exchange); the password as ${VAR}
    registry_username: str | None = None
    registry_password: str | None = Field(None, repr=False)


class MeshConfig(_Strict):
    """This node in a mesh of meshroute nodes (issue 13, targets/node.py, docs/mesh.md)."""

    node: str = Field("meshroute", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")
    region: str | None = None  # announced to other nodes (GET /v1/node)
    max_hops: int = Field(3, ge=0, le=16)  # node-to-node forwards a request may cross


class Config(_Strict):
    server: ServerConfig = Field(default_factory=ServerConfig)
    state: StateConfig | None = None  # None: every replica keeps its own state in process
    mesh: MeshConfig = Field(default_factory=MeshConfig)
    ledger: LedgerConfig = Field(default_factory=LedgerConfig)
    targets: list[AnyTargetConfig] = Field(min_length=1)
    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    tracing: TracingConfig = Field(default_factory=TracingConfig)
    fleet: FleetConfig | None = None  # None: this node takes no deploy orders
    source: str = Field("<built-in default>", exclude=True)

    @model_validator(mode="after")
    def _unique_names(self) -> Config:
        seen: set[str] = set()
        for target in self.targets:
            if target.name in seen:
                raise ValueError(f"two targets are named '{target.name}'")
            seen.add(target.name)
        return self

    @model_validator(mode="after")
    def _shadow_judge_exists(self) -> Config:
        shadow = self.routing.shadow
        if shadow is not None and shadow.judge not in {t.name for t in self.targets}:
            raise ValueError(f"routing.shadow.judge: no target is named '{shadow.judge}'")
        return self

    def target(self, name: str) -> TargetConfig:
        for target in self.targets:
            if target.name == name:
                return target
        raise KeyError(name)


def default_config() -> Config:
    """One embedded edge target with the packaged model: `meshroute serve` works out of the box."""
    edge = TargetConfig.model_validate(
        {
            "name": "edge",
            "kind": "embedded",
            "tier": "edge",
            "zone": "private",
            "models": {"assistant": "v1"},
        }
    )
    return Config(targets=[edge])


def expand_env(value: Any, path: str = "") -> Any:
    """Replace `${VAR}` (or `${VAR:-default}`) in every string of the parsed YAML."""
    if isinstance(value, dict):
        return {
            key: expand_env(item, f"{path}.{key}" if path else str(key))
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [expand_env(item, f"{path}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, str):
        return _ENV_PATTERN.sub(lambda match: _lookup(match, path), value)
    return value


def _lookup(match: re.Match[str], path: str) -> str:
    name, default = match.group(1), match.group(2)
    found = os.environ.get(name)
    if found is not None:
        return found
    if default is not None:
        return default
    raise ConfigError(f"{path}: environment variable {name} is not set")


def load_config(path: str | Path | None) -> Config:
    """Load and validate a YAML config; errors name the file, the field path and the problem."""
    if path is None:
        return default_config()
    import yaml  # lazy: the CLI's --help should not pay for it

    file = Path(path)
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{file}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{file}: the top level must be a mapping")
    try:
        expanded = expand_env(raw)
    except ConfigError as exc:
        raise ConfigError(f"{file}: {exc}") from exc
    try:
        return Config.model_validate({**expanded, "source": str(file)})
    except ValidationError as exc:
        raise ConfigError(_describe(file, exc, expanded)) from exc


def _describe(file: Path, exc: ValidationError, raw: dict[str, Any]) -> str:
    lines = []
    for error in exc.errors():
        location = _field_path(error["loc"], raw)
        message = error["msg"].removeprefix("Value error, ")
        lines.append(f"{file}: {location or '(top level)'}: {message}")
    return "\n".join(lines)


def _field_path(loc: tuple[int | str, ...], raw: dict[str, Any]) -> str:
    """`targets[1].zone`, with the target's name where it has one: `targets[1](gpu-box).zone`."""
    parts: list[str] = []
    node: Any = raw
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
            node = node[item] if isinstance(node, list) and item < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("name"), str):
                parts.append(f"({node['name']})")
        else:
            parts.append(f".{item}" if parts else str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts)
