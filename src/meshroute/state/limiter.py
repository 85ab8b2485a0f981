"""Per-key rpm/tpm limits shared by every replica: the in-process token buckets
(auth/limits.py), kept in Redis and charged by one Lua script, so one round trip admits a
request whichever replica it reached.

The script reads Redis's own clock (TIME), so replicas on hosts whose clocks drift still
share one bucket. The token charge is an estimate, settled after the answer: the differences
are added up per key and sent every 0.25 s in one pipeline, so a request costs one round trip.
With Redis unreachable the replica falls back to its own in-process buckets: the limit then
holds per replica until Redis is back (docs/mesh.md).
"""

from __future__ import annotations

import math
import secrets
import time
from dataclasses import dataclass
from typing import Any

from meshroute.auth.keyfile import ApiKey
from meshroute.auth.limits import (
    Charge,
    RateLimiter,
    Verdict,
    _Bucket,
    _headers,
    _refusal,
)
from meshroute.state.connection import DOWN, SharedConnection

# Marks that make a repeat a no-op live this long. A repeated admission comes at once (the
# connection asks again after one timeout, 0.25 s): 10 s is far past that, and bounds the marks
# to the requests a key's limits admit in 10 s. A settlement batch may come again after the
# replica fell back, at its first reconnect (tried once a second): its mark lasts as long as a
# bucket does (120 s), a few hundred marks per replica (at most four flushes a second).
ATTEMPT_TTL_S = 10
BATCH_TTL_S = 120
BATCH_KEYS = 256  # token buckets per settlement script: bounds how long one call holds Redis

# KEYS: requests bucket, tokens bucket, the attempt's mark. ARGV: rpm, tpm (0: no such limit),
# estimated tokens, the mark's TTL (s). Returns {admitted (1/0), requests level before, tokens
# level before} (levels as strings: Lua numbers would be truncated to integers on the way out).
# A charge writes the attempt's own mark, holding the levels it answered, in the same script
# (atomic): the same attempt asked again (a late reply) gets that answer and no second charge,
# whatever was admitted in between. Refusals write no mark (nothing to undo; a flood of
# refused requests adds no keys) and are decided afresh.
_ADMIT = """
local seen = redis.call('GET', KEYS[3])
if seen then
  local rl, tl = string.match(seen, '^(%S+) (%S+)$')
  return {1, rl, tl}
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function level(key, limit)
  if limit <= 0 then return nil end
  local v = redis.call('HMGET', key, 'l', 's', 'm')
  local l, s, m = tonumber(v[1]), tonumber(v[2]), tonumber(v[3])
  if l == nil then return limit end
  if m ~= limit then l = math.min(l, limit) end
  return math.min(limit, l + (now - s) * limit / 60000)
end
local function store(key, l, limit)
  redis.call('HSET', key, 'l', tostring(l), 's', now, 'm', limit)
  redis.call('PEXPIRE', key, 120000)
end
local rpm, tpm, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local rl, tl = level(KEYS[1], rpm), level(KEYS[2], tpm)
local answer = {1, tostring(rl or -1), tostring(tl or -1)}
if (tpm > 0 and cost > tpm) or (rl ~= nil and rl < 1) or (tl ~= nil and tl < cost) then
  answer[1] = 0
  return answer
end
if rl ~= nil then store(KEYS[1], rl - 1, rpm) end
if tl ~= nil then store(KEYS[2], tl - cost, tpm) end
redis.call('SET', KEYS[3], answer[2] .. ' ' .. answer[3], 'EX', ARGV[4])
return answer
"""

# KEYS: the batch's mark, then token buckets. ARGV: the mark's TTL (s), then per bucket the
# tokens to give back (negative: to take) and the limit. The mark is set (NX) in the same
# script as the changes, so a batch asked twice (a late reply, or sent again after a fallback)
# is applied once: returns 0 when it was already.
_SETTLE = """
if not redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[1]) then return 0 end
for i = 2, #KEYS do
  local l = tonumber(redis.call('HGET', KEYS[i], 'l'))
  if l ~= nil then
    local total = math.min(tonumber(ARGV[2 * i - 1]), l + tonumber(ARGV[2 * i - 2]))
    redis.call('HSET', KEYS[i], 'l', tostring(total))
  end
end
return 1
"""

# One settlement script call: its id, then (key id, tokens, limit) per bucket.
_Batch = tuple[str, list[tuple[str, int, int]]]


@dataclass(slots=True)
class SharedCharge(Charge):
    """A charge on the shared token bucket: settling sends the difference to Redis."""

    limiter: RedisLimiter | None = None
    key_id: str = ""
    limit: int = 0

    def settle(self, used_tokens: int | None) -> None:
        if self.settled:
            return
        self.settled = True
        if used_tokens is None or self.limiter is None or self.limit <= 0:
            return
        self.limiter.refund(self.key_id, self.tokens - max(0, used_tokens), self.limit)


class RedisLimiter:
    """The `Limiter` of auth/limits.py, on Redis; falls back to `RateLimiter` when it is down."""

    def __init__(self, connection: SharedConnection) -> None:
        self._redis = connection
        self._admit = connection.client.register_script(_ADMIT)
        self._settle = connection.client.register_script(_SETTLE)
        self.local = RateLimiter()
        self._owed: dict[str, tuple[int, int]] = {}  # key id -> (tokens to give back, limit)
        self._unanswered: list[_Batch] = []  # sent, maybe applied: sent again under its ids

    def _keys(self, key_id: str) -> list[str]:
        return [self._redis.key("rl", key_id, "r"), self._redis.key("rl", key_id, "t")]

    async def admit(self, key: ApiKey, tokens: int) -> Verdict:
        if key.rpm is None and key.tpm is None:
            return Verdict(True, charge=Charge(tokens, None, time.monotonic))
        # 96 random bits: unique among a key's attempts of the mark's 10 s, in 16 characters
        keys = [*self._keys(key.id), self._redis.key("rl", key.id, "a", secrets.token_urlsafe(12))]
        args = [key.rpm or 0, key.tpm or 0, tokens, ATTEMPT_TTL_S]
        result = await self._redis.call(lambda _client: self._admit(keys=keys, args=args))
        if result is DOWN:
            return self.local.check(key, tokens)
        assert isinstance(result, list)
        return self._verdict(key, tokens, result)

    def _verdict(self, key: ApiKey, tokens: int, result: list[Any]) -> Verdict:
        admitted, requests_level, tokens_level = int(result[0]), float(result[1]), float(result[2])
        now = time.monotonic()
        requests = _Bucket(key.rpm, requests_level, now) if key.rpm else None
        token_bucket = _Bucket(key.tpm, tokens_level, now) if key.tpm else None
        if not admitted:
            reason, wait = _refusal(requests, token_bucket, tokens)
            headers = _headers(requests, token_bucket)
            retry = max(1, math.ceil(wait))
            headers["retry-after"] = str(retry)
            return Verdict(False, headers, retry, reason or "limit reached")
        if requests is not None:
            requests.level -= 1
        if token_bucket is not None:
            token_bucket.level -= tokens
        charge = SharedCharge(tokens, None, time.monotonic, False, self, key.id, key.tpm or 0)
        return Verdict(True, _headers(requests, token_bucket), charge=charge)

    def refund(self, key_id: str, tokens: int, limit: int) -> None:
        """Give back (or take) `tokens` on the shared bucket: added up per key and sent by
        `flush` (every 0.25 s, all keys in one pipeline), so a request costs one round trip."""
        if tokens == 0:
            return
        owed, _ = self._owed.get(key_id, (0, limit))
        self._owed[key_id] = (owed + tokens, limit)

    async def flush(self) -> None:
        """Send the settled differences in one pipeline (two after a fallback). A send without
        an answer may have been applied (a late reply), so it is sent again as it was, under
        its batch ids, before anything newer: Redis applies each batch once."""
        if self._unanswered and not await self._send(self._unanswered):
            return  # still unanswered; new settlements keep adding up meanwhile
        if not self._owed:
            return
        owed, self._owed = self._owed, {}
        entries = [(key_id, tokens, limit) for key_id, (tokens, limit) in owed.items()]
        self._unanswered = [
            (secrets.token_urlsafe(12), entries[i : i + BATCH_KEYS])
            for i in range(0, len(entries), BATCH_KEYS)
        ]
        await self._send(self._unanswered)

    async def _send(self, batches: list[_Batch]) -> bool:
        """`batches` in one pipeline; False (kept unanswered) if Redis is unreachable."""

        async def send(client: Any) -> Any:
            pipe = client.pipeline(transaction=False)
            for batch_id, entries in batches:
                keys = [self._redis.key("rl", "settled", batch_id)]
                args: list[int] = [BATCH_TTL_S]
                for key_id, tokens, limit in entries:
                    keys.append(self._keys(key_id)[1])
                    args += [tokens, limit]
                await self._settle(keys=keys, args=args, client=pipe)
            return await pipe.execute()

        if await self._redis.call(send) is DOWN:
            return False
        self._unanswered = []
        return True

    def forget(self, keep_ids: set[str]) -> None:
        # Redis keys expire two minutes after their last use; only the local fallback keeps any.
        self.local.forget(keep_ids)
