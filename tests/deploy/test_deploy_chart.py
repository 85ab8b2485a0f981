"""The Helm chart, without a cluster: rendered by Helm's engine, validated against Kubernetes 1.31.

Default values, a values file that switches everything on, and the multi-region examples that
docs/deploy.md installs; the schema's refusals; the meshroute config the ConfigMap carries.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import helm_python
import pytest
import yaml
from chartkit import (
    CHART,
    CUSTOM_KINDS,
    ROOT,
    container,
    example,
    one,
    quantity,
    render,
    validate,
)

from meshroute.config import TIER_TIMEOUTS, Config, load_config

FULL: dict[str, Any] = {
    "region": "eu-frankfurt",
    "replicaCount": 3,
    "image": {"repository": "registry.example/meshroute", "tag": "0.1.0",
              "digest": "sha256:" + "a" * 64},
    "imagePullSecrets": [{"name": "registry-credentials"}],
    "config": {
        "targets": [
            {"name": "edge", "kind": "embedded", "tier": "edge", "zone": "private",
             "models": {"assistant": "v1"}},
            {"name": "cloud", "kind": "openai", "base_url": "https://api.example.com/v1",
             "api_key": "${CLOUD_KEY}", "upstream_model": "big", "tier": "cloud",
             "zone": "public", "models": {"assistant": "v2"}},
        ],
        "routing": {"sensitive": "redact"},
    },
    "redis": {"url": "", "existingSecret": {"name": "backends", "key": "redis-url"}},
    "postgresql": {"url": "", "existingSecret": {"name": "backends", "key": "ledger-url"}},
    "secretEnv": [{"name": "CLOUD_KEY", "secretName": "upstream-keys", "key": "cloud"}],
    "env": {"OMP_NUM_THREADS": "1"},
    "apiKeys": {"existingSecret": "api-keys", "key": "keys.json"},
    "shutdown": {"preStopSeconds": 10, "longestStreamSeconds": 1800, "flushSeconds": 20},
    "autoscaling": {"enabled": True, "minReplicas": 3, "maxReplicas": 9,
                    "targetCPUUtilizationPercentage": 60, "targetMemoryUtilizationPercentage": 80},
    "podDisruptionBudget": {"enabled": True, "minAvailable": 2},
    "serviceMonitor": {"enabled": True, "labels": {"release": "prometheus"}},
    "nodeSelector": {"topology.kubernetes.io/region": "europe-west3"},
    "tolerations": [{"key": "gpu", "operator": "Exists", "effect": "NoSchedule"}],
    "service": {"type": "ClusterIP", "port": 8080, "annotations": {"a": "b"}},
}  # fmt: skip

CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "default": ("meshroute-eu-london", {}),
    "full": ("meshroute-eu-frankfurt", FULL),
    "eu-london": ("meshroute-eu-london", example("eu-london")),
    "eu-frankfurt": ("meshroute-eu-frankfurt", example("eu-frankfurt")),
    "central": ("meshroute-central", example("central")),
}
ENV = {"CLOUD_KEY": "k", "EDGE_NODE_KEY": "k", "GPU_BOX_KEY": "k", "OPENAI_API_KEY": "k"}


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[dict[str, Any]]]:
    return {case: render(values, name=name) for case, (name, values) in CASES.items()}


def _dockerfile(instruction: str) -> str:
    """The last value of a Dockerfile instruction (USER, WORKDIR): the image's own facts."""
    lines = (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
    found = [line.split(None, 1)[1] for line in lines if line.startswith(f"{instruction} ")]
    return str(found[-1]).strip()


def test_lint_strict_is_clean() -> None:
    report = helm_python.lint(CHART, strict=True)
    assert report["errors"] == []
    # Severity 1 is Helm's "info" (an icon is recommended); warnings are 2, errors 3.
    assert [m for m in report["messages"] if m["severity"] >= 2] == []


@pytest.mark.parametrize("case", CASES)
def test_every_object_validates_against_kubernetes_1_31(
    rendered: dict[str, list[dict[str, Any]]], case: str
) -> None:
    objects = rendered[case]
    assert objects
    for obj in objects:
        if (obj["apiVersion"], obj["kind"]) in CUSTOM_KINDS:
            continue  # test_service_monitor_scrapes_the_service
        validate(obj)
        assert obj["metadata"]["namespace"] == "meshroute"


def test_kinds_follow_the_switches(rendered: dict[str, list[dict[str, Any]]]) -> None:
    default = sorted(obj["kind"] for obj in rendered["default"])
    assert default == [
        "ConfigMap",
        "Deployment",
        "PodDisruptionBudget",
        "Service",
        "ServiceAccount",
    ]
    full = sorted(obj["kind"] for obj in rendered["full"])
    assert full == sorted([*default, "HorizontalPodAutoscaler", "ServiceMonitor"])
    assert one(rendered["default"], "Deployment")["spec"]["replicas"] == 2
    # With the autoscaler on, the Deployment leaves replicas to it (no fight on every upgrade).
    assert "replicas" not in one(rendered["full"], "Deployment")["spec"]
    hpa = one(rendered["full"], "HorizontalPodAutoscaler")["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (3, 9)
    assert [m["resource"]["name"] for m in hpa["metrics"]] == ["cpu", "memory"]
    assert one(rendered["full"], "PodDisruptionBudget")["spec"] == {
        "minAvailable": 2,
        "selector": one(rendered["full"], "Deployment")["spec"]["selector"],
    }


@pytest.mark.parametrize("case", CASES)
def test_probes(rendered: dict[str, list[dict[str, Any]]], case: str) -> None:
    main = container(rendered[case])
    port_names = {port["name"] for port in main["ports"]}
    assert main["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert main["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert main["startupProbe"]["httpGet"]["path"] == "/healthz"
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert main[probe]["httpGet"]["port"] in port_names
    # The model may take a while to load: the startup probe allows minutes, not seconds.
    startup = main["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 120


@pytest.mark.parametrize("case", CASES)
def test_security_context_matches_the_image(
    rendered: dict[str, list[dict[str, Any]]], case: str
) -> None:
    pod = one(rendered[case], "Deployment")["spec"]["template"]["spec"]
    main = container(rendered[case])
    uid, gid = (int(part) for part in _dockerfile("USER").split(":"))
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert (pod["securityContext"]["runAsUser"], pod["securityContext"]["runAsGroup"]) == (uid, gid)
    assert pod["automountServiceAccountToken"] is False
    security = main["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    # What the server writes lives on emptyDirs: the image's WORKDIR (SQLite ledger) and /tmp.
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    writable = {m["mountPath"] for m in main["volumeMounts"] if not m.get("readOnly")}
    assert writable == {_dockerfile("WORKDIR"), "/tmp"}
    for mount in main["volumeMounts"]:
        if not mount.get("readOnly"):
            assert "emptyDir" in volumes[mount["name"]]


@pytest.mark.parametrize("case", CASES)
def test_resources_have_requests_within_limits(
    rendered: dict[str, list[dict[str, Any]]], case: str
) -> None:
    resources = container(rendered[case])["resources"]
    for kind in ("cpu", "memory"):
        assert quantity(resources["requests"][kind]) <= quantity(resources["limits"][kind])


def test_image_is_pinned(rendered: dict[str, list[dict[str, Any]]]) -> None:
    app_version = yaml.safe_load((CHART / "Chart.yaml").read_text())["appVersion"]
    assert container(rendered["default"])["image"] == f"meshroute:{app_version}"
    assert container(rendered["full"])["image"] == "registry.example/meshroute@sha256:" + "a" * 64
    for case in CASES:
        assert not container(rendered[case])["image"].endswith(":latest")


def test_chart_tier_totals_match_meshroute() -> None:
    helpers = (CHART / "templates" / "_helpers.tpl").read_text(encoding="utf-8")
    found = re.search(r'\$tierTotals := dict ((?:"\w+" \d+ ?)+)', helpers)
    assert found is not None
    words = found.group(1).split()
    chart_totals = {words[i].strip('"'): float(words[i + 1]) for i in range(0, len(words), 2)}
    assert chart_totals == {tier: t.total_s for tier, t in TIER_TIMEOUTS.items()}


@pytest.mark.parametrize("case", CASES)
def test_grace_period_outlasts_the_longest_stream(
    rendered: dict[str, list[dict[str, Any]]], case: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    config = _loaded_config(rendered[case], tmp_path, monkeypatch)
    pod = one(rendered[case], "Deployment")["spec"]["template"]["spec"]
    pre_stop = container(rendered[case])["lifecycle"]["preStop"]["sleep"]["seconds"]
    longest = max(target.effective_timeouts.total_s for target in config.targets)
    # The server lets in-flight requests run this long after SIGTERM, and Kubernetes waits longer.
    env = {e["name"]: e.get("value") for e in container(rendered[case])["env"]}
    drain = int(env["MESHROUTE_SHUTDOWN_TIMEOUT"])
    assert drain >= longest
    assert pod["terminationGracePeriodSeconds"] > pre_stop + drain


def test_too_short_a_grace_period_is_refused() -> None:
    values = {**FULL, "shutdown": {"preStopSeconds": 5, "longestStreamSeconds": 600,
                                   "flushSeconds": 15}}  # fmt: skip
    with pytest.raises(helm_python.HelmError, match="shorter than target cloud's total timeout"):
        render(values)


def _loaded_config(
    objects: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Any:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("MESHROUTE_LEDGER_URL", "postgresql+psycopg://meshroute@db:5432/meshroute")
    monkeypatch.setenv("MESHROUTE_STATE_URL", "redis://redis:6379/0")
    raw = yaml.safe_load(one(objects, "ConfigMap")["data"]["config.yaml"])
    if "state" not in Config.model_fields:  # shared state arrives with issue 13
        raw.pop("state", None)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return load_config(path)


@pytest.mark.parametrize("case", CASES)
def test_config_map_is_a_valid_meshroute_config(
    rendered: dict[str, list[dict[str, Any]]], case: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    objects = rendered[case]
    config = _loaded_config(objects, tmp_path, monkeypatch)
    region = CASES[case][1].get("region")
    assert config.server.default_region == (region or None)
    env = {e["name"]: e for e in container(objects)["env"]}
    mount = {m["name"]: m["mountPath"] for m in container(objects)["volumeMounts"]}
    assert env["MESHROUTE_CONFIG"]["value"] == f"{mount['config']}/config.yaml"
    assert env["MESHROUTE_HOST"]["value"] == "0.0.0.0"


def test_redis_url_becomes_shared_state(
    rendered: dict[str, list[dict[str, Any]]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = yaml.safe_load(one(rendered["full"], "ConfigMap")["data"]["config.yaml"])
    assert raw["state"] == {"url": "${MESHROUTE_STATE_URL}"}
    assert "state" not in yaml.safe_load(
        one(rendered["default"], "ConfigMap")["data"]["config.yaml"]
    )
    if "state" not in Config.model_fields:
        pytest.skip("this meshroute has no `state:` (shared state, issue 13): leave redis unset")
    config = _loaded_config(rendered["full"], tmp_path, monkeypatch)
    assert config.state.url == "redis://redis:6379/0"


def test_urls_and_keys_come_from_secrets(rendered: dict[str, list[dict[str, Any]]]) -> None:
    objects = rendered["full"]
    text = one(objects, "ConfigMap")["data"]["config.yaml"]
    raw = yaml.safe_load(text)
    assert raw["ledger"]["url"] == "${MESHROUTE_LEDGER_URL}"
    assert raw["state"]["url"] == "${MESHROUTE_STATE_URL}"
    assert raw["server"]["key_file"] == "/etc/meshroute/keys/keys.json"
    env = {e["name"]: e for e in container(objects)["env"]}
    assert env["MESHROUTE_LEDGER_URL"]["valueFrom"]["secretKeyRef"] == {
        "name": "backends", "key": "ledger-url"}  # fmt: skip
    assert env["MESHROUTE_STATE_URL"]["valueFrom"]["secretKeyRef"] == {
        "name": "backends", "key": "redis-url"}  # fmt: skip
    assert env["CLOUD_KEY"]["valueFrom"]["secretKeyRef"] == {
        "name": "upstream-keys",
        "key": "cloud",
    }
    pod = one(objects, "Deployment")["spec"]["template"]["spec"]
    keys = next(v for v in pod["volumes"] if v["name"] == "api-keys")
    assert keys["secret"]["secretName"] == "api-keys"
    # A plain URL value (no Secret) is passed as an env value, never written into the ConfigMap.
    plain = render({"postgresql": {"url": "postgresql+psycopg://u:pw@db/m", "existingSecret":
                                   {"name": "", "key": "url"}}})  # fmt: skip
    assert "pw@db" not in one(plain, "ConfigMap")["data"]["config.yaml"]
    assert {"name": "MESHROUTE_LEDGER_URL", "value": "postgresql+psycopg://u:pw@db/m"} in (
        container(plain)["env"]
    )


def test_config_change_rolls_the_pods() -> None:
    first = one(render({}), "Deployment")["spec"]["template"]["metadata"]["annotations"]
    second = one(render({"region": "eu-paris"}), "Deployment")["spec"]["template"]["metadata"]
    assert first["checksum/config"] != second["annotations"]["checksum/config"]


def test_service_monitor_scrapes_the_service(rendered: dict[str, list[dict[str, Any]]]) -> None:
    objects = rendered["full"]
    monitor, service = one(objects, "ServiceMonitor"), one(objects, "Service")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert monitor["metadata"]["labels"]["release"] == "prometheus"
    assert monitor["spec"]["selector"]["matchLabels"] == service["spec"]["selector"]
    [endpoint] = monitor["spec"]["endpoints"]
    assert endpoint["path"] == "/metrics"
    assert endpoint["port"] in {port["name"] for port in service["spec"]["ports"]}


def test_central_routes_to_the_regional_services(rendered: dict[str, list[dict[str, Any]]]) -> None:
    """The central example's node targets name the Services the regional releases create."""
    services = {}
    for region in ("eu-london", "eu-frankfurt"):
        service = one(rendered[region], "Service")
        host = f"{service['metadata']['name']}.{service['metadata']['namespace']}.svc.cluster.local"
        services[region] = (host, service["spec"]["ports"][0]["port"])
    targets = example("central")["config"]["targets"]
    for target in targets:
        if target["tier"] != "edge":
            continue
        host, port = services[target["region"]]
        expected = f"http://{host}/v1" if port == 80 else f"http://{host}:{port}/v1"
        assert target["base_url"] == expected


def test_values_are_never_evaluated_as_templates() -> None:
    hostile = {"config": {"targets": [{"name": "edge", "kind": "embedded", "tier": "edge",
               "zone": "private", "models": {"assistant": "{{ .Release.Name }}"}}]}}  # fmt: skip
    text = one(render(hostile), "ConfigMap")["data"]["config.yaml"]
    assert yaml.safe_load(text)["targets"][0]["models"]["assistant"] == "{{ .Release.Name }}"


# values -> where the refusal points (the schema's JSON pointer, or the template's own check)
BAD_VALUES: dict[str, tuple[dict[str, Any], str]] = {
    "moving tag": ({"image": {"tag": "latest"}}, "/image/tag"),
    "digest shape": ({"image": {"digest": "sha256:xyz"}}, "/image/digest"),
    "zero replicas": ({"replicaCount": 0}, "/replicaCount"),
    "typo at the top": ({"replicas": 3}, "'replicas' not allowed"),
    "region not a label": ({"region": "EU London"}, "/region"),
    "redis scheme": ({"redis": {"url": "http://redis:6379"}}, "/redis/url"),
    "ledger scheme": ({"postgresql": {"url": "mysql://db/m"}}, "/postgresql/url"),
    "root": ({"podSecurityContext": {"runAsNonRoot": False}}, "/podSecurityContext/runAsNonRoot"),
    "escalation": (
        {"securityContext": {"allowPrivilegeEscalation": True}},
        "/securityContext/allowPrivilegeEscalation",
    ),
    "privileged port": ({"containerPort": 80}, "/containerPort"),
    "no targets": ({"config": {"targets": []}}, "/config/targets"),
    "limits removed": ({"resources": {"limits": None}}, "missing property 'limits'"),
    "memory limit removed": (
        {"resources": {"limits": {"memory": None}}},
        "missing property 'memory'",
    ),
    "bad quantity": ({"resources": {"requests": {"cpu": "lots"}}}, "/resources/requests/cpu"),
    "env name": ({"env": {"NOT-A-NAME": "x"}}, "NOT-A-NAME"),
    "secret ref incomplete": ({"secretEnv": [{"name": "KEY", "secretName": "s"}]}, "/secretEnv/0"),
    "service type": ({"service": {"type": "ExternalName"}}, "/service/type"),
    "pdb percent": (
        {"podDisruptionBudget": {"maxUnavailable": "half"}},
        "/podDisruptionBudget/maxUnavailable",
    ),
    "hpa inverted": (
        {"autoscaling": {"enabled": True, "minReplicas": 5, "maxReplicas": 2}},
        "minReplicas must not exceed",
    ),
    "log level": ({"logLevel": "verbose"}, "/logLevel"),
    "nested wrong type": (
        {"probes": {"startup": {"periodSeconds": "5"}}},
        "/probes/startup/periodSeconds",
    ),
}


@pytest.mark.parametrize(("values", "where"), BAD_VALUES.values(), ids=list(BAD_VALUES))
def test_bad_values_are_refused(values: dict[str, Any], where: str) -> None:
    with pytest.raises(helm_python.HelmError, match=re.escape(where)):
        render(values)


def test_deep_and_huge_values_are_bounded() -> None:
    """A hostile values file: deep nesting and a long string render or fail fast, never hang."""
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(200):
        node["x"] = {}
        node = node["x"]
    with pytest.raises(helm_python.HelmError):
        render({"config": {"targets": [{"name": "e", "kind": "embedded"}], **deep}, "bogus": 1})
    long_region = "a" * 10_000
    with pytest.raises(helm_python.HelmError, match="region"):
        render({"region": long_region})
