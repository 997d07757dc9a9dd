"""Typed send namespaces: every method's wire output and the validation in front of it."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import events
from realtime_ext.events import (
    BetaRealtimeSends,
    InvalidEventError,
    RealtimeSends,
    TranslationSends,
)
from realtime_generated import models


def recorder() -> tuple[list[dict[str, Any]], RealtimeSends[None]]:
    sent: list[dict[str, Any]] = []
    return sent, RealtimeSends(sent.append)


def test_every_ga_method_builds_the_spec_event() -> None:
    sent, sends = recorder()
    sends.session.update(session={"type": "realtime", "instructions": "Hi"}, event_id="e0")
    sends.response.create(response={"instructions": "Shout.", "metadata": {"k": "v"}})
    sends.response.cancel()
    sends.conversation.item.create(
        item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "x"}]},
        previous_item_id="root",
    )
    sends.conversation.item.delete(item_id="i1")
    sends.conversation.item.retrieve(item_id="i1")
    sends.conversation.item.truncate(item_id="i1", content_index=0, audio_end_ms=10)
    sends.input_audio_buffer.append(audio=b"\x01\x02")
    sends.input_audio_buffer.append(audio="AQI=")
    sends.input_audio_buffer.commit()
    sends.input_audio_buffer.clear()
    sends.output_audio_buffer.clear(event_id="e9")
    assert [e["type"] for e in sent] == [
        "session.update",
        "response.create",
        "response.cancel",
        "conversation.item.create",
        "conversation.item.delete",
        "conversation.item.retrieve",
        "conversation.item.truncate",
        "input_audio_buffer.append",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "output_audio_buffer.clear",
    ]
    assert sent[0]["event_id"] == "e0" and sent[-1]["event_id"] == "e9"
    assert sent[7]["audio"] == sent[8]["audio"] == "AQI="
    # Each one decodes to its own generated model (not UnknownEvent).
    for event in sent:
        assert not isinstance(events.parse_client_event(event), events.UnknownEvent), event


def test_generated_models_are_accepted_as_nested_objects() -> None:
    sent, sends = recorder()
    params = models.RealtimeResponseCreateParams(instructions="Be brief.")
    sends.response.create(response=params)
    # The model's own defaults (tool_choice="auto") come along, as its to_dict() gives them.
    assert sent == [{"type": "response.create", "response": params.to_dict()}]
    assert sent[0]["response"]["instructions"] == "Be brief."


def test_beta_and_translation_methods() -> None:
    sent: list[dict[str, Any]] = []
    beta = BetaRealtimeSends(sent.append)
    beta.transcription_session.update(session={"input_audio_format": "pcm16"})
    beta.session.update(session={"modalities": ["text"]})
    translation = TranslationSends(sent.append)
    translation.session.update(session={})
    translation.session.input_audio_buffer.append(audio=b"\x00\x00")
    translation.session.close(event_id="bye")
    assert [e["type"] for e in sent] == [
        "transcription_session.update",
        "session.update",
        "session.update",
        "session.input_audio_buffer.append",
        "session.close",
    ]
    for event in sent[2:]:
        parsed = events.parse_translation_client_event(event)
        assert not isinstance(parsed, events.UnknownEvent), event
    for event in sent[:2]:
        assert type(events.parse_beta_client_event(event)).__name__.startswith("RealtimeBeta")


def test_transcription_session_is_not_a_ga_event() -> None:
    sends: RealtimeSends[None] = RealtimeSends(lambda e: None)
    assert not hasattr(sends, "transcription_session")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.response.create(foo=1), "response.create: unknown keyword 'foo'"),
        (lambda s: s.response.create(response={"instructions": 5}), "response.instructions"),
        (lambda s: s.response.create(response={"foo": 1}), "response.foo: unknown field"),
        (lambda s: s.response.create(response=[1]), "response must be a dict"),
        (lambda s: s.response.cancel(response_id=5), "response_id: expected str"),
        (lambda s: s.session.update(), "session.update: missing"),
        (
            lambda s: s.session.update(session={"type": "realtime", "output_modalities": "text"}),
            "session.output_modalities: expected list or None",
        ),
        (lambda s: s.session.update(session={"type": "nope"}), "session.update"),
        (lambda s: s.conversation.item.delete(item_id=3), "item_id: expected str, got int"),
        (lambda s: s.conversation.item.delete(), "conversation.item.delete: missing"),
        (
            lambda s: s.conversation.item.truncate(item_id="i", content_index=0, audio_end_ms="1"),
            "audio_end_ms: expected int, got str",
        ),
        (
            lambda s: s.conversation.item.truncate(item_id="i", content_index=True, audio_end_ms=1),
            "content_index: expected int, got bool",
        ),
        (
            lambda s: s.conversation.item.create(
                item={
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": 1}],
                }
            ),
            "item.content[0].text",
        ),
        (lambda s: s.input_audio_buffer.append(audio=5), "audio must be raw bytes"),
        (lambda s: s.input_audio_buffer.commit(event_id=1), "event_id: expected str"),
        (lambda s: s.input_audio_buffer.clear("x"), "input_audio_buffer.clear"),
        (lambda s: s.output_audio_buffer.clear(bogus=True), "unknown keyword 'bogus'"),
    ],
)
def test_bad_keywords_and_values_raise_before_sending(call: Any, message: str) -> None:
    sent, sends = recorder()
    with pytest.raises(InvalidEventError) as info:
        call(sends)
    assert message in str(info.value)
    assert sent == []


def test_unknown_enum_values_pass() -> None:
    sent, sends = recorder()
    sends.response.create(response={"audio": {"output": {"voice": "brand-new-voice"}}})
    sends.session.update(session={"type": "realtime", "model": "gpt-realtime-2030"})
    assert sent[0]["response"]["audio"]["output"]["voice"] == "brand-new-voice"


def test_a_type_error_inside_send_is_not_mistaken_for_a_bad_keyword() -> None:
    def broken(event: dict[str, Any]) -> None:
        raise TypeError("socket said no")

    sends: RealtimeSends[None] = RealtimeSends(broken)
    with pytest.raises(TypeError, match="socket said no"):
        sends.response.create()


async def test_async_send_returns_the_coroutine_and_validates_at_the_call() -> None:
    sent: list[dict[str, Any]] = []

    async def send(event: dict[str, Any]) -> None:
        sent.append(event)

    sends = RealtimeSends(send)
    await sends.response.create()
    await sends.conversation.item.retrieve(item_id="i1")
    with pytest.raises(InvalidEventError):
        sends.conversation.item.retrieve(item_id=None)  # type: ignore[arg-type, unused-coroutine]
    assert [e["type"] for e in sent] == ["response.create", "conversation.item.retrieve"]


def test_nested_paths_and_maps_are_checked() -> None:
    sent, sends = recorder()
    tool = {"type": "function", "name": "f", "parameters": {"type": "object"}}
    sends.session.update(
        session={"type": "realtime", "tools": [tool], "output_modalities": ["text"]}
    )
    with pytest.raises(InvalidEventError, match=r"session\.output_modalities: expected list"):
        sends.session.update(session={"type": "realtime", "output_modalities": ("text",)})
    with pytest.raises(InvalidEventError, match=r"session\.tools\[1\]\.name: expected str"):
        sends.session.update(session={"type": "realtime", "tools": [tool, {**tool, "name": 7}]})
    with pytest.raises(InvalidEventError, match=r"response\.metadata\.k: expected str, got int"):
        sends.response.create(response={"metadata": {"k": 1}})
    with pytest.raises(InvalidEventError, match=r"session\.audio\.output\.speed: expected float"):
        sends.session.update(session={"type": "realtime", "audio": {"output": {"speed": "fast"}}})
    sends.session.update(session={"type": "realtime", "audio": {"output": {"speed": 1}}})
    assert len(sent) == 2


def test_a_builder_session_with_extra_fields_goes_through_the_typed_send() -> None:
    from realtime_ext.session import realtime_session

    sent: list[dict[str, Any]] = []
    session = realtime_session(extra={"new_knob": 1})
    RealtimeSends(sent.append).session.update(session=session)
    assert sent[0]["session"]["new_knob"] == 1
