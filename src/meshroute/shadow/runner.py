"""The shadow loop: a sampled share of answered requests also goes to the next tier, a judge
compares the two answers, the verdict is stored as a router label.

Called from ONE hook in the gateway, after a non-streamed answer succeeded (`after_answer`); the
hook only decides and starts a background task, so the client's answer is never delayed. Rules:
- only chat requests the fast scan found no entity in, and only if the DEEP scan (names,
  places) also finds none before anything leaves: no sensitive request is ever shadowed, so no
  sensitive prompt reaches a public target or the label table; without a detector, only private
  targets are used;
- the next tier and the judge must lie in the zones the client's key may reach;
- at most `max_in_flight` shadows run at once; beyond that a shadow is dropped, never queued;
- every shadow call (the next tier and both judge calls) is a ledger row with its tokens and
  cost: operation "shadow" or "judge", the request id of the request it shadows.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import orjson

from meshroute.config import Config, ShadowConfig, TargetConfig
from meshroute.ledger import LedgerEntry
from meshroute.shadow import judge as judging
from meshroute.shadow import store

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from meshroute.api.gateway import Call, Gateway
    from meshroute.routing.router import Routed

log = logging.getLogger("meshroute.shadow")
TIER_ORDER = {"edge": 0, "local": 1, "cloud": 2}


class Shadow:
    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.tasks: set[asyncio.Task[None]] = set()
        self._engine: Engine | None = None
        self.judged = 0  # labels stored since start (tests, metrics)

    def after_answer(self, call: Call, routed: Routed, answered: str, reply: bytes) -> None:
        """The gateway's hook: maybe start a shadow of this answered request."""
        config = self.gateway.config
        settings = config.routing.shadow
        if settings is None or not config.ledger.enabled or call.operation != "chat":
            return
        if routed.features.sensitive or not _sampled(call.request_id, settings.share):
            return
        if sum(len(text) for text in call.texts) > settings.max_prompt_chars:
            return
        if len(self.tasks) >= settings.max_in_flight:
            return
        zones = call.auth.key.zones if call.auth.key is not None else None
        pair = self._targets(config, settings, answered, routed.decision.model, zones)
        if pair is None:
            return
        task = asyncio.create_task(self._run(call, answered, reply, *pair, settings))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def _targets(
        self,
        config: Config,
        settings: ShadowConfig,
        answered: str,
        model: str | None,
        zones: frozenset[str] | None,
    ) -> tuple[TargetConfig, TargetConfig] | None:
        """(the next tier's target, the judge), or None when there is none the key may reach."""
        lower = TIER_ORDER.get(config.target(answered).tier, 0)
        healthy = {state.name for state in self.gateway.pool.states() if state.healthy}
        judge = config.target(settings.judge)
        if zones is not None and judge.zone not in zones:
            return None
        options = [
            t
            for t in config.targets
            if TIER_ORDER.get(t.tier, 0) > lower
            and t.name in healthy
            and t.name != settings.judge
            and (zones is None or t.zone in zones)
            and (model is None or model in t.models)
        ]
        if not options:
            return None
        return min(options, key=lambda t: TIER_ORDER.get(t.tier, 0)), judge

    async def _run(
        self,
        call: Call,
        answered: str,
        reply: bytes,
        strong: TargetConfig,
        judge: TargetConfig,
        settings: ShadowConfig,
    ) -> None:
        try:
            await self._shadow(call, answered, reply, strong, judge, settings)
        except Exception as exc:  # a shadow never affects serving: log (no prompt text), drop
            log.warning(
                "shadow dropped",
                extra={"request_id": call.request_id, "error": type(exc).__name__},
            )

    async def _shadow(
        self,
        call: Call,
        answered: str,
        reply: bytes,
        strong: TargetConfig,
        judge: TargetConfig,
        settings: ShadowConfig,
    ) -> None:
        texts = list(call.texts)
        if not await self._safe(texts, strong, judge):
            return
        weak_answer = judging.answer_text(orjson.loads(reply))
        body = {**call.body, "stream": False}
        strong_reply = await self._send(call, strong, body, "shadow")
        strong_answer = judging.answer_text(strong_reply)
        if weak_answer is None or strong_answer is None:
            return
        picks = await asyncio.gather(
            self._ask_judge(call, judge, texts, strong_answer, weak_answer),
            self._ask_judge(call, judge, texts, weak_answer, strong_answer),
        )
        verdict = judging.verdict(*picks)
        await asyncio.to_thread(
            store.insert,
            self._store(),
            request_id=call.request_id,
            texts=texts,
            weak_target=answered,
            strong_target=strong.name,
            judge=judge.name,
            verdict=verdict,
            retention_days=settings.retention_days,
        )
        self.judged += 1

    async def _safe(self, texts: list[str], strong: TargetConfig, judge: TargetConfig) -> bool:
        """No entity in the deep scan (or, without a detector, private targets only)."""
        detector = self.gateway.router.detector
        if detector is None:
            return strong.may_see_sensitive and judge.may_see_sensitive
        entities = await asyncio.to_thread(detector.scan, texts, deep=True)
        return not entities

    async def _ask_judge(
        self, call: Call, judge: TargetConfig, texts: list[str], first: str, second: str
    ) -> judging.Pick | None:
        request = judging.judge_request(judge.name, texts, first, second)
        answer = judging.answer_text(await self._send(call, judge, request, "judge"))
        return judging.pick_of(answer) if answer is not None else None

    async def _send(
        self, call: Call, target: TargetConfig, body: dict[str, Any], operation: str
    ) -> Any:
        """One call to `target`, costed in the ledger as `operation`."""
        running = self.gateway.pool.targets[target.name]
        started = time.perf_counter()
        result = await asyncio.wait_for(
            running.send("chat", body), target.effective_timeouts.total_s
        )
        latency_ms = (time.perf_counter() - started) * 1000
        self._account(call, target, operation, result.usage or {}, latency_ms)
        return orjson.loads(result.body)

    def _account(
        self,
        call: Call,
        target: TargetConfig,
        operation: str,
        usage: Mapping[str, Any],
        latency_ms: float,
    ) -> None:
        accounting = self.gateway.accounting
        if accounting is None:
            return
        tokens_in, tokens_out = (
            _int(usage.get("prompt_tokens")),
            _int(usage.get("completion_tokens")),
        )
        accounting.ledger.record(
            LedgerEntry(
                request_id=call.request_id,
                model=None,
                target=target.name,
                tier=target.tier,
                zone=target.zone,
                key_id=call.auth.key.id if call.auth.key else None,
                input_tokens=tokens_in,
                output_tokens=tokens_out,
                latency_ms=latency_ms,
                cost_usd=accounting.costs.cost(target.name, tokens_in, tokens_out, latency_ms),
                operation=operation,
            )
        )

    def _store(self) -> Engine:
        if self._engine is None:
            from meshroute.ledger.db import make_engine

            self._engine = make_engine(self.gateway.config.ledger.url)
        return self._engine

    async def close(self) -> None:
        """Wait briefly for running shadows, then drop the rest (shutdown)."""
        if self.tasks:
            _, pending = await asyncio.wait(set(self.tasks), timeout=5)
            for task in pending:
                task.cancel()
        if self._engine is not None:
            self._engine.dispose()


def _sampled(request_id: str, share: float) -> bool:
    digest = hashlib.sha256(request_id.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
