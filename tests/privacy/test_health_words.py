# ruff: noqa: RUF001
"""A first name alone next to an illness in another language is personal data
(``health_words.py``); a function word next to one is not a name."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from scan_support import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mio nonno Peppino ha avuto un ictus, come posso aiutarlo?", "Peppino"),
        ("Как поддержать Серёжу? У него обнаружили рак лёгких.", "Серёжу"),
        ("O Tiago tem epilepsia e vai acampar no fim de semana.", "Tiago"),
        ("raga la giuli ha la mononucleosi e non può uscire", "giuli"),
    ],
)
def test_a_first_name_next_to_an_illness_is_found(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in found for found in persons(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "Wer war Alois Alzheimer und was hat er 1906 beschrieben?",
        "Расскажи, как эпилепсия отражена в романе «Идиот».",
        "Explique les symptômes de la maladie de Lyme chez l'enfant.",
    ],
)
def test_function_words_next_to_an_illness_are_no_names(
    detector: SensitivityDetector, text: str
) -> None:
    assert persons(detector, text) == []
