"""The break-even picture: cumulative cost over the hardware lifetime, cloud against local."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from meshroute.ledger.reports import cumulative_costs


def _usd(value: float, _position: object = None) -> str:
    if abs(value) >= 1e6:
        return f"${value / 1e6:,.1f}M"
    return f"${value / 1e3:,.4g}k" if abs(value) >= 1e3 else f"${value:,.0f}"


def plot_breakeven(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on a server
    # "$9,000 ... $49" would otherwise be typeset as mathtext between the dollar signs
    matplotlib.rcParams["text.parse_math"] = False
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    series = cumulative_costs(result)
    figure, axes = plt.subplots(figsize=(9, 5.5), dpi=120)
    axes.plot(
        series["month"],
        series["cloud"],
        color="#d62728",
        lw=2.5,
        label=f"Cloud: ${result['cloud_usd_month']:,.0f}/month",
    )
    local_label = (
        f"Own servers ({result['servers']}): ${result['servers'] * result['hardware_usd']:,.0f}"
        f" up front + ${result['local_cash_usd_month']:,.0f}/month"
    )
    axes.plot(series["month"], series["local"], color="#1f77b4", lw=2.5, label=local_label)
    _mark_crossing(axes, result, series["month"][-1])
    axes.set_title(
        f"Cumulative cost over {result['lifetime_months']:g} months: "
        f"{result['requests_per_day']:,.0f} requests/day"
    )
    axes.set_xlabel("Months from purchase")
    axes.set_ylabel("Cumulative cost (USD)")
    axes.yaxis.set_major_formatter(FuncFormatter(_usd))
    axes.set_xlim(0, series["month"][-1])
    axes.set_ylim(bottom=0)
    axes.grid(alpha=0.3)
    axes.legend(loc="upper left")
    figure.text(
        0.01,
        0.01,
        "meshroute breakeven: cloud at list price; local = hardware at "
        "purchase + energy and operations",
        fontsize=8,
        color="grey",
    )
    figure.tight_layout(rect=(0, 0.03, 1, 1))
    figure.savefig(path)
    plt.close(figure)


def _mark_crossing(axes: Any, result: dict[str, Any], last_month: float) -> None:
    months = result["breakeven_months"]
    if months is not None and months <= last_month:
        crossing = result["cloud_usd_month"] * months
        axes.axvline(months, color="grey", ls="--", lw=1)
        axes.plot([months], [crossing], "o", color="black", ms=8, zorder=5)
        axes.annotate(
            f"Break-even after {months:.1f} months",
            (months, crossing),
            xytext=(12, -24),
            textcoords="offset points",
            fontsize=11,
            fontweight="bold",
        )
    else:
        axes.text(
            0.5,
            0.5,
            "No break-even within the hardware lifetime",
            transform=axes.transAxes,
            fontsize=11,
            fontweight="bold",
            ha="center",
        )
