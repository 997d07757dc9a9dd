"""Timeouts hold under faults, reconnects included (issue 68, item 3).

Resets, truncations, delays and slow drips are injected (:class:`FaultProxy`) under
``calls.create``, ``client_secrets.create`` and WebSocket turns run as
``run_until("response.done", timeout=T)``, with the default settings (reconnect on, its
default backoff), blocking and asyncio. Each call returns or raises the SDK's typed error
within the timeout it was given (or its documented bound) plus :data:`MARGIN`, measured
by :class:`Stopwatch` (scheduler queueing left out), and no SDK thread outlives ``close()``.

The issue's turns had ``timeout=5``; here ``T`` is 0.5 s, which the reconnect's default
backoff (0.375-0.5 s before the first attempt, doubling) outlasts as soon as one attempt
fails: the same race between the caller's time and the reconnect's, for a tenth of the cost.
Before the fix such a turn took as long as the whole reconnect (seconds), not ``T``.
"""

from __future__ import annotations

import asyncio
import contextlib
import faulthandler
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, OpenAIError, RealtimeClient, UndeliveredError
from realtime_ext._config import DEFAULT_MAX_RETRIES
from realtime_ext.connection import CONNECT_DEFAULTS
from realtime_ext.testing import FakeRealtimeServer, ManualClock

from ._proxy import Fault, FaultProxy
from ._timing import Stopwatch

KEY = "sk-timeouts-hold-0123456789abcdef"
OFFER = (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_text()
T = 0.5
"""The caller's timeout for a WebSocket turn and for each REST attempt."""
MARGIN = 0.5
"""Seconds a call may take beyond its bound: the answer's own work (a close, a decode)."""


def _open_timeout() -> float:
    value = CONNECT_DEFAULTS.get("open_timeout")
    assert isinstance(value, float)
    return value


OPEN_BOUND = _open_timeout()  # connect()'s documented bound: its default open_timeout
CLOSE_BOUND = 1.0
"""``close()`` of a dropped connection (nothing to wait for but a reconnect to stop)."""
REST_BOUND = (DEFAULT_MAX_RETRIES + 1) * T  # attempts x timeout (backoff waits on a ManualClock)
TEXT = {"type": "response.create", "response": {"output_modalities": ["text"]}}

# How the turn's connection opens: with reconnect on, faults that let it open (each turn
# then loses its response mid-way), and two that refuse it (connect() raises at once).
OPENINGS = [
    Fault.PASS,
    Fault.DELAY,
    Fault.SLOW_READ,
    Fault.PASS,
    Fault.RESET_BEFORE,
    Fault.TRUNCATE,
]
# What the reconnect's attempts meet, in turn (PASS once the plan is spent). Two failed
# attempts cost the default backoff 1.1-1.5 s: well past T.
RECONNECTS = [
    [Fault.RESET_BEFORE, Fault.RESET_BEFORE],
    [Fault.TRUNCATE, Fault.RESET_AFTER],
    [Fault.DROP, Fault.SLOW_READ],
    [Fault.DELAY],
    [Fault.RESET_AFTER, Fault.TRUNCATE, Fault.DELAY],
    [Fault.SLOW_READ, Fault.RESET_BEFORE],
]
REST_FAULTS = [Fault.RESET_BEFORE, Fault.RESET_AFTER, Fault.TRUNCATE, Fault.DELAY, Fault.SLOW_READ]


@pytest.fixture(scope="module")
def rig() -> Iterator[tuple[FakeRealtimeServer, FaultProxy]]:
    # A real hang would otherwise stall CI until its global limit: dump and exit instead.
    faulthandler.dump_traceback_later(120, exit=True)
    try:
        with (
            FakeRealtimeServer(api_key=KEY) as server,
            FaultProxy(server.port, seed_drop_bytes=[150, 700, 1500]) as proxy,
        ):
            yield server, proxy
    finally:
        faulthandler.cancel_dump_traceback_later()


def sdk_threads() -> set[threading.Thread]:
    """The SDK's own threads (reconnects, tools, drains), alive now."""
    return {t for t in threading.enumerate() if t.name.startswith("realtime-")}


class Record:
    """The calls of one workload: how long each took against its bound, what each raised."""

    def __init__(self) -> None:
        self.over: list[str] = []
        self.untyped: list[str] = []
        self.errors: list[str] = []
        self.leaked: list[str] = []
        self.sure = 0
        """Faults every run meets, whatever the machine's load: each REST call's first
        attempt's, each WebSocket turn's opening (its first connection). What a reconnect
        meets depends on how far it got before the caller's timeout and close stopped it:
        under load, one turn's reconnect fewer was met, and a count of turns failed."""

    def ended(
        self, what: str, watch: Stopwatch, bound: float, exc: BaseException | None = None
    ) -> None:
        """A call ended (raising ``exc``): within ``bound`` + :data:`MARGIN`, typed?"""
        took = watch.elapsed()
        if took > bound + MARGIN:
            self.over.append(f"{what}: {took:.2f} s, bound {bound} s + {MARGIN} s")
        if isinstance(exc, OpenAIError):
            self.errors.append(type(exc).__name__)
        elif exc is not None:
            self.untyped.append(f"{what}: {exc!r}")

    def closed(self, turn: int, before: set[threading.Thread]) -> None:
        """After a close: no SDK thread beyond ``before``."""
        if left := sdk_threads() - before:
            self.leaked.append(f"turn {turn}: {sorted(t.name for t in left)}")

    def check(self, proxy: FaultProxy) -> None:
        assert self.over == [], self.over
        assert self.untyped == [], self.untyped
        assert self.leaked == [], self.leaked
        assert proxy.total_injected >= self.sure  # the faults were met
        assert self.errors, "no call failed: the faults did not bite"


# -- WebSocket turns -------------------------------------------------------------------------
def _plan(proxy: FaultProxy, turn: int) -> None:
    proxy.clear()
    proxy.plan([OPENINGS[turn % len(OPENINGS)], *RECONNECTS[turn % len(RECONNECTS)]])


def test_websocket_turns_sync(rig: tuple[FakeRealtimeServer, FaultProxy]) -> None:
    server, proxy = rig
    record = Record()
    before = sdk_threads()
    http = httpx.Client(limits=httpx.Limits(max_keepalive_connections=0))
    with RealtimeClient(api_key=KEY, base_url=proxy.base_url, http_client=http) as client:
        for turn in range(len(RECONNECTS)):
            _plan(proxy, turn)
            record.sure += OPENINGS[turn % len(OPENINGS)] is not Fault.PASS
            watch = Stopwatch()
            try:
                conn = client.connect(model="gpt-realtime")  # the default settings
            except Exception as exc:
                record.ended(f"turn {turn} connect", watch, OPEN_BOUND, exc)
                continue
            record.ended(f"turn {turn} connect", watch, OPEN_BOUND)
            server.faults.drop_mid_response(after_deltas=1)
            conn.send(TEXT)
            watch, error = Stopwatch(), None
            try:
                conn.run_until("response.done", timeout=T)
            except Exception as exc:
                error = exc
            record.ended(f"turn {turn} run_until", watch, T, error)
            watch = Stopwatch()
            # The turn's send, queued for a reconnect the close stops, is reported by it.
            with contextlib.suppress(UndeliveredError):
                conn.close()
            record.ended(f"turn {turn} close", watch, CLOSE_BOUND)
            record.closed(turn, before)
    record.check(proxy)


def test_websocket_turns_async(rig: tuple[FakeRealtimeServer, FaultProxy]) -> None:
    server, proxy = rig
    record = Record()
    before = sdk_threads()

    async def main() -> None:
        http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
        async with AsyncRealtimeClient(
            api_key=KEY, base_url=proxy.base_url, http_client=http
        ) as client:
            for turn in range(len(RECONNECTS)):
                _plan(proxy, turn)
                record.sure += OPENINGS[turn % len(OPENINGS)] is not Fault.PASS
                watch = Stopwatch()
                try:
                    async with asyncio.timeout(OPEN_BOUND + 5):  # a hang fails, never blocks
                        conn = await client.connect(model="gpt-realtime")
                except Exception as exc:
                    record.ended(f"turn {turn} connect", watch, OPEN_BOUND, exc)
                    continue
                record.ended(f"turn {turn} connect", watch, OPEN_BOUND)
                server.faults.drop_mid_response(after_deltas=1)
                await conn.send(TEXT)
                watch, error = Stopwatch(), None
                try:
                    async with asyncio.timeout(30):  # a hang fails, never blocks
                        await conn.run_until("response.done", timeout=T)
                except Exception as exc:
                    error = exc
                record.ended(f"turn {turn} run_until", watch, T, error)
                watch = Stopwatch()
                async with asyncio.timeout(30):
                    with contextlib.suppress(UndeliveredError):  # reported (see the sync test)
                        await conn.close()
                record.ended(f"turn {turn} close", watch, CLOSE_BOUND)
                record.closed(turn, before)

    asyncio.run(main())
    record.check(proxy)


# -- REST -------------------------------------------------------------------------------------
def _rest_ops(proxy: FaultProxy, record: Record) -> Iterator[tuple[str, Fault]]:
    """Each endpoint under each fault (its first attempt meets it; retries pass)."""
    for fault in REST_FAULTS:
        for kind in ("create", "secret"):
            proxy.clear()
            proxy.plan([fault])
            record.sure += 1
            yield kind, fault


def test_rest_sync(rig: tuple[FakeRealtimeServer, FaultProxy]) -> None:
    _, proxy = rig
    record = Record()
    http = httpx.Client(limits=httpx.Limits(max_keepalive_connections=0))
    clock = ManualClock(advance_on_sleep=True)  # backoff waits recorded, not slept
    with RealtimeClient(api_key=KEY, base_url=proxy.base_url, http_client=http, clock=clock) as c:
        for kind, fault in _rest_ops(proxy, record):
            watch, error = Stopwatch(), None
            try:
                if kind == "create":
                    c.calls.create(sdp=OFFER, timeout=T)
                else:
                    c.client_secrets.create(timeout=T)
            except Exception as exc:
                error = exc
            record.ended(f"{kind} under {fault.value}", watch, REST_BOUND, error)
    record.check(proxy)


def test_rest_async(rig: tuple[FakeRealtimeServer, FaultProxy]) -> None:
    _, proxy = rig
    record = Record()

    async def main() -> None:
        http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
        clock = ManualClock(advance_on_sleep=True)
        async with AsyncRealtimeClient(
            api_key=KEY, base_url=proxy.base_url, http_client=http, clock=clock
        ) as c:
            for kind, fault in _rest_ops(proxy, record):
                watch, error = Stopwatch(), None
                try:
                    async with asyncio.timeout(REST_BOUND + 5):  # a hang fails, never blocks
                        if kind == "create":
                            await c.calls.create(sdp=OFFER, timeout=T)
                        else:
                            await c.client_secrets.create(timeout=T)
                except Exception as exc:
                    error = exc
                record.ended(f"{kind} under {fault.value}", watch, REST_BOUND, error)

    asyncio.run(main())
    record.check(proxy)
