"""The session's turn detection options, live against the fake server (server VAD on).

- ``interrupt_response: false``: the server no longer cancels a response when the user
  starts talking, so barge-in sends ``response.cancel`` itself (with the truncate).
- ``create_response: false``: the user's turn is committed but no response is made; the
  app decides.

Time is an injected clock; "nothing happened" is proven by a marker event the server
answers in order (``input_audio_buffer.clear``), never by waiting.
"""

from __future__ import annotations

from typing import Any

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.connection import RealtimeConnection
from realtime_ext.testing import FakeRealtimeServer, FakeSpeaker, ManualClock, sine_pcm16
from realtime_ext.voice import AsyncVoice, PlaybackTracker, Voice

T = 10.0
NO_INTERRUPT = {
    "type": "realtime",
    "audio": {"input": {"turn_detection": {"type": "server_vad", "interrupt_response": False}}},
}
NO_RESPONSE = {
    "type": "realtime",
    "audio": {"input": {"turn_detection": {"type": "server_vad", "create_response": False}}},
}
# A turn: 300 ms of speech, then enough quiet (default silence_duration_ms: 500) to end it.
TURN = sine_pcm16(300) + bytes(24 * 2 * 700)


def _sent(server: FakeRealtimeServer, kind: str) -> list[dict[str, Any]]:
    return [e for e in server.connections[-1].events if e["type"] == kind]


WATCHED = ("response.done", "conversation.item.truncated")


def _until(conn: RealtimeConnection, kind: str) -> list[dict[str, Any]]:
    seen = [conn.recv(T).to_dict()]
    while seen[-1]["type"] != kind:
        seen.append(conn.recv(T).to_dict())
    return seen


def _plan_playing_answer_then_slow_one(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="The first answer, playing", audio_ms=1000)
    server.script.next_response(text="Still thinking", delay_ms=60_000)  # stays in progress


def test_sync_without_interrupt_response_the_client_cancels_and_truncates(
    server: FakeRealtimeServer,
) -> None:
    _plan_playing_answer_then_slow_one(server)
    clock, tracker = ManualClock(1000.0), PlaybackTracker()
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[Voice(playback=tracker)]) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock).attach(conn)
        conn.recv(T)
        conn.session.update(session=NO_INTERRUPT)
        conn.run_until("session.updated", timeout=T)
        conn.response.create()
        first = conn.run_until("response.done", timeout=T).to_dict()
        conn.response.create()
        slow = conn.run_until("response.created", timeout=T).to_dict()["response"]["id"]
        clock.advance(0.3)
        speaker.pump()
        conn.send_audio(sine_pcm16(200))  # the user talks over the first answer
        seen = _until(conn, "conversation.item.truncated")
    # The cancel goes first (no more audio is generated), then the truncate.
    assert [e["type"] for e in seen if e["type"] in WATCHED] == list(WATCHED)
    # response.done, then the truncate.
    done = next(e for e in reversed(seen) if e["type"] == "response.done")["response"]
    truncated = seen[-1]
    assert truncated["item_id"] == first["response"]["output"][0]["id"]
    assert abs(truncated["audio_end_ms"] - 300) <= 40
    # The server left the slow response alone; the client cancelled it, by id.
    assert done["id"] == slow and done["status"] == "cancelled"
    assert done["status_details"]["reason"] == "client_cancelled"
    cancels = _sent(server, "response.cancel")
    assert [c["response_id"] for c in cancels] == [slow]
    assert cancels[0]["event_id"].startswith("barge_in_")
    assert len(_sent(server, "conversation.item.truncate")) == 1


async def test_async_without_interrupt_response_the_client_cancels_and_truncates(
    server: FakeRealtimeServer,
) -> None:
    _plan_playing_answer_then_slow_one(server)
    clock, tracker = ManualClock(1000.0), PlaybackTracker()
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(
            model="gpt-realtime", extensions=[voice := AsyncVoice(playback=tracker)]
        ) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock).attach(conn)
        await conn.recv(T)
        await conn.session.update(session=NO_INTERRUPT)
        await conn.run_until("session.updated", timeout=T)
        await conn.response.create()
        await conn.run_until("response.done", timeout=T)
        await conn.response.create()
        slow = (await conn.run_until("response.created", timeout=T)).to_dict()["response"]["id"]
        clock.advance(0.3)
        speaker.pump()
        await conn.send_audio(sine_pcm16(200))
        seen = []
        while not seen or seen[-1]["type"] != "conversation.item.truncated":
            seen.append((await conn.recv(T)).to_dict())
        done = next(e for e in seen if e["type"] == "response.done")["response"]
        truncated = seen[-1]
        assert voice.interrupter.last is not None
        assert voice.interrupter.last.cancelled_response_id == slow
    assert abs(truncated["audio_end_ms"] - 300) <= 40
    assert done["id"] == slow and done["status"] == "cancelled"
    assert [c["response_id"] for c in _sent(server, "response.cancel")] == [slow]


def test_with_interrupt_response_the_server_cancels_and_the_client_does_not(
    server: FakeRealtimeServer,
) -> None:
    _plan_playing_answer_then_slow_one(server)
    clock, tracker = ManualClock(1000.0), PlaybackTracker()
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[Voice(playback=tracker)]) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=clock).attach(conn)
        conn.recv(T)
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        conn.response.create()
        conn.run_until("response.created", timeout=T)
        clock.advance(0.3)
        speaker.pump()
        conn.send_audio(sine_pcm16(200))
        done = conn.run_until("response.done", timeout=T).to_dict()["response"]
        conn.run_until("conversation.item.truncated", timeout=T)
    assert done["status_details"]["reason"] == "turn_detected"
    assert _sent(server, "response.cancel") == []


def test_sync_without_create_response_no_response_follows_speech(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="Only when asked")
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[voice := Voice()]) as conn,
    ):
        conn.recv(T)
        conn.session.update(session=NO_RESPONSE)
        conn.run_until("session.updated", timeout=T)
        conn.send_audio(TURN)
        conn.input_audio_buffer.clear()  # a marker: answered after anything the turn caused
        kinds = []
        while (kind := conn.recv(T).type_) != "input_audio_buffer.cleared":
            kinds.append(kind)
        assert "input_audio_buffer.speech_stopped" in kinds
        assert "input_audio_buffer.committed" in kinds
        assert "response.created" not in kinds
        assert [item.role for item in voice.history] == ["user"]
        conn.response.create()  # the app decides to answer after all
        done = conn.run_until("response.done", timeout=T).to_dict()
        assert done["response"]["status"] == "completed"
    assert len(_sent(server, "response.create")) == 1


async def test_async_without_create_response_no_response_follows_speech(
    server: FakeRealtimeServer,
) -> None:
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        await conn.recv(T)
        await conn.session.update(session=NO_RESPONSE)
        await conn.run_until("session.updated", timeout=T)
        await conn.send_audio(TURN)
        await conn.input_audio_buffer.clear()
        kinds = []
        while (kind := (await conn.recv(T)).type_) != "input_audio_buffer.cleared":
            kinds.append(kind)
        assert "input_audio_buffer.committed" in kinds
        assert "response.created" not in kinds
    assert _sent(server, "response.create") == []
