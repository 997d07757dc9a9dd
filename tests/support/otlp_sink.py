"""A stand-in OpenTelemetry collector for the docs: OTLP over HTTP on 127.0.0.1.

It answers every export with 200 and keeps what it got, so a guide's OTLP exporter sends
somewhere real (``OTEL_EXPORTER_OTLP_ENDPOINT``) and a test can read back the span and
metric names (decoded with ``opentelemetry-proto``, which the HTTP exporter installs).

Example::

    with OtlpSink() as sink:
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", sink.endpoint)
        ...
        assert "chat gpt-realtime" in sink.span_names()
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


class OtlpSink:
    """Collects OTLP/HTTP exports: ``received`` holds ``(path, body)`` per request."""

    def __init__(self) -> None:
        self.received: list[tuple[str, bytes]] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                sink.received.append((self.path, self.rfile.read(length)))
                self.send_response(200)
                self.send_header("content-type", "application/x-protobuf")
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return None  # no access log on the test's stderr

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        """What ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set to: ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> OtlpSink:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def span_names(self) -> set[str]:
        """The names of every span received (``/v1/traces``)."""
        from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
            ExportTraceServiceRequest,
        )

        names: set[str] = set()
        for path, body in self.received:
            if path == "/v1/traces":
                request = ExportTraceServiceRequest.FromString(body)
                for resource in request.resource_spans:
                    for scope in resource.scope_spans:
                        names.update(span.name for span in scope.spans)
        return names

    def metric_names(self) -> set[str]:
        """The names of every metric received (``/v1/metrics``)."""
        from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
            ExportMetricsServiceRequest,
        )

        names: set[str] = set()
        for path, body in self.received:
            if path == "/v1/metrics":
                request = ExportMetricsServiceRequest.FromString(body)
                for resource in request.resource_metrics:
                    for scope in resource.scope_metrics:
                        names.update(metric.name for metric in scope.metrics)
        return names
