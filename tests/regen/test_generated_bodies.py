"""The generated endpoints send their request bodies intact, through httpx sync and async.

An SDK that pins realtime-ext-generated calls these modules directly, so a body that only
works with one of httpx's clients is a defect of the distribution (the SDP body used to go
out as a file object, which httpx.AsyncClient refuses).
"""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from realtime_generated import AuthenticatedClient
from realtime_generated.api.realtime import create_realtime_call
from realtime_generated.models import RealtimeCallCreateRequest
from realtime_generated.types import File

OFFER = (Path(__file__).parents[1] / "data" / "sdp" / "kvs_chrome_linux_offer.sdp").read_bytes()
ANSWER = b"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"


def _handler(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(
            201,
            content=ANSWER,
            headers={"Content-Type": "application/sdp", "Location": "/v1/realtime/calls/rtc_1"},
        )

    return httpx.MockTransport(answer)


def _client(seen: list[httpx.Request], *, asynchronous: bool) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url="http://127.0.0.1:9/v1", token="sk-test")
    transport = _handler(seen)
    if asynchronous:
        return client.set_async_httpx_client(
            httpx.AsyncClient(base_url="http://127.0.0.1:9/v1", transport=transport)
        )
    return client.set_httpx_client(
        httpx.Client(base_url="http://127.0.0.1:9/v1", transport=transport)
    )


def _bodies() -> list[File | RealtimeCallCreateRequest]:
    return [
        File(payload=io.BytesIO(OFFER), mime_type="application/sdp"),
        RealtimeCallCreateRequest(sdp=OFFER.decode()),
    ]


def _check(request: httpx.Request, body: File | RealtimeCallCreateRequest) -> None:
    assert request.url.path == "/v1/realtime/calls"
    if isinstance(body, File):
        assert request.headers["content-type"] == "application/sdp"
        assert request.content == OFFER
    else:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert OFFER in request.content


@pytest.mark.parametrize("index", [0, 1], ids=["sdp", "multipart"])
def test_sync_call_sends_the_body(index: int) -> None:
    seen: list[httpx.Request] = []
    body = _bodies()[index]
    answer = create_realtime_call.sync(client=_client(seen, asynchronous=False), body=body)
    assert answer is not None and answer.payload.read() == ANSWER
    _check(seen[0], body)


@pytest.mark.parametrize("index", [0, 1], ids=["sdp", "multipart"])
async def test_async_call_sends_the_body(index: int) -> None:
    seen: list[httpx.Request] = []
    body = _bodies()[index]
    client = _client(seen, asynchronous=True)
    answer = await create_realtime_call.asyncio(client=client, body=body)
    assert answer is not None and answer.payload.read() == ANSWER
    _check(seen[0], body)


def test_a_file_body_can_be_sent_twice() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen, asynchronous=False)
    body = File(payload=io.BytesIO(OFFER))
    create_realtime_call.sync(client=client, body=body)
    create_realtime_call.sync(client=client, body=body)
    assert [r.content for r in seen] == [OFFER, OFFER]
