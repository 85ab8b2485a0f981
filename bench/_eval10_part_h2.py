# ruff: noqa: E501
"""Evaluation 10, writer H: the generated values (identifiers, IBANs, cards, random secrets).

Writer H's part. Seed: ``random.Random(918263)``, drawn always in the same order. Identifiers,
IBANs and cards carry valid check digits from python-stdnum (2.2); tokens, passwords, signing
secrets and key bodies are random strings from the same generator. ``V`` holds the values as
made once by ``regenerate()`` (kept here so the corpus does not need python-stdnum installed);
``regenerate()`` reproduces them. Blind: composed without looking at the scanner, its tests or
any other evaluation set.
"""

from __future__ import annotations

V = {
    "de_idnr_0": "63295618400",
    "de_idnr_1": "56979241838",
    "de_idnr_2": "50694734148",
    "nl_bsn_0": "928741321",
    "nl_bsn_1": "706442714",
    "nl_bsn_2": "235255324",
    "pl_pesel_0": "87031431162",
    "pl_pesel_1": "92110220573",
    "pl_pesel_2": "03262130489",
    "uk_nino": "CE426986A",
    "es_dni": "43908548F",
    "es_nie": "Y1332156X",
    "it_cf": "PPSNIO90E57Z129U",
    "fr_nir": "285096912367827",
    "us_ssn": "037-65-7033",
    "in_aadhaar": "9972 6339 1281",
    "in_pan": "VDIPV2130E",
    "iban_0_DE": "DE75500105170478184207",
    "iban_1_AT": "AT642011162412065320",
    "iban_2_CH": "CH0500762678304814577",
    "iban_3_NL": "NL39INGB0001569069",
    "iban_4_BE": "BE43030448377701",
    "iban_5_DK": "DK5153012318156154",
    "iban_6_NO": "NO3415030092586",
    "iban_7_SE": "SE2780026974617349369345",
    "iban_8_FI": "FI2512345661752465",
    "iban_9_EE": "EE462204607791335470",
    "iban_10_LV": "LV59HABA0551724092994",
    "iban_11_LT": "LT627300015877872438",
    "iban_12_PL": "PL16102055617396042931704361",
    "iban_13_CZ": "CZ7208000000009950474172",
    "iban_14_SK": "SK7109000000000462225938",
    "iban_15_HU": "HU45117983466033678464221286",
    "iban_16_RO": "RO75BTRLRONCRT2177467402",
    "iban_17_GR": "GR8601101250000044883771644",
    "iban_18_TR": "TR610006208441161245481455",
    "iban_19_IS": "IS650159264005995477693162",
    "iban_20_BE": "BE91877280278176",
    "iban_21_DE": "DE69120300005101862495",
    "card_0": "4370367719108059",
    "card_1": "5496574423143530",
    "card_2": "372055734292687",
    "card_3": "4563055672700932",
    "card_4": "2221115325826886",
    "tok_openai": "sk-proj-l1ZSmCiRIjF6Dogqrrz2ccxqy5Dx792h82fxsh0aoOcAmDOa",
    "tok_github": "ghp_oEm5X6fLjKIHXeaW7Frt4QYnLlwSh7Oyt7Ke",
    "tok_aws_id": "AKIAF2WNWFSQQ3EAYNS5",
    "tok_aws_secret": "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",
    "tok_slack": "xoxb-856203396738-8867807876307-21ZBJGr7z20UbgCzxDXJrTHH",
    "tok_gitlab": "glpat-KpSli9kVRrD5lreah-8p",
    "tok_stripe": "sk_live_bN6sO0znu1c83WKRjA8Td9aZ",
    "tok_hf": "hf_HqcOGb4E9tH6LFoxxjkNeLR6JoVte1Hfjb",
    "tok_google": "AIza4DIpbNdlDRBl75W2U4au6WrFtWHAcGoIo3D",
    "tok_anthropic": "sk-ant-api03-_t6_MCuv-a9BpLCK8aSesAttLqQ___tHxXjS-QEqb0LNniYvP8HkS08ikEQA7gUt5YngJLdim06HWHY_bHCrVWAA",
    "tok_telegram": "2047046641:EV83utqdWQZ3fEprbeF9S_xG-Pn3jMa54ZI",
    "jwt": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.8dcDOcmJ616pfJoFJnNqUkbWV-1gvgI6nEmMfkalEkijBEvXg7_imbbX6KGSYLebOHy7n7uPTOOGVhTB.H9AhgyqG51zDR_iOYiEX3Ri_SOb9H_6TRTEM7_2bhoI",
    "hex32": "9765b585bbf6c33ba7c33d6e0ccb1f59",
    "hex64": "7a86ea726797ffa54f404842fb76166090c11fbf21ebd0249b4c5c3e18b4f0e3",
    "b64_32": "20mFGqcrsLKQMUysr3KS29IUWZXIVTRpzsPJ5Ok2d5Y=",
    "secret_a": "gOEBAwsoWZLZCKrj53hFMY32r4JWGgjNF1l8pxce",
    "secret_b": "ekmpCoyOg8f8fC3kBvChqELprbSF",
    "pw_a": "y2c6Va@=ajsfw70*=L",
    "pw_b": "U5RkDYjhjvWYGF",
    "pw_c": "mOSglfNkfwIBxquMcN7ECs",
    "pem_rsa": "-----BEGIN RSA PRIVATE KEY-----\nIMrmP2kdlnwo3VdUhbZc2s3QuCLsT0jYS13+5gwLXuFhV0L5v3N8y0M4i4XEOEcq\n8gavkK8h6RrPJUAJWlMZRcQReiny/FU89FG1MZTVoBQXP80hQioQg0PMVmEoAyYq\n5t78j8o0jd1ndzBo+XAsvkM7pCkFok8T0BW4FQIVgncV7s5ORd8ivSXsEOgBfL3S\nM+iFHIXZuoymw6tpWccgDt04q7v60Cc3WDQuxuWiCAbXO+CPsiWDkQhJhbe3ab4E\nMH9vZjGi/rg/1Ayy6y9ZtFz8J/WqxXvFealYrGngj8rNe6jn5BWIO8oI/Rkcim1g\ng/IdK7KIK54ax2TT520oRGa21pZxF6ef2RgyjAuxARryiyFDQnzkDE0E3FrSGMoc\nEI914D0Yn55UYDFT\n-----END RSA PRIVATE KEY-----",
    "pem_ssh": "-----BEGIN OPENSSH PRIVATE KEY-----\nZMzRC18MqNuDcIRV3LNkLed+Wj5i+C5d4N3Cg7w/LITptHhjlkF902MlZeTfD/2aqKXU/z\nayWyAyKWLnptPWHrgLQ8flQcEcgePclGzgIJBNdLStcODAZGcY0oOJ8OyLOoKhKx75HEZ+\ndu0aUudzlk2YRC8qTA3P\n-----END OPENSSH PRIVATE KEY-----",
    "basic_user_pw": "c3ZjLWxhZ2VyOm9GTk8zYldGS2IxeHFzaWg=",
}


def sp(value: str, size: int = 4) -> str:
    """Group a compact number the way people type it (IBANs, cards): blocks of four."""
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


def regenerate() -> dict[str, str]:
    """Re-make ``V`` (needs python-stdnum)."""
    import base64
    import random
    import string

    from stdnum import iban, luhn, verhoeff
    from stdnum.de import idnr
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.in_ import aadhaar, pan
    from stdnum.it import codicefiscale
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.us import ssn

    rng = random.Random(918263)
    D = string.digits
    AN = string.ascii_letters + string.digits

    def dg(n):
        return "".join(rng.choice(D) for _ in range(n))

    def s(n, alpha=AN):
        return "".join(rng.choice(alpha) for _ in range(n))

    out = {}
    # German tax ids
    for k in range(3):
        while True:
            full = str(rng.randint(1, 9)) + dg(10)
            if idnr.is_valid(full):
                out[f"de_idnr_{k}"] = full
                break
    for k in range(3):
        while True:
            n = str(rng.randint(1, 9)) + dg(8)
            if bsn.is_valid(n):
                out[f"nl_bsn_{k}"] = n
                break
    for k, (ymd, female) in enumerate([("870314", True), ("921102", False), ("032621", True)]):
        while True:
            serial = dg(3)
            sexd = rng.choice("02468" if female else "13579")
            body = ymd + serial + sexd
            full = body + pesel.calc_check_digit(body)
            if pesel.is_valid(full):
                out[f"pl_pesel_{k}"] = full
                break
    pre = rng.choice(["AB", "CE", "JK", "PR", "SN", "WL"])
    out["uk_nino"] = pre + dg(6) + rng.choice("ABCD")
    b = dg(8)
    out["es_dni"] = b + dni.calc_check_digit(b)
    b = rng.choice("XYZ") + dg(7)
    out["es_nie"] = b + nie.calc_check_digit(b)
    b = "PPSNIO90E57Z129"
    out["it_cf"] = b + codicefiscale.calc_check_digit(b)
    b = "2850969123" + dg(3)
    out["fr_nir"] = b + nir.calc_check_digits(b)
    while True:
        n = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(n):
            out["us_ssn"] = n[:3] + "-" + n[3:5] + "-" + n[5:]
            break
    while True:
        b = str(rng.randint(2, 9)) + dg(10)
        n = b + verhoeff.calc_check_digit(b)
        if aadhaar.is_valid(n):
            out["in_aadhaar"] = n[:4] + " " + n[4:8] + " " + n[8:]
            break
    while True:
        n = (
            s(3, string.ascii_uppercase)
            + "P"
            + rng.choice("KSMBNV")
            + dg(4)
            + s(1, string.ascii_uppercase)
        )
        if pan.is_valid(n):
            out["in_pan"] = n
            break
    bbans = [
        ("DE", lambda: "50010517" + dg(10)),
        ("AT", lambda: "20111" + dg(11)),
        ("CH", lambda: "00762" + dg(12)),
        ("NL", lambda: "INGB" + "000" + dg(7)),
        ("BE", lambda: dg(12)),
        ("DK", lambda: "5301" + dg(10)),
        ("NO", lambda: "1503" + dg(7)),
        ("SE", lambda: "800" + dg(17)),
        ("FI", lambda: "123456" + dg(8)),
        ("EE", lambda: "22" + dg(14)),
        ("LV", lambda: "HABA" + "0551" + dg(9)),
        ("LT", lambda: "73000" + dg(11)),
        ("PL", lambda: "10205561" + dg(16)),
        ("CZ", lambda: "0800" + "000000" + dg(10)),
        ("SK", lambda: "0900" + "000000" + dg(10)),
        ("HU", lambda: "117" + dg(21)),
        ("RO", lambda: "BTRL" + "RONCRT" + dg(10)),
        ("GR", lambda: "0110125" + "00000" + dg(11)),
        ("TR", lambda: "00062" + "0" + dg(16)),
        ("IS", lambda: "0159" + "26" + dg(6) + dg(10)),
        ("BE", lambda: dg(12)),
        ("DE", lambda: "12030000" + dg(10)),
    ]
    for k, (cc, mk) in enumerate(bbans):
        while True:
            bb = mk()
            n = cc + iban.calc_check_digits(cc + "00" + bb) + bb
            if iban.is_valid(n):
                out[f"iban_{k}_{cc}"] = n
                break
    for k, pfx, ln in [
        (0, "4", 16),
        (1, "5" + rng.choice("12345"), 16),
        (2, "37", 15),
        (3, "4", 16),
        (4, "2221", 16),
    ]:
        b = pfx + dg(ln - len(pfx) - 1)
        out[f"card_{k}"] = b + luhn.calc_check_digit(b)
    out["tok_openai"] = "sk-proj-" + s(48)
    out["tok_github"] = "ghp_" + s(36)
    out["tok_aws_id"] = "AKIA" + s(16, string.ascii_uppercase + "234567")
    out["tok_aws_secret"] = s(40, AN + "+/")
    out["tok_slack"] = "xoxb-" + dg(12) + "-" + dg(13) + "-" + s(24)
    out["tok_gitlab"] = "glpat-" + s(20, AN + "-_")
    out["tok_stripe"] = "sk_live_" + s(24)
    out["tok_hf"] = "hf_" + s(34)
    out["tok_google"] = "AIza" + s(35, AN + "-_")
    out["tok_anthropic"] = "sk-ant-api03-" + s(86, AN + "-_") + "AA"
    out["tok_telegram"] = dg(10) + ":" + s(35, AN + "-_")

    def b64u(n):
        return (
            base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(n)))
            .decode()
            .rstrip("=")
        )

    out["jwt"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64u(60) + "." + b64u(32)
    out["hex32"] = s(32, "0123456789abcdef")
    out["hex64"] = s(64, "0123456789abcdef")
    out["b64_32"] = base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
    out["secret_a"] = s(40)
    out["secret_b"] = s(28)
    out["pw_a"] = s(18, AN + "!#%&*+-=?@")
    out["pw_b"] = s(14, AN + "!#%&*+-=?@")
    out["pw_c"] = s(22, AN)
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(300))).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    out["pem_rsa"] = (
        "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    )
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(120))).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    out["pem_ssh"] = (
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + "\n".join(lines)
        + "\n-----END OPENSSH PRIVATE KEY-----"
    )
    out["basic_user_pw"] = base64.b64encode(b"svc-lager:" + s(16).encode()).decode()
    return out
