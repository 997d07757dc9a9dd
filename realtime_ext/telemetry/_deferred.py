"""A session's trace, made when first needed: OpenTelemetry is imported after the first event.

A conversation's recorder is made as it opens. Making its :class:`~._otel.SessionTrace` then
imported OpenTelemetry's API (some twenty modules) and built the instruments before the
connection's first event, a cost every short-lived process paid whether or not a response
ever came. :class:`DeferredTrace` stands in for it: it takes the session's start (clock and
wall clock) at once, keeps the session id and model the first events tell, and makes the
real trace (the same span, started at that same instant, the same attributes) when something
is to be recorded: a response, a tool call, a figure, the end.

Example:
    >>> from realtime_ext.telemetry import Telemetry
    >>> trace = DeferredTrace(Telemetry(), lambda: 0.0, model="m", server=None, kind="realtime")
    >>> trace.session_id("sess_1")  # kept; nothing imported yet
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._options import Telemetry

if TYPE_CHECKING:
    from opentelemetry.trace import Span, SpanContext

    from ._metrics import ResponseMetrics
    from ._otel import SessionTrace


class DeferredTrace:
    """A :class:`~._otel.SessionTrace` made on first use (see the module docstring).

    Example:
        >>> trace = DeferredTrace(Telemetry(), lambda: 0.0, model=None, server=None,
        ...                       kind="realtime")
        >>> trace.model("gpt-realtime")
    """

    __slots__ = (
        "_kind",
        "_made",
        "_model",
        "_now",
        "_server",
        "_session_id",
        "_started",
        "_telemetry",
    )

    def __init__(
        self,
        telemetry: Telemetry,
        now: Callable[[], float],
        *,
        model: str | None,
        server: tuple[str, int] | None,
        kind: str,
    ) -> None:
        self._telemetry = telemetry
        self._now = now
        self._model = model
        self._server = server
        self._kind = kind
        self._session_id: str | None = None
        self._made: SessionTrace | None = None
        # The session's start, on the conversation's clock and the wall clock: the span
        # starts here however late it is made.
        self._started = (now(), time.time_ns())

    def _trace(self) -> SessionTrace:
        made = self._made
        if made is None:
            from ._otel import SessionTrace

            instruments = self._telemetry.instruments()
            assert instruments is not None  # made only with telemetry on and the API there
            made = SessionTrace(
                instruments,
                self._now,
                model=self._model,
                server=self._server,
                kind=self._kind,
                started=self._started,
            )
            if self._session_id is not None:
                made.session_id(self._session_id)
            self._made = made
        return made

    def model(self, model: str) -> None:
        """The session's model, as the server reports it."""
        made = self._made
        if made is None:
            self._model = model
        else:
            made.model(model)

    def session_id(self, session_id: str) -> None:
        """The server's session id."""
        made = self._made
        if made is None:
            self._session_id = session_id
        else:
            made.session_id(session_id)

    def response(
        self, m: ResponseMetrics, start: float, end: float, error_type: str | None
    ) -> SpanContext | None:
        """See :meth:`~._otel.SessionTrace.response`."""
        return self._trace().response(m, start, end, error_type)

    def truncated(self, m: ResponseMetrics) -> None:
        """See :meth:`~._otel.SessionTrace.truncated`."""
        self._trace().truncated(m)

    def played(self, m: ResponseMetrics) -> None:
        """See :meth:`~._otel.SessionTrace.played`."""
        self._trace().played(m)

    def first_audio(self, ms: float) -> None:
        """See :meth:`~._otel.SessionTrace.first_audio`."""
        self._trace().first_audio(ms)

    def tool_started(self, name: str, call_id: str | None, parent: object) -> Span:
        """See :meth:`~._otel.SessionTrace.tool_started`."""
        return self._trace().tool_started(name, call_id, parent)

    def tool_ended(self, span: Span, error_type: str | None) -> None:
        """See :meth:`~._otel.SessionTrace.tool_ended`."""
        self._trace().tool_ended(span, error_type)

    def end(self, attributes: Mapping[str, Any]) -> None:
        """See :meth:`~._otel.SessionTrace.end`."""
        self._trace().end(attributes)
