"""The GPT-Live recorder: per-turn and per-delegation metrics and the session's usage, sans I/O.

GPT-Live has no responses and no turn events: the model speaks on a continuous track, and
what was said comes as transcript fragments on the session's timeline. A **turn** here is
the model's reply to the user: it opens at the first output transcript fragment after the
user spoke (or, with no user speech before it, ``trigger="server"``: a greeting, a
commentary spoken) and ends when the user speaks again, when the line has been quiet for
about two seconds (no fragment of either side over :data:`QUIET_FRAMES` output frames, no
delegation open), or when the session ends. Each turn is a
:class:`~._metrics.ResponseMetrics` (``response_id`` ``turn_1``, ``turn_2``...), its waits
read from the timeline (the same clock as the audio, whatever the network did):

- ``time_to_first_audio_ms``: from the end of the user's last transcript fragment
  (``end_ms``) to the start of the model's first (``start_ms``: the transcript comes ahead
  of the audio that carries it), ``0`` when the model began before the user's words ended
  (full duplex: those words, arriving after its first ones, stay the turn's question);
  ``time_to_first_text_ms`` is the same wait;
- ``duration_ms``: from the user's end to the model's last fragment's end; ``audio_ms``:
  from the model's first fragment's start to its last one's end;
- ``interrupted``: the user spoke before the model's last fragment ended (Live yields).

A **delegation** is timed on the connection's clock from ``session.delegation.created`` to
its result (:class:`~realtime_ext.conversation.LiveDelegation` decides when that is): a
:class:`~._metrics.DelegationMetrics` and a ``delegate <target>`` span. **Usage**:
``session.usage.updated`` and ``session.closed`` give the session's audio seconds
(cumulative) and the context-window ratio (``SessionMetrics.usage_seconds``,
``context_window_ratio``). Spans: the session span (``live <model>``), one ``chat <model>``
span per turn with the Realtime responses' attribute names, the delegation spans, the tool
spans of ``conn.run_tools``. Bounded whatever the peer sends.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from realtime_ext.conversation import LiveDelegation, follows_on
from realtime_ext.events import field
from realtime_ext.provider import get_logger, is_dict

from ._live_prices import LivePrices
from ._metrics import DelegationMetrics, ResponseMetrics, Trigger
from ._prices import PRICES, ModelPrices, TokenPrices
from ._recorder import Now, Recorder, fmt_ms
from ._trace import SessionTrace

logger = get_logger("realtime_ext.metrics")

QUIET_FRAMES = 20
"""Output audio frames (about 100 ms each) with no transcript fragment of either side that
end a turn: about two seconds, openai's ``TranscriptGrouper`` default for a finished turn."""
MAX_OVERLAP_MS = 2000
"""How far the model's first words may come before the end of the user's on one timeline
(full duplex; beyond it the two are not of one session's timeline)."""
MAX_OPEN = 64
"""Delegations timed at once (the oldest is dropped beyond it: one never answered)."""

IN_DELTA = "session.input_transcript.delta"
OUT_DELTA = "session.output_transcript.delta"
AUDIO_OUT = "session.output_audio.delta"
DELEGATED = "session.delegation.created"
RESPONSE_EVENT = "response.event"
DECISION_EVENT = "decision.event"
STARTED = "session.started"
CLOSED = "session.closed"
USAGE = "session.usage.updated"
ANSWERS = frozenset({"session.commentary.append", "response.item.create"})
BACKEND_DONE = frozenset({"response.completed", "response.incomplete", "response.failed"})
"""The backend's events that carry a Responses call's final usage (its tokens are billed)."""


def _int(value: object) -> int | None:
    return value if type(value) is int else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


class _Turn:
    """The model's reply in progress."""

    __slots__ = ("clock_end", "clock_start", "first_ms", "interrupted", "last_ms", "user_end_ms")

    def __init__(self, user_end_ms: int | None, first_ms: int | None, clock_start: float) -> None:
        self.user_end_ms = user_end_ms
        self.first_ms = first_ms
        self.last_ms = first_ms
        self.clock_start = clock_start
        self.clock_end = clock_start
        self.interrupted = False


class LiveRecorder(Recorder):
    """A GPT-Live connection's metrics (see the module docstring)."""

    __slots__ = (
        "_delegations",
        "_model_name",
        "_now",
        "_prices",
        "_quiet",
        "_turn",
        "_turns",
        "_user_at",
        "_user_end_ms",
        "_webrtc",
    )

    def __init__(
        self,
        now: Now,
        trace: SessionTrace | None,
        prices: Mapping[str, ModelPrices] = PRICES,
        *,
        webrtc: bool = False,
        model: str | None = None,
    ) -> None:
        super().__init__(trace)
        self._now = now
        # The voice is priced by the session's model (session.started's), by the second;
        # a WebRTC session is billed at least its start charge; the backend by its tokens.
        self._prices = prices
        self._webrtc = webrtc
        self._model_name = model
        self._turn: _Turn | None = None
        self._turns = 0
        self._user_end_ms: int | None = None  # the user's last fragment's end, since the last turn
        self._user_at = 0.0  # when it came, on the clock
        self._quiet = 0
        self._delegations: OrderedDict[str, tuple[LiveDelegation, float]] = OrderedDict()
        self.noted.update(
            {
                IN_DELTA: self._user,
                OUT_DELTA: self._model,
                AUDIO_OUT: None,  # noted while a turn is open (its quiet end)
                DELEGATED: self._delegated,
                RESPONSE_EVENT: self._backend,
                DECISION_EVENT: self._backend,
                STARTED: self._started,
                CLOSED: self._closed,
                USAGE: self._usage,
            }
        )

    # -- turns -----------------------------------------------------------------------------
    def _user(self, event: Any) -> None:
        turn = self._turn
        start = _int(field(event, "start_ms"))
        end = _int(field(event, "end_ms"))
        if turn is not None and _tail(turn, start):
            # Full duplex, as recorded: the user's last words come in after the model's
            # first ones; they are the words the model answers, not a new turn.
            turn.user_end_ms = end if end is not None else turn.user_end_ms
            return
        if turn is not None:
            if start is not None and turn.last_ms is not None and start < turn.last_ms:
                turn.interrupted = True  # the model was still speaking: it yields
            self._end_turn()
        if end is not None:
            self._user_end_ms = end
        self._user_at = self._now()

    def _model(self, event: Any) -> None:
        self._quiet = 0
        turn = self._turn
        if turn is None:
            now = self._now()
            spoke = self._user_end_ms is not None
            turn = self._turn = _Turn(
                self._user_end_ms, _int(field(event, "start_ms")), self._user_at if spoke else now
            )
            self.noted[AUDIO_OUT] = self._frame
        end = _int(field(event, "end_ms"))
        if end is not None:
            turn.last_ms = end
        turn.clock_end = self._now()

    def _frame(self, event: Any) -> None:
        self._quiet += 1
        if self._quiet >= QUIET_FRAMES and not self._delegations:
            self._end_turn()

    def _end_turn(self) -> None:
        turn, self._turn = self._turn, None
        self.noted[AUDIO_OUT] = None
        self._quiet = 0
        if turn is None:
            return
        trigger: Trigger = "speech_stopped" if turn.user_end_ms is not None else "server"
        began = turn.user_end_ms if turn.user_end_ms is not None else turn.first_ms
        if (
            began is not None
            and turn.first_ms is not None
            and 0 < began - turn.first_ms <= MAX_OVERLAP_MS
        ):
            began = turn.first_ms  # the model began before the user's words ended: no wait
        wait = _span(began, turn.first_ms)
        self._turns += 1
        metrics = ResponseMetrics(
            response_id=f"turn_{self._turns}",
            trigger=trigger,
            time_to_first_audio_ms=wait,
            time_to_first_text_ms=wait,
            duration_ms=_span(began, turn.last_ms) or 0.0,
            audio_ms=_span(turn.first_ms, turn.last_ms),
            input_tokens=None,
            output_tokens=None,
            cached_tokens=None,
            status="completed",
            interrupted=turn.interrupted,
            truncated_at_ms=None,
        )
        self._user_end_ms = None
        self.metrics.add(metrics)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "turn %s (%s): first audio %s, audio %s%s",
                metrics.response_id,
                trigger,
                fmt_ms(wait),
                fmt_ms(metrics.audio_ms),
                ", interrupted" if turn.interrupted else "",
                extra={"realtime_metrics": metrics.as_dict()},
            )
        if self.trace is not None:
            self.trace.response(metrics, turn.clock_start, turn.clock_end, None)

    # -- delegations -----------------------------------------------------------------------
    def _delegated(self, data: Any) -> None:
        if not is_dict(data):
            return
        delegation = LiveDelegation.of(data)
        if delegation is None:
            return
        self._delegations[delegation.id] = (delegation, self._now())
        while len(self._delegations) > MAX_OPEN:
            self._end_delegation(next(iter(self._delegations)), "lost")

    def _backend(self, data: Any) -> None:
        nested = data.get("event") if is_dict(data) else None
        if is_dict(nested) and nested.get("type") in BACKEND_DONE:
            self._backend_usage(nested.get("response"))
        found = data.get("delegation_id") if is_dict(data) else None
        entry = self._delegations.get(found) if isinstance(found, str) else None
        kind = data.get("type") if is_dict(data) else None
        if entry is not None and isinstance(kind, str) and entry[0].take_event(kind, data):
            self._end_delegation(entry[0].id, entry[0].status)

    def _backend_usage(self, response: object) -> None:
        """A backend (Responses) call ended: its tokens, priced by its model, are added to
        the session's cost (an unpriced model makes it unknown)."""
        if not is_dict(response) or not is_dict(usage := response.get("usage")):
            return
        model = response.get("model")
        price = self._prices.get(model) if isinstance(model, str) else None
        self.metrics.spend(price.cost(usage) if isinstance(price, TokenPrices) else None)

    def sent(self, payload: dict[str, Any]) -> None:
        if self._delegations and payload.get("type") in ANSWERS:
            for delegation, _ in list(self._delegations.values()):
                if delegation.take_sent(payload):
                    self._end_delegation(delegation.id, delegation.status)

    def _end_delegation(self, delegation_id: str, status: str) -> None:
        delegation, start = self._delegations.pop(delegation_id)
        now = self._now()
        metrics = DelegationMetrics(delegation_id, delegation.target, (now - start) * 1000, status)
        self.metrics.add_delegation(metrics)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "delegation %s to %s %s in %.0f ms",
                delegation_id,
                delegation.target,
                status,
                metrics.duration_ms,
                extra={"realtime_metrics": metrics.as_dict()},
            )
        if self.trace is not None:
            self.trace.delegation(metrics, start, now)

    def tool_started(self, call: dict[str, Any]) -> Callable[[object], None] | None:
        trace = self.trace
        if trace is None:
            return None
        name, call_id = call.get("name"), call.get("call_id")
        span = trace.tool_started(
            name if isinstance(name, str) else "unknown",
            call_id if isinstance(call_id, str) else None,
            None,
        )
        return lambda output: trace.tool_ended(
            span, type(output).__name__ if isinstance(output, BaseException) else None
        )

    # -- the session -----------------------------------------------------------------------
    def _started(self, data: Any) -> None:
        self._end_session("lost")
        self.metrics.next_session()
        session = data.get("session") if is_dict(data) else None
        if is_dict(session) and isinstance(model := session.get("model"), str) and model:
            self._model_name = model
        self.metrics.session_cost(self._voice(0.0, None, None))
        if self.trace is not None and is_dict(session):
            if isinstance(found := session.get("id"), str):
                self.trace.session_id(found)
            if self._model_name is not None:
                self.trace.model(self._model_name)

    def _closed(self, data: Any) -> None:
        self._usage(data)
        self._end_session("lost")

    def _end_session(self, status: str) -> None:
        """The session ended (or another started): its turn ends, its delegations are lost
        (their ids mean nothing to another session)."""
        self._end_turn()
        self._user_end_ms = None
        for delegation_id in list(self._delegations):
            self._end_delegation(delegation_id, status)

    def _usage(self, data: Any) -> None:
        usage = field(data, "usage")
        window = field(data, "context_window")
        seconds = _number(usage.get("seconds")) if is_dict(usage) else None
        ratio = _number(window.get("usage_ratio")) if is_dict(window) else None
        self.metrics.usage(seconds, ratio)
        if seconds is not None and is_dict(usage):
            active, paused = _int(usage.get("active_seconds")), _int(usage.get("paused_seconds"))
            self.metrics.session_cost(self._voice(seconds, active, paused))

    def _voice(self, seconds: float, active: int | None, paused: int | None) -> Decimal | None:
        """The current session's voice cost for its cumulative usage (``None``: its model
        has no price here)."""
        model = self._model_name
        price = self._prices.get(model) if model is not None else None
        if not isinstance(price, LivePrices):
            return None
        return price.cost(
            seconds, active_seconds=active, paused_seconds=paused, webrtc=self._webrtc
        )

    def figures(self) -> dict[str, Any]:
        figures = super().figures()
        metrics = self.metrics
        figures["realtime_ext.session.delegations"] = len(metrics.delegations)
        figures["realtime_ext.session.usage_seconds"] = metrics.usage_seconds
        figures["realtime_ext.session.context_window_ratio"] = metrics.context_window_ratio
        return figures

    def closed(self) -> None:
        """The connection closed: the turn in progress ends, then the session span, with the
        usage."""
        self._end_session("lost")
        super().closed()


def _tail(turn: _Turn, start: int | None) -> bool:
    """Whether a user fragment starting at ``start`` is the end of the words ``turn``
    answers: inside the reply so far, following on them (the history's rule,
    :func:`realtime_ext.conversation.follows_on`)."""
    return follows_on(start, turn.user_end_ms, (turn.first_ms, turn.last_ms))


def _span(start: int | None, end: int | None) -> float | None:
    """Milliseconds from ``start`` to ``end`` on the timeline (``None``: not both known, or
    out of order: another session's timeline)."""
    if start is None or end is None or end < start:
        return None
    return float(end - start)
