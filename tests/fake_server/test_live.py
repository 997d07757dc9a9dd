"""The fake server's GPT-Live sessions (``/v1/live/sessions``).

Most behaviours are driven in-process (the same ``handle_message`` a socket calls: cheap);
a few go through a real WebSocket on 127.0.0.1 with plain ``websockets``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from realtime_ext._validate import STRICT_ALL, api_error, payload_problem
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.testing._live import FakeLiveSession
from realtime_ext.testing._script import Script

JSON = dict[str, Any]
SILENCE = base64.b64encode(bytes(4800)).decode()  # 100 ms of 24 kHz PCM16
TONE = base64.b64encode(sine_pcm16(100)).decode()
RESPONSES = {"type": "responses", "responses": {"model": "gpt-5.6-sol"}}


class Live:
    """A fake Live session driven in-process, with what it sent and whether it closed."""

    def __init__(self, script: Script | None = None) -> None:
        self.script = script or Script()
        self.out: list[JSON] = []
        self.closed: list[tuple[int | None, str]] = []
        self.session = FakeLiveSession(
            self.script, self.out.append, lambda code, reason: self.closed.append((code, reason))
        )

    def send(self, **frame: Any) -> None:
        self.session.handle_message(json.dumps(frame))

    def start(self, **session: Any) -> JSON:
        self.send(type="session.start", session={"model": "gpt-live-1", **session})
        return self.out[-1]

    def audio(self, frames: int, *, speech: bool = False) -> None:
        for _ in range(frames):
            self.send(type="session.input_audio.append", audio=TONE if speech else SILENCE)

    def speak(self, frames: int = 8) -> None:
        """Silence, then speech, then enough silence to end the user's turn."""
        self.audio(2)
        self.audio(frames, speech=True)
        self.audio(4)

    def of(self, kind: str) -> list[JSON]:
        return [frame for frame in self.out if frame["type"] == kind]

    def nested(self) -> list[str]:
        return [f["event"]["type"] for f in self.of("response.event")]

    def said(self) -> str:
        return "".join(f["delta"] for f in self.of("session.output_transcript.delta"))


def test_the_first_frame_must_be_session_start() -> None:
    live = Live()
    live.audio(1)
    assert live.out[-1]["type"] == "error"
    assert live.out[-1]["error"]["code"] == "session_not_started"
    started = live.start()
    assert started["type"] == "session.started"
    live.start()
    assert live.out[-1]["error"]["code"] == "session_already_started"


def test_session_started_carries_the_resolved_session_as_recorded() -> None:
    live = Live()
    started = live.start(
        instructions="Be brief.",
        audio={"format": {"type": "audio/pcm", "rate": 24000}},
        delegation=RESPONSES,
    )
    session = started["session"]
    assert session["id"].startswith("live_")
    assert session["audio"] == {
        "output": {"voice": "marin"},
        "format": {"type": "audio/pcm", "rate": 24000},
    }
    assert session["delegation"]["responses"]["tools"] == []
    assert session["delegation"]["responses"]["tool_choice"] == "auto"
    assert session["status"] == "active" and session["input"] == []
    assert isinstance(session["expires_at"], int)


@pytest.mark.parametrize(
    ("frame", "code", "param"),
    [
        (
            {"type": "session.start", "session": {"model": "gpt-live-1", "voice": "x"}},
            "unknown_parameter",
            "session.voice",
        ),
        ({"type": "session.start"}, "missing_required_parameter", "session"),
        ({"type": "session.nope"}, "invalid_value", "type"),
    ],
)
def test_bad_frames_are_refused_in_the_apis_words(frame: JSON, code: str, param: str) -> None:
    live = Live()
    live.send(**frame, event_id="evt_1")
    error = live.out[-1]["error"]
    assert (error["code"], error["param"], error["client_event_id"]) == (code, param, "evt_1")


def test_speech_is_heard_and_answered_on_the_timeline() -> None:
    script = Script()
    script.next_transcript("What time is it?")
    script.next_response(text="It is noon.")
    live = Live(script)
    live.start()
    live.speak()
    live.audio(12)
    heard = live.of("session.input_transcript.delta")
    assert "".join(f["delta"] for f in heard) == "What time is it?"
    assert live.said() == "It is noon."
    said = live.of("session.output_transcript.delta")
    assert [f["end_ms"] - f["start_ms"] for f in said] == [200] * len(said)
    # the transcript comes ahead of the audio that carries it, and audio never stops
    first = live.out.index(said[0])
    assert live.out[first + 1]["type"] == "session.output_audio.delta"
    assert len(live.of("session.output_audio.delta")) == 2 + 8 + 4 + 12


def test_commentary_is_acknowledged_on_the_timeline_and_spoken() -> None:
    live = Live()
    live.start()
    live.audio(3)
    live.send(type="session.commentary.append", content="Your package arrives Friday.")
    appended = live.out[-1]
    assert appended["type"] == "session.commentary.appended"
    assert (appended["start_ms"], appended["end_ms"]) == (400, 600)
    live.send(type="session.thinking.append", content="checking", event_id="t1")
    assert live.out[-1]["type"] == "session.thinking.appended"
    assert live.out[-1]["client_event_id"] == "t1"
    live.send(type="session.instructions.append", content="Be warm.")
    assert live.out[-1]["type"] == "session.instructions.appended"
    live.audio(12)
    assert live.said() == "Your package arrives Friday."


def _tool_round(live: Live) -> None:
    live.start(delegation=RESPONSES)
    live.speak()
    live.audio(8)


def test_responses_delegation_streams_the_backend_in_response_events() -> None:
    script = Script()
    script.next_response(function_call=("lookup_forecast", {"city": "Oslo"}), text="Let me check.")
    script.next_response(text="It will rain in Oslo.")
    live = Live(script)
    _tool_round(live)
    created = live.of("session.delegation.created")[0]
    assert created["delegation"]["target"] == "responses"
    assert created["delegation"]["response_id"].startswith("resp_")
    assert live.nested()[:3] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
    ]
    call = live.of("response.event")[-1]["event"]["item"]
    assert (call["type"], call["name"], call["arguments"]) == (
        "function_call",
        "lookup_forecast",
        '{"city":"Oslo"}',
    )
    assert {f["delegation_id"] for f in live.of("response.event")} == {created["delegation"]["id"]}
    before = len(live.of("response.event"))
    live.send(
        type="response.item.create",
        item={"type": "function_call_output", "call_id": call["call_id"], "output": "rain"},
    )
    live.send(type="response.create")
    live.audio(30)
    after = [f["event"] for f in live.of("response.event")[before:]]
    assert after[0]["type"] == "response.completed"
    assert after[1]["response"]["previous_response_id"] == after[0]["response"]["id"]
    assert after[-1]["type"] == "response.completed"
    message = [e for e in after if e["type"] == "response.output_item.done"][-1]["item"]
    assert message["phase"] == "final_answer"
    assert live.said() == "Let me check.It will rain in Oslo."


def test_response_create_needs_every_tool_output() -> None:
    script = Script()
    script.next_response(function_call=("lookup", {}))
    live = Live(script)
    _tool_round(live)
    live.send(type="response.create")
    assert live.out[-1]["error"]["message"].startswith("No tool output found for function call")
    live.send(
        type="response.item.create",
        item={"type": "function_call_output", "call_id": "call_other", "output": "x"},
    )
    assert live.out[-1]["error"]["param"] == "item.call_id"


def test_response_item_create_requires_responses_delegation() -> None:
    live = Live()
    live.start()
    live.send(
        type="response.item.create",
        item={"type": "function_call_output", "call_id": "call_1", "output": "x"},
    )
    assert live.out[-1]["error"]["message"] == "response.item.create requires Responses delegation."


def test_client_delegation_is_answered_with_commentary() -> None:
    script = Script()
    script.next_response(function_call=("lookup", {}), text="One moment.")
    live = Live(script)
    live.start()
    live.speak()
    created = live.of("session.delegation.created")[0]
    assert created["delegation"] == {
        "id": created["delegation"]["id"],
        "type": "delegation",
        "target": "client",
    }
    live.send(type="session.commentary.append", delegation_id="item_unknown", content="x")
    assert live.out[-1]["error"]["param"] == "delegation_id"
    live.send(
        type="session.commentary.append",
        delegation_id=created["delegation"]["id"],
        content="Found it.",
    )
    live.audio(12)
    assert live.said() == "One moment.Found it."


def test_decisions_delegation_answers_with_a_decision_event() -> None:
    script = Script()
    script.next_response(function_call=("wants_refund", {"choice": "yes"}))
    live = Live(script)
    live.start(
        delegation={"type": "decisions", "decisions": {"model": "gpt-5.5-mini", "questions": []}}
    )
    live.speak()
    live.audio(8)
    decision = live.of("decision.event")[0]
    assert decision["delegation_id"] == live.of("session.delegation.created")[0]["delegation"]["id"]
    answer = decision["event"]["decision"]["answers"][0]
    assert (answer["type"], answer["name"], answer["choice"]) == ("choice", "wants_refund", "yes")


def test_usage_is_reported_every_15_seconds_of_timeline() -> None:
    live = Live()
    live.start()
    live.audio(149)
    assert not live.of("session.usage.updated")
    live.audio(1)
    usage = live.of("session.usage.updated")[0]
    assert usage["usage"] == {"seconds": 15.0}
    assert 0 <= usage["context_window"]["usage_ratio"] <= 1


def test_every_frame_the_fake_sends_is_a_valid_live_server_event() -> None:
    from realtime_generated import models
    from realtime_generated.event_types import LIVE_SERVER_EVENTS

    script = Script()
    script.next_response(function_call=("lookup", {"city": "Oslo"}), text="Let me check.")
    script.next_response(text="Rain.")
    live = Live(script)
    _tool_round(live)
    call = live.of("response.event")[-1]["event"]["item"]
    live.send(
        type="response.item.create",
        item={"type": "function_call_output", "call_id": call["call_id"], "output": "rain"},
    )
    live.send(type="response.create")
    live.audio(150)
    live.send(type="session.input_audio.mute")
    live.send(type="session.input_audio.unmute")
    live.send(type="session.update", session={"delegation": {"type": "responses"}})
    live.send(
        type="decision.item.create",
        item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
    )
    live.send(type="session.close")
    kinds: set[str] = set()
    for frame in live.out:
        kinds.add(frame["type"])
        model = getattr(models, LIVE_SERVER_EVENTS[frame["type"]])
        problem = payload_problem(model, frame, strict=frozenset({STRICT_ALL}))
        assert problem is None, (frame["type"], api_error(problem))
    assert {"session.usage.updated", "session.closed", "session.updated"} <= kinds


# -- over a real socket --------------------------------------------------------------------
@pytest.fixture(scope="module")
def live_server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(live_session_seconds=3600) as server:
        yield server


def _connect(server: FakeRealtimeServer) -> ClientConnection:
    return connect(
        f"{server.ws_url}/live/sessions",
        additional_headers={"Authorization": "Bearer sk-test"},
        open_timeout=5,
    )


def _recv(ws: ClientConnection) -> JSON:
    frame: JSON = json.loads(ws.recv(timeout=5))
    return frame


def test_a_live_socket_starts_and_closes_as_recorded(live_server: FakeRealtimeServer) -> None:
    with _connect(live_server) as ws:
        ws.send(json.dumps({"type": "session.start", "session": {"model": "gpt-live-1"}}))
        started = _recv(ws)
        assert started["type"] == "session.started"
        ws.send(json.dumps({"type": "session.close"}))
        closed = _recv(ws)
        assert (closed["type"], closed["reason"]) == ("session.closed", "close_requested")
        assert closed["session"]["id"] == started["session"]["id"]
        assert closed["usage"]["seconds"] >= 15.0
        with pytest.raises(ConnectionClosed) as ended:
            ws.recv(timeout=5)
        assert ended.value.rcvd is not None and ended.value.rcvd.code == 1000


def test_a_live_session_expires_at_its_configured_duration() -> None:
    with FakeRealtimeServer(live_session_seconds=0.2) as server, _connect(server) as ws:
        ws.send(json.dumps({"type": "session.start", "session": {"model": "gpt-live-1"}}))
        started = _recv(ws)
        closed = _recv(ws)  # no audio is sent: only the expiry can end it
        assert (closed["type"], closed["reason"]) == ("session.closed", "expired")
        assert closed["session"]["id"] == started["session"]["id"]


def test_the_live_session_lasts_two_hours_by_default() -> None:
    server = FakeRealtimeServer()
    assert server.live_session_seconds == 7200
    with pytest.raises(Exception, match="live_session_seconds"):
        FakeRealtimeServer(live_session_seconds=-1)
