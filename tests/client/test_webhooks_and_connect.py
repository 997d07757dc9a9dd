"""client.webhooks uses the client's webhook_secret; client.connect opens a WebSocket."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.telemetry import Telemetry
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import InvalidWebhookSignatureError, RealtimeCallIncomingEvent, sign

from ._helpers import API_KEY

WEBHOOK_SECRET = "whsec_c2VjcmV0LWZvci10ZXN0cw=="
EVENT = {
    "object": "event",
    "id": "evt_1",
    "type": "realtime.call.incoming",
    "created_at": 1_719_168_000,
    "data": {"call_id": "rtc_1", "sip_headers": [{"name": "From", "value": "sip:+1@x"}]},
}


def test_webhooks_unwrap_and_verify_use_the_client_secret() -> None:
    payload = json.dumps(EVENT)
    headers = sign(payload, WEBHOOK_SECRET)
    with RealtimeClient(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET) as client:
        event = client.webhooks.unwrap(payload, headers, tolerance=10**10)
        client.webhooks.verify(payload, headers, tolerance=10**10)
    assert isinstance(event, RealtimeCallIncomingEvent)
    assert event.call_id == "rtc_1"


def test_webhooks_refuse_a_payload_signed_with_another_secret() -> None:
    payload = json.dumps(EVENT)
    headers = sign(payload, "whsec_b3RoZXItc2VjcmV0")
    client = RealtimeClient(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET)
    with client, pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify(payload, headers, tolerance=10**10)


def test_connect_passes_credentials_and_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    from realtime_ext import connection

    seen: dict[str, Any] = {}
    defaults = inspect.signature(connection.connect).parameters

    def fake_connect(**kwargs: Any) -> str:
        seen.update(kwargs)
        return "conn"

    monkeypatch.setattr(connection, "connect", fake_connect)
    telemetry = Telemetry()
    with RealtimeClient(
        api_key=API_KEY,
        base_url="http://127.0.0.1:9/v1",
        organization="org-1",
        project="p-1",
        websocket_base_url="ws://127.0.0.1:9/v1",
        telemetry=telemetry,
        default_headers={"X-Gateway": "g-1", "X-A": "default"},
    ) as client:
        assert (
            client.connect(model="gpt-realtime", extra_headers={"X-A": "1"}, max_size=5) == "conn"
        )
    expected = {
        "route": client.route,
        "model": "gpt-realtime",
        "call_id": None,
        # default_headers go with every WebSocket; the connect's extra_headers win.
        "headers": {
            "OpenAI-Organization": "org-1",
            "OpenAI-Project": "p-1",
            "X-Gateway": "g-1",
            "X-A": "1",
        },
        "max_size": 5,
    }
    assert {name: seen[name] for name in expected} == expected
    # The route carries the URLs and the credentials, asked at each open.
    assert client.route.base_url == "http://127.0.0.1:9/v1"
    assert client.route.websocket_base_url == "ws://127.0.0.1:9/v1"
    assert client.route.auth.headers() == {"Authorization": f"Bearer {API_KEY}"}
    # Besides them only the client's clock and telemetry: every option not given is left to
    # connect(), whose check fills it from the one table of defaults (CONNECT_DEFAULTS).
    assert set(seen) - set(expected) == {"clock", "telemetry"}
    assert set(expected) - {"max_size"} < set(defaults)
    # The client's clock and telemetry (its own object), not connect()'s defaults.
    assert seen["telemetry"] is telemetry


def test_connect_against_the_fake_server() -> None:
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=API_KEY, base_url=server.base_url, project="proj-1") as client,
    ):
        with client.connect(model="gpt-realtime") as conn:
            first = conn.recv(timeout=10)
        assert first.type_ == "session.created"
        (record,) = server.connections
        assert record.query.get("model") == ["gpt-realtime"]
        assert {k.lower(): v for k, v in record.headers.items()}["openai-project"] == "proj-1"


async def test_async_connect_against_the_fake_server() -> None:
    with FakeRealtimeServer() as server:
        client = AsyncRealtimeClient(api_key=API_KEY, base_url=server.base_url)
        async with client, client.connect(model="gpt-realtime") as conn:
            first = await conn.recv(timeout=10)
        assert first.type_ == "session.created"
        assert server.connections[0].query.get("model") == ["gpt-realtime"]
