"""Development check of the structure-aware pass (privacy/structured.py): generated structured
prompts (Faker values in ten locales under labels of the locale's language, in JSON, YAML, CSV,
markdown and HTML tables, form lines, query strings, and request fields) and benign structured
prompts (products, configs, logs), deep scan with the pass off and on, same detector otherwise.

Not an independent evaluation: the label forms below were written by the author of the pass.
Run: .venv/bin/python bench/structured_dev.py  (prints a table; about a minute)
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

from faker import Faker

from meshroute.api.schemas import texts_of
from meshroute.privacy.detector import SensitivityDetector

# label forms per locale: person, date of birth, phone, address, password
LABELS = {
    "en_GB": ("Full name", "Date of birth", "Mobile", "Home address", "Password"),
    "de_DE": ("Name", "Geburtsdatum", "Telefon", "Anschrift", "Passwort"),
    "fr_FR": ("Nom complet", "Date de naissance", "Téléphone", "Adresse", "Mot de passe"),
    "es_ES": ("Nombre completo", "Fecha de nacimiento", "Teléfono", "Dirección", "Contraseña"),
    "it_IT": ("Cognome", "Data di nascita", "Cellulare", "Indirizzo", "Password"),
    "nl_NL": ("Naam", "Geboortedatum", "Telefoonnummer", "Adres", "Wachtwoord"),
    "pt_BR": ("Nome completo", "Data de nascimento", "Celular", "Endereço", "Senha"),
    "pl_PL": ("Imię i nazwisko", "Data urodzenia", "Telefon", "Adres", "Hasło"),
    "tr_TR": ("Ad Soyad", "Doğum tarihi", "Telefon", "Adres", "Şifre"),
    "ru_RU": ("ФИО", "Дата рождения", "Телефон", "Адрес", "Пароль"),
}
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y")


def _key(label: str, rng: random.Random) -> str:
    words = label.split()
    return rng.choice(
        ["_".join(w.lower() for w in words), words[0].lower() + "".join(words[1:]), label]
    )


def _record(fake: Faker, rng: random.Random, labels: tuple[str, ...]) -> dict[str, str]:
    values = (
        fake.name(),
        fake.date_of_birth(minimum_age=18, maximum_age=90).strftime(rng.choice(DATE_FORMATS)),
        fake.phone_number(),
        fake.street_address().replace("\n", ", "),
        fake.password(length=rng.randint(8, 14)),
    )
    chosen = rng.sample(range(5), rng.randint(1, 2))
    return {_key(labels[i], rng): values[i] for i in chosen}


def _shape(rng: random.Random, record: dict[str, str]) -> tuple[str, dict[str, Any]]:
    """(shape name, chat body) with the record in that shape."""
    keys, values = list(record), list(record.values())
    user = {"role": "user", "content": "Please check this record."}
    text: str
    shape = rng.choice(["json", "yaml", "csv", "markdown", "html", "form", "query", "metadata"])
    if shape == "json":
        text = "Fix the record: " + str(record).replace("'", '"')
    elif shape == "yaml":
        text = "record:\n" + "".join(f"  {k}: {v}\n" for k, v in record.items())
    elif shape == "csv":
        text = "id," + ",".join(keys) + "\n1," + ",".join(f'"{v}"' for v in values)
    elif shape == "markdown":
        text = "| " + " | ".join(keys) + " |\n|" + "---|" * len(keys) + "\n| " + " | ".join(values)
    elif shape == "html":
        head = "".join(f"<th>{k}</th>" for k in keys)
        text = f"<table><tr>{head}</tr><tr>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"
    elif shape == "form":
        text = "Form received:\n" + "".join(f"{k}: {v}\n" for k, v in record.items())
    elif shape == "query":
        text = "GET /signup?" + "&".join(f"{k.replace(' ', '_')}={v}" for k, v in record.items())
    else:
        return shape, {"messages": [user], "metadata": record}
    return shape, {"messages": [{"role": "user", "content": text}]}


def _benign(fake: Faker, rng: random.Random) -> dict[str, Any]:
    rows = [
        {
            "name": fake.catch_phrase(),
            "sku": fake.bothify("SKU-??###"),
            "price": str(rng.randint(1, 900)),
        }
        for _ in range(3)
    ]
    config = {"host": fake.hostname(), "ip_address": fake.ipv4(), "file_name": fake.file_name()}
    text = rng.choice(
        [
            "name,sku,price\n" + "\n".join(",".join(r.values()) for r in rows),
            "| name | sku | price |\n|---|---|---|\n"
            + "\n".join("| " + " | ".join(r.values()) + " |" for r in rows),
            "".join(f"{k}: {v}\n" for k, v in config.items()) + "password: ${DB_PASSWORD}",
            str({"order_date": fake.date(), "status": "shipped", **config}).replace("'", '"'),
        ]
    )
    return {"messages": [{"role": "user", "content": text}]}


def main() -> None:
    rng = random.Random(20261201)
    bodies: list[tuple[str, dict[str, Any]]] = []
    for locale, labels in LABELS.items():
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(1 << 30))
        bodies += [_shape(rng, _record(fake, rng, labels)) for _ in range(40)]
    fake = Faker("en_US")
    fake.seed_instance(7)
    benign = [_benign(fake, rng) for _ in range(200)]
    print("| shape | n | caught, pass off | caught, pass on |")
    print("|---|---:|---:|---:|")
    detectors = {on: SensitivityDetector.build(cache_size=0, structured=on) for on in (False, True)}
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for shape, body in bodies:
        texts = texts_of("chat", {"model": "auto", **body})
        for column, on in ((1, False), (2, True)):
            caught[shape][column] += bool(detectors[on].scan(texts, deep=True))
        caught[shape][0] += 1
    for shape, (n, before, after) in sorted(caught.items()):
        print(f"| {shape} | {n} | {before} | {after} |")
    total = [sum(c[i] for c in caught.values()) for i in range(3)]
    print(f"| all | {total[0]} | {total[1]} | {total[2]} |")
    flagged = {
        on: sum(bool(d.scan(texts_of("chat", {"model": "auto", **b}), deep=True)) for b in benign)
        for on, d in detectors.items()
    }
    print(f"\nbenign structured prompts flagged: {flagged[False]}/{len(benign)} pass off, "
          f"{flagged[True]}/{len(benign)} pass on")  # fmt: skip


if __name__ == "__main__":
    main()
