"""FastAPI and Starlette apps mount both endpoints and run under uvicorn, over real HTTP
(issue 38): a token minted for an allowed page and refused to another site or a rebinding
Host; a signed webhook accepted and the call accepted on the fake server; a redelivery
acknowledged and not handled again; forged, header-less and stale deliveries answered 400; a
missing secret answered 500.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from realtime_ext import AsyncRealtimeClient
from realtime_ext.asgi import TokenRefused, TokenRequest, token_endpoint, webhook_endpoint
from realtime_ext.session import realtime_session
from realtime_ext.testing import FakeRealtimeServer, Scenario
from realtime_ext.testing._scenario import IncomingCall
from realtime_ext.webhooks import RealtimeCallIncomingEvent, WebhookEvent, sign
from tests.asgi._serve import listening_socket, served, url_of
from tests.webhooks._data import OTHER_SECRET, SECRET, call_incoming_json

ORIGIN = "https://app.example.com"
HOST = "app.example.com"
PAGE = {"Origin": ORIGIN, "Host": HOST}
SESSION = realtime_session(model="gpt-realtime", instructions="Answer in one sentence.")
KEY = "sk-asgi-tests-0123456789abcdef"


def plain_http(**options: Any) -> httpx.Client:
    """A client for the app's plain http:// address on 127.0.0.1: no certificate to check,
    so no CA bundle is loaded (every default httpx client loads one: 40 ms of CPU; the
    rig's 56 clients were half this file's CPU)."""
    return httpx.Client(verify=False, **options)


@dataclass
class Rig:
    """One app under uvicorn, the fake API behind it, and what the handler saw."""

    url: str
    fake: FakeRealtimeServer
    events: list[WebhookEvent] = field(default_factory=list)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        with plain_http(base_url=self.url, timeout=30) as http:
            return http.post(path, **kwargs)

    def minted(self) -> int:
        return len(self.fake.rest.secrets)


def fastapi_app(token: Any, webhook: Any) -> Any:
    app = FastAPI()
    app.routes.append(Route("/token", token))  # the exact path
    app.mount("/hooks", webhook)  # a prefix: /hooks/openai reaches it too
    return app


def starlette_app(token: Any, webhook: Any) -> Any:
    return Starlette(routes=[Route("/token", token), Mount("/hooks", webhook)])


@pytest.fixture(params=[fastapi_app, starlette_app], ids=["fastapi", "starlette"])
def framework(request: pytest.FixtureRequest) -> Callable[[Any, Any], Any]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


@pytest.fixture
def rig(
    framework: Callable[[Any, Any], Any],
    fake: FakeRealtimeServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Rig]:
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    client = AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url)
    events: list[WebhookEvent] = []

    async def on_event(event: WebhookEvent) -> None:
        events.append(event)
        if isinstance(event, RealtimeCallIncomingEvent):
            await client.calls.accept(event.call_id, session=SESSION)

    def session(request: TokenRequest) -> Any:
        if request.query.get("user") == ["banned"]:
            raise TokenRefused(401, "sign in first")
        return SESSION

    token = token_endpoint(session, allowed_origins=[ORIGIN], client=client)
    app = framework(token, webhook_endpoint(on_event))
    with served(app) as url:
        yield Rig(url, fake, events)


def delivery(
    call_id: str, *, secret: str = SECRET, **sign_kwargs: Any
) -> tuple[str, dict[str, str]]:
    body = call_incoming_json(call_id=call_id)
    return body, sign(body, secret, **sign_kwargs)


# -- the token endpoint ---------------------------------------------------------------------
def test_a_page_of_an_allowed_origin_gets_a_key(rig: Rig) -> None:
    response = rig.post("/token", headers=PAGE, json={"session": {"instructions": "ignore"}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["value"].startswith("ek_") and rig.minted() == 1
    # The key and its expiry only: the server's session (its instructions) stays on the server.
    assert set(body) == {"value", "expires_at"} and isinstance(body["expires_at"], int)
    # The server decided the session: the page's body did not change it.
    assert rig.fake.rest.secrets[body["value"]]["instructions"] == "Answer in one sentence."
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"Origin": "https://evil.example", "Host": HOST}, "Origin"),
        ({"Origin": "null", "Host": HOST}, "Origin"),
        ({"Host": HOST}, "without Origin"),
        # DNS rebinding: the attacker's name resolves here; the browser sends its Host.
        ({"Origin": "http://evil.example:8000", "Host": "evil.example:8000"}, "Host"),
        ({"Origin": ORIGIN, "Host": "evil.example"}, "Host"),
        ({"Origin": ORIGIN}, "Host"),  # httpx then sends 127.0.0.1:port
    ],
)
def test_other_sites_are_refused_before_any_key_is_minted(
    rig: Rig, headers: dict[str, str], reason: str
) -> None:
    response = rig.post("/token", headers=headers)
    assert response.status_code == 403
    assert reason in response.json()["error"]
    assert "access-control-allow-origin" not in response.headers
    assert rig.minted() == 0


def test_a_preflight_from_an_allowed_origin_is_answered(rig: Rig) -> None:
    with plain_http(base_url=rig.url) as http:
        response = http.options(
            "/token",
            headers={
                **PAGE,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        refused = http.options("/token", headers={"Origin": "https://evil.example", "Host": HOST})
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert response.headers["access-control-allow-methods"] == "POST"
    assert refused.status_code == 403


def test_bodies_are_capped_and_must_be_json(rig: Rig) -> None:
    big = rig.post("/token", headers=PAGE, content=b"{" + b" " * 20_000 + b"}")
    assert big.status_code == 413
    form = rig.post("/token", headers=PAGE, data={"a": "b"})
    assert form.status_code == 415
    broken = rig.post("/token", headers={**PAGE, "Content-Type": "application/json"}, content=b"{")
    assert broken.status_code == 400
    assert rig.minted() == 0


def test_the_session_callable_can_refuse(rig: Rig) -> None:
    response = rig.post("/token?user=banned", headers=PAGE)
    assert (response.status_code, response.json()) == (401, {"error": "sign in first"})
    assert rig.minted() == 0


def test_other_methods_get_405(rig: Rig) -> None:
    with plain_http(base_url=rig.url) as http:
        response = http.get("/token", headers=PAGE)
        hook = http.get("/hooks/openai")
    assert response.status_code == 405 and "POST" in response.headers["allow"]
    assert hook.status_code == 405


# -- the webhook endpoint -------------------------------------------------------------------
def test_a_signed_webhook_accepts_the_call(rig: Rig) -> None:
    call = rig.fake.register_call()
    body, headers = delivery(call.id)
    response = rig.post("/hooks/openai", content=body, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"received": "realtime.call.incoming"}
    assert rig.fake.calls[call.id].state == "accepted"
    assert rig.fake.calls[call.id].session is not None
    assert rig.fake.calls[call.id].session["instructions"] == "Answer in one sentence."


def test_a_redelivery_is_acknowledged_and_handled_once(rig: Rig) -> None:
    # OpenAI delivers at least once and retries anything but a 2xx: a redelivery of a
    # handled event (the first answer was lost) gets a 2xx, so the retries stop.
    call = rig.fake.register_call()
    body, headers = delivery(call.id)
    first = rig.post("/hooks/openai", content=body, headers=headers)
    second = rig.post("/hooks/openai", content=body, headers=headers)
    assert (first.status_code, second.status_code) == (200, 200)
    assert second.json() == {"received": "realtime.call.incoming", "duplicate": True}
    assert len(rig.events) == 1
    assert rig.fake.calls[call.id].actions == [("accept", rig.fake.calls[call.id].actions[0][1])]


def test_bad_deliveries_are_400(rig: Rig) -> None:
    call = rig.fake.register_call()
    body, headers = delivery(call.id)
    forged = body.replace(call.id, "rtc_someone_else")
    assert rig.post("/hooks/openai", content=forged, headers=headers).status_code == 400
    missing = {k: v for k, v in headers.items() if k != "webhook-signature"}
    assert rig.post("/hooks/openai", content=body, headers=missing).status_code == 400
    stale_body, stale = delivery(call.id, timestamp=int(time.time()) - 3600)
    answer = rig.post("/hooks/openai", content=stale_body, headers=stale)
    assert answer.status_code == 400 and "too old" in answer.json()["error"].lower()
    other_body, other = delivery(call.id, secret=OTHER_SECRET)
    assert rig.post("/hooks/openai", content=other_body, headers=other).status_code == 400
    assert rig.events == [] and rig.fake.calls[call.id].state == "incoming"


def test_a_missing_secret_is_500_and_logged(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET")
    call = rig.fake.register_call()
    body, headers = delivery(call.id)
    with caplog.at_level(logging.ERROR, logger="realtime_ext.asgi"):
        response = rig.post("/hooks/openai", content=body, headers=headers)
    assert response.status_code == 500
    assert response.json() == {"error": "webhook endpoint misconfigured"}
    assert any("OPENAI_WEBHOOK_SECRET" in r.getMessage() for r in caplog.records)
    # Once the secret is back, OpenAI's retry of the same delivery is handled.
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    assert rig.post("/hooks/openai", content=body, headers=headers).status_code == 200
    assert rig.fake.calls[call.id].state == "accepted"


def test_an_action_refused_for_good_is_acknowledged_once(rig: Rig) -> None:
    body, headers = delivery("rtc_gone")
    refused = rig.post("/hooks/openai", content=body, headers=headers)
    # The API does not know the call (the caller hung up): no redelivery could accept it,
    # so it is acknowledged (OpenAI would send it again for 72 hours), with the reason.
    assert refused.status_code == 200
    assert "404" in refused.json()["refused"] and KEY not in refused.text
    again = rig.post("/hooks/openai", content=body, headers=headers)
    assert again.json()["duplicate"] is True and len(rig.events) == 1


def test_nothing_secret_reaches_the_answers(rig: Rig) -> None:
    call = rig.fake.register_call()
    body, headers = delivery(call.id)
    answers = [
        rig.post("/hooks/openai", content=body, headers=headers),
        rig.post("/hooks/openai", content=body, headers=headers),
        rig.post("/token", headers=PAGE),
    ]
    text = " ".join(a.text for a in answers[:2])
    assert SECRET not in text and SECRET.removeprefix("whsec_") not in text and KEY not in text
    assert json.loads(answers[2].text)["value"].startswith("ek_")


def test_the_fake_server_rings_the_app_like_openai(
    framework: Callable[[Any, Any], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fake server plays OpenAI end to end: it registers an incoming call, signs and
    POSTs its webhook to the app under uvicorn, and the app accepts the call through it."""
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    sock = listening_socket()  # the fake's POST waits in the backlog until uvicorn runs
    plan = IncomingCall(
        call_id="rtc_rung_by_fake",
        webhook_url=url_of(sock) + "/hooks/openai",
        webhook_secret=SECRET,
    )
    accepted = threading.Event()
    with FakeRealtimeServer(scenario=Scenario(calls=(plan,))) as fake:
        client = AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url)

        async def on_event(event: WebhookEvent) -> None:
            if isinstance(event, RealtimeCallIncomingEvent):
                await client.calls.accept(event.call_id, session=SESSION)
                accepted.set()

        token = token_endpoint(SESSION, allowed_origins=[ORIGIN], client=client)
        with served(framework(token, webhook_endpoint(on_event)), sock):
            assert accepted.wait(30), fake.webhook_deliveries
        assert fake.calls["rtc_rung_by_fake"].state == "accepted"
