"""conn.history over real connections to the fake server: sync and async, G.711, a
cancelled response, deletion, out-of-band responses, and a reconnect to a new session."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.testing import FakeRealtimeServer, FakeSpeaker
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.voice import AsyncVoice, PlaybackTracker, Voice


def user_message(text: str) -> dict[str, Any]:
    """A user's text message, as ``conversation.item.create``."""
    return {
        "type": "conversation.item.create",
        "item": {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": text}],
        },
    }


T = 10.0


def test_sync_history_follows_the_conversation(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Paris is sunny.", audio_ms=500)
    server.script.next_response(function_call=("get_weather", {"city": "Oslo"}))
    server.script.next_response(text="Not kept", audio_ms=100)
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[voice := Voice(keep_audio=True)]) as conn,
    ):
        conn.send(user_message("Weather in Paris?"))
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        conn.response.create()
        call = conn.run_until("response.done", timeout=T).to_dict()["response"]["output"][0]
        conn.conversation.item.create(
            item={"type": "function_call_output", "call_id": call["call_id"], "output": "cold"}
        )
        conn.run_until("conversation.item.done", timeout=T)
        conn.response.create(response={"conversation": "none"})  # out of band
        conn.run_until("response.done", timeout=T)
        history = voice.history
        kinds = [(i.type, i.role) for i in history]
        assert kinds == [
            ("message", "user"),
            ("message", "assistant"),
            ("function_call", None),
            ("function_call_output", None),
        ]
        answer = history.items[1]
        assert answer.transcript == "Paris is sunny." and answer.status == "completed"
        assert answer.audio is not None and len(answer.audio) == 500 * 48
        assert history.items[2].arguments == '{"city":"Oslo"}'
        conn.conversation.item.delete(item_id=answer.id)
        conn.run_until("conversation.item.deleted", timeout=T)
        assert answer.id not in history and len(history) == 3
        assert history.audio_bytes == 0
        assert history.transcript().splitlines()[0] == "user: Weather in Paris?"


async def test_async_history_marks_a_cancelled_response(server: FakeRealtimeServer) -> None:
    server.script.next_response(hold=True)
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[voice := AsyncVoice()]) as conn,
    ):
        await conn.send(user_message("Hello"))
        await conn.response.create()
        await conn.run_until("response.created", timeout=T)
        await conn.send_audio(sine_pcm16(100))  # server VAD: speech cancels the response
        done = (await conn.run_until("response.done", timeout=T)).to_dict()
        assert done["response"]["status"] == "cancelled"
        assert voice.history.items[-1].status == "incomplete"


def test_g711_session_barge_in_and_history(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Bonjour, je parle longtemps", audio_ms=1000)
    now = [0.0]
    tracker = PlaybackTracker()
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime", extensions=[voice := Voice(playback=tracker)]) as conn,
    ):
        speaker = FakeSpeaker(tracker, clock=lambda: now[0]).attach(conn)
        conn.session.update(
            session={
                "type": "realtime",
                "audio": {
                    "input": {"format": {"type": "audio/pcmu"}},
                    "output": {"format": {"type": "audio/pcmu"}},
                },
            }
        )
        conn.run_until("session.updated", timeout=T)
        assert tracker.format.rate == 8000
        conn.response.create()
        done = conn.run_until("response.done", timeout=T).to_dict()
        assert voice.history.items[-1].audio_ms == 1000
        now[0] += 0.4
        speaker.pump()
        from realtime_ext.audio import PCMU, resample

        conn.send_audio(PCMU.encode(resample(sine_pcm16(200), 24000, 8000)), sample_rate=8000)
        truncated = conn.run_until("conversation.item.truncated", timeout=T).to_dict()
        assert abs(truncated["audio_end_ms"] - 400) <= 40
        assert voice.history[done["response"]["output"][0]["id"]].truncated_at_ms == 400


def test_reconnect_starts_a_new_history(server: FakeRealtimeServer) -> None:
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(
            model="gpt-realtime", max_retries=2, reconnect_delay=0.01, extensions=[voice := Voice()]
        ) as conn,
    ):
        conn.recv(T)
        conn.send(user_message("Before the drop"))
        conn.run_until("conversation.item.done", timeout=T)
        first = voice.history
        server.faults.drop_after(0)
        conn.send(user_message("ping"))  # the drop; the receiving loop reconnects
        conn.run_until("session.created", timeout=T)
        conn.send(user_message("After"))
        while "After" not in [i.text for i in voice.history]:  # the carried items come first
            conn.run_until("conversation.item.done", timeout=T)
        assert conn.reconnects == 1
        assert first.ended and voice.history.previous is first
        # The new session was given the conversation (original ids) and the message the old
        # one never confirmed; what came after follows.
        assert [i.text for i in voice.history] == ["Before the drop", "ping", "After"]
        assert [i.id for i in voice.history][:1] == [i.id for i in first][:1]
        assert "Before the drop" in first.transcript()


@pytest.mark.parametrize("keep_audio", [False, True])
def test_audio_is_kept_only_when_asked(server: FakeRealtimeServer, keep_audio: bool) -> None:
    server.script.next_response(text="Hi", audio_ms=300)
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(
            model="gpt-realtime",
            extensions=[voice := Voice(keep_audio=keep_audio, max_audio_bytes=48000)],
        ) as conn,
    ):
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        item = voice.history.items[-1]
        assert (item.audio is not None) is keep_audio and not item.audio_dropped
        assert voice.history.audio_bytes == (14400 if keep_audio else 0)
