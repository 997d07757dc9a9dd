"""``realtime_generated`` on its own, through httpx: what its declared floors must support.

``make test-lowest`` runs this module in a virtual environment holding only ``./generated``
at ``constraints/lowest-generated.txt`` (its own floors, lower than realtime-ext's), next to
``tests/regen/test_forward_compat.py`` for the models. The full suite runs it too.
"""

from __future__ import annotations

import json
from io import BytesIO

import httpx
import pytest

from realtime_generated import errors
from realtime_generated.api.realtime import (
    create_realtime_call,
    hangup_realtime_call,
    reject_realtime_call,
)
from realtime_generated.client import DEFAULT_TIMEOUT, AuthenticatedClient
from realtime_generated.models import RealtimeCallRejectRequest, RealtimeCreateClientSecretRequest
from realtime_generated.types import File

OFFER = b"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
ANSWER = b"v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"


def _handler(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/realtime/calls"):
            return httpx.Response(201, content=ANSWER, headers={"location": "/v1/calls/rtc_1"})
        return httpx.Response(200)

    return httpx.MockTransport(answer)


def _client(seen: list[httpx.Request], *, asynchronous: bool) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url="https://api.test/v1", token="sk-test")
    transport = _handler(seen)
    if asynchronous:
        client.set_async_httpx_client(
            httpx.AsyncClient(base_url="https://api.test/v1", transport=transport)
        )
    else:
        client.set_httpx_client(httpx.Client(base_url="https://api.test/v1", transport=transport))
    return client


def test_sync_call_create_and_hangup() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen, asynchronous=False)
    body = File(payload=BytesIO(OFFER), mime_type="application/sdp")
    answer = create_realtime_call.sync_detailed(client=client, body=body)
    hangup = hangup_realtime_call.sync_detailed("rtc_1", client=client)
    assert answer.status_code == 201 and answer.parsed is not None
    assert answer.parsed.payload.read() == ANSWER
    assert hangup.status_code == 200
    assert [r.method for r in seen] == ["POST", "POST"]
    assert seen[0].headers["content-type"] == "application/sdp" and seen[0].content == OFFER
    assert seen[1].url.path == "/v1/realtime/calls/rtc_1/hangup"


async def test_async_hangup() -> None:
    # (Not create: the generated async path sends the SDP File as a sync BytesIO stream,
    # which httpx.AsyncClient refuses; realtime_ext sends calls itself.)
    seen: list[httpx.Request] = []
    client = _client(seen, asynchronous=True)
    hangup = await hangup_realtime_call.asyncio_detailed("rtc_1", client=client)
    assert hangup.status_code == 200
    assert seen[0].url.path == "/v1/realtime/calls/rtc_1/hangup"


def test_reject_without_a_body_sends_an_empty_json_object() -> None:
    # As openai sends it: an empty body labelled JSON is not valid JSON (issue 37, item 7).
    seen: list[httpx.Request] = []
    client = _client(seen, asynchronous=False)
    assert reject_realtime_call.sync_detailed("rtc_1", client=client).status_code == 200
    reject_realtime_call.sync_detailed(
        "rtc_2", client=client, body=RealtimeCallRejectRequest(status_code=486)
    )
    assert [r.headers["content-type"] for r in seen] == ["application/json"] * 2
    assert [json.loads(r.content) for r in seen] == [{}, {"status_code": 486}]


@pytest.mark.parametrize("raise_on_unexpected_status", [True, False])
@pytest.mark.parametrize(
    ("status", "known"), [(520, False), (599, False), (499, False), (418, True)]
)
def test_any_status_raises_unexpected_status(
    status: int, known: bool, raise_on_unexpected_status: bool
) -> None:
    # 520 is not in http.HTTPStatus: HTTPStatus(520) raised ValueError (issue 37, item 4).
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"error": {"message": "origin error", "type": "server_error", "code": None}}
        return httpx.Response(status, json=body, headers={"x-request-id": "req_9"})

    client = AuthenticatedClient(
        base_url="https://api.test/v1",
        token="sk-test",
        raise_on_unexpected_status=raise_on_unexpected_status,
    )
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(answer)))
    if known and not raise_on_unexpected_status:  # a status http.HTTPStatus knows: returned
        assert hangup_realtime_call.sync_detailed("rtc_1", client=client).status_code == status
        return
    with pytest.raises(errors.UnexpectedStatus) as raised:
        hangup_realtime_call.sync_detailed("rtc_1", client=client)
    assert raised.value.status_code == status
    assert raised.value.request_id == "req_9" and raised.value.message == "origin error"


def test_the_default_timeout_is_openais() -> None:
    client = AuthenticatedClient(base_url="https://api.test/v1", token="sk-test")
    assert client.get_httpx_client().timeout == httpx.Timeout(600.0, connect=5.0)
    assert httpx.Timeout(600.0, connect=5.0) == DEFAULT_TIMEOUT
    kwargs = client.request_kwargs(hangup_realtime_call.request_args("rtc_1"))
    assert kwargs["timeout"] == DEFAULT_TIMEOUT
    unbounded = AuthenticatedClient(base_url="https://api.test/v1", token="sk-test", timeout=None)
    assert unbounded.get_httpx_client().timeout == httpx.Timeout(None)


def test_an_injected_client_keeps_its_own_timeout_unless_one_is_given() -> None:
    seen: list[httpx.Request] = []
    own = httpx.Timeout(7.0)
    injected = httpx.Client(transport=_handler(seen), timeout=own)
    client = AuthenticatedClient(base_url="https://api.test/v1", token="sk-test")
    client.set_httpx_client(injected)
    hangup_realtime_call.sync_detailed("rtc_1", client=client)
    assert seen[-1].extensions["timeout"] == own.as_dict()
    given = client.with_timeout(httpx.Timeout(3.0))
    hangup_realtime_call.sync_detailed("rtc_1", client=given)
    assert seen[-1].extensions["timeout"] == httpx.Timeout(3.0).as_dict()


def test_an_injected_client_gets_the_base_url_or_is_refused_when_it_differs() -> None:
    seen: list[httpx.Request] = []
    client = AuthenticatedClient(base_url="https://api.test/v1", token="sk-test")
    client.set_httpx_client(httpx.Client(transport=_handler(seen)))  # no base URL of its own
    hangup_realtime_call.sync_detailed("rtc_1", client=client)
    assert str(seen[-1].url) == "https://api.test/v1/realtime/calls/rtc_1/hangup"
    same = httpx.Client(base_url="https://api.test/v1/", transport=_handler(seen))
    AuthenticatedClient(base_url="https://api.test/v1", token="sk-test").set_httpx_client(same)
    other = httpx.AsyncClient(base_url="https://elsewhere.test/v1")
    with pytest.raises(ValueError, match=r"elsewhere\.test/v1.*is not this client.s"):
        AuthenticatedClient(base_url="https://api.test/v1", token="sk-t").set_async_httpx_client(
            other
        )


# --- decode_server_event (issue 37, item 6) ---------------------------------------------------

DELTA = {
    "type": "response.output_text.delta",
    "event_id": "e1",
    "response_id": "r1",
    "item_id": "i1",
    "output_index": 0,
    "content_index": 0,
    "delta": "Hi",
}


def _session_updated(**audio_output: object) -> dict[str, object]:
    return {
        "type": "session.updated",
        "event_id": "e2",
        "session": {
            "type": "realtime",
            "object": "realtime.session",
            "id": "sess_1",
            "model": "gpt-realtime",
            "audio": {
                "input": {"turn_detection": {"type": "future_vad", "eagerness": 3}},
                "output": dict(audio_output),
            },
            "tools": [
                {"type": "web_search", "filters": {"x": 1}},
                {"type": "function", "name": "lookup"},
            ],
        },
    }


def test_decode_server_event_types_what_it_knows_from_str_and_bytes() -> None:
    from realtime_generated import decode_server_event
    from realtime_generated.models import RealtimeServerEventResponseTextDelta

    for wire in (
        json.dumps(DELTA),
        json.dumps(DELTA).encode(),
        bytearray(json.dumps(DELTA), "utf-8"),
    ):
        event = decode_server_event(wire)
        assert isinstance(event, RealtimeServerEventResponseTextDelta)
        assert event.type == "response.output_text.delta" and event.delta == "Hi"
        assert event.to_dict() == DELTA


def test_unknown_union_members_are_kept_as_unknown_never_as_another_member() -> None:
    from realtime_generated import decode_server_event
    from realtime_generated.models import (
        RealtimeAudioFormatsPCMAudioFormat,
        RealtimeFunctionTool,
        RealtimeSessionCreateResponseGA,
        RealtimeUnknownVariant,
    )

    payload = _session_updated(format={"type": "audio/opus", "rate": 48000})
    event = decode_server_event(json.dumps(payload))
    assert event.type == "session.updated"
    session = event.session
    assert isinstance(session, RealtimeSessionCreateResponseGA)
    fmt = session.audio.output.format_
    assert isinstance(fmt, RealtimeUnknownVariant)
    assert not isinstance(fmt, RealtimeAudioFormatsPCMAudioFormat)
    assert fmt.type_ == "audio/opus" and fmt.additional_properties == {"rate": 48000}
    detection = session.audio.input_.turn_detection
    assert isinstance(detection, RealtimeUnknownVariant) and detection.type_ == "future_vad"
    web, function = session.tools
    assert isinstance(web, RealtimeUnknownVariant) and web.type_ == "web_search"
    assert isinstance(function, RealtimeFunctionTool)
    assert event.to_dict() == payload  # kept whole, given back as received
    # The model's own from_dict (the slow path) agrees.
    from realtime_generated.models import RealtimeServerEventSessionUpdated

    assert RealtimeServerEventSessionUpdated.from_dict(payload) == event
    # Known members still decode as themselves, an unknown enum value as a pseudo-member.
    known = decode_server_event(
        json.dumps(_session_updated(format={"type": "audio/pcm", "rate": 24000}, voice="zephyr"))
    )
    assert isinstance(known.session.audio.output.format_, RealtimeAudioFormatsPCMAudioFormat)
    voice = known.session.audio.output.voice
    assert voice == "zephyr"


def test_an_unknown_event_type_is_kept_not_raised() -> None:
    from realtime_generated import UnknownServerEvent, decode_server_event

    event = decode_server_event('{"type": "brand.new", "event_id": "e9", "x": [1]}')
    assert isinstance(event, UnknownServerEvent)
    assert event.type == "unknown" and event.wire_type == "brand.new" == event.type_
    assert event.to_dict() == {"type": "brand.new", "event_id": "e9", "x": [1]}
    assert "e9" not in repr(event)


@pytest.mark.parametrize(
    ("wire", "says"),
    [
        ("{not json", "not valid JSON"),
        (b"\xff\xfe{", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"event_id": "e"}', "no string `type`"),
        ('{"type": 5}', "no string `type`"),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_what_is_no_event_raises_the_typed_error(wire: str | bytes, says: str) -> None:
    from realtime_generated import EventDecodeError, decode_server_event

    with pytest.raises(EventDecodeError, match=says) as info:
        decode_server_event(wire)
    assert isinstance(info.value, ValueError) and info.value.event_type is None


def test_a_missing_required_field_names_the_event_and_the_field() -> None:
    from realtime_generated import EventDecodeError, decode_server_event

    secret = "ek_do_not_print_me"
    for field in ("delta", "response_id"):
        broken = {k: v for k, v in DELTA.items() if k != field} | {"note": secret}
        with pytest.raises(EventDecodeError) as info:
            decode_server_event(json.dumps(broken))
        assert info.value.event_type == "response.output_text.delta"
        assert info.value.field == field
        assert f"required field '{field}'" in str(info.value)
        assert secret not in str(info.value) and secret not in repr(info.value)
    # A field of the wrong shape: the event named, no value shown.
    with pytest.raises(EventDecodeError, match="shape") as info:
        decode_server_event(json.dumps(_session_updated() | {"session": [secret]}))
    assert info.value.event_type == "session.updated" and secret not in str(info.value)
    with pytest.raises(EventDecodeError, match="expected str or bytes"):
        decode_server_event(DELTA)  # type: ignore[arg-type]


def test_a_documented_status_with_a_body_that_does_not_decode_raises_the_typed_error() -> None:
    from realtime_generated.api.realtime import create_realtime_client_secret

    secret = b'{"value": "ek_secret_in_body"'  # cut short: not JSON
    for body in (secret, b"<html>gateway</html>", b'{"unexpected": true}'):
        client = AuthenticatedClient(
            base_url="https://api.test/v1", token="sk-test"
        ).set_httpx_client(
            httpx.Client(
                base_url="https://api.test/v1",
                transport=httpx.MockTransport(
                    lambda request, body=body: httpx.Response(
                        200, content=body, headers={"x-request-id": "req_9"}
                    )
                ),
            )
        )
        with pytest.raises(errors.UndecodableResponse) as info:
            create_realtime_client_secret.sync(client=client, body=_secret_request())
        assert isinstance(info.value, errors.UnexpectedStatus)
        assert info.value.status_code == 200 and info.value.request_id == "req_9"
        assert info.value.content == body and info.value.error is not None
        assert "ek_secret_in_body" not in str(info.value)


def _secret_request() -> RealtimeCreateClientSecretRequest:
    return RealtimeCreateClientSecretRequest.from_dict({"session": {"type": "realtime"}})
