"""What a session costs: each response's usage and each GPT-Live session's seconds priced by
the table (``realtime_ext.telemetry.PRICES``, or the app's ``Telemetry(prices=...)``), read
as ``conn.cost``, ``ResponseMetrics.cost`` and OpenTelemetry attributes, on the fake."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext.events import user_text
from realtime_ext.telemetry import (
    PRICES,
    PRICES_DATE,
    LivePrices,
    SessionMetrics,
    Telemetry,
    TokenPrices,
)
from realtime_ext.telemetry._recorders import recorder_for
from realtime_ext.testing import FakeRealtimeServer, ManualClock

KEY = "sk-test"
M = Decimal(1_000_000)


def by_hand(prices: TokenPrices, usage: Mapping[str, Any]) -> Decimal:
    """A Realtime usage priced field by field, as OpenAI's cost guide adds it up."""
    details, output = usage["input_token_details"], usage["output_token_details"]
    cached = details["cached_tokens_details"]
    assert prices.text_input is not None and prices.text_output is not None
    assert prices.text_cached_input is not None
    total = (details["text_tokens"] - cached["text_tokens"]) * prices.text_input
    total += cached["text_tokens"] * prices.text_cached_input
    total += output["text_tokens"] * prices.text_output
    if output["audio_tokens"] or details["audio_tokens"]:
        assert prices.audio_input is not None and prices.audio_output is not None
        total += details["audio_tokens"] * prices.audio_input
        total += output["audio_tokens"] * prices.audio_output
    return Decimal(total / M)


# -- the Realtime API: per response, by modality ------------------------------------------


def test_a_text_turn_costs_its_usage_priced_by_the_table(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hello there, my friend.")
    telemetry = Telemetry()
    with (
        RealtimeClient(api_key=KEY, base_url=server.base_url, telemetry=telemetry) as client,
        client.connect(model="gpt-realtime-2") as conn,
    ):
        assert conn.cost == Decimal(0)  # the Realtime API bills responses: none yet
        conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        conn.conversation.item.create(item=user_text("Hi!"))
        conn.response.create()
        done = conn.run_until("response.done", timeout=10)
        usage = done.response.to_dict()["usage"]
        expected = by_hand(PRICES["gpt-realtime-2"], usage)  # type: ignore[arg-type]
        assert expected > 0
        metrics = SessionMetrics.of(conn)
        assert metrics[-1].cost == expected == conn.cost == metrics.cost
        assert metrics[-1].as_dict()["cost"] == str(expected)  # JSON-ready, exact
        # A second response adds its own.
        conn.response.create()
        second = conn.run_until("response.done", timeout=10).response.to_dict()["usage"]
        total = expected + by_hand(PRICES["gpt-realtime-2"], second)  # type: ignore[arg-type]
        assert conn.cost == total == sum((m.cost or Decimal(0)) for m in metrics)


def test_asyncio_and_the_apps_own_prices(server: FakeRealtimeServer) -> None:
    mine = TokenPrices(text_input=Decimal(1), text_output=Decimal(2), source="our contract")
    telemetry = Telemetry(prices={**PRICES, "gpt-realtime-2": mine})

    async def main() -> tuple[Decimal | None, dict[str, Any]]:
        async with (
            AsyncRealtimeClient(api_key=KEY, base_url=server.base_url, telemetry=telemetry) as c,
            c.connect(model="gpt-realtime-2") as conn,
        ):
            await conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            await conn.response.create()
            done = await conn.run_until("response.done", timeout=10)
            return conn.cost, done.response.to_dict()["usage"]

    server.script.next_response(text="Two words.")
    cost, usage = asyncio.run(main())
    assert usage["output_token_details"]["audio_tokens"] == 0
    expected = (usage["input_tokens"] * 1 + usage["output_tokens"] * 2) / M
    assert cost == expected > 0


def test_a_model_with_no_price_costs_none_not_a_guess(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hi.")
    with (
        RealtimeClient(api_key=KEY, base_url=server.base_url, telemetry=Telemetry()) as client,
        client.connect(model="gpt-realtime-mini") as conn,  # no published price found
    ):
        conn.response.create()
        conn.run_until("response.done", timeout=10)
        assert SessionMetrics.of(conn)[-1].cost is None
        assert conn.cost is None


def test_without_telemetry_nothing_prices_the_session(server: FakeRealtimeServer) -> None:
    with (
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
        client.connect(model="gpt-realtime-2") as conn,
    ):
        assert conn.cost is None


def test_cached_tokens_are_priced_by_modality_at_the_cached_price() -> None:
    prices = PRICES["gpt-realtime-2.1-mini"]
    assert isinstance(prices, TokenPrices)
    usage: dict[str, Any] = {
        "input_tokens": 1500,
        "output_tokens": 300,
        "input_token_details": {
            "text_tokens": 1000,
            "audio_tokens": 400,
            "image_tokens": 100,
            "cached_tokens": 700,
            "cached_tokens_details": {"text_tokens": 600, "audio_tokens": 100, "image_tokens": 0},
        },
        "output_token_details": {"text_tokens": 100, "audio_tokens": 200},
    }
    # text: 400 at 0.6 + 600 cached at 0.06; audio: 300 at 10 + 100 cached at 0.3;
    # image: 100 at 0.8; out: 100 text at 2.4 + 200 audio at 20.
    expected = Decimal("240") + Decimal("36") + 3000 + 30 + 80 + Decimal("240") + 4000
    assert prices.cost(usage) == expected / M
    # Cached tokens the usage does not split by modality: unknown, not guessed.
    details = {
        k: v for k, v in usage["input_token_details"].items() if k != "cached_tokens_details"
    }
    unsplit = {**usage, "input_token_details": details}
    assert prices.cost(unsplit) is None
    # A modality the model's page gives no price for (gpt-realtime: text only).
    only_text = PRICES["gpt-realtime"]
    assert isinstance(only_text, TokenPrices)
    assert only_text.cost(usage) is None


def test_the_table_is_dated_sourced_and_checked() -> None:
    assert PRICES_DATE == "2026-11-28"
    for model, price in PRICES.items():
        assert price.source.startswith("https://developers.openai.com/api/docs/models/"), model
    with pytest.raises(InvalidArgumentError, match="text_input"):
        TokenPrices(text_input=-1)
    with pytest.raises(InvalidArgumentError, match="text_output"):
        TokenPrices(text_output=0.1)  # type: ignore[arg-type]  # a float is refused: not exact
    with pytest.raises(InvalidArgumentError, match="prices"):
        Telemetry(prices={"gpt-realtime": 4})  # type: ignore[dict-item]


# -- GPT-Live: by the second ---------------------------------------------------------------


def test_a_live_sessions_cost_follows_its_usage_seconds(server: FakeRealtimeServer) -> None:
    rate = Decimal("0.05") / 60  # gpt-live-1.1, active, per second
    with (
        RealtimeClient(api_key=KEY, base_url=server.base_url, telemetry=Telemetry()) as client,
        client.live.connect(
            model="gpt-live-1.1", audio={"format": {"type": "audio/pcm", "rate": 24000}}
        ) as conn,
    ):
        assert conn.cost == Decimal(0)  # nothing reported yet
        conn.send_audio(bytes(48_000 * 16))  # 16 s of silence: one usage report at 15 s
        updated = conn.run_until("session.usage.updated", timeout=10)
        assert conn.cost == Decimal(str(updated.usage.seconds)) * rate > 0
        closed = conn.close()
        assert closed is not None
        final = conn.cost
        assert final == Decimal(str(closed.usage.seconds)) * rate
        assert final is not None and final > Decimal(str(updated.usage.seconds)) * rate


def test_asyncio_live_and_a_live_model_with_no_price(server: FakeRealtimeServer) -> None:
    async def main(model: str) -> tuple[Decimal | None, float]:
        async with (
            AsyncRealtimeClient(api_key=KEY, base_url=server.base_url, telemetry=Telemetry()) as c,
            c.live.connect(model=model) as conn,
        ):
            closed = await conn.close()
            assert closed is not None
            return conn.cost, closed.usage.seconds

    cost, seconds = asyncio.run(main("gpt-live-1.1"))
    assert cost == Decimal(str(seconds)) * Decimal("0.05") / 60
    cost, _ = asyncio.run(main("gpt-live-1"))  # its page gives no price
    assert cost is None


def test_live_standby_webrtc_start_and_backend_tokens() -> None:
    clock = ManualClock()
    backend = TokenPrices(text_input="1.25", text_cached_input="0.125", text_output=10)
    telemetry = Telemetry(prices={**PRICES, "gpt-5": backend})
    recorder = recorder_for(telemetry, clock.now, kind="live", webrtc=True)
    assert recorder is not None

    def feed(payload: dict[str, Any]) -> None:
        note = recorder.noted.get(payload["type"])  # as the conversation core does
        if note is not None:
            note(payload)

    feed({"type": "session.started", "session": {"id": "live_1", "model": "gpt-live-1.1"}})
    assert recorder.cost() == 15 * Decimal("0.05") / 60  # the WebRTC start charge
    usage = {"seconds": 100, "active_seconds": 40, "paused_seconds": 60}
    feed({"type": "session.usage.updated", "usage": usage})
    voice = (40 * Decimal("0.05") + 60 * Decimal("0.02")) / 60
    assert recorder.cost() == voice
    response = {
        "model": "gpt-5",
        "usage": {
            "input_tokens": 800,
            "input_tokens_details": {"cached_tokens": 200},
            "output_tokens": 50,
        },
    }
    feed(
        {
            "type": "response.event",
            "delegation_id": "del_1",
            "event": {"type": "response.completed", "response": response},
        }
    )
    tokens = (600 * Decimal("1.25") + 200 * Decimal("0.125") + 50 * 10) / M
    assert recorder.cost() == voice + tokens
    # A backend model with no price: the session's cost is unknown from then on.
    feed(
        {
            "type": "response.event",
            "delegation_id": "del_1",
            "event": {"type": "response.completed", "response": {**response, "model": "gpt-x"}},
        }
    )
    assert recorder.cost() is None


def test_live_prices_arithmetic() -> None:
    live = PRICES["gpt-live-1.1"]
    assert isinstance(live, LivePrices)
    assert live.cost(90) == Decimal("0.075")  # 90 s at $0.05 a minute, not rounded up
    assert live.cost(5, webrtc=True) == Decimal("0.0125")  # billed its 15 s start
    assert live.cost(90, webrtc=True) == Decimal("0.075")  # the start charge is inside
    assert LivePrices(active_per_minute=1).cost(0, active_seconds=0, paused_seconds=60) is None


# -- OpenTelemetry --------------------------------------------------------------------------


def test_costs_are_span_attributes(server: FakeRealtimeServer) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    server.script.next_response(text="Hello.")
    telemetry = Telemetry(tracer_provider=provider)
    with (
        RealtimeClient(api_key=KEY, base_url=server.base_url, telemetry=telemetry) as client,
        client.connect(model="gpt-realtime-2") as conn,
    ):
        conn.response.create()
        conn.run_until("response.done", timeout=10)
        cost = conn.cost
    assert cost is not None and cost > 0
    spans = {span.name: dict(span.attributes or {}) for span in exporter.get_finished_spans()}
    assert spans["chat gpt-realtime-2"]["realtime_ext.response.cost_usd"] == float(cost)
    assert spans["realtime gpt-realtime-2"]["realtime_ext.session.cost_usd"] == float(cost)
