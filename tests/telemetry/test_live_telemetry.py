"""GPT-Live telemetry (a client's ``telemetry=Telemetry()`` on ``client.live.connect``):
per-turn metrics read from the timeline, delegations timed on a ManualClock, usage seconds
and the context-window ratio, spans with the Realtime attribute names and no secret in any
span or log record. Against the fake server (127.0.0.1), blocking and asyncio; waits are on
events, never sleeps."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext.conversation import AsyncLiveConnection, LiveConnection
from realtime_ext.telemetry import DelegationMetrics, SessionMetrics, Telemetry
from realtime_ext.testing import FakeRealtimeServer, ManualClock
from realtime_ext.tools import ToolRegistry

KEY = "sk-live-telemetry-secret-0123456789"
SPEECH = b"\x00\x10" * 2400  # 100 ms of non-silent PCM16 at 24 kHz
SILENCE = b"\x00\x00" * 2400
TURN = [SILENCE] * 3 + [SPEECH] * 10 + [SILENCE] * 4  # after the last words played
T = 10.0


def step(conn: LiveConnection, frame: bytes) -> list[Any]:
    """Send one 100 ms frame; the events received up to its output frame."""
    conn.send_audio(frame)
    events = [conn.recv(timeout=T)]
    while events[-1].type != "session.output_audio.delta":
        events.append(conn.recv(timeout=T))
    return events


async def astep(conn: AsyncLiveConnection, frame: bytes) -> list[Any]:
    await conn.send_audio(frame)
    events = [await conn.recv(timeout=T)]
    while events[-1].type != "session.output_audio.delta":
        events.append(await conn.recv(timeout=T))
    return events


def said(events: list[Any]) -> str:
    return "".join(e.delta for e in events if e.type == "session.output_transcript.delta")


def until(conn: LiveConnection, pattern: str, frames: list[bytes]) -> list[Any]:
    """``frames``, then silence until the model said ``pattern``."""
    events = [e for frame in frames for e in step(conn, frame)]
    while not re.search(pattern, said(events)):
        events += step(conn, SILENCE)
    return events


def providers() -> tuple[TracerProvider, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    return tracer_provider, exporter


def by_name(exporter: InMemorySpanExporter) -> dict[str, list[ReadableSpan]]:
    spans: dict[str, list[ReadableSpan]] = {}
    for span in exporter.get_finished_spans():
        spans.setdefault(span.name, []).append(span)
    return spans


def test_turns_a_delegation_and_usage_blocking(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="realtime_ext.metrics")
    tracer_provider, exporter = providers()
    clock = ManualClock()
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(
            api_key=KEY,
            base_url=server.base_url,
            clock=clock,
            telemetry=Telemetry(tracer_provider=tracer_provider),
        ) as client,
    ):
        server.script.next_transcript("What is the weather?")
        server.script.next_response(text="Sunny today.")
        server.script.next_transcript("Where is my order?")
        server.script.next_response(function_call=("lookup", {}), text="One moment.")
        conn = client.live.connect(model="gpt-live-1", clock=clock)
        until(conn, r"Sunny today\.", TURN)
        events = until(conn, r"One moment\.", TURN)
        (created,) = [e for e in events if e.type == "session.delegation.created"]
        clock.advance(0.85)  # the app's lookup takes 850 ms
        conn.commentary("It ships on Friday.", delegation_id=created.delegation.id)
        until(conn, r"Friday\.", [])
        metrics = SessionMetrics.of(conn)
        usage: list[Any] = []
        while not usage:  # the fake reports usage every 15 s of timeline
            usage = [e for e in step(conn, SILENCE) if e.type == "session.usage.updated"]
        session_id = conn.session_id
        conn.close()
    first, second = metrics
    assert (first.response_id, second.response_id) == ("turn_1", "turn_2")
    assert first.trigger == second.trigger == "speech_stopped"
    # On the fake's timeline, full duplex as recorded: the model begins to answer once it
    # heard the question, before the transcript of its last words ("?") is out; those words
    # stay the question answered (not a new turn, not an interruption) and the model did
    # not wait. The answer is two words, 400 ms.
    assert first.time_to_first_audio_ms == first.time_to_first_text_ms == 0.0
    assert (first.audio_ms, first.duration_ms) == (400.0, 400.0)
    assert second.time_to_first_audio_ms is not None
    assert not first.interrupted and first.input_tokens is None and first.status == "completed"
    assert metrics.delegations == (
        DelegationMetrics(created.delegation.id, "client", 850.0, "completed"),
    )
    assert metrics.usage_seconds is not None and metrics.usage_seconds >= 15.0  # the final one
    assert metrics.context_window_ratio is not None and 0 < metrics.context_window_ratio < 1
    assert metrics.time_to_first_audio_p95_ms is not None

    spans = by_name(exporter)
    assert sorted(spans) == ["chat gpt-live-1", "delegate client", "live gpt-live-1"]
    (session,) = spans["live gpt-live-1"]
    assert session.context is not None
    assert len(spans["chat gpt-live-1"]) == 2
    for span in (*spans["chat gpt-live-1"], *spans["delegate client"]):
        assert span.parent is not None and span.parent.span_id == session.context.span_id
    turn = dict(min(spans["chat gpt-live-1"], key=lambda s: s.start_time or 0).attributes or {})
    assert turn["gen_ai.operation.name"] == "chat"  # as a Realtime response's
    assert turn["gen_ai.response.id"] == "turn_1"
    assert turn["realtime_ext.response.time_to_first_audio_ms"] == 0.0
    assert turn["realtime_ext.response.trigger"] == "speech_stopped"
    (delegate,) = spans["delegate client"]
    attrs = dict(delegate.attributes or {})
    assert attrs["realtime_ext.delegation.target"] == "client"
    assert delegate.end_time is not None and delegate.start_time is not None
    assert delegate.end_time - delegate.start_time == pytest.approx(850e6, abs=2)
    session_attrs = dict(session.attributes or {})
    assert session_attrs["gen_ai.conversation.id"] == session_id
    assert session_attrs["realtime_ext.session.responses"] == 2
    assert session_attrs["realtime_ext.session.delegations"] == 1
    assert session_attrs["realtime_ext.session.usage_seconds"] == metrics.usage_seconds
    # No secret anywhere a span or a log record can carry one.
    dumped = "".join(s.to_json() for s in exporter.get_finished_spans())
    logged = "".join(f"{r.getMessage()}{vars(r)}" for r in caplog.records)
    for text in (dumped, logged):
        assert KEY not in text and "Bearer" not in text
    records = [r for r in caplog.records if r.name == "realtime_ext.metrics"]
    assert [r.realtime_metrics for r in records if "turn" in r.getMessage()] == [  # type: ignore[attr-defined]
        m.as_dict() for m in metrics
    ]


async def test_a_responses_delegation_and_its_tool_asyncio() -> None:
    tracer_provider, exporter = providers()
    clock = ManualClock()
    registry = ToolRegistry()

    @registry.register
    def lookup_forecast(city: str) -> str:
        """Tomorrow's forecast for a city."""
        clock.advance(0.3)
        return f"{city}: rain"

    responses = {"type": "responses", "responses": {"model": "gpt-5.6-sol"}}
    with FakeRealtimeServer() as server:
        server.script.next_response(function_call=("lookup_forecast", {"city": "Oslo"}))
        server.script.next_response(text="It will rain in Oslo.")
        async with AsyncRealtimeClient(
            api_key=KEY,
            base_url=server.base_url,
            clock=clock,
            telemetry=Telemetry(tracer_provider=tracer_provider),
        ) as client:
            conn = await client.live.connect(
                model="gpt-live-1", delegation=responses, tools=registry, clock=clock
            )
            events = [e for frame in TURN for e in await astep(conn, frame)]
            while not re.search(r"rain in Oslo\.", said(events)):
                events += await astep(conn, SILENCE)
            metrics = SessionMetrics.of(conn)
            await conn.close()
    (delegation,) = metrics.delegations
    assert (delegation.target, delegation.status) == ("responses", "completed")
    assert delegation.duration_ms == pytest.approx(300.0)  # the tool's time: the backend's is none
    assert [m.response_id for m in metrics] == ["turn_1"]
    spans = by_name(exporter)
    assert {"execute_tool lookup_forecast", "delegate responses", "live gpt-live-1"} <= set(spans)


def test_a_turn_the_user_speaks_over_is_interrupted_and_a_quiet_line_ends_one() -> None:
    from realtime_ext.telemetry._live_recorder import QUIET_FRAMES, LiveRecorder

    recorder = LiveRecorder(lambda: 0.0, None)
    notes = recorder.notes()

    def tell(kind: str, **data: Any) -> None:
        note = notes[kind]
        if note is not None:
            note({"type": kind, **data})

    tell("session.input_transcript.delta", delta="Tell me", start_ms=0, end_ms=200)
    tell("session.output_transcript.delta", delta="Once", start_ms=500, end_ms=700)
    tell("session.output_transcript.delta", delta=" upon", start_ms=700, end_ms=900)
    tell("session.input_transcript.delta", delta="Stop", start_ms=800, end_ms=1000)
    (cut,) = recorder.metrics
    assert cut.interrupted and cut.time_to_first_audio_ms == 300.0 and cut.audio_ms == 400.0
    tell("session.output_transcript.delta", delta="Okay.", start_ms=1300, end_ms=1500)
    for _ in range(QUIET_FRAMES):
        tell("session.output_audio.delta", delta="")
    assert [m.time_to_first_audio_ms for m in recorder.metrics] == [300.0, 300.0]
    assert notes["session.output_audio.delta"] is None  # no turn open: frames cost nothing
    # A commentary spoken with no user speech before it: started by the server.
    tell("session.output_transcript.delta", delta="Welcome back.", start_ms=9000, end_ms=9200)
    recorder.closed()
    assert recorder.metrics[-1].trigger == "server"
    assert recorder.metrics[-1].time_to_first_audio_ms == 0.0


def test_odd_events_never_crash_and_open_delegations_are_bounded() -> None:
    from realtime_ext.telemetry._live_recorder import MAX_OPEN, LiveRecorder

    recorder = LiveRecorder(lambda: 0.0, None)
    notes = recorder.notes()
    for kind in list(notes):
        note = notes[kind]
        if note is not None:
            for odd in ({}, {"type": kind, "usage": "x", "context_window": [1]}, {"delegation": 1}):
                note(odd)
    delegated = notes["session.delegation.created"]
    assert delegated is not None
    for n in range(MAX_OPEN * 3):
        delegated({"delegation": {"id": f"item_{n}", "target": "client"}})
    assert len(recorder.metrics.delegations) == MAX_OPEN * 2  # the oldest, lost
    assert {d.status for d in recorder.metrics.delegations} == {"lost"}
    recorder.sent({"type": "session.commentary.append", "delegation_id": "item_191", "content": ""})
    assert recorder.metrics.delegations[-1].delegation_id == "item_191"
    assert recorder.metrics.usage_seconds is None  # nothing usable was reported


def test_usage_adds_up_over_the_sessions_of_one_connection() -> None:
    metrics = SessionMetrics()
    assert metrics.usage_seconds is None and metrics.context_window_ratio is None
    metrics.usage(15.0, 0.1)
    metrics.usage(30.0, None)  # cumulative within a session: not summed
    metrics.next_session()
    metrics.usage(15.0, 0.05)  # the ratio may drop (a new session, or compaction)
    assert metrics.usage_seconds == 45.0 and metrics.context_window_ratio == 0.05


def test_a_session_kind_the_telemetry_does_not_know_is_refused() -> None:
    for telemetry in (Telemetry(), Telemetry(enabled=False)):
        with pytest.raises(InvalidArgumentError, match="kind must be one of"):
            telemetry.session_extension(now=lambda: 0.0, url="", kind="Live")
    made = Telemetry().session_extension(now=lambda: 0.0, url="", kind="live")
    assert type(made).__name__ == "LiveRecorder"
