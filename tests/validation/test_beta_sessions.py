"""The beta session endpoints (``client.sessions``, ``client.transcription_sessions``) check
their body before sending, as every GA entry point checks its session: an unknown field, a
wrong type or a misspelt enum value raises ``SessionConfigError`` and nothing goes on the
wire. Before, any body went out and the API answered 400.

The fields the pinned spec's beta request models lacked and the official openai package
sends (``language``, ``prompt``, ``create_response``, ``eagerness``, ...) are added by the
overlay, so what the beta builders and openai send still passes; the fake server refuses
what the client refuses, with the API's error shape.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from realtime_ext import RealtimeClient, SessionConfigError
from realtime_ext.session import beta_session, beta_transcription_session, semantic_vad
from realtime_ext.testing import FakeRealtimeServer
from tests.validation._wire import Wire, async_client

REFUSED: list[tuple[str, dict[str, Any], str]] = [
    ("sessions", {"instrucions": "Hi"}, "instrucions: unknown field, did you mean 'instructions'?"),
    ("sessions", {"temperature": "warm"}, "temperature: expected float or None, got str"),
    ("sessions", {"voice": 5}, "voice: expected str or dict or None, got int 5"),
    (
        "sessions",
        {"input_audio_noise_reduction": {"type": "far_fiel"}},
        "input_audio_noise_reduction.type",
    ),
    ("sessions", {"turn_detection": {"eagerness": "hig"}}, "turn_detection.eagerness"),
    (
        "transcription_sessions",
        {"input_audio_transcription": {"model": 5}},
        "input_audio_transcription.model: expected str or None, got int 5",
    ),
    ("transcription_sessions", {"modalities": ["txt"]}, "modalities[0]"),
    (
        "transcription_sessions",
        {"client_secret": {"expires_at": {"seconds": 5}}},
        "client_secret.expires_at.seconds: must be at least 10",
    ),
]

# What the official openai package's beta create() methods take and the pinned spec's beta
# request models lacked (added by openapi/overlay.yaml).
ACCEPTED: list[tuple[str, dict[str, Any]]] = [
    ("sessions", {"input_audio_transcription": {"model": "whisper-1", "language": "fr"}}),
    ("sessions", {"input_audio_transcription": {"model": "whisper-1", "prompt": "tech"}}),
    (
        "sessions",
        {
            "turn_detection": {
                "type": "semantic_vad",
                "eagerness": "low",
                "create_response": False,
                "interrupt_response": True,
            }
        },
    ),
    ("transcription_sessions", {"turn_detection": {"type": "semantic_vad", "eagerness": "high"}}),
    ("transcription_sessions", {"turn_detection": {"type": "server_vad", "create_response": True}}),
    ("transcription_sessions", {"modalities": ["text"]}),
    (
        "transcription_sessions",
        {"client_secret": {"expires_at": {"anchor": "created_at", "seconds": 600}}},
    ),
]


@pytest.mark.parametrize(("endpoint", "body", "message"), REFUSED)
def test_a_bad_beta_body_is_refused_before_sending(
    client: RealtimeClient, wire: Wire, endpoint: str, body: dict[str, Any], message: str
) -> None:
    with pytest.raises(SessionConfigError) as caught:
        getattr(client, endpoint).create(session=body)
    assert message in str(caught.value)
    assert str(caught.value).startswith("session.")
    assert wire.sent == []


@pytest.mark.parametrize(("endpoint", "body", "message"), REFUSED)
def test_keyword_fields_are_checked_too(
    client: RealtimeClient, wire: Wire, endpoint: str, body: dict[str, Any], message: str
) -> None:
    with pytest.raises(SessionConfigError) as caught:
        getattr(client, endpoint).create(**body)
    assert message in str(caught.value)
    assert wire.sent == []


@pytest.mark.parametrize(("endpoint", "body"), ACCEPTED)
def test_what_openai_sends_passes_and_goes_out_as_given(
    client: RealtimeClient, wire: Wire, endpoint: str, body: dict[str, Any]
) -> None:
    with pytest.raises(Exception, match="500"):  # the recording transport answers 500
        getattr(client, endpoint).create(session=body)
    assert json.loads(wire.sent[-1].content) == body


def test_a_value_json_cannot_carry_is_named_by_its_path(client: RealtimeClient, wire: Wire) -> None:
    with pytest.raises(SessionConfigError, match=r"session\.temperature: nan is not a JSON"):
        client.sessions.create(temperature=float("nan"))
    assert wire.sent == []


def test_builder_extra_fields_pass_unchecked_with_keyword_fields(
    client: RealtimeClient, wire: Wire
) -> None:
    built = beta_session(model="gpt-4o-realtime-preview", extra={"new_knob": {"a": 1}})
    assert built.newer == frozenset({("new_knob",)})
    with pytest.raises(Exception, match="500"):
        client.sessions.create(built, instructions="Be brief.")
    assert json.loads(wire.sent[-1].content) == {
        "model": "gpt-4o-realtime-preview",
        "new_knob": {"a": 1},
        "instructions": "Be brief.",
    }
    # The same field in a plain dict is not vouched for: refused.
    with pytest.raises(SessionConfigError, match="new_knob: unknown field"):
        client.sessions.create({"new_knob": {"a": 1}})


def test_the_beta_builders_build_what_the_overlay_added() -> None:
    # semantic_vad and eagerness were refused by the pinned spec's beta transcription model.
    built = beta_transcription_session(turn_detection=semantic_vad(eagerness="low"))
    assert built == {"turn_detection": {"type": "semantic_vad", "eagerness": "low"}}
    assert built.newer == frozenset()


def test_the_async_client_checks_the_same_way() -> None:
    wire = Wire()

    async def main() -> None:
        async with async_client(wire) as client:
            with pytest.raises(SessionConfigError, match="unknown field"):
                await client.transcription_sessions.create(instrucions="Hi")

    asyncio.run(main())
    assert wire.sent == []


@pytest.fixture(scope="module")
def fake() -> Any:
    with FakeRealtimeServer() as server:
        yield server


@pytest.mark.parametrize(("endpoint", "body", "message"), REFUSED)
def test_the_fake_server_refuses_what_the_client_refuses(
    fake: Any, endpoint: str, body: dict[str, Any], message: str
) -> None:
    answer = httpx.post(
        f"{fake.base_url}/realtime/{endpoint}",
        json=body,
        headers={"Authorization": "Bearer sk-test"},
        verify=False,  # plain http:// on 127.0.0.1: no CA bundle to load (40 ms of CPU)
    )
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["type"] == "invalid_request_error"
    # The API names the field from the body's root: the beta body is the session.
    assert error["param"] == message.split(":")[0].split(" ")[0]


@pytest.mark.parametrize(("endpoint", "body"), ACCEPTED)
def test_the_fake_server_takes_what_openai_sends(
    fake: Any, endpoint: str, body: dict[str, Any]
) -> None:
    answer = httpx.post(
        f"{fake.base_url}/realtime/{endpoint}",
        json=body,
        headers={"Authorization": "Bearer sk-test"},
        verify=False,  # plain http:// on 127.0.0.1: no CA bundle to load (40 ms of CPU)
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["client_secret"]["value"].startswith("ek_")
