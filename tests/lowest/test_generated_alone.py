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
from realtime_generated.models import RealtimeCallRejectRequest
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
