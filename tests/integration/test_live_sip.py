"""A GPT-Live SIP call against the fake server, sync and asyncio: the fake rings it and POSTs
the signed ``live.transport.incoming`` to the app's webhook endpoint (a WSGI app on
127.0.0.1), which verifies and types it with ``client.webhooks.unwrap`` and accepts the
session; the app then refers it and hangs up through ``client.live.sessions``. A second
hangup is the API's 404, and what the client refuses never reaches the server."""

from __future__ import annotations

import asyncio
import queue
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    BadRequestError,
    InvalidArgumentError,
    NotFoundError,
    RealtimeClient,
    SessionConfigError,
)
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import LiveTransportIncomingEvent, WebhookEvent
from tests.webhooks._wsgi import serve

SECRET = "whsec_" + "bGl2ZS1zaXAtdGVzdC1zZWNyZXQtMzItYnl0ZXMhIQ=="
INVITE = [("From", '"Ada" <sip:+14155550123@example.com>;tag=1'), ("Call-ID", "live@example")]
SESSION = {"model": "gpt-live-1", "instructions": "You answer the phone for Example Inc."}
WAIT = 10.0  # seconds a webhook may take to arrive before the test fails


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(live_session_seconds=3600) as fake:
        yield fake


def webhook_app(client: RealtimeClient, seen: queue.Queue[WebhookEvent]) -> Any:
    """The app's webhook endpoint: verify, type, accept a Live SIP call."""

    def app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        headers = {
            key[5:].replace("_", "-").lower(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        event = client.webhooks.unwrap(body, headers)
        if isinstance(event, LiveTransportIncomingEvent):
            client.live.sessions.accept(event.session_id, session=SESSION)
        seen.put(event)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b""]

    return app


def state(server: FakeRealtimeServer, session_id: str) -> tuple[str, list[str]]:
    entry = server.live_sessions.entries[session_id]
    return entry.state, [event["action"] for event in entry.events]


def test_a_live_sip_call_is_accepted_referred_and_hung_up(server: FakeRealtimeServer) -> None:
    seen: queue.Queue[WebhookEvent] = queue.Queue()
    client = RealtimeClient(api_key="sk-test", base_url=server.base_url, webhook_secret=SECRET)
    with client, serve(webhook_app(client, seen)) as url:
        session_id, _ = server.live_call_incoming(url, SECRET, sip_headers=INVITE)
        event = seen.get(timeout=WAIT)
        assert isinstance(event, LiveTransportIncomingEvent)
        assert (event.session_id, event.caller) == (session_id, "sip:+14155550123@example.com")
        assert (event.sip_call_id, event.sip_media_security) == ("live@example", "srtp")
        assert state(server, session_id) == ("active", ["accept"])
        client.live.sessions.refer(session_id, target_uri="tel:+14155550199")
        assert client.live.sessions.hangup(session_id).outcome == "done"
        with pytest.raises(NotFoundError, match=r"session_id"):
            client.live.sessions.hangup(session_id)  # the API's answer to a second one
    entry = server.live_sessions.entries[session_id]
    assert entry.state == "ended"
    assert entry.events == [
        {"action": "accept", "session": {"type": "live", **SESSION}},
        {"action": "refer", "target_uri": "tel:+14155550199"},
    ]


def test_the_asyncio_client_rejects_a_live_sip_call(server: FakeRealtimeServer) -> None:
    session_id, _ = server.live_call_incoming()

    async def main() -> None:
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            await client.live.sessions.reject(session_id, status_code=486)
            with pytest.raises(NotFoundError):
                await client.live.sessions.accept(session_id, session=SESSION)

    asyncio.run(main())
    assert state(server, session_id) == ("ended", ["reject"])


def test_bad_input_is_refused_before_the_fake_sees_it(server: FakeRealtimeServer) -> None:
    session_id, _ = server.live_call_incoming()
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        sessions = client.live.sessions
        with pytest.raises(SessionConfigError, match="instrucions"):
            sessions.accept(session_id, session={"model": "gpt-live-1", "instrucions": "x"})
        with pytest.raises(InvalidArgumentError, match="target_uri"):
            sessions.refer(session_id, target_uri="mailto:ada@example.com")
        with pytest.raises(InvalidArgumentError, match="status_code"):
            sessions.reject(session_id, status_code=200)
    assert state(server, session_id) == ("incoming", [])


def test_the_fake_refuses_what_the_api_refuses(server: FakeRealtimeServer) -> None:
    # Sent around the client's checks (extra_body is the way to send a newer field): the
    # fake answers as the server does, and the session is left as it was.
    session_id, _ = server.live_call_incoming()
    client = RealtimeClient(api_key="sk-test", base_url=server.base_url, max_retries=0)
    with client, pytest.raises(BadRequestError) as caught:
        client.live.sessions.accept(
            session_id, session={"model": "gpt-live-1"}, extra_body={"sesion": {}}
        )
    assert caught.value.status_code == 400
    assert state(server, session_id) == ("incoming", [])
