"""The routing config that follows from an audit, as a YAML snippet for a person to review.

meshroute already keeps every request with a sensitive entity on private targets
(`routing.sensitive: keep_private`); what the audit adds is which logical models carry such
data so often that they should not be served by public targets at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from meshroute.audit.model import AuditResult
from meshroute.audit.report import entity_totals, printable
from meshroute.config import Config

LEDGER_KIND = "ledger"


def private_models(result: AuditResult, model: str | None) -> dict[str, dict[str, int]]:
    """Logical model -> entity types (rows or requests) that make it private: the ledger's
    per-model fields, plus `model` for the files audited when the user named one."""
    found: dict[str, dict[str, int]] = {}
    for audit in result.files:
        if audit.kind == LEDGER_KIND:
            for stats in audit.fields:
                if stats.entities and stats.name is not None:
                    found[stats.name] = dict(sorted(stats.entities.items()))
    if model is not None:
        file_types: dict[str, int] = {}
        for audit in result.files:
            if audit.kind != LEDGER_KIND and audit.placement == "local":
                for kind, rows in audit.entity_rows.items():
                    file_types[kind] = file_types.get(kind, 0) + rows
        if file_types:
            found[model] = dict(sorted(file_types.items()))
    return found


def _comment(lines: Iterable[str]) -> list[str]:
    return [f"# {printable(line)}" for line in lines]


def snippet(result: AuditResult, config: Config | None = None, model: str | None = None) -> str:
    local = [a for a in result.files if a.placement == "local"]
    types = entity_totals(result)
    lines = ["# meshroute audit: suggested routing config, for review (not applied)"]
    lines += _comment(
        [
            f"{len(local)} of {len(result.files)} source(s) must stay local"
            + (f"; entity types found: {', '.join(types)}" if types else ""),
        ]
    )
    lines += ["routing:", "  sensitive: keep_private   # requests carrying them: private targets"]
    models = private_models(result, model)
    if not models:
        hint = (
            "name the logical model these files feed with --model NAME to see which models "
            "must stay private"
            if local and model is None
            else "no logical model carries sensitive data in what was audited"
        )
        lines += _comment([hint])
        return "\n".join(lines) + "\n"
    lines += _comment(["logical models that must stay private (types: rows or requests):"])
    lines += _comment(
        f"  {name}: " + ", ".join(f"{k} {v}" for k, v in kinds.items())
        for name, kinds in sorted(models.items())
    )
    if config is None:
        lines += _comment(
            ["serve them only from targets with zone: private (pass --config to check yours)"]
        )
        return "\n".join(lines) + "\n"
    return "\n".join(lines + _targets(config, set(models))) + "\n"


def _targets(config: Config, private: set[str]) -> list[str]:
    """The public targets' `models` with the private models taken out."""
    lines: list[str] = []
    changed = False
    for target in config.targets:
        if target.zone != "public":
            continue
        serving = sorted(private & set(target.models))
        if not serving:
            continue
        if not changed:
            lines += _comment(["public targets serving them today: drop those models there"])
            lines.append("targets:")
            changed = True
        kept = {k: v for k, v in target.models.items() if k not in private}
        mapping = ", ".join(f"{printable(k)}: {printable(v)}" for k, v in kept.items())
        lines.append(
            f"  - name: {printable(target.name)}   # zone public; was serving "
            + ", ".join(printable(s) for s in serving)
        )
        lines.append(f"    models: {{{mapping}}}")
    if not changed:
        lines += _comment(["no public target in the config serves them: nothing to change"])
    return lines
