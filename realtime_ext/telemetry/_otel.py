"""OpenTelemetry: spans and metrics per the GenAI semantic conventions.

Imported only when OpenTelemetry is installed and telemetry is on (``_options.Telemetry``
decides); everything else in the SDK runs without it. The API package alone is enough: with
no SDK configured, the global providers hand out no-op tracers and meters.

Times come from the conversation's clock (a ``ManualClock`` in tests), mapped onto the wall
clock once per session, so a span's duration is exactly the figure in ``ResponseMetrics``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from ._metrics import ResponseMetrics

SCOPE = "realtime_ext"
SYSTEM = "openai"
OPERATION = "chat"
"""``gen_ai.operation.name`` of a response: the conventions' name for a model generating a
reply in a conversation (a Realtime response is one turn of one)."""
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304)
SECONDS_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48)

# What trace.get_tracer_provider() returns while no SDK provider is set.
_NO_PROVIDER = (trace.ProxyTracerProvider, trace.NoOpTracerProvider)
_ID_SEGMENT = re.compile(r"/(calls|sessions|translations)/(?!calls\b)[^/]+")


class Instruments:
    """The tracer and the three histograms of one pair of providers (made once)."""

    __slots__ = ("duration", "first_audio", "global_tracer", "tokens", "tracer")

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

    def measuring(self) -> bool:
        """Whether a measurement goes anywhere. Histograms made from the global meter
        provider before the app set one are the API's proxies: they drop every measurement
        until a provider is set (at any time; then they forward), so a response skips its
        four while that lasts (they were about 1% of a busy receive loop's time). The proxy
        says so through its ``_real_instrument``; any other histogram has none and is used.
        """
        return getattr(self.duration, "_real_instrument", True) is not None

    def rest_span(self, method: str, url: Any, base_path: str) -> Span:
        """A client span for one REST request (retries included): no header, no body, no
        query string, so no secret. Named by its route below the base URL's path."""
        if self.global_tracer and isinstance(trace.get_tracer_provider(), _NO_PROVIDER):
            # No provider set: the span would record nothing, and its attributes (the URL's
            # parts as strings) cost more than the rest of a mocked request (17 µs of it).
            return trace.INVALID_SPAN
        path = str(url.path)
        route = path[len(base_path) :] if path.startswith(base_path) else path
        span: Span = self.tracer.start_span(
            f"{method} {_ID_SEGMENT.sub(_template, route)}",
            kind=SpanKind.CLIENT,
            attributes={
                "http.request.method": method,
                "server.address": str(url.host),
                "server.port": int(url.port or (443 if url.scheme == "https" else 80)),
                "url.full": str(url.copy_with(query=None, fragment=None)),
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


class SessionTrace:
    """The spans and measurements of one session: its span, one per response, tool spans.

    A response ends on the receive path, so what every response shares is made once per
    session (the attribute sets of its measurements, the session span's context), and a
    session whose span is not recorded (no SDK configured, or sampled out) makes no child
    spans: they would not be recorded either. Measurements are always recorded."""

    __slots__ = (
        "_attrs",
        "_clock0",
        "_inst",
        "_measured",
        "_now",
        "_parent",
        "_recording",
        "_wall0",
        "session",
    )

    def __init__(
        self,
        inst: Instruments,
        now: Callable[[], float],
        *,
        model: str | None,
        server: tuple[str, int] | None,
        kind: str,
        started: tuple[float, int] | None = None,
    ) -> None:
        self._inst = inst
        self._now = now
        # The session's start: now, or (clock, wall clock ns) taken when it opened (a trace
        # made on first use, _deferred.DeferredTrace).
        self._clock0, self._wall0 = started if started is not None else (now(), time.time_ns())
        attrs: dict[str, Any] = {"gen_ai.system": SYSTEM, "gen_ai.provider.name": SYSTEM}
        if model:
            attrs["gen_ai.request.model"] = model
        if server is not None:
            attrs["server.address"], attrs["server.port"] = server
        self._attrs = attrs
        self.session = inst.tracer.start_span(
            f"{kind} {model}" if model else kind,
            kind=SpanKind.CLIENT,
            attributes={**attrs, "gen_ai.operation.name": kind},
            start_time=self._wall0,
        )
        self._recording: bool = self.session.is_recording()
        self._parent = trace.set_span_in_context(self.session)
        self._measured = self._measurement_attrs()

    def _measurement_attrs(self) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """A response's attributes, and its input and output token measurements'."""
        attrs: dict[str, Any] = {**self._attrs, "gen_ai.operation.name": OPERATION}
        return (
            attrs,
            {**attrs, "gen_ai.token.type": "input"},
            {**attrs, "gen_ai.token.type": "output"},
        )

    def ns(self, t: float) -> int:
        """Clock seconds -> wall-clock nanoseconds (the spans' timestamps)."""
        return self._wall0 + round((t - self._clock0) * 1e9)

    def model(self, model: str) -> None:
        """The session's model, as the server reports it (a WebRTC call's URL has none)."""
        if self._attrs.get("gen_ai.request.model") != model:
            self._attrs["gen_ai.request.model"] = model
            self.session.set_attribute("gen_ai.request.model", model)
            self._measured = self._measurement_attrs()

    def session_id(self, session_id: str) -> None:
        self.session.set_attribute("gen_ai.conversation.id", session_id)

    def response(
        self, m: ResponseMetrics, start: float, end: float, error_type: str | None
    ) -> trace.SpanContext | None:
        """Record one ended response: its span (started at its start, ended at
        ``response.done``) and its measurements. Returns the span's context, the parent of
        the tool spans its function calls start (``None``: the session is not recorded)."""
        attrs, input_attrs, output_attrs = self._measured
        inst = self._inst
        if inst.measuring():
            measured = attrs if error_type is None else {**attrs, "error.type": error_type}
            inst.duration.record(m.duration_ms / 1000, measured)
            if m.input_tokens is not None:
                inst.tokens.record(m.input_tokens, input_attrs)
            if m.output_tokens is not None:
                inst.tokens.record(m.output_tokens, output_attrs)
            if m.time_to_first_audio_ms is not None:
                inst.first_audio.record(m.time_to_first_audio_ms / 1000, attrs)
        if not self._recording:
            return None
        span_attrs: dict[str, Any] = {
            **attrs,
            "gen_ai.response.id": m.response_id,
            "gen_ai.response.finish_reasons": (m.status,),
            "realtime_ext.response.trigger": m.trigger,
            "realtime_ext.response.interrupted": m.interrupted,
        }
        for name, value in (
            ("gen_ai.usage.input_tokens", m.input_tokens),
            ("gen_ai.usage.output_tokens", m.output_tokens),
            ("gen_ai.usage.cache_read.input_tokens", m.cached_tokens),
            ("realtime_ext.response.time_to_first_audio_ms", m.time_to_first_audio_ms),
            ("realtime_ext.response.time_to_first_text_ms", m.time_to_first_text_ms),
            ("realtime_ext.response.audio_ms", m.audio_ms),
            ("realtime_ext.response.truncated_at_ms", m.truncated_at_ms),
        ):
            if value is not None:
                span_attrs[name] = value
        if error_type is not None:
            span_attrs["error.type"] = error_type
        model = self._attrs.get("gen_ai.request.model")
        span = inst.tracer.start_span(
            f"{OPERATION} {model}" if model else OPERATION,
            context=self._parent,
            kind=SpanKind.CLIENT,
            attributes=span_attrs,
            start_time=self.ns(start),
        )
        if error_type is not None:
            span.set_status(Status(StatusCode.ERROR, error_type))
        span.end(end_time=self.ns(end))
        context: trace.SpanContext = span.get_span_context()
        return context

    def truncated(self, m: ResponseMetrics) -> None:
        """A response's audio cut after it ended (the user spoke over it): an event on the
        session span (the response's span has ended)."""
        self._after_end(
            m,
            "realtime_ext.response.truncated",
            "realtime_ext.response.truncated_at_ms",
            m.truncated_at_ms or 0,
        )

    def played(self, m: ResponseMetrics) -> None:
        """A WebRTC/SIP response's audio finished playing after it ended: an event on the
        session span with its ``audio_ms`` (the response's span has ended)."""
        self._after_end(
            m, "realtime_ext.response.played", "realtime_ext.response.audio_ms", m.audio_ms or 0.0
        )

    def _after_end(self, m: ResponseMetrics, event: str, key: str, value: float) -> None:
        # What changed once a response's span had ended: an event on the session span.
        self.session.add_event(
            event, {"gen_ai.response.id": m.response_id, key: value}, timestamp=self.ns(self._now())
        )

    def first_audio(self, ms: float) -> None:
        """A translation session's first translated audio."""
        self.session.set_attribute("realtime_ext.session.time_to_first_audio_ms", ms)
        self._inst.first_audio.record(
            ms / 1000, {**self._attrs, "gen_ai.operation.name": "translation"}
        )

    def tool_started(self, name: str, call_id: str | None, parent: object) -> Span:
        if not self._recording:
            return trace.INVALID_SPAN  # ended and annotated as a no-op
        context = (
            trace.set_span_in_context(trace.NonRecordingSpan(parent))
            if isinstance(parent, trace.SpanContext)
            else self._parent
        )
        attrs: dict[str, Any] = {
            **self._attrs,
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": name,
            "gen_ai.tool.type": "function",
        }
        if call_id:
            attrs["gen_ai.tool.call.id"] = call_id
        span: Span = self._inst.tracer.start_span(
            f"execute_tool {name}",
            context=context,
            kind=SpanKind.INTERNAL,
            attributes=attrs,
            start_time=self.ns(self._now()),
        )
        return span

    def tool_ended(self, span: Span, error_type: str | None) -> None:
        if error_type is not None:
            span.set_attribute("error.type", error_type)
            span.set_status(Status(StatusCode.ERROR, error_type))
        span.end(end_time=self.ns(self._now()))

    def end(self, attributes: Mapping[str, Any]) -> None:
        for name, value in attributes.items():
            if value is not None:
                self.session.set_attribute(name, value)
        self.session.end(end_time=self.ns(self._now()))
