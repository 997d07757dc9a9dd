"""A WebRTC call reports to its client's ``telemetry=`` through the public Instrumentation
interface, as a WebSocket connection does: any Instrumentation, not only the telemetry
package's, gets each call's session extension (its kind told) and sees the call's events.
Real calls with the fake server's peer on 127.0.0.1; counts, never timings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext.conversation import Extension, event_type
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.webrtc import AsyncWebRTC, WebRTC

WAIT = 30.0  # generous for two busy cores


class Seen(Extension):
    def __init__(self) -> None:
        self.types: list[str] = []

    def received(self, event: Any, /) -> None:
        self.types.append(event_type(event))


class Counting:
    """An Instrumentation of the app's own: no REST observer, one extension per session."""

    requests = None

    def __init__(self) -> None:
        self.sessions: list[tuple[str, Seen]] = []

    def session_extension(
        self, *, now: Callable[[], float], url: str, kind: str = "realtime"
    ) -> Seen:
        assert callable(now) and url == ""
        seen = Seen()
        self.sessions.append((kind, seen))
        return seen


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


async def test_calls_report_to_the_clients_instrumentation(server: FakeRealtimeServer) -> None:
    counting = Counting()
    server.script.next_response(text="Hello")
    async with AsyncRealtimeClient(
        api_key="sk-test", base_url=server.base_url, telemetry=counting
    ) as client:
        assert client.telemetry is counting
        webrtc = AsyncWebRTC(client)
        async with webrtc.connect(model="gpt-realtime") as call:
            await call.response.create(response={"output_modalities": ["text"]})
            await call.run_until("response.done", timeout=WAIT)
        async with webrtc.connect_translation(audio_in=sine_pcm16(300)) as translation:
            await translation.run_until("session.output_transcript.delta", timeout=WAIT)
        async with webrtc.connect_live(model="gpt-live-1") as live:
            await live.hangup()
    kinds = [kind for kind, _ in counting.sessions]
    assert kinds == ["realtime", "translation", "live"]
    realtime, translated, started = (seen.types for _, seen in counting.sessions)
    assert "response.done" in realtime
    assert "session.output_transcript.delta" in translated
    assert started[0] == "session.started"  # attached before the session started


def test_a_blocking_live_call_reports_to_the_clients_instrumentation(
    server: FakeRealtimeServer,
) -> None:
    counting = Counting()
    client = RealtimeClient(api_key="sk-test", base_url=server.base_url, telemetry=counting)
    with client, WebRTC(client).connect_live(model="gpt-live-1") as live:
        live.hangup()
    assert [kind for kind, _ in counting.sessions] == ["live"]
    assert counting.sessions[0][1].types[0] == "session.started"


def test_a_client_without_telemetry_reports_nothing_and_a_wrong_client_is_refused() -> None:
    with RealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1") as client:
        assert client.telemetry is None
        assert isinstance(WebRTC(client), WebRTC)
        with pytest.raises(InvalidArgumentError, match=r"AsyncWebRTC\(client\) takes the client"):
            AsyncWebRTC(client)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=r"WebRTC\(client\) takes the client"):
        WebRTC("sk-test")  # type: ignore[arg-type]


def test_a_live_webrtc_call_is_priced_from_its_start_charge(server: FakeRealtimeServer) -> None:
    # Creating a WebRTC session bills 15 s (credited once it runs): the call's cost starts
    # there, before any usage is reported; its delegation carries acknowledgement_delay_ms.
    from decimal import Decimal

    from realtime_ext.telemetry import Telemetry

    client = RealtimeClient(api_key="sk-test", base_url=server.base_url, telemetry=Telemetry())
    with (
        client,
        WebRTC(client).connect_live(model="gpt-live-1.1", acknowledgement_delay_ms=400) as live,
    ):
        assert live.started is not None
        delegation = live.started.session.to_dict()["delegation"]
        assert delegation == {"type": "client", "acknowledgement_delay_ms": 400}
        assert live.cost == 15 * Decimal("0.05") / 60
        live.hangup()
