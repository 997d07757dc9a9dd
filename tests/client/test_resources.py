"""Request bodies and decoded results of the JSON endpoints (sync and async)."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import realtime_generated.api.realtime as generated_api
from realtime_ext import InvalidArgumentError
from realtime_ext.session import beta_session, realtime_session

from ._helpers import (
    BETA,
    OFFER,
    TRANSLATION,
    Recorder,
    answer_response,
    make_async_client,
    make_client,
    secret_body,
)


def _ok(body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json=body, headers={"x-request-id": "req_1"})


def test_client_secret_result() -> None:
    rec = Recorder([_ok(secret_body(expires_at=1_900_000_000))])
    with make_client(rec) as client:
        secret = client.client_secrets.create(
            session=realtime_session(model="gpt-realtime"), expires_after=600
        )
    assert rec.last.url.path == "/v1/realtime/client_secrets"
    assert rec.last_json() == {
        "expires_after": {"anchor": "created_at", "seconds": 600},
        "session": {"type": "realtime", "model": "gpt-realtime"},
    }
    assert secret.value == "ek_test_abc123"
    assert secret.expires_at == datetime(2030, 3, 17, 17, 46, 40, tzinfo=UTC)
    assert secret.expires_at.tzinfo is not None
    assert type(secret.session).__name__ == "RealtimeSessionCreateResponseGA"
    assert secret.parsed.value == secret.value
    assert secret.response.status_code == 200
    assert secret.request_id == "req_1"


def test_client_secret_body_variants() -> None:
    from realtime_generated.models import RealtimeSessionCreateRequestGA

    rec = Recorder([_ok(secret_body())])
    model = RealtimeSessionCreateRequestGA.from_dict({"type": "realtime", "instructions": "x"})
    with make_client(rec) as client:
        client.client_secrets.create()
        assert rec.last_json() == {}
        client.client_secrets.create(
            session=model,
            expires_after={"anchor": "created_at", "seconds": 30},
            extra_body={"future_field": 1},
        )
        assert rec.last_json() == {
            "expires_after": {"anchor": "created_at", "seconds": 30},
            "session": model.to_dict(),
            "future_field": 1,
        }


@pytest.mark.parametrize("value", [0, -5, True, "600"])
def test_bad_expires_after_is_refused(value: object) -> None:
    rec = Recorder([_ok(secret_body())])
    with make_client(rec) as client, pytest.raises(InvalidArgumentError, match="expires_after"):
        client.client_secrets.create(expires_after=value)  # type: ignore[arg-type]
    assert rec.requests == []


def test_bad_session_type_is_refused() -> None:
    client = make_client(Recorder([_ok(secret_body())]))
    with client, pytest.raises(InvalidArgumentError, match="session must be a dict"):
        client.client_secrets.create(session=["realtime"])  # type: ignore[arg-type]


def test_unknown_response_fields_do_not_crash() -> None:
    body = secret_body()
    body["brand_new"] = {"x": 1}
    body["session"]["type"] = "realtime"
    with make_client(Recorder([_ok(body)])) as client:
        secret = client.client_secrets.create()
    assert secret.parsed.additional_properties == {"brand_new": {"x": 1}}


def test_beta_session_body_and_result() -> None:
    rec = Recorder([_ok(BETA)])
    with make_client(rec) as client:
        beta = client.sessions.create(beta_session(model="gpt-realtime"), voice="alloy")
    assert rec.last.url.path == "/v1/realtime/sessions"
    assert rec.last_json() == {"model": "gpt-realtime", "voice": "alloy"}
    assert beta.session.id == "sess_1"
    assert beta.client_secret is not None
    assert beta.client_secret.value == "ek_beta_123"
    assert beta.client_secret.expires_at.year == 2030
    assert beta.parsed is beta.session
    assert beta.request_id == "req_1"


def test_beta_session_without_client_secret() -> None:
    body = {k: v for k, v in BETA.items() if k != "client_secret"}
    with make_client(Recorder([_ok(body)])) as client:
        assert client.sessions.create().client_secret is None


def test_transcription_session() -> None:
    body = {
        "client_secret": {"value": "ek_tr_1", "expires_at": 1_900_000_000},
        "input_audio_format": "pcm16",
    }
    rec = Recorder([_ok(body)])
    with make_client(rec) as client:
        beta = client.transcription_sessions.create(input_audio_format="pcm16")
    assert rec.last.url.path == "/v1/realtime/transcription_sessions"
    assert rec.last_json() == {"input_audio_format": "pcm16"}
    assert beta.client_secret is not None and beta.client_secret.value == "ek_tr_1"
    assert beta.session.input_audio_format == "pcm16"


def test_translation_client_secret() -> None:
    rec = Recorder([_ok(TRANSLATION)])
    with make_client(rec) as client:
        secret = client.translations.client_secrets.create(
            session={"model": "gpt-realtime-translate"}, expires_after=120
        )
    assert rec.last.url.path == "/v1/realtime/translations/client_secrets"
    assert rec.last_json() == {
        "session": {"model": "gpt-realtime-translate"},
        "expires_after": {"anchor": "created_at", "seconds": 120},
    }
    assert secret.value == "ek_tl_1"
    assert type(secret.session).__name__ == "RealtimeTranslationSession"


async def test_async_resources_mirror_the_sync_ones() -> None:
    rec = Recorder(
        [_ok(secret_body()), _ok(BETA), _ok({"input_audio_format": "pcm16"}), _ok(TRANSLATION)]
    )
    async with make_async_client(rec) as client:
        secret = await client.client_secrets.create(expires_after=600)
        beta = await client.sessions.create(model="gpt-realtime")
        transcription = await client.transcription_sessions.create()
        translation = await client.translations.client_secrets.create(session={"model": "m"})
    assert secret.value == "ek_test_abc123"
    assert beta.client_secret is not None and beta.client_secret.value == "ek_beta_123"
    assert transcription.client_secret is None
    assert translation.value == "ek_tl_1"
    assert [r.url.path for r in rec.requests] == [
        "/v1/realtime/client_secrets",
        "/v1/realtime/sessions",
        "/v1/realtime/transcription_sessions",
        "/v1/realtime/translations/client_secrets",
    ]


def test_routes_come_from_the_generated_layer_without_building_a_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # realtime_ext reads each operation's METHOD, path() and BODY_CONTENT_TYPES: no
    # request_args call (for POST /realtime/calls it once took an empty file; the body
    # conversions are counted in test_create_conversions.py).
    def not_called(*args: object, **kwargs: object) -> None:
        raise AssertionError("a request was built in the generated layer")

    for info in pkgutil.iter_modules(generated_api.__path__):
        module = importlib.import_module(f"{generated_api.__name__}.{info.name}")
        monkeypatch.setattr(module, "request_args", not_called)
    replies = [_ok(secret_body()), _ok(BETA), _ok(BETA), _ok(TRANSLATION)]
    replies += [httpx.Response(200)] * 4 + [answer_response()] * 3
    rec = Recorder(replies)
    with make_client(rec) as client:
        client.client_secrets.create(session={"type": "realtime"}, expires_after=600)
        client.sessions.create(model="gpt-realtime")
        client.transcription_sessions.create()
        client.translations.client_secrets.create(session={"model": "gpt-realtime-translate"})
        client.calls.accept("rtc_1", session={"model": "gpt-realtime"})
        client.calls.refer("rtc_1", target_uri="tel:+14155550123")
        client.calls.reject("rtc_1", status_code=486)
        client.calls.hangup("rtc_1")
        client.calls.create(sdp=OFFER)
        client.calls.create(sdp=OFFER, session={"model": "gpt-realtime"})
        client.translations.calls.create(sdp=OFFER)
    assert [(r.method, r.url.path, r.headers.get("content-type")) for r in rec.requests] == [
        ("POST", "/v1/realtime/client_secrets", "application/json"),
        ("POST", "/v1/realtime/sessions", "application/json"),
        ("POST", "/v1/realtime/transcription_sessions", "application/json"),
        ("POST", "/v1/realtime/translations/client_secrets", "application/json"),
        ("POST", "/v1/realtime/calls/rtc_1/accept", "application/json"),
        ("POST", "/v1/realtime/calls/rtc_1/refer", "application/json"),
        ("POST", "/v1/realtime/calls/rtc_1/reject", "application/json"),
        ("POST", "/v1/realtime/calls/rtc_1/hangup", None),
        ("POST", "/v1/realtime/calls", "application/sdp"),
        ("POST", "/v1/realtime/calls", rec.requests[-2].headers["content-type"]),
        ("POST", "/v1/realtime/translations/calls", "application/sdp"),
    ]
    assert rec.requests[-2].headers["content-type"].startswith("multipart/form-data; boundary=")
