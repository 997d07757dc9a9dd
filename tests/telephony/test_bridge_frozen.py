"""The bridge against a real ``realtime-ext serve-fake`` process frozen (SIGSTOP) mid-reply.

A frozen server answers nothing, not even pings: the conversation's keepalive catches it,
and the call is never left hanging. With reconnect on, the server thawed while the bridge
reconnects gets a new session and the caller hears the reply asked again; with reconnect off,
the call ends with the keepalive's error."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import APIConnectionError, AsyncRealtimeClient
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioCall, TwilioEndpoint, twilio_endpoint
from realtime_ext.testing import FakeTwilioCall, ManualClock
from support.served_fake import ServedFake

SESSION = realtime_session(turn_detection=server_vad(silence_duration_ms=200))
PING: dict[str, Any] = {"ping_interval": 0.25, "ping_timeout": 1.5, "close_timeout": 0.5}


async def test_a_frozen_server_is_caught_and_the_call_ends_when_reconnect_is_off(
    served: ServedFake,
) -> None:
    served.start({"responses": [{"audio_ms": 2000, "freeze_mid_response": {"after_deltas": 2}}]})
    ended: list[TwilioCall] = []
    clock = ManualClock()
    async with AsyncRealtimeClient(api_key="sk-test", base_url=served.base_url) as client:
        app = twilio_endpoint(
            client, session=SESSION, clock=clock, on_end=ended.append, max_retries=0, **PING
        )
        assert isinstance(app, TwilioEndpoint)
        call = FakeTwilioCall(app, clock=clock)
        await call.connect()
        call.say(400)
        await call.step(20 + 11)
        await call.wait_for(lambda: call.heard_ms + call.buffered_ms > 0, 30)
        served.stop()
        await call.wait_for(lambda: call.closed, 30)
        with pytest.raises(APIConnectionError):
            await call.stop()
        served.cont()
    assert call.finished and len(ended) == 1
    assert not app.calls


async def test_a_frozen_server_thawed_while_reconnecting_answers_the_reply_again(
    served: ServedFake,
) -> None:
    served.start(
        {
            "responses": [
                {"audio_ms": 2000, "freeze_mid_response": {"after_deltas": 2}},
                {"audio_ms": 600},
            ]
        }
    )
    ended: list[TwilioCall] = []
    attempts: list[int] = []
    clock = ManualClock()

    def thaw(event: Any) -> None:  # the server comes back while the bridge reconnects
        attempts.append(event.attempt)
        served.cont()

    async with AsyncRealtimeClient(api_key="sk-test", base_url=served.base_url) as client:
        app = twilio_endpoint(
            client,
            session=SESSION,
            clock=clock,
            on_end=ended.append,
            on_reconnecting=thaw,
            **PING,
        )
        assert isinstance(app, TwilioEndpoint)
        async with FakeTwilioCall(app, clock=clock) as call:
            call.say(400)
            await call.step(20 + 11)
            await call.wait_for(lambda: call.heard_ms + call.buffered_ms > 0, 30)
            served.stop()
            (bridged,) = app.calls
            # The keepalive notices the freeze in real time; the backoff then passes on the
            # call's clock, 20 ms a step.
            await call.wait_for(lambda: bool(attempts), 30)
            while bridged.conn.reconnects == 0:
                await call.step(1)
            await call.wait_for(lambda: bool(call.clears), 30)
            (clear,) = call.clears
            await call.wait_for(
                lambda: call.buffered_ms + call.heard_ms - clear.heard_ms >= 600, 30
            )
            await call.step(40)
            assert call.heard_ms - clear.heard_ms == 600
            assert not call.closed and not ended
            assert attempts == [1]
        assert call.finished and len(ended) == 1
