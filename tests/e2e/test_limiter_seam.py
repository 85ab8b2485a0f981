"""The Limiter seam: any object with async `admit` and `forget` holds the per-key limits
(issue 12; a shared one across replicas comes next). Here one that refuses every second
request, through a real gateway with a real key file."""

from __future__ import annotations

from pathlib import Path

import httpx

from meshroute.api.app import create_app
from meshroute.auth import ApiKey, Verdict
from meshroute.auth.keyfile import new_key, write_keys
from meshroute.config import Config
from meshroute.targets.fake import Behaviour, fake_targets
from support import ServerThread, free_port


class EverySecond:
    def __init__(self) -> None:
        self.seen: list[tuple[str, int]] = []

    async def admit(self, key: ApiKey, tokens: int) -> Verdict:
        self.seen.append((key.name, tokens))
        if len(self.seen) % 2 == 0:
            return Verdict(False, {"retry-after": "1"}, 1, "every second request")
        return Verdict(True)

    def forget(self, keep_ids: set[str]) -> None:
        pass


def test_a_custom_limiter_decides(tmp_path: Path) -> None:
    token, record = new_key("ci", existing=[])
    write_keys(tmp_path / "keys.json", [record])
    config = Config.model_validate(
        {
            "server": {"key_file": str(tmp_path / "keys.json")},
            "ledger": {"enabled": False},
            "targets": [
                {
                    "name": "box",
                    "kind": "openai",
                    "base_url": "http://127.0.0.1:9/v1",
                    "upstream_model": "m",
                    "tier": "local",
                    "zone": "private",
                    "models": {"assistant": "v1"},
                }
            ],
        }
    )
    limiter = EverySecond()
    app = create_app(config, targets=fake_targets({"box": Behaviour()}), limiter=limiter)
    server = ServerThread(app, free_port())
    server.start()
    try:
        url = f"http://127.0.0.1:{server.port}/v1/chat/completions"
        body = {"model": "assistant", "messages": [{"role": "user", "content": "hi"}]}
        headers = {"authorization": f"Bearer {token}"}
        codes = [httpx.post(url, json=body, headers=headers).status_code for _ in range(4)]
    finally:
        server.stop()
    assert codes == [200, 429, 200, 429]
    assert [name for name, _ in limiter.seen] == ["ci"] * 4
