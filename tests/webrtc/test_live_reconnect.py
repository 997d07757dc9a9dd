"""A GPT-Live call from Python goes on when its peer connection is lost (issue 65, item 1):
a stored session by fork (``POST /live/sessions/{id}/fork``), an unstored one (or one the
server no longer has) created again with its history as ``input``, the audio moved over,
the app told what was carried, and an append never acknowledged sent again or listed in the
typed error. Real calls with the fake's aiortc peer on 127.0.0.1 (in process, or a real
``serve-fake`` killed with SIGKILL and started again on the same port); waits on events,
bounded, never on time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import aioice.ice
import pytest

from realtime_ext import (
    APIConnectionError,
    AsyncRealtimeClient,
    InvalidArgumentError,
    RealtimeClient,
    ReconnectError,
)
from realtime_ext.conversation import ReconnectedEvent, ReconnectingEvent, ReconnectingOverrides
from realtime_ext.testing import FakeRealtimeServer, sine_pcm16
from realtime_ext.webrtc import AsyncWebRTC, WebRTC
from support import waiting
from support.served_fake import ServedFake

WAIT = 30.0  # seconds; generous for two busy cores
BOUND = 20.0  # real seconds a killed server's call may take to go on (never slept)
KEY = "sk-proj-LiveReconnectKey0123456789abcdef"
QUESTION = "Where is my package?"
ANSWER = "It arrives on Friday."
SPEECH = bytes(4800) + sine_pcm16(1000)  # a little silence, a second of speech
NOTE = "The order number is 42."


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        srv.script.next_transcript(QUESTION)
        srv.script.next_response(text=ANSWER)
        yield srv


@pytest.fixture
def quick_consent(monkeypatch: pytest.MonkeyPatch) -> None:
    """ICE consent checks (RFC 7675, aioice's: one every ~5 s, six missed end the
    connection) five times a second, three missed ending it: a killed server is noticed in
    about two seconds instead of thirty, through the same path."""
    monkeypatch.setattr(aioice.ice, "CONSENT_INTERVAL", 0.2)
    monkeypatch.setattr(aioice.ice, "CONSENT_FAILURES", 3)


def texts_of(event: ReconnectedEvent) -> list[str]:
    return [item["content"][0]["text"] for item in event.carried_input]


async def test_a_dropped_stored_live_call_goes_on_by_fork(server: FakeRealtimeServer) -> None:
    told: list[ReconnectedEvent] = []
    async with (
        AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client,
        AsyncWebRTC(client).connect_live(
            model="gpt-live-1",
            store=True,
            audio_in=SPEECH,
            reconnect_delay=0,
            on_reconnected=told.append,
        ) as call,
    ):
        first = call.session_id
        await call.run_until("session.input_transcript.delta", timeout=WAIT)
        server.drop_calls(call_id=first)
        await call.commentary(NOTE)  # sent or queued: carried either way
        started = await call.run_until("session.started", timeout=WAIT)
        assert started.session.id == call.session_id != first
        assert not call.ended and repr(call) == f"<AsyncLiveCall {call.session_id} connected>"
        ack = await call.run_until("session.commentary.appended", timeout=WAIT)
        assert ack.type == "session.commentary.appended"
        # The speaker goes on: the new session's audio reaches the same output.
        frames = call.audio_out.frames
        await waiting.async_until(lambda: call.audio_out.frames > frames, "audio after the move")
        # The new session is the one a sideband joins and a hangup ends.
        async with client.live.sideband.connect(session_id=call.session_id) as sideband:
            await call.hangup()
            assert (await sideband.run_until("session.closed", timeout=WAIT)).reason
    [event] = told
    assert event.forked and event.session_id == call.session_id and event.reason == "drop"
    assert event.carried_input == () and event.close_code == 1006
    posted = [r.path for r in server.requests if r.method == "POST" and "/live/" in r.path]
    assert posted[:2] == ["/v1/live/sessions", f"/v1/live/sessions/{first}/fork"]


async def test_a_killed_server_is_noticed_and_an_unstored_call_starts_again_with_its_history(
    served: ServedFake, quick_consent: None
) -> None:
    served.start()
    told: list[ReconnectedEvent] = []

    def restart(event: ReconnectingEvent) -> None:  # the server is back for the new session
        if served.proc is None:
            served.start()

    async with (
        AsyncRealtimeClient(api_key=KEY, base_url=served.base_url) as client,
        AsyncWebRTC(client).connect_live(
            model="gpt-live-1",
            instructions="Be brief.",
            audio_in=SPEECH,
            reconnect_delay=0.01,
            on_reconnecting=restart,
            on_reconnected=told.append,
        ) as call,
    ):
        first = call.session_id
        await call.run_until("session.output_transcript.delta", timeout=WAIT)  # mid-reply
        served.kill()  # no goodbye: only ICE consent tells the peer is gone
        await call.commentary(NOTE)
        async with asyncio.timeout(BOUND):
            started = await call.run_until("session.started")
        assert started.session.id == call.session_id != first
        assert started.session.instructions == "Be brief."  # the same configuration
        ack = await call.run_until("session.commentary.appended", timeout=WAIT)
        assert ack.type == "session.commentary.appended"
        await call.close()
    [event] = told
    assert not event.forked and event.close_code == 1006
    assert event.carried_input[0]["role"] == "user" and texts_of(event)


def test_a_blocking_stored_call_starts_again_when_the_killed_server_cannot_fork(
    served: ServedFake, quick_consent: None, caplog: pytest.LogCaptureFixture
) -> None:
    """The restarted server has no stored session to fork: the fork is refused (404) and
    the next attempt creates the session again with its history. The key shows nowhere."""
    caplog.set_level(logging.DEBUG, logger="realtime_ext")
    served.start()
    told: list[ReconnectedEvent] = []
    with (
        RealtimeClient(api_key=KEY, base_url=served.base_url) as client,
        WebRTC(client).connect_live(
            model="gpt-live-1",
            store=True,
            audio_in=SPEECH,
            reconnect_delay=0.01,
            on_reconnecting=lambda event: served.start() if served.proc is None else None,
            on_reconnected=told.append,
        ) as call,
    ):
        first = call.session_id
        call.run_until("session.output_transcript.delta", timeout=WAIT)
        served.kill()
        call.commentary(NOTE)
        started = call.run_until("session.started", timeout=BOUND)  # the new session's
        assert started.session.id == call.session_id != first
        assert call.run_until("session.commentary.appended", timeout=WAIT).type
        call.close()
    [event] = told
    assert not event.forked and event.attempt >= 2  # the fork refused, then a new session
    assert event.carried_input[0]["role"] == "user" and texts_of(event)
    assert KEY not in repr(call) and KEY not in caplog.text
    assert "/fork -> 404" in caplog.text  # it did log the refused fork: the check means something


def test_a_blocking_call_that_cannot_go_on_lists_what_was_not_confirmed(
    server: FakeRealtimeServer,
) -> None:
    def elsewhere(event: ReconnectingEvent) -> ReconnectingOverrides:
        return {"url": "https://elsewhere.example/v1/live/sessions"}

    with (
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
        WebRTC(client).connect_live(
            model="gpt-live-1", reconnect_delay=0, on_reconnecting=elsewhere
        ) as call,
    ):
        server.drop_calls(call_id=call.session_id)
        call.commentary(NOTE)  # never acknowledged: the session it went to is gone
        with pytest.raises(ReconnectError) as caught:
            for _ in call:
                pass
        assert isinstance(caught.value.__cause__, InvalidArgumentError)
        assert "extra_headers" in str(caught.value.__cause__)
        listed = [*caught.value.unsent, *map(str, caught.value.unconfirmed.items)]
        assert any(NOTE in text for text in listed)
        assert call.ended
        assert list(call.audio_out) is not None  # the audio ended with the call: no hang
    live = [r for r in server.requests if r.method == "POST" and "/live/" in r.path]
    assert len(live) == 1  # no second session was made


async def test_bad_reconnect_options_are_refused_before_the_wire(
    server: FakeRealtimeServer,
) -> None:
    bad: list[tuple[str, Any]] = [
        ("max_retries", -1),
        ("reconnect_delay", -1.0),
        ("on_reconnected", 3),
        ("carry", "everything"),
        ("clock", object()),
    ]
    async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client:
        for option, value in bad:
            with pytest.raises(InvalidArgumentError, match=option):
                await AsyncWebRTC(client).connect_live(model="gpt-live-1", **{option: value})
    assert [r.path for r in server.requests if "/live/" in r.path] == []


def test_a_frozen_server_is_caught_within_the_keepalive_bound_never_silently(
    served: ServedFake, quick_consent: None
) -> None:
    """SIGSTOP: the server's sockets stay open and answer nothing. ICE consent expires, the
    call is reported dropped (reconnect off here), and the loop raises instead of ending as
    if the call were over."""
    served.start()
    with (
        RealtimeClient(api_key=KEY, base_url=served.base_url) as client,
        WebRTC(client).connect_live(model="gpt-live-1", audio_in=SPEECH, max_retries=0) as call,
    ):
        call.run_until("session.output_transcript.delta", timeout=WAIT)  # mid-reply
        served.stop()
        try:
            with pytest.raises(APIConnectionError, match="WebRTC call dropped") as dropped:
                while True:  # each wait bounded: a timeout would not match the drop
                    call.recv(timeout=BOUND)
            assert KEY not in str(dropped.value)
            assert call.ended
        finally:
            served.cont()


async def test_an_expired_live_call_goes_on_as_a_new_session() -> None:
    """``session.closed`` with ``expired`` moves the call as a drop does (an unstored
    session: created again)."""
    told: list[ReconnectedEvent] = []
    with FakeRealtimeServer(live_session_seconds=2.0) as fake:
        async with (
            AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url) as client,
            AsyncWebRTC(client).connect_live(
                model="gpt-live-1", reconnect_delay=0, on_reconnected=told.append
            ) as call,
        ):
            first = call.session_id
            closed = await call.run_until("session.closed", timeout=WAIT)
            assert closed.reason == "expired"
            started = await call.run_until("session.started", timeout=WAIT)
            assert started.session.id == call.session_id != first
            assert not call.ended and call.closed is None  # the new session's
            await call.abort()
    [event] = told
    assert event.reason == "expired" and not event.forked
