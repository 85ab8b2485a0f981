"""The writer's own "my" and "I" near a name in a sentence about a show, a book or an office
("my wife still asks who plays Bertie Wooster in the second season") tell about the writer,
not about the person named: a public word then outweighs them. Any other private word (a
neighbour, a debt, an illness, a boss, a courtesy title) still keeps the name."""

from __future__ import annotations

import pytest

from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.private_context import PrivateContext
from scan_support import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we rewatched the show and my wife still asks who plays Bertie Wooster", "Bertie Wooster"),
        ("I'm rereading the novel and the narrator never explains Orla Brennick.", "Orla Brennick"),
        ("Mein Sohn fragt, in welcher Staffel der Ermittler Edwin Moorlach auftaucht.", "Edwin"),
        ("Min mor siger, at det var Ghita Nørby, der spiller hende i anden sæson.", "Ghita Nørby"),
        ("my da says Kieran Tolan was elected in the 1998 election", "Kieran Tolan"),
    ],
)
def test_a_public_word_outweighs_the_writers_own_words(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert not any(name in span for span in persons(detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my neighbour Orla Brennick plays loud music every night", "Orla Brennick"),
        ("naboen vår, Trond Hauge, spiller høy musikk hver natt", "Trond Hauge"),
        ("Orla Brennick still owes me 400 EUR for the season tickets", "Orla Brennick"),
        ("mój szef Edwin Moorlach gra w serialu? chyba nie, ale ma długi", "Edwin Moorlach"),
        ("Dear Mr Kieran Tolan, the season tickets are attached", "Kieran Tolan"),
    ],
)
def test_another_private_word_keeps_the_name(
    detector: SensitivityDetector, text: str, name: str
) -> None:
    assert any(name in span for span in persons(detector, text))


def test_strong_context_ignores_only_the_writers_own_words() -> None:
    text = "my son asked about Jan Kowal and I told him about the invoice"
    start = text.index("Jan")
    context = PrivateContext(text)
    assert context.near(start, start + 9)
    assert context.strong_near(start, start + 9)  # "invoice" is not the writer's own word
    plain = "my son asked about Jan Kowal and I told him"
    assert PrivateContext(plain).near(start, start + 9)
    assert not PrivateContext(plain).strong_near(start, start + 9)
