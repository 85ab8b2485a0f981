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
import time
import uuid
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

# KEYS: requests bucket, tokens bucket. ARGV: rpm, tpm (0: no such limit), estimated tokens,
# the attempt's id. Returns {admitted (1/0), requests level before, tokens level before}
# (levels as strings: Lua numbers would be truncated to integers on the way out). A charge
# stores the attempt's id ('q'): the same attempt asked again after a late reply
# (connection.py retries a timeout once) is answered "admitted" without a second charge.
_ADMIT = """
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
  redis.call('HSET', key, 'l', tostring(l), 's', now, 'm', limit, 'q', ARGV[4])
  redis.call('PEXPIRE', key, 120000)
end
local rpm, tpm, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local rl, tl = level(KEYS[1], rpm), level(KEYS[2], tpm)
if redis.call('HGET', KEYS[rpm > 0 and 1 or 2], 'q') == ARGV[4] then
  rl = rl and math.min(rpm, rl + 1)
  tl = tl and math.min(tpm, tl + cost)
  return {1, tostring(rl or -1), tostring(tl or -1)}
end
local ok = 1
if (tpm > 0 and cost > tpm) or (rl ~= nil and rl < 1) or (tl ~= nil and tl < cost) then ok = 0 end
if ok == 1 then
  if rl ~= nil then store(KEYS[1], rl - 1, rpm) end
  if tl ~= nil then store(KEYS[2], tl - cost, tpm) end
end
return {ok, tostring(rl or -1), tostring(tl or -1)}
"""

# KEYS: tokens bucket. ARGV: tokens to give back (negative: to take), the limit.
_SETTLE = """
local v = redis.call('HMGET', KEYS[1], 'l')
local l = tonumber(v[1])
if l == nil then return 0 end
redis.call('HSET', KEYS[1], 'l', tostring(math.min(tonumber(ARGV[2]), l + tonumber(ARGV[1]))))
return 1
"""


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

    def _keys(self, key_id: str) -> list[str]:
        return [self._redis.key("rl", key_id, "r"), self._redis.key("rl", key_id, "t")]

    async def admit(self, key: ApiKey, tokens: int) -> Verdict:
        if key.rpm is None and key.tpm is None:
            return Verdict(True, charge=Charge(tokens, None, time.monotonic))
        args: list[int | str] = [key.rpm or 0, key.tpm or 0, tokens, uuid.uuid4().hex]
        keys = self._keys(key.id)
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
        """Send the settled differences; kept for the next flush if Redis is unreachable."""
        if not self._owed:
            return
        owed, self._owed = self._owed, {}

        async def send(client: Any) -> Any:
            pipe = client.pipeline(transaction=False)
            for key_id, (tokens, limit) in owed.items():
                await self._settle(keys=[self._keys(key_id)[1]], args=[tokens, limit], client=pipe)
            return await pipe.execute()

        if await self._redis.call(send) is DOWN:
            for key_id, (tokens, limit) in owed.items():  # merge back what came meanwhile
                later, _ = self._owed.get(key_id, (0, limit))
                self._owed[key_id] = (later + tokens, limit)

    def forget(self, keep_ids: set[str]) -> None:
        # Redis keys expire two minutes after their last use; only the local fallback keeps any.
        self.local.forget(keep_ids)
