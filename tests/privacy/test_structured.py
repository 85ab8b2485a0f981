"""The structure-aware pass (privacy/structured.py): a value whose key, column header, form
label or request field names its kind. Real detector; the gateway tests send requests through
a real gateway to a stand-in cloud whose received body is read back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest

from meshroute.api.schemas import texts_of
from meshroute.config import Config
from meshroute.explain import Explainer
from meshroute.privacy.detector import SensitivityDetector
from meshroute.privacy.gazetteer import GazetteerNames
from meshroute.privacy.normalise import normalise
from meshroute.privacy.structured import PARTICIPANT, FieldText, StructuredFinder, label_of
from standin_upstream import StandinHandle, run_standin
from support import GatewayFactory


def _found(detector: SensitivityDetector, text: str) -> set[tuple[str, str]]:
    return {(e.type, text[e.start : e.end]) for e in detector.scan([text], deep=True)}


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("customer_name", "PERSON"),
        ("customerName", "PERSON"),
        ("Customer-Name", "PERSON"),
        ("FULL NAME", "PERSON"),
        ("patient", "PERSON"),
        ("dob", "DATE_OF_BIRTH"),
        ("dateOfBirth", "DATE_OF_BIRTH"),
        ("birth_date", "DATE_OF_BIRTH"),
        ("passwd", "PASSWORD"),
        ("pin_code", "PASSWORD"),
        ("billing_address", "STREET_ADDRESS"),
        ("mobile-number", "PHONE_NUMBER"),
        ("client_secret", "SECRET"),
        ("x-api-key", "SECRET"),
        # one label in each of the 18 languages of the birth-date cues
        ("Geburtsdatum", "DATE_OF_BIRTH"),
        ("date de naissance", "DATE_OF_BIRTH"),
        ("fecha_de_nacimiento", "DATE_OF_BIRTH"),
        ("data di nascita", "DATE_OF_BIRTH"),
        ("geboortedatum", "DATE_OF_BIRTH"),
        ("data de nascimento", "DATE_OF_BIRTH"),
        ("Nazwisko", "PERSON"),
        ("födelsedatum", "DATE_OF_BIRTH"),
        ("fødselsdato", "DATE_OF_BIRTH"),
        ("salasana", "PASSWORD"),
        ("příjmení", "PERSON"),
        ("születési dátum", "DATE_OF_BIRTH"),
        ("data nașterii", "DATE_OF_BIRTH"),
        ("doğum tarihi", "DATE_OF_BIRTH"),
        ("ημερομηνία γέννησης", "DATE_OF_BIRTH"),
        ("прізвище", "PERSON"),
        ("дата рождения", "DATE_OF_BIRTH"),
        ("Telefonnummer", "PHONE_NUMBER"),
    ],
)
def test_labels_name_their_kind_in_any_case_style(key: str, kind: str) -> None:
    label = label_of(key)
    assert label is not None and label[0] == kind, key


@pytest.mark.parametrize(
    "key",
    ["file_name", "ip_address", "email_address", "max_tokens", "next_page_token", "product_name",
     "password_hint", "customer_id", "tool", "description", "a sentence that is not a label"],
)  # fmt: skip
def test_keys_that_name_no_personal_kind(key: str) -> None:
    assert label_of(key) is None


LABELLED = [
    ('{"name": "send_invoice", "dob": "1985-03-12"}', "DATE_OF_BIRTH=1985-03-12"),
    ('{"user": {"passwd": "x9!Tq2", "pin": "4821"}}', "PASSWORD=x9!Tq2", "PASSWORD=4821"),
    ("customer:\n  first_name: Agnieszka\n  surname: Wiśniewska\n", "PERSON=Agnieszka"),
    ("customer:\n  first_name: Agnieszka\n  surname: Wiśniewska\n", "PERSON=Wiśniewska"),
    ("DB_HOST=db\nDB_PASSWORD=hunter2\n", "PASSWORD=hunter2"),
    ("[account]\ndate_of_birth = 1979-05-03\n", "DATE_OF_BIRTH=1979-05-03"),
    ("ts=1 level=info dob=12/03/1985 msg=ok", "DATE_OF_BIRTH=12/03/1985"),
    ("GET /signup?fullName=omodunni+ojo&dob=1990-05-01", "PERSON=omodunni+ojo"),
    ("GET /signup?fullName=omodunni+ojo&dob=1990-05-01", "DATE_OF_BIRTH=1990-05-01"),
    ("Full name: omodunni ojo\nDate of birth: 3 March 1985\n", "PERSON=omodunni ojo"),
    ("Full name: omodunni ojo\nDate of birth: 3 March 1985\n", "DATE_OF_BIRTH=3 March 1985"),
    ("**Patient:** ngozi okafor", "PERSON=ngozi okafor"),
    ("Fecha de nacimiento: 3 de mayo de 1979", "DATE_OF_BIRTH=3 de mayo de 1979"),
    ("Contraseña: gato2024", "PASSWORD=gato2024"),
    ('{"apiKey": "a8F3kLq92mZx7Pw"}', "SECRET=a8F3kLq92mZx7Pw"),
    ("Mobile number: 020 7946 0958", "PHONE_NUMBER=020 7946 0958"),
    ("shipping_address: 12 Acacia Avenue, Leeds", "STREET_ADDRESS=12 Acacia Avenue, Leeds"),
    ("Phone Number: (555) 123-4567", "PHONE_NUMBER=(555) 123-4567"),
    ("recipient: mr. adewale ogunleye", "PERSON=mr. adewale ogunleye"),
    ("Emergency contact: Tomasz Wójcik (brother)", "PERSON=Tomasz Wójcik"),
    ("Passwort: Sommer2024!", "PASSWORD=Sommer2024!"),
    ("ФИО: Иванов Иван Иванович", "PERSON=Иванов Иван Иванович"),
    ("Ad Soyad: Ayşe Yılmaz", "PERSON=Ayşe Yılmaz"),  # noqa: RUF001
    ("datedenaissance: 20/07/1942", "DATE_OF_BIRTH=20/07/1942"),
    ("| Data urodzenia |\n|---|\n| 16/02/1992", "DATE_OF_BIRTH=16/02/1992"),
    ("адрес: ш. Гафури, д. 6/9", "STREET_ADDRESS=ш. Гафури, д. 6/9"),
    ("<tr><th>password</th></tr><tr><td>m(SXc2XrOKthM</td></tr>", "PASSWORD=m(SXc2XrOKthM"),
    ("motdepasse=%YO4uV6s6!", "PASSWORD=%YO4uV6s6!"),
]


@pytest.mark.parametrize("row", LABELLED, ids=lambda row: row[0][:30])
def test_values_under_labels(detector: SensitivityDetector, row: tuple[str, ...]) -> None:
    text, *expected = row
    assert {tuple(e.split("=", 1)) for e in expected} <= _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "send_invoice", "description": "Send the invoice"}',
        "password: ${DB_PASSWORD}",
        'password = os.environ["DB_PASSWORD"]',
        "password: str\npin: int",
        '{"password": "<your password>", "dob": "unknown"}',
        "ip_address: 10.0.0.1\nmax_tokens: 100",
        "name,price,qty\nWidget Pro,9.99,3\nQuarterly Planner,4.50,1\n",
        "| Name | Type |\n|---|---|\n| user_id | integer |\n",
        "Tel: n/a",
        "See https://example.org/a?b=c for the docs.",
        "Consider the paper Native Client: A Sandbox for Portable, Untrusted x86 Native Code",
        "assignee: release-manager\nreporter: sentry-bot\ncustomer: acme-corp\ncontact: front-desk",
    ],
)
def test_placeholders_and_other_values_are_not_flagged(
    detector: SensitivityDetector, text: str
) -> None:
    assert detector.scan([text], deep=True) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Customer: Acme Corp\nName: The Grand Budapest Hotel\nGuest: none",
        "password = getpass()\npasswd: %DB_PASSWORD%\npwd = '%(password)s'",
        "class User(BaseModel):\n    name: str\n    password: SecretStr\n    dob: date",
        "| Name | Type |\n|---|---|\n| id | int |\nmobile: true\ncell: A1\naddress: 0x7ffe5367e044",
    ],
)
def test_the_structured_pass_alone_refuses(text: str) -> None:
    """Values the label's kind does not fit (other finders may still judge the text)."""
    finder = StructuredFinder(GazetteerNames.load()._flags)
    assert finder.find(normalise(text).text)[0] == []


def test_csv_and_tsv_columns_named_by_the_header(detector: SensitivityDetector) -> None:
    csv = 'id,name,email,birth_date\n1,omodunni ojo,x,12.03.1985\n2,"Okafor, Ngozi",y,1990-01-02\n'
    found = _found(detector, csv)
    assert {("PERSON", "omodunni ojo"), ("DATE_OF_BIRTH", "12.03.1985")} <= found
    assert {("PERSON", "Okafor, Ngozi"), ("DATE_OF_BIRTH", "1990-01-02")} <= found
    tsv = "nazwisko\timię\tdata urodzenia\nKowalska\tZofia\t1961-07-30\n"
    assert ("DATE_OF_BIRTH", "1961-07-30") in _found(detector, tsv)
    # a row of another width ends the table: the header no longer names its cells
    ended = "name,dob\nomodunni ojo,12.03.1985\n\nsome,other,row\nx,12.03.1985,y\n"
    assert [t for t, v in _found(detector, ended) if v == "12.03.1985"] == ["DATE_OF_BIRTH"]


def test_markdown_and_html_tables(detector: SensitivityDetector) -> None:
    markdown = "| Patient | DOB |\n|---|---|\n| ngozi okafor | 1985-03-12 |\n"
    assert {("PERSON", "ngozi okafor"), ("DATE_OF_BIRTH", "1985-03-12")} <= _found(
        detector, markdown
    )
    html = (
        "<table><tr><th>Kunde</th><th>Geburtsdatum</th></tr>"
        "<tr><td>omodunni ojo</td><td>12.03.1985</td></tr></table>"
    )
    assert {("PERSON", "omodunni ojo"), ("DATE_OF_BIRTH", "12.03.1985")} <= _found(detector, html)


def _hinted(detector: SensitivityDetector, body: dict[str, Any]) -> set[tuple[str, str]]:
    texts = texts_of("chat", {"model": "auto", **body})
    return {(e.type, texts[e.message][e.start : e.end]) for e in detector.scan(texts, deep=True)}


def test_a_metadata_key_names_its_value(detector: SensitivityDetector) -> None:
    meta = {"customer_name": "omodunni ojo", "dob": "12.03.1985", "ticket": "ABC-123"}
    body = {"metadata": meta, "messages": [{"role": "user", "content": "hi"}]}
    assert _hinted(detector, body) == {("PERSON", "omodunni ojo"), ("DATE_OF_BIRTH", "12.03.1985")}
    # the same strings without the key say nothing
    bare = {"metadata": {"a": "omodunni ojo", "b": "12.03.1985"}, "messages": body["messages"]}
    assert _hinted(detector, bare) == set()


@pytest.mark.parametrize(
    ("name", "person"),
    [("JohnDoe", True), ("Agnieszka", True), ("maria_gonzalez", True), ("kasia.nowak", True),
     ("assistant", False), ("support-bot", False), ("helpdesk", False), ("data_analyst", False),
     ("planner_agent", False), ("user_1234", False), ("rahul_s_iyer", True),
     ("anna_m_kowalska", True), ("batch-eval-runner", False), ("night-shift-nurse", False)],
)  # fmt: skip
def test_a_participant_name(detector: SensitivityDetector, name: str, person: bool) -> None:
    body = {"messages": [{"role": "user", "name": name, "content": "hi"}]}
    assert _hinted(detector, body) == ({("PERSON", name)} if person else set())


def test_field_texts_are_strings_that_keep_their_hint() -> None:
    texts = texts_of("chat", {"model": "m", "messages": [{"role": "user", "name": "x"}]})
    assert texts == ["x"] and isinstance(texts[0], FieldText) and texts[0].hint == PARTICIPANT
    assert orjson.dumps(texts) == b'["x"]'


def test_a_hinted_text_and_a_plain_text_never_share_a_cache_entry() -> None:
    cached = SensitivityDetector.build(cache_size=64)
    plain = "customer_name\x00Omodunni Ojo"  # what the hinted text's cache key was made of
    cached.scan([FieldText("Omodunni Ojo", "customer_name")], deep=True)
    fresh = SensitivityDetector.build(cache_size=0)
    assert cached.scan([plain], deep=True) == fresh.scan([plain], deep=True)


def test_explain_names_the_field(detector: SensitivityDetector) -> None:
    config = Config.model_validate(
        {
            "targets": [
                {
                    "name": "cloud",
                    "kind": "openai",
                    "base_url": "http://127.0.0.1:9/v1",
                    "upstream_model": "m",
                    "tier": "cloud",
                    "zone": "public",
                    "models": {"assistant": "v1"},
                }
            ],
            "routing": {"sensitive": "redact"},
        }
    )
    request = {
        "metadata": {"dob": "12.03.1985"},
        "messages": [{"role": "user", "name": "JohnDoe", "content": "hi"}],
    }
    record = Explainer(config, detector, None).record(request)
    fields = {(e["type"], e["field"]) for e in record["entities"]}
    assert {("DATE_OF_BIRTH", "metadata.dob"), ("PERSON", "messages.name")} <= fields


KB = 1024
HOSTILE = {
    "csv-50k-columns": ",".join(f"name{i}" for i in range(50_000)) + "\n" + "a," * 50_000,
    "csv-50k-rows": "name,dob\n" + "jan kowalski,12.03.1985\n" * 50_000,
    "json-keys-500k": "{" + '"dob": "x", ' * 45 * KB + "}",
    "separators-500k": ":=" * 256 * KB,
    "nested-500k": "{" * 256 * KB + "}" * 256 * KB,
    "label-runs-500k": "date of birth " * 36 * KB + ": 1985-03-12",
    "quoted-cells-500k": 'name,dob\n"' + "a" * 500 * KB,
    "html-cells-500k": "<tr><th>name</th>" + "<td>a</td>" * 50 * KB,
    "password-values-500k": ("password=" + "Xk9#mQ2$vL" * 25 + "\n") * 2 * KB,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_structure_is_bounded(detector: SensitivityDetector, name: str) -> None:
    text = HOSTILE[name]
    started = time.perf_counter()
    found = detector.scan([text], deep=True)
    elapsed = time.perf_counter() - started
    assert elapsed < detector.limits.budget_s + 2.0, f"{name}: {elapsed:.1f} s"
    assert all(0 <= e.start < e.end <= len(text) for e in found)


# --- end to end: a real gateway, a stand-in cloud that records what it receives


@pytest.fixture(scope="module")
def upstreams() -> Iterator[dict[str, StandinHandle]]:
    with run_standin(model="gpu-model") as gpu, run_standin(model="cloud-model") as cloud:
        yield {"gpu": gpu, "cloud": cloud}


@pytest.fixture(scope="module")
def gateways(
    gateway_factory: GatewayFactory, upstreams: dict[str, StandinHandle]
) -> dict[str, str]:
    def target(name: str, tier: str, zone: str) -> dict[str, Any]:
        return {
            "name": name,
            "kind": "openai",
            "base_url": upstreams[name].base_url,
            "upstream_model": f"{name}-model",
            "tier": tier,
            "zone": zone,
            "models": {"assistant": "v1"},
        }

    def config(policy: str) -> Config:
        targets = [target("gpu", "local", "private"), target("cloud", "cloud", "public")]
        return Config.model_validate({"targets": targets, "routing": {"sensitive": policy}})

    return {policy: gateway_factory(config(policy)) for policy in ("keep_private", "redact")}


def _send(
    gateways: dict[str, str], cloud: StandinHandle, policy: str, body: dict[str, Any]
) -> str | None:
    """What the cloud received for ``body`` (None: the request never reached it)."""
    before = cloud.stats()["requests"]
    request = {**body, "model": "cloud/cloud-model"}
    response = httpx.post(f"{gateways[policy]}/chat/completions", json=request, timeout=30)
    assert response.status_code < 500 or "no_target_available" in response.text, response.text
    if cloud.stats()["requests"] == before:
        return None
    return orjson.dumps(httpx.get(f"{cloud.url}/_standin/last").json()["body"]).decode()


BODIES = {
    "metadata": (
        {
            "metadata": {"customer_name": "omodunni ojo", "dob": "12.03.1985"},
            "messages": [{"role": "user", "content": "Summarise the ticket."}],
        },
        ["omodunni ojo", "12.03.1985"],
    ),
    "name": (
        {"messages": [{"role": "user", "name": "JohnDoe", "content": "Summarise the ticket."}]},
        ["JohnDoe"],
    ),
}


@pytest.mark.parametrize("case", sorted(BODIES))
@pytest.mark.parametrize("policy", ["keep_private", "redact"])
def test_a_named_field_never_reaches_the_cloud(
    gateways: dict[str, str], upstreams: dict[str, StandinHandle], case: str, policy: str
) -> None:
    body, values = BODIES[case]
    assert isinstance(body, dict) and isinstance(values, list)
    sent = _send(gateways, upstreams["cloud"], policy, body)
    if policy == "keep_private":
        assert sent is None
    else:
        assert sent is not None and not any(value in sent for value in values), sent


def test_a_role_name_and_a_plain_key_do_reach_the_cloud(
    gateways: dict[str, str], upstreams: dict[str, StandinHandle]
) -> None:
    body = {
        "metadata": {"ticket": "ABC-123", "priority": "high"},
        "messages": [{"role": "user", "name": "support-bot", "content": "Summarise the ticket."}],
    }
    sent = _send(gateways, upstreams["cloud"], "keep_private", body)
    assert sent is not None and "support-bot" in sent and "ABC-123" in sent
