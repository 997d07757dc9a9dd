"""What the webhook endpoint answers when its handler fails (issue 77 item 7): OpenAI delivers
anything but a 2xx again for 72 hours, so an accept the API refused for good (the call
accepted already under another webhook id, or by this app before a restart lost the
in-memory store) is answered 2xx and logged with the reason, and a 5xx is kept for what a
redelivery can fix (the API failing or unreachable). A body declared as anything but JSON
is answered 415."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator

import httpx
import pytest

from realtime_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncRealtimeClient,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RetryLater,
    UnprocessableEntityError,
)
from realtime_ext.asgi import ASGIApp, MemoryStore, webhook_endpoint
from realtime_ext.asgi._failed_delivery import failed_delivery
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import RealtimeCallIncomingEvent, WebhookEvent, sign
from tests.webhooks._data import SECRET, call_incoming_json

KEY = "sk-webhook-status-0123456789abcdef"
SESSION = realtime_session(model="gpt-realtime")
JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(api_key=KEY) as server:
        yield server


def accepting(base_url: str, calls: list[str]) -> ASGIApp:
    """The guide's handler: accept every incoming call (a fresh in-memory store: a new
    process)."""
    client = AsyncRealtimeClient(api_key=KEY, base_url=base_url, max_retries=0)

    async def on_event(event: WebhookEvent) -> None:
        if isinstance(event, RealtimeCallIncomingEvent):
            calls.append(event.call_id)
            await client.calls.accept(event.call_id, session=SESSION)

    return webhook_endpoint(on_event, secret=SECRET, store=MemoryStore())


async def deliver(
    app: ASGIApp, call_id: str, msg_id: str, content_type: str | None = "application/json"
) -> httpx.Response:
    body = call_incoming_json(call_id=call_id)
    headers = sign(body, SECRET, msg_id=msg_id)
    if content_type is not None:
        headers["Content-Type"] = content_type
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://webhooks.test") as http:
        return await http.post("/", content=body, headers=headers)


async def test_an_accept_refused_for_good_is_acknowledged_and_logged(
    fake: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    call = fake.register_call()
    calls: list[str] = []
    app = accepting(fake.base_url, calls)
    assert (await deliver(app, call.id, "msg_first")).status_code == 200
    with caplog.at_level(logging.WARNING, logger="realtime_ext.asgi"):
        # This process restarted: its in-memory store (and client) forgot the delivery.
        restarted = accepting(fake.base_url, calls)
        again = await deliver(restarted, call.id, "msg_first")
        # The same call announced under a second webhook id (another subscription).
        second = await deliver(restarted, call.id, "msg_second")
    for answer in (again, second):
        assert answer.status_code == 200, answer.text
        refused = answer.json()["refused"]
        assert "400 invalid_call_state" in refused and KEY not in answer.text
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(logged) == 2 and all("invalid_call_state" in m for m in logged)
    assert calls == [call.id] * 3
    assert [action for action, _ in fake.calls[call.id].actions] == ["accept"]
    # Remembered as handled: a late redelivery is a duplicate, the handler not run again.
    late = await deliver(restarted, call.id, "msg_second")
    assert late.json() == {"received": "realtime.call.incoming", "duplicate": True}
    assert len(calls) == 3


async def test_an_unreachable_api_is_a_5xx_and_its_redelivery_runs_again(
    fake: FakeRealtimeServer,
) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    calls: list[str] = []
    app = accepting(closed, calls)
    call = fake.register_call()
    failed = await deliver(app, call.id, "msg_unreachable")
    assert failed.status_code == 502
    assert failed.json() == {"error": "the webhook handler failed"}
    retried = await deliver(app, call.id, "msg_unreachable")
    assert retried.status_code == 502 and calls == [call.id, call.id]  # released: run again


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        ("text/plain", 415),
        ("application/x-www-form-urlencoded", 415),
        ("application/json; charset=utf-8", 200),
        ("application/cloudevents+json", 200),
        (None, 200),
    ],
)
async def test_a_body_declared_as_other_than_json_is_415(
    fake: FakeRealtimeServer, content_type: str | None, status: int
) -> None:
    call = fake.register_call()
    calls: list[str] = []
    answer = await deliver(accepting(fake.base_url, calls), call.id, "msg_1", content_type)
    assert answer.status_code == status, answer.text
    assert calls == ([] if status == 415 else [call.id])


def _status_error(cls: type[APIStatusError], status: int) -> Exception:
    response = httpx.Response(
        status,
        json={"error": {"message": "no", "code": "some_code"}},
        request=httpx.Request("POST", "https://api.openai.com/v1/realtime/calls/rtc_1/accept"),
    )
    return cls("no", response=response, body=response.json())


@pytest.mark.parametrize(
    ("exc", "status"),
    [
        (_status_error(BadRequestError, 400), 200),
        (_status_error(NotFoundError, 404), 200),
        (_status_error(UnprocessableEntityError, 422), 200),
        (_status_error(AuthenticationError, 401), 502),
        (_status_error(RateLimitError, 429), 502),
        (_status_error(InternalServerError, 500), 502),
        (APITimeoutError(), 502),
        (APIConnectionError(), 502),
        (RetryLater("being accepted elsewhere"), 409),
        (ValueError("the handler's own bug"), 500),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_failed_delivery_answers_2xx_only_when_no_redelivery_can_succeed(
    exc: Exception, status: int
) -> None:
    verdict = failed_delivery(exc)
    assert verdict.status == status
    assert verdict.finished is (status == 200)
    if status == 200:
        assert "refused by the API for good" in verdict.reason and "some_code" in verdict.reason


def test_the_refusal_body_is_json() -> None:
    verdict = failed_delivery(_status_error(BadRequestError, 400))
    assert json.loads(json.dumps({"refused": verdict.reason}))["refused"] == verdict.reason
