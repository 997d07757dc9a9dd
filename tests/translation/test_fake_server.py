"""The fake server's translation sessions behave as the API documents them."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect as ws_connect

from realtime_ext.events import parse_translation_server_event
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.testing._script import Script
from realtime_ext.testing._translation import (
    FRAME_BYTES,
    TranslationSession,
    translation_session,
)
from realtime_generated import models

FRAME = sine_pcm16(200)
T = 10.0


class Fake:
    """A fake translation session driven directly (no socket): what it sends, how it closed."""

    def __init__(self, **audio: Any) -> None:
        self.out: list[dict[str, Any]] = []
        self.closed: list[tuple[int | None, str]] = []
        session = translation_session()
        session["audio"].update(audio)
        self.script = Script()
        self.session = TranslationSession(
            session, self.script, self.out.append, lambda c, r: self.closed.append((c, r))
        )

    def send(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        start = len(self.out)
        self.session.dispatch(payload)
        return self.out[start:]

    def append(self, pcm: bytes) -> list[dict[str, Any]]:
        audio = base64.b64encode(pcm).decode()
        return self.send({"type": "session.input_audio_buffer.append", "audio": audio})


def kinds(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"] for e in events]


def test_events_match_the_spec_schemas() -> None:
    fake = Fake(input={"transcription": {"model": "gpt-realtime-whisper"}})
    fake.session.start()
    fake.append(FRAME)
    fake.send({"type": "session.update", "session": {"audio": {"output": {"language": "de"}}}})
    fake.send({"type": "session.close"})
    fake.send({"type": "session.bogus"})  # after close: ignored
    decoded = [parse_translation_server_event(e) for e in fake.out]
    assert [type(e).__name__ for e in decoded] == [
        "RealtimeTranslationServerEventSessionCreated",
        "RealtimeTranslationServerEventSessionInputTranscriptDelta",
        "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
        "RealtimeTranslationServerEventSessionOutputAudioDelta",
        "RealtimeTranslationServerEventSessionUpdated",
        "RealtimeTranslationServerEventSessionClosed",
    ]
    assert fake.closed == [(1000, "session closed")]


def test_every_frame_is_the_specs_model_to_the_letter() -> None:
    """Every frame a translation session sends, its errors included (bad JSON, an unknown
    type, an id not a string), is the spec's model of its type with no field beyond it."""
    from realtime_ext._validate import STRICT_ALL, api_error, payload_problem
    from realtime_generated.event_types import TRANSLATION_SERVER_EVENTS

    fake = Fake(input={"transcription": {"model": "gpt-realtime-whisper"}})
    fake.session.start()
    fake.append(FRAME)
    fake.append(sine_pcm16(300))
    fake.send({"type": "session.update", "session": {"audio": {"output": {"language": "de"}}}})
    assert fake.session.parse("{") is None  # answered with an error
    fake.send({"type": "session.bogus", "event_id": {"not": "a string"}})
    fake.send({"type": "session.input_audio_buffer.append", "audio": "not base64!"})
    fake.send({"type": "session.close"})
    for frame in fake.out:
        model = getattr(models, TRANSLATION_SERVER_EVENTS[frame["type"]])
        problem = payload_problem(model, frame, strict=frozenset({STRICT_ALL}))
        assert problem is None, (frame["type"], api_error(problem))
    assert kinds(fake.out).count("error") == 3


def test_input_transcript_only_with_input_transcription() -> None:
    fake = Fake()
    assert kinds(fake.append(FRAME)) == [
        "session.output_transcript.delta",
        "session.output_audio.delta",
    ]
    turn_on = {"audio": {"input": {"transcription": {"model": "gpt-realtime-whisper"}}}}
    assert kinds(fake.send({"type": "session.update", "session": turn_on})) == ["session.updated"]
    out = fake.append(FRAME)
    assert kinds(out)[0] == "session.input_transcript.delta"
    assert out[0]["delta"] == " how" and out[0]["elapsed_ms"] == 400
    turn_off = {"audio": {"input": {"transcription": None}}}
    fake.send({"type": "session.update", "session": turn_off})
    assert "session.input_transcript.delta" not in kinds(fake.append(FRAME))


def test_frames_of_200_ms_silence_and_elapsed_time() -> None:
    fake = Fake()
    assert fake.append(FRAME[:4000]) == []  # under one frame: buffered
    out = fake.append(FRAME[4000:] + bytes(FRAME_BYTES))  # the rest, then a silent frame
    assert kinds(out) == ["session.output_transcript.delta", "session.output_audio.delta"]
    out = fake.append(FRAME * 2)
    assert [e["elapsed_ms"] for e in out] == [600, 600, 800, 800]  # silence counted in time
    audio = base64.b64decode(out[1]["delta"])
    assert len(audio) == FRAME_BYTES and out[1]["format"] == "pcm16"


def test_close_flushes_the_partial_frame_first() -> None:
    fake = Fake()
    fake.append(FRAME[:2000])
    assert kinds(fake.send({"type": "session.close", "event_id": "c1"})) == [
        "session.output_transcript.delta",
        "session.output_audio.delta",
        "session.closed",
    ]


APPEND = "session.input_audio_buffer.append"
BAD_EVENTS: list[tuple[dict[str, Any], str, str]] = [
    ({"type": APPEND, "audio": "AA=="}, "invalid_audio_format", "audio"),
    ({"type": APPEND, "audio": "not base64!"}, "invalid_value", "audio"),
    ({"type": APPEND}, "missing_required_parameter", "audio"),
    ({"type": "session.update"}, "missing_required_parameter", "session"),
    ({"type": "response.create"}, "invalid_value", "type"),
]
BAD_UPDATES: list[tuple[dict[str, Any], str, str]] = [
    ({"model": "x"}, "invalid_value", "session.model"),
    ({"instructions": "x"}, "unknown_parameter", "session.instructions"),
    ({"audio": {"input": {"format": "pcm"}}}, "unknown_parameter", "session.audio.input.format"),
    ({"audio": {"output": {"language": ""}}}, "invalid_value", "session.audio.output.language"),
    (
        {"audio": {"input": {"noise_reduction": {"type": "x"}}}},
        "invalid_value",
        "session.audio.input.noise_reduction.type",
    ),
]


@pytest.mark.parametrize(
    ("payload", "code", "param"),
    BAD_EVENTS
    + [({"type": "session.update", "session": s}, code, param) for s, code, param in BAD_UPDATES],
)
def test_bad_events_get_errors_in_the_api_shape(
    payload: dict[str, Any], code: str, param: str
) -> None:
    fake = Fake()
    (error,) = fake.send({**payload, "event_id": "evt_9"})
    decoded = parse_translation_server_event(error)
    assert isinstance(decoded, models.RealtimeServerEventError)
    assert decoded.error.type_ == "invalid_request_error"
    assert (decoded.error.code, decoded.error.param, decoded.error.event_id) == (
        code,
        param,
        "evt_9",
    )


def test_scripted_error_and_close() -> None:
    fake = Fake()
    fake.script.error("Overloaded", type="server_error", on="session.input_audio_buffer.append")
    (error,) = fake.append(FRAME)
    assert error["error"]["message"] == "Overloaded"
    fake.script.close(1011, "boom")
    fake.append(FRAME)
    assert fake.closed == [(1011, "boom")]


def test_handshake_needs_a_key_and_a_model_and_allows_browsers() -> None:
    with FakeRealtimeServer(api_key="sk-right") as server:
        url = f"{server.ws_url}/realtime/translations"
        with pytest.raises(InvalidStatus) as no_key:
            ws_connect(f"{url}?model=gpt-realtime-translate")
        assert no_key.value.response.status_code == 401
        with pytest.raises(InvalidStatus) as no_model:
            ws_connect(url, additional_headers={"Authorization": "Bearer sk-right"})
        assert no_model.value.response.status_code == 400
        assert b"model" in no_model.value.response.body
        # Browsers cannot set headers on a WebSocket: the key goes in a subprotocol.
        with ws_connect(
            f"{url}?model=gpt-realtime-translate",
            subprotocols=["realtime", "openai-insecure-api-key.sk-right"],  # type: ignore[list-item]
        ) as ws:
            created = json.loads(ws.recv(T))
            assert created["type"] == "session.created"
            assert created["session"]["type"] == "translation"


def test_scripted_translations_then_the_default() -> None:
    fake = Fake(input={"transcription": {"model": "gpt-realtime-whisper"}})
    fake.script.next_translation("Good morning everyone", "Buenos días")
    out = fake.append(FRAME * 4)
    said = [e["delta"] for e in out if e["type"] == "session.output_transcript.delta"]
    heard = [e["delta"] for e in out if e["type"] == "session.input_transcript.delta"]
    assert heard == ["Good", " morning", " everyone", " you"]  # then the default words
    assert said == ["Buenos", " días", " you"]  # unplanned: the default, in English
    with pytest.raises(ValueError, match="target"):
        fake.script.next_translation("Hi", " ")
