"""The bridge against a real ``realtime-ext serve-fake`` process: a call with server VAD,
and the server killed (SIGKILL) mid-reply. A dead conversation never hangs the call: the
stream is closed, ``on_end`` runs and the connection error is raised from the bridge. A
server that comes back is reconnected to, and the reply the kill cut is asked for again."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime_ext import APIConnectionError, AsyncRealtimeClient
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioCall, TwilioEndpoint, twilio_endpoint
from realtime_ext.testing import FakeTwilioCall, ManualClock
from realtime_ext.testing._twilio import Clear
from support.served_fake import ServedFake

SESSION = realtime_session(turn_detection=server_vad(silence_duration_ms=200))


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


async def test_a_killed_server_ends_the_call_with_its_error_when_reconnect_is_off(
    serve_fake: tuple[subprocess.Popen[str], str],
) -> None:
    proc, base_url = serve_fake
    ended: list[TwilioCall] = []
    clock = ManualClock()
    async with AsyncRealtimeClient(api_key="sk-test", base_url=base_url) as client:
        # Reconnect off: the server stays dead, so the call must end with the drop's error
        # rather than wait out five backoffs (on the test clock, which nothing advances).
        app = twilio_endpoint(
            client, session=SESSION, clock=clock, on_end=ended.append, max_retries=0
        )
        assert isinstance(app, TwilioEndpoint)
        call = FakeTwilioCall(app, clock=clock)
        await call.connect()
        call.say(400)
        await call.step(20 + 11)  # server VAD answers (serve-fake's default 300 ms reply)
        await call.wait_for(lambda: call.heard_ms + call.buffered_ms > 0)
        proc.kill()
        await call.wait_for(lambda: call.closed, 30)
        with pytest.raises(APIConnectionError):
            await call.stop()
    assert call.finished and len(ended) == 1
    assert not app.calls


async def test_a_server_killed_mid_reply_and_back_is_reconnected_and_the_reply_asked_again(
    served: ServedFake,
) -> None:
    # The reply stops after two audio deltas (no response.done): the kill falls mid-reply.
    served.start({"responses": [{"audio_ms": 2000, "freeze_mid_response": {"after_deltas": 2}}]})
    ended: list[TwilioCall] = []
    clock = ManualClock()  # the reconnect's backoff passes as the call's 20 ms steps go by
    async with AsyncRealtimeClient(api_key="sk-test", base_url=served.base_url) as client:
        app = twilio_endpoint(client, session=SESSION, clock=clock, on_end=ended.append)
        assert isinstance(app, TwilioEndpoint)
        async with FakeTwilioCall(app, clock=clock) as call:
            call.say(400)
            await call.step(20 + 11)
            await call.wait_for(lambda: call.heard_ms + call.buffered_ms > 0, 30)
            served.kill()
            served.start({"responses": [{"audio_ms": 600}]})
            (bridged,) = app.calls
            while bridged.conn.reconnects == 0:  # each step moves the clock on 20 ms
                await call.step(1)
            (clear,) = await _cleared(call)
            await call.wait_for(lambda: call.buffered_ms + call.heard_ms - clear.heard_ms >= 600)
            await call.step(40)
            assert call.heard_ms - clear.heard_ms == 600  # the reply asked again, all heard
            assert not call.closed and not ended
        assert call.finished and len(ended) == 1


async def _cleared(call: FakeTwilioCall) -> list[Clear]:
    await call.wait_for(lambda: bool(call.clears), 30)
    return call.clears
