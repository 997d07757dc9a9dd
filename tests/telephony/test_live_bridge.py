"""The Twilio bridge on GPT-Live (issue 65): a fake Twilio caller, the bridge with
``api="live"``, the fake server's Live session; every wait on an event.

G.711 mu-law both ways untouched; the model's audio paced by marks so that Twilio never
holds more than 200 ms the caller has not heard (read from the fake caller's buffer on each
``media``, which only the marks let the bridge fill); the caller hears the whole reply;
talking over the model, the model yields (its own barge-in) and hears the caller, and the
caller stops hearing the old reply: at once from the shallow buffer, and through ``clear``
when more of it waited (a stalled stream); Twilio's ``stop`` ends the Live session.
The bridge has no blocking form (it is an ASGI application): asyncio only.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, InvalidEventError
from realtime_ext.session import realtime_session
from realtime_ext.telephony import TwilioCall, TwilioEndpoint, twilio_endpoint
from realtime_ext.testing import FakeRealtimeServer, FakeTwilioCall, ManualClock

REPLY = "One two three four five six seven eight nine ten."  # ten words: 2 s of voice
WORD_MS = 200  # the fake says a word per 200 ms
OKAY_MS = 300  # "Okay." at the pace of Live's voice (255 ms): three 100 ms frames
AHEAD_MS = 200
FRAME_BYTES = 160  # 20 ms of 8 kHz mu-law
SILENCE = b"\xff" * FRAME_BYTES


def voiced_ms(mulaw: bytes | bytearray) -> int:
    """Milliseconds of sound (not the model's silence) in what the caller heard."""
    return 20 * sum(
        1 for i in range(0, len(mulaw), FRAME_BYTES) if mulaw[i : i + FRAME_BYTES] != SILENCE
    )


@dataclass
class Harness:
    server: FakeRealtimeServer
    endpoint: TwilioEndpoint
    calls: list[TwilioCall] = field(default_factory=lambda: [])
    frames: int = 0  # output audio frames the bridge received
    said: str = ""  # the model's words (output transcript)
    heard_caller: str = ""  # what the model heard the caller say (input transcript)
    closed_reason: list[str | None] = field(default_factory=lambda: [])
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def tick(self, call: FakeTwilioCall, *, play: bool = True) -> None:
        """100 ms of the call: five 20 ms frames of the caller's audio (the fake's timeline
        moves by them: one 100 ms frame of the model's audio back), then wait for it."""
        expected = self.frames + 1
        await call.step(5, play=play)
        while self.frames < expected:  # woken by the frame's handler, not by polling
            self.arrived.clear()
            await asyncio.wait_for(self.arrived.wait(), 10)

    def start_turn(self, call: FakeTwilioCall) -> None:
        self.server.script.next_transcript("What can you count to?")
        self.server.script.next_response(text=REPLY)
        call.say(400)


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    with FakeRealtimeServer() as server:
        client = AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url)
        box: list[Harness] = []

        def on_start(call: TwilioCall) -> None:
            h = box[0]
            h.calls.append(call)

            def frame(event: object) -> None:
                h.frames += 1
                h.arrived.set()

            def said(event: Any) -> None:
                h.said += event.delta

            def heard(event: Any) -> None:
                h.heard_caller += event.delta

            call.live_conn.on("session.output_audio.delta", frame)
            call.live_conn.on("session.output_transcript.delta", said)
            call.live_conn.on("session.input_transcript.delta", heard)

        def on_end(call: TwilioCall) -> None:
            closed = call.live_conn.closed
            box[0].closed_reason.append(None if closed is None else closed.reason)

        endpoint = twilio_endpoint(
            client,
            session={
                "instructions": "Count for the caller.",
                "audio": {"output": {"voice": "marin"}},
            },
            api="live",
            on_start=on_start,
            on_end=on_end,
        )
        assert isinstance(endpoint, TwilioEndpoint)
        box.append(Harness(server, endpoint))
        try:
            yield box[0]
        finally:
            await client.close()


async def test_the_caller_hears_the_whole_reply_never_more_than_200_ms_ahead(
    harness: Harness,
) -> None:
    h = harness
    async with FakeTwilioCall(h.endpoint, clock=ManualClock()) as call:
        h.start_turn(call)
        while voiced_ms(call.heard) < 2 * WORD_MS:  # two words heard
            await h.tick(call)
        for _ in range(6):  # the stream stalls 600 ms: the model's audio waits in the bridge
            await h.tick(call, play=False)
        for _ in range(60):  # then plays on: the reply (2 s of voice) to its end
            await h.tick(call)
            if h.said == REPLY and voiced_ms(call.heard) == len(REPLY.split()) * WORD_MS:
                break
        assert h.said == REPLY
        assert voiced_ms(call.heard) == len(REPLY.split()) * WORD_MS  # every word heard
        # Never more than 200 ms of the model's audio at Twilio unheard, though the model's
        # track (silence included) streamed the whole time, the stall too; a mark after
        # each frame.
        assert 0 < call.max_buffered_ms <= AHEAD_MS
        assert len(call.marks_echoed) >= call.media_received - 2
        assert call.clears == []  # nobody talked over it: nothing cleared
        assert "What can you count to?" in h.heard_caller
        # The session was G.711 mu-law both ways: what the caller sent went as it is.
        (start,) = [e for conn in h.server.received for e in conn if e["type"] == "session.start"]
        assert start["session"]["audio"]["format"] == {"type": "audio/pcmu", "rate": 8000}
        assert start["session"]["audio"]["output"] == {"voice": "marin"}
        appended = [
            e
            for conn in h.server.received
            for e in conn
            if e["type"] == "session.input_audio.append"
        ]
        assert len(appended) == 5 * h.frames  # a Twilio media frame each, untouched
    assert h.closed_reason == ["close_requested"]  # Twilio's stop ended the Live session


async def _talk_over(h: Harness, call: FakeTwilioCall, *, play: bool) -> int:
    """The reply starts; the caller talks over it. Returns where in ``call.heard`` the
    caller began to speak."""
    h.start_turn(call)
    while voiced_ms(call.heard) < 3 * WORD_MS:  # three words heard
        await h.tick(call)
    h.server.script.next_transcript("Stop, that is enough.")
    h.server.script.next_response(text="Okay.")
    if not play:  # the stream stalls: the model's audio piles up in the bridge
        for _ in range(8):
            await h.tick(call, play=False)
    began = len(call.heard)
    call.say(600)
    # The line goes on, as a phone line's audio does, until the model's transcript of the
    # caller is out (Live sends it some 400 ms after the words' window).
    for _ in range(30):
        await h.tick(call, play=play)
        if "Stop" in h.heard_caller:  # the model heard the caller
            break
    assert "Stop" in h.heard_caller
    return began


async def test_the_caller_talks_over_the_model_and_stops_hearing_it_at_once(
    harness: Harness,
) -> None:
    h = harness
    async with FakeTwilioCall(h.endpoint, clock=ManualClock()) as call:
        began = await _talk_over(h, call, play=True)
        for _ in range(30):
            await h.tick(call)
            if h.said.endswith("Okay."):
                break
        cut = h.said.removesuffix("Okay.")
        assert REPLY.startswith(cut) and len(cut) < len(REPLY)  # the model yielded
        # The caller heard at most what Twilio held when the model stopped (200 ms) and the
        # frame under way, not the rest of the reply.
        heard_after = voiced_ms(call.heard[began:])
        for _ in range(15):
            await h.tick(call)
        assert voiced_ms(call.heard[began:]) - heard_after == OKAY_MS  # "Okay.", whole
        assert heard_after <= AHEAD_MS + 100
        assert call.max_buffered_ms <= AHEAD_MS


async def test_what_waits_in_the_bridge_is_dropped_and_cleared_when_the_model_yields(
    harness: Harness,
) -> None:
    h = harness
    async with FakeTwilioCall(h.endpoint, clock=ManualClock()) as call:
        began = await _talk_over(h, call, play=False)
        await call.wait_for(lambda: bool(call.clears))
        (clear,) = call.clears
        assert clear.dropped_ms == AHEAD_MS  # Twilio held its 200 ms; the rest was here
        assert call.max_buffered_ms <= AHEAD_MS
        for _ in range(20):
            await h.tick(call)
        # Nothing of the old reply after the stall; the answer to the caller, whole.
        assert voiced_ms(call.heard[began:]) == OKAY_MS
        assert h.said.endswith("Okay.")
        assert len(call.clears) == 1


async def test_a_live_phone_session_is_checked_at_startup() -> None:
    client = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")

    def endpoint(session: Any, **kwargs: Any) -> None:
        twilio_endpoint(client, session=session, api="live", **kwargs)

    with pytest.raises(InvalidArgumentError, match="mu-law"):
        endpoint({"audio": {"format": {"type": "audio/pcm", "rate": 24000}}})
    with pytest.raises(InvalidArgumentError, match="Realtime session"):
        endpoint(realtime_session(model="gpt-realtime"))
    with pytest.raises(InvalidArgumentError, match="'client' is no field"):
        endpoint({"client": {"data_channel": {}}})
    with pytest.raises(InvalidEventError, match="voice"):  # as strict as the server, at startup
        endpoint({"audio": {"output": {"voice": 7}}})
    with pytest.raises(InvalidArgumentError, match="carry_max_items"):
        endpoint({}, carry_max_items=3)  # a Realtime-only option
    with pytest.raises(InvalidArgumentError, match="api must be"):
        twilio_endpoint(client, session={}, api="gemini")  # type: ignore[arg-type]
    await client.close()


async def test_a_realtime_call_has_no_live_connection_and_a_live_call_no_realtime_one(
    harness: Harness,
) -> None:
    h = harness
    async with FakeTwilioCall(h.endpoint, clock=ManualClock()) as call:
        await h.tick(call)
        (bridged,) = h.calls
        with pytest.raises(InvalidArgumentError, match=r"call\.live_conn"):
            bridged.conn  # noqa: B018
        assert bridged.live_conn.session_id is not None
        await asyncio.wait_for(bridged.end(), 10)
        await call.wait_for(lambda: call.closed)
    assert h.closed_reason == ["close_requested"]
