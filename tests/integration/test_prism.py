"""Every client method, sync and async, against Prism serving the upstream spec.

Every request must be accepted (no 422, no request violation) and every answer must decode,
except the known spec defects of spec_defects.py, for which Prism must report exactly the
documented violations.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
import yaml

from realtime_ext import AsyncRealtimeClient, RealtimeClient, UnprocessableEntityError
from support.prism import assert_request_accepted, request_violations

from ._flows import API_KEY, OFFER, REALTIME, TRANSCRIPTION, TRANSLATION
from .spec_defects import BETA_SESSION_CLIENT_SECRET, DEFECTS, MULTIPART_SESSION_PART, SpecDefect

OVERLAY = Path(__file__).parents[2] / "openapi" / "overlay.yaml"


@pytest.fixture
def client(prism_url: str) -> Iterator[RealtimeClient]:
    with RealtimeClient(api_key=API_KEY, base_url=prism_url, max_retries=0) as c:
        yield c


@pytest.fixture
async def aclient(prism_url: str) -> AsyncIterator[AsyncRealtimeClient]:
    async with AsyncRealtimeClient(api_key=API_KEY, base_url=prism_url, max_retries=0) as c:
        yield c


def _violations(response: httpx.Response) -> frozenset[tuple[tuple[str, ...], str, str]]:
    return frozenset((v.location, v.code, v.message) for v in request_violations(response))


def _check_defect(exc: UnprocessableEntityError, defect: SpecDefect) -> None:
    assert exc.response.request.url.path == defect.path
    assert exc.response.request.method == defect.method
    assert _violations(exc.response) == defect.violations


@pytest.mark.parametrize("session", [REALTIME, TRANSCRIPTION, None])
def test_client_secrets_create(client: RealtimeClient, session: dict[str, object] | None) -> None:
    secret = client.client_secrets.create(session=session, expires_after=600)
    assert_request_accepted(secret.response)
    assert isinstance(secret.value, str)
    assert isinstance(secret.expires_at, datetime) and secret.expires_at.tzinfo is not None
    assert secret.session is secret.parsed.session


def test_calls_create_with_sdp(client: RealtimeClient) -> None:
    answer = client.calls.create(sdp=OFFER)
    assert_request_accepted(answer.response)
    assert answer.response.request.headers["content-type"] == "application/sdp"
    # Prism answers its static placeholders for the body and the Location header.
    assert (answer.sdp, answer.call_id) == ("string", "string")


def test_calls_create_with_session_is_the_multipart_defect(client: RealtimeClient) -> None:
    with pytest.raises(UnprocessableEntityError) as info:
        client.calls.create(sdp=OFFER, session=REALTIME)
    _check_defect(info.value, MULTIPART_SESSION_PART)


def test_call_control(client: RealtimeClient) -> None:
    results = [
        client.calls.accept("rtc_123", session=REALTIME),
        client.calls.accept("rtc_123"),
        client.calls.refer("rtc_123", target_uri="tel:+14155550123"),
        client.calls.refer("rtc_123", target_uri="sip:agent@example.com"),
        client.calls.reject("rtc_123"),
        client.calls.reject("rtc_123", status_code=486),
        client.calls.hangup("rtc_123"),
        client.calls.hangup("rtc/with ?odd#chars"),
    ]
    for result in results:
        assert_request_accepted(result.response)
        assert result.status_code == 200


def test_sessions_create_is_the_client_secret_defect(client: RealtimeClient) -> None:
    with pytest.raises(UnprocessableEntityError) as info:
        client.sessions.create(model="gpt-realtime", modalities=["audio", "text"])
    _check_defect(info.value, BETA_SESSION_CLIENT_SECRET)


def test_transcription_sessions_create(client: RealtimeClient) -> None:
    beta = client.transcription_sessions.create(input_audio_format="pcm16")
    assert_request_accepted(beta.response)
    assert beta.client_secret is not None
    assert isinstance(beta.client_secret.value, str)


@pytest.mark.parametrize("expires_after", [None, 600])
def test_translation_client_secrets_create(
    client: RealtimeClient, expires_after: int | None
) -> None:
    secret = client.translations.client_secrets.create(
        session=TRANSLATION, expires_after=expires_after
    )
    assert_request_accepted(secret.response)
    assert type(secret.session).__name__ == "RealtimeTranslationSession"


async def test_async_every_method(aclient: AsyncRealtimeClient) -> None:
    secret = await aclient.client_secrets.create(session=REALTIME, expires_after=600)
    answer = await aclient.calls.create(sdp=OFFER)
    actions = [
        await aclient.calls.accept("rtc_123", session=REALTIME),
        await aclient.calls.refer("rtc_123", target_uri="sips:agent@example.com"),
        await aclient.calls.reject("rtc_123", status_code=603),
        await aclient.calls.hangup("rtc_123"),
    ]
    beta = await aclient.transcription_sessions.create()
    translation = await aclient.translations.client_secrets.create(session=TRANSLATION)
    for response in [secret.response, answer.response, beta.response, translation.response]:
        assert_request_accepted(response)
    for action in actions:
        assert_request_accepted(action.response)
    assert answer.call_id == "string"
    assert beta.client_secret is not None


async def test_async_spec_defects(aclient: AsyncRealtimeClient) -> None:
    with pytest.raises(UnprocessableEntityError) as info:
        await aclient.sessions.create(model="gpt-realtime")
    _check_defect(info.value, BETA_SESSION_CLIENT_SECRET)
    with pytest.raises(UnprocessableEntityError) as info:
        await aclient.calls.create(sdp=OFFER, session=REALTIME)
    _check_defect(info.value, MULTIPART_SESSION_PART)


def test_wrong_requests_are_still_rejected(client: RealtimeClient) -> None:
    # Guards the tests above: Prism does validate what this client sends.
    with pytest.raises(UnprocessableEntityError) as info:
        client.client_secrets.create(extra_body={"expires_after": "soon"})
    assert (("body", "expires_after"), "type") in {
        (loc, code) for loc, code, _ in _violations(info.value.response)
    }


def test_every_overlay_defect_names_a_real_overlay_action() -> None:
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    targets = {action["target"] for action in overlay["actions"]}
    for defect in DEFECTS:
        assert defect.violations, defect.name
        if defect.overlay_target is not None:
            assert defect.overlay_target in targets, defect.name
