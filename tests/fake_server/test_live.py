"""The fake server's GPT-Live sessions (``/v1/live/sessions``).

Most behaviours are driven in-process (the same ``handle_message`` a socket calls: cheap);
a few go through a real WebSocket on 127.0.0.1 with plain ``websockets``.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from realtime_ext import InvalidArgumentError
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
        self.audio(8)

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
        (
            {
                "type": "session.start",
                "session": {"model": "gpt-live-1", "audio": {"output": {"voice": "fable"}}},
            },
            "forbidden",
            "session.audio.output.voice",
        ),
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
    assert len(live.of("session.output_audio.delta")) == 2 + 8 + 8 + 12


def test_the_model_yields_when_the_caller_talks_over_it() -> None:
    # Live's barge-in is the model's own: no event says so; its words stop and its audio
    # track goes silent from the frame the caller's new turn starts.
    script = Script()
    script.next_transcript("Hello there.")
    script.next_response(text="One two three four five six seven eight nine ten.")
    script.next_transcript("Stop please.")
    script.next_response(text="Sure.")
    live = Live(script)
    live.start()
    live.speak()
    live.audio(6)  # a few words said (one per 200 ms)
    cut = live.said()
    assert cut.startswith("One two")
    before = len(live.out)
    live.audio(1, speech=True)  # the caller starts a new turn
    (audio,) = [f for f in live.out[before:] if f["type"] == "session.output_audio.delta"]
    assert base64.b64decode(audio["delta"]) == bytes(4800)  # silent at once
    live.audio(5, speech=True)
    live.audio(10)
    heard = "".join(f["delta"] for f in live.of("session.input_transcript.delta"))
    assert heard == "Hello there.Stop please."
    assert live.said() == cut + "Sure."  # the rest was never said; then the answer


def test_commentary_is_acknowledged_on_the_timeline_and_spoken() -> None:
    live = Live()
    live.start()
    live.audio(9)  # the output track, 600 ms behind the input, is at 300 ms
    live.send(type="session.commentary.append", content="Your package arrives Friday.")
    appended = live.out[-1]
    assert appended["type"] == "session.commentary.appended"
    assert (appended["start_ms"], appended["end_ms"]) == (400, 600)
    live.send(type="session.thinking.append", content="checking", event_id="t1")
    assert live.out[-1]["type"] == "session.thinking.appended"
    assert live.out[-1]["client_event_id"] == "t1"
    live.send(type="session.instructions.append", content="Be warm.")
    assert live.out[-1]["type"] == "session.instructions.appended"
    live.audio(20)
    assert live.said() == "Your package arrives Friday."


def test_the_model_answers_while_the_last_words_are_still_transcribed() -> None:
    """Full duplex, as recorded: the transcript of a window comes some 400 ms after it,
    the model answers once it heard the whole utterance, and speaks before the transcript
    of the user's last words is out; words that share a 200 ms window share a delta."""
    script = Script()
    script.next_transcript("Can you tell me if it is on?")
    script.next_response(text="Yes, it is on.")
    live = Live(script)
    live.start()
    live.audio(2)
    appended = 0
    sent_at: dict[int, int] = {}  # a transcript window's start: appends sent before it came
    while not live.of("session.output_audio.delta") or len(live.said()) < len("Yes, it is on."):
        live.audio(1, speech=appended < 40)  # speech goes on past the words
        appended += 1
        for frame in live.of("session.input_transcript.delta"):
            sent_at.setdefault(frame["start_ms"], 2 + appended)
        assert appended < 100, live.said()
    heard = live.of("session.input_transcript.delta")
    assert "".join(f["delta"] for f in heard) == "Can you tell me if it is on?"
    starts = [f["start_ms"] for f in heard]
    assert starts == sorted(set(starts)) and len(heard) < 9  # some windows hold two words
    assert all(f["end_ms"] - f["start_ms"] == 200 for f in heard)
    # Each window's delta came once 400 ms more audio than its end was in.
    assert all(sent * 100 >= start + 600 for start, sent in sent_at.items())
    first_said = live.out.index(live.of("session.output_transcript.delta")[0])
    assert first_said < live.out.index(heard[-1])


def test_a_delegation_comes_once_the_task_is_transcribed() -> None:
    script = Script()
    script.next_transcript("Look it up.")
    script.next_response(function_call=("lookup", {}), text="Sure.")
    live = Live(script)
    live.start()
    live.speak()
    live.audio(8)
    created = live.out.index(live.of("session.delegation.created")[0])
    assert live.out.index(live.of("session.input_transcript.delta")[-1]) < created


@pytest.mark.parametrize("kind", ["commentary", "thinking", "instructions"])
def test_an_append_holds_500_tokens_and_501_are_refused(kind: str) -> None:
    # As the API caps each append (500 o200k_base tokens: " hello" is one of them).
    live = Live()
    live.start()
    live.send(
        type=f"session.{kind}.append", delegation_id=None, content=" hello" * 500, event_id="a"
    )
    assert live.out[-1]["type"] == f"session.{kind}.appended"
    live.send(
        type=f"session.{kind}.append", delegation_id=None, content=" hello" * 501, event_id="b"
    )
    error = live.out[-1]["error"]
    assert (error["code"], error["param"], error["client_event_id"]) == (
        "string_above_max_length",
        "content",
        "b",
    )
    assert "501 tokens" in error["message"]
    assert not live.of(f"session.{kind}.appended")[1:]


def test_one_fixture_plays_at_a_time() -> None:
    live = Live()
    live.start()
    fixture = base64.b64encode(sine_pcm16(300)).decode()
    live.send(type="session.output_audio.fixture.play", audio=fixture, event_id="f1")
    assert live.out[-1]["type"] == "session.output_audio.fixture.playing"
    live.send(type="session.output_audio.fixture.play", audio=fixture, event_id="f2")
    assert live.out[-1]["error"]["client_event_id"] == "f2"
    assert "only one fixture can be active" in live.out[-1]["error"]["message"]
    live.audio(4)
    played = live.of("session.output_audio.fixture.played")
    assert [f["client_event_id"] for f in played] == ["f1"]
    assert live.session.scheduled == 0
    live.send(type="session.output_audio.fixture.play", audio=fixture)
    assert live.out[-1]["type"] == "session.output_audio.fixture.playing"


def _tool_round(live: Live) -> None:
    live.start(delegation=RESPONSES)
    live.speak()
    live.audio(8)


def _last_call(live: Live) -> JSON:
    """The last function call item the backend finished."""
    done = [
        f["event"]["item"]
        for f in live.of("response.event")
        if f["event"]["type"] == "response.output_item.done"
        and f["event"]["item"]["type"] == "function_call"
    ]
    return done[-1]


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
    call = _last_call(live)
    assert (call["type"], call["name"], call["arguments"]) == (
        "function_call",
        "lookup_forecast",
        '{"city":"Oslo"}',
    )
    assert {f["delegation_id"] for f in live.of("response.event")} == {created["delegation"]["id"]}
    # A response that ends in function calls completes on its own, as the Responses API's
    # do: a client that waits for response.completed before it sends the outputs goes on.
    live.audio(2)
    first = live.of("response.event")[-1]["event"]
    assert first["type"] == "response.completed"
    assert first["response"]["id"] == created["delegation"]["response_id"]
    before = len(live.of("response.event"))
    live.send(
        type="response.item.create",
        item={"type": "function_call_output", "call_id": call["call_id"], "output": "rain"},
    )
    live.send(type="response.create")
    live.audio(30)
    after = [f["event"] for f in live.of("response.event")[before:]]
    assert after[0]["type"] == "response.created"
    assert after[0]["response"]["previous_response_id"] == first["response"]["id"]
    assert after[-1]["type"] == "response.completed"
    message = [e for e in after if e["type"] == "response.output_item.done"][-1]["item"]
    assert message["phase"] == "final_answer"
    assert live.said() == "Let me check.It will rain in Oslo."


def test_a_backend_waiting_for_tool_outputs_keeps_the_session_busy() -> None:
    # A phone line carries the caller's audio while the session is busy: were the wait for
    # the app's tool outputs not work on the timeline, the line would go quiet and end before
    # a slow tool answered, and the backend's answer would never be said.
    script = Script()
    script.next_response(function_call=("lookup", {}))
    script.next_response(text="Nine to five.")
    live = Live(script)
    live.start(delegation=RESPONSES)
    live.speak()
    for _ in range(30):
        if live.of("response.event") and live.nested()[-1] == "response.completed":
            break
        live.audio(1)
    call = _last_call(live)
    assert call["type"] == "function_call"
    live.audio(30)  # the app takes its time
    assert live.session.busy
    live.send(
        type="response.item.create",
        item={"type": "function_call_output", "call_id": call["call_id"], "output": "9-5"},
    )
    live.send(type="response.create")
    for _ in range(60):
        if not live.session.busy:
            break
        live.audio(1)
    assert live.said() == "Nine to five."
    assert not live.session.busy


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


@pytest.mark.parametrize("typed", [True, False])
def test_a_standalone_response_create_is_answered_in_a_new_delegation(typed: bool) -> None:
    # openai 3.57: "Request a response from the Live session's Responses backend": a typed
    # turn (a user message, then response.create), or a response.create on nothing new.
    script = Script()
    script.next_response(text="Twenty.")
    live = Live(script)
    live.start(delegation=RESPONSES)
    if typed:
        item = {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "4*5"}],
        }
        live.send(type="response.item.create", item=item)
    live.send(type="response.create", event_id="turn_1")
    created = live.of("session.delegation.created")[0]
    assert (created["client_event_id"], created["delegation"]["target"]) == ("turn_1", "responses")
    live.audio(40)
    assert live.nested()[0] == "response.created"
    assert live.nested()[-1] == "response.completed"
    assert live.said() == "Twenty."
    assert not live.of("error")


def test_tool_outputs_sent_before_the_response_completed_wait_for_it() -> None:
    # As recorded: the app answered the call before the calling response's completed event.
    script = Script()
    script.next_response(function_call=("lookup", {}))
    script.next_response(text="Done.")
    live = Live(script)
    live.start(delegation=RESPONSES)
    live.speak()
    while "response.output_item.done" not in live.nested():
        live.audio(1)
    assert live.nested()[-1] != "response.completed"
    call = _last_call(live)
    live.send(
        type="response.item.create",
        item={"type": "function_call_output", "call_id": call["call_id"], "output": "ok"},
    )
    live.send(type="response.create")
    live.audio(40)
    lifecycle = [n for n in live.nested() if n in ("response.created", "response.completed")]
    assert lifecycle == ["response.created", "response.completed"] * 2
    assert live.said() == "Done."


def test_response_create_requires_responses_delegation() -> None:
    live = Live()
    live.start()
    live.send(type="response.create", event_id="r1")
    error = live.out[-1]["error"]
    assert (error["message"], error["client_event_id"]) == (
        "response.create requires Responses delegation.",
        "r1",
    )
    # A client typed by openai 3.57 reads it: its Live error needs a code.
    from openai.types.live import ServerEvent
    from pydantic import TypeAdapter

    TypeAdapter(ServerEvent).validate_python(live.out[-1])


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


# What the real API sends in the delegated backend's stream (the recorded tool round) and
# openai 3.57's Responses types do not describe: the fake sends them as recorded.
RECORDED_BEYOND_OPENAI = frozenset(
    {
        ("event", "response", "frequency_penalty"),
        ("event", "response", "presence_penalty"),
        ("event", "response", "store"),
        ("event", "obfuscation"),
    }
)


def _strict_live_error(frame: JSON) -> JSON:
    """``frame``, checked to be GPT-Live's ``error`` to the letter (no Realtime field)."""
    from realtime_generated import models
    from realtime_generated.event_types import LIVE_SERVER_EVENTS

    assert frame["type"] == "error"
    model = getattr(models, LIVE_SERVER_EVENTS["error"])
    problem = payload_problem(model, frame, strict=frozenset({STRICT_ALL}))
    assert problem is None, api_error(problem)
    assert "event_id" not in frame["error"]  # the Realtime API's name for it
    error: JSON = frame["error"]
    return error


@pytest.mark.parametrize("channel", ["primary", "sideband"])
def test_errors_the_session_makes_itself_are_in_gpt_lives_shape(channel: str) -> None:
    """Bad JSON, a frame with no type, an error the script planned and a failure of the fake
    itself are answered in GPT-Live's shape (``client_event_id``), on a primary socket and on a
    further channel, not in the Realtime API's (``error.event_id``, ``param: null``)."""
    from realtime_ext.testing._live_sessions import ChannelHandler
    from realtime_ext.testing._log import BoundedLog
    from realtime_ext.testing._routes import answer_client_message

    live = Live()
    live.start()
    out: list[JSON] = []
    handler: FakeLiveSession | ChannelHandler = live.session
    if channel == "sideband":
        handler = ChannelHandler(live.session, out.append, lambda code, reason: None)
    else:
        out = live.out

    def answer(raw: str) -> JSON:
        log: BoundedLog[JSON] = BoundedLog(max_items=8, max_bytes=1 << 16)
        answer_client_message(handler, raw, log, out.append)
        return _strict_live_error(out[-1])

    assert answer("{")["code"] == "invalid_json"
    assert answer('{"no": "type"}')["param"] == "type"
    live.script.error("Slow down", code="rate_limit_exceeded", on="session.update")
    planned = answer(json.dumps({"type": "session.update", "session": {}, "event_id": "e_1"}))
    assert (planned["code"], planned["client_event_id"]) == ("rate_limit_exceeded", "e_1")

    def broken(*args: object) -> None:
        raise RuntimeError("the fake's own bug")

    live.session._dispatch = broken  # type: ignore[method-assign,assignment]
    failed = answer(json.dumps({"type": "session.update", "session": {}, "event_id": "e_2"}))
    assert (failed["type"], failed["client_event_id"]) == ("server_error", "e_2")


def test_a_gpt_live_error_names_the_send_it_answers() -> None:
    """GPT-Live's ``error`` names the client event it answers ``client_event_id``: the SDK's
    ``RealtimeServerError.event_id`` is that id, as it is the Realtime API's ``event_id``."""
    from realtime_ext import RealtimeClient, RealtimeServerError

    with (
        FakeRealtimeServer(live_clock="test") as server,
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
    ):
        server.script.error("Slow down.", code="rate_limit_exceeded", on="session.update")
        with client.live.connect(model="gpt-live-1") as conn:
            conn.send({"type": "session.update", "session": {}, "event_id": "e_update"})
            with pytest.raises(RealtimeServerError) as caught:
                conn.run_until("session.updated", timeout=5)
    assert (caught.value.code, caught.value.event_id) == ("rate_limit_exceeded", "e_update")


def test_an_unknown_azure_deployment_is_refused_in_each_apis_words() -> None:
    """The fake's Azure resource refuses a ``session.model`` it has no deployment of: a
    GPT-Live ``session.start`` with GPT-Live's ``error``, a Realtime ``session.update`` with the
    Realtime API's; a known one goes on to the session, resolved to its model."""
    from realtime_ext.testing._azure import AzureClientEvents, AzureMode
    from realtime_ext.testing._conversation import FakeConversation

    azure = AzureMode(deployments={"my-live": "gpt-live-1", "my-rt": "gpt-realtime"})
    live = Live()
    on_azure = AzureClientEvents(live.session, azure, live.out.append)
    start = {"type": "session.start", "session": {"model": "nope"}, "event_id": "e_1"}
    on_azure.dispatch(start)
    error = _strict_live_error(live.out[-1])
    assert (error["code"], error["param"], error["client_event_id"]) == (
        "DeploymentNotFound",
        "session.model",
        "e_1",
    )
    on_azure.dispatch({"type": "session.start", "session": {"model": "my-live"}})
    assert live.out[-1]["session"]["model"] == "gpt-live-1"

    out: list[JSON] = []
    conversation = FakeConversation({"id": "sess_1"}, Script(), out.append, lambda c, r: None)
    AzureClientEvents(conversation, azure, out.append).dispatch(
        {"type": "session.update", "session": {"model": "nope"}, "event_id": "e_2"}
    )
    assert out[-1]["error"] == {
        "type": "invalid_request_error",
        "code": "DeploymentNotFound",
        "message": out[-1]["error"]["message"],
        "param": "session.model",
        "event_id": "e_2",
    }


def test_every_frame_the_fake_sends_is_a_valid_live_server_event() -> None:
    from realtime_generated import models
    from realtime_generated.event_types import LIVE_SERVER_EVENTS

    script = Script()
    script.next_response(function_call=("lookup", {"city": "Oslo"}), text="Let me check.")
    script.next_response(text="Rain.")
    live = Live(script)
    _tool_round(live)
    call = _last_call(live)
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
        strict = frozenset({STRICT_ALL})
        problem = payload_problem(model, frame, strict=strict, allowed=RECORDED_BEYOND_OPENAI)
        assert problem is None, (frame["type"], api_error(problem))
    assert {"session.usage.updated", "session.closed", "session.updated"} <= kinds


# -- over a real socket --------------------------------------------------------------------
@pytest.fixture(scope="module")
def live_server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(live_session_seconds=3600, live_clock="test") as server:
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


def test_a_live_sessions_duration_counts_from_its_start_not_from_the_socket() -> None:
    """As ``expires_at`` (the start plus the duration) says: a client slower to send
    ``session.start`` than the duration still gets its whole session (the socket was closed
    unstarted before, which a loaded test machine's first open could meet)."""
    with FakeRealtimeServer(live_session_seconds=0.2) as server, _connect(server) as ws:
        time.sleep(0.3)  # a slow client: its session.start comes after the duration
        ws.send(json.dumps({"type": "session.start", "session": {"model": "gpt-live-1"}}))
        started = _recv(ws)
        closed = _recv(ws)
    assert started["type"] == "session.started"
    assert (closed["type"], closed["reason"]) == ("session.closed", "expired")


def test_the_live_session_lasts_two_hours_by_default() -> None:
    server = FakeRealtimeServer()
    assert server.live_session_seconds == 7200
    with pytest.raises(Exception, match="live_session_seconds"):
        FakeRealtimeServer(live_session_seconds=-1)


def _start(ws: ClientConnection, **session: Any) -> JSON:
    ws.send(json.dumps({"type": "session.start", "session": {"model": "gpt-live-1", **session}}))
    return _recv(ws)


def _until(ws: ClientConnection, kind: str) -> JSON:
    while True:
        frame = _recv(ws)
        if frame["type"] == kind:
            return frame


def test_a_sideband_attaches_to_a_running_session(live_server: FakeRealtimeServer) -> None:
    with _connect(live_server) as ws:
        started = _start(ws)
        session_id = started["session"]["id"]
        attach = f"{live_server.ws_url}/live/sessions/{session_id}/attach"
        with connect(attach, additional_headers={"Authorization": "Bearer sk-test"}) as side:
            seen = _recv(side)
            assert seen["type"] == "session.started"
            assert seen["session"]["id"] == session_id
            # The sideband's commentary is the session's: the primary hears the ack.
            side.send(json.dumps({"type": "session.commentary.append", "content": "Hi."}))
            assert _until(ws, "session.commentary.appended")["start_ms"] == 0
            assert _recv(side)["type"] == "session.commentary.appended"
            # A sideband may not append audio (openai's ConnectClientEvent has no append).
            side.send(json.dumps({"type": "session.input_audio.append", "audio": SILENCE}))
            assert _recv(side)["error"]["param"] == "type"
            # The output starts 600 ms in; as recorded, a sideband's output chunk is stamped
            # on the input's clock, 200 ms behind the input it was shown: the first, with the
            # input to 600 ms, is [200, 400].
            for _ in range(6):
                ws.send(json.dumps({"type": "session.input_audio.append", "audio": SILENCE}))
            reflected = _until(side, "session.input_audio.append")
            assert "event_id" not in reflected
            output = _until(side, "session.output_audio.delta")
            assert (output["start_ms"], output["end_ms"]) == (200, 400)
        ws.send(json.dumps({"type": "session.close"}))
        assert _until(ws, "session.closed")["reason"] == "close_requested"


def test_attach_to_an_unknown_session_is_refused(live_server: FakeRealtimeServer) -> None:
    from websockets.exceptions import InvalidStatus

    with pytest.raises(InvalidStatus) as refused:
        connect(
            f"{live_server.ws_url}/live/sessions/live_u0_nope/attach",
            additional_headers={"Authorization": "Bearer sk-test"},
        )
    assert refused.value.response.status_code == 404


def test_hang_up_ends_the_session_then_404s_as_recorded(live_server: FakeRealtimeServer) -> None:
    import httpx

    with (
        _connect(live_server) as ws,
        httpx.Client(
            base_url=live_server.base_url, headers={"Authorization": "Bearer sk-test"}
        ) as http,
    ):
        session_id = _start(ws)["session"]["id"]
        assert http.post(f"/live/sessions/{session_id}/hangup").status_code == 200
        assert _recv(ws)["reason"] == "close_requested"
        again = http.post(f"/live/sessions/{session_id}/hangup")
        assert again.status_code == 404
        assert again.json() == {
            "error": {
                "message": "No session found for the provided session_id",
                "type": "invalid_request_error",
                "code": "session_id_not_found",
                "param": "session_id",
            }
        }


def test_a_stored_session_forks_with_its_settings(live_server: FakeRealtimeServer) -> None:
    history = [{"role": "user", "content": [{"type": "input_text", "text": "I am Ada."}]}]
    with _connect(live_server) as ws:
        parent = _start(ws, store=True, instructions="Be brief.", input=history)["session"]
        ws.send(json.dumps({"type": "session.close"}))
        _until(ws, "session.closed")
    fork = f"{live_server.ws_url}/live/sessions/{parent['id']}/fork"
    with connect(fork, additional_headers={"Authorization": "Bearer sk-test"}) as ws:
        ws.send(json.dumps({"type": "session.start", "session": {}}))
        child = _recv(ws)["session"]
        assert child["id"] != parent["id"]
        assert (child["instructions"], child["input"]) == ("Be brief.", history)
    with _connect(live_server) as ws:
        unstored = _start(ws)["session"]["id"]
    from websockets.exceptions import InvalidStatus

    with pytest.raises(InvalidStatus) as refused:
        connect(
            f"{live_server.ws_url}/live/sessions/{unstored}/fork",
            additional_headers={"Authorization": "Bearer sk-test"},
        )
    assert refused.value.response.status_code == 400


def test_an_incoming_sip_session_is_accepted_referred_and_hung_up(
    live_server: FakeRealtimeServer,
) -> None:
    import httpx

    session_id, _ = live_server.live_call_incoming()
    with httpx.Client(
        base_url=live_server.base_url, headers={"Authorization": "Bearer sk-test"}
    ) as http:
        bad = http.post(f"/live/sessions/{session_id}/refer", json={"target": "tel:+1"})
        assert (bad.status_code, bad.json()["error"]["code"]) == (400, "unknown_parameter")
        accepted = http.post(
            f"/live/sessions/{session_id}/accept",
            json={"session": {"type": "live", "model": "gpt-live-1"}},
        )
        assert accepted.status_code == 200
        attach = f"{live_server.ws_url}/live/sessions/{session_id}/attach"
        with connect(attach, additional_headers={"Authorization": "Bearer sk-test"}) as side:
            assert _recv(side)["session"]["id"] == session_id
            side.send(json.dumps({"type": "transport.dtmf.send", "event": "1"}))
            assert _recv(side)["type"] == "transport.dtmf.sent"
            with pytest.raises(InvalidArgumentError, match="DTMF keys"):
                live_server.live_caller_dtmf(session_id, "4x")
            live_server.live_caller_dtmf(session_id, "42")
            pressed = [_until(side, "transport.dtmf.received")["event"] for _ in range(2)]
            assert pressed == ["4", "2"]
            referred = http.post(
                f"/live/sessions/{session_id}/refer", json={"target_uri": "tel:+14155550123"}
            )
            assert referred.status_code == 200
            assert http.post(f"/live/sessions/{session_id}/hangup").status_code == 200
            assert _until(side, "session.closed")["reason"] == "close_requested"
        assert (
            http.post(
                f"/live/sessions/{session_id}/accept",
                json={"session": {"type": "live", "model": "gpt-live-1"}},
            ).status_code
            == 404
        )


def test_a_webrtc_live_session_speaks_on_its_data_channel() -> None:
    """A real aiortc caller: the create starts the session, whose events arrive on
    ``oai-events``; a sideband attaches by the returned id."""
    import asyncio

    import httpx
    from aiortc import RTCPeerConnection, RTCSessionDescription

    from realtime_ext.testing._ice import loopback_only

    async def call() -> None:
        async with FakeRealtimeServer() as server:
            pc = RTCPeerConnection()
            pc.addTransceiver("audio", direction="sendrecv")
            channel = pc.createDataChannel("oai-events")
            received: asyncio.Queue[JSON] = asyncio.Queue()

            def on_message(data: str) -> None:
                received.put_nowait(json.loads(data))

            channel.on("message", on_message)
            opened = asyncio.Event()
            channel.on("open", opened.set)
            with loopback_only():  # the caller gathers on 127.0.0.1, as the fake does
                await pc.setLocalDescription(await pc.createOffer())
            async with httpx.AsyncClient(
                base_url=server.base_url, headers={"Authorization": "Bearer sk-test"}
            ) as http:
                created = await http.post(
                    "/live/sessions",
                    json={
                        "session": {"model": "gpt-live-1"},
                        "transport": {"type": "webrtc", "sdp": pc.localDescription.sdp},
                    },
                )
                assert created.status_code == 201, created.text
                answer = created.json()
                session_id = answer["session"]["id"]
                with loopback_only():
                    await pc.setRemoteDescription(
                        RTCSessionDescription(answer["transport"]["sdp"], "answer")
                    )
                async with asyncio.timeout(10):
                    await opened.wait()
                    started = await received.get()
                assert (started["type"], started["session"]["id"]) == (
                    "session.started",
                    session_id,
                )
                channel.send(json.dumps({"type": "session.thinking.append", "content": "hm"}))
                async with asyncio.timeout(10):
                    assert (await received.get())["type"] == "session.thinking.appended"
                channel.send(json.dumps({"type": "session.start", "session": {}}))
                async with asyncio.timeout(10):
                    refused = await received.get()
                assert refused["error"]["param"] == "type", refused
                assert (await http.post(f"/live/sessions/{session_id}/hangup")).status_code == 200
                async with asyncio.timeout(10):
                    closed = await received.get()
                assert (closed["type"], closed["reason"]) == ("session.closed", "close_requested")
            await pc.close()

    asyncio.run(call())


def test_a_webrtc_create_is_checked_before_any_peer() -> None:
    import httpx

    with (
        FakeRealtimeServer() as server,
        httpx.Client(base_url=server.base_url, headers={"Authorization": "Bearer sk-test"}) as http,
    ):
        bad = http.post(
            "/live/sessions",
            json={
                "session": {"model": "gpt-live-1", "audio": {"format": {"type": "audio/pcm"}}},
                "transport": {"type": "webrtc", "sdp": "v=0"},
            },
        )
        assert bad.status_code == 400
        assert bad.json()["error"]["param"].startswith("session.audio")


def test_a_sip_call_is_announced_on_both_apis_and_the_first_accept_claims_it(
    live_server: FakeRealtimeServer,
) -> None:
    import queue
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import httpx

    from realtime_ext.webhooks import verify

    secret = "whsec_" + base64.b64encode(b"live-fake-test-secret").decode()
    hooks: queue.Queue[tuple[bytes, dict[str, str]]] = queue.Queue()

    class Hooks(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            hooks.put((body, dict(self.headers)))
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hooks)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/hooks"
        session_id, call_id = live_server.live_call_incoming(
            url, secret, sip_headers=[("From", "<sip:+14155550123@example.com>")]
        )
        bodies = [hooks.get(timeout=10) for _ in range(2)]
    finally:
        httpd.shutdown()
        httpd.server_close()
    events: list[JSON] = []
    for body, headers in bodies:
        verify(body, headers, secret=secret)  # signed as the Realtime fake signs
        events.append(json.loads(body))
    assert [e["type"] for e in events] == ["live.transport.incoming", "realtime.call.incoming"]
    assert events[0]["data"]["session_id"] == session_id
    assert events[1]["data"]["call_id"] == call_id
    assert {e["data"]["sip_media_security"] for e in events} == {"srtp"}
    with httpx.Client(
        base_url=live_server.base_url, headers={"Authorization": "Bearer sk-test"}
    ) as http:
        live = {"session": {"type": "live", "model": "gpt-live-1"}}
        assert http.post(f"/live/sessions/{session_id}/accept", json=live).status_code == 200
        late = http.post(f"/realtime/calls/{call_id}/accept", json={"type": "realtime"})
        assert late.status_code == 400
        for bad in ({"sip_headers": [("From", 1)]}, {"sip_media_security": 5}):
            with pytest.raises(InvalidArgumentError):
                live_server.live_call_incoming(**bad)  # type: ignore[arg-type]
        # The other way round: answered on the Realtime API first, Live refuses it.
        session_id, call_id = live_server.live_call_incoming()
        assert (
            http.post(f"/realtime/calls/{call_id}/accept", json={"type": "realtime"}).status_code
            == 200
        )
        refused = http.post(f"/live/sessions/{session_id}/accept", json=live)
        assert refused.status_code == 400
        assert "Realtime API" in refused.json()["error"]["message"]


def test_ended_live_sessions_are_let_go_beyond_a_bound() -> None:
    from realtime_ext.testing._live_sessions import MAX_KEPT, LiveSessions

    sessions = LiveSessions(Script(), lambda: None)
    for _ in range(MAX_KEPT + 40):
        live = sessions.new_session(lambda payload: None, lambda code, reason: None)
        live.handle_message(
            json.dumps({"type": "session.start", "session": {"model": "gpt-live-1"}})
        )
        live.handle_message(json.dumps({"type": "session.close"}))
    assert len(sessions.entries) == MAX_KEPT
    assert {entry.state for entry in sessions.entries.values()} == {"ended"}


def test_a_long_live_session_holds_nothing_that_grows() -> None:
    script = Script()
    for _ in range(36):
        script.next_response(function_call=("lookup", {}), text="Checking.")
    live = Live(script)
    live.start()
    for _ in range(36):  # more delegations than are kept, never answered; a minute of audio
        live.speak()
        live.audio(3)
    session = live.session
    assert len(session.delegations.open) <= 32
    assert session.scheduled == 0 and session.buffered < 4800
    assert len(live.of("session.usage.updated")) == session.now_ms // 15_000


def test_a_sip_session_keeps_a_bounded_list_of_its_controls() -> None:
    from realtime_ext.testing._http import RecordedRequest
    from realtime_ext.testing._live_sessions import MAX_KEPT, LiveSessions

    sessions = LiveSessions(Script(), lambda: None)
    session_id = sessions.incoming()

    def post(action: str, body: JSON) -> None:
        path = f"/v1/live/sessions/{session_id}/{action}"
        request = RecordedRequest("POST", path, {}, {}, json.dumps(body).encode())
        assert sessions.handle(request).status == 200

    post("accept", {"session": {"type": "live", "model": "gpt-live-1"}})
    for _ in range(MAX_KEPT + 10):  # a call referred again and again
        post("refer", {"target_uri": "tel:+14155550123"})
    events = sessions.get(session_id).events
    assert len(events) == MAX_KEPT and events[-1]["action"] == "refer"


# A Live client in its own process, so this process's tracemalloc sees only the server.
_LIVE_CLIENT = """
import base64, json, sys
from websockets.sync.client import connect
start = json.dumps({"type": "session.start", "session": {"model": "gpt-live-1"}})
append = json.dumps({"type": "session.input_audio.append",
                     "audio": base64.b64encode(bytes(4800)).decode()})  # 100 ms, PCM16
for _ in range(int(sys.argv[2])):
    with connect(sys.argv[1], additional_headers={"Authorization": "Bearer sk-test"},
                 compression=None) as ws:
        ws.send(start)
        ws.recv(timeout=30)  # session.started
        for _ in range(10):  # 1 s of audio, 10 output frames back
            ws.send(append)
        ws.send(json.dumps({"type": "session.close"}))
        while json.loads(ws.recv(timeout=30))["type"] != "session.closed":
            pass
"""


@pytest.mark.once(reason="a 70-session memory measurement: the server's own bookkeeping")
def test_closed_live_sessions_leave_less_than_20_mib() -> None:
    from realtime_ext.testing._live_sessions import MAX_KEPT
    from support.server_memory import held_after

    with FakeRealtimeServer() as fake:
        held = held_after(fake, _LIVE_CLIENT, f"{fake.ws_url}/live/sessions", "70")
        assert len(fake.live_sessions.entries) == MAX_KEPT
    assert held < 20 * 2**20, f"the server holds {held / 2**20:.1f} MiB"


def test_every_live_client_event_is_handled() -> None:
    from realtime_generated.event_types import (
        LIVE_CLIENT_EVENTS,
        LIVE_CONNECT_CLIENT_EVENTS,
        LIVE_FORK_CLIENT_EVENTS,
    )

    kinds = {*LIVE_CLIENT_EVENTS, *LIVE_CONNECT_CLIENT_EVENTS, *LIVE_FORK_CLIENT_EVENTS}
    missing = [k for k in kinds if not hasattr(FakeLiveSession, "_on_" + k.replace(".", "_"))]
    assert not missing
    live = Live()
    live.start()
    live.session.dispatch_from(
        {"type": "transport.dtmf.send", "event": "1"}, LIVE_CONNECT_CLIENT_EVENTS, live.session
    )
    assert live.out[-1]["error"]["message"] == "DTMF can be sent on a SIP session only."


async def test_a_sideband_attaches_only_to_a_call_that_runs_on_either_api() -> None:
    # What a worker taking a call over finds: a call not accepted (or answered on the other
    # API) refuses the sideband for its state, an accepted one replays its session, one
    # that is over is not found, as the API answers anything asked of a call that is over.
    from realtime_ext import AsyncRealtimeClient, BadRequestError, NotFoundError

    with FakeRealtimeServer() as server:
        session_id, call_id = server.live_call_incoming()
        _, other_call = server.live_call_incoming()
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:

            def live() -> Any:
                return client.live.sideband.connect(session_id=session_id, max_retries=0)

            def realtime(call: str = call_id) -> Any:
                return client.connect(call_id=call, max_retries=0)

            for opener, code in ((live, "invalid_session_state"), (realtime, "invalid_call_state")):
                with pytest.raises(BadRequestError) as refused:
                    await opener()
                assert refused.value.code == code
            await client.live.sessions.accept(session_id, session={"model": "gpt-live-1"})
            async with live() as conn:
                assert conn.session_id == session_id
            with pytest.raises(BadRequestError) as refused:  # answered on GPT-Live
                await realtime()
            assert refused.value.code == "invalid_call_state"
            await client.calls.accept(other_call, session={"type": "realtime"})
            async with realtime(other_call):
                pass
            await client.live.sessions.hangup(session_id)
            await client.calls.hangup(other_call)
            with pytest.raises(NotFoundError) as gone:
                await live()
            assert gone.value.code == "session_id_not_found"
            with pytest.raises(NotFoundError) as gone:
                await realtime(other_call)
            assert gone.value.code == "call_id_not_found"


# -- the automatic acknowledgement of a delegation (acknowledgement_delay_ms) -----------------


def _acknowledged(delay_ms: int | None, *, append: str | None = None) -> tuple[Live, int]:
    """A Responses delegation whose scripted preamble is the model's acknowledgement; the
    session's delay ``delay_ms``; ``append`` (``commentary`` or ``thinking``) sent 100 ms
    after the delegation. Returns the session and the delegation's place on the timeline."""
    script = Script()
    script.next_response(function_call=("lookup", {}), text="One moment.")
    live = Live(script)
    delegation = dict(RESPONSES)
    if delay_ms is not None:
        delegation["acknowledgement_delay_ms"] = delay_ms
    live.start(delegation=delegation)
    live.speak()
    while not live.of("session.delegation.created"):
        live.audio(1)
    created = live.of("session.delegation.created")[0]
    live.audio(1)
    if append is not None:
        live.send(type=f"session.{append}.append", content="Checking the forecast.")
    live.audio(20)
    return live, created["offset_ms"]


def test_the_acknowledgement_waits_for_the_sessions_delay() -> None:
    # The output track runs behind the input (OUTPUT_LAG_MS): the acknowledgement's words
    # start that much, plus the session's delay, after the delegation.
    starts = {}
    for delay in (None, 0, 800):  # None: a Responses session's default, 0 (at once)
        live, at = _acknowledged(delay)
        first = live.of("session.output_transcript.delta")[0]
        assert first["delta"].startswith("One")
        starts[delay] = first["start_ms"] - at
    assert starts[None] == starts[0] <= 0
    assert starts[800] - starts[0] == 800


def test_an_append_before_the_delay_cancels_the_acknowledgement() -> None:
    live, _ = _acknowledged(800, append="thinking")
    assert "One moment." not in live.said()
    live, _ = _acknowledged(800, append="commentary")
    assert live.said().startswith("Checking") and "One moment." not in live.said()
