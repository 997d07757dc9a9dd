"""A GPT-Live SIP call against the fake server, sync and asyncio: announced by a signed
``live.transport.incoming``, verified and typed by ``client.webhooks.unwrap``, accepted,
referred and hung up through ``client.live.sessions``; a second hangup is the API's 404,
and what the client refuses never reaches the server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    BadRequestError,
    InvalidArgumentError,
    NotFoundError,
    RealtimeClient,
    SessionConfigError,
)
from realtime_ext.testing import FakeRealtimeServer, live_incoming_body
from realtime_ext.webhooks import LiveTransportIncomingEvent, sign

SECRET = "whsec_" + "bGl2ZS1zaXAtdGVzdC1zZWNyZXQtMzItYnl0ZXMhIQ=="
HEADERS = (
    ("From", '"Ada" <sip:+14155550123@example.com>;tag=1'),
    ("To", "<sip:+18005550100@sip.api.openai.com;user=phone>"),
    ("Call-ID", "live-sip@example.com"),
)
SESSION = {"model": "gpt-live-1", "instructions": "You answer the phone for Example Inc."}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as fake:
        yield fake


def ring(server: FakeRealtimeServer) -> tuple[str, dict[str, str], str]:
    """A new Live SIP session on the fake, and the signed webhook announcing it."""
    session = server.register_live_call()
    payload = json.dumps(live_incoming_body(session.id, HEADERS))
    return payload, sign(payload, SECRET), session.id


def test_a_live_sip_call_is_accepted_referred_and_hung_up(server: FakeRealtimeServer) -> None:
    payload, headers, session_id = ring(server)
    with RealtimeClient(
        api_key="sk-test", base_url=server.base_url, webhook_secret=SECRET
    ) as client:
        event = client.webhooks.unwrap(payload, headers)
        assert isinstance(event, LiveTransportIncomingEvent)
        assert (event.session_id, event.caller) == (session_id, "sip:+14155550123@example.com")
        assert event.sip_media_security == "srtp"
        assert client.live.sessions.accept(event.session_id, session=SESSION).outcome == "done"
        client.live.sessions.refer(event.session_id, target_uri="tel:+14155550199")
        client.live.sessions.hangup(event.session_id)
        with pytest.raises(NotFoundError, match=r"not found"):
            client.live.sessions.hangup(event.session_id)  # the API's answer to a second one
    call = server.live_calls[session_id]
    assert call.state == "ended"
    assert [action for action, _ in call.actions] == ["accept", "refer", "hangup"]
    assert call.actions[0][1] == {"session": {"type": "live", **SESSION}}
    assert call.actions[1][1] == {"target_uri": "tel:+14155550199"}


def test_the_asyncio_client_rejects_a_live_sip_call(server: FakeRealtimeServer) -> None:
    payload, headers, session_id = ring(server)

    async def main() -> None:
        async with AsyncRealtimeClient(
            api_key="sk-test", base_url=server.base_url, webhook_secret=SECRET
        ) as client:
            event = client.webhooks.unwrap(payload, headers)
            assert isinstance(event, LiveTransportIncomingEvent)
            await client.live.sessions.reject(event.session_id, status_code=486)
            with pytest.raises(NotFoundError):
                await client.live.sessions.accept(event.session_id, session=SESSION)

    asyncio.run(main())
    assert server.live_calls[session_id].state == "rejected"
    assert server.live_calls[session_id].actions == [("reject", {"status_code": 486})]


def test_bad_input_is_refused_before_the_fake_sees_it(server: FakeRealtimeServer) -> None:
    _, _, session_id = ring(server)
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        sessions = client.live.sessions
        with pytest.raises(SessionConfigError, match="instrucions"):
            sessions.accept(session_id, session={"model": "gpt-live-1", "instrucions": "x"})
        with pytest.raises(InvalidArgumentError, match="target_uri"):
            sessions.refer(session_id, target_uri="mailto:ada@example.com")
        with pytest.raises(InvalidArgumentError, match="status_code"):
            sessions.reject(session_id, status_code=200)
    assert server.live_calls[session_id].state == "incoming"
    assert server.live_calls[session_id].actions == []


def test_the_fake_refuses_what_the_api_refuses(server: FakeRealtimeServer) -> None:
    # Sent around the client's checks (extra_body is the way to send a newer field): the
    # fake answers as the server does, naming the field.
    _, _, session_id = ring(server)
    client = RealtimeClient(api_key="sk-test", base_url=server.base_url, max_retries=0)
    with client, pytest.raises(BadRequestError, match=r"(?i)unknown") as caught:
        client.live.sessions.accept(
            session_id, session={"model": "gpt-live-1"}, extra_body={"sesion": {}}
        )
    assert caught.value.status_code == 400
    assert server.live_calls[session_id].state == "incoming"
