"""The Realtime fields openai 3.57 has and the pinned spec lacks (openapi/overlay_live.yaml):
a frame that carries them decodes into typed fields, not the unknown-fields bag, and the
typed sends take them and refuse bad values as they do for every other field."""

from __future__ import annotations

import json
from typing import Any

import pytest

from realtime_ext import events
from realtime_ext.events import InvalidEventError, RealtimeSends, TranslationSends
from realtime_generated import models

NEW_INPUT: dict[str, Any] = {
    "noise_reduction": {"type": "near_field", "strength": 0.5},
    "transcription": {"model": "gpt-4o-transcribe", "delay": "low", "keywords": ["Anthropic"]},
}


def test_a_stated_session_decodes_the_new_fields_typed() -> None:
    frame = {
        "type": "session.updated",
        "event_id": "ev_1",
        "session": {
            "type": "realtime",
            "object": "realtime.session",
            "id": "sess_1",
            "parallel_tool_calls": False,
            "audio": {"input": NEW_INPUT},
        },
    }
    event = events.parse_server_event(json.dumps(frame))
    assert event.type == "session.updated"
    session = event.session
    assert isinstance(session, models.RealtimeSessionCreateResponseGA)
    assert session.parallel_tool_calls is False
    assert "parallel_tool_calls" not in session.additional_properties
    assert isinstance(session.audio, models.RealtimeSessionCreateResponseGAAudio)
    audio_input = session.audio.input_
    assert isinstance(audio_input, models.RealtimeSessionCreateResponseGAAudioInput)
    noise = audio_input.noise_reduction
    assert isinstance(noise, models.RealtimeSessionCreateResponseGAAudioInputNoiseReduction)
    assert noise.strength == 0.5
    assert noise.additional_properties == {}
    transcription = audio_input.transcription
    assert isinstance(transcription, models.AudioTranscriptionResponse)
    assert transcription.delay == "low"
    assert transcription.keywords == ["Anthropic"]
    assert transcription.additional_properties == {}
    assert event.to_dict()["session"]["audio"]["input"] == NEW_INPUT


def test_a_failed_response_decodes_its_error_message_typed() -> None:
    frame = {
        "type": "response.done",
        "event_id": "ev_2",
        "response": {
            "id": "resp_1",
            "object": "realtime.response",
            "status": "failed",
            "status_details": {
                "type": "failed",
                "error": {"type": "server_error", "code": "x", "message": "It had an error"},
            },
        },
    }
    event = events.parse_server_event(json.dumps(frame))
    assert event.type == "response.done"
    details = event.response.status_details
    assert isinstance(details, models.RealtimeResponseStatusDetails)
    error = details.error
    assert isinstance(error, models.RealtimeResponseStatusDetailsError)
    assert error.message == "It had an error"
    assert error.additional_properties == {}


def test_session_update_sends_the_new_fields() -> None:
    sent: list[dict[str, Any]] = []
    RealtimeSends(sent.append).session.update(
        session={"type": "realtime", "parallel_tool_calls": True, "audio": {"input": NEW_INPUT}}
    )
    assert sent[0]["session"]["audio"]["input"] == NEW_INPUT
    assert sent[0]["session"]["parallel_tool_calls"] is True


@pytest.mark.parametrize(
    ("strength", "message"),
    [
        ("high", "noise_reduction.strength: expected float or None, got str"),
        (True, "noise_reduction.strength: expected float or None, got bool"),
        ([0.5], "noise_reduction.strength: expected float or None, got list"),
    ],
)
def test_session_update_refuses_bad_values_of_the_new_fields(strength: Any, message: str) -> None:
    # delay, keywords and parallel_tool_calls are the request side's already (checked there).
    sent: list[dict[str, Any]] = []
    audio = {"input": {"noise_reduction": {"type": "far_field", "strength": strength}}}
    with pytest.raises(InvalidEventError) as info:
        RealtimeSends(sent.append).session.update(session={"type": "realtime", "audio": audio})
    assert message in str(info.value)
    assert sent == []


def test_a_translation_session_takes_and_checks_the_strength() -> None:
    sent: list[dict[str, Any]] = []
    sends = TranslationSends(sent.append)
    noise = {"type": "near_field", "strength": 0.25}
    sends.session.update(session={"audio": {"input": {"noise_reduction": noise}}})
    assert sent[0]["session"]["audio"]["input"]["noise_reduction"] == noise
    with pytest.raises(InvalidEventError, match=r"noise_reduction\.strength: expected float"):
        sends.session.update(
            session={"audio": {"input": {"noise_reduction": {**noise, "strength": "x"}}}}
        )
    assert len(sent) == 1
