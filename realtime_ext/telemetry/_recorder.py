"""The recorder: per-response metrics from a conversation's events, sans I/O.

The conversation core hands it every received event whose type is in :attr:`noted` (a dict
it reads once per event; the recorder changes it in place, so deltas cost nothing once the
first of a response was seen, except audio deltas, counted while a response is open), every
client event it sends, and each tool run. It stamps events with the conversation's clock,
builds a :class:`ResponseMetrics` at ``response.done``, logs it at INFO, and reports it to
OpenTelemetry when that is installed. One recorder per conversation; bounded whatever the
peer sends.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from realtime_ext._json import is_dict, is_list
from realtime_ext._redact import get_logger
from realtime_ext.audio import PCM
from realtime_ext.audio._formats import output_format_of
from realtime_ext.events._fields import as_dict, b64_size, field

from ._metrics import ResponseMetrics, SessionMetrics, Trigger
from ._options import Telemetry

if TYPE_CHECKING:
    from ._otel import SessionTrace

logger = get_logger("realtime_ext.metrics")

Now = Callable[[], float]
Note = Callable[[Any], None]
AudioSource = Callable[[str], "int | None"]
"""``source(item_id)``: the decoded audio bytes received so far for an output item (``None``:
not known). A connection's voice extension counts every audio delta for barge-in already;
with its count the recorder looks at a response's first audio delta only."""

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


@dataclass(slots=True)
class _Open:
    """A response in progress."""

    response_id: str
    trigger: Trigger
    start: float
    first_audio: float | None = None
    first_text: float | None = None
    audio_bytes: int = 0
    has_audio: bool = False
    truncated_at_ms: int | None = None
    played_ms: float | None = None


class Recorder:
    """What a conversation's core tells; see the module docstring."""

    __slots__ = ("markers", "metrics", "noted", "trace")

    def __init__(self, trace: SessionTrace | None) -> None:
        self.metrics = SessionMetrics()
        self.noted: dict[str, Note] = {}
        """The received event types it looks at now, each with its handler."""
        self.markers: tuple[str, ...] = ()
        """Text a raw send must contain for :meth:`sent` to want it (raw sends are parsed
        only then)."""
        self.trace = trace

    def sent(self, payload: dict[str, Any]) -> None:
        """A client event this conversation sent."""

    def tool_started(self, call: dict[str, Any]) -> object:
        return None

    def tool_ended(self, handle: object, output: object) -> None:
        return None

    def count_audio_with(self, source: AudioSource | None) -> None:
        """Take each response's audio bytes from ``source`` (``None``: count the deltas)."""

    def closed(self) -> None:
        """The conversation closed: the session span ends."""
        trace, self.trace = self.trace, None
        if trace is not None:
            trace.end(
                {
                    "realtime_ext.session.responses": self.metrics.count,
                    "realtime_ext.session.time_to_first_audio_p50_ms": (
                        self.metrics.time_to_first_audio_p50_ms
                    ),
                    "realtime_ext.session.time_to_first_audio_p95_ms": (
                        self.metrics.time_to_first_audio_p95_ms
                    ),
                }
            )


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
        "_done_items",
        "_idle",
        "_noting",
        "_now",
        "_open",
        "_open_items",
        "_playing",
        "_sessions",
        "_source",
        "_speech_stopped",
    )

    def __init__(self, now: Now, trace: SessionTrace | None) -> None:
        super().__init__(trace)
        self._now = now
        self._open: OrderedDict[str, _Open] = OrderedDict()
        self._current: _Open | None = None
        # The response whose audio deltas are being counted (the hot path of _audio), and
        # its id; none: _idle, which no delta's response_id equals.
        self._idle = _Open("", "server", 0.0)
        self._counting = self._idle
        self._counting_id: object = _NOT_COUNTING
        self._asked: deque[float] = deque(maxlen=MAX_ASKED)
        self._speech_stopped: float | None = None
        self._open_items: OrderedDict[str, _Open] = OrderedDict()
        self._done_items: OrderedDict[str, ResponseMetrics] = OrderedDict()
        self._calls: OrderedDict[str, object] = OrderedDict()
        # WebRTC/SIP: when each response's audio started playing (response id -> time); it
        # usually stops after response.done (the server generates faster than it plays).
        self._playing: OrderedDict[str, float] = OrderedDict()
        self._source: AudioSource | None = None
        self._bytes_per_ms = PCM.rate * PCM.sample_width / 1000.0
        self._sessions = 0
        self.markers = ('"response.create"', '"conversation.item.truncate"')
        self._always: dict[str, Note] = {
            "session.created": self._session_created,
            "session.updated": self._session_updated,
            "input_audio_buffer.speech_stopped": self._speech_stop,
            "response.created": self._created,
            "response.output_item.added": self._item_added,
            "response.done": self._done,
            "conversation.item.truncated": self._truncated_event,
            "error": self._error,
            **dict.fromkeys(AUDIO_ENDED, self._audio_ended),
        }
        # The changes of noted from one state to another (see _refresh), made on first use.
        self._changes: dict[int, tuple[tuple[str, ...], dict[str, Note]]] = {}
        self._noting = _NOTHING_NOTED
        self._refresh()

    # -- what is noted now -----------------------------------------------------------------
    def _refresh(self) -> None:
        """Note what the responses in progress still need: audio deltas while one is open,
        text deltas while one has no first text, ``output_audio_buffer.started`` while one
        has no first audio. Called at each change (a few times per response): the state is
        three bits, and going from one state to another removes and adds only the types
        that differ (found once per pair of states): clearing and refilling the dict cost
        270 of the recorder's 3,200 instructions per event of the bench's spoken answers."""
        state = 0
        for record in self._open.values():
            state |= 1 | (record.first_text is None) << 1 | (record.first_audio is None) << 2
        before = self._noting
        if state == before:
            return
        change = self._changes.get(before << 3 | state)
        if change is None:
            old, new = self._table(before), self._table(state)
            change = (tuple(k for k in old if k not in new), {k: new[k] for k in new.keys() - old})
            self._changes[before << 3 | state] = change
        noted = self.noted  # the core holds this very dict: changed in place
        for kind in change[0]:
            del noted[kind]
        noted.update(change[1])
        self._noting = state

    def count_audio_with(self, source: AudioSource | None) -> None:
        old = self._source
        if source is old:
            return
        if old is not None:  # the responses in progress: counted so far by the old source
            for record in self._open.values():
                record.audio_bytes = 0
            for item_id, record in self._open_items.items():
                if record.response_id in self._open:
                    record.audio_bytes += old(item_id) or 0
        self._source = source
        # What is noted in each state changed: the table is made again, and its changes.
        self._changes.clear()
        if self._noting != _NOTHING_NOTED:
            self.noted.clear()
            self.noted.update(self._table(self._noting))

    def _table(self, state: int) -> dict[str, Note]:
        """What is noted in ``state`` (:meth:`_refresh`'s bits)."""
        if state == _NOTHING_NOTED:
            return {}
        table = dict(self._always)
        # Audio deltas: each one counted while a response is open, or, with a source that
        # counts them, the first of each response only.
        if state & (1 if self._source is None else 4):
            table.update(dict.fromkeys(AUDIO_DELTAS, self._audio))
        if state & 2:
            table.update(dict.fromkeys(TEXT_DELTAS, self._text))
        if state & 4:
            table[AUDIO_STARTED] = self._audio_started
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
            record.first_audio = self._now()
            self._refresh()
        record.has_audio = True
        self._counting, self._counting_id = record, record.response_id
        if type(delta) is str:
            record.audio_bytes += b64_size(delta)

    def _not_counting(self, record: _Open | None = None) -> None:
        """Stop counting ``record``'s deltas (any: every record's) on the hot path."""
        if record is None or self._counting is record:
            self._counting, self._counting_id = self._idle, _NOT_COUNTING

    def _text(self, event: Any) -> None:
        record = self._record(field(event, "response_id"))
        if record is not None and record.first_text is None:
            record.first_text = self._now()
            self._refresh()

    def _audio_started(self, event: Any) -> None:
        # Noted while a response in progress has no first audio: on WebRTC and SIP, where no
        # delta comes, this is every response's playing audio.
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
            replace(done, audio_ms=played),
            self.trace.played if self.trace is not None else None,
            "response %s played %.0f ms of audio (it ended before its audio did)",
            played,
        )

    def _speech_stop(self, event: Any) -> None:
        self._speech_stopped = self._now()

    def _session_created(self, event: Any) -> None:
        self._sessions += 1
        session = as_dict(event).get("session")
        if self._sessions > 1:
            # A reconnect to a new server session: its responses are gone (the core
            # raises ResponseLostError or tells response.lost), and so are the asks.
            self._open.clear()
            self._open_items.clear()
            self._current = None
            self._not_counting()
            self._asked.clear()
            self._speech_stopped = None
            self._refresh()
        if is_dict(session) and self.trace is not None:
            session_id = session.get("id")
            if isinstance(session_id, str):
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
        if self.trace is not None and isinstance(model, str) and model:
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
        if not isinstance(response_id, str) or response_id in self._open:
            return
        trigger, start = self._trigger(now)
        record = _Open(response_id, trigger, start)
        self._open[response_id] = record
        while len(self._open) > MAX_OPEN:
            self._not_counting(self._open.popitem(last=False)[1])
        self._current = record
        self._refresh()

    def _item_added(self, event: Any) -> None:
        data = as_dict(event)
        item = data.get("item")
        record = self._open.get(data.get("response_id"))  # type: ignore[arg-type]
        if record is not None and is_dict(item) and isinstance(item.get("id"), str):
            _remember(self._open_items, item["id"], record)

    def _done(self, event: Any) -> None:
        now = self._now()
        response = as_dict(event).get("response")
        if not is_dict(response):
            return
        response_id = response.get("id")
        if not isinstance(response_id, str):
            return
        record = self._open.pop(response_id, None)
        if record is None:  # its response.created was not seen (telemetry came later)
            trigger, start = self._trigger(now)
            record = _Open(response_id, trigger, start)
        if self._current is record:
            self._current = None
        self._not_counting(record)
        output = response.get("output")
        items = [i for i in output if is_dict(i)] if is_list(output) else []
        audio_bytes = record.audio_bytes
        if record.has_audio and (source := self._source) is not None:
            audio_bytes = 0
            for item in items:
                if isinstance(item_id := item.get("id"), str):
                    audio_bytes += source(item_id) or 0
        status = response.get("status")
        status = status if isinstance(status, str) else "unknown"
        usage = response.get("usage")
        usage = usage if is_dict(usage) else {}
        details = usage.get("input_token_details")
        cached = _int(details.get("cached_tokens")) if is_dict(details) else None
        metrics = ResponseMetrics(
            response_id=response_id,
            trigger=record.trigger,
            time_to_first_audio_ms=_ms(record.first_audio, record.start),
            time_to_first_text_ms=_ms(record.first_text, record.start),
            duration_ms=(now - record.start) * 1000,
            audio_ms=(audio_bytes / self._bytes_per_ms if record.has_audio else record.played_ms),
            input_tokens=_int(usage.get("input_tokens")),
            output_tokens=_int(usage.get("output_tokens")),
            cached_tokens=cached,
            status=status,
            interrupted=status == "cancelled" or record.truncated_at_ms is not None,
            truncated_at_ms=record.truncated_at_ms,
        )
        self.metrics.add(metrics)
        calls: list[str] = []
        for item in items:
            if isinstance(item_id := item.get("id"), str):
                self._open_items.pop(item_id, None)
                _remember(self._done_items, item_id, metrics)
            if item.get("type") == "function_call" and isinstance(
                call_id := item.get("call_id"), str
            ):
                calls.append(call_id)
        if self.trace is not None:
            context = self.trace.response(metrics, record.start, now, _error_type(response, status))
            for call_id in calls:
                _remember(self._calls, call_id, context)
        _log(metrics)
        self._refresh()

    def _truncated_event(self, event: Any) -> None:
        data = as_dict(event)
        self._truncate(data.get("item_id"), data.get("audio_end_ms"))

    def _truncate(self, item_id: object, end_ms: object) -> None:
        if not isinstance(item_id, str) or type(end_ms) is not int:
            return
        record = self._open_items.get(item_id)
        if record is not None:
            if record.truncated_at_ms is None:
                record.truncated_at_ms = end_ms
            return
        done = self._done_items.get(item_id)
        if done is None or done.truncated_at_ms is not None:
            return
        self._update(
            done,
            replace(done, interrupted=True, truncated_at_ms=end_ms),
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
        for key, value in self._done_items.items():
            if value is done:
                self._done_items[key] = updated
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
    def tool_started(self, call: dict[str, Any]) -> object:
        if self.trace is None:
            return None
        name = call.get("name")
        call_id = call.get("call_id")
        parent = self._calls.pop(call_id, None) if isinstance(call_id, str) else None
        return self.trace.tool_started(
            name if isinstance(name, str) else "unknown",
            call_id if isinstance(call_id, str) else None,
            parent,
        )

    def tool_ended(self, handle: object, output: object) -> None:
        if handle is not None and self.trace is not None:
            self.trace.tool_ended(handle, _tool_error(output))  # type: ignore[arg-type]


class TranslationRecorder(Recorder):
    """A translation session's figure: the time from its first audio sent to its first
    translated audio (the session has no responses)."""

    __slots__ = ("_first_sent", "_now")

    SENT = "session.input_audio_buffer.append"

    def __init__(self, now: Now, trace: SessionTrace | None) -> None:
        super().__init__(trace)
        self._now = now
        self._first_sent: float | None = None
        self.markers = ('"session.input_audio_buffer.append"',)

    def sent(self, payload: dict[str, Any]) -> None:
        if self._first_sent is None and payload.get("type") == self.SENT:
            self._first_sent = self._now()
            self.markers = ()
            self.noted["session.output_audio.delta"] = self._first_audio

    def _first_audio(self, event: Any) -> None:
        self.noted.clear()  # one figure: nothing more to note
        assert self._first_sent is not None
        ms = (self._now() - self._first_sent) * 1000
        self.metrics.first_audio(ms)
        if self.trace is not None:
            self.trace.first_audio(ms)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "translation: first translated audio %.0f ms after the first audio sent",
                ms,
                extra={"realtime_metrics": {"time_to_first_audio_ms": ms}},
            )


def recorder_for(
    telemetry: Telemetry,
    now: Now,
    *,
    translation: bool = False,
    model: str | None = None,
    server: tuple[str, int] | None = None,
) -> Recorder | None:
    """The recorder of a new conversation (``None`` with telemetry off)."""
    if not telemetry.enabled:
        return None
    trace: SessionTrace | None = None
    instruments = telemetry.instruments()
    if instruments is not None:
        from ._otel import SessionTrace

        trace = SessionTrace(
            instruments,
            now,
            model=model,
            server=server,
            kind="translation" if translation else "realtime",
        )
    if translation:
        return TranslationRecorder(now, trace)
    return ConversationRecorder(now, trace)


def _remember(table: OrderedDict[str, Any], key: str, value: object) -> None:
    table[key] = value
    table.move_to_end(key)
    while len(table) > MAX_ITEMS:
        table.popitem(last=False)


def _ms(at: float | None, start: float) -> float | None:
    return None if at is None else (at - start) * 1000


def _error_type(response: dict[str, Any], status: str) -> str | None:
    if status != "failed":
        return None
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
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info(
        "response %s %s (%s): first audio %s, first text %s, done %.0f ms, audio %s, "
        "tokens in %s out %s cached %s%s",
        m.response_id,
        m.status,
        m.trigger,
        _fmt(m.time_to_first_audio_ms),
        _fmt(m.time_to_first_text_ms),
        m.duration_ms,
        _fmt(m.audio_ms),
        m.input_tokens,
        m.output_tokens,
        m.cached_tokens,
        f", truncated at {m.truncated_at_ms} ms" if m.truncated_at_ms is not None else "",
        extra={"realtime_metrics": m.as_dict()},
    )


def _fmt(ms: float | None) -> str:
    return "-" if ms is None else f"{ms:.0f} ms"
