"""Barge-in end to end against the fake server (server VAD on): sync, async, sideband.

Time is an injected clock that the tests move; nothing sleeps.
"""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext.connection import RealtimeConnection
from realtime_ext.connection._connect import AsyncConnect
from realtime_ext.testing import FakeRealtimeServer, FakeSpeaker, ManualClock, sine_pcm16
from realtime_ext.voice import AsyncVoice, Interruption, PlaybackTracker, Voice

T = 10.0
SESSION = {"type": "realtime", "model": "gpt-realtime"}


def _truncates(server: FakeRealtimeServer, index: int = -1) -> list[dict[str, Any]]:
    return [
        e for e in server.connections[index].events if e["type"] == "conversation.item.truncate"
    ]


# The "Done when" grid: each behaviour, sync and async, over a WebSocket and over the
# sideband of a call (one conversation the call's channels share).
VIA = ["websocket", "sideband"]


def _connect(
    client: RealtimeClient, server: FakeRealtimeServer, via: str, voice: Voice
) -> RealtimeConnection:
    if via == "sideband":
        call = server.register_call()
        client.calls.accept(call.id, session=SESSION)
        return client.connect(call_id=call.id, extensions=[voice])
    return client.connect(model="gpt-realtime", extensions=[voice])


async def _aconnect(
    client: AsyncRealtimeClient, server: FakeRealtimeServer, via: str, voice: AsyncVoice
) -> AsyncConnect:
    if via == "sideband":
        call = server.register_call()
        await client.calls.accept(call.id, session=SESSION)
        return client.connect(call_id=call.id, extensions=[voice])
    return client.connect(model="gpt-realtime", extensions=[voice])


@pytest.mark.parametrize("via", VIA)
def test_sync_barge_in_300ms_into_1s_truncates_at_300ms(
    server: FakeRealtimeServer, via: str
) -> None:
    server.script.next_response(text="A long answer about the weather", audio_ms=1000)
    clock, tracker = ManualClock(1000.0), PlaybackTracker()
    told: list[Interruption] = []
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        _connect(client, server, via, voice := Voice(playback=tracker)) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock).attach(conn)
        conn.on("interrupted", told.append)
        if via == "websocket":  # a sideband joins with no session.created
            conn.recv(T)
        conn.response.create()
        done = conn.run_until("response.done", timeout=T).to_dict()
        item_id = done["response"]["output"][0]["id"]
        assert speaker.buffered_ms == 1000
        clock.advance(0.3)
        speaker.pump()
        conn.send_audio(sine_pcm16(200))  # the user starts talking
        truncated = conn.run_until("conversation.item.truncated", timeout=T).to_dict()
        assert truncated["item_id"] == item_id
        assert abs(truncated["audio_end_ms"] - 300) <= 40
        assert told[0].audio_end_ms == truncated["audio_end_ms"] and told[0].item_id == item_id
        clock.advance(1.0)
        assert speaker.pump() == 0  # flushed: nothing more is played after the barge-in
        item = voice.history[item_id]
        assert item.truncated_at_ms == truncated["audio_end_ms"] and item.transcript == ""
        assert "[interrupted at" in voice.history.transcript()
    assert len(_truncates(server)) == 1  # never twice
    assert not [e for e in server.connections[-1].events if e["type"] == "response.cancel"]


@pytest.mark.parametrize("via", VIA)
async def test_async_barge_in_300ms_into_1s_truncates_at_300ms(
    server: FakeRealtimeServer, via: str
) -> None:
    server.script.next_response(text="A long answer about the weather", audio_ms=1000)
    clock, tracker = ManualClock(1000.0), PlaybackTracker()
    told: list[Interruption] = []
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        await _aconnect(client, server, via, voice := AsyncVoice(playback=tracker)) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock).attach(conn)
        conn.on("interrupted", told.append)
        if via == "websocket":  # a sideband joins with no session.created
            await conn.recv(T)
        await conn.response.create()
        done = (await conn.run_until("response.done", timeout=T)).to_dict()
        item_id = done["response"]["output"][0]["id"]
        clock.advance(0.3)
        speaker.pump()
        await conn.send_audio(sine_pcm16(200))
        truncated = (await conn.run_until("conversation.item.truncated", timeout=T)).to_dict()
        assert truncated["item_id"] == item_id
        assert abs(truncated["audio_end_ms"] - 300) <= 40
        assert told[0].audio_end_ms == truncated["audio_end_ms"]
        clock.advance(1.0)
        assert speaker.pump() == 0
        assert voice.history[item_id].truncated_at_ms == truncated["audio_end_ms"]
    assert len(_truncates(server)) == 1


@pytest.mark.parametrize("via", VIA)
def test_sync_explicit_interrupt_after_all_audio_half_played(
    server: FakeRealtimeServer, via: str
) -> None:
    server.script.next_response(text="Counting to ten", audio_ms=1000)
    clock, tracker = ManualClock(1000.0), PlaybackTracker()
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        _connect(client, server, via, voice := Voice(playback=tracker)) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock).attach(conn)
        if via == "websocket":  # a sideband joins with no session.created
            conn.recv(T)
        conn.response.create()
        conn.run_until("response.done", timeout=T)  # all 1000 ms received
        clock.advance(0.5)
        speaker.pump()
        done = voice.interrupt()
        assert done.audio_end_ms == 500 and done.reason == "interrupt"
        assert done.received_ms == 1000
        truncated = conn.run_until("conversation.item.truncated", timeout=T).to_dict()
        assert truncated["audio_end_ms"] == 500
        assert voice.interrupt().item_id is None  # nothing left to truncate
    assert [t["audio_end_ms"] for t in _truncates(server)] == [500]


@pytest.mark.parametrize("via", VIA)
async def test_async_explicit_interrupt_after_all_audio_half_played(
    server: FakeRealtimeServer, via: str
) -> None:
    server.script.next_response(text="Counting to ten", audio_ms=1000)
    clock, tracker = ManualClock(1000.0), PlaybackTracker()
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        await _aconnect(client, server, via, voice := AsyncVoice(playback=tracker)) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock).attach(conn)
        if via == "websocket":  # a sideband joins with no session.created
            await conn.recv(T)
        await conn.response.create()
        await conn.run_until("response.done", timeout=T)
        clock.advance(0.5)
        speaker.pump()
        done = await voice.interrupt()
        assert done.audio_end_ms == 500 and done.reason == "interrupt"
        assert done.received_ms == 1000
        truncated = (await conn.run_until("conversation.item.truncated", timeout=T)).to_dict()
        assert truncated["audio_end_ms"] == 500
        again = await voice.interrupt()  # nothing left to truncate
        assert again.item_id is None
    assert [t["audio_end_ms"] for t in _truncates(server)] == [500]


async def test_async_interrupt_cancels_a_response_in_progress(server: FakeRealtimeServer) -> None:
    server.script.next_response(hold=True)
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[voice := AsyncVoice()]) as conn,
    ):
        await conn.recv(T)
        await conn.response.create()
        created = (await conn.run_until("response.created", timeout=T)).to_dict()
        done = await voice.interrupt()
        assert done.cancelled_response_id == created["response"]["id"]
        finished = (await conn.run_until("response.done", timeout=T)).to_dict()
        assert finished["response"]["status"] == "cancelled"


def test_without_a_tracker_the_clock_estimates(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Estimated", audio_ms=1000)
    clock = ManualClock(1000.0)
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(
            model="gpt-realtime", extensions=[voice := Voice(auto_interrupt=True, clock=clock)]
        ) as conn,
    ):
        conn.recv(T)
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        clock.advance(0.25)
        conn.send_audio(sine_pcm16(200))
        truncated = conn.run_until("conversation.item.truncated", timeout=T).to_dict()
        assert truncated["audio_end_ms"] == 250
        assert voice.interrupter.last is not None
        assert voice.interrupter.last.estimated


def test_no_auto_interrupt_without_a_tracker_by_default(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Talk over me", audio_ms=500)
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[voice := Voice()]) as conn,
    ):
        conn.recv(T)
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        conn.send_audio(sine_pcm16(200))
        conn.run_until("input_audio_buffer.speech_started", timeout=T)
        assert voice.history.items[-1].truncated_at_ms is None
    assert _truncates(server) == []


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"playback": object()}, "PlaybackTracker"),
        ({"auto_interrupt": "yes"}, "auto_interrupt"),
        ({"keep_audio": 1}, "keep_audio"),
        ({"max_audio_bytes": -5}, "max_audio_bytes"),
        ({"clock": 3}, "clock"),
    ],
)
def test_bad_voice_arguments_fail_before_connecting(kwargs: dict[str, Any], match: str) -> None:
    for voice in (Voice, AsyncVoice):
        with pytest.raises(InvalidArgumentError, match=match):
            voice(**kwargs)
