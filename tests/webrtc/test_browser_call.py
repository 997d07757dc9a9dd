"""A real headless Chromium holds a call with the fake server through the example page.

The page (realtime_ext/examples/webrtc_browser) is served on http://localhost (getUserMedia needs a
secure origin) by the example's token server; it POSTs its offer cross-origin to the fake
server (CORS), with an ek_ key minted by that server. Chromium is Debian's (`make browser`),
driven by playwright with executable_path; a missing browser fails, never skips.

Chromium checks candidates from every interface, so the fake server's loopback peer answers
checks from this machine's own LAN address too: those addresses (never another host) are let
through the test network guard for the browser tests.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from realtime_ext import RealtimeClient
from realtime_ext.examples._token_server import SHARED_STATIC
from realtime_ext.examples.webrtc_browser.server import STATIC, TokenServer
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._ice import host_addresses
from support import netguard, snippets
from support.headless_chromium import ARGS, CHROMIUM

WAIT_MS = 30_000
MEDIA_ARGS = [
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--disable-features=WebRtcHideLocalIpsWithMdns",
    "--allow-loopback-in-peer-connection",
    "--autoplay-policy=no-user-gesture-required",
]


@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    # The allowance spans the server's life, not only the browser's: after the page closes,
    # the server's peer may still send a consent check to the LAN address until it shuts down.
    with (
        netguard.allow_hosts(host_addresses()),
        FakeRealtimeServer(api_key="sk-server-only") as server,
    ):
        yield server


@pytest.fixture
def page_url(fake: FakeRealtimeServer) -> Iterator[str]:
    client = RealtimeClient(api_key="sk-server-only", base_url=fake.base_url)
    with TokenServer.serving(client) as url:
        yield url
    client.close()


@pytest.fixture
def page(page_url: str) -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=[*ARGS, *MEDIA_ARGS], headless=True
        )
        try:
            tab = browser.new_page()
            tab.set_default_timeout(WAIT_MS)
            tab.goto(page_url)
            yield tab
        finally:
            browser.close()


def until(check: Callable[[], bool], what: str, timeout: float = WAIT_MS / 1000) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def connect(page: Any) -> str:
    page.click("#start")
    page.wait_for_function("window.call.state === 'connected' || window.call.error")
    assert page.evaluate("window.call.error") is None
    call_id: str = page.evaluate("window.call.callId")
    assert call_id.startswith("rtc_")
    return call_id


def event_types(page: Any) -> list[str]:
    types: list[str] = page.evaluate("window.call.events.map(e => e.type)")
    return types


def test_chromium_holds_a_call_with_events_and_audio(page: Any, fake: FakeRealtimeServer) -> None:
    fake.script.next_response(text="Hello browser")
    fake.script.next_response(text="Now with audio", audio_ms=600)
    call_id = connect(page)
    live = fake.calls[call_id].peer
    assert live is not None
    # The page's channel opens once the SCTP association is up and its DCEP open is sent;
    # the server sees the channel when that open arrives, a moment later on its own thread.
    until(live.channel_open.is_set, "the server to see the events channel")
    page.wait_for_function("window.call.events.some(e => e.type === 'session.created')")
    created = page.evaluate("window.call.events[0]")
    assert created["type"] == "session.created"
    assert created["session"]["instructions"].startswith("You are a friendly")  # the ek_ session

    # A text turn.
    page.evaluate("window.call.say('Hi there', ['text'])")
    page.wait_for_function("window.call.events.some(e => e.type === 'response.done')")
    done = page.evaluate("window.call.events.find(e => e.type === 'response.done')")
    assert done["response"]["status"] == "completed"
    assert page.inner_text("#transcript") == "Hello browser"
    assert [e["type"] for e in live.events] == ["conversation.item.create", "response.create"]

    # An audio turn: RTP reaches the browser, announced on the channel.
    page.evaluate("window.call.say('And out loud?')")
    page.wait_for_function("window.call.events.some(e => e.type === 'output_audio_buffer.stopped')")
    assert live.audio_frames_sent == 30
    page.wait_for_function("window.call.audioStats().then(s => s.packets >= 25)")
    stats = page.evaluate("window.call.audioStats()")
    assert stats["bytes"] > 0

    # The fake microphone's audio reached the server as RTP.
    until(lambda: live.audio_frames_received >= 10, "browser audio on the server")
    assert live.audio_bytes_received >= 10 * 960

    # The page hangs up (closes its peer connection): the server's call ends.
    page.click("#hangup")
    assert page.evaluate("window.call.state") == "ended"
    until(lambda: live.ended.is_set(), "the server to see the hangup")
    assert fake.calls[call_id].state == "ended"


def test_server_side_hangup_closes_the_page(page: Any, fake: FakeRealtimeServer) -> None:
    call_id = connect(page)
    with RealtimeClient(api_key="sk-server-only", base_url=fake.base_url) as client:
        client.calls.hangup(call_id)
    page.wait_for_function("window.call.state === 'ended'")
    assert fake.calls[call_id].state == "ended"


def test_guide_page_snippet_is_the_tested_page_code() -> None:
    guide = (snippets.ROOT / "docs" / "guides" / "webrtc.md").read_text(encoding="utf-8")
    js = [b.code for b in snippets.fenced_blocks(guide) if b.lang == "js"]
    assert js, "the WebRTC guide lost its browser snippet"

    def lines(text: str) -> str:  # indentation aside
        return "\n".join(line.strip() for line in text.strip().splitlines())

    # The page's own script and the call code it shares with the translation example.
    app = "\n".join(
        lines(path.read_text(encoding="utf-8"))
        for path in (STATIC / "app.js", SHARED_STATIC / "webrtc_call.js")
    )
    for block in js:
        # Runs of code between `// ...` elisions, each as it is in the page the test runs.
        for run in re.split(r"(?m)^\s*//.*$", block):
            if run.strip():
                assert lines(run) in app, run
