"""Client event constructors return generated models with the expected wire JSON."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from realtime_ext import events
from realtime_ext.events import InvalidEventError
from realtime_ext.session import realtime_session, semantic_vad
from realtime_generated import models


def test_session_update_from_builder_dict_and_model() -> None:
    session = realtime_session(instructions="Be brief.", turn_detection=semantic_vad())
    event = events.session_update(session, event_id="evt_1")
    assert isinstance(event, models.RealtimeClientEventSessionUpdate)
    assert event.to_dict() == {"type": "session.update", "session": session, "event_id": "evt_1"}
    again = events.session_update(event.session)
    assert again.to_dict()["session"] == session


def test_audio_is_base64_encoded() -> None:
    pcm = bytes(range(10))
    event = events.input_audio_buffer_append(pcm)
    assert isinstance(event, models.RealtimeClientEventInputAudioBufferAppend)
    assert base64.b64decode(event.to_dict()["audio"]) == pcm
    item = events.user_audio(pcm, transcript="hi").to_dict()["item"]
    assert item["content"] == [
        {"type": "input_audio", "audio": base64.b64encode(pcm).decode(), "transcript": "hi"}
    ]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (events.input_audio_buffer_commit(), {"type": "input_audio_buffer.commit"}),
        (events.input_audio_buffer_clear(), {"type": "input_audio_buffer.clear"}),
        (events.output_audio_buffer_clear(), {"type": "output_audio_buffer.clear"}),
        (events.response_cancel(), {"type": "response.cancel"}),
        (events.response_create(), {"type": "response.create"}),
        (
            events.response_create({"instructions": "x"}, output_modalities=["text"]),
            {
                "type": "response.create",
                "response": {"instructions": "x", "output_modalities": ["text"]},
            },
        ),
        (
            events.conversation_item_truncate("item_1", audio_end_ms=900),
            {
                "type": "conversation.item.truncate",
                "item_id": "item_1",
                "content_index": 0,
                "audio_end_ms": 900,
            },
        ),
        (
            events.user_text("Hi", previous_item_id="root"),
            {
                "type": "conversation.item.create",
                "previous_item_id": "root",
                "item": {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Hi"}],
                },
            },
        ),
        (
            events.function_call_output("call_1", {"ok": True}),
            {
                "type": "conversation.item.create",
                "item": {
                    "type": "function_call_output",
                    "call_id": "call_1",
                    "output": '{"ok": true}',
                },
            },
        ),
    ],
)
def test_constructors_wire_json(event: Any, expected: dict[str, Any]) -> None:
    assert event.to_dict() == expected
    assert type(events.parse_client_event(expected)) is type(event)


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: events.input_audio_buffer_append("AAAA"), "raw bytes"),  # type: ignore[arg-type]
        (lambda: events.user_text(3), "text must be a string"),  # type: ignore[arg-type]
        (lambda: events.function_call_output("", "x"), "call_id must be a non-empty"),
        (lambda: events.conversation_item_truncate("i", audio_end_ms=-1), "audio_end_ms"),
        (lambda: events.session_update(42), "session must be a dict"),
        (lambda: events.response_cancel(event_id=""), "event_id"),
        (
            lambda: events.session_update({"type": "realtime", "tools": [5]}),
            r"session.update: session.tools\[0\]: expected dict, got int",
        ),
        (
            lambda: events.response_create(instructions=5, foo=1),
            "response.create: response.instructions: expected str or None, got int",
        ),
        (lambda: events.response_create(foo=1), "response.foo: unknown field"),
        (
            lambda: events.response_create({"metadata": {"k": 1}}),
            "response.metadata.k: expected str",
        ),
        (
            lambda: events.session_update({"type": "realtime", "output_modalities": "text"}),
            "session.output_modalities: expected list",
        ),
        (lambda: events.response_cancel(event_id=5), "event_id"),  # type: ignore[arg-type]
        (
            lambda: events.session_update({"instructions": 5}),
            r'session.type is missing; say which session this is \("type": "realtime"',
        ),
    ],
)
def test_bad_input_is_named(build: Any, match: str) -> None:
    with pytest.raises(InvalidEventError, match=match):
        build()


def test_unknown_enum_values_still_build() -> None:
    event = events.response_create(audio={"output": {"voice": "a-voice-from-2030"}})
    assert event.to_dict()["response"]["audio"]["output"]["voice"] == "a-voice-from-2030"


def test_to_payload_accepts_models_dicts_and_to_dict_objects() -> None:
    class Custom:
        def to_dict(self) -> dict[str, Any]:
            return {"type": "x.custom"}

    assert events.to_payload(events.response_create()) == {"type": "response.create"}
    assert events.to_payload({"type": "a"}) == {"type": "a"}
    assert events.to_payload(Custom()) == {"type": "x.custom"}
    with pytest.raises(InvalidEventError, match="no 'type'"):
        events.to_payload({"audio": "AAAA"})
    with pytest.raises(InvalidEventError, match="got int"):
        events.to_payload(5)


def test_to_payload_nested_and_lenient_forms() -> None:
    from realtime_ext.session import SessionConfig, realtime_session

    given = {"instructions": "x"}
    nested = events.to_payload(given, name="response")
    assert nested == given and nested is not given  # a copy the builder may add to
    builder = realtime_session(extra={"new_knob": 1})
    copied = events.to_payload(builder, name="session")
    assert copied is not builder
    assert isinstance(copied, SessionConfig) and copied.newer == builder.newer
    with pytest.raises(InvalidEventError, match="session must be a dict or have to_dict"):
        events.to_payload(5, name="session")
    assert events.to_payload(5, lenient=True) == {}
    assert events.to_payload({"no": "type"}, lenient=True) == {"no": "type"}
