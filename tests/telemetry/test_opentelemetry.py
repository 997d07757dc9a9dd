"""Spans and metrics per the GenAI semantic conventions, read back with the OpenTelemetry
SDK's in-memory exporters; nothing imported when OpenTelemetry is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from realtime_ext import RealtimeClient
from realtime_ext.telemetry import SessionMetrics, Telemetry
from realtime_ext.testing import FakeRealtimeServer, ManualClock
from realtime_ext.tools import ToolRegistry

from .conftest import script
from .test_response_metrics import DELAYS, T

KEY = "sk-test-secret-key-0123456789"


Providers = tuple[TracerProvider, InMemorySpanExporter, MeterProvider, InMemoryMetricReader]


def _providers() -> Providers:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    return tracer_provider, exporter, MeterProvider(metric_readers=[reader]), reader


def _points(reader: InMemoryMetricReader) -> dict[str, list[Any]]:
    data = reader.get_metrics_data()
    found: dict[str, list[Any]] = {}
    assert data is not None
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found.setdefault(metric.name, []).extend(metric.data.data_points)
    return found


def test_a_tool_calling_voice_turn_as_spans_and_metrics(server: FakeRealtimeServer) -> None:
    server.script.next_response(function_call=("add", {"a": 1, "b": 2}))
    server.script.next_response(text="Three")
    tracer_provider, exporter, meter_provider, reader = _providers()
    clock = ManualClock()
    registry = ToolRegistry()

    @registry.register
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        clock.advance(0.075)
        return a + b

    with RealtimeClient(
        api_key=KEY,
        base_url=server.base_url,
        clock=clock,
        telemetry=Telemetry(tracer_provider=tracer_provider, meter_provider=meter_provider),
    ) as client:
        client.client_secrets.create(session={"type": "realtime", "model": "gpt-realtime"})
        with client.connect(model="gpt-realtime") as conn:
            script(conn, clock, DELAYS)
            conn.recv(T)
            conn.run_tools(registry)
            conn.response.create()
            conn.run_until("response.done", timeout=T)
            conn.run_until("response.done", timeout=T)
            call, answer = SessionMetrics.of(conn)

    spans: dict[str, list[ReadableSpan]] = {}
    for span in exporter.get_finished_spans():
        spans.setdefault(span.name, []).append(span)
    assert sorted(spans) == [
        "POST /realtime/client_secrets",
        "chat gpt-realtime",
        "execute_tool add",
        "realtime gpt-realtime",
    ]
    (session,) = spans["realtime gpt-realtime"]
    first, second = sorted(spans["chat gpt-realtime"], key=lambda s: s.start_time or 0)
    (tool,) = spans["execute_tool add"]
    (rest,) = spans["POST /realtime/client_secrets"]

    for span, measured in ((first, call), (second, answer)):
        attrs = dict(span.attributes or {})
        assert span.parent is not None and span.parent.span_id == session.context.span_id
        assert attrs["gen_ai.operation.name"] == "chat"
        assert attrs["gen_ai.system"] == "openai"
        assert attrs["gen_ai.request.model"] == "gpt-realtime"
        assert attrs["gen_ai.response.id"] == measured.response_id
        assert attrs["gen_ai.usage.input_tokens"] == measured.input_tokens
        assert attrs["gen_ai.usage.output_tokens"] == measured.output_tokens
        assert attrs["gen_ai.response.finish_reasons"] == ("completed",)
        assert span.end_time is not None and span.start_time is not None
        # The span lasts exactly what ResponseMetrics says (the same clock).
        assert span.end_time - span.start_time == pytest.approx(measured.duration_ms * 1e6, abs=2)
    # The answer's first audio: its transcript's first token comes before it, as on the API.
    assert dict(second.attributes or {})["realtime_ext.response.time_to_first_audio_ms"] == (
        pytest.approx(370.0)
    )
    # The tool span is the child of the response that called it, and lasts 75 ms.
    assert tool.parent is not None and tool.parent.span_id == first.context.span_id
    tool_attrs = dict(tool.attributes or {})
    assert tool_attrs["gen_ai.operation.name"] == "execute_tool"
    assert tool_attrs["gen_ai.tool.name"] == "add"
    assert isinstance(tool_attrs["gen_ai.tool.call.id"], str)
    assert tool.end_time is not None and tool.start_time is not None
    assert tool.end_time - tool.start_time == pytest.approx(75e6, abs=2)
    rest_attrs = dict(rest.attributes or {})
    assert rest_attrs["http.request.method"] == "POST"
    assert rest_attrs["http.response.status_code"] == 200
    session_attrs = dict(session.attributes or {})
    assert session_attrs["realtime_ext.session.responses"] == 2
    assert session_attrs["gen_ai.conversation.id"].startswith("sess_")
    # No secret anywhere a span can carry one.
    dumped = "".join(s.to_json() for s in exporter.get_finished_spans())
    assert KEY not in dumped and "Bearer" not in dumped

    points = _points(reader)
    tokens = {
        (p.attributes["gen_ai.token.type"], p.sum) for p in points["gen_ai.client.token.usage"]
    }
    assert tokens == {("input", 10 + 20), ("output", 1 + 7)}
    (duration,) = points["gen_ai.client.operation.duration"]
    assert duration.count == 2
    assert duration.sum == pytest.approx(0.260 + 0.500)
    assert duration.attributes["gen_ai.operation.name"] == "chat"
    assert duration.attributes["gen_ai.request.model"] == "gpt-realtime"
    (first_audio,) = points["realtime_ext.time_to_first_audio"]
    assert (first_audio.count, first_audio.sum) == (1, pytest.approx(0.370))


def test_a_session_sampled_out_records_its_measurements_and_no_child_span(
    server: FakeRealtimeServer,
) -> None:
    # A session span that is not recorded (sampled out; or no SDK configured when it
    # opened) has no recorded children: the responses and tools make none, and cost no
    # span on the receive path. The metrics do not depend on sampling.
    from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

    server.script.next_response(function_call=("add", {"a": 1, "b": 2}))
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider(sampler=ALWAYS_OFF)
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    registry = ToolRegistry()

    @registry.register
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        return a + b

    with (
        RealtimeClient(
            api_key=KEY,
            base_url=server.base_url,
            telemetry=Telemetry(
                tracer_provider=tracer_provider,
                meter_provider=MeterProvider(metric_readers=[reader]),
            ),
        ) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        conn.recv(T)
        conn.run_tools(registry)
        conn.response.create()
        conn.run_until("response.done", timeout=T)
        conn.run_until("response.done", timeout=T)
        assert SessionMetrics.of(conn).count == 2
    assert exporter.get_finished_spans() == ()
    points = _points(reader)
    (duration,) = points["gen_ai.client.operation.duration"]
    assert duration.count == 2
    assert {p.attributes["gen_ai.token.type"] for p in points["gen_ai.client.token.usage"]} == {
        "input",
        "output",
    }


def test_telemetry_off_sends_no_span(server: FakeRealtimeServer) -> None:
    tracer_provider, exporter, _, _ = _providers()
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        with client.connect(model="gpt-realtime") as conn:
            conn.recv(T)
        client.client_secrets.create(session={"type": "realtime", "model": "gpt-realtime"})
    assert exporter.get_finished_spans() == ()
    assert tracer_provider is not None


SCRIPT = """
import importlib.abc, json, sys

class NoOpenTelemetry(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "opentelemetry" or name.startswith("opentelemetry."):
            raise ImportError("not installed")
        return None

sys.meta_path.insert(0, NoOpenTelemetry())
from realtime_ext import RealtimeClient
from realtime_ext.telemetry import SessionMetrics, Telemetry
from realtime_ext.testing import FakeRealtimeServer

with FakeRealtimeServer() as server, RealtimeClient(
    api_key="sk-test", base_url=server.base_url, telemetry=Telemetry()
) as client:
    client.client_secrets.create(session={"type": "realtime", "model": "gpt-realtime"})
    with client.connect(model="gpt-realtime") as conn:
        conn.recv(10)
        conn.response.create()
        conn.run_until("response.done", timeout=10)
        measured = SessionMetrics.of(conn)[-1]
print(json.dumps({
    "status": measured.status,
    "imported": sorted(m for m in sys.modules if m.startswith("opentelemetry")),
}))
"""


def test_without_opentelemetry_metrics_still_work_and_nothing_is_imported() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"status": "completed", "imported": []}


GLOBAL_METER_SCRIPT = r"""
import json
from opentelemetry import metrics
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from realtime_ext import RealtimeClient
from realtime_ext.telemetry import SessionMetrics, Telemetry
from realtime_ext.testing import FakeRealtimeServer

def points(reader):
    data = reader.get_metrics_data()
    found = {}
    for resource in (data.resource_metrics if data else []):
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found[metric.name] = sum(p.count for p in metric.data.data_points)
    return found

instruments = Telemetry.of().instruments()
skipped = not instruments.measuring()  # the API's proxies, no provider set
reader = InMemoryMetricReader()
with FakeRealtimeServer() as server, RealtimeClient(
    api_key="sk-test", base_url=server.base_url, telemetry=Telemetry()
) as client:
    with client.connect(model="gpt-realtime") as conn:
        conn.recv(10)
        conn.response.create()
        conn.run_until("response.done", timeout=10)
        # The app sets its provider mid-session: the same histograms now forward.
        metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
        conn.response.create()
        conn.run_until("response.done", timeout=10)
print(json.dumps({"skipped": skipped, "measuring": instruments.measuring(),
                  "points": points(reader), "responses": SessionMetrics.of(conn).count}))
"""


def test_measurements_skip_the_proxies_until_the_app_sets_a_meter_provider() -> None:
    # In a child: the global meter provider can be set once per process.
    done = subprocess.run(
        [sys.executable, "-c", GLOBAL_METER_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {
        "skipped": True,
        "measuring": True,
        # Only the response after the provider was set: one point in each histogram
        # (tokens: input and output), none dropped on the way.
        "points": {
            "gen_ai.client.operation.duration": 1,
            "gen_ai.client.token.usage": 2,
            "realtime_ext.time_to_first_audio": 1,
        },
        "responses": 2,
    }


def test_rest_spans_follow_the_global_provider_set_at_any_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from opentelemetry import trace

    from realtime_ext.telemetry import Telemetry

    instruments = Telemetry.of().instruments()
    assert instruments is not None and instruments.global_tracer
    # What the transport tells its observer: the URL bare (no query), the route below /v1.
    url = httpx.URL("https://api.openai.com/v1/realtime/calls")
    # No provider set (what the API gives an app without the SDK): nothing is built.
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)
    span = instruments.rest_span("POST", url, "/realtime/calls")
    assert span is trace.INVALID_SPAN and not span.is_recording()
    instruments.end_rest_span(span, 200, None)
    # The app sets its provider later: the same instruments now record, attributes and all.
    tracer_provider, exporter, _, _ = _providers()
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", tracer_provider)
    span = instruments.rest_span("POST", url, "/realtime/calls")
    instruments.end_rest_span(span, 201, None)
    (recorded,) = exporter.get_finished_spans()
    assert recorded.name == "POST /realtime/calls"
    attributes = dict(recorded.attributes or {})
    assert attributes["url.full"] == "https://api.openai.com/v1/realtime/calls"
    assert attributes["http.response.status_code"] == 201


def test_audio_played_or_cut_after_the_end_are_events_on_the_session_span() -> None:
    # WebRTC/SIP: response.done comes while the audio still plays; when the buffer stops (and
    # when the user's barge-in truncates it) the response's span has ended, so the session
    # span carries an event with the new figure.
    from realtime_ext.telemetry import Telemetry
    from realtime_ext.telemetry._recorders import recorder_for

    tracer_provider, exporter, meter_provider, _ = _providers()
    clock = ManualClock()
    telemetry = Telemetry(tracer_provider=tracer_provider, meter_provider=meter_provider)
    recorder = recorder_for(telemetry, clock.now, model="gpt-realtime")
    assert recorder is not None
    done = {"id": "r1", "status": "completed", "output": [{"id": "i1"}]}
    for delay, payload in [
        (0.0, {"type": "response.created", "response": {"id": "r1"}}),
        (0.0, {"type": "response.output_item.added", "response_id": "r1", "item": {"id": "i1"}}),
        (0.3, {"type": "output_audio_buffer.started", "response_id": "r1"}),
        (0.2, {"type": "response.done", "response": done}),
        (0.4, {"type": "conversation.item.truncated", "item_id": "i1", "audio_end_ms": 550}),
        (0.0, {"type": "output_audio_buffer.cleared", "response_id": "r1"}),
    ]:
        clock.advance(delay)
        note = recorder.noted.get(payload["type"])  # as the conversation core does
        if note is not None:
            note(payload)
    recorder.closed()
    (session,) = [s for s in exporter.get_finished_spans() if s.name == "realtime gpt-realtime"]
    events = {e.name: dict(e.attributes or {}) for e in session.events}
    assert events == {
        "realtime_ext.response.truncated": {
            "gen_ai.response.id": "r1",
            "realtime_ext.response.truncated_at_ms": 550,
        },
        "realtime_ext.response.played": {
            "gen_ai.response.id": "r1",
            "realtime_ext.response.audio_ms": pytest.approx(600.0),
        },
    }
    assert recorder.metrics[-1].audio_ms == pytest.approx(600.0)


FIRST_EVENT_SCRIPT = """
import json, sys, time
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from realtime_ext import RealtimeClient
from realtime_ext.telemetry import Telemetry
from realtime_ext.testing import FakeRealtimeServer

exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
with FakeRealtimeServer() as server, RealtimeClient(
    api_key="sk-test", base_url=server.base_url, telemetry=Telemetry(tracer_provider=provider)
) as client:
    opened = time.time_ns()
    with client.connect(model="gpt-realtime") as conn:
        first = conn.recv(10)
        after_first = "realtime_ext.telemetry._otel" in sys.modules
        received = time.time_ns()
        conn.response.create()
        conn.run_until("response.done", timeout=10)
        after_response = "realtime_ext.telemetry._otel" in sys.modules
(session,) = [s for s in exporter.get_finished_spans() if s.name == "realtime gpt-realtime"]
print(json.dumps({
    "first": first.type, "after_first": after_first, "after_response": after_response,
    "started_before_first_event": opened <= session.start_time <= received,
    "session_id": dict(session.attributes or {}).get("gen_ai.conversation.id"),
    "responses": len([s for s in exporter.get_finished_spans() if s.name.startswith("chat")]),
}))
"""


def test_the_session_trace_is_made_after_the_first_event_and_starts_at_the_open() -> None:
    # A first connection imports no OpenTelemetry span code before its first event (the
    # trace is made when a response is to be recorded), yet the session span starts when
    # the connection opened and carries the session id session.created told before it.
    done = subprocess.run(
        [sys.executable, "-c", FIRST_EVENT_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result.pop("session_id", "").startswith("sess_")
    assert result == {
        "first": "session.created",
        "after_first": False,
        "after_response": True,
        "started_before_first_event": True,
        "responses": 1,
    }
