"""``RedisStore``: the endpoints' :class:`~realtime_ext.asgi.Store` (and the call runner's
:class:`~realtime_ext.asgi.CallStore`) in Redis, for apps served by several processes or
machines.

Nothing here is home-made consensus: a claim is one ``SET key value NX PX lease`` (Redis
sets it for one caller only), and renewing, finishing or releasing it is one Lua script that
compares the owner token and changes the key in the same step (Redis runs a script
atomically). Rate limits are counted by the ``limits`` package's moving window on the same
Redis (its own Lua scripts), over the same connection pool.

The calls being run are listed in one sorted set, each scored by its run claim's lease
deadline (Redis's own clock, so the workers' clocks need not agree), beside a record per
call. A worker finds the calls whose worker died by reading the members scored before now
(one ``ZRANGEBYSCORE``, polled), and takes one over with a script that checks, in the same
step, that its run claim is really gone before claiming it: one worker gets it. Polled
rather than told by keyspace notifications: those need ``notify-keyspace-events`` set on
the server (often off, and not settable on managed Redis), are lost while no worker
listens (all restarting), come when Redis gets round to expiring a key, and reach every
worker; the sorted set is read on any Redis, by any worker, whenever it looks.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, cast

from realtime_ext import InvalidArgumentError

from ._store import CALL_RECORD_SECONDS, ClaimState, rate_limiter_hit

if TYPE_CHECKING:
    from limits.aio.strategies import MovingWindowRateLimiter
    from redis.asyncio import Redis

__all__ = ["RedisStore"]

DEFAULT_TIMEOUT = 5.0
"""Seconds a RedisStore built from a URL waits to connect or for an answer."""
_RUNNING = "run:"
_DONE = "done"
_LAPSED_BATCH = 16
"""Lapsed calls read per look (taken over one at a time; the next look reads more)."""

# Redis's clock in milliseconds, inside a script (every worker's deadlines on one clock).
_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""
# Lists the call (KEYS[3] the sorted set, ARGV[4] its member) with its lease's deadline, and
# keeps the set at least as long as the record (ARGV[5] milliseconds).
_LIST = """
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[2]), ARGV[4])
if redis.call('PTTL', KEYS[3]) < tonumber(ARGV[5]) then
    redis.call('PEXPIRE', KEYS[3], ARGV[5])
end
"""

# KEYS[1] the delivery; ARGV[1] the owner's value, ARGV[2] milliseconds.
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
_FINISH = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
    return 1
end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""
# KEYS[1] the run claim, KEYS[2] the call's record, KEYS[3] the calls' sorted set; ARGV[1]
# the owner's value, ARGV[2] the lease (ms), ARGV[3] the record, ARGV[4] the set's member,
# ARGV[5] the record's lifetime (ms).
_CLAIM_CALL = (
    """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
    if redis.call('GET', KEYS[1]) == 'done' then return 'handled' end
    return 'running'
end
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[5])
"""
    + _NOW
    + _LIST
    + """
return 'new'
"""
)
_RENEW_CALL = (
    """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
"""
    + _NOW
    + _LIST
    + """
return 1
"""
)
# ARGV[3] the kept marker's lifetime (ms) instead of the record.
_FINISH_CALL = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'done', 'PX', ARGV[3])
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[4])
return 1
"""
# KEYS[1] the calls' sorted set; ARGV[1] how many: the members whose deadline passed.
_LAPSED = (
    _NOW
    + """
return redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
"""
)
# As _CLAIM_CALL's keys and arguments (ARGV[3] unused): the record when the run claim is
# gone and the record is not, now claimed for ARGV[1]; otherwise the listing is mended (a
# finished or forgotten call leaves it; a held one gets its true deadline) and nil returned.
_TAKE_OVER_CALL = (
    _NOW
    + """
local held = redis.call('GET', KEYS[1])
if held == 'done' then
    redis.call('ZREM', KEYS[3], ARGV[4])
    redis.call('DEL', KEYS[2])
    return false
end
if held then
    redis.call('ZADD', KEYS[3], now + math.max(redis.call('PTTL', KEYS[1]), 0), ARGV[4])
    return false
end
local record = redis.call('GET', KEYS[2])
if not record then
    redis.call('ZREM', KEYS[3], ARGV[4])
    return false
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
"""
    + _LIST
    + """
return record
"""
)


def _ms(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))


def _text(value: object) -> str:
    # A client made with decode_responses=True answers str, otherwise bytes.
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class RedisStore:
    """A :class:`~realtime_ext.asgi.Store` in Redis: one claim per webhook delivery and one
    rate-limit count per client for every worker that shares it.

    ``redis`` is a ``redis://`` (or ``rediss://``, ``unix://``) URL or a
    ``redis.asyncio.Redis`` client the app already has (its connection pool is used, for the
    rate limits too). Keys start with ``prefix`` in braces, ``{prefix}:`` (so apps can share a
    database; the braces are a Redis Cluster hash tag: the scripts that touch a call's claim,
    its record and the list of running calls at once find them on one node); a handled
    delivery's key lives as long as the endpoint keeps it (OpenAI's 72-hour retry horizon),
    a running one its lease. Built from a URL, its client waits at most 5 seconds to connect
    or for an answer (``?socket_timeout=`` in the URL changes it). Needs
    ``pip install 'realtime-ext[redis]'`` (redis-py and ``limits``). Redis errors reach the
    endpoint, which answers 503 with ``Retry-After``: a delivery is never handled unclaimed.

    Example::

        from realtime_ext.asgi import RedisStore, token_endpoint, webhook_endpoint

        store = RedisStore("redis://127.0.0.1:6379/0")
        app.mount("/webhooks/openai", webhook_endpoint(on_event, store=store))
        app.mount(
            "/token",
            token_endpoint(
                session,
                allowed_origins=["https://app.example.com"],
                rate_limit="20/minute",
                store=store,
            ),
        )
    """

    def __init__(self, redis: str | Redis, *, prefix: str = "realtime-ext") -> None:
        try:
            import redis.asyncio as aioredis
        except ImportError:
            raise InvalidArgumentError(
                "RedisStore needs the redis package: pip install 'realtime-ext[redis]'"
            ) from None
        if not isinstance(prefix, str) or not prefix:
            raise InvalidArgumentError(f"prefix must be a non-empty str, got {prefix!r}")
        if isinstance(redis, str):
            if not redis.startswith(("redis://", "rediss://", "unix://")):
                # Never the URL itself: it may carry a password.
                raise InvalidArgumentError(
                    "RedisStore takes a redis://, rediss:// or unix:// URL or a "
                    "redis.asyncio.Redis client"
                )
            # Timeouts, so a stopped or unreachable Redis answers the delivery 503 instead of
            # hanging it (redis-py < 6 waits forever by default); the URL's own
            # ?socket_timeout= and ?socket_connect_timeout= win over these.
            # redis-py leaves from_url's **kwargs untyped.
            client = aioredis.Redis.from_url(  # pyright: ignore[reportUnknownMemberType]
                redis, socket_timeout=DEFAULT_TIMEOUT, socket_connect_timeout=DEFAULT_TIMEOUT
            )
        elif isinstance(redis, aioredis.Redis):
            client = redis
        else:
            raise InvalidArgumentError(
                "RedisStore takes a redis:// URL or a redis.asyncio.Redis client, "
                f"got {type(redis).__name__}"
            )
        self.redis: Redis = client
        """The client every command goes through."""
        self.prefix: str = prefix
        """The ``prefix=`` given (the rate limits' namespace)."""
        self.keyspace: str = "{" + prefix + "}"
        """What every claim, record and list key starts with: ``prefix`` as a Redis Cluster
        hash tag, so the keys one script touches are in one hash slot (a cluster refuses a
        script whose keys are on different nodes)."""
        self._renew = client.register_script(_RENEW)
        self._finish = client.register_script(_FINISH)
        self._release = client.register_script(_RELEASE)
        self._claim_call = client.register_script(_CLAIM_CALL)
        self._renew_call = client.register_script(_RENEW_CALL)
        self._finish_call = client.register_script(_FINISH_CALL)
        self._lapsed = client.register_script(_LAPSED)
        self._take_over_call = client.register_script(_TAKE_OVER_CALL)
        self._limiter: MovingWindowRateLimiter | None = None

    def __repr__(self) -> str:  # never the URL: it may carry a password
        return f"RedisStore(prefix={self.prefix!r})"

    def _key(self, key: str) -> str:
        return f"{self.keyspace}:delivery:{key}"

    async def claim(self, key: str, owner: str, lease: float) -> ClaimState:
        """See :meth:`Store.claim <realtime_ext.asgi.Store.claim>`."""
        name = self._key(key)
        # Three tries at most: the key can expire between the SET that found it and the GET
        # that reads it (then it is free and the next SET may take it).
        for _ in range(3):
            if await self.redis.set(name, _RUNNING + owner, nx=True, px=_ms(lease)):
                return "new"
            held: object = await self.redis.get(name)
            if held is not None:
                return "handled" if _text(held) == _DONE else "running"
        return "running"

    async def renew(self, key: str, owner: str, lease: float) -> bool:
        """See :meth:`Store.renew <realtime_ext.asgi.Store.renew>`."""
        done = await self._renew(keys=[self._key(key)], args=[_RUNNING + owner, _ms(lease)])
        return bool(done)

    async def finish(self, key: str, owner: str, keep: float) -> bool:
        """See :meth:`Store.finish <realtime_ext.asgi.Store.finish>`."""
        done = await self._finish(keys=[self._key(key)], args=[_RUNNING + owner, _ms(keep)])
        return bool(done)

    async def release(self, key: str, owner: str) -> None:
        """See :meth:`Store.release <realtime_ext.asgi.Store.release>`."""
        await self._release(keys=[self._key(key)], args=[_RUNNING + owner])

    def _call_keys(self, key: str) -> list[str]:
        return [self._key(key), f"{self.keyspace}:call:{key}", f"{self.keyspace}:calls"]

    async def claim_call(self, key: str, owner: str, lease: float, record: str) -> ClaimState:
        """See :meth:`CallStore.claim_call <realtime_ext.asgi.CallStore.claim_call>`."""
        state = await self._claim_call(
            keys=self._call_keys(key),
            args=[_RUNNING + owner, _ms(lease), record, key, _ms(lease + CALL_RECORD_SECONDS)],
        )
        return cast("ClaimState", _text(state))

    async def renew_call(self, key: str, owner: str, lease: float) -> bool:
        """See :meth:`CallStore.renew_call <realtime_ext.asgi.CallStore.renew_call>`."""
        done = await self._renew_call(
            keys=self._call_keys(key),
            args=[_RUNNING + owner, _ms(lease), "", key, _ms(lease + CALL_RECORD_SECONDS)],
        )
        return bool(done)

    async def finish_call(self, key: str, owner: str, keep: float) -> bool:
        """See :meth:`CallStore.finish_call <realtime_ext.asgi.CallStore.finish_call>`."""
        done = await self._finish_call(
            keys=self._call_keys(key), args=[_RUNNING + owner, 0, _ms(keep), key]
        )
        return bool(done)

    async def take_over_call(self, owner: str, lease: float) -> tuple[str, str] | None:
        """See :meth:`CallStore.take_over_call <realtime_ext.asgi.CallStore.take_over_call>`."""
        lapsed = await self._lapsed(keys=[f"{self.keyspace}:calls"], args=[_LAPSED_BATCH])
        for member in cast("list[object]", lapsed):
            key = _text(member)
            record = await self._take_over_call(
                keys=self._call_keys(key),
                args=[_RUNNING + owner, _ms(lease), "", key, _ms(lease + CALL_RECORD_SECONDS)],
            )
            if record is not None:
                return key, _text(record)
        return None

    async def hit(self, key: str, limit: int, window: int) -> float:
        """See :meth:`Store.hit <realtime_ext.asgi.Store.hit>`."""
        if self._limiter is None:
            from limits.aio.storage import RedisStorage
            from limits.aio.strategies import MovingWindowRateLimiter

            # limits builds its own redis.asyncio client over this one's pool: one set of
            # connections, one server, the same database.
            options = cast("dict[str, Any]", {"connection_pool": self.redis.connection_pool})
            storage = RedisStorage("async+redis://", implementation="redispy", **options)
            self._limiter = MovingWindowRateLimiter(storage)
        return await rate_limiter_hit(self._limiter, self.prefix, key, limit, window)

    async def aclose(self) -> None:
        """Close the client's connections (a client the app passed in too).

        Example::

            await store.aclose()
        """
        await self.redis.aclose()
