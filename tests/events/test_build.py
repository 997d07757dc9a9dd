"""Client events as the typed sends build them: the wire JSON each one puts out, checked
before anything is sent. (The module-level constructors, ``events.session_update(...)``,
``events.user_text(...)`` ..., were a second way to build the same events and are gone; these
tests were theirs.)"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest

from realtime_ext import events
from realtime_ext.events import InvalidEventError
from realtime_ext.events._payload import to_payload
from realtime_ext.events._sends import RealtimeSends
from realtime_ext.session import realtime_session, semantic_vad
from realtime_generated import models

Send = Callable[[RealtimeSends[None]], object]


def built(send: Send) -> dict[str, Any]:
    """The one event ``send`` puts on the wire."""
    sent: list[dict[str, Any]] = []
    send(RealtimeSends(sent.append))
    assert len(sent) == 1
    return sent[0]


def test_session_update_from_builder_dict_and_model() -> None:
    session = realtime_session(instructions="Be brief.", turn_detection=semantic_vad())
    event = built(lambda s: s.session.update(session=session, event_id="evt_1"))
    assert event == {"type": "session.update", "session": session, "event_id": "evt_1"}
    model = models.RealtimeClientEventSessionUpdate.from_dict(event)
    again = built(lambda s: s.session.update(session=model.session))
    assert again["session"] == session


def test_audio_is_base64_encoded() -> None:
    pcm = bytes(range(10))
    event = built(lambda s: s.input_audio_buffer.append(audio=pcm))
    assert base64.b64decode(event["audio"]) == pcm
    part = {"type": "input_audio", "audio": base64.b64encode(pcm).decode(), "transcript": "hi"}
    item = {"type": "message", "role": "user", "content": [part]}
    assert built(lambda s: s.conversation.item.create(item=item))["item"]["content"] == [part]


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        (lambda s: s.input_audio_buffer.commit(), {"type": "input_audio_buffer.commit"}),
        (lambda s: s.input_audio_buffer.clear(), {"type": "input_audio_buffer.clear"}),
        (lambda s: s.output_audio_buffer.clear(), {"type": "output_audio_buffer.clear"}),
        (lambda s: s.response.cancel(), {"type": "response.cancel"}),
        (lambda s: s.response.create(), {"type": "response.create"}),
        (
            lambda s: s.response.create(
                response={"instructions": "x", "output_modalities": ["text"]}
            ),
            {
                "type": "response.create",
                "response": {"instructions": "x", "output_modalities": ["text"]},
            },
        ),
        (
            lambda s: s.conversation.item.truncate(
                item_id="item_1", content_index=0, audio_end_ms=900
            ),
            {
                "type": "conversation.item.truncate",
                "item_id": "item_1",
                "content_index": 0,
                "audio_end_ms": 900,
            },
        ),
        (
            lambda s: s.conversation.item.create(
                item={
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Hi"}],
                },
                previous_item_id="root",
            ),
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
            lambda s: s.conversation.item.create(
                item={"type": "function_call_output", "call_id": "call_1", "output": '{"ok": true}'}
            ),
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
def test_typed_sends_wire_json(send: Send, expected: dict[str, Any]) -> None:
    assert built(send) == expected
    assert not isinstance(events.parse_client_event(expected), events.UnknownEvent)


@pytest.mark.parametrize(
    ("send", "match"),
    [
        (lambda s: s.input_audio_buffer.append(audio=3), "raw bytes"),
        (
            lambda s: s.conversation.item.create(
                item={
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": 3}],
                }
            ),
            r"item.content\[0\].text",
        ),
        (
            lambda s: s.conversation.item.truncate(item_id="i", content_index=0, audio_end_ms="1"),
            "audio_end_ms",
        ),
        (lambda s: s.session.update(session=42), "session must be a dict"),
        (lambda s: s.response.cancel(event_id=5), "event_id"),
        (
            lambda s: s.session.update(session={"type": "realtime", "tools": [5]}),
            r"session.update: session.tools\[0\]: expected dict, got int",
        ),
        (
            lambda s: s.response.create(response={"instructions": 5}),
            "response.create: response.instructions: expected str or None, got int",
        ),
        (lambda s: s.response.create(response={"foo": 1}), "response.foo: unknown field"),
        (
            lambda s: s.response.create(response={"metadata": {"k": 1}}),
            "response.metadata.k: expected str",
        ),
        (
            lambda s: s.session.update(session={"type": "realtime", "output_modalities": "text"}),
            "session.output_modalities: expected list",
        ),
        (
            lambda s: s.session.update(session={"instructions": 5}),
            r'session.type is missing; say which session this is \("type": "realtime"',
        ),
    ],
)
def test_bad_input_is_named(send: Send, match: str) -> None:
    sent: list[dict[str, Any]] = []
    with pytest.raises(InvalidEventError, match=match):
        send(RealtimeSends(sent.append))
    assert sent == []


def test_unknown_enum_values_still_build() -> None:
    event = built(
        lambda s: s.response.create(response={"audio": {"output": {"voice": "a-voice-from-2030"}}})
    )
    assert event["response"]["audio"]["output"]["voice"] == "a-voice-from-2030"


def test_to_payload_accepts_models_dicts_and_to_dict_objects() -> None:
    class Custom:
        def to_dict(self) -> dict[str, Any]:
            return {"type": "x.custom"}

    model = models.RealtimeClientEventResponseCreate.from_dict({"type": "response.create"})
    assert to_payload(model) == {"type": "response.create"}
    assert to_payload({"type": "a"}) == {"type": "a"}
    assert to_payload(Custom()) == {"type": "x.custom"}
    with pytest.raises(InvalidEventError, match="no 'type'"):
        to_payload({"audio": "AAAA"})
    with pytest.raises(InvalidEventError, match="got int"):
        to_payload(5)


def test_to_payload_nested_and_lenient_forms() -> None:
    from realtime_ext.session import SessionConfig, realtime_session

    given = {"instructions": "x"}
    nested = to_payload(given, name="response")
    assert nested == given and nested is not given  # a copy the builder may add to
    builder = realtime_session(extra={"new_knob": 1})
    copied = to_payload(builder, name="session")
    assert copied is not builder
    assert isinstance(copied, SessionConfig) and copied.newer == builder.newer
    with pytest.raises(InvalidEventError, match="session must be a dict or have to_dict"):
        to_payload(5, name="session")
    assert to_payload(5, lenient=True) == {}
    assert to_payload({"no": "type"}, lenient=True) == {"no": "type"}
