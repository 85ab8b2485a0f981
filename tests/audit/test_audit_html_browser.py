"""The HTML report in a real browser (Debian's Chromium through Playwright): the summary, the
tables and the chart render, and a hostile file name runs no script."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from meshroute.audit import html
from meshroute.audit.engine import run_audit
from meshroute.audit.model import AuditResult
from meshroute.audit.policy import snippet

if TYPE_CHECKING:
    from playwright.sync_api import Dialog

CHROMIUM = Path("/usr/bin/chromium")


def _browser_or_skip() -> None:
    required = os.environ.get("MESHROUTE_REQUIRE_SERVICES") == "1"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if required:
            raise
        pytest.skip("playwright is not installed (pip install -e '.[dev]')")
    if not CHROMIUM.exists():
        if required:
            pytest.fail("/usr/bin/chromium missing: apt-get install -y chromium")
        pytest.skip("/usr/bin/chromium missing: apt-get install -y chromium")


def test_report_renders_in_chromium(
    planted_folder: tuple[Path, dict[str, str]], planted_audit: AuditResult, tmp_path: Path
) -> None:
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    hostile = tmp_path / "h"
    hostile.mkdir()
    (hostile / "<img src=x onerror=alert(1)>.txt").write_text("hi\n", encoding="utf-8")
    extra = run_audit([hostile], workers=1)
    result = AuditResult(planted_audit.files + extra.files, ner=False, workers=1)
    result.policy = snippet(result, model="assistant")
    page_path = tmp_path / "audit.html"
    page_path.write_text(html.render(result), encoding="utf-8")
    shot = Path(os.environ.get("MESHROUTE_AUDIT_SCREENSHOT", str(tmp_path / "audit.png")))

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            dialogs: list[str] = []

            def on_dialog(dialog: Dialog) -> None:  # an alert() would mean a script ran
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.goto(page_path.as_uri())
            assert page.title() == "meshroute data audit"
            cards = page.locator("#summary .card")
            assert cards.count() == 7
            assert page.locator("#summary").inner_text().count("local") == 1
            files = page.locator("#files tbody tr")
            assert files.count() == len(result.files)
            assert page.locator("section.file table.fields").count() == len(result.files)
            bars = page.locator("#chart rect.bar")
            kinds = {k for a in result.files for k in a.entity_rows}
            assert bars.count() == len(kinds)
            box = page.locator("#chart").bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 20
            assert "keep_private" in page.locator("#policy").inner_text()
            # the hostile name is text, not an element, and nothing ran
            assert page.locator("img").count() == 0
            assert "<img src=x onerror=alert(1)>.txt" in page.locator("#files").inner_text()
            assert dialogs == []
            page.screenshot(path=str(shot), full_page=False)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
