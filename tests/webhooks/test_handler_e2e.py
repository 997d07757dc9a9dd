"""End to end: signed webhook into the example handler, call action out through the real
RealtimeClient, to the FakeRealtimeServer and to Prism (the spec's mock)."""

from __future__ import annotations

from collections.abc import Iterator
from wsgiref.types import WSGIApplication

import httpx
import pytest

from realtime_ext import RealtimeClient
from realtime_ext.examples.sip_webhook_handler import DEFAULT_SESSION, make_app
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import sign
from support.prism import assert_request_accepted

from ._data import CALL_ID, SECRET, call_incoming_json
from ._wsgi import call_app

BLOCKED = "sip:+14155550123@example.com"
REFER_RULES = {r"^sip:\+1800": "tel:+14155550100"}


@pytest.fixture
def fake_server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


def webhook_for(call_id: str) -> tuple[str, dict[str, str]]:
    body = call_incoming_json(call_id=call_id)
    return body, sign(body, SECRET)


def test_accept_on_fake_server(fake_server: FakeRealtimeServer) -> None:
    call = fake_server.register_call()
    with RealtimeClient(api_key="sk-test-fake", base_url=fake_server.base_url) as client:
        result = call_app(make_app(client, SECRET), *webhook_for(call.id))
    assert result.status == 200, result.body
    assert result.json() == {"call_id": call.id, "action": "accepted"}
    accepted = fake_server.calls[call.id]
    assert accepted.state == "accepted"
    assert accepted.session == DEFAULT_SESSION


def test_reject_and_refer_on_fake_server(fake_server: FakeRealtimeServer) -> None:
    blocked, referred = fake_server.register_call(), fake_server.register_call()
    with RealtimeClient(api_key="sk-test-fake", base_url=fake_server.base_url) as client:
        app = make_app(client, SECRET, blocked_callers=[BLOCKED])
        assert call_app(app, *webhook_for(blocked.id)).status == 200
        app = make_app(client, SECRET, refer_rules=REFER_RULES)
        assert call_app(app, *webhook_for(referred.id)).status == 200
    assert fake_server.calls[blocked.id].state == "rejected"
    assert fake_server.calls[blocked.id].actions == [("reject", {"status_code": 486})]
    assert fake_server.calls[referred.id].state == "referred"
    assert fake_server.calls[referred.id].actions == [("refer", {"target_uri": "tel:+14155550100"})]


def test_unknown_call_on_fake_server_is_502(fake_server: FakeRealtimeServer) -> None:
    with RealtimeClient(api_key="sk-test-fake", base_url=fake_server.base_url) as client:
        result = call_app(make_app(client, SECRET), *webhook_for("rtc_unknown"))
    assert result.status == 502
    assert "sk-test-fake" not in result.body.decode()


def app_for(action: str, client: RealtimeClient) -> WSGIApplication:
    if action == "reject":
        return make_app(client, SECRET, blocked_callers=[BLOCKED])
    if action == "refer":
        return make_app(client, SECRET, refer_rules=REFER_RULES)
    return make_app(client, SECRET)


@pytest.mark.once(reason="the request shapes checked by Prism (Node) against the pinned spec")
@pytest.mark.parametrize("action", ["accept", "reject", "refer"])
def test_actions_accepted_by_prism(prism_url: str, action: str) -> None:
    seen: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    with (
        httpx.Client(event_hooks={"response": [keep]}) as http_client,
        RealtimeClient(
            api_key="sk-test-prism", base_url=prism_url, http_client=http_client
        ) as client,
    ):
        result = call_app(app_for(action, client), *webhook_for(CALL_ID))
    assert [r.request.url.path for r in seen] == [f"/realtime/calls/{CALL_ID}/{action}"]
    assert_request_accepted(seen[0])
    assert result.status == 200, result.body
