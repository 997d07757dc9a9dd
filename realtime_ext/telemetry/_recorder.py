"""The recorder: per-response metrics from a conversation's events, sans I/O.

A conversation extension (:func:`measure` attaches it): the conversation hands it every
received event whose type has a handler in :attr:`noted` (the table its ``notes()`` gives,
read once per event;
the recorder changes it in place, so deltas cost nothing once the first of a response was
seen, except audio deltas, counted while a response is open without a source that counts
them), every client event it sends, and each tool run. It stamps events with the
conversation's clock, builds a :class:`ResponseMetrics` at ``response.done``, logs it at INFO,
and reports it to OpenTelemetry when that is installed. One recorder per conversation;
bounded whatever the peer sends.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

import msgspec

from realtime_ext.audio import PCM, output_format_of
from realtime_ext.conversation import Extension, Link
from realtime_ext.events import as_dict, b64_size, field
from realtime_ext.provider import get_logger, is_dict, is_list

from ._available import AudioSource
from ._metrics import MetricsSource, ResponseMetrics, SessionMetrics, Trigger
from ._prices import PRICES, ModelPrices, TokenPrices
from ._trace import SessionTrace

if TYPE_CHECKING:
    from ._otel import Instruments


class Measuring(Protocol):
    """What a recorder is made from (a ``Telemetry``): whether it is on, and its
    OpenTelemetry instruments."""

    @property
    def enabled(self) -> bool: ...

    @property
    def prices(self) -> Mapping[str, ModelPrices]: ...

    def instruments(self) -> Instruments | None: ...


logger = get_logger("realtime_ext.metrics")

Now = Callable[[], float]
Note = Callable[[Any], None]

MAX_OPEN = 64
"""Responses in progress tracked at once (a peer that never ends them cannot grow it)."""
MAX_ITEMS = 256
"""Output items remembered for a truncation that comes after their response ended."""
MAX_ASKED = 16
_NOT_COUNTING = object()
"""The counted response id when no response is counted: equal to no ``response_id``."""
_NOTHING_NOTED = 8
"""The state before the first :meth:`ConversationRecorder._refresh` (its bits are 0-7)."""

AUDIO_DELTAS = ("response.output_audio.delta", "response.audio.delta")
TEXT_DELTAS = (
    "response.output_text.delta",
    "response.text.delta",
    "response.output_audio_transcript.delta",
    "response.audio_transcript.delta",
)
AUDIO_STARTED = "output_audio_buffer.started"
AUDIO_ENDED = ("output_audio_buffer.stopped", "output_audio_buffer.cleared")
"""On WebRTC and SIP the audio is media, not deltas: the server plays a response's audio from
``output_audio_buffer.started`` until one of these, and that time is its ``audio_ms``."""


def _int(value: object) -> int | None:
    return value if type(value) is int else None


class _Open(msgspec.Struct, gc=False):
    """A response in progress (a ``msgspec.Struct``: one is built per response, in a
    tenth of a dataclass's time)."""

    response_id: str
    trigger: Trigger
    start: float
    first_audio: float | None = None
    first_text: float | None = None
    audio_bytes: int = 0
    has_audio: bool = False
    truncated_at_ms: int | None = None
    played_ms: float | None = None
    counted_by: tuple[AudioSource, ...] = ()
    """Sources that counted its audio and were replaced while it was in progress."""


class Recorder(Extension, MetricsSource):
    """What a conversation tells its metrics extension; see the module docstring."""

    __slots__ = ("metrics", "noted", "trace")

    def __init__(self, trace: SessionTrace | None) -> None:
        self.metrics = SessionMetrics()
        self.noted: dict[str, Note | None] = {}
        """The received event types it may look at, each with its handler now (``None``:
        not now)."""
        self.trace = trace

    def notes(self) -> dict[str, Note | None]:
        """:attr:`noted`: the conversation reads it for each event (no ``received``)."""
        return self.noted

    def count_audio_with(self, source: AudioSource | None) -> None:
        """Take each response's audio bytes from ``source`` (``None``: count the deltas);
        :func:`measure` passes its ``audio_source``."""

    def cost(self) -> Decimal | None:
        """What the session cost so far (``conn.cost``): :attr:`SessionMetrics.cost`."""
        return self.metrics.cost

    def added(self, link: Link) -> None:
        """Count the tool loops' calls: the metrics read the conversation's extensions."""
        conversation: Any = link.conversation  # a Conversation or an AsyncConversation
        self.metrics.count_tools_of(lambda: conversation.extensions)

    def figures(self) -> dict[str, Any]:
        """The session's figures, the session span's attributes at its end."""
        cost = self.cost()
        return {
            # A float: OpenTelemetry's attribute values have no decimal type.
            "realtime_ext.session.cost_usd": None if cost is None else float(cost),
            "realtime_ext.session.responses": self.metrics.count,
            "realtime_ext.session.time_to_first_audio_p50_ms": (
                self.metrics.time_to_first_audio_p50_ms
            ),
            "realtime_ext.session.time_to_first_audio_p95_ms": (
                self.metrics.time_to_first_audio_p95_ms
            ),
            **{
                f"realtime_ext.session.tools.{name}": count
                for name, count in self.metrics.tool_counts.items()
            },
        }

    def closed(self) -> None:
        """The conversation closed: the session span ends."""
        trace, self.trace = self.trace, None
        if trace is not None:
            trace.end(self.figures(), self.metrics.tool_counts)


class ConversationRecorder(Recorder):
    """Response metrics of a Realtime conversation (WebSocket, WebRTC, sideband)."""

    __slots__ = (
        "_always",
        "_asked",
        "_bytes_per_ms",
        "_calls",
        "_changes",
        "_counting",
        "_counting_id",
        "_current",
        "_early",
        "_idle",
        "_items",
        "_model",
        "_noting",
        "_now",
        "_open",
        "_playing",
        "_prices",
        "_session_id",
        "_sessions",
        "_source",
        "_speech_stopped",
    )

    def __init__(
        self,
        now: Now,
        trace: SessionTrace | None,
        prices: Mapping[str, ModelPrices] = PRICES,
        *,
        model: str | None = None,
    ) -> None:
        super().__init__(trace)
        self._now = now
        # What each response is priced by: the session's model (the URL's, then the
        # session's own as the server tells it) in the telemetry's table.
        self._prices = prices
        self._model = model
        self._open: OrderedDict[str, _Open] = OrderedDict()
        self._current: _Open | None = None
        # The response whose audio deltas are being counted (the hot path of _audio), and
        # its id; none: _idle, which no delta's response_id equals.
        self._idle = _Open("", "server", 0.0)
        self._counting = self._idle
        self._counting_id: object = _NOT_COUNTING
        self._asked: deque[float] = deque(maxlen=MAX_ASKED)
        self._speech_stopped: float | None = None
        # Each audio item's response (item id -> response id; from a response's first audio
        # delta, and every output item of response.done), for a truncation of a response in
        # progress or one that ended (its metrics are then found by id). A truncation of an
        # item not known yet (a second audio item of a response in progress) waits in _early
        # (item id -> audio_end_ms) for the response.done that lists it.
        self._items: OrderedDict[str, str] = OrderedDict()
        self._early: OrderedDict[str, int] = OrderedDict()
        self._calls: OrderedDict[str, object] = OrderedDict()
        # WebRTC/SIP: when each response's audio started playing (response id -> time); it
        # usually stops after response.done (the server generates faster than it plays).
        self._playing: OrderedDict[str, float] = OrderedDict()
        self._source: AudioSource | None = None
        self._bytes_per_ms = PCM.rate * PCM.sample_width / 1000.0
        self._sessions = 0
        self._session_id: object = None
        self._always: dict[str, Note] = {
            "session.created": self._session_created,
            "session.updated": self._session_updated,
            "input_audio_buffer.speech_stopped": self._speech_stop,
            "response.created": self._created,
            "response.done": self._done,
            "conversation.item.truncated": self._truncated_event,
            "error": self._error,
            # WebRTC/SIP only (none on a WebSocket): noted always, so no state change of
            # each response adds and removes it.
            AUDIO_STARTED: self._audio_started,
            **dict.fromkeys(AUDIO_ENDED, self._audio_ended),
        }
        # The changes of noted from one state to another (see _refresh), made on first use.
        self._changes: dict[int, dict[str, Note | None]] = {}
        self._noting = _NOTHING_NOTED
        self._refresh()

    # -- what is noted now -----------------------------------------------------------------
    def _refresh(self) -> None:
        """Note what the responses in progress still need: audio deltas while one is open
        (with a source that counts them: while one has no first audio), text deltas while
        one has no first text. Called at each change (a few times per response): the state
        is three bits, and going from one state to another sets the handlers that differ
        (found once per pair of states; none, for a pair whose tables are the same). Every
        type stays a key (``None``: not noted now): deleting and adding keys a few times per
        response made the dict rebuild itself, a malloc and a copy every few responses, and
        the receive loop's lookups ran through a new table each time."""
        state = 0
        for record in self._open.values():
            state |= 1 | (record.first_text is None) << 1 | (record.first_audio is None) << 2
        before = self._noting
        if state == before:
            return
        change = self._changes.get(before << 3 | state)
        if change is None:
            old, new = self._table(before), self._table(state)
            change = {k: v for k, v in new.items() if k not in old or old[k] != v}
            self._changes[before << 3 | state] = change
        if change:
            self.noted.update(change)  # the core holds this very dict: changed in place
        self._noting = state

    def count_audio_with(self, source: AudioSource | None) -> None:
        old = self._source
        if source is old:
            return
        if old is not None:  # the responses in progress: what the old source counted
            for record in self._open.values():  # is read from it at their end
                if record.has_audio and old not in record.counted_by:
                    record.counted_by += (old,)
        self._source = source
        # What is noted in each state changed: the table is made again, and its changes.
        self._changes.clear()
        if self._noting != _NOTHING_NOTED:
            self._noting = _NOTHING_NOTED
            self.noted.clear()
            self._refresh()

    def _table(self, state: int) -> dict[str, Note | None]:
        """What is noted in ``state`` (:meth:`_refresh`'s bits)."""
        if state == _NOTHING_NOTED:
            return {}
        table: dict[str, Note | None] = dict(self._always)
        table.update(dict.fromkeys((*AUDIO_DELTAS, *TEXT_DELTAS)))
        # Audio deltas: each one counted while a response is open, or, with a source that
        # counts them, the first of each response only.
        if self._source is None:
            if state & 1:
                table.update(dict.fromkeys(AUDIO_DELTAS, self._audio))
        elif state & 4:
            table.update(dict.fromkeys(AUDIO_DELTAS, self._first_audio))
        if state & 2:
            table.update(dict.fromkeys(TEXT_DELTAS, self._text))
        return table

    def _record(self, response_id: object) -> _Open | None:
        current = self._current
        if current is not None and current.response_id == response_id:
            return current
        record = self._open.get(response_id) if type(response_id) is str else None
        if record is not None:
            self._current = record
        return record

    # -- received --------------------------------------------------------------------------
    def _audio(self, event: Any) -> None:
        """An audio delta: about half the events of a spoken answer, so the common case (a
        typed delta of the response being counted) costs a few attribute reads and an
        addition; anything else goes to :meth:`_audio_other`."""
        try:
            delta = event.delta
            counted = event.response_id == self._counting_id
        except AttributeError:  # a dict event (the voice extension's handlers, tests)
            delta, counted = None, False
        if not counted:
            self._audio_other(event)
        elif type(delta) is str:
            # b64_size(delta), inlined (the call cost as much as the rest): 3 bytes per 4
            # characters less the padding, 0 for a malformed delta.
            n = len(delta)
            if n and not n & 3:
                self._counting.audio_bytes += (n >> 2) * 3 - (delta[-1] == "=") - (delta[-2] == "=")

    def _audio_other(self, event: Any) -> None:
        """The first audio delta of a response, or one of another response in progress:
        that response is counted from now on."""
        try:
            response_id, delta = event.response_id, event.delta
        except AttributeError:
            response_id, delta = field(event, "response_id"), field(event, "delta")
        record = self._record(response_id)
        if record is None:
            return
        if record.first_audio is None:
            self._first_audio_of(record, field(event, "item_id"))
        record.has_audio = True
        self._counting, self._counting_id = record, record.response_id
        if type(delta) is str:
            record.audio_bytes += b64_size(delta)

    def _first_audio(self, event: Any) -> None:
        """An audio delta while a source counts the bytes (noted until each open response
        has its first audio): the response's first audio."""
        try:  # a typed delta (a dict or an UnknownEvent: through field)
            response_id, item_id = event.response_id, event.item_id
        except AttributeError:
            response_id, item_id = field(event, "response_id"), field(event, "item_id")
        record = self._record(response_id)
        if record is not None and record.first_audio is None:
            record.has_audio = True
            self._first_audio_of(record, item_id)

    def _first_audio_of(self, record: _Open, item_id: object) -> None:
        """Stamp ``record``'s first audio delta, and remember its item (what a barge-in
        truncates)."""
        record.first_audio = self._now()
        if type(item_id) is str:
            _remember(self._items, item_id, record.response_id)
        self._refresh()

    def _not_counting(self, record: _Open | None = None) -> None:
        """Stop counting ``record``'s deltas (any: every record's) on the hot path."""
        if record is None or self._counting is record:
            self._counting, self._counting_id = self._idle, _NOT_COUNTING

    def _text(self, event: Any) -> None:
        try:  # a typed delta (a dict or an UnknownEvent: through field)
            response_id = event.response_id
        except AttributeError:
            response_id = field(event, "response_id")
        record = self._record(response_id)
        if record is not None and record.first_text is None:
            record.first_text = self._now()
            self._refresh()

    def _audio_started(self, event: Any) -> None:
        # WebRTC and SIP, where no delta comes: a response's audio starts playing (the first
        # time for a response in progress is its first audio).
        record = self._record(field(event, "response_id"))
        if record is not None and record.first_audio is None:
            record.first_audio = now = self._now()
            _remember(self._playing, record.response_id, now)
            self._refresh()

    def _audio_ended(self, event: Any) -> None:
        response_id = field(event, "response_id")
        if not isinstance(response_id, str):
            return
        start = self._playing.pop(response_id, None)
        if start is None:
            return
        played = (self._now() - start) * 1000
        record = self._open.get(response_id)
        if record is not None:  # stopped before response.done (a cancel, a short answer)
            record.played_ms = played
            return
        done = self.metrics.latest(response_id)
        if done is None or done.audio_ms is not None:
            return
        self._update(
            done,
            done._replace(audio_ms=played),
            self.trace.played if self.trace is not None else None,
            "response %s played %.0f ms of audio (it ended before its audio did)",
            played,
        )

    def _speech_stop(self, event: Any) -> None:
        self._speech_stopped = self._now()

    def _session_created(self, event: Any) -> None:
        session = as_dict(event).get("session")
        session_id = session.get("id") if is_dict(session) else None
        if session_id is not None and session_id == self._session_id:
            return  # the same session told twice: nothing changed
        self._session_id = session_id
        self._sessions += 1
        if self._sessions > 1:
            # A reconnect to a new server session: its responses are gone (the core
            # raises ResponseLostError or tells response.lost), and so are the asks.
            self._open.clear()
            self._items.clear()
            self._early.clear()
            self._current = None
            self._not_counting()
            self._asked.clear()
            self._speech_stopped = None
            self._refresh()
        if isinstance(session_id, str) and self.trace is not None:
            self.trace.session_id(session_id)
        self._session(session)

    def _session_updated(self, event: Any) -> None:
        self._session(as_dict(event).get("session"))

    def _session(self, session: object) -> None:
        if not is_dict(session):
            return
        found = output_format_of(session)
        if found is not None:
            self._bytes_per_ms = found.rate * found.sample_width / 1000.0
        model = session.get("model")
        if isinstance(model, str) and model:
            self._model = model
            if self.trace is not None:
                self.trace.model(model)

    def _trigger(self, now: float) -> tuple[Trigger, float]:
        """What started the response created now. Asks sent before the user's last turn
        ended were answered or refused already: the turn started it. Asks after it are
        answered in order (the app asks itself when server VAD does not)."""
        asked, stopped = self._asked, self._speech_stopped
        if stopped is not None:
            self._speech_stopped = None
            while asked and asked[0] <= stopped:
                asked.popleft()
            if not asked:
                return "speech_stopped", stopped
        if asked:
            return "response.create", asked.popleft()
        return "server", now

    def _error(self, event: Any) -> None:
        # A refused response.create ("a response is already in progress") is no ask to
        # answer: the next response.created belongs to another trigger.
        error = as_dict(event).get("error")
        code = error.get("code") if is_dict(error) else None
        if code == "conversation_already_has_active_response" and self._asked:
            self._asked.pop()

    def _created(self, event: Any) -> None:
        now = self._now()
        response = as_dict(event).get("response")
        response_id = response.get("id") if is_dict(response) else None
        if type(response_id) is not str or response_id in self._open:
            return
        record = _Open(response_id, *self._trigger(now))
        self._open[response_id] = record
        while len(self._open) > MAX_OPEN:
            self._not_counting(self._open.popitem(last=False)[1])
        self._current = record
        self._refresh()

    def _done(self, event: Any) -> None:
        # Once per response, and most of the recorder's work: a plain pass over the dicts,
        # and the metrics built positionally (their field order).
        now = self._now()
        response = as_dict(event).get("response")
        if not is_dict(response):
            return
        response_id = response.get("id")
        if type(response_id) is not str:
            return
        record = self._open.pop(response_id, None)
        if record is None:  # its response.created was not seen (telemetry came later)
            record = _Open(response_id, *self._trigger(now))
        if self._current is record:
            self._current = None
        self._not_counting(record)
        # The audio bytes: what it counted itself, and what each source counted (a source
        # counts every audio item's bytes; the first one's only is noted here).
        audio_bytes = record.audio_bytes
        sources = record.counted_by
        if record.has_audio and self._source is not None and self._source not in sources:
            sources += (self._source,)
        early = self._early
        calls: list[str] = []
        output = response.get("output")
        if is_list(output):
            for item in output:
                if not is_dict(item):
                    continue
                if type(item_id := item.get("id")) is str:
                    for source in sources:
                        audio_bytes += source(item_id) or 0
                    if item_id not in self._items:  # a truncation may come after the end
                        _remember(self._items, item_id, response_id)
                    end_ms = early.pop(item_id, None) if early else None
                    if end_ms is not None and record.truncated_at_ms is None:
                        record.truncated_at_ms = end_ms
                if (
                    item.get("type") == "function_call"
                    and type(call_id := item.get("call_id")) is str
                ):
                    calls.append(call_id)
        status = response.get("status")
        if type(status) is not str:
            status = "unknown"
        usage = response.get("usage")
        price = self._prices.get(self._model) if self._model is not None else None
        cost = price.cost(usage) if isinstance(price, TokenPrices) else None
        if is_dict(usage):
            details = usage.get("input_token_details")
            cached = _int(details.get("cached_tokens")) if is_dict(details) else None
            input_tokens, output_tokens = (
                _int(usage.get("input_tokens")),
                _int(usage.get("output_tokens")),
            )
        else:
            input_tokens = output_tokens = cached = None
        start, first_audio, first_text = record.start, record.first_audio, record.first_text
        truncated_at = record.truncated_at_ms
        metrics = ResponseMetrics(
            response_id,
            record.trigger,
            None if first_audio is None else (first_audio - start) * 1000,
            None if first_text is None else (first_text - start) * 1000,
            (now - start) * 1000,
            audio_bytes / self._bytes_per_ms if record.has_audio else record.played_ms,
            input_tokens,
            output_tokens,
            cached,
            status,
            status == "cancelled" or truncated_at is not None,
            truncated_at,
            cost,
        )
        self.metrics.add(metrics)
        if self.trace is not None:
            error = None if status != "failed" else _error_type(response)
            context = self.trace.response(metrics, start, now, error)
            for call_id in calls:
                _remember(self._calls, call_id, context)
        if logger.isEnabledFor(logging.INFO):
            _log(metrics)
        self._refresh()

    def _truncated_event(self, event: Any) -> None:
        data = as_dict(event)
        self._truncate(data.get("item_id"), data.get("audio_end_ms"))

    def _truncate(self, item_id: object, end_ms: object) -> None:
        if not isinstance(item_id, str) or type(end_ms) is not int:
            return
        response_id = self._items.get(item_id)
        if response_id is None:  # not known yet: its response.done will tell
            if item_id not in self._early:
                _remember(self._early, item_id, end_ms)
            return
        record = self._open.get(response_id)
        if record is not None:
            if record.truncated_at_ms is None:
                record.truncated_at_ms = end_ms
            return
        done = self.metrics.latest(response_id)
        if done is None or done.truncated_at_ms is not None:
            return
        self._update(
            done,
            done._replace(interrupted=True, truncated_at_ms=end_ms),
            self.trace.truncated if self.trace is not None else None,
            "response %s truncated at %d ms (after it ended: the user spoke over its audio)",
            end_ms,
        )

    def _update(
        self,
        done: ResponseMetrics,
        updated: ResponseMetrics,
        tell: Callable[[ResponseMetrics], None] | None,
        message: str,
        figure: float,
    ) -> None:
        """An ended response's metrics changed (a truncation, its audio played out): the new
        ones replace the old everywhere, the trace is told, and one INFO record says what
        changed (``message`` with the response id and ``figure``)."""
        self.metrics.replace(done, updated)
        if tell is not None:
            tell(updated)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                message, updated.response_id, figure, extra={"realtime_metrics": updated.as_dict()}
            )

    # -- sent ------------------------------------------------------------------------------
    def sent(self, payload: dict[str, Any]) -> None:
        kind = payload.get("type")
        if kind == "response.create":
            self._asked.append(self._now())
        elif kind == "conversation.item.truncate":
            self._truncate(payload.get("item_id"), payload.get("audio_end_ms"))

    # -- tools -----------------------------------------------------------------------------
    def tool_started(self, call: dict[str, Any]) -> Callable[[object], None] | None:
        trace = self.trace
        if trace is None:
            return None
        name = call.get("name")
        call_id = call.get("call_id")
        parent = self._calls.pop(call_id, None) if isinstance(call_id, str) else None
        span = trace.tool_started(
            name if isinstance(name, str) else "unknown",
            call_id if isinstance(call_id, str) else None,
            parent,
        )
        return lambda output: trace.tool_ended(span, _tool_error(output))


def _remember(table: OrderedDict[str, Any], key: str, value: object) -> None:
    table[key] = value
    table.move_to_end(key)
    while len(table) > MAX_ITEMS:
        table.popitem(last=False)


def _error_type(response: dict[str, Any]) -> str:
    """A failed response's error type (``failed`` when it gives none)."""
    details = response.get("status_details")
    error = details.get("error") if is_dict(details) else None
    kind = error.get("type") if is_dict(error) else None
    return kind if isinstance(kind, str) and kind else "failed"


def _tool_error(output: object) -> str | None:
    """The error type of a tool's output event (``{"error": {"type": ...}}``), else None."""
    if isinstance(output, BaseException):
        return type(output).__name__
    item = output.get("item") if is_dict(output) else None
    text = item.get("output") if is_dict(item) else None
    if not isinstance(text, str) or not text.startswith('{"error"'):
        return None
    try:
        error = json.loads(text).get("error")
    except (ValueError, AttributeError):
        return None
    kind = error.get("type") if is_dict(error) else None
    return kind if isinstance(kind, str) else "error"


def _log(m: ResponseMetrics) -> None:
    logger.info(
        "response %s %s (%s): first audio %s, first text %s, done %.0f ms, audio %s, "
        "tokens in %s out %s cached %s, cost %s%s",
        m.response_id,
        m.status,
        m.trigger,
        fmt_ms(m.time_to_first_audio_ms),
        fmt_ms(m.time_to_first_text_ms),
        m.duration_ms,
        fmt_ms(m.audio_ms),
        m.input_tokens,
        m.output_tokens,
        m.cached_tokens,
        "-" if m.cost is None else f"${m.cost}",
        f", truncated at {m.truncated_at_ms} ms" if m.truncated_at_ms is not None else "",
        extra={"realtime_metrics": m.as_dict()},
    )


def fmt_ms(ms: float | None) -> str:
    return "-" if ms is None else f"{ms:.0f} ms"


def where(url: str) -> dict[str, Any]:
    """The model and the server of a WebSocket URL, for the session span (none for a
    WebRTC call's channel: its model comes with ``session.created``)."""
    if not url:
        return {}
    from urllib.parse import parse_qs, urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme in ("wss", "https") else 80)
    except ValueError:
        return {}
    models = parse_qs(parts.query).get("model")
    where: dict[str, Any] = {"model": models[0] if models else None}
    if parts.hostname:
        where["server"] = (parts.hostname, port)
    return where
