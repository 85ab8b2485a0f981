"""The break-even picture: cumulative cost over the hardware lifetime, cloud against local."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from meshroute.ledger.reports import cumulative_costs


def _usd(value: float, _position: object = None) -> str:
    if abs(value) >= 1e6:
        return f"${value / 1e6:,.1f}M"
    return f"${value / 1e3:,.0f}k" if abs(value) >= 1e4 else f"${value:,.0f}"


def plot_breakeven(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on a server
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    series = cumulative_costs(result)
    figure, axes = plt.subplots(figsize=(9, 5.5), dpi=120)
    axes.plot(series["month"], series["cloud"], color="#d62728", lw=2.5,
              label=f"Cloud: {_usd(result['cloud_usd_month'])}/month")  # fmt: skip
    local_label = (
        f"Own servers ({result['servers']}): {_usd(result['servers'] * result['hardware_usd'])}"
        f" up front + {_usd(result['local_cash_usd_month'])}/month"
    )
    axes.plot(series["month"], series["local"], color="#1f77b4", lw=2.5, label=local_label)
    months = result["breakeven_months"]
    if months is not None and months <= series["month"][-1]:
        crossing = result["cloud_usd_month"] * months
        axes.axvline(months, color="grey", ls="--", lw=1)
        axes.plot([months], [crossing], "o", color="black", ms=8, zorder=5)
        axes.annotate(
            f"Break-even after {months:.1f} months", (months, crossing),
            xytext=(12, -24), textcoords="offset points", fontsize=11, fontweight="bold",
        )  # fmt: skip
    else:
        axes.text(0.02, 0.95, "No break-even within the hardware lifetime",
                  transform=axes.transAxes, fontsize=11, fontweight="bold", va="top")  # fmt: skip
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
    axes.legend(loc="lower right")
    figure.text(0.01, 0.01, "meshroute breakeven: cloud at list price; local = hardware at "
                "purchase + energy and operations", fontsize=8, color="grey")  # fmt: skip
    figure.tight_layout(rect=(0, 0.03, 1, 1))
    figure.savefig(path)
    plt.close(figure)
