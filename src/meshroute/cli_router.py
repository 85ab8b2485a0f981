"""`meshroute router ...`: the learned router's commands (training from labels)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

app = typer.Typer(help="The learned router: train it on your own labels.", no_args_is_help=True)


@app.command("train")
def train_command(
    out: Annotated[Path, typer.Option("--out", help="The model file to write.")],
    source: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="Labels, JSONL: prompt + weak_correct/strong_correct "
            "or weak_score/strong_score (0-10).",
        ),
    ] = None,
    from_ledger: Annotated[
        bool,
        typer.Option("--from-ledger", help="Use the shadow labels in the ledger (routing.shadow)."),
    ] = False,
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="Config naming the ledger.")
    ] = None,
    base: Annotated[
        Path | None,
        typer.Option(help="Model to start from (default: the one shipped with meshroute)."),
    ] = None,
    holdout: Annotated[
        float, typer.Option(help="Share of the labels (by subject or prompt) held out.")
    ] = 0.2,
    l2: Annotated[
        float, typer.Option(help="Pull toward the base model's weights (bench/router_adapt.py).")
    ] = 100.0,
    force: Annotated[
        bool, typer.Option("--force", help="Write the model even if it is worse held out.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Train a router model from labels, starting from the shipped one; evaluate it held out."""
    if l2 <= 0:
        _fail("--l2 must be positive")
    if from_ledger == (source is not None):
        _fail("give exactly one of --from FILE and --from-ledger")
    start, result = _train(source, config, base, holdout, l2)
    write = force or not result.worse
    if write:
        _save(result.model, out)
    _print(_report(start, result, out if write else None), as_json)
    if not write:
        typer.echo(
            "meshroute: the new model is worse than the base on the held-out labels: not "
            "written (--force writes it anyway)",
            err=True,
        )
        raise typer.Exit(1)


def _save(model: Any, out: Path) -> None:
    try:
        model.save(out)
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror or exc}")


def _report(start: Any, result: Any, written: Path | None) -> dict[str, Any]:
    """What `train` prints: label counts, base and new model held out, whether it was written."""
    return {
        "labels": result.trained + result.held_out,
        "trained": result.trained,
        "held_out": result.held_out,
        "base": {"model": start.label, **result.base.as_dict()},
        "new": {"fingerprint": result.model.fingerprint()[:12], **result.new.as_dict()},
        "worse": result.worse,
        "written": str(written) if written is not None else None,
    }


def _fail(message: str) -> NoReturn:
    typer.echo(f"meshroute: {message}", err=True)
    raise typer.Exit(2)


def _train(
    source: Path | None, config: Path | None, base: Path | None, holdout: float, l2: float
) -> tuple[Any, Any]:
    """(the base scorer, the training result); exit 2 with the reason on bad input."""
    from meshroute.errors import ConfigError
    from meshroute.routing.complexity import ComplexityScorer
    from meshroute.routing.scorer.labels import LabelError, read_labels
    from meshroute.routing.scorer.model import ModelFileError
    from meshroute.routing.scorer.training import train

    try:
        start = ComplexityScorer.load(base) if base else ComplexityScorer.load_default()
        labels = read_labels(source) if source is not None else _ledger_labels(config)
        return start, train(start, labels, share=holdout, l2=l2)
    except (LabelError, ModelFileError, ConfigError) as exc:
        _fail(str(exc))


def _ledger_labels(config: Path | None) -> list[Any]:
    """The shadow labels stored in the configured ledger."""
    from meshroute.config import load_config
    from meshroute.ledger.db import make_engine, schema_problem
    from meshroute.routing.scorer.labels import LabelError
    from meshroute.shadow.store import read_labels as read_stored

    settings = load_config(config)
    problem = schema_problem(settings.ledger.url)
    if problem is not None:
        raise LabelError(f"ledger: {problem}")
    engine = make_engine(settings.ledger.url)
    try:
        return list(read_stored(engine))
    finally:
        engine.dispose()


def _print(report: dict[str, object], as_json: bool) -> None:
    if as_json:
        import orjson

        typer.echo(orjson.dumps(report).decode())
        return
    base, new = report["base"], report["new"]
    assert isinstance(base, dict) and isinstance(new, dict)
    typer.echo(
        f"labels: {report['labels']} ({report['trained']} trained on, "
        f"{report['held_out']} held out)"
    )
    typer.echo(f"{'held out':10s} {'APGR':>7s} {'AUC':>7s} {'CPT(50%)':>9s} {'CPT(80%)':>9s}")
    for name, row in (("base", base), ("new", new)):
        cells = [_fmt(row.get(key)) for key in ("apgr", "auc", "cpt50", "cpt80")]
        typer.echo(f"{name:10s} {cells[0]:>7s} {cells[1]:>7s} {cells[2]:>9s} {cells[3]:>9s}")
    if report["written"]:
        typer.echo(f"wrote {report['written']} (set routing.router_model to use it)")


def _fmt(value: object) -> str:
    return "-" if value is None else f"{value:.3f}"
