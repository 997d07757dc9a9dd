"""The tool loop's counts in the session's metrics: a Realtime session on the fake with a
slow tool (a filler said while it runs) and a call the app approves reports them in
``SessionMetrics.tool_counts``, as the session span's attributes and on the
``realtime_ext.tool.counts`` counter. Gates, no sleeps."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader, NumberDataPoint
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from realtime_ext import RealtimeClient
from realtime_ext.telemetry import SessionMetrics, Telemetry
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import ToolApprovalRequired, ToolRegistry
from support.both import WAIT
from support.waiting import until


def _fillers(server: FakeRealtimeServer) -> list[dict[str, Any]]:
    return [
        e
        for e in server.received[0]
        if e["type"] == "response.create" and e.get("response", {}).get("conversation")
    ]


def test_a_filler_and_an_approval_are_counted_in_the_metrics_and_the_span(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(function_call=("search_flights", {"city": "Oslo"}))
    server.script.next_response(text="Still on it.")  # the filler's out-of-band answer
    server.script.next_response(text="Two flights to Oslo.")
    server.script.next_response(function_call=("refund", {"order_id": "A1"}))
    server.script.next_response(text="Refunded.")
    release = threading.Event()
    registry = ToolRegistry(filler_instructions="Say you are still searching.")

    @registry.register(filler_after=0.01)
    async def search_flights(city: str) -> str:
        """Search flights to a city."""
        await asyncio.to_thread(release.wait, WAIT)  # a gate the test opens
        return f"two flights to {city}"

    @registry.register(needs_approval=True)
    def refund(order_id: str) -> str:
        """Refund an order."""
        return f"refunded {order_id}"

    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    with (
        RealtimeClient(
            api_key="sk-test",
            base_url=server.base_url,
            telemetry=Telemetry(
                tracer_provider=tracer_provider,
                meter_provider=MeterProvider(metric_readers=[reader]),
            ),
        ) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        try:
            assert SessionMetrics.of(conn).tool_counts == {}  # no tool loop yet
            loop = conn.run_tools(registry)
            conn.response.create()
            conn.run_until("response.done", timeout=WAIT)  # the slow call
            until(lambda: _fillers(server), "the filler")
            conn.run_until("response.done", timeout=WAIT)  # the filler, out of band
            release.set()
            conn.run_until("response.done", timeout=WAIT)  # the answer after the output
            conn.response.create()
            while not isinstance(event := conn.recv(WAIT), ToolApprovalRequired):
                pass
            conn.approve_tool_call(event.call_id)
            conn.run_until("response.done", timeout=WAIT)  # the answer after the refund
            counts = SessionMetrics.of(conn).tool_counts
        finally:
            release.set()

    assert counts == loop.tool_counts()
    assert counts["calls"] == 2
    assert counts["responses"] == 2
    assert (counts["fillers"], counts["fillers_skipped"]) == (1, 0)
    assert (counts["approval_requests"], counts["approved"], counts["rejected"]) == (1, 1, 0)
    assert (counts["cancelled"], counts["late"], counts["barge_ins"]) == (0, 0, 0)
    (session,) = [s for s in exporter.get_finished_spans() if s.name == "realtime gpt-realtime"]
    attrs = dict(session.attributes or {})
    assert {k: v for k, v in attrs.items() if k.startswith("realtime_ext.session.tools.")} == {
        f"realtime_ext.session.tools.{name}": count for name, count in counts.items()
    }
    assert attrs["realtime_ext.session.tools.fillers"] == 1
    assert attrs["realtime_ext.session.tools.approved"] == 1
    data = reader.get_metrics_data()
    assert data is not None
    counted: dict[str, int | float] = {}
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                if metric.name == "realtime_ext.tool.counts":
                    for point in metric.data.data_points:
                        assert isinstance(point, NumberDataPoint)
                        counted[str((point.attributes or {})["realtime_ext.tool.count"])] = (
                            point.value
                        )
    assert counted == {name: count for name, count in counts.items() if count}
