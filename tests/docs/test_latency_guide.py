"""The guide "Latency and tracing" shows what a run gives.

tests/docs/test_guides_code.py runs its Python blocks against the fake server; here its other
blocks are held to real runs:

- the trace of a tool-calling voice turn is drawn from a run of the guide's turn against the
  fake server, on a ManualClock moved by a typical turn's delays as each message arrives
  (tests/support/scripted_clock.py) and a tool that takes 120 ms: names, nesting, offsets,
  durations and attributes, exactly; the guide's snippet prints the same span names;
- the log record and the command line's metrics lines are those of runs on the same clock
  (response ids elided);
- the OTLP snippet sends spans and metrics to a collector (a stand-in on 127.0.0.1,
  tests/support/otlp_sink.py), and the collector's configuration receives what it sends.

When a figure changes, the failure prints the run's text to paste into the guide.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from realtime_ext import RealtimeClient
from realtime_ext.cli import _metrics
from realtime_ext.session import realtime_session
from realtime_ext.telemetry import Telemetry
from realtime_ext.testing import FakeRealtimeServer, ManualClock
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.tools import ToolRegistry
from support import snippets
from support.otlp_sink import OtlpSink
from support.scripted_clock import DELAYS, script

GUIDE = snippets.ROOT / "docs" / "guides" / "latency-and-tracing.md"
TEXT = GUIDE.read_text(encoding="utf-8")
BLOCKS = snippets.fenced_blocks(TEXT)
T = 10.0
TOOL_SECONDS = 0.120
RESPONSE_ID = re.compile(r"resp_[0-9a-f]+")


def _block(heading: str, lang: str) -> snippets.Block:
    """The first ``lang`` block under ``heading`` (a Markdown heading line of the guide)."""
    line = TEXT.splitlines().index(heading) + 1
    return next(b for b in BLOCKS if b.lang == lang and b.line > line)


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as fake:
        yield fake


# -- the trace ------------------------------------------------------------------------------
def _turn(server: FakeRealtimeServer) -> list[ReadableSpan]:
    """The guide's tool-calling voice turn, on the scripted clock."""
    clock = ManualClock()
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    tools = ToolRegistry()

    @tools.register
    def get_weather(city: str) -> str:
        """The weather in a city."""
        clock.advance(TOOL_SECONDS)
        return "sunny"

    with (
        RealtimeClient(
            api_key="sk-test-docs",
            base_url=server.base_url,
            clock=clock,
            telemetry=Telemetry(
                tracer_provider=tracer_provider,
                meter_provider=MeterProvider(metric_readers=[InMemoryMetricReader()]),
            ),
        ) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        script(conn, clock, DELAYS)
        conn.session.update(session={"type": "realtime", "tools": tools.tools})
        conn.conversation.item.create(
            item={
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "What's the weather in Paris?"}],
            }
        )
        conn.run_tools(tools)
        conn.response.create(response={"tool_choice": {"type": "function", "name": "get_weather"}})
        conn.run_until("response.done", timeout=T)
        conn.run_until("response.done", timeout=T)
    return list(exporter.get_finished_spans())


def render(spans: list[ReadableSpan]) -> str:
    """The trace as the guide shows it: each span under its parent, its start as an offset
    from the session span's, its duration, and for a response what started it, its tokens
    in/out and its time to first audio."""
    by_parent: dict[int | None, list[ReadableSpan]] = {}
    for span in spans:
        parent = span.parent.span_id if span.parent is not None else None
        by_parent.setdefault(parent, []).append(span)
    (session,) = by_parent[None]
    assert session.start_time is not None
    lines: list[str] = []

    def add(span: ReadableSpan, depth: int) -> None:
        assert span.start_time is not None and span.end_time is not None
        attrs: dict[str, Any] = dict(span.attributes or {})
        notes = []
        if "realtime_ext.response.trigger" in attrs:
            notes.append(str(attrs["realtime_ext.response.trigger"]))
        if "gen_ai.usage.input_tokens" in attrs:
            notes.append(
                f"tokens {attrs['gen_ai.usage.input_tokens']}/{attrs['gen_ai.usage.output_tokens']}"
            )
        if "realtime_ext.response.time_to_first_audio_ms" in attrs:
            notes.append(
                f"first audio {attrs['realtime_ext.response.time_to_first_audio_ms']:.0f} ms"
            )
        start = (span.start_time - session.start_time) / 1e6
        length = (span.end_time - span.start_time) / 1e6
        name = "  " * depth + span.name
        line = f"{name:<28}{start:5.0f} ms {length:5.0f} ms"
        lines.append(f"{line}  {', '.join(notes)}" if notes else line)
        for child in sorted(by_parent.get(span.context.span_id, []), key=_start):
            add(child, depth + 1)

    add(session, 0)
    return "\n".join(lines)


def _start(span: ReadableSpan) -> int:
    return span.start_time or 0


def _names(trace: str) -> list[str]:
    """The span names of a rendered trace (each line's text before its offset)."""
    return [re.split(r"\s{2,}", line.strip())[0] for line in trace.splitlines()]


def test_the_trace_is_drawn_from_a_run_of_the_guides_turn(server: FakeRealtimeServer) -> None:
    ran = render(_turn(server))
    shown = _block("### A tool-calling voice turn", "text").code.rstrip("\n")
    assert shown == ran, f"the guide's trace differs from this run's:\n{ran}"
    # What the prose around it says: the tool's 120 ms are the gap between the responses.
    call, tool, answer = ran.splitlines()[1:]
    offsets = [float(re.findall(r"([\d.]+) ms", line)[0]) for line in (call, tool, answer)]
    lengths = [float(re.findall(r"([\d.]+) ms", line)[1]) for line in (call, tool, answer)]
    assert offsets[1] == offsets[0] + lengths[0] and lengths[1] == TOOL_SECONDS * 1000
    assert offsets[2] == offsets[1] + lengths[1]


def test_the_guides_snippet_prints_the_traces_span_names(
    server: FakeRealtimeServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    snippets.prepare_env(server, monkeypatch, tmp_path)
    block = _block("## OpenTelemetry", "python")
    snippets.run_python(block, GUIDE, {"__name__": "docs_latency_opentelemetry"})
    printed = ast.literal_eval(capsys.readouterr().out.strip().splitlines()[-1])
    shown = _block("### A tool-calling voice turn", "text").code
    assert printed == sorted(set(_names(shown)))
    assert block.code.rstrip().splitlines()[-1] == f"# {printed!r}"


# -- the log record and the command line ----------------------------------------------------
def _records(run: Any) -> list[logging.LogRecord]:
    with _metrics.collected() as records:
        run()
    return records


def test_the_log_record_shown_is_a_runs(server: FakeRealtimeServer) -> None:
    clock = ManualClock()

    def run() -> None:
        with (
            RealtimeClient(
                api_key="sk-test", base_url=server.base_url, clock=clock, telemetry=Telemetry()
            ) as client,
            client.connect(model="gpt-realtime") as conn,
        ):
            script(conn, clock, DELAYS)
            conn.response.create()
            conn.run_until("response.done", timeout=T)

    (record,) = _records(run)
    ran = RESPONSE_ID.sub("resp_...", f"{record.name} {record.getMessage()}")
    comment = _block("## The log record", "python").code.rstrip().splitlines()[-1]
    shown = comment.removeprefix("# ").removesuffix("...")
    assert comment.startswith("# ") and ran.startswith(shown), f"this run logged:\n{ran}"


def test_the_command_lines_metrics_lines_are_runs(server: FakeRealtimeServer) -> None:
    clock = ManualClock()

    def text_turn() -> None:  # what `realtime-ext demo` does in its step 4
        with (
            RealtimeClient(
                api_key="sk-test", base_url=server.base_url, clock=clock, telemetry=Telemetry()
            ) as client,
            client.connect(model="gpt-realtime") as conn,
        ):
            script(conn, clock, DELAYS)
            conn.session.update(session=realtime_session(output_modalities=["text"]))
            conn.conversation.item.create(
                item={
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Say hello in five words."}],
                }
            )
            conn.response.create()
            conn.run_until("response.done", timeout=T)

    def translation() -> None:  # what `realtime-ext translate` does, one frame
        with (
            RealtimeClient(
                api_key="sk-test", base_url=server.base_url, clock=clock, telemetry=Telemetry()
            ) as client,
            client.translations.connect(
                model="gpt-realtime-translate", session={"audio": {"output": {"language": "es"}}}
            ) as conn,
        ):
            script(conn, clock, {"session.output_audio.delta": 0.180})
            conn.send_audio(sine_pcm16(600))
            next(conn.target_audio(timeout=T))

    ran = [
        RESPONSE_ID.sub("resp_...", line)
        for line in _metrics.lines(_records(text_turn) + _records(translation))
    ]
    shown = [
        line
        for block in BLOCKS
        if block.lang == "text"
        for line in block.code.splitlines()
        if line.startswith(_metrics.PREFIX)
    ]
    assert shown == ran, "this run printed:\n" + "\n".join(ran)


# -- OTLP -----------------------------------------------------------------------------------
def test_the_otlp_snippet_sends_spans_and_metrics_to_a_collector(
    server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    snippets.prepare_env(server, monkeypatch, tmp_path)
    block = _block("### Sending it to an OTLP collector", "python")
    with OtlpSink() as sink:
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", sink.endpoint)
        snippets.run_python(block, GUIDE, {"__name__": "docs_latency_otlp"})
        assert {"realtime gpt-realtime", "chat gpt-realtime"} <= sink.span_names()
        assert {
            "gen_ai.client.token.usage",
            "gen_ai.client.operation.duration",
            "realtime_ext.time_to_first_audio",
        } <= sink.metric_names()


def test_the_collector_configuration_receives_what_the_snippet_sends() -> None:
    config = yaml.safe_load(_block("### Sending it to an OTLP collector", "yaml").code)
    code = _block("### Sending it to an OTLP collector", "python").code
    # The snippet's exporters speak OTLP over HTTP, to port 4318 by default.
    assert "opentelemetry.exporter.otlp.proto.http" in code and "grpc" not in code
    http = config["receivers"]["otlp"]["protocols"]["http"]
    assert http["endpoint"].endswith(":4318")
    pipelines = config["service"]["pipelines"]
    assert {"traces", "metrics"} <= set(pipelines)  # the snippet sends both
    for pipeline in pipelines.values():
        assert set(pipeline["receivers"]) <= set(config["receivers"])
        assert set(pipeline["exporters"]) <= set(config["exporters"])
