"""What the endpoints share between requests: webhook delivery claims and rate-limit counts.

:class:`Store` is the small interface the endpoints use; :class:`MemoryStore` (the default)
keeps it in this process, :class:`~realtime_ext.asgi.RedisStore` in Redis, for apps served by
several processes or machines, which then see one claim per delivery and one count per client.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import get_logger

if TYPE_CHECKING:
    from limits.aio.strategies import MovingWindowRateLimiter

__all__ = [
    "CALL_RECORD_SECONDS",
    "DEFAULT_REMEMBER",
    "CallStore",
    "ClaimState",
    "MemoryStore",
    "Store",
    "check_seconds_positive",
    "finish_claim",
    "keep_claim",
    "rate_limiter_hit",
    "release_claim",
]

_logger = get_logger("realtime_ext.asgi")

DEFAULT_REMEMBER = 10_000
"""Delivery ids a :class:`MemoryStore` remembers so that a redelivery of one is not handled
again (and handlers that may run at once)."""

ClaimState = Literal["new", "handled", "running", "full"]
"""What :meth:`Store.claim` found: ``"new"`` (claimed now: run the handler), ``"handled"``
(finished before: acknowledge), ``"running"`` (claimed by a live handler: retry later) or
``"full"`` (no room to remember another running delivery: retry later)."""


@runtime_checkable
class Store(Protocol):
    """Where the endpoints keep what every worker must agree on.

    A webhook delivery is *claimed* before its handler runs: the claim names its owner (a
    random token per attempt) and holds for a *lease* of seconds, renewed while the handler
    runs. When the handler returns the claim is *finished* (kept ``keep`` seconds, so a
    redelivery is acknowledged, not handled again); when it fails it is *released* (the
    retry is handled). A claim whose owner died is not renewed: once its lease runs out the
    next delivery takes it over. Renew, finish and release act only while ``owner`` still
    holds the claim. :meth:`hit` counts one request of a client against a rate limit.

    :class:`MemoryStore` and :class:`~realtime_ext.asgi.RedisStore` implement it; any object
    with these five coroutines can stand in (a test double, another database).

    Example::

        store: Store = MemoryStore()
        state = await store.claim("msg_1", "owner-1", 30.0)  # "new"
        await store.finish("msg_1", "owner-1", 3600.0)
        await store.claim("msg_1", "owner-2", 30.0)  # "handled"
    """

    async def claim(self, key: str, owner: str, lease: float) -> ClaimState:
        """Claim ``key`` for ``owner`` for ``lease`` seconds if nobody holds it; say what
        it is otherwise."""
        ...

    async def renew(self, key: str, owner: str, lease: float) -> bool:
        """Extend ``owner``'s claim on ``key`` to ``lease`` seconds from now; False when
        ``owner`` no longer holds it (its lease ran out and another took it over)."""
        ...

    async def finish(self, key: str, owner: str, keep: float) -> bool:
        """Mark ``owner``'s claim on ``key`` handled, remembered for ``keep`` seconds; False
        when ``owner`` no longer holds it."""
        ...

    async def release(self, key: str, owner: str) -> None:
        """Drop ``owner``'s claim on ``key`` (its handling failed: a retry is handled)."""
        ...

    async def hit(self, key: str, limit: int, window: int) -> float:
        """Count one request of client ``key`` against ``limit`` requests per ``window``
        seconds: 0.0 when it is within the limit, else the seconds until one would be."""
        ...


CALL_RECORD_SECONDS = 3600.0
"""Seconds a running call's record outlives its run claim's lease: a call whose worker died
is taken over while its record lasts (renewed with the claim while the call runs)."""


@runtime_checkable
class CallStore(Store, Protocol):
    """A :class:`Store` that also keeps the calls being run, so that another worker takes
    over a call whose worker died (what :class:`~realtime_ext.asgi.CallRunner` needs).

    A call's *run claim* is a claim (as :meth:`Store.claim`) held by the worker running
    the call, with the call's *record* (what another worker needs to run it: the runner
    writes the call's incoming webhook event, whose type names its API) and its lease's
    deadline listed together.
    The worker renews it while the call runs and finishes it when the call ends (which
    forgets the record). When a worker dies its claims are no longer renewed: once a lease
    has run out, :meth:`take_over_call` gives the call (its key and record) to one caller
    only, now holding its run claim. A record lives an hour past its lease at most
    (``CALL_RECORD_SECONDS``).

    :class:`MemoryStore` and :class:`~realtime_ext.asgi.RedisStore` implement it.

    Example::

        store: CallStore = MemoryStore()
        await store.claim_call("call-1:run", "owner-1", 5.0, event_json)  # "new"
        await store.renew_call("call-1:run", "owner-1", 5.0)  # True while owner-1 holds it
        taken = await store.take_over_call("owner-2", 5.0)  # None: its lease holds
        await store.finish_call("call-1:run", "owner-1", 3600.0)  # ended: record forgotten
    """

    async def claim_call(self, key: str, owner: str, lease: float, record: str) -> ClaimState:
        """:meth:`Store.claim` of a call's run claim, listing the call with ``record``
        while it is held."""
        ...

    async def renew_call(self, key: str, owner: str, lease: float) -> bool:
        """:meth:`Store.renew` of a run claim (its record kept as long)."""
        ...

    async def finish_call(self, key: str, owner: str, keep: float) -> bool:
        """:meth:`Store.finish` of a run claim: the call ended, its record is forgotten."""
        ...

    async def take_over_call(self, owner: str, lease: float) -> tuple[str, str] | None:
        """Claim for ``owner`` (for ``lease`` seconds) one listed call whose run claim's
        lease ran out; its key and record, or None when there is none. Exactly one caller
        gets each such call."""
        ...


def check_seconds_positive(value: object, name: str) -> float:
    """``value`` as a float of seconds > 0, or :class:`InvalidArgumentError`."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 < value < float("inf")
    ):
        raise InvalidArgumentError(f"{name} must be a number of seconds > 0, got {value!r}")
    return float(value)


Renew = Callable[[str, str, float], Awaitable[bool]]
"""A store's renewal or finish of a claim (``Store.renew``, ``CallStore.renew_call``,
``Store.finish``, ``CallStore.finish_call``): ``(key, owner, seconds)``, whether held."""


async def keep_claim(renew: Renew, key: str, owner: str, lease: float, what: str) -> None:
    """Renew ``owner``'s claim on ``key`` with ``renew`` (``store.renew``) every third of
    ``lease`` while the work it guards runs (run it as a task, cancelled when the work ends);
    ``what`` names the claim in the log ("webhook msg_1"). Returns once the claim is lost."""
    while True:
        await asyncio.sleep(lease / 3)
        try:
            held = await renew(key, owner, lease)
        except Exception as exc:  # tried again at the next turn
            _logger.warning("%s: renewing its claim failed: %r", what, exc)
            continue
        if not held:
            _logger.warning(
                "%s: its claim ran out while it is being handled (another worker may take it over)",
                what,
            )
            return


async def finish_claim(finish: Renew, key: str, owner: str, keep: float, what: str) -> None:
    """Mark ``owner``'s claim on ``key`` done with ``finish`` (``store.finish``; remembered
    ``keep`` seconds) once the work it guarded is done; a store error or a claim lost
    meanwhile is logged (the work is done all the same: once the claim's lease runs out
    another worker could take it up again)."""
    try:
        kept = await finish(key, owner, keep)
    except Exception as exc:
        _logger.error("%s: done, but the store did not record it: %r", what, exc)
    else:
        if not kept:
            _logger.warning(
                "%s: done after its claim's lease ran out (it was not renewed in time): "
                "another worker may have taken it up too",
                what,
            )


async def release_claim(store: Store, key: str, owner: str, what: str) -> None:
    """Drop ``owner``'s claim on ``key`` after the work it guarded failed or was cancelled,
    so the next attempt takes it at once; a store error is logged (the lease then ends it)."""
    try:
        # Shielded: a second cancellation must not leave the claim held until its lease
        # runs out.
        await asyncio.shield(store.release(key, owner))
    except Exception as exc:
        _logger.warning("%s: releasing its claim failed: %r", what, exc)
    except asyncio.CancelledError:
        pass


def rate_key(key: str) -> str:
    """A client's key as stored: hashed, so a long or odd key (a user id, an address) makes
    a short, fixed-size name and is not kept in clear in a shared database."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


async def rate_limiter_hit(
    limiter: MovingWindowRateLimiter, namespace: str, key: str, limit: int, window: int
) -> float:
    """One hit through ``limits``' moving window (the same code for memory and Redis):
    0.0 when allowed, else the seconds until the oldest counted request leaves the window.
    ``namespace`` goes first in the stored key (limits 4.2, the floor, has no key prefix
    option for its asyncio Redis storage)."""
    from limits import RateLimitItemPerSecond

    item = RateLimitItemPerSecond(limit, window)
    names = (namespace, "token", rate_key(key))
    if await limiter.hit(item, *names):
        return 0.0
    stats = await limiter.get_window_stats(item, *names)
    return max(stats.reset_time - time.time(), 0.001)


class MemoryStore:
    """A :class:`Store` (and :class:`CallStore`) in this process: right for an app served by
    one process.

    Remembers the last ``remember`` handled delivery ids (each for the ``keep`` seconds
    :meth:`finish` is given) besides those whose handler runs now; a running one is never
    forgotten (its redelivery would be handled twice at once), so when ``remember``
    handlers run at once a new delivery gets ``"full"``. Rate limits count with the
    ``limits`` package's moving window in memory (``pip install 'realtime-ext[ratelimit]'``).
    Several worker processes each keep their own: use
    :class:`~realtime_ext.asgi.RedisStore` for them.

    Example::

        endpoint = webhook_endpoint(on_event, store=MemoryStore(remember=1000))
    """

    __slots__ = ("_calls", "_done", "_limit", "_limiter", "_running")

    def __init__(self, *, remember: int = DEFAULT_REMEMBER) -> None:
        if isinstance(remember, bool) or not isinstance(remember, int) or remember < 1:
            raise InvalidArgumentError(f"remember must be an int >= 1, got {remember!r}")
        # running id -> (owner, lease end, monotonic)
        self._running: dict[str, tuple[str, float]] = {}
        # handled id -> until when it is remembered (monotonic), oldest first.
        self._done: OrderedDict[str, float] = OrderedDict()
        # run claims' keys -> (the call's record, until when it is kept: monotonic)
        self._calls: dict[str, tuple[str, float]] = {}
        self._limit = remember
        self._limiter: MovingWindowRateLimiter | None = None

    def __repr__(self) -> str:
        return f"MemoryStore(remember={self._limit})"

    async def claim(self, key: str, owner: str, lease: float) -> ClaimState:
        """See :meth:`Store.claim`."""
        now = time.monotonic()
        held = self._running.get(key)
        if held is not None:
            if held[1] > now:
                return "running"
            del self._running[key]  # its lease ran out: taken over below
        done = self._done
        until = done.get(key)
        if until is not None and until > now:
            return "handled"
        # Room for one more: the oldest handled ids go (expired ones in any case).
        while done and (
            len(done) + len(self._running) >= self._limit or next(iter(done.values())) <= now
        ):
            done.popitem(last=False)
        if len(self._running) >= self._limit:
            return "full"
        done.pop(key, None)
        self._running[key] = (owner, now + lease)
        return "new"

    def _holds(self, key: str, owner: str) -> bool:
        held = self._running.get(key)
        return held is not None and held[0] == owner

    async def renew(self, key: str, owner: str, lease: float) -> bool:
        """See :meth:`Store.renew`."""
        if not self._holds(key, owner):
            return False
        self._running[key] = (owner, time.monotonic() + lease)
        return True

    async def finish(self, key: str, owner: str, keep: float) -> bool:
        """See :meth:`Store.finish`."""
        if not self._holds(key, owner):
            return False
        del self._running[key]
        self._done.pop(key, None)
        self._done[key] = time.monotonic() + keep
        return True

    async def release(self, key: str, owner: str) -> None:
        """See :meth:`Store.release`."""
        if self._holds(key, owner):
            del self._running[key]

    async def claim_call(self, key: str, owner: str, lease: float, record: str) -> ClaimState:
        """See :meth:`CallStore.claim_call`."""
        state = await self.claim(key, owner, lease)
        if state == "new":
            self._calls[key] = (record, time.monotonic() + lease + CALL_RECORD_SECONDS)
        return state

    async def renew_call(self, key: str, owner: str, lease: float) -> bool:
        """See :meth:`CallStore.renew_call`."""
        call = self._calls.get(key)
        if call is None or not await self.renew(key, owner, lease):
            return False
        self._calls[key] = (call[0], time.monotonic() + lease + CALL_RECORD_SECONDS)
        return True

    async def finish_call(self, key: str, owner: str, keep: float) -> bool:
        """See :meth:`CallStore.finish_call`."""
        if not await self.finish(key, owner, keep):
            return False
        self._calls.pop(key, None)
        return True

    async def take_over_call(self, owner: str, lease: float) -> tuple[str, str] | None:
        """See :meth:`CallStore.take_over_call`."""
        now = time.monotonic()
        for key, (record, until) in list(self._calls.items()):
            held = self._running.get(key)
            if held is not None and held[1] > now:
                continue  # its worker renews it
            if until <= now or held is None:  # forgotten, or finished or released
                del self._calls[key]
                continue
            self._running[key] = (owner, now + lease)
            self._calls[key] = (record, now + lease + CALL_RECORD_SECONDS)
            return key, record
        return None

    async def hit(self, key: str, limit: int, window: int) -> float:
        """See :meth:`Store.hit`."""
        if self._limiter is None:
            from limits.aio.storage import MemoryStorage
            from limits.aio.strategies import MovingWindowRateLimiter

            self._limiter = MovingWindowRateLimiter(MemoryStorage())
        return await rate_limiter_hit(self._limiter, "memory", key, limit, window)
