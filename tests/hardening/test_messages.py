"""Builders refuse typos before the wire, and messages name the real problem and the fix."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from realtime_ext import InvalidArgumentError, NotFoundError
from realtime_ext.session import (
    SessionConfigError,
    audio_format,
    beta_session,
    realtime_session,
    transcription_session,
)
from tests.client._helpers import Recorder, error_body, make_client


@pytest.mark.parametrize(
    ("build", "keyword", "fragment"),
    [
        (lambda: realtime_session(voice=""), "voice", "must not be empty"),
        (lambda: realtime_session(voice={"id": " "}), "voice.id", "must not be empty"),
        (lambda: realtime_session(model=""), "model", "must not be empty"),
        (lambda: realtime_session(model=" gpt-realtime"), "model", "whitespace"),
        (lambda: beta_session(model=""), "model", "must not be empty"),
        (
            lambda: realtime_session(turn_detection="server"),
            "turn_detection",
            "did you mean 'server_vad'?",
        ),
        (lambda: realtime_session(turn_detection="semantic"), "turn_detection", "semantic_vad"),
        (lambda: audio_format("pcm16", rate=8000), "audio_format.rate", "use 24000"),
        (
            lambda: audio_format({"type": "audio/pcm", "rate": 16000}),
            "audio_format.rate",
            "16000 Hz",
        ),
    ],
)
def test_builders_refuse_typos(build: Any, keyword: str, fragment: str) -> None:
    with pytest.raises(SessionConfigError, match=fragment) as info:
        build()
    assert info.value.keyword == keyword


def test_builders_still_take_what_is_valid_or_new() -> None:
    assert realtime_session(voice="a-voice-from-next-year")["audio"]["output"]["voice"]
    assert realtime_session(turn_detection="semantic_vad")["audio"]["input"]["turn_detection"]
    # A newer turn detection type goes in a dict, which stays open.
    session = realtime_session(turn_detection={"type": "future_vad"})
    assert session["audio"]["input"]["turn_detection"] == {"type": "future_vad"}
    assert audio_format("pcm16", rate=24000)["rate"] == 24000
    assert audio_format({"type": "audio/opus", "rate": 48000})["rate"] == 48000
    assert transcription_session()


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("600", "number of seconds (int)"),
        ("600", "pass the number itself: expires_after=600"),
        (1.5, "got float"),
    ],
)
def test_expires_after_message_names_what_it_takes(value: Any, fragment: str) -> None:
    client = make_client(Recorder([httpx.Response(200)]))
    with client, pytest.raises(InvalidArgumentError, match="expires_after") as info:
        client.client_secrets.create(expires_after=value)
    assert fragment in str(info.value)
    assert "realtime_ext.session" not in str(info.value)


def test_error_messages_show_the_path_as_sent() -> None:
    rec = Recorder([httpx.Response(404, json=error_body("Call not found"))])
    with make_client(rec) as client, pytest.raises(NotFoundError) as info:
        client.calls.hangup("rtc_123/../../x")
    assert "/realtime/calls/rtc_123%2F..%2F..%2Fx/hangup" in str(info.value)
    assert "../" not in str(info.value)
    assert rec.last.url.raw_path.endswith(b"rtc_123%2F..%2F..%2Fx/hangup")
