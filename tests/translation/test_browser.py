"""A real headless Chromium holds a translation call with the fake server through the example
page (realtime_ext/examples/webrtc_translation_browser): token endpoint -> translation ek_,
offer POSTed cross-origin to /realtime/translations/calls, microphone out, translated speech
back as RTP, both transcripts on the data channel, session.close flushing to session.closed.

Chromium is Debian's (`make browser`), driven by playwright with executable_path; a missing
browser fails, never skips. Its fake microphone beeps, which the fake server "hears" as speech.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from realtime_ext import RealtimeClient
from realtime_ext.examples.webrtc_translation_browser.server import TokenServer
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._ice import host_addresses
from support import netguard, waiting
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
    with FakeRealtimeServer(api_key="sk-server-only") as server:
        yield server


@pytest.fixture
def page(fake: FakeRealtimeServer) -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    client = RealtimeClient(api_key="sk-server-only", base_url=fake.base_url)
    with (
        TokenServer.serving(client) as url,
        netguard.allow_hosts(host_addresses()),
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=[*ARGS, *MEDIA_ARGS], headless=True
        )
        try:
            tab = browser.new_page()
            tab.set_default_timeout(WAIT_MS)
            tab.goto(url)
            yield tab
        finally:
            browser.close()
    client.close()


def until(check: Callable[[], bool], what: str) -> None:
    waiting.until(check, what, timeout=WAIT_MS / 1000)


def test_chromium_translates_the_microphone(page: Any, fake: FakeRealtimeServer) -> None:
    page.select_option("#to", "fr")
    page.click("#start")
    page.wait_for_function("window.translation.state === 'connected' || window.translation.error")
    assert page.evaluate("window.translation.error") is None
    call_id: str = page.evaluate("window.translation.callId")
    live = fake.translation_calls.peers[call_id]
    page.wait_for_function("window.translation.events.some(e => e.type === 'session.created')")
    created = page.evaluate("window.translation.events[0]")
    assert created["session"]["audio"]["output"] == {"language": "fr"}  # the ek_'s session

    # The beeping fake microphone is "speech": both transcripts fill in, speech comes back.
    page.wait_for_function("window.translation.target.length > 0")
    page.wait_for_function("window.translation.source.length > 0")
    assert page.evaluate("window.translation.target").startswith("Bonjour")
    assert page.evaluate("window.translation.source").startswith("Hello")
    assert page.inner_text("#target").startswith("Bonjour")
    page.wait_for_function("window.translation.audioStats().then(s => s.packets >= 5)")
    assert len(live.received_audio) > 0 and live.audio_frames_sent > 0

    # Stop: session.close, the server flushes, session.closed, the page hangs up.
    page.click("#stop")
    page.wait_for_function("window.translation.state === 'ended'")
    types = page.evaluate("window.translation.events.map(e => e.type)")
    assert types[-1] == "session.closed"
    assert live.events[-1] == {"type": "session.close"}
    until(lambda: live.ended.is_set(), "the server to end the call")

    # The page never saw the API key: only the ek_ went to the API.
    posts = [r for r in fake.requests if r.method == "POST" and "translations/calls" in r.path]
    assert len(posts) == 1  # after a CORS preflight, one offer
    assert (posts[0].header("authorization") or "").startswith("Bearer ek_")
    assert "sk-server-only" not in page.content()
