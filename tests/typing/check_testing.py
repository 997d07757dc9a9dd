"""Checked, never run: what users write with realtime_ext.testing type-checks without casts
(mypy --strict by tests/typing/test_testing_types.py, pyright strict by `make typecheck`)."""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from realtime_ext import RealtimeClient
from realtime_ext.testing import (
    Cassette,
    FakeRealtimeServer,
    ManualClock,
    RealtimeCassette,
    Scenario,
    ServerLimits,
)
from realtime_ext.testing._incoming import WebhookDelivery
from realtime_ext.testing._scenario import IncomingCall
from realtime_ext.testing._script import PlannedResponse


def scenarios(path: Path) -> None:
    scenario = Scenario.load(path)
    assert_type(scenario.responses, tuple[PlannedResponse, ...])
    assert_type(scenario.calls, tuple[IncomingCall, ...])
    in_dict = Scenario.from_dict({"responses": [{"text": "Hi", "delay_ms": 200}]})
    with FakeRealtimeServer(scenario=in_dict, tls=True) as server:
        assert_type(server.tls_cert_path, str)
        assert_type(server.webhook_deliveries, list[WebhookDelivery])
        server.script.next_response(text="Bonjour", delay_ms=100)
        server.script.next_transcript("What's the weather?")
        server.script.next_response(text="Checking.", function_call=("get_weather", {}))
        call = server.register_call()
        server.caller_says(call.id, "A table for two, please.", speech_ms=1200)
    with FakeRealtimeServer(scenario="weather.yaml"):
        pass
    with FakeRealtimeServer(rate_limits_updated=True) as limited:
        limited.script.report_rate_limits(False)
        assert_type(limited.script.rate_limits_updated, bool | None)  # None: as the route does


def cassettes(path: Path, upstream: str) -> None:
    with FakeRealtimeServer(cassette=path, record_mode="once", upstream=upstream) as server:
        assert_type(server.recording, bool)
    with FakeRealtimeServer(
        cassette=path, record_mode="all", upstream=upstream, upstream_ca="ca.pem", vad=False
    ):
        pass
    with FakeRealtimeServer(cassette=path, cassette_timing="recorded") as replay:
        assert_type(replay.cassette_mismatches, list[str])
    with FakeRealtimeServer(cassette=path, cassette_timing=0.5):
        pass
    assert_type(len(Cassette.load(path).connections()), int)


def test_with_fixture(realtime_cassette: RealtimeCassette) -> None:
    assert_type(realtime_cassette.base_url, str)
    assert_type(realtime_cassette.api_key, str)
    assert_type(realtime_cassette.cassette_mismatches, list[str])
    assert_type(realtime_cassette.clock, ManualClock)
    realtime_cassette.clock.advance(0.3)
    with RealtimeClient(clock=realtime_cassette.clock):
        pass


def bounded() -> None:
    with FakeRealtimeServer(limits=ServerLimits(max_connections=64, head_timeout=5.0)) as server:
        assert_type(server.connections_open, int)
        assert_type(server.connections_refused, int)
