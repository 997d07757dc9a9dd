"""A real headless Chromium holds a GPT-Live WebRTC call with the fake server, with a Python
sideband on it: the Live browser flow end to end.

GPT-Live has no ephemeral keys, so the page POSTs its SDP offer to the app's own server
(``POST /session``, served on http://localhost: getUserMedia needs a secure origin), which
creates the session with ``client.live.create`` and returns the ``live_...`` id and the
answer. The page then holds the call (its microphone is Chromium's fake device; events on
``oai-events``), and the app's server attaches ``client.live.sideband.connect`` by that id:
what the sideband appends, the page sees. The app's server hangs up with
``client.live.sessions.hangup``. Chromium is Debian's (``make browser``); a missing browser
fails, never skips. In the browser tier (``once``, tests/support/tiers.py).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._ice import host_addresses
from support import netguard
from support.headless_chromium import ARGS, CHROMIUM

WAIT_MS = 30_000
MEDIA_ARGS = [
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--disable-features=WebRtcHideLocalIpsWithMdns",
    "--allow-loopback-in-peer-connection",
    "--autoplay-policy=no-user-gesture-required",
]
# The page: the browser's side of a Live WebRTC call, as an app would write it.
PAGE = """<!doctype html><meta charset="utf-8"><title>Live</title><script>
window.live = { events: [], state: "new", error: null, sessionId: null };
function gathered(pc) {
  if (pc.iceGatheringState === "complete") return Promise.resolve();
  return new Promise((resolve) => pc.addEventListener("icegatheringstatechange", () => {
    if (pc.iceGatheringState === "complete") resolve();
  }));
}
async function start() {
  try {
    const pc = (window.live.pc = new RTCPeerConnection());
    pc.ontrack = () => { window.live.remoteAudio = true; };
    const mic = await navigator.mediaDevices.getUserMedia({ audio: true });
    mic.getTracks().forEach((track) => pc.addTrack(track, mic));
    const channel = pc.createDataChannel("oai-events");
    channel.onopen = () => { window.live.state = "open"; };
    channel.onmessage = (m) => window.live.events.push(JSON.parse(m.data));
    channel.onclose = () => { window.live.state = "closed"; };
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    // GPT-Live has no ephemeral keys: the app's server creates the session.
    const response = await fetch("/session", { method: "POST", body: pc.localDescription.sdp });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error);
    window.live.sessionId = answer.session_id;
    await pc.setRemoteDescription({ type: "answer", sdp: answer.sdp });
  } catch (e) {
    window.live.error = String(e);
  }
}
</script>"""


class App(BaseHTTPRequestHandler):
    """The app's server: the page, and ``POST /session`` creating the Live session."""

    client: RealtimeClient

    def do_GET(self) -> None:
        self._reply(200, "text/html", PAGE.encode())

    def do_POST(self) -> None:
        offer = self.rfile.read(int(self.headers["Content-Length"])).decode()
        try:
            answer = self.client.live.create(
                sdp=offer, model="gpt-live-1", instructions="You are the help desk's voice."
            )
        except Exception as exc:  # the page shows what went wrong
            self._reply(500, "application/json", json.dumps({"error": repr(exc)}).encode())
            return
        body = {"session_id": answer.session_id, "sdp": answer.sdp}
        self._reply(200, "application/json", json.dumps(body).encode())

    def _reply(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    # Chromium checks candidates from every interface: this machine's own LAN addresses
    # (never another host) are let through the network guard while the server lives.
    with (
        netguard.allow_hosts(host_addresses()),
        FakeRealtimeServer(api_key="sk-server-only") as server,
    ):
        yield server


@pytest.fixture
def page(fake: FakeRealtimeServer) -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    client = RealtimeClient(api_key="sk-server-only", base_url=fake.base_url)
    handler = type("BoundApp", (App,), {"client": client})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(CHROMIUM), args=[*ARGS, *MEDIA_ARGS], headless=True
            )
            try:
                tab = browser.new_page()
                tab.set_default_timeout(WAIT_MS)
                tab.goto(f"http://localhost:{httpd.server_address[1]}/")
                yield tab
            finally:
                browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
        client.close()


def seen(page: Any, kind: str) -> str:
    return f"window.live.events.some(e => e.type === {json.dumps(kind)})"


def test_chromium_holds_a_live_call_with_a_python_sideband(
    page: Any, fake: FakeRealtimeServer
) -> None:
    page.evaluate("start()")
    page.wait_for_function("window.live.state === 'open' || window.live.error")
    assert page.evaluate("window.live.error") is None
    session_id: str = page.evaluate("window.live.sessionId")
    assert session_id.startswith("live_")
    page.wait_for_function(seen(page, "session.started"))
    started = page.evaluate("window.live.events[0]")
    assert (started["type"], started["session"]["id"]) == ("session.started", session_id)
    assert started["session"]["instructions"] == "You are the help desk's voice."

    # The app's server attaches a sideband (sync here, asyncio below) and adds context: the
    # browser's channel carries the session's acknowledgement.
    with (
        RealtimeClient(api_key="sk-server-only", base_url=fake.base_url) as client,
        client.live.sideband.connect(session_id=session_id) as sideband,
    ):
        assert sideband.session_id == session_id
        sideband.thinking("The caller is a premium customer.")
        sideband.run_until("session.thinking.appended")
        page.wait_for_function(seen(page, "session.thinking.appended"))
    # Leaving the sideband detached it: the call goes on, and another one attaches.

    async def asyncio_sideband() -> None:
        async with (
            AsyncRealtimeClient(api_key="sk-server-only", base_url=fake.base_url) as client,
            client.live.sideband.connect(session_id=session_id) as sideband,
        ):
            await sideband.instructions("Answer in one sentence.")
            await sideband.run_until("session.instructions.appended")
            # The server ends the call: the page's channel gets session.closed.
            await client.live.sessions.hangup(session_id)

    # playwright's sync API holds this thread's event loop: asyncio runs on another thread.
    with ThreadPoolExecutor(1) as worker:
        worker.submit(asyncio.run, asyncio_sideband()).result(timeout=WAIT_MS / 1000)
    page.wait_for_function(seen(page, "session.instructions.appended"))
    page.wait_for_function(seen(page, "session.closed"))
    closed = page.evaluate("window.live.events.find(e => e.type === 'session.closed')")
    assert closed["reason"] == "close_requested"
