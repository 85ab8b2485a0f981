"""The audit as Markdown for a pull request: summary, one table per file, the policy."""

from __future__ import annotations

from meshroute.audit.model import AuditResult, FileAudit
from meshroute.audit.report import human_bytes, printable, summary

_SPECIAL = str.maketrans(
    {c: f"\\{c}" for c in "\\`*{}[]|~"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
)


def md(text: str) -> str:
    """Inline text from a file (names, paths, reasons) that cannot open a link, a tag, a code
    span or a table cell: GitHub renders raw HTML in Markdown, so `<` is escaped too."""
    return printable(text).translate(_SPECIAL)


def render(result: AuditResult) -> str:
    head = summary(result)
    lines = [
        "## meshroute data audit",
        "",
        f"{head['files']} file(s), {human_bytes(head['bytes'])}, {head['rows']} rows; "
        f"{head['failed']} failed. Placement: "
        + ", ".join(f"**{name}** {count}" for name, count in head["placements"].items())
        + ".",
        "",
        "| file | placement | rows | size | entity types (rows) | reason |",
        "|---|---|---:|---:|---|---|",
    ]
    for audit in result.files:
        types = ", ".join(f"{k} {v}" for k, v in audit.entity_rows.items()) or "none"
        lines.append(
            f"| {md(audit.path)} | {audit.placement} | {audit.rows} | "
            f"{human_bytes(audit.bytes)} | {md(types)} | {md(audit.reason)} |"
        )
    for audit in result.files:
        lines.extend(_file_section(audit))
    if result.policy:
        lines += ["", "### Suggested policy (review before use)", "", "```yaml"]
        lines += [line.replace("```", "'''") for line in result.policy.splitlines()]
        lines.append("```")
    return "\n".join(lines) + "\n"


def _file_section(audit: FileAudit) -> list[str]:
    lines = ["", f"### {md(audit.path)}", "", f"{audit.placement}: {md(audit.reason)}", ""]
    if audit.error:
        lines += [f"Error: {md(audit.error)}", ""]
    if not audit.fields:
        return lines
    lines += ["| field | rows | unscanned | entity types (rows) |", "|---|---:|---:|---|"]
    for stats in audit.fields:
        name = "(whole text)" if stats.name is None else md(stats.name)
        types = ", ".join(f"{k} {v}" for k, v in sorted(stats.entities.items())) or "none"
        lines.append(f"| {name} | {stats.rows} | {stats.unscanned} | {md(types)} |")
    return lines
