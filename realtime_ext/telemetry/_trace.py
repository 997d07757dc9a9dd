"""A session's spans and measurements (OpenTelemetry's GenAI semantic conventions), made on
first use: OpenTelemetry is imported after the connection's first event.

Times come from the conversation's clock (a ``ManualClock`` in tests), mapped onto the wall
clock once per session, so a span's duration is exactly the figure in ``ResponseMetrics``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._metrics import DelegationMetrics, ResponseMetrics

SYSTEM = "openai"
OPERATION = "chat"
"""``gen_ai.operation.name`` of a response: the conventions' name for a model generating a
reply in a conversation (a Realtime response is one turn of one)."""


class SessionTrace:
    """The spans and measurements of one session: its span, one per response, tool spans.

    Made as the session opens, it imports OpenTelemetry and starts the session span (at that
    same instant, on the wall clock) only when something is to be recorded: a response, a
    tool call, a figure, the end. The session id and model the first events tell are kept
    until then; a short-lived process pays nothing for tracing before its first response.

    A response ends on the receive path, so what every response shares is made once per
    session (the attribute sets of its measurements, the session span's context), and a
    session whose span is not recorded (no SDK configured, or sampled out) makes no child
    spans: they would not be recorded either. Measurements are always recorded.

    Example:
        >>> from realtime_ext.telemetry import Telemetry
        >>> trace = SessionTrace(Telemetry().instruments, lambda: 0.0, model="m", server=None,
        ...                      kind="realtime")
        >>> trace.session_id("sess_1")  # kept; nothing imported yet
    """

    __slots__ = (
        "_attrs",
        "_clock0",
        "_inst",
        "_instruments",
        "_kind",
        "_measured",
        "_now",
        "_otel",
        "_parent",
        "_recording",
        "_session_id",
        "_wall0",
        "session",
    )

    def __init__(
        self,
        instruments: Callable[[], Any],
        now: Callable[[], float],
        *,
        model: str | None,
        server: tuple[str, int] | None,
        kind: str,
    ) -> None:
        # Telemetry.instruments: the tracer and histograms (made once per process).
        self._instruments = instruments
        self._now = now
        self._kind = kind
        # The session's start, on the conversation's clock and the wall clock: the span
        # starts here however late it is made.
        self._clock0, self._wall0 = now(), time.time_ns()
        attrs: dict[str, Any] = {"gen_ai.system": SYSTEM, "gen_ai.provider.name": SYSTEM}
        if model:
            attrs["gen_ai.request.model"] = model
        if server is not None:
            attrs["server.address"], attrs["server.port"] = server
        self._attrs = attrs
        self._measured = self._measurement_attrs()
        self._session_id: str | None = None
        self._otel: Any = None  # opentelemetry.trace, once started
        self._inst: Any = None
        self._parent: Any = None
        self._recording = False
        self.session: Any = None
        """The session span (``None`` until something is recorded)."""

    def _started(self) -> Any:
        """``opentelemetry.trace``, the session span started (on first use)."""
        if self._otel is None:
            from opentelemetry import trace

            self._inst = inst = self._instruments()
            assert inst is not None  # made only with telemetry on and the API there
            kind, model = self._kind, self._attrs.get("gen_ai.request.model")
            self.session = inst.tracer.start_span(
                f"{kind} {model}" if model else kind,
                kind=trace.SpanKind.CLIENT,
                attributes={**self._attrs, "gen_ai.operation.name": kind},
                start_time=self._wall0,
            )
            if self._session_id is not None:
                self.session.set_attribute("gen_ai.conversation.id", self._session_id)
            self._recording = self.session.is_recording()
            self._parent = trace.set_span_in_context(self.session)
            self._otel = trace
        return self._otel

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
            if self.session is not None:
                self.session.set_attribute("gen_ai.request.model", model)
            self._measured = self._measurement_attrs()

    def session_id(self, session_id: str) -> None:
        """The server's session id."""
        self._session_id = session_id
        if self.session is not None:
            self.session.set_attribute("gen_ai.conversation.id", session_id)

    def response(self, m: ResponseMetrics, start: float, end: float, error_type: str | None) -> Any:
        """Record one ended response: its span (started at its start, ended at
        ``response.done``) and its measurements. Returns the span's context, the parent of
        the tool spans its function calls start (``None``: the session is not recorded)."""
        otel = self._started()
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
            # A float: OpenTelemetry's attribute values have no decimal type.
            ("realtime_ext.response.cost_usd", None if m.cost is None else float(m.cost)),
        ):
            if value is not None:
                span_attrs[name] = value
        if error_type is not None:
            span_attrs["error.type"] = error_type
        model = self._attrs.get("gen_ai.request.model")
        span = inst.tracer.start_span(
            f"{OPERATION} {model}" if model else OPERATION,
            context=self._parent,
            kind=otel.SpanKind.CLIENT,
            attributes=span_attrs,
            start_time=self.ns(start),
        )
        if error_type is not None:
            span.set_status(otel.Status(otel.StatusCode.ERROR, error_type))
        span.end(end_time=self.ns(end))
        return span.get_span_context()

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
        self._started()
        self.session.add_event(
            event, {"gen_ai.response.id": m.response_id, key: value}, timestamp=self.ns(self._now())
        )

    def first_audio(self, ms: float) -> None:
        """A translation connection's first translated audio."""
        self._started()
        self.session.set_attribute("realtime_ext.session.time_to_first_audio_ms", ms)
        self._inst.first_audio.record(
            ms / 1000, {**self._attrs, "gen_ai.operation.name": "translation"}
        )

    def delegation(self, m: DelegationMetrics, start: float, end: float) -> None:
        """Record one ended GPT-Live delegation: its span, a child of the session's, from
        ``session.delegation.created`` to its result (failed unless ``completed``)."""
        otel = self._started()
        if not self._recording:
            return
        attrs: dict[str, Any] = {
            **self._attrs,
            "gen_ai.operation.name": "invoke_agent",
            "realtime_ext.delegation.id": m.delegation_id,
            "realtime_ext.delegation.target": m.target,
            "realtime_ext.delegation.duration_ms": m.duration_ms,
        }
        span = self._inst.tracer.start_span(
            f"delegate {m.target}",
            context=self._parent,
            kind=otel.SpanKind.INTERNAL,
            attributes=attrs,
            start_time=self.ns(start),
        )
        if m.status != "completed":
            span.set_attribute("error.type", m.status)
            span.set_status(otel.Status(otel.StatusCode.ERROR, m.status))
        span.end(end_time=self.ns(end))

    def tool_started(self, name: str, call_id: str | None, parent: object) -> Any:
        """A tool call's span (a no-op one when the session is not recorded)."""
        otel = self._started()
        if not self._recording:
            return otel.INVALID_SPAN  # ended and annotated as a no-op
        context = (
            otel.set_span_in_context(otel.NonRecordingSpan(parent))
            if isinstance(parent, otel.SpanContext)
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
        return self._inst.tracer.start_span(
            f"execute_tool {name}",
            context=context,
            kind=otel.SpanKind.INTERNAL,
            attributes=attrs,
            start_time=self.ns(self._now()),
        )

    def tool_ended(self, span: Any, error_type: str | None) -> None:
        """End a :meth:`tool_started` span, failed when ``error_type`` is given."""
        if error_type is not None:
            otel = self._started()
            span.set_attribute("error.type", error_type)
            span.set_status(otel.Status(otel.StatusCode.ERROR, error_type))
        span.end(end_time=self.ns(self._now()))

    def end(self, attributes: Mapping[str, Any], tool_counts: Mapping[str, int]) -> None:
        """End the session span with ``attributes`` (the session's figures), and add the
        session's ``tool_counts`` to the counter (one point per count's name)."""
        self._started()
        inst = self._inst
        if tool_counts and inst.measuring():
            for name, count in tool_counts.items():
                if count:
                    inst.tool_counts.add(count, {**self._attrs, "realtime_ext.tool.count": name})
        for name, value in attributes.items():
            if value is not None:
                self.session.set_attribute(name, value)
        self.session.end(end_time=self.ns(self._now()))
