"""Fault injection: REST and WebSocket, sync and async, through :class:`FaultProxy`.

Every attempt (first tries and retries alike) opens a new connection through the proxy and
meets the next planned fault. Asserted for each workload, and printed as figures:

- no hangs: every call returns or raises within its bound (attempts x timeout + slack);
- every failure is a typed :class:`OpenAIError`, never a raw httpx/websockets/OS error;
- no call is created twice, no accept acts twice, no hangup/reject turns into a false 4xx;
- after a dropped WebSocket, a send raises (nothing is lost silently);
- no connection or thread leaks once the clients are closed.

The plan is seeded, so a run is reproducible; the count of faults is bounded (>= 500 in all)
and the suite takes well under a minute.
"""

from __future__ import annotations

import asyncio
import faulthandler
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtime_ext import (
    APIStatusError,
    APITimeoutError,
    AsyncRealtimeClient,
    OpenAIError,
    RealtimeClient,
)
from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer, ManualClock

from ._proxy import Fault, FaultProxy
from ._timing import Stopwatch

KEY = "sk-fault-suite-0123456789abcdef"
OFFER = (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_text()
TIMEOUT = 0.5  # per phase, REST and WebSocket alike
RETRIES = 2
# Each attempt may take a timeout (stall) plus a slow read; backoff sleeps are stubbed.
BOUND = (RETRIES + 1) * (TIMEOUT * 2 + 0.3) + 1.0
WS_BOUND = 3 * TIMEOUT + 2.0
OPS_PER_WORKLOAD = 130  # REST; a WebSocket workload runs more calls (fewer retries)
WS_OPS = 170
MIN_FAULTS = 125  # per workload: >= 500 in all
RESPONSE = {"type": "response.create", "response": {"output_modalities": ["text"]}}

REST_FAULTS = [
    (Fault.PASS, 30),
    (Fault.RESET_BEFORE, 12),
    (Fault.RESET_AFTER, 12),
    (Fault.DELAY, 8),
    (Fault.STALL, 3),
    (Fault.TRUNCATE, 10),
    (Fault.SLOW_READ, 8),
    (Fault.SERVER_5XX, 10),
    (Fault.SERVER_5XX_AFTER, 10),
    (Fault.DROP, 6),
]
WS_FAULTS = [
    (Fault.PASS, 25),
    (Fault.RESET_BEFORE, 8),
    (Fault.RESET_AFTER, 8),
    (Fault.DELAY, 8),
    (Fault.STALL, 3),
    (Fault.TRUNCATE, 8),
    (Fault.SLOW_READ, 8),
    (Fault.SERVER_5XX, 8),
    (Fault.SERVER_5XX_AFTER, 6),
    (Fault.DROP, 30),
]
# With reconnect on, each call first loses its stream, then meets one of these.
RECONNECT_SECOND = [Fault.PASS, Fault.PASS, Fault.DROP, Fault.RESET_BEFORE, Fault.DELAY]
RECONNECT_OPS = 90
# Where a dropped stream is cut: inside the handshake, just after it, mid-conversation.
DROP_AT = [60, 150, 300, 700, 1500, 4000]


@dataclass
class Figures:
    name: str
    ops: int = 0
    ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    duplicates: int = 0
    false_errors: int = 0
    untyped: list[str] = field(default_factory=list)
    silent_sends: int = 0
    faults: int = 0
    fd_leak: int = 0
    thread_leak: int = 0

    def line(self) -> str:
        errors = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items()))
        return (
            f"{self.name}: {self.faults} faults over {self.ops} calls; {self.ok} returned, "
            f"{sum(self.errors.values())} typed errors ({errors}); slowest {self.slowest:.2f} s; "
            f"duplicates {self.duplicates}, false errors {self.false_errors}, silent sends "
            f"{self.silent_sends}, untyped {len(self.untyped)}, leaked fds {self.fd_leak}, "
            f"leaked threads {self.thread_leak}"
        )


def _fault_stream(weights: list[tuple[Fault, int]], seed: int) -> Iterator[Fault]:
    rng = random.Random(seed)
    faults = [f for f, _ in weights]
    counts = [w for _, w in weights]
    while True:
        yield rng.choices(faults, counts)[0]


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def rig() -> Iterator[tuple[FakeRealtimeServer, FaultProxy]]:
    # A real hang would otherwise stall CI until its global limit: dump and exit instead.
    faulthandler.dump_traceback_later(240, exit=True)
    try:
        with (
            FakeRealtimeServer(api_key=KEY) as server,
            FaultProxy(server.port, seed_drop_bytes=DROP_AT) as proxy,
        ):
            yield server, proxy
    finally:
        faulthandler.cancel_dump_traceback_later()


def _settle(server: FakeRealtimeServer, proxy: FaultProxy) -> None:
    """Wait (bounded) until the proxy and the fake server have closed every connection."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        # The fake server keeps no public count of open sockets; read it if it is there.
        if proxy.open_connections == 0 and not getattr(server, "_sockets", ()):
            return
        time.sleep(0.02)


def _baseline() -> tuple[int, int]:
    return _fds(), threading.active_count()


def _end_calls(server: FakeRealtimeServer) -> None:
    """Hang up, directly, the calls the workload left open: the fake server answers each
    calls.create with a live WebRTC peer (UDP sockets) that only a hangup ends. Those are
    the server's sockets, not the client's, and must not count as a client leak."""
    with RealtimeClient(api_key=KEY, base_url=server.base_url, max_retries=0) as direct:
        for call_id, call in list(server.calls.items()):
            if call.state not in ("ended", "rejected"):
                direct.calls.hangup(call_id)


def _leaks(
    figures: Figures, before: tuple[int, int], rig: tuple[FakeRealtimeServer, FaultProxy]
) -> None:
    _end_calls(rig[0])
    _settle(*rig)
    # Sockets closed by the peer threads go away on their loops' next turn: allow 2 s.
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and (
        _fds() > before[0] or threading.active_count() > before[1]
    ):
        time.sleep(0.02)
    figures.fd_leak = max(0, _fds() - before[0])
    figures.thread_leak = max(0, threading.active_count() - before[1])


def _report(figures: Figures, capsys: pytest.CaptureFixture[str], *, min_faults: int = 0) -> None:
    with capsys.disabled():
        print("\n" + figures.line())
    assert figures.untyped == []
    assert figures.duplicates == 0
    assert figures.false_errors == 0
    assert figures.silent_sends == 0
    assert figures.slowest <= max(BOUND, WS_BOUND)
    assert figures.fd_leak == 0 and figures.thread_leak == 0
    assert figures.faults >= (min_faults or MIN_FAULTS)
    assert figures.ok > 0 and sum(figures.errors.values()) > 0


def _drop_seen(conn: object, exc: BaseException) -> bool:
    # A timeout is not a drop: on a loaded machine a passing connection can miss the 0.5 s
    # phase bound and stay open, and a send on it then rightly succeeds.
    return conn is not None and not isinstance(exc, APITimeoutError | TimeoutError)


def _record_error(figures: Figures, exc: BaseException) -> None:
    if isinstance(exc, OpenAIError):
        figures.errors[type(exc).__name__] += 1
    else:
        figures.untyped.append(repr(exc))


# -- REST ------------------------------------------------------------------------------
def _rest_check(
    figures: Figures,
    server: FakeRealtimeServer,
    kind: str,
    call_id: str | None,
    calls_before: int,
    exc: BaseException | None,
) -> None:
    if kind == "create":
        created = len(server.calls) - calls_before
        if created > 1:
            figures.duplicates += 1
    elif call_id is not None:
        actions = [a for a, _ in server.calls[call_id].actions]
        if len(actions) > 1:
            figures.duplicates += 1
        # A hangup/reject or accept that the server applied is never reported as a 4xx.
        if isinstance(exc, APIStatusError) and exc.status_code < 500 and actions:
            figures.false_errors += 1


def _rest_op(i: int, server: FakeRealtimeServer) -> tuple[str, str | None]:
    kind = ("secret", "create", "hangup", "accept", "reject")[i % 5]
    call_id = server.register_call().id if kind in ("hangup", "accept", "reject") else None
    return kind, call_id


def test_rest_sync(
    rig: tuple[FakeRealtimeServer, FaultProxy], capsys: pytest.CaptureFixture[str]
) -> None:
    server, proxy = rig
    figures = Figures("REST sync")
    stream = _fault_stream(REST_FAULTS, seed=1501)
    before = _baseline()
    http = httpx.Client(limits=httpx.Limits(max_keepalive_connections=0))
    client = RealtimeClient(
        api_key=KEY,
        base_url=proxy.base_url,
        http_client=http,
        timeout=TIMEOUT,
        max_retries=RETRIES,
        clock=ManualClock(advance_on_sleep=True),
    )
    with client:
        for i in range(OPS_PER_WORKLOAD):
            proxy.plan(next(stream) for _ in range(3 - proxy.pending()))
            kind, call_id = _rest_op(i, server)
            calls_before = len(server.calls)
            started = Stopwatch()
            error: BaseException | None = None
            try:
                if kind == "secret":
                    client.client_secrets.create()
                elif kind == "create":
                    answer = client.calls.create(sdp=OFFER)
                    assert answer.call_id in server.calls
                else:
                    assert call_id is not None
                    getattr(client.calls, kind)(call_id)
                figures.ok += 1
            except Exception as exc:
                error = exc
                _record_error(figures, exc)
            figures.slowest = max(figures.slowest, started.elapsed())
            figures.ops += 1
            _rest_check(figures, server, kind, call_id, calls_before, error)
    proxy.clear()
    figures.faults = proxy.total_injected
    _leaks(figures, before, rig)
    _report(figures, capsys)


def test_rest_async(
    rig: tuple[FakeRealtimeServer, FaultProxy], capsys: pytest.CaptureFixture[str]
) -> None:
    server, proxy = rig
    figures = Figures("REST async")
    stream = _fault_stream(REST_FAULTS, seed=1502)
    before = _baseline()

    async def main() -> None:
        http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
        client = AsyncRealtimeClient(
            api_key=KEY,
            base_url=proxy.base_url,
            http_client=http,
            timeout=TIMEOUT,
            max_retries=RETRIES,
            clock=ManualClock(advance_on_sleep=True),
        )
        async with client:
            for i in range(OPS_PER_WORKLOAD):
                proxy.plan(next(stream) for _ in range(3 - proxy.pending()))
                kind, call_id = _rest_op(i, server)
                calls_before = len(server.calls)
                started = Stopwatch()
                error: BaseException | None = None
                try:
                    async with asyncio.timeout(BOUND + 5):  # a hang fails, never blocks
                        if kind == "secret":
                            await client.client_secrets.create()
                        elif kind == "create":
                            answer = await client.calls.create(sdp=OFFER)
                            assert answer.call_id in server.calls
                        else:
                            assert call_id is not None
                            await getattr(client.calls, kind)(call_id)
                    figures.ok += 1
                except Exception as exc:
                    error = exc
                    _record_error(figures, exc)
                figures.slowest = max(figures.slowest, started.elapsed())
                figures.ops += 1
                _rest_check(figures, server, kind, call_id, calls_before, error)
        await http.aclose()

    asyncio.run(main())
    proxy.clear()
    figures.faults = proxy.total_injected
    _leaks(figures, before, rig)
    _report(figures, capsys)


# -- WebSocket -------------------------------------------------------------------------
def test_websocket_sync(
    rig: tuple[FakeRealtimeServer, FaultProxy], capsys: pytest.CaptureFixture[str]
) -> None:
    _, proxy = rig
    figures = Figures("WebSocket sync")
    stream = _fault_stream(WS_FAULTS, seed=1503)
    before = _baseline()
    for _ in range(WS_OPS):
        proxy.plan([next(stream)])
        started = Stopwatch()
        conn = None
        try:
            conn = connect(  # reconnect off: each drop is reported (on: the tests below)
                api_key=KEY,
                base_url=proxy.base_url,
                model="gpt-realtime",
                open_timeout=TIMEOUT,
                max_retries=0,
            )
            conn.send(RESPONSE)
            conn.run_until("response.done", timeout=TIMEOUT)
            figures.ok += 1
        except Exception as exc:
            _record_error(figures, exc)
            if _drop_seen(conn, exc):
                # The drop was seen: a later send must say so, not vanish.
                try:
                    conn.send(RESPONSE)
                    figures.silent_sends += 1
                except OpenAIError:
                    pass
                except Exception as send_exc:
                    figures.untyped.append(repr(send_exc))
        finally:
            if conn is not None:
                conn.close()
        figures.slowest = max(figures.slowest, started.elapsed())
        figures.ops += 1
    figures.faults = proxy.total_injected
    _leaks(figures, before, rig)
    _report(figures, capsys)


def test_websocket_async(
    rig: tuple[FakeRealtimeServer, FaultProxy], capsys: pytest.CaptureFixture[str]
) -> None:
    _, proxy = rig
    figures = Figures("WebSocket async")
    stream = _fault_stream(WS_FAULTS, seed=1504)
    before = _baseline()

    async def main() -> None:
        for _ in range(WS_OPS):
            proxy.plan([next(stream)])
            started = Stopwatch()
            conn = None
            try:
                async with asyncio.timeout(WS_BOUND + 5):
                    conn = await aconnect(  # reconnect off: each drop is reported
                        api_key=KEY,
                        base_url=proxy.base_url,
                        model="gpt-realtime",
                        open_timeout=TIMEOUT,
                        max_retries=0,
                    )
                    await conn.send(RESPONSE)
                    await conn.run_until("response.done", timeout=TIMEOUT)
                figures.ok += 1
            except Exception as exc:
                _record_error(figures, exc)
                if _drop_seen(conn, exc):
                    try:
                        await conn.send(RESPONSE)
                        figures.silent_sends += 1
                    except OpenAIError:
                        pass
                    except Exception as send_exc:
                        figures.untyped.append(repr(send_exc))
            finally:
                if conn is not None:
                    await conn.close()
            figures.slowest = max(figures.slowest, started.elapsed())
            figures.ops += 1

    asyncio.run(main())
    figures.faults = proxy.total_injected
    _leaks(figures, before, rig)
    _report(figures, capsys)


def test_websocket_sync_with_reconnect(
    rig: tuple[FakeRealtimeServer, FaultProxy], capsys: pytest.CaptureFixture[str]
) -> None:
    """Streams dropped mid-conversation with reconnect on: the conversation resumes (the
    app asks again in ``on_reconnected``, as the docs advise) or a typed error says why."""
    _, proxy = rig
    figures = Figures("WebSocket sync, reconnect on")
    rng = random.Random(1505)
    before = _baseline()
    reconnects = failed_after_open = 0
    for _ in range(RECONNECT_OPS):
        proxy.plan([Fault.DROP, rng.choice(RECONNECT_SECOND)])
        started = Stopwatch()
        opened: list[Any] = []

        def ask_again(event: object, opened: list[Any] = opened) -> None:
            nonlocal reconnects
            reconnects += 1
            opened[0].send(RESPONSE)  # the request in flight may have died with the socket

        try:
            with connect(
                api_key=KEY,
                base_url=proxy.base_url,
                model="gpt-realtime",
                open_timeout=TIMEOUT,
                max_retries=2,
                reconnect_delay=0.01,
                max_reconnect_delay=0.05,
                on_reconnected=ask_again,
            ) as conn:
                opened.append(conn)
                conn.send(RESPONSE)
                conn.run_until("response.done", timeout=TIMEOUT)
            figures.ok += 1
        except Exception as exc:
            _record_error(figures, exc)
            failed_after_open += bool(opened)
        figures.slowest = max(figures.slowest, started.elapsed())
        figures.ops += 1
        proxy.clear()
    figures.faults = proxy.total_injected
    _leaks(figures, before, rig)
    assert reconnects >= RECONNECT_OPS // 2  # the faults did make it reconnect
    with capsys.disabled():
        print(
            f"\n{reconnects} reconnects; {failed_after_open} calls failed after the socket opened"
        )
    _report(figures, capsys, min_faults=RECONNECT_OPS)


def test_websocket_async_with_reconnect(
    rig: tuple[FakeRealtimeServer, FaultProxy], capsys: pytest.CaptureFixture[str]
) -> None:
    """The asyncio flavour of the reconnect workload (an async on_reconnected hook)."""
    _, proxy = rig
    figures = Figures("WebSocket async, reconnect on")
    rng = random.Random(1506)
    before = _baseline()
    counts = {"reconnects": 0, "failed_after_open": 0}

    async def main() -> None:
        for _ in range(RECONNECT_OPS):
            proxy.plan([Fault.DROP, rng.choice(RECONNECT_SECOND)])
            started = Stopwatch()
            opened: list[Any] = []

            async def ask_again(event: object, opened: list[Any] = opened) -> None:
                counts["reconnects"] += 1
                await opened[0].send(RESPONSE)

            try:
                async with asyncio.timeout(WS_BOUND + 5):
                    async with aconnect(
                        api_key=KEY,
                        base_url=proxy.base_url,
                        model="gpt-realtime",
                        open_timeout=TIMEOUT,
                        max_retries=2,
                        reconnect_delay=0.01,
                        max_reconnect_delay=0.05,
                        on_reconnected=ask_again,
                    ) as conn:
                        opened.append(conn)
                        await conn.send(RESPONSE)
                        await conn.run_until("response.done", timeout=TIMEOUT)
                figures.ok += 1
            except Exception as exc:
                _record_error(figures, exc)
                counts["failed_after_open"] += bool(opened)
            figures.slowest = max(figures.slowest, started.elapsed())
            figures.ops += 1
            proxy.clear()

    asyncio.run(main())
    figures.faults = proxy.total_injected
    _leaks(figures, before, rig)
    assert counts["reconnects"] >= RECONNECT_OPS // 2
    with capsys.disabled():
        print(
            f"\n{counts['reconnects']} reconnects; "
            f"{counts['failed_after_open']} calls failed after the socket opened"
        )
    _report(figures, capsys, min_faults=RECONNECT_OPS)
