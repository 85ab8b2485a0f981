"""`python -m meshroute.clidoc [--check] [--out FILE]`: the CLI reference, docs/cli.md, made of
the `--help` of every `meshroute` command, so the reference cannot drift from the code.

`--check` (CI) renders it again and fails when the file differs: a new or changed option must
come with `python -m meshroute.clidoc` run and its output committed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Before typer loads: one width and no colour or terminal detection, so the help text renders
# the same on every machine (typer reads these when its rich helpers are imported).
os.environ.update({"TERMINAL_WIDTH": "100", "COLUMNS": "100", "_TYPER_FORCE_DISABLE_TERMINAL": "1"})
os.environ["NO_COLOR"] = "1"

HEADER = """# meshroute CLI reference

Generated from the `--help` of every command by `python -m meshroute.clidoc`; CI checks it is
current (`python -m meshroute.clidoc --check`). Do not edit by hand: change the command's help
text and run the generator.
"""


def _commands(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
    yield path, command
    children = getattr(command, "commands", None)
    if children:
        for name in sorted(children):
            if not children[name].hidden:
                yield from _commands(children[name], [*path, name])


def render() -> str:
    import typer
    from typer.testing import CliRunner

    from meshroute.cli import app

    root = typer.main.get_command(app)
    runner = CliRunner()
    parts = [HEADER]
    for path, _command in _commands(root, []):
        result = runner.invoke(app, [*path, "--help"], prog_name="meshroute", color=False)
        if result.exit_code != 0:
            raise RuntimeError(f"meshroute {' '.join(path)} --help failed: {result.output}")
        title = " ".join(["meshroute", *path])
        text = "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())
        parts.append(f"## `{title}`\n\n```text\n{text}\n```\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m meshroute.clidoc", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/cli.md"))
    parser.add_argument("--check", action="store_true", help="fail if --out is not current")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(
                f"{args.out} is not current: run `python -m meshroute.clidoc` and commit it",
                file=sys.stderr,
            )
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
