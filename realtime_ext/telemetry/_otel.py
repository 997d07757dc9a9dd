"""OpenTelemetry: spans and metrics per the GenAI semantic conventions.

Imported only when OpenTelemetry is installed and telemetry is on (``_options.Telemetry``
decides); everything else in the SDK runs without it. The API package alone is enough: with
no SDK configured, the global providers hand out no-op tracers and meters.

A session's spans and measurements are :mod:`._trace`'s (it imports this API on first use).
"""

from __future__ import annotations

import re
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from ._trace import SYSTEM

SCOPE = "realtime_ext"
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304)
SECONDS_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48)

# What trace.get_tracer_provider() returns while no SDK provider is set.
_NO_PROVIDER = (trace.ProxyTracerProvider, trace.NoOpTracerProvider)
_ID_SEGMENT = re.compile(r"/(calls|sessions|translations)/(?!calls\b)[^/]+")


class Instruments:
    """The tracer, the three histograms and the tool counter of one pair of providers (made
    once)."""

    __slots__ = ("duration", "first_audio", "global_tracer", "tokens", "tool_counts", "tracer")

    def __init__(self, tracer_provider: Any, meter_provider: Any, version: str) -> None:
        # Any, for type checkers without OpenTelemetry installed (it is optional).
        self.tracer: Any = trace.get_tracer(SCOPE, version, tracer_provider=tracer_provider)
        # The global provider's tracer records nothing until the app sets a provider, which it
        # may do at any time: asked per request (rest_span), not once.
        self.global_tracer: bool = tracer_provider is None
        meter = metrics.get_meter(SCOPE, version, meter_provider=meter_provider)
        self.tokens: Any = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Number of input and output tokens used.",
            explicit_bucket_boundaries_advisory=TOKEN_BUCKETS,
        )
        self.duration: Any = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration.",
            explicit_bucket_boundaries_advisory=SECONDS_BUCKETS,
        )
        self.first_audio: Any = meter.create_histogram(
            "realtime_ext.time_to_first_audio",
            unit="s",
            description="Time from a response's start (or a translation's first audio sent) "
            "to its first audio.",
            explicit_bucket_boundaries_advisory=SECONDS_BUCKETS,
        )
        self.tool_counts: Any = meter.create_counter(
            "realtime_ext.tool.counts",
            unit="{event}",
            description="What the tool loops counted (calls, fillers, approvals...), by "
            "realtime_ext.tool.count, added as each session ends.",
        )

    def measuring(self) -> bool:
        """Whether a measurement goes anywhere. Histograms made from the global meter
        provider before the app set one are the API's proxies: they drop every measurement
        until a provider is set (at any time; then they forward), so a response skips its
        four while that lasts (they were about 1% of a busy receive loop's time). The proxy
        says so through its ``_real_instrument``; any other histogram has none and is used.
        """
        return getattr(self.duration, "_real_instrument", True) is not None

    def rest_span(self, method: str, url: Any, route: str) -> Span:
        """A client span for one REST request (retries included): no header, no body, no
        query string, so no secret. Named by its route below the base URL's path."""
        if self.global_tracer and isinstance(trace.get_tracer_provider(), _NO_PROVIDER):
            # No provider set: the span would record nothing, and its attributes (the URL's
            # parts as strings) cost more than the rest of a mocked request (17 µs of it).
            return trace.INVALID_SPAN
        span: Span = self.tracer.start_span(
            f"{method} {_ID_SEGMENT.sub(_template, route)}",
            kind=SpanKind.CLIENT,
            attributes={
                "http.request.method": method,
                "server.address": str(url.host),
                "server.port": int(url.port or (443 if url.scheme == "https" else 80)),
                "url.full": str(url),
                "gen_ai.system": SYSTEM,
                "gen_ai.provider.name": SYSTEM,
            },
        )
        return span

    @staticmethod
    def end_rest_span(span: Span, status: int | None, error: BaseException | None) -> None:
        """End a :meth:`rest_span` with the response's status or the error."""
        if status is not None:
            span.set_attribute("http.response.status_code", status)
        if error is not None or (status is not None and status >= 400):
            kind = type(error).__name__ if error is not None else str(status)
            span.set_attribute("error.type", kind)
            span.set_status(Status(StatusCode.ERROR, kind))
        span.end()


def _template(match: re.Match[str]) -> str:
    # /realtime/calls/rtc_123/hangup -> /realtime/calls/{id}/hangup: a span name stays a
    # route (low cardinality), and ids go nowhere.
    return f"/{match.group(1)}/{{id}}" if match.group(1) == "calls" else match.group(0)
