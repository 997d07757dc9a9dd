"""calls.*: SDP/multipart bodies, Location parsing, path escaping and argument checks."""

from __future__ import annotations

import email.parser
import email.policy
import json
from urllib.parse import unquote

import httpx
import pytest

from realtime_ext import APIResponseValidationError, InvalidArgumentError, OpenAIError
from realtime_ext._resources.calls import call_id_from_location
from realtime_ext.sdp import SDPError, parse

from ._helpers import ANSWER, OFFER, Recorder, answer_response, make_client

OK = httpx.Response(200)


def _parts(request: httpx.Request) -> list[email.message.EmailMessage]:
    raw = b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw + request.content)
    assert message.is_multipart()
    return list(message.iter_parts())  # type: ignore[attr-defined]


def test_create_without_session_sends_application_sdp() -> None:
    rec = Recorder([answer_response()])
    with make_client(rec) as client:
        answer = client.calls.create(sdp=OFFER)
    request = rec.last
    assert request.method == "POST"
    assert request.url.path == "/v1/realtime/calls"
    assert request.headers["content-type"] == "application/sdp"
    assert request.headers["accept"] == "application/sdp"
    assert request.content == OFFER.encode()
    assert answer.sdp == ANSWER
    assert answer.call_id == "rtc_abc123"
    assert answer.response.status_code == 201


def test_create_with_session_sends_two_typed_parts() -> None:
    rec = Recorder([answer_response()])
    with make_client(rec) as client:
        client.calls.create(sdp=OFFER, session={"type": "realtime", "model": "gpt-realtime"})
    request = rec.last
    ctype = request.headers["content-type"]
    assert ctype.startswith("multipart/form-data; boundary=")
    boundary = ctype.split("boundary=", 1)[1]
    assert "+" not in boundary
    assert int(request.headers["content-length"]) == len(request.content)
    sdp_part, session_part = _parts(request)
    assert sdp_part.get_param("name", header="content-disposition") == "sdp"
    assert sdp_part.get_content_type() == "application/sdp"
    assert sdp_part.get_payload(decode=True) == OFFER.encode()
    assert session_part.get_param("name", header="content-disposition") == "session"
    assert session_part.get_content_type() == "application/json"
    session_bytes = session_part.get_payload(decode=True)
    assert json.loads(session_bytes) == {"type": "realtime", "model": "gpt-realtime"}
    assert b": " not in session_bytes  # compact JSON


def test_boundary_is_random_per_call() -> None:
    rec = Recorder([answer_response()])
    with make_client(rec) as client:
        for _ in range(3):
            client.calls.create(sdp=OFFER, session={"type": "realtime"})
    boundaries = {r.headers["content-type"].split("boundary=")[1] for r in rec.requests}
    assert len(boundaries) == 3
    assert "+++" not in boundaries


def test_session_without_type_becomes_a_realtime_session() -> None:
    rec = Recorder([answer_response()])
    with make_client(rec) as client:
        client.calls.create(sdp=OFFER, session={"model": "gpt-realtime"})
    session = json.loads(_parts(rec.last)[1].get_payload(decode=True))
    assert session == {"type": "realtime", "model": "gpt-realtime"}


def test_generated_model_session_is_sent_via_to_dict() -> None:
    from realtime_generated.models import RealtimeSessionCreateRequestGA

    model = RealtimeSessionCreateRequestGA.from_dict({"type": "realtime", "instructions": "Hi"})
    rec = Recorder([answer_response()])
    with make_client(rec) as client:
        client.calls.create(sdp=OFFER, session=model)
    assert json.loads(_parts(rec.last)[1].get_payload(decode=True)) == model.to_dict()


def test_session_description_object_is_accepted() -> None:
    rec = Recorder([answer_response()])
    with make_client(rec) as client:
        client.calls.create(sdp=parse(OFFER))
    assert rec.last.content.startswith(b"v=0\r\n")


@pytest.mark.parametrize("offer", ["", "   ", "hello", "v=0\r\n"])
def test_bad_offer_is_refused_before_sending(offer: str) -> None:
    rec = Recorder([answer_response()])
    with make_client(rec) as client, pytest.raises(SDPError) as info:
        client.calls.create(sdp=offer)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, OpenAIError)
    assert rec.requests == []


def test_non_string_offer_is_refused() -> None:
    rec = Recorder([answer_response()])
    with make_client(rec) as client, pytest.raises(InvalidArgumentError, match="sdp must be"):
        client.calls.create(sdp=b"v=0")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("location", "call_id"),
    [
        ("/v1/realtime/calls/rtc_abc", "rtc_abc"),
        ("https://api.openai.com/v1/realtime/calls/rtc_abc", "rtc_abc"),
        ("https://api.openai.com/v1/realtime/calls/rtc_abc/", "rtc_abc"),
        ("/v1/realtime/calls/rtc_abc?x=1", "rtc_abc"),
        ("realtime/calls/rtc%20x", "rtc x"),
        ("rtc_only", "rtc_only"),
    ],
)
def test_location_parsing(location: str, call_id: str) -> None:
    response = httpx.Response(201, headers={"Location": location})
    assert call_id_from_location(response) == call_id


@pytest.mark.parametrize("location", [None, "", "/v1/realtime/calls", "/"])
def test_missing_or_idless_location_is_a_clear_error(location: str | None) -> None:
    rec = Recorder([answer_response(location)])
    with make_client(rec) as client, pytest.raises(APIResponseValidationError) as info:
        client.calls.create(sdp=OFFER)
    assert "call id" in str(info.value)
    assert info.value.status_code == 201


def test_empty_answer_is_a_clear_error() -> None:
    reply = httpx.Response(201, text="", headers={"Location": "/v1/realtime/calls/rtc_1"})
    with make_client(Recorder([reply])) as client, pytest.raises(APIResponseValidationError):
        client.calls.create(sdp=OFFER)


@pytest.mark.parametrize(
    "call_id",
    [
        "rtc/../../client_secrets",
        "a/b",
        "rtc?x=1",
        "rtc 1",
        "rtc#frag",
        "%2e%2e",
        "...",
        "rtc_ü",
        "a\r\nb",
    ],
)
@pytest.mark.parametrize("action", ["hangup", "accept", "refer", "reject"])
def test_call_id_cannot_change_the_path(call_id: str, action: str) -> None:
    rec = Recorder([OK])
    with make_client(rec) as client:
        method = getattr(client.calls, action)
        kwargs = {"target_uri": "tel:+1"} if action == "refer" else {}
        method(call_id, **kwargs)
    url = rec.last.url
    raw_path = url.raw_path.decode("ascii")
    assert "?" not in raw_path and "#" not in raw_path
    assert url.query == b""
    segments = raw_path.split("/")
    assert segments[:4] == ["", "v1", "realtime", "calls"]
    assert segments[5:] == [action]
    assert unquote(segments[4]) == call_id


@pytest.mark.parametrize("call_id", ["", "   ", ".", ".."])
@pytest.mark.parametrize("action", ["hangup", "accept", "refer", "reject"])
def test_empty_or_dot_call_id_is_refused_before_sending(call_id: str, action: str) -> None:
    rec = Recorder([OK])
    with make_client(rec) as client, pytest.raises(InvalidArgumentError, match="call_id"):
        kwargs = {"target_uri": "tel:+1"} if action == "refer" else {}
        getattr(client.calls, action)(call_id, **kwargs)
    assert rec.requests == []


def test_non_string_call_id_is_refused() -> None:
    with make_client(Recorder([OK])) as client, pytest.raises(InvalidArgumentError):
        client.calls.hangup(123)  # type: ignore[arg-type]


def test_hangup_sends_no_body() -> None:
    rec = Recorder([OK])
    with make_client(rec) as client:
        result = client.calls.hangup("rtc_1")
    assert rec.last.content == b""
    assert "content-type" not in rec.last.headers
    assert (result.call_id, result.action, result.status_code) == ("rtc_1", "hangup", 200)


def test_accept_sends_the_session_and_defaults_the_type() -> None:
    rec = Recorder([OK])
    with make_client(rec) as client:
        client.calls.accept("rtc_1", session={"instructions": "Hi", "model": "gpt-realtime"})
        assert rec.last_json() == {
            "type": "realtime",
            "instructions": "Hi",
            "model": "gpt-realtime",
        }
        client.calls.accept("rtc_1")
        assert rec.last_json() == {"type": "realtime"}
    assert rec.last.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    "uri", ["tel:+14155550123", "sip:agent@example.com", "sips:agent@example.com:5061", "SIP:a@b"]
)
def test_refer_accepts_tel_and_sip(uri: str) -> None:
    rec = Recorder([OK])
    with make_client(rec) as client:
        client.calls.refer("rtc_1", target_uri=uri)
    assert rec.last_json() == {"target_uri": uri}


@pytest.mark.parametrize(
    "uri",
    [
        "",
        "tel:",
        "https://example.com",
        "mailto:a@b",
        "+14155550123",
        "sip:a@b\r\nX: y",
        "sip:a b@c",
    ],
)
def test_refer_refuses_other_uris(uri: str) -> None:
    rec = Recorder([OK])
    with make_client(rec) as client, pytest.raises(InvalidArgumentError, match="target_uri"):
        client.calls.refer("rtc_1", target_uri=uri)
    assert rec.requests == []


@pytest.mark.parametrize("code", [400, 486, 603, 699])
def test_reject_accepts_sip_error_statuses(code: int) -> None:
    rec = Recorder([OK])
    with make_client(rec) as client:
        client.calls.reject("rtc_1", status_code=code)
    assert rec.last_json() == {"status_code": code}


def test_reject_without_status_leaves_the_server_default() -> None:
    rec = Recorder([OK])
    with make_client(rec) as client:
        client.calls.reject("rtc_1")
    assert rec.last_json() == {}


@pytest.mark.parametrize("code", [True, 399, 700, 200, 486.0, "486"])
def test_reject_refuses_other_status_codes(code: object) -> None:
    rec = Recorder([OK])
    with make_client(rec) as client, pytest.raises(InvalidArgumentError, match="status_code"):
        client.calls.reject("rtc_1", status_code=code)  # type: ignore[arg-type]
    assert rec.requests == []


def test_ten_megabyte_session_description_is_refused_by_size_before_sending() -> None:
    """A str offer and a SessionDescription offer get the same size limit."""
    from realtime_ext.sdp._lines import Attribute

    desc = parse(OFFER)
    desc.media[0].lines.append(Attribute("x-pad", "p" * 10_000_000))
    rec = Recorder([answer_response()])
    with make_client(rec) as client, pytest.raises(SDPError, match="more than the 262,144"):
        client.calls.create(sdp=desc)
    assert rec.requests == []


def test_the_multipart_body_is_the_generated_encoders(monkeypatch: pytest.MonkeyPatch) -> None:
    # The part names, order and types are the generated model's (the spec's encoding):
    # realtime_ext hands it the offer and the checked session JSON and sends what it frames.
    from realtime_generated.models import RealtimeCallCreateRequest

    framed: list[tuple[bytes, bytes | None, bytes]] = []
    encode = RealtimeCallCreateRequest.encode_multipart

    def recording(*, sdp: bytes, session: bytes | None = None) -> tuple[bytes, str]:
        content, content_type = encode(sdp=sdp, session=session)
        framed.append((sdp, session, content))
        return content, content_type

    monkeypatch.setattr(RealtimeCallCreateRequest, "encode_multipart", staticmethod(recording))
    rec = Recorder([answer_response()])
    with make_client(rec) as client:
        client.calls.create(sdp=OFFER, session={"model": "gpt-realtime"})
        client.calls.create(sdp=OFFER)  # no session: the generated application/sdp request
    assert framed == [
        (OFFER.encode(), b'{"type":"realtime","model":"gpt-realtime"}', rec.requests[0].content)
    ]
