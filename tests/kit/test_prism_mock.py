"""What Prism, serving the pinned spec, answers to the Realtime endpoints the SDK calls."""

from __future__ import annotations

import httpx
import pytest

from support.prism import assert_request_accepted, request_violations, violations

AUTH = {"Authorization": "Bearer sk-test-abc123"}
SDP_OFFER = (
    "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\n"
)


def test_client_secrets_valid_body_is_answered_with_json(prism_url: str) -> None:
    body = {"expires_after": {"anchor": "created_at", "seconds": 600}}
    resp = httpx.post(f"{prism_url}/realtime/client_secrets", json=body, headers=AUTH)
    assert resp.status_code == 200
    assert isinstance(resp.json()["expires_at"], int)
    assert_request_accepted(resp)


def test_client_secrets_invalid_body_is_rejected_with_the_violation(prism_url: str) -> None:
    resp = httpx.post(
        f"{prism_url}/realtime/client_secrets", json={"expires_after": "soon"}, headers=AUTH
    )
    assert resp.status_code == 422
    found = request_violations(resp)
    assert [v.location for v in found] == [("body", "expires_after")]
    assert "must be object" in found[0].message
    with pytest.raises(AssertionError, match=r"expires_after: .*must be object"):
        assert_request_accepted(resp)


def test_nested_session_is_validated_too(prism_url: str) -> None:
    # Fails when Prism serves the raw spec: the type-less `nullable` of session.tracing makes
    # Ajv throw and Prism then skips the whole body (see support/prism_compat.py).
    resp = httpx.post(
        f"{prism_url}/realtime/client_secrets",
        json={"session": {"type": "realtime", "tracing": 5}},
        headers=AUTH,
    )
    assert resp.status_code == 422
    # session is a oneOf, so the other branch's mismatches are listed as well.
    assert ("body", "session", "tracing") in {v.location for v in request_violations(resp)}


def test_response_violations_do_not_count_as_rejection(prism_url: str) -> None:
    # The upstream spec's own generated example does not satisfy its response schema.
    resp = httpx.post(f"{prism_url}/realtime/client_secrets", json={}, headers=AUTH)
    assert resp.status_code == 200
    assert all(not v.is_request for v in violations(resp))
    assert_request_accepted(resp)


def test_paths_are_served_without_the_v1_prefix(prism_url: str) -> None:
    resp = httpx.post(f"{prism_url}/v1/realtime/client_secrets", json={}, headers=AUTH)
    assert resp.status_code == 404


def test_missing_bearer_token_is_rejected(prism_url: str) -> None:
    resp = httpx.post(f"{prism_url}/realtime/calls/rtc_123/hangup")
    assert resp.status_code == 401
    with pytest.raises(AssertionError, match="Invalid security scheme"):
        assert_request_accepted(resp)


def test_calls_with_sdp_body_answers_201_sdp_and_location(prism_url: str) -> None:
    resp = httpx.post(
        f"{prism_url}/realtime/calls",
        content=SDP_OFFER,
        headers={**AUTH, "Content-Type": "application/sdp"},
    )
    assert resp.status_code == 201
    assert resp.headers["content-type"].startswith("application/sdp")
    # Prism answers static placeholders: body "string", Location "string".
    assert resp.text == "string"
    assert resp.headers["location"] == "string"
    assert_request_accepted(resp)


def test_calls_with_empty_sdp_body_is_rejected(prism_url: str) -> None:
    resp = httpx.post(
        f"{prism_url}/realtime/calls",
        content=b"",
        headers={**AUTH, "Content-Type": "application/sdp"},
    )
    assert resp.status_code == 422


def test_calls_with_unsupported_content_type_is_rejected(prism_url: str) -> None:
    resp = httpx.post(
        f"{prism_url}/realtime/calls", content=b"hi", headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert resp.status_code == 415


def test_calls_multipart_with_only_sdp_is_accepted(prism_url: str) -> None:
    files = {"sdp": (None, SDP_OFFER, "application/sdp")}
    resp = httpx.post(f"{prism_url}/realtime/calls", files=files, headers=AUTH)
    assert resp.status_code == 201
    assert_request_accepted(resp)


def test_calls_multipart_without_sdp_is_rejected(prism_url: str) -> None:
    resp = httpx.post(f"{prism_url}/realtime/calls", files={"foo": (None, "bar")}, headers=AUTH)
    assert resp.status_code == 422
    assert any("'sdp'" in v.message for v in request_violations(resp))


@pytest.mark.xfail(
    strict=True,
    reason="Prism 5.16 ignores multipart `encoding.contentType: application/json` and "
    "validates the session part as a string ('session must be object')",
)
def test_calls_multipart_with_json_session_part_is_accepted(prism_url: str) -> None:
    files = {
        "sdp": (None, SDP_OFFER, "application/sdp"),
        "session": (None, '{"type": "realtime", "model": "gpt-realtime"}', "application/json"),
    }
    resp = httpx.post(f"{prism_url}/realtime/calls", files=files, headers=AUTH)
    assert_request_accepted(resp)


def test_hangup_answers_200_without_body(prism_url: str) -> None:
    resp = httpx.post(f"{prism_url}/realtime/calls/rtc_123/hangup", headers=AUTH)
    assert resp.status_code == 200
    assert resp.content == b""
    assert_request_accepted(resp)
