"""Barge-in, sans I/O: from received events and playback, the events that interrupt exactly.

:class:`Interrupter` watches the events a connection receives (and sends) and, on
``input_audio_buffer.speech_started`` (with ``auto_interrupt``) or on demand, returns the
client events to send: ``response.cancel`` when a response is in progress (and the server
is not cancelling it itself) and ``conversation.item.truncate`` for the playing item at the
milliseconds the user heard, clamped to the audio received for that item. It never
truncates an item twice, nor an item that finished playing.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from realtime_ext.audio import PCM, AudioFormat, output_format_of
from realtime_ext.conversation import event_type
from realtime_ext.events import as_dict, b64_size
from realtime_ext.events import field as get
from realtime_ext.provider import is_dict

from ._tracker import PlaybackTracker

Clock = Callable[[], float]
JSON = dict[str, Any]

AUDIO_DELTAS = frozenset({"response.output_audio.delta", "response.audio.delta"})
AUDIO_DONES = frozenset({"response.output_audio.done", "response.audio.done"})
SPEECH_STARTED = "input_audio_buffer.speech_started"
EVENT_ID_PREFIX = "barge_in_"
"""The ``event_id`` of every event barge-in sends: an ``error`` answering one (a cancel that
raced the response's end) carries it, so ``RealtimeServerError.event_id`` tells them apart."""
MAX_TRACKED_ITEMS = 64
"""Audio items remembered for clamping (old ones can no longer be playing)."""


@dataclass(frozen=True, slots=True)
class Interruption:
    """What an interruption did: handlers registered for ``"interrupted"`` get this.

    ``item_id`` is the item whose playing the interruption stopped; ``audio_end_ms`` the
    milliseconds it was truncated at. Both are ``None`` when nothing was stopped (nothing
    playing, or the item had played out or was stopped before). ``audio_end_ms`` alone is
    ``None`` for an item of an earlier server session still playing after a reconnect or
    a rollover: its playing stops, but its copy in the new session (carried as text) has no
    audio to truncate.
    """

    type_: ClassVar[str] = "interrupted"
    reason: Literal["speech_started", "interrupt"]
    item_id: str | None
    content_index: int | None
    audio_end_ms: int | None
    played_ms: float | None
    received_ms: float | None
    cancelled_response_id: str | None
    estimated: bool
    """``True`` when the played time was estimated from a real-time clock (no tracker)."""


@dataclass(slots=True)
class _Audio:
    received_bytes: int = 0
    started_at: float = 0.0  # clock time playback is estimated to have started
    done: bool = False
    truncated: bool = False
    carried: bool = False  # from an earlier server session: no more audio, nothing to truncate


@dataclass(slots=True)
class _Server:
    """What the session says about turn detection (does the server cancel on speech?)."""

    cancels_on_speech: bool = True
    format: AudioFormat = PCM


@dataclass
class Interrupter:
    """The barge-in logic of one connection; feed it events, send what it returns.

    Example:
        >>> tracker = PlaybackTracker()
        >>> barge = Interrupter(tracker=tracker, clock=lambda: 0.0)
        >>> barge.received({"type": "response.output_audio.delta", "item_id": "i",
        ...                 "content_index": 0, "delta": "AAAA" * 3200})  # 100 ms
        []
        >>> tracker.on_play_ms("i", 0, 40)
        >>> [e["type"] for e in barge.interrupt()]
        ['conversation.item.truncate']
    """

    tracker: PlaybackTracker | None = None
    auto_interrupt: bool = True
    clock: Clock = time.monotonic
    listeners: list[Callable[[Interruption], Any]] = field(default_factory=lambda: [])
    _audio: OrderedDict[tuple[str, int], _Audio] = field(default_factory=lambda: OrderedDict())
    # The content indexes tracked per item (kept with _audio), so an item's total is found
    # without a scan of every tracked part (telemetry asks at each response.done).
    _indexes: dict[str, list[int]] = field(default_factory=lambda: {})
    _server: _Server = field(default_factory=_Server)
    _response_id: str | None = None
    # The record that received audio last (estimated playback of a new item starts at its
    # end) and, when its key is an exact (str, int), that key: the next delta of the same
    # part (nearly every one) only adds its size.
    _last: _Audio | None = None
    hot: tuple[str, int, _Audio] | None = None
    """The part the last audio delta went to: (item id, content index, its record). The voice
    extension adds a next delta of that part to ``record.received_bytes`` itself, without
    :meth:`audio_delta` (one call less on most of the traffic)."""
    last: Interruption | None = None
    """The most recent interruption (``None`` before the first)."""
    pending: Interruption | None = None
    """An interruption that handlers were not told about yet (see :meth:`take_pending`)."""
    _sent: int = 0

    def take_pending(self) -> Interruption | None:
        """The interruption handlers must hear about (once), if any."""
        pending, self.pending = self.pending, None
        return pending

    # -- events in and out -----------------------------------------------------------------
    def received(self, event: object, kind: str | None = None) -> list[JSON]:
        """Update from one received event; returns client events to send (barge-in)."""
        if kind is None:
            kind = event_type(event)
        if kind in AUDIO_DELTAS:
            self._on_audio(event)
        elif kind in AUDIO_DONES:
            audio = self._audio.get(self._key(event))
            if audio is not None:
                audio.done = True
        elif kind == "response.created":
            response = as_dict(event).get("response")
            rid = response.get("id") if is_dict(response) else None
            self._response_id = rid if isinstance(rid, str) else ""
        elif kind == "response.done":
            self._response_id = None
        elif kind == "conversation.item.truncated":
            for key, audio in self._audio.items():
                if key[0] == get(event, "item_id"):
                    audio.truncated = True
        elif kind in ("session.created", "session.updated"):
            if kind == "session.created":
                # A new server session (a reconnect or a rollover): the old one's response
                # is gone and its items live on only as carried copies (text), so
                # cancelling or truncating them would only earn errors. Their audio may
                # still be playing here (a rollover comes once the reply has arrived, not
                # once it was heard): barge-in must still stop it, so the records stay.
                self._response_id = None
                for audio in self._audio.values():
                    audio.carried = True
                self.hot = None
            self._on_session(as_dict(event).get("session"))
        elif kind == SPEECH_STARTED and self.auto_interrupt:
            return self._interrupt("speech_started")
        return []

    def sent(self, payload: JSON) -> None:
        """Note what the app sent itself (its own truncate or cancel counts)."""
        kind = payload.get("type")
        if kind == "conversation.item.truncate":
            for key, audio in self._audio.items():
                if key[0] == payload.get("item_id"):
                    audio.truncated = True
        elif kind == "response.cancel":
            self._response_id = None

    def interrupt(self) -> list[JSON]:
        """Interrupt now (push-to-talk): the events to send, handlers notified."""
        return self._interrupt("interrupt")

    def is_muted(self, item_id: str) -> bool:
        """Whether audio of ``item_id`` should no longer be played (it was truncated)."""
        return any(key[0] == item_id and a.truncated for key, a in self._audio.items())

    @property
    def format(self) -> AudioFormat:
        """The session's output audio format (as last reported by the server)."""
        return self._server.format

    # -- internals -------------------------------------------------------------------------
    @staticmethod
    def _key(event: object) -> tuple[str, int]:
        item_id, index = get(event, "item_id"), get(event, "content_index")
        return (item_id if isinstance(item_id, str) else "", index if isinstance(index, int) else 0)

    def _on_audio(self, event: object) -> None:
        delta = get(event, "delta")
        if isinstance(delta, str):  # no need to decode just to count
            self.audio_delta(get(event, "item_id"), get(event, "content_index"), b64_size(delta))

    def audio_delta(self, item_id: object, index: object, size: int) -> None:
        """Count one audio delta of ``size`` decoded bytes, given its fields."""
        hot = self.hot
        if hot is not None and hot[0] == item_id and hot[1] == index and type(index) is int:
            hot[2].received_bytes += size
            return
        key = (item_id if isinstance(item_id, str) else "", index if isinstance(index, int) else 0)
        audio = self._audio.get(key)
        if audio is not None and audio.carried:  # new audio under an old id: a new record
            del self._audio[key]
            self._indexes[key[0]].remove(key[1])
            audio = None
        if audio is None:
            now = self.clock()
            # Estimated playback: it starts when audio arrives, or when the previous item
            # is estimated to finish, whichever is later.
            audio = _Audio(started_at=max(now, self._last_end()))
            self._audio[key] = audio
            self._indexes.setdefault(key[0], []).append(key[1])
            while len(self._audio) > MAX_TRACKED_ITEMS:
                # never the new one: hot and last move to it
                (old_item, old_index), _ = self._audio.popitem(last=False)
                indexes = self._indexes[old_item]
                indexes.remove(old_index)
                if not indexes:
                    del self._indexes[old_item]
        audio.received_bytes += size
        self._last = audio
        if type(item_id) is str and type(index) is int:
            self.hot = (item_id, index, audio)
        else:
            self.hot = None

    def received_bytes(self, item_id: str) -> int | None:
        """The decoded audio bytes received so far for ``item_id`` (all its content parts;
        ``None``: no audio of it is tracked)."""
        indexes = self._indexes.get(item_id)
        if not indexes:
            return None
        audio = self._audio
        total = 0
        for index in indexes:  # (a loop: sum() of a generator costs twice this for one part)
            total += audio[item_id, index].received_bytes
        return total

    def _last_end(self) -> float:
        """When the audio received last is estimated to finish playing (clock seconds)."""
        last = self._last
        if last is None:
            return 0.0
        return last.started_at + self._server.format.ms(last.received_bytes) / 1000

    def _on_session(self, session: object) -> None:
        if not is_dict(session):
            return
        found = output_format_of(session)
        if found is not None:
            self._server.format = found
            if self.tracker is not None:
                self.tracker.set_audio_format(found)
        turn = None
        audio = session.get("audio")
        if is_dict(audio) and isinstance(audio.get("input"), dict):
            turn = audio["input"].get("turn_detection", "absent")
        if turn is None or turn == "absent":
            turn = session.get("turn_detection", "absent")
        if turn == "absent":
            return  # not reported: keep what we knew
        self._server.cancels_on_speech = (
            is_dict(turn) and turn.get("interrupt_response", True) is not False
        )

    def _playing(self) -> tuple[tuple[str, int] | None, float | None, bool]:
        """The item playing, the milliseconds of it played, and whether that is estimated."""
        if self.tracker is not None:
            state = self.tracker.get_state()
            item_id, index = state["current_item_id"], state["current_item_content_index"]
            if item_id is None or index is None:
                return None, None, False
            return (item_id, index), state["elapsed_ms"] or 0.0, False
        now = self.clock()
        for key in reversed(self._audio):
            audio = self._audio[key]
            if audio.started_at <= now:
                return key, (now - audio.started_at) * 1000, True
        return None, None, True

    def _interrupt(self, reason: Literal["speech_started", "interrupt"]) -> list[JSON]:
        out: list[JSON] = []
        cancelled = None
        if reason == "speech_started" and self._server.cancels_on_speech:
            cancelled = self._response_id  # the server cancels it: the speaker must stop too
            self._response_id = None
        elif self._response_id is not None:
            self._sent += 1
            cancel: JSON = {"type": "response.cancel", "event_id": f"{EVENT_ID_PREFIX}{self._sent}"}
            if self._response_id:
                cancel["response_id"] = self._response_id
            out.append(cancel)
            cancelled = self._response_id
            self._response_id = None
        key, played, estimated = self._playing()
        end_ms: int | None = None
        received_ms: float | None = None
        stopped = False
        if key is not None and played is not None:
            audio = self._audio.get(key)
            if audio is not None:
                received_ms = self._server.format.ms(audio.received_bytes)
                finished = (audio.done or audio.carried) and played >= received_ms
                if not audio.truncated and not finished:
                    stopped = audio.truncated = True
                    if not audio.carried:
                        end_ms = math.floor(min(played, received_ms))
            # No audio of that item came through this connection (a WebRTC call's media
            # does not; the server truncates those itself): nothing can be proven heard.
            if end_ms is not None:
                self._sent += 1
                out.append(
                    {
                        "type": "conversation.item.truncate",
                        "event_id": f"{EVENT_ID_PREFIX}{self._sent}",
                        "item_id": key[0],
                        "content_index": key[1],
                        "audio_end_ms": end_ms,
                    }
                )
        if self.tracker is not None:
            self.tracker.on_interrupted()
        interruption = Interruption(
            reason=reason,
            item_id=key[0] if stopped and key else None,
            content_index=key[1] if stopped and key else None,
            audio_end_ms=end_ms,
            played_ms=played,
            received_ms=received_ms,
            cancelled_response_id=cancelled,
            estimated=estimated,
        )
        self.last = interruption
        if reason == "speech_started" and not stopped and cancelled is None:
            return out  # speech over silence interrupts nothing: handlers are not bothered
        self.pending = interruption
        for listener in list(self.listeners):
            listener(interruption)
        return out
