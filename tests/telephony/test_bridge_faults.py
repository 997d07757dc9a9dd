"""The bridge against a real ``realtime-ext serve-fake`` process: a call with server VAD, and
the server killed (SIGKILL) or frozen (SIGSTOP) mid-reply. A dead or frozen conversation never
hangs the call: the keepalive catches a freeze, the stream is closed, ``on_end`` runs and the
connection error is raised from the bridge. A server that comes back (restarted, or thawed
while the bridge reconnects) gets a new session, Twilio is cleared, and the reply the fault
cut is asked for again."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import AsyncGenerator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import APIConnectionError, AsyncRealtimeClient
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioCall, TwilioEndpoint, twilio_endpoint
from realtime_ext.testing import FakeTwilioCall, ManualClock
from realtime_ext.testing._twilio import Clear
from support.keepalive import PING
from support.served_fake import ServedFake

SESSION = realtime_session(turn_detection=server_vad(silence_duration_ms=200))
# The reply stops after five output deltas (no response.done): its transcript's first three
# tokens (which come first, as on the real API), then two of audio; a fault then falls
# mid-reply, with the caller hearing some of it.
MID_REPLY: dict[str, Any] = {"audio_ms": 2000, "freeze_mid_response": {"after_deltas": 5}}


@pytest.fixture
def serve_fake() -> Iterator[tuple[subprocess.Popen[str], str]]:
    exe = Path(sys.executable).parent / "realtime-ext"
    proc = subprocess.Popen(
        [str(exe), "serve-fake", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+", proc.stdout.readline())
        assert found is not None
        yield proc, found.group(0) + "/v1"
    finally:
        proc.kill()
        proc.wait(timeout=10)


@asynccontextmanager
async def bridged(
    base_url: str, clock: ManualClock, ended: list[TwilioCall], **options: Any
) -> AsyncGenerator[tuple[TwilioEndpoint, FakeTwilioCall], None]:
    """The bridge on ``base_url`` and a caller connected to it, who has spoken and is hearing
    the reply (server VAD answers 400 ms of speech). The test hangs up."""
    async with AsyncRealtimeClient(api_key="sk-test", base_url=base_url) as client:
        app = twilio_endpoint(client, session=SESSION, clock=clock, on_end=ended.append, **options)
        assert isinstance(app, TwilioEndpoint)
        call = FakeTwilioCall(app, clock=clock)
        await call.connect()
        call.say(400)
        await call.step(20 + 11)
        await call.wait_for(lambda: call.heard_ms + call.buffered_ms > 0, 30)
        try:
            yield app, call  # the test hangs up (call.stop()) and sees how the call ended
        except BaseException:
            with contextlib.suppress(Exception):  # a failed test leaves no bridge running
                await call.stop()
            raise


async def test_a_killed_server_ends_the_call_with_its_error_when_reconnect_is_off(
    serve_fake: tuple[subprocess.Popen[str], str],
) -> None:
    proc, base_url = serve_fake
    ended: list[TwilioCall] = []
    # Reconnect off: the server stays dead, so the call must end with the drop's error rather
    # than wait out five backoffs (on the test clock, which nothing advances).
    async with bridged(base_url, ManualClock(), ended, max_retries=0) as (app, call):
        proc.kill()
        await call.wait_for(lambda: call.closed, 30)
        with pytest.raises(APIConnectionError):
            await call.stop()
    assert call.finished and len(ended) == 1
    assert not app.calls


async def test_a_frozen_server_is_caught_and_the_call_ends_when_reconnect_is_off(
    served: ServedFake,
) -> None:
    served.start({"responses": [MID_REPLY]})
    ended: list[TwilioCall] = []
    async with bridged(served.base_url, ManualClock(), ended, max_retries=0, **PING) as (
        app,
        call,
    ):
        served.stop()
        await call.wait_for(lambda: call.closed, 30)  # a hang without the keepalive
        with pytest.raises(APIConnectionError):
            await call.stop()
        served.cont()
    assert call.finished and len(ended) == 1
    assert not app.calls


async def test_a_server_killed_mid_reply_and_back_is_reconnected_and_the_reply_asked_again(
    served: ServedFake,
) -> None:
    served.start({"responses": [MID_REPLY]})
    ended: list[TwilioCall] = []
    clock = ManualClock()  # the reconnect's backoff passes as the call's 20 ms steps go by
    async with bridged(served.base_url, clock, ended) as (app, call):
        served.kill()
        served.start({"responses": [{"audio_ms": 600}]})
        await _reconnected(app, call)
        await _hears_the_reply_again(call, 600)
        assert not call.closed and not ended
        await call.stop()
    assert call.finished and len(ended) == 1


async def test_a_frozen_server_thawed_while_reconnecting_answers_the_reply_again(
    served: ServedFake,
) -> None:
    served.start({"responses": [MID_REPLY, {"audio_ms": 600}]})
    ended: list[TwilioCall] = []
    attempts: list[int] = []

    def thaw(event: Any) -> None:  # the server comes back while the bridge reconnects
        attempts.append(event.attempt)
        served.cont()

    options: dict[str, Any] = {"on_reconnecting": thaw, **PING}
    async with bridged(served.base_url, ManualClock(), ended, **options) as (app, call):
        served.stop()
        # The keepalive notices the freeze in real time (the hook is told before the backoff,
        # which then passes on the call's clock).
        await call.wait_for(lambda: bool(attempts), 30)
        await _reconnected(app, call)
        await _hears_the_reply_again(call, 600)
        assert not call.closed and not ended
        assert attempts == [1]
        await call.stop()
    assert call.finished and len(ended) == 1


async def _reconnected(app: TwilioEndpoint, call: FakeTwilioCall) -> None:
    (bridge,) = app.calls
    while bridge.conn.reconnects == 0:  # each step moves the clock on 20 ms
        await call.step(1)


async def _hears_the_reply_again(call: FakeTwilioCall, reply_ms: int) -> None:
    """Twilio was cleared of the cut reply once, and the reply asked again is heard whole."""
    (clear,) = await _cleared(call)
    await call.wait_for(lambda: call.buffered_ms + call.heard_ms - clear.heard_ms >= reply_ms)
    await call.step(40)
    assert call.heard_ms - clear.heard_ms == reply_ms


async def _cleared(call: FakeTwilioCall) -> list[Clear]:
    await call.wait_for(lambda: bool(call.clears), 30)
    return call.clears
