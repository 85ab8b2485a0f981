"""Secret-bearing templates for bench/make_privacy_eval3.py: config files, shell lines, HTTP
headers and code that hold credentials of the shapes providers issue.
"""

from __future__ import annotations

from _eval3_values import Values

Part = str | tuple[str, str]
PW, SEC, TOK = "PASSWORD", "SECRET", "API_TOKEN"
AKEY, AUTH, CONN = "AWS_ACCESS_KEY", "AUTH_HEADER", "CONNECTION_STRING"


def log_db(v: Values) -> list[Part]:
    user, pw = (
        v.rng.choice(("app", "billing_rw", "svc_reporting", "admin")),
        v.password().replace("@", "#"),
    )
    return [
        "DEBUG sqlalchemy.engine connecting to ",
        (CONN, v.connection_string(user, pw)),
        " pool_size=10",
    ]


def env_file(v: Values) -> list[Part]:
    return [
        "why does this .env not load?\n\nDATABASE_URL=",
        (CONN, v.connection_string("app", v.password())),
        "\nOPENAI_API_KEY=",
        (TOK, v.api_token()),
        "\nDEBUG=false",
    ]


def curl_bearer(v: Values) -> list[Part]:
    return [
        "curl -s -H ",
        (AUTH, f'"Authorization: Bearer {v.api_token()}"'),
        " https://api.example.com/v1/charges | jq .",
    ]


def curl_user(v: Values) -> list[Part]:
    user = v.rng.choice(("deploy", "ci-bot", "admin"))
    return [
        f"curl -u {user}:",
        (PW, v.password()),
        " https://registry.internal/v2/_catalog returns 401, why?",
    ]


def http_basic(v: Values) -> list[Part]:
    cred = v.basic_auth(v.rng.choice(("ops", "jenkins")), v.password())
    return [
        "GET /v2/me HTTP/1.1\nHost: api.internal\n",
        (AUTH, f"Authorization: Basic {cred}"),
        "\nAccept: */*",
    ]


def http_jwt(v: Values) -> list[Part]:
    return [
        "the gateway rejects this header, is the token expired?\n",
        (AUTH, f"authorization: Bearer {v.jwt()}"),
    ]


def py_client(v: Values) -> list[Part]:
    return [
        'from openai import OpenAI\nclient = OpenAI(api_key="',
        (TOK, v.api_token()),
        '")\nprint(client.models.list())',
    ]


def git_remote(v: Values) -> list[Part]:
    return [
        "git remote set-url origin https://",
        (TOK, "ghp_" + v.chars(36)),
        "@github.com/acme/infra.git  <- is this safe",
    ]


def aws_creds(v: Values) -> list[Part]:
    return [
        "[default]\naws_access_key_id = ",
        (AKEY, v.aws_key_id()),
        "\naws_secret_access_key = ",
        (SEC, v.aws_secret()),
        "\nregion = eu-central-1",
    ]


def aws_export(v: Values) -> list[Part]:
    return [
        "export AWS_ACCESS_KEY_ID=",
        (AKEY, v.aws_key_id()),
        "\naws s3 ls s3://acme-backups/ fails with AccessDenied",
    ]


def yaml_stripe(v: Values) -> list[Part]:
    return [
        "stripe:\n  secret_key: ",
        (TOK, "sk_live_" + v.chars(40)),
        "\n  webhook_secret: ",
        (SEC, "whsec_" + v.chars(32)),
        "\n  currency: eur",
    ]


def slack_token(v: Values) -> list[Part]:
    return [
        "someone pasted the bot token in #general: ",
        (TOK, f"xoxb-{v.digits(12)}-{v.digits(13)}-{v.chars(24)}"),
        " — how do we rotate it",
    ]


def docker_pw(v: Values) -> list[Part]:
    return [
        "docker run -d -e POSTGRES_PASSWORD=",
        (PW, v.password().replace(" ", "")),
        " -p 5432:5432 postgres:16",
    ]


def portal_pw(v: Values) -> list[Part]:
    return [
        "my password for the benefits portal is ",
        (PW, v.password()),
        " and it keeps saying invalid, what am I doing wrong",
    ]


def jwt_secret(v: Values) -> list[Part]:
    return ["settings.py has JWT_SECRET = '", (SEC, v.chars(48)), "' hardcoded, move it to vault?"]
