"""REST routes answered by the fake server, checked with a plain httpx client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtime_ext import sdp
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._forms import parse_multipart

AUTH = {"Authorization": "Bearer sk-test"}
# A real Chrome offer: the fake server answers it with a real aiortc peer.
OFFER = (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_text()


@pytest.fixture
def http(server: FakeRealtimeServer) -> Iterator[httpx.Client]:
    # verify=False: plain http:// on 127.0.0.1, no CA bundle to load (40 ms of CPU per test).
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=5, verify=False) as client:
        yield client


def error_of(response: httpx.Response) -> dict[str, Any]:
    assert response.headers["x-request-id"].startswith("req_")
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error


def test_unknown_path_is_404_json(http: httpx.Client) -> None:
    response = http.post("/nope", json={})
    assert response.status_code == 404
    assert "nope" in error_of(response)["message"]


def test_wrong_method_is_405(http: httpx.Client) -> None:
    assert http.get("/realtime/client_secrets").status_code == 405


def test_missing_key_is_401(server: FakeRealtimeServer) -> None:
    response = httpx.post(f"{server.base_url}/realtime/client_secrets", json={})
    assert response.status_code == 401
    assert error_of(response)["code"] == "missing_api_key"


def test_client_secret_defaults_and_validation(http: httpx.Client) -> None:
    first = http.post("/realtime/client_secrets", json={}).json()
    second = http.post("/realtime/client_secrets", json={}).json()
    assert first["value"] != second["value"]
    assert first["session"]["type"] == "realtime"
    assert first["session"]["audio"]["input"]["format"]["rate"] == 24000
    transcription = http.post(
        "/realtime/client_secrets", json={"session": {"type": "transcription"}}
    ).json()
    assert transcription["session"]["object"] == "realtime.transcription_session"
    bad_type = http.post("/realtime/client_secrets", json={"session": {"type": "video"}})
    assert bad_type.status_code == 400 and error_of(bad_type)["param"] == "session.type"
    bad_ttl = http.post("/realtime/client_secrets", json={"expires_after": {"seconds": 1}})
    assert error_of(bad_ttl)["param"] == "expires_after.seconds"
    not_json = http.post(
        "/realtime/client_secrets", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert not_json.status_code == 400


def test_create_call_with_raw_sdp(server: FakeRealtimeServer, http: httpx.Client) -> None:
    response = http.post(
        "/realtime/calls", content=OFFER, headers={"Content-Type": "application/sdp"}
    )
    assert response.status_code == 201
    assert "a=mid:audio" in response.text and "a=sendrecv" in response.text
    call_id = response.headers["location"].rsplit("/", 1)[-1]
    assert server.calls[call_id].offer == OFFER
    assert server.requests[-1].header("content-type") == "application/sdp"


def test_create_call_rejects_bad_input(http: httpx.Client) -> None:
    bad_sdp = http.post(
        "/realtime/calls", content="hello", headers={"Content-Type": "application/sdp"}
    )
    assert bad_sdp.status_code == 400 and error_of(bad_sdp)["param"] == "sdp"
    no_sdp = http.post("/realtime/calls", files={"session": (None, "{}")})
    assert no_sdp.status_code == 400 and error_of(no_sdp)["param"] == "sdp"
    wrong_type = http.post("/realtime/calls", json={"sdp": OFFER})
    assert wrong_type.status_code == 400


def test_call_state_is_tracked(server: FakeRealtimeServer, http: httpx.Client) -> None:
    call = server.register_call("rtc_sip")
    assert http.post("/realtime/calls/rtc_sip/accept", json={"type": "realtime"}).status_code == 200
    again = http.post("/realtime/calls/rtc_sip/accept", json={"type": "realtime"})
    assert again.status_code == 400 and error_of(again)["code"] == "invalid_call_state"
    no_target = http.post("/realtime/calls/rtc_sip/refer", json={})
    assert error_of(no_target)["param"] == "target_uri"
    assert http.post("/realtime/calls/rtc_sip/hangup").status_code == 200
    assert call.state == "ended"
    # Over: the API no longer has the call (as recorded: a hangup after a hangup).
    gone = http.post("/realtime/calls/rtc_sip/reject", json={})
    assert gone.status_code == 404 and error_of(gone)["code"] == "call_id_not_found"
    assert http.post("/realtime/calls/rtc_sip/hangup").json() == gone.json()
    assert gone.json()["error"]["message"] == "No session found for the provided call_id"
    unknown = http.post("/realtime/calls/rtc_unknown/accept", json={"type": "realtime"})
    assert unknown.status_code == 404 and unknown.content != b""


def test_beta_sessions_have_client_secret(http: httpx.Client) -> None:
    session = http.post(
        "/realtime/sessions", json={"model": "gpt-4o-realtime-preview", "voice": "verse"}
    ).json()
    assert session["voice"] == "verse" and session["model"] == "gpt-4o-realtime-preview"
    assert session["client_secret"]["value"].startswith("ek_")
    assert isinstance(session["client_secret"]["expires_at"], int)
    transcription = http.post("/realtime/transcription_sessions", json={}).json()
    assert transcription["client_secret"]["value"].startswith("ek_")


def test_translation_client_secret(http: httpx.Client) -> None:
    body = {"session": {"model": "gpt-realtime-translate", "audio": {"output": {"language": "fr"}}}}
    secret = http.post("/realtime/translations/client_secrets", json=body).json()
    assert secret["session"]["type"] == "translation"
    assert secret["session"]["audio"]["output"]["language"] == "fr"
    assert secret["session"]["audio"]["input"] == {"transcription": None, "noise_reduction": None}
    missing = http.post("/realtime/translations/client_secrets", json={"session": {}})
    assert error_of(missing)["param"] == "session.model"


def test_keep_alive_serves_several_requests_on_one_connection(http: httpx.Client) -> None:
    for _ in range(3):
        assert http.post("/realtime/client_secrets", json={}).status_code == 200
    assert http.post("/realtime/client_secrets", json={}).headers["connection"] == "keep-alive"


def test_sdp_answer_is_a_real_peer_on_loopback(
    server: FakeRealtimeServer, http: httpx.Client
) -> None:
    response = http.post(
        "/realtime/calls", content=OFFER, headers={"Content-Type": "application/sdp"}
    )
    answer = sdp.parse(response.text)
    sdp._validate.validate_answer(answer)
    assert sdp._inspect.setup_role(answer) == "active"
    addresses = {c.address for c in sdp._inspect.candidates(answer)}
    assert addresses == {"127.0.0.1"}  # ICE gathered on loopback only
    assert sdp._inspect.audio_codecs(answer)[0].name.lower() == "opus"
    call_id = response.headers["location"].rsplit("/", 1)[-1]
    assert server.calls[call_id].peer is not None


def test_multipart_parser_reads_named_parts() -> None:
    request = httpx.Request(
        "POST", "http://x", files={"sdp": (None, OFFER), "session": (None, "{}")}
    )
    body = request.read()
    fields = parse_multipart(request.headers["content-type"], body)
    assert fields["sdp"].decode() == OFFER
    assert json.loads(fields["session"]) == {}
    with pytest.raises(ValueError, match="boundary"):
        parse_multipart("multipart/form-data", body)
