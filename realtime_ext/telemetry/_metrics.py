"""What a session measured: one :class:`ResponseMetrics` per response, and the session's figures.

Plain values, computed by the recorder (``_recorder``) from the events a conversation
receives and sends, on the conversation's clock. Nothing here needs OpenTelemetry.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, overload

if TYPE_CHECKING:
    from realtime_ext.conversation import Extension

Trigger = Literal["speech_stopped", "response.create", "server"]
"""What started a response: the server's ``input_audio_buffer.speech_stopped`` (server VAD),
a ``response.create`` this connection sent (the app, or the tool loop after a tool ran), or
the server on its own (another client of the session asked, or the start was not seen).
On GPT-Live, where a turn is a response: ``speech_stopped`` when the user spoke before the
model's reply (the wait runs from the end of the user's transcript), ``server`` when the
model spoke on its own."""

MAX_KEPT = 1000
"""Responses a session keeps (the most recent); ``SessionMetrics.count`` counts them all."""


class ResponseMetrics(NamedTuple):
    """The figures of one response, in milliseconds on the connection's clock.

    Every duration counts from the response's start as this connection saw it: the
    ``speech_stopped`` event that ended the user's turn, the ``response.create`` it sent,
    or (``trigger == "server"``) the ``response.created`` event.

    Immutable, compared by value; ``m._replace(audio_ms=...)`` makes a changed copy. (A
    named tuple rather than a frozen dataclass: one is built per response on the receive
    path, in 0.3 µs where a frozen dataclass takes 1.2 µs.)

    Example:
        >>> m = ResponseMetrics(response_id="resp_1", trigger="response.create",
        ...     time_to_first_audio_ms=240.0, time_to_first_text_ms=180.0, duration_ms=900.0,
        ...     audio_ms=600.0, input_tokens=12, output_tokens=30, cached_tokens=0,
        ...     status="completed", interrupted=False, truncated_at_ms=None)
        >>> m.time_to_first_audio_ms
        240.0
    """

    response_id: str
    trigger: Trigger
    time_to_first_audio_ms: float | None
    """Until the first audio: an audio delta, or on WebRTC/SIP ``output_audio_buffer.started``
    (``None``: the response had no audio)."""
    time_to_first_text_ms: float | None
    """Until the first text: a text delta or a delta of the audio's transcript."""
    duration_ms: float
    """Until ``response.done``."""
    audio_ms: float | None
    """Milliseconds of audio the deltas carried, in the session's output format. On WebRTC and
    SIP, where the audio is media: the time the server played it, from
    ``output_audio_buffer.started`` to ``.stopped`` or ``.cleared``, which usually come after
    ``response.done`` (the entry is then updated in place and logged again). ``None``: no
    audio, or not played out yet."""
    input_tokens: int | None
    output_tokens: int | None
    cached_tokens: int | None
    """``usage.input_token_details.cached_tokens`` of ``response.done`` (``None``: not given)."""
    status: str
    """``response.done``'s status: ``completed``, ``cancelled``, ``failed``, ``incomplete``."""
    interrupted: bool
    """Cancelled (a barge-in or ``response.cancel``), or an item of it truncated."""
    truncated_at_ms: int | None
    """``audio_end_ms`` of the truncation of its audio (the user heard that much), if any. It
    may come after ``response.done``: the audio was still playing when the user spoke."""
    cost: Decimal | None = None
    """What the response cost, in US dollars: its usage priced by the telemetry's table
    (``Telemetry(prices=...)``, by default ``realtime_ext.telemetry.PRICES``); ``None``
    when it cannot be priced (a model or a modality with no price, no usage) and for a
    GPT-Live turn (GPT-Live bills the session by the second: ``SessionMetrics.cost``)."""

    def as_dict(self) -> dict[str, Any]:
        """The figures as a plain dict (the structured log record's ``realtime_metrics``):
        JSON-ready, so the cost is its exact decimal string.

        Example:
            >>> m = ResponseMetrics("r", "server", None, None, 1.0, None, None, None, None,
            ...     "completed", False, None, Decimal("0.000516"))
            >>> m.as_dict()["duration_ms"], m.as_dict()["cost"]
            (1.0, '0.000516')
        """
        figures = self._asdict()
        if self.cost is not None:
            figures["cost"] = str(self.cost)
        return figures


class DelegationMetrics(NamedTuple):
    """One GPT-Live delegation, measured: from ``session.delegation.created`` to its result
    (the app's ``session.commentary.append`` naming it; the hosted backend's last response
    done; a Decisions result), in milliseconds on the connection's clock.

    Example:
        >>> d = DelegationMetrics("item_1", "client", 850.0, "completed")
        >>> d.duration_ms
        850.0
    """

    delegation_id: str
    target: str
    """Who answered: ``client``, ``responses`` or ``decisions``."""
    duration_ms: float
    status: str
    """``completed``, ``failed`` (the backend failed) or ``lost`` (the session ended first:
    a delegation id is valid only on the connection that made it)."""

    def as_dict(self) -> dict[str, Any]:
        """The figures as a plain dict (the structured log record's ``realtime_metrics``).

        Example:
            >>> DelegationMetrics("d", "client", 1.0, "completed").as_dict()["target"]
            'client'
        """
        return self._asdict()


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) by linear interpolation between the closest ranks
    (numpy's default); ``None`` for no values.

    Example:
        >>> percentile([100.0, 200.0, 300.0, 400.0], 50)
        250.0
        >>> percentile([100.0], 95)
        100.0
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


class SessionMetrics:
    """``SessionMetrics.of(conn)``: the responses measured so far (indexable and iterable, oldest
    first) and the session's figures. Live: it grows as responses end. (Not a
    ``Sequence``: ``count`` is the number of responses, not ``Sequence.count``.)

    Example::

        conn.run_until("response.done")
        metrics = SessionMetrics.of(conn)
        print(metrics[-1].time_to_first_audio_ms, metrics.time_to_first_audio_p95_ms)
    """

    __slots__ = (
        "_delegations",
        "_extensions",
        "_first_audio_ms",
        "_responses",
        "_seconds_before",
        "_seconds_now",
        "_session_cost",
        "_spent",
        "context_window_ratio",
        "count",
    )

    def __init__(self) -> None:
        self._responses: deque[ResponseMetrics] = deque(maxlen=MAX_KEPT)
        self.count: int = 0
        """Responses measured since the session opened (the sequence keeps the last 1,000)."""
        self._first_audio_ms: float | None = None
        self._delegations: deque[DelegationMetrics] = deque(maxlen=MAX_KEPT)
        self._seconds_before = 0.0  # GPT-Live: the usage of the sessions moved away from
        self._seconds_now: float | None = None
        # What the sessions cost so far (None: something could not be priced), and what
        # the current GPT-Live session's usage costs (replaced at each report).
        self._spent: Decimal | None = Decimal(0)
        self._session_cost: Decimal | None = Decimal(0)
        # The conversation's extensions, read for their tool counts (None: not added).
        self._extensions: Callable[[], Iterable[Extension]] | None = None
        self.context_window_ratio: float | None = None
        """GPT-Live: the share of the model's context window in use, as last reported
        (``session.usage.updated``'s ``context_window.usage_ratio``; it may drop after the
        server compacts); ``None`` until reported, and on the Realtime API."""

    @classmethod
    def of(cls, conn: Any) -> SessionMetrics:
        """The metrics of the extension of ``conn`` that measures it (see ``measure``); empty
        when none does (no ``telemetry=``).

        Example::

            print(SessionMetrics.of(conn).count)
        """
        for ext in conn.extensions:
            if isinstance(ext, MetricsSource):
                return ext.metrics
        return cls()

    # -- the recorder's side ---------------------------------------------------------------
    def add(self, metrics: ResponseMetrics) -> None:
        """Add an ended response (the recorder calls it; apps only read)."""
        self._responses.append(metrics)
        self.count += 1
        self.spend(metrics.cost)
        if self._first_audio_ms is None and metrics.time_to_first_audio_ms is not None:
            self._first_audio_ms = metrics.time_to_first_audio_ms

    def replace(self, old: ResponseMetrics, new: ResponseMetrics) -> bool:
        """Put ``new`` where ``old`` is (a truncation after the response ended)."""
        responses = self._responses
        for index in range(len(responses) - 1, -1, -1):
            if responses[index] is old:
                responses[index] = new
                return True
        return False

    def latest(self, response_id: str) -> ResponseMetrics | None:
        """The kept metrics of response ``response_id`` (the most recent first), if any."""
        for metrics in reversed(self._responses):
            if metrics.response_id == response_id:
                return metrics
        return None

    def add_delegation(self, metrics: DelegationMetrics) -> None:
        """Add an ended GPT-Live delegation (the recorder calls it)."""
        self._delegations.append(metrics)

    def usage(self, seconds: float | None, ratio: float | None) -> None:
        """A GPT-Live session's usage as reported (cumulative for that session)."""
        if seconds is not None:
            self._seconds_now = seconds
        if ratio is not None:
            self.context_window_ratio = ratio

    def next_session(self) -> None:
        """The conversation moved to a new GPT-Live session: its usage counts from zero."""
        if self._seconds_now is not None:
            self._seconds_before += self._seconds_now
            self._seconds_now = 0.0
        self.spend(self._session_cost)
        self._session_cost = Decimal(0)

    def session_cost(self, cost: Decimal | None) -> None:
        """A GPT-Live session's cost so far, from its cumulative usage (replaces the last
        reported; ``None``: it cannot be priced)."""
        self._session_cost = cost

    def spend(self, cost: Decimal | None) -> None:
        """Add ``cost`` (US dollars) to the session's; ``None``: a charge that could not be
        priced, so the session's cost is unknown from now on (the recorder calls it)."""
        if cost is None or self._spent is None:
            self._spent = None
        else:
            self._spent += cost

    def count_tools_of(self, extensions: Callable[[], Iterable[Extension]]) -> None:
        """Report the tool counts of the extensions ``extensions()`` gives (the recorder
        passes its conversation's, when it is added)."""
        self._extensions = extensions

    def first_audio(self, ms: float) -> None:
        """Set a translation connection's one wait, the first time only."""
        if self._first_audio_ms is None:
            self._first_audio_ms = ms

    # -- what users read -------------------------------------------------------------------
    @overload
    def __getitem__(self, index: int) -> ResponseMetrics: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ResponseMetrics]: ...
    def __getitem__(self, index: int | slice) -> ResponseMetrics | Sequence[ResponseMetrics]:
        if isinstance(index, slice):
            return tuple(self._responses)[index]
        return self._responses[index]

    def __len__(self) -> int:
        return len(self._responses)

    def __iter__(self) -> Iterator[ResponseMetrics]:
        return iter(tuple(self._responses))

    @property
    def time_to_first_audio_ms(self) -> float | None:
        """The session's first wait for audio: the first response with audio's (a translation
        session: from the first audio sent to the first translated audio)."""
        return self._first_audio_ms

    @property
    def tool_counts(self) -> dict[str, int]:
        """What the session's tool loops (``conn.run_tools``) counted so far, added up by
        name: ``calls`` (outputs sent), ``responses``, ``approval_requests``, ``approved``,
        ``rejected``, ``fillers``, ``fillers_skipped``, ``cancelled``, ``late``,
        ``barge_ins``, ``abandoned`` (GPT-Live's also ``commentary`` and ``refused``);
        empty with no tool loop (any extension's ``Extension.tool_counts()``).

        Example::

            conn.run_until("response.done")
            print(SessionMetrics.of(conn).tool_counts.get("fillers", 0))
        """
        counts: dict[str, int] = {}
        if self._extensions is not None:
            for ext in self._extensions():
                for name, value in (ext.tool_counts() or {}).items():
                    counts[name] = counts.get(name, 0) + value
        return counts

    @property
    def delegations(self) -> tuple[DelegationMetrics, ...]:
        """GPT-Live: the delegations that ended, oldest first (the last 1,000).

        Example::

            for d in SessionMetrics.of(conn).delegations:
                print(d.target, d.duration_ms)
        """
        return tuple(self._delegations)

    @property
    def usage_seconds(self) -> float | None:
        """GPT-Live: the audio seconds billed, over every session the connection moved
        through (each session's ``usage.seconds`` is cumulative: the last reported of each,
        added); ``None`` until the server reports usage, and on the Realtime API (tokens:
        per response)."""
        if self._seconds_now is None:
            return None
        return self._seconds_before + self._seconds_now

    @property
    def cost(self) -> Decimal | None:
        """What the session cost so far, in US dollars, priced by the telemetry's table:
        on the Realtime API its responses' costs added; on GPT-Live each session's
        reported usage (active and standby seconds, a WebRTC session's start charge) and
        its backend's tokens. ``None`` when something in it could not be priced (a model
        with no price, a response with no usage): never a partial sum. It is also
        ``conn.cost``.

        Example::

            conn.run_until("response.done")
            print(SessionMetrics.of(conn).cost)  # Decimal('0.000336')
        """
        if self._spent is None or self._session_cost is None:
            return None
        return self._spent + self._session_cost

    def _audio_waits(self) -> list[float]:
        waits = [m.time_to_first_audio_ms for m in self._responses]
        found = [w for w in waits if w is not None]
        if not found and self._first_audio_ms is not None:
            found = [self._first_audio_ms]  # a translation connection: its one wait
        return found

    @property
    def time_to_first_audio_p50_ms(self) -> float | None:
        """Median time to first audio over the responses kept (``None``: none had audio)."""
        return percentile(self._audio_waits(), 50)

    @property
    def time_to_first_audio_p95_ms(self) -> float | None:
        """95th percentile of the time to first audio over the responses kept."""
        return percentile(self._audio_waits(), 95)

    def __repr__(self) -> str:
        return (
            f"SessionMetrics(count={self.count}, "
            f"time_to_first_audio_p50_ms={self.time_to_first_audio_p50_ms}, "
            f"time_to_first_audio_p95_ms={self.time_to_first_audio_p95_ms})"
        )


class MetricsSource:
    """What :meth:`SessionMetrics.of` finds among a session's extensions: the one that
    measures it (each recorder), holding its :class:`SessionMetrics`."""

    __slots__ = ()
    metrics: SessionMetrics
