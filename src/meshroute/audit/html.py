"""The audit as one self-contained HTML page: summary, a chart of entity types (inline SVG),
a table per file and the policy snippet. No scripts, no external assets; every string from
the data is escaped, and a Content-Security-Policy forbids scripts should one slip through."""

from __future__ import annotations

from html import escape

from meshroute.audit.model import AuditResult, FileAudit
from meshroute.audit.report import entity_totals, human_bytes, printable, summary

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#1d2330;
padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #d5d9e2;padding:.3rem .55rem;text-align:left;vertical-align:top}
th{background:#f1f3f7}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;border-radius:.3rem;padding:0 .45rem;color:#fff;font-weight:600}
.local{background:#b3261e}.edge{background:#1f6feb}.cloud{background:#2e7d32}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #d5d9e2;border-radius:.5rem;
padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.4rem}
pre{background:#f6f8fa;padding:.8rem;overflow:auto}.error{color:#b3261e}
"""
_BAR_HEIGHT = 22
_LABEL_WIDTH = 190
_CHART_WIDTH = 640


def e(text: str) -> str:
    return escape(printable(text), quote=True)


def render(result: AuditResult) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>meshroute data audit</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>meshroute data audit</h1>",
        _summary(result),
        '<h2 id="chart-title">Entity types (rows holding each)</h2>',
        _chart(entity_totals(result)),
        '<h2>Files</h2><table id="files"><thead><tr><th>file</th><th>placement</th>'
        "<th>rows</th><th>size</th><th>reason</th></tr></thead><tbody>",
    ]
    for audit in result.files:
        parts.append(
            f"<tr><td>{e(audit.path)}</td><td>{_badge(audit)}</td>"
            f'<td class="n">{audit.rows}</td><td class="n">{human_bytes(audit.bytes)}</td>'
            f"<td>{e(audit.reason)}</td></tr>"
        )
    parts.append("</tbody></table>")
    parts.extend(_file_section(index, audit) for index, audit in enumerate(result.files))
    if result.policy:
        parts.append("<h2>Suggested policy (review before use)</h2>")
        parts.append(f'<pre id="policy">{e_block(result.policy)}</pre>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def e_block(text: str) -> str:
    return "\n".join(e(line) for line in text.splitlines())


def _badge(audit: FileAudit) -> str:
    return f'<span class="badge {audit.placement}">{audit.placement}</span>'


def _summary(result: AuditResult) -> str:
    head = summary(result)
    cards = [
        ("files", str(head["files"])),
        ("failed", str(head["failed"])),
        ("size", human_bytes(head["bytes"])),
        ("rows", str(head["rows"])),
        *((f"placement {name}", str(count)) for name, count in head["placements"].items()),
    ]
    body = "".join(f'<div class="card"><b>{e(v)}</b>{e(k)}</div>' for k, v in cards)
    return f'<section id="summary" class="cards">{body}</section>'


def _chart(totals: dict[str, int]) -> str:
    if not totals:
        return '<p id="chart">No sensitive entity found.</p>'
    top = max(totals.values())
    height = _BAR_HEIGHT * len(totals) + 8
    span = _CHART_WIDTH - _LABEL_WIDTH - 70
    bars = []
    for row, (kind, count) in enumerate(totals.items()):
        y = 4 + row * _BAR_HEIGHT
        width = max(2, round(span * count / top))
        bars.append(
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{e(kind)}</text>'
            f'<rect class="bar" x="{_LABEL_WIDTH}" y="{y + 3}" width="{width}" '
            f'height="{_BAR_HEIGHT - 6}" fill="#b3261e"><title>{e(kind)}: {count}</title></rect>'
            f'<text x="{_LABEL_WIDTH + width + 6}" y="{y + 15}">{count}</text>'
        )
    return (
        f'<svg id="chart" role="img" aria-labelledby="chart-title" width="{_CHART_WIDTH}" '
        f'height="{height}" viewBox="0 0 {_CHART_WIDTH} {height}" '
        'xmlns="http://www.w3.org/2000/svg" font-size="13" font-family="system-ui,sans-serif">'
        + "".join(bars)
        + "</svg>"
    )


def _file_section(index: int, audit: FileAudit) -> str:
    parts = [
        f'<section class="file" id="file-{index}"><h2>{e(audit.path)} {_badge(audit)}</h2>',
        f"<p>{e(audit.reason)}</p>",
    ]
    rate = audit.arrival.rate_per_s
    facts = f"{audit.kind}{' (gzip)' if audit.compressed else ''}, {audit.rows} rows, "
    facts += f"{human_bytes(audit.bytes)}"
    if rate is not None:
        facts += f", {rate:.3g} rows/s over {audit.arrival.span_s:.0f} s"
    parts.append(f"<p>{e(facts)}</p>")
    if audit.error:
        parts.append(f'<p class="error">Error: {e(audit.error)}</p>')
    if audit.fields:
        parts.append(
            '<table class="fields"><thead><tr><th>field</th><th>rows</th><th>unscanned</th>'
            "<th>entity types (rows)</th></tr></thead><tbody>"
        )
        for stats in audit.fields:
            name = "<i>(whole text)</i>" if stats.name is None else e(stats.name)
            types = ", ".join(f"{k} {v}" for k, v in sorted(stats.entities.items())) or "none"
            parts.append(
                f'<tr><td>{name}</td><td class="n">{stats.rows}</td>'
                f'<td class="n">{stats.unscanned}</td><td>{e(types)}</td></tr>'
            )
        parts.append("</tbody></table>")
    parts.append("</section>")
    return "".join(parts)
