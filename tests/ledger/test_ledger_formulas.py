"""Every formula against numbers computed by hand (the arithmetic is written out, not re-derived
by calling the code under test)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from meshroute.config import TargetConfig
from meshroute.ledger.entry import entry_from_record, safe_decision
from meshroute.ledger.pricing import CostModel, Hardware, Rate, load_catalogue, occupancy_cost
from meshroute.ledger.reports import (
    BreakevenInputs,
    UsageRow,
    breakeven,
    costs,
    cumulative_costs,
    parse_since,
    percentile,
    workload,
)

GPU_BOX = dict(hardware_usd=9000, lifetime_months=36, power_watts=450, usd_per_kwh=0.15)
# 9000 / 36 = 250 $/month hardware; 0.45 kW * 24 h * 30.4 d * 0.15 $/kWh = 49.248 $/month energy
GPU_BOX_MONTHLY = 299.248
SECONDS_PER_MONTH = 2_626_560  # 30.4 * 86400
DAY = timedelta(days=1)


def test_breakeven_one_server() -> None:
    result = breakeven(
        BreakevenInputs(
            requests_per_day=20_000,
            input_tokens=800,
            output_tokens=300,
            price_in=2,
            price_out=8,
            capacity_tps=400,
            **GPU_BOX,
        )
    )
    # 20000 * 300 / 86400 * 3 / 400 = 0.5208 -> ceil 1
    assert result["servers"] == 1
    # 20000 * 30.4 * (800 * 2 + 300 * 8) / 1e6 = 608000 * 4000 / 1e6
    assert result["cloud_usd_month"] == pytest.approx(2432.0)
    assert result["local_cash_usd_month"] == pytest.approx(49.248)
    assert result["local_amortised_usd_month"] == pytest.approx(299.248)
    # 9000 / (2432 - 49.248) = 9000 / 2382.752
    assert result["breakeven_months"] == pytest.approx(3.777145, rel=1e-6)
    # 299.248 / (20000 * 30.4 * 1100 / 1e6) = 299.248 / 668.8
    assert result["local_usd_per_mtok"] == pytest.approx(0.447440, rel=1e-5)
    assert result["peak_factor"] == 3.0 and result["ops_usd_month"] == 0.0


def test_breakeven_many_servers_with_ops() -> None:
    result = breakeven(
        BreakevenInputs(
            requests_per_day=1_000_000,
            input_tokens=1000,
            output_tokens=500,
            price_in=2.5,
            price_out=10,
            capacity_tps=500,
            ops_usd_month=100,
            **GPU_BOX,
        )
    )
    # 1e6 * 500 / 86400 * 3 / 500 = 34.72 -> 35 servers
    assert result["servers"] == 35
    # 1e6 * 30.4 * (2500 + 5000) / 1e6 = 228000
    assert result["cloud_usd_month"] == pytest.approx(228_000.0)
    # 35 * (49.248 + 100) = 5223.68
    assert result["local_cash_usd_month"] == pytest.approx(5223.68)
    # 5223.68 + 35 * 9000 / 36 = 5223.68 + 8750
    assert result["local_amortised_usd_month"] == pytest.approx(13_973.68)
    # 35 * 9000 / (228000 - 5223.68) = 315000 / 222776.32
    assert result["breakeven_months"] == pytest.approx(1.413974, rel=1e-6)
    # 13973.68 / (1e6 * 30.4 * 1500 / 1e6) = 13973.68 / 45600
    assert result["local_usd_per_mtok"] == pytest.approx(0.306440, rel=1e-5)


def test_breakeven_null_when_cloud_is_cheaper() -> None:
    result = breakeven(
        BreakevenInputs(
            requests_per_day=200,
            input_tokens=800,
            output_tokens=300,
            price_in=2,
            price_out=8,
            capacity_tps=400,
            **GPU_BOX,
        )
    )
    assert result["cloud_usd_month"] == pytest.approx(24.32)  # 200*30.4*4000/1e6
    assert result["breakeven_months"] is None
    assert set(result) == {
        "requests_per_day",
        "input_tokens",
        "output_tokens",
        "peak_factor",
        "price_in",
        "price_out",
        "hardware_usd",
        "lifetime_months",
        "power_watts",
        "usd_per_kwh",
        "capacity_tps",
        "ops_usd_month",
        "servers",
        "cloud_usd_month",
        "local_cash_usd_month",
        "local_amortised_usd_month",
        "breakeven_months",
        "local_usd_per_mtok",
    }
    json.dumps(result)


def test_breakeven_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="capacity-tps"):
        breakeven(BreakevenInputs(1, 1, 1, 1, 1, 1, 1, 1, 1, capacity_tps=0))
    with pytest.raises(ValueError, match="price-in"):
        breakeven(BreakevenInputs(1, 1, 1, -1, 1, 1, 1, 1, 1, 1))


def test_cumulative_costs_cross_at_breakeven() -> None:
    result = {
        "lifetime_months": 3,
        "servers": 2,
        "hardware_usd": 100,
        "cloud_usd_month": 90.0,
        "local_cash_usd_month": 10.0,
    }
    series = cumulative_costs(result)
    assert series["month"] == [0, 1, 2, 3]
    assert series["cloud"] == [0, 90, 180, 270]
    assert series["local"] == [200, 210, 220, 230]  # 2 * 100 up front + 10 a month


def test_rate_and_hardware() -> None:
    assert Rate(2.5, 10).cost(1000, 500) == pytest.approx(0.0075)  # (2500 + 5000) / 1e6
    hardware = Hardware(**GPU_BOX, ops_usd_month=20)
    assert hardware.energy_usd_month() == pytest.approx(49.248)
    assert hardware.monthly_usd() == pytest.approx(250 + 49.248 + 20)


def test_occupancy_cost_floor_and_busy() -> None:
    hardware = Hardware(**GPU_BOX)
    # a 2 s request on a near-idle box pays 1 / 0.05 = 20x its server time
    assert occupancy_cost(hardware, 2.0, 0.001, 0.05) == pytest.approx(
        299.248 / 2_626_560 * 2 / 0.05
    )
    # a busy box (occupancy 4: four requests at once, on average) shares the time
    assert occupancy_cost(hardware, 2.0, 4.0, 0.05) == pytest.approx(299.248 / 2_626_560 * 0.5)


def _target(**fields: object) -> TargetConfig:
    target: TargetConfig = TargetConfig.model_validate(
        {"kind": "openai", "base_url": "http://x/v1", "upstream_model": "m", **fields}
    )
    return target


def test_cost_model_window() -> None:
    now = [0.0]
    targets = [
        _target(name="box", tier="local", zone="private", cost=GPU_BOX),
        _target(
            name="cloud",
            tier="cloud",
            zone="public",
            price={"input_per_mtok": 2.5, "output_per_mtok": 10},
        ),
        _target(name="listed", tier="cloud", zone="public", upstream_model="gpt-4o-2024-08-06"),
        _target(name="unpriced", tier="local", zone="private"),
    ]
    model = CostModel(targets, window_s=100, floor=0.05, clock=lambda: now[0])
    per_second = GPU_BOX_MONTHLY / SECONDS_PER_MONTH
    assert model.cost("box", 10, 10, 10_000) == pytest.approx(per_second * 10 / 0.1)  # busy 10/100
    now[0] = 50
    assert model.cost("box", 10, 10, 20_000) == pytest.approx(per_second * 20 / 0.3)  # 30/100
    now[0] = 120  # the t=0 request left the window: busy 20 + 1 = 21 s of 100
    assert model.cost("box", 10, 10, 1_000) == pytest.approx(per_second * 1 / 0.21)
    assert model.occupancy("box") == pytest.approx(0.21)
    assert model.cost("cloud", 1000, 500, 5) == pytest.approx(0.0075)
    assert model.cost("listed", 1000, 500, 5) == pytest.approx(0.0075)  # gpt-4o: 2.50 / 10.00
    assert model.cost("unpriced", 1000, 500, 5) is None
    assert model.cost(None, 1, 1, 1) is None


def test_catalogue() -> None:
    catalogue = load_catalogue()
    assert catalogue.taken == "2025-06-30" and "approximate" in catalogue.note
    assert catalogue.find("gpt-4o-mini") == Rate(0.15, 0.60)  # not gpt-4o: longest prefix wins
    assert catalogue.find("openai/gpt-4.1") == Rate(2.0, 8.0)
    assert catalogue.find("claude-sonnet-4-20250514") == Rate(3.0, 15.0)
    assert catalogue.find("my-own-model") is None


def test_percentile_by_hand() -> None:
    values = [10.0, 20.0, 30.0, 40.0, 100.0]
    assert percentile(values, 50) == 30.0
    # position (5 - 1) * 0.95 = 3.8: 40 + 0.8 * (100 - 40) = 88
    assert percentile(values, 95) == pytest.approx(88.0)
    assert percentile([], 50) is None
    assert percentile([7.0], 95) == 7.0


def _row(target: str, tier: str, cost: float | None, latency: float, **kw: object) -> UsageRow:
    base: dict[str, object] = dict(
        time=datetime(2026, 11, 27, 12, tzinfo=UTC),
        target=target,
        tier=tier,
        model="assistant",
        key_id="k1",
        input_tokens=1000,
        output_tokens=500,
        latency_ms=latency,
        cost_usd=cost,
    )
    return UsageRow(**{**base, **kw})  # type: ignore[arg-type]


def test_costs_report_counterfactual() -> None:
    rows = [
        _row("cloud", "cloud", 0.0075, 100),
        _row("box", "local", 0.001, 300),
        _row("box", "local", 0.002, 500, status="error"),
        _row("edge", "edge", None, 50, time=datetime(2026, 11, 28, 1, tzinfo=UTC)),
    ]
    groups = {g.group: g for g in costs(rows, "target", Rate(2.0, 8.0))}
    box = groups["box"]
    assert (box.requests, box.errors, box.input_tokens, box.output_tokens) == (2, 1, 2000, 1000)
    assert box.cost_usd == pytest.approx(0.003)
    assert box.cloud_usd == pytest.approx(0.012)  # (2000 * 2 + 1000 * 8) / 1e6
    assert box.saving_usd == pytest.approx(0.009)
    assert box.p50_latency_ms == 400.0  # halfway between 300 and 500
    total = groups["TOTAL"]
    assert total.requests == 4 and total.unpriced == 1
    assert total.cost_usd == pytest.approx(0.0105)
    assert total.cloud_usd == pytest.approx(0.024)  # (4000 * 2 + 2000 * 8) / 1e6
    by_day = [g.group for g in costs(rows, "day", Rate(2.0, 8.0))]
    assert by_day == ["2026-11-27", "2026-11-28", "TOTAL"]
    with pytest.raises(ValueError):
        costs(rows, "colour", Rate(1, 1))


def test_workload_from_rows() -> None:
    start = datetime(2026, 11, 1, tzinfo=UTC)
    rows = [
        _row("box", "local", 0.0, 1, input_tokens=100, output_tokens=10, time=start),
        _row("box", "local", 0.0, 1, input_tokens=300, output_tokens=30, time=start + DAY * 2),
        _row("box", "local", 0.0, 1, status="error", input_tokens=9999, time=start + DAY * 9),
    ]
    found = workload(rows)
    # 2 answered over the 2 days between them; the failed one neither counts nor stretches it
    assert found.requests == 2 and found.requests_per_day == 1.0 and found.span_days == 2.0
    assert (found.input_tokens, found.output_tokens) == (200.0, 20.0)


def test_workload_gives_no_rate_for_a_burst() -> None:
    start = datetime(2026, 11, 1, tzinfo=UTC)
    rows = [_row("box", "local", 0.0, 1, time=start + timedelta(seconds=i)) for i in range(3)]
    found = workload(rows)
    assert found.requests == 3 and found.requests_per_day == 0.0
    assert workload([]).requests == 0


def test_parse_since() -> None:
    now = datetime(2026, 11, 28, 12, tzinfo=UTC)
    assert parse_since("7d", now) == datetime(2026, 11, 21, 12, tzinfo=UTC)
    assert parse_since("36h", now) == datetime(2026, 11, 27, tzinfo=UTC)
    assert parse_since("2026-11-01", now) == datetime(2026, 11, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="--since"):
        parse_since("yesterday", now)
    for hostile in ("999999999999d", "9" * 5000 + "d", "x" * 100_000):
        with pytest.raises(ValueError, match="--since") as caught:
            parse_since(hostile, now)
        assert len(str(caught.value)) < 120  # the error names the value, not all of it


def test_decision_record_keeps_no_text() -> None:
    record = {
        "request_id": "r1",
        "target": "gpu-box",
        "tier": "local",
        "zone": "private",
        "sensitive": True,
        "redacted": False,
        "complexity": 0.42,
        "model": "assistant",
        "version": "v2",
        "fallbacks": ["edge"],
        "reasons": ["sensitive:EMAIL_ADDRESS"],
        "decide_us": 850,
        "prompt": "secret text",
        "entities": [
            {"type": "EMAIL_ADDRESS", "start": 1, "end": 9, "message": "a@b.c"},
            {"type": "PERSON", "start": 12, "end": 15, "text": "Bob"},
        ],
    }
    assert "prompt" not in safe_decision(record)
    entry = entry_from_record(record, fallbacks_used=["edge"], input_tokens=5, cost_usd=0.1)
    assert entry.entity_types == "EMAIL_ADDRESS,PERSON"
    assert entry.fallbacks_used == 1 and entry.target == "gpu-box" and entry.sensitive
    assert "a@b.c" not in entry.decision and "Bob" not in entry.decision
    assert json.loads(entry.decision)["entity_counts"] == {"EMAIL_ADDRESS": 1, "PERSON": 1}
