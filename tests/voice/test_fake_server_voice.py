"""The fake server's voice model: server VAD from signal energy, truncation, G.711 output."""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import RealtimeClient, RealtimeServerError
from realtime_ext.connection import RealtimeConnection
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16

T = 10.0


@contextlib.contextmanager
def _connect(server: FakeRealtimeServer) -> Iterator[RealtimeConnection]:
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        yield conn


def _types_until(conn: RealtimeConnection, last: str) -> list[dict[str, Any]]:
    seen = []
    while True:
        event = conn.recv(T).to_dict()
        seen.append(event)
        if event["type"] == last:
            return seen


def test_server_vad_detects_speech_commits_and_answers(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Heard you")
    with _connect(server) as conn:
        conn.recv(T)
        conn.send_audio(bytes(4800 * 2) + sine_pcm16(500) + bytes(4800 * 6))
        events = _types_until(conn, "response.done")
    kinds = [e["type"] for e in events]
    assert kinds[:4] == [
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
        "conversation.item.added",
    ]
    started, stopped, committed = events[0], events[1], events[2]
    assert started["audio_start_ms"] == 0  # 200 ms of silence, minus 300 ms prefix padding
    assert stopped["audio_end_ms"] == 700
    assert started["item_id"] == stopped["item_id"] == committed["item_id"]
    assert events[-1]["response"]["status"] == "completed"


def test_speech_cancels_the_response_in_progress(server: FakeRealtimeServer) -> None:
    server.script.next_response(hold=True)
    with _connect(server) as conn:
        conn.recv(T)
        conn.response.create()
        conn.run_until("response.created", timeout=T)
        conn.send_audio(sine_pcm16(100))
        events = _types_until(conn, "response.done")
    assert "input_audio_buffer.speech_started" in [e["type"] for e in events]
    done = events[-1]["response"]
    assert done["status"] == "cancelled"
    assert done["status_details"]["reason"] == "turn_detected"


SPEECH = bytes(4800 * 2) + sine_pcm16(500) + bytes(4800 * 6)  # 200 ms quiet, 500 loud, 600 quiet


def test_vad_is_on_by_default_as_on_the_api() -> None:
    with FakeRealtimeServer() as srv, _connect(srv) as conn:
        conn.recv(T)
        conn.send_audio(SPEECH)
        kinds = [e["type"] for e in _types_until(conn, "response.done")]
    assert kinds[:3] == [
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
    ]


@pytest.mark.parametrize(
    ("switch", "session"),
    [
        ("script", None),  # server.script.detect_speech(False)
        ("scenario", None),  # the scenario key vad: false
        (None, {"type": "realtime", "audio": {"input": {"turn_detection": None}}}),
    ],
)
def test_vad_is_off_on_request(switch: str | None, session: dict[str, Any] | None) -> None:
    scenario = {"vad": False} if switch == "scenario" else None
    with FakeRealtimeServer(scenario=scenario) as srv, _connect(srv) as conn:
        if switch == "script":
            srv.script.detect_speech(False)
        conn.recv(T)
        if session is not None:
            conn.send({"type": "session.update", "session": session})
            assert conn.recv(T).type_ == "session.updated"
        conn.send_audio(SPEECH)
        conn.input_audio_buffer.commit()
        assert conn.recv(T).type_ == "input_audio_buffer.committed"
    assert [e["type"] for e in srv.connections[0].events].count("input_audio_buffer.commit") == 1


@pytest.mark.parametrize(("eagerness", "end_ms"), [("high", 700), ("auto", 700), ("low", None)])
def test_semantic_vad_reads_eagerness_as_a_silence(
    server: FakeRealtimeServer, eagerness: str, end_ms: int | None
) -> None:
    turn = {"type": "semantic_vad", "eagerness": eagerness}
    with _connect(server) as conn:
        conn.recv(T)
        conn.send(
            {
                "type": "session.update",
                "session": {"type": "realtime", "audio": {"input": {"turn_detection": turn}}},
            }
        )
        assert conn.recv(T).type_ == "session.updated"
        conn.send_audio(SPEECH)
        assert conn.recv(T).type_ == "input_audio_buffer.speech_started"
        if end_ms is None:  # 600 ms of quiet is not enough for low eagerness (1,000 ms)
            conn.input_audio_buffer.clear()
            assert conn.recv(T).type_ == "input_audio_buffer.cleared"
            return
        stopped = conn.recv(T).to_dict()
    assert stopped["type"] == "input_audio_buffer.speech_stopped"
    assert stopped["audio_end_ms"] == end_ms


def test_a_manual_commit_ends_the_speech_with_its_announced_item(
    server: FakeRealtimeServer,
) -> None:
    with _connect(server) as conn:
        conn.recv(T)
        conn.send_audio(sine_pcm16(300))
        started = conn.recv(T).to_dict()
        conn.input_audio_buffer.commit()
        committed = conn.recv(T).to_dict()
        assert committed["type"] == "input_audio_buffer.committed"
        assert committed["item_id"] == started["item_id"]
        # The speech ended: the next loud audio starts a new one.
        conn.send_audio(sine_pcm16(100))
        events = _types_until(conn, "input_audio_buffer.speech_started")
    assert events[-1]["item_id"] != started["item_id"]


def test_truncate_cuts_audio_and_transcript_and_refuses_beyond(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="One two three", audio_ms=1000)
    with _connect(server) as conn:
        conn.recv(T)
        conn.response.create()
        done = conn.run_until("response.done", timeout=T).to_dict()
        assert conn.recv(T).type == "rate_limits.updated"  # its last event (OpenAI's route)
        item_id = done["response"]["output"][0]["id"]
        conn.conversation.item.truncate(item_id=item_id, content_index=0, audio_end_ms=1200)
        with pytest.raises(RealtimeServerError, match="1000ms is already shorter than 1200ms"):
            conn.recv(T)
        conn.conversation.item.truncate(item_id=item_id, content_index=0, audio_end_ms=300)
        truncated = conn.recv(T).to_dict()
        assert truncated == {
            **truncated,
            "type": "conversation.item.truncated",
            "audio_end_ms": 300,
        }
        conn.conversation.item.retrieve(item_id=item_id)
        item = conn.recv(T).to_dict()["item"]
        assert len(base64.b64decode(item["content"][0]["audio"])) == 300 * 48
        assert item["content"][0]["transcript"] == ""
        # Once cut, the item is 300 ms long.
        conn.conversation.item.truncate(item_id=item_id, content_index=0, audio_end_ms=301)
        with pytest.raises(RealtimeServerError, match="300ms is already shorter"):
            conn.recv(T)
        conn.conversation.item.delete(item_id=item_id)
        assert conn.recv(T).type_ == "conversation.item.deleted"
        conn.conversation.item.retrieve(item_id=item_id)
        with pytest.raises(RealtimeServerError, match="not found"):
            conn.recv(T)


def test_g711_sessions_get_g711_audio(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Bonjour", audio_ms=500)
    with _connect(server) as conn:
        conn.recv(T)
        conn.session.update(
            session={
                "type": "realtime",
                "audio": {"output": {"format": {"type": "audio/pcmu"}}},
            }
        )
        conn.recv(T)
        conn.response.create()
        deltas = [
            base64.b64decode(e["delta"])
            for e in _types_until(conn, "response.done")
            if e["type"] == "response.output_audio.delta"
        ]
    assert sum(map(len, deltas)) == 4000  # 500 ms at 8 kHz, one byte per sample
