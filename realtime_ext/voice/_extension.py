"""Barge-in and history as conversation extensions (``conn.add_extension``), sync and async.

Connections made with ``client.connect(...)`` carry one (``conn.voice``); any other
conversation (a WebRTC call, a custom transport) can add one itself::

    voice = conn.add_extension(Voice(conn, voice_options(playback=tracker)))

What it offers the other features is handed to them by the factory that attaches it: its
audio count to the metrics (``measure(conn, audio_source=voice.audio_received)``) and its
history to the carry of a new session (:meth:`_VoiceBase.carried_history`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.audio import time_source
from realtime_ext.conversation import Extension, event_type
from realtime_ext.events import as_dict, field

from ._history import (
    DEFAULT_MAX_AUDIO_BYTES,
    HISTORY_HANDLERS,
    History,
    HistoryTracker,
    check_audio_keeping,
)
from ._interrupt import AUDIO_DELTAS, AUDIO_DONES, SPEECH_STARTED, Clock, Interrupter, Interruption
from ._tracker import PlaybackTracker

if TYPE_CHECKING:
    from realtime_ext.conversation import AsyncConversation, Conversation

_NOTHING: tuple[dict[str, Any], ...] = ()  # nothing to send
_OTHER: Any = object()  # not a delta

# What the interrupter reads besides audio deltas (Interrupter.received's cases).
_BARGE_IN = frozenset(
    {
        *AUDIO_DONES,
        SPEECH_STARTED,
        "response.created",
        "response.done",
        "conversation.item.truncated",
        "session.created",
        "session.updated",
    }
)

_WATCHED = frozenset({*HISTORY_HANDLERS, *AUDIO_DELTAS, *_BARGE_IN})

# The deltas (most of the traffic) applied straight from their fields, skipping
# History.apply's dispatch (History.apply_delta): the History methods its handlers for them
# call; audio deltas (None) go to both history and the interrupter.
_TRANSCRIPT, _TEXT = History.transcript_delta, History.text_delta
_DELTAS: dict[str, Callable[[History, object, object, object], None] | None] = {
    "response.output_audio_transcript.delta": _TRANSCRIPT,
    "response.audio_transcript.delta": _TRANSCRIPT,
    "conversation.item.input_audio_transcription.delta": _TRANSCRIPT,
    "response.output_text.delta": _TEXT,
    "response.text.delta": _TEXT,
    **dict.fromkeys(AUDIO_DELTAS),
}


# The events whose nested objects (session, item, response, part) history and barge-in
# read as dicts: typed ones are converted once, here.
_READ_NESTED = frozenset(
    {
        "session.created",
        "session.updated",
        "conversation.item.added",
        "conversation.item.created",
        "conversation.item.done",
        "conversation.item.retrieved",
        "response.output_item.added",
        "response.output_item.done",
        "response.content_part.added",
        "response.created",
        "response.done",
    }
)


class VoiceOptions(NamedTuple):  # not a frozen dataclass: defined on a first connect's path
    """The voice arguments of ``connect()``, checked before anything opens."""

    playback: PlaybackTracker | None = None
    auto_interrupt: bool = False
    keep_audio: bool = False
    max_audio_bytes: int = DEFAULT_MAX_AUDIO_BYTES
    clock: Clock = time.monotonic


def voice_options(
    *,
    playback: object = None,
    auto_interrupt: object = None,
    keep_audio: object = False,
    max_audio_bytes: object = DEFAULT_MAX_AUDIO_BYTES,
    clock: object = None,
) -> VoiceOptions:
    """Check ``connect()``'s voice arguments; ``auto_interrupt`` defaults to ``playback`` given.

    Example:
        >>> voice_options(playback=PlaybackTracker()).auto_interrupt
        True
    """
    if playback is not None and not isinstance(playback, PlaybackTracker):
        raise InvalidArgumentError(
            f"playback must be a realtime_ext.voice.PlaybackTracker, got {type(playback).__name__}"
        )
    if auto_interrupt is None:
        auto_interrupt = playback is not None
    if not isinstance(auto_interrupt, bool):
        raise InvalidArgumentError(f"auto_interrupt must be a bool, got {auto_interrupt!r}")
    keep_audio, max_audio_bytes = check_audio_keeping(keep_audio, max_audio_bytes)
    return VoiceOptions(
        playback=playback,
        auto_interrupt=auto_interrupt,
        keep_audio=keep_audio,
        max_audio_bytes=max_audio_bytes,
        clock=time_source(clock),
    )


def kind_of(event: object) -> str:
    """The event's type string, fast for the generated models (their ``type_`` is a
    ``StrEnum`` member, so it is the string) and ``UnknownEvent`` (a plain string)."""
    kind = getattr(event, "type_", None)
    if isinstance(kind, str):  # a model's StrEnum member or UnknownEvent's wire type
        return kind
    data: Any = event  # read through this name: isinstance narrowing would type no keys
    if isinstance(event, Mapping):
        kind = data.get("type")
        return kind if isinstance(kind, str) else ""
    if isinstance(kind, Enum):
        value = kind.value
        return value if isinstance(value, str) else ""
    return event_type(event)


class _VoiceBase(Extension):
    def __init__(self, options: VoiceOptions) -> None:
        self.options = options
        self.interrupter: Interrupter = Interrupter(
            tracker=options.playback, auto_interrupt=options.auto_interrupt, clock=options.clock
        )
        self.histories: HistoryTracker = HistoryTracker(
            keep_audio=options.keep_audio, max_audio_bytes=options.max_audio_bytes
        )
        self._observed: tuple[Any, Sequence[dict[str, Any]]] | None = None

    @property
    def history(self) -> History:
        """The conversation as it stands (the current server session's)."""
        return self.histories.history

    def carried_history(self) -> History:
        """The history a new server session is given after a drop or a rollover (the
        carry's source: ``carry.history = voice.carried_history``); read at the move."""
        return self.histories.history

    def audio_received(self, item_id: str) -> int | None:
        """The decoded audio bytes received so far for output item ``item_id`` (``None``:
        none tracked). A connection's metrics read each response's audio from here (its
        factory hands them this method) rather than counting every delta a second time."""
        return self.interrupter.received_bytes(item_id)

    @property
    def playback(self) -> PlaybackTracker | None:
        """The tracker given as ``playback=`` (``None``: played time is estimated)."""
        return self.options.playback

    def observe(self, event: Any, data: dict[str, Any] | None = None) -> bool:
        """Called by the conversation with each received event and the JSON object it was
        decoded from (``data``, ``None`` for a flat event decoded straight from the bytes;
        the events whose nested objects history and barge-in read are read there): updates
        history and playback state; ``True`` when ``received`` has something to send or
        tell."""
        try:  # a typed event's type_ is a StrEnum member: it is the wire type
            kind = event.type_
            apply = _DELTAS.get(kind, _OTHER)
        except (AttributeError, TypeError):  # a dict, another object, an unhashable type_
            kind, apply = None, _OTHER
        if apply is _OTHER:
            if not isinstance(kind, str):
                kind = kind_of(event)
                apply = _DELTAS.get(kind, _OTHER)
            if apply is _OTHER:
                out = self._other(event, kind, data) if kind in _WATCHED else _NOTHING
                if out or self.interrupter.pending is not None:
                    self._observed = (event, out)
                    return True
                return False
        # A delta, most of the traffic: applied from its fields, in as few calls as it takes.
        try:  # a typed delta has all three; a dict or an UnknownEvent may not
            delta, item_id, index = event.delta, event.item_id, event.content_index
        except AttributeError:
            delta = field(event, "delta")
            item_id, index = field(event, "item_id"), field(event, "content_index")
        size = self.histories.history.apply_delta(apply, item_id, index, delta)
        if apply is None and type(delta) is str:  # audio: barge-in counts what arrived
            interrupter = self.interrupter
            hot = interrupter.hot  # Interrupter.audio_delta's cache, answered here
            if hot is not None and hot[0] == item_id and hot[1] == index and type(index) is int:
                hot[2].received_bytes += size
            else:
                interrupter.audio_delta(item_id, index, size)
        if self.interrupter.pending is None:
            return False
        self._observed = (event, _NOTHING)
        return True

    def _other(
        self, event: Any, kind: str, data: dict[str, Any] | None
    ) -> Sequence[dict[str, Any]]:
        if kind in _READ_NESTED:  # both read nested objects: from the decoded JSON
            event = data if data is not None else as_dict(event)
        self.histories.received(event, kind)
        if kind in _BARGE_IN:
            return self.interrupter.received(event, kind)
        return _NOTHING

    def _taken(self, event: Any) -> Sequence[dict[str, Any]]:
        # What observe() found for this very event, else take it now (a direct call).
        observed, self._observed = self._observed, None
        if observed is not None and observed[0] is event:
            return observed[1]
        if not self.observe(event):  # not observed before: now
            return _NOTHING
        observed, self._observed = self._observed, None
        return observed[1] if observed is not None else _NOTHING

    def sent(self, payload: dict[str, Any]) -> None:
        """Called by the conversation with each client event sent."""
        self.interrupter.sent(payload)


class Voice(_VoiceBase):
    """Barge-in and history for a blocking conversation (an extension).

    Example::

        voice = conn.add_extension(Voice(conn, voice_options(playback=tracker)))
        voice.interrupt()
        print(voice.history.transcript())
    """

    def __init__(self, conn: Conversation, options: VoiceOptions | None = None) -> None:
        super().__init__(options or VoiceOptions())
        self.conn = conn

    def received(self, event: Any) -> None:
        """Called by the conversation with each received event (barge-in sends here)."""
        out = self._taken(event)
        if out or self.interrupter.pending is not None:
            self._deliver(out)

    def interrupt(self) -> Interruption:
        """Stop the assistant now: cancel, truncate at what was heard, tell handlers."""
        self._deliver(self.interrupter.interrupt())
        last = self.interrupter.last
        assert last is not None
        return last

    def _deliver(self, out: Sequence[dict[str, Any]]) -> None:
        interruption = self.interrupter.take_pending()
        for payload in out:
            self.conn.send(payload)
        if interruption is not None:
            self.conn.dispatch(interruption)


class AsyncVoice(_VoiceBase):
    """Barge-in and history for an asyncio conversation (an extension).

    Example::

        voice = conn.add_extension(AsyncVoice(conn, voice_options(playback=tracker)))
        await voice.interrupt()
    """

    def __init__(self, conn: AsyncConversation, options: VoiceOptions | None = None) -> None:
        super().__init__(options or VoiceOptions())
        self.conn = conn

    async def received(self, event: Any) -> None:
        """Called by the conversation with each received event (barge-in sends here)."""
        out = self._taken(event)
        if out or self.interrupter.pending is not None:
            await self._deliver(out)

    async def interrupt(self) -> Interruption:
        """Stop the assistant now: cancel, truncate at what was heard, tell handlers."""
        await self._deliver(self.interrupter.interrupt())
        last = self.interrupter.last
        assert last is not None
        return last

    async def _deliver(self, out: Sequence[dict[str, Any]]) -> None:
        interruption = self.interrupter.take_pending()
        for payload in out:
            await self.conn.send(payload)
        if interruption is not None:
            await self.conn.dispatch(interruption)
