"""A real headless Chromium gets its GPT-Live answer through ``live_offer_endpoint`` mounted
in FastAPI (the ``live_browser`` example app, under uvicorn) against the fake server, and a
page of a foreign origin gets 403 with no session created.

The example's own page holds the call: it POSTs its offer (``application/sdp``) to
``/session``, applies the answer, sees the session's events on ``oai-events`` and hangs up.
The foreign page (another port: another origin) tries both ways a page can: a CORS request
(its preflight is refused) and a ``no-cors`` one (refused by ``Origin``). Chromium is
Debian's (``make browser``); a missing browser fails, never skips. In the browser tier
(``once``, tests/support/tiers.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import sync_playwright

from realtime_ext import AsyncRealtimeClient, LiveSessionAnswer
from realtime_ext.asgi import OfferRequest, lifespan
from realtime_ext.examples.live_browser.server import DEFAULT_INSTRUCTIONS, make_app
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._ice import host_addresses
from support import netguard
from support.headless_chromium import ARGS, CHROMIUM
from tests.asgi._serve import listening_socket, served

WAIT_MS = 30_000
MEDIA_ARGS = [
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--disable-features=WebRtcHideLocalIpsWithMdns",
    "--allow-loopback-in-peer-connection",
    "--autoplay-policy=no-user-gesture-required",
]
# Another site's page: it tries to make the app create a session on the app's bill.
FOREIGN_PAGE = """<!doctype html><meta charset="utf-8"><title>Elsewhere</title><script>
window.tries = {};
async function attempt(target) {
  try {
    const cors = await fetch(target, {
      method: "POST", body: "v=0\\r\\n", headers: { "Content-Type": "application/sdp" },
    });
    window.tries.cors = cors.status;
  } catch (e) {
    window.tries.cors = "blocked";
  }
  const simple = await fetch(target, { method: "POST", body: "v=0\\r\\n", mode: "no-cors" });
  window.tries.simple = simple.type;  // opaque: the page cannot read the answer either
}
</script>"""


class Noted:
    """ASGI middleware noting the method and status of every answer of ``/session``."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.answers: list[tuple[str, int]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def noting(message: Any) -> None:
            if message["type"] == "http.response.start" and scope.get("path") == "/session":
                self.answers.append((scope["method"], message["status"]))
            await send(message)

        await self.app(scope, receive, noting)


async def foreign_site(scope: Any, receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        await lifespan(receive, send)
        return
    body = FOREIGN_PAGE.encode()
    headers = [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    # Chromium checks candidates from every interface: this machine's own LAN addresses
    # (never another host) are let through the network guard while the server lives.
    with (
        netguard.allow_hosts(host_addresses()),
        FakeRealtimeServer(api_key="sk-server-only") as server,
    ):
        yield server


def test_chromium_gets_its_live_answer_through_the_endpoint_and_a_foreign_origin_403(
    fake: FakeRealtimeServer,
) -> None:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    created: list[str] = []

    async def note(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path == "/v1/live/sessions":
            created.append(request.url.path)

    client = AsyncRealtimeClient(
        api_key="sk-server-only",
        base_url=fake.base_url,
        http_client=httpx.AsyncClient(event_hooks={"request": [note]}),
    )
    sock = listening_socket()
    port = sock.getsockname()[1]
    page_url = f"http://localhost:{port}/"
    told: list[str] = []

    async def on_session(request: OfferRequest, answer: LiveSessionAnswer) -> None:
        told.append(answer.session_id)

    app = Noted(
        make_app(client, allowed_origins=[f"http://localhost:{port}"], on_session=on_session)
    )
    with (
        served(app, sock),
        served(foreign_site) as elsewhere,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=[*ARGS, *MEDIA_ARGS], headless=True
        )
        try:
            tab = browser.new_page()
            tab.set_default_timeout(WAIT_MS)
            tab.goto(page_url)
            tab.click("#start")
            tab.wait_for_function("window.call.state === 'connected' || window.call.error")
            assert tab.evaluate("window.call.error") is None
            session_id: str = tab.evaluate("window.call.sessionId")
            assert session_id.startswith("live_") and told == [session_id]  # the server's too
            tab.wait_for_function("window.call.events.some(e => e.type === 'session.started')")
            started = tab.evaluate("window.call.events[0]")
            # The session is the server's choice: the page sent only its offer.
            assert started["session"]["id"] == session_id
            assert started["session"]["instructions"] == DEFAULT_INSTRUCTIONS
            tab.click("#hangup")
            tab.wait_for_function("window.call.events.some(e => e.type === 'session.closed')")
            assert app.answers == [("POST", 200)] and len(created) == 1

            other = browser.new_page()
            other.set_default_timeout(WAIT_MS)
            other.goto(elsewhere + "/")
            other.evaluate(f"attempt({json.dumps(page_url + 'session')})")
            assert other.evaluate("window.tries") == {"cors": "blocked", "simple": "opaque"}
        finally:
            browser.close()
    # The preflight and the no-cors POST were both refused, and nothing reached the API.
    assert app.answers[1:] == [("OPTIONS", 403), ("POST", 403)]
    assert len(created) == 1
