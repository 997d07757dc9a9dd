"""Every event the fake server sends is a snapshot: what a sink receives is what went on the
wire at that moment, whatever the fake does to its own state afterwards (items gaining a
status, a transcript, content; the response its output and usage), and whatever an
in-process sink does to the dicts it was given (``HistoryTracker`` in the memory soak, a
test's list). The fake copies what it sends (``json_copy``); these tests fail if a copy
that matters is dropped.

A scripted session touching every mutating path (session.update, item create, audio,
function calls, input audio with server VAD and transcription, retrieve, truncate, cancel,
an out-of-band response, delete, a refused event) is run with deterministic ids, once with
a sink that only records and once with a sink that also scribbles on every dict and list it
gets: the wire text must be the same, and each event must still serialise as it did when
it was sent.
"""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from realtime_ext.testing import _ids, sine_pcm16
from realtime_ext.testing._call_sessions import CallSession
from realtime_ext.testing._calls import FakeCall
from realtime_ext.testing._conversation import FakeConversation
from realtime_ext.testing._json import json_copy, json_list, json_object
from realtime_ext.testing._script import PlannedResponse, Script
from realtime_ext.testing._session import realtime_session

JSON = dict[str, Any]


@pytest.fixture(autouse=True)
def counted_ids(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ids from a counter started again by every run, so two runs of the same script send
    the same bytes."""
    monkeypatch.setattr(_ids, "secrets", SimpleNamespace(token_hex=_counted))
    yield


_counter = itertools.count()


def _counted(nbytes: int = 12) -> str:
    return f"{next(_counter):0{nbytes * 2}x}"


def _restart_ids() -> None:
    global _counter
    _counter = itertools.count()


class Sink:
    """Records each event's JSON text when it is sent, and the dict itself."""

    def __init__(self, scribble: bool = False) -> None:
        self.wire: list[str] = []
        self.kept: list[JSON] = []
        self.scribble = scribble

    def __call__(self, payload: JSON) -> None:
        self.wire.append(json.dumps(payload))
        self.kept.append(payload)
        if self.scribble:
            _scribble(payload)

    def check_unchanged(self) -> None:
        """The dicts kept serialise as they did when sent (nothing mutated them since)."""
        assert not self.scribble
        for at_send, payload in zip(self.wire, self.kept, strict=True):
            assert json.dumps(payload) == at_send


def _scribble(value: object) -> None:
    # What a careless in-process consumer might do to what it was given.
    found, listed = json_object(value), json_list(value)
    if found is not None:
        for child in list(found.values()):
            _scribble(child)
        found["scribbled"] = True
    elif listed is not None:
        for child in list(listed):
            _scribble(child)
        listed.append("scribbled")


def _audio(ms: int) -> str:
    return base64.b64encode(sine_pcm16(ms)).decode()


def _drive(handle: Callable[[JSON], object], script: Script) -> None:
    """One session through every path that changes the fake's state after sending it."""
    weather = {
        "type": "function",
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    }
    transcribed = {"input": {"transcription": {"model": "gpt-4o-transcribe"}}}
    update = {
        "type": "realtime",
        "instructions": "Brief.",
        "tools": [weather],
        "audio": transcribed,
    }
    handle({"type": "session.update", "session": update})
    handle(
        {
            "type": "conversation.item.create",
            "item": {
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "Hello there"}],
            },
        }
    )
    handle({"type": "response.create"})  # audio and its transcript
    handle(
        {
            "type": "response.create",
            "response": {"output_modalities": ["text"], "metadata": {"topic": "weather"}},
        }
    )
    script.add_response(
        PlannedResponse(function_calls=(("get_weather", '{"city": "Paris"}'), ("noop", "{}")))
    )
    handle({"type": "response.create"})
    handle(
        {
            "type": "conversation.item.create",
            "item": {"type": "function_call_output", "call_id": "call_x", "output": '{"t": 20}'},
        }
    )
    # Server VAD hears the tone, commits it (transcribed) and answers it.
    script.next_transcript("What is the weather?")
    handle({"type": "input_audio_buffer.append", "audio": _audio(600)})
    handle({"type": "input_audio_buffer.append", "audio": base64.b64encode(bytes(48_000)).decode()})
    handle({"type": "input_audio_buffer.append", "audio": _audio(300)})
    handle({"type": "input_audio_buffer.commit"})
    script.add_response(PlannedResponse(text="Held", hold=True))
    handle({"type": "response.create"})
    handle({"type": "response.cancel"})
    handle({"type": "response.create", "response": {"conversation": "none"}})
    handle({"type": "conversation.item.retrieve", "item_id": "missing"})
    handle({"type": "conversation.item.delete", "item_id": "missing"})


def _run_conversation(sink: Sink) -> FakeConversation:
    _restart_ids()
    script = Script()
    session = realtime_session()
    session["expires_at"] = 1_800_000_000  # not the clock's: two runs compare byte for byte
    conv = FakeConversation(session, script, sink, lambda code, reason: None)
    conv.start()
    _drive(lambda payload: conv.handle_message(json.dumps(payload)), script)
    # Retrieve, truncate and delete the items the session now holds.
    for item in list(conv.items):
        conv.handle_message(
            json.dumps({"type": "conversation.item.retrieve", "item_id": item["id"]})
        )
    assistant = [i for i in conv.items if i.get("role") == "assistant"]
    conv.handle_message(
        json.dumps(
            {
                "type": "conversation.item.truncate",
                "item_id": assistant[0]["id"],
                "content_index": 0,
                "audio_end_ms": 100,
            }
        )
    )
    conv.handle_message(
        json.dumps({"type": "conversation.item.retrieve", "item_id": assistant[0]["id"]})
    )
    conv.handle_message(
        json.dumps({"type": "conversation.item.delete", "item_id": assistant[0]["id"]})
    )
    conv.handle_message(
        json.dumps(
            {"type": "session.update", "session": {"type": "realtime", "instructions": "More."}}
        )
    )
    return conv


def test_a_scripted_session_covers_the_mutating_paths() -> None:
    sink = Sink()
    _run_conversation(sink)
    kinds = {json.loads(text)["type"] for text in sink.wire}
    expected = {
        "session.created",
        "session.updated",
        "conversation.item.added",
        "conversation.item.done",
        "conversation.item.retrieved",
        "conversation.item.truncated",
        "conversation.item.deleted",
        "conversation.item.input_audio_transcription.completed",
        "input_audio_buffer.speech_started",
        "input_audio_buffer.committed",
        "response.created",
        "response.output_audio.delta",
        "response.function_call_arguments.done",
        "response.output_text.done",
        "response.done",
        "error",
    }
    assert expected <= kinds
    statuses = {
        json.loads(text)["response"]["status"]
        for text in sink.wire
        if json.loads(text)["type"] == "response.done"
    }
    assert statuses == {"completed", "cancelled"}


def test_sent_events_are_snapshots_of_the_moment_they_were_sent() -> None:
    sink = Sink()
    _run_conversation(sink)
    sink.check_unchanged()


def test_a_sink_changing_what_it_got_changes_nothing_later() -> None:
    plain, scribbling = Sink(), Sink(scribble=True)
    _run_conversation(plain)
    _run_conversation(scribbling)
    assert scribbling.wire == plain.wire


def test_the_channels_of_a_call_get_snapshots() -> None:
    # One dict goes to every channel of a call (the socket and the data channel serialise
    # it, neither changes it); it is a snapshot all the same.
    first, second = Sink(), Sink()
    script = Script()
    hub = CallSession(FakeCall("rtc_1", "accepted"), script, "gpt-realtime")
    hub.attach(first, lambda code, reason: None)
    hub.attach(second, lambda code, reason: None)
    _drive(lambda payload: hub.conversation.handle_message(json.dumps(payload)), script)
    first.check_unchanged()
    second.check_unchanged()
    assert first.wire[1:] == second.wire[1:]  # the same events after each session.created


def test_json_copy_is_a_deep_copy_of_anything() -> None:
    value: JSON = {"a": [{"b": 1}], "t": ({"c": [2]},), "s": "x", "n": None, "f": 1.5}
    copied = json_copy(value)
    assert copied == value
    value["a"][0]["b"] = 9
    value["t"][0]["c"].append(3)  # inside a tuple: deepcopy's part of the work
    assert copied == {"a": [{"b": 1}], "t": ({"c": [2]},), "s": "x", "n": None, "f": 1.5}
