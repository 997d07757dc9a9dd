"""Barge-in and history as conversation extensions, sync and async: the app builds one and
attaches it as it opens the connection (``extensions=[voice]``) or later
(``conn.add_extension(voice)``), then reads it (``voice.history``, ``voice.interrupt()``)::

    voice = Voice(playback=tracker)
    with client.connect(model="gpt-realtime", extensions=[voice]) as conn:
        ...
        print(voice.history.transcript())

It reaches the core through the public :class:`~realtime_ext.Extension` interface alone: it
sends through the conversation :meth:`~realtime_ext.Extension.added` gives it, and gives a
new session its history through :meth:`~realtime_ext.Extension.carried`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, NamedTuple

from realtime_ext import InvalidArgumentError
from realtime_ext.audio import time_source
from realtime_ext.conversation import (
    AsyncConversation,
    CarriedItem,
    Conversation,
    Extension,
    Link,
    event_type,
)
from realtime_ext.events import as_dict, field
from realtime_ext.provider import Clock as ClockObject

from ._history import (
    DEFAULT_MAX_AUDIO_BYTES,
    HISTORY_HANDLERS,
    History,
    HistoryTracker,
    check_audio_keeping,
)
from ._interrupt import AUDIO_DELTAS, AUDIO_DONES, SPEECH_STARTED, Clock, Interrupter, Interruption
from ._tracker import PlaybackTracker

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
    """A :class:`Voice`'s arguments, checked when it is built."""

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
    """Check a :class:`Voice`'s arguments; ``auto_interrupt`` defaults to ``playback`` given.

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
    def __init__(
        self,
        *,
        playback: PlaybackTracker | None = None,
        auto_interrupt: bool | None = None,
        keep_audio: bool = False,
        max_audio_bytes: int = DEFAULT_MAX_AUDIO_BYTES,
        clock: ClockObject | Clock | None = None,
    ) -> None:
        options = voice_options(
            playback=playback,
            auto_interrupt=auto_interrupt,
            keep_audio=keep_audio,
            max_audio_bytes=max_audio_bytes,
            clock=clock,
        )
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
        """The live conversation: typed items in server order (see :class:`History`).

        Deltas, truncations, deletions and cancelled responses applied; after a reconnect
        (a new server session) a new history, the old one as ``history.previous``.

        Example::

            print(voice.history.transcript())
        """
        return self.histories.history

    def carried(self) -> Iterable[CarriedItem]:
        """The history's items, given to a new server session after a drop or a rollover
        (``carry="history"``; see :meth:`realtime_ext.Extension.carried`).

        Example::

            ids = [item.id for item in voice.carried()]
        """
        return self.histories.history

    @property
    def playback(self) -> PlaybackTracker | None:
        """The tracker given as ``playback=`` (``None``: played time is estimated).

        Example::

            tracker = voice.playback
        """
        return self.options.playback

    def _attached(self, link: Link, kind: type[Any], other: str, current: object) -> Any:
        # The one conversation this voice belongs to (its history is that conversation's).
        conversation = link.conversation
        if not isinstance(conversation, kind):
            raise InvalidArgumentError(
                f"{type(self).__name__} is for a {kind.__name__}; this one is "
                f"{type(conversation).__name__}: attach {other} instead"
            )
        if current not in (None, conversation):
            raise InvalidArgumentError(
                f"this {type(self).__name__} is already attached to another conversation: "
                "build one per connection"
            )
        return conversation

    def _unattached(self) -> InvalidArgumentError:
        return InvalidArgumentError(
            f"this {type(self).__name__} is not attached to a conversation: pass it as "
            "connect(..., extensions=[voice]) or conn.add_extension(voice)"
        )

    def audio_received(self, item_id: str) -> int | None:
        """The decoded audio bytes received so far for output item ``item_id`` (``None``:
        none tracked). A connection's metrics read each response's audio from here (its
        factory hands them this method) rather than counting every delta a second time."""
        return self.interrupter.received_bytes(item_id)

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

    ``playback``: a :class:`PlaybackTracker` your speaker reports what it played to
    (default ``None``: played time is estimated, audio assumed to play in real time from
    its arrival by ``clock``). ``auto_interrupt`` (default: on when ``playback`` is
    given): an ``input_audio_buffer.speech_started`` during assistant audio sends
    ``response.cancel`` (when the server does not cancel it itself) and
    ``conversation.item.truncate`` at the heard milliseconds, clamped to the audio
    received, then calls the conversation's ``"interrupted"`` handlers.
    ``keep_audio``: keep audio in the history too (default ``False``), at most
    ``max_audio_bytes`` (default ``32 * 2**20``). ``clock``: what the played-time
    estimate reads (default: the system's; tests pass ``realtime_ext.testing.ManualClock``).
    Every argument is checked here (``InvalidArgumentError``).

    Attach it to one conversation, as it opens (``extensions=[voice]``) or later
    (``conn.add_extension(voice)``). Its history is what a new session is given after a
    drop or a rollover (``carry="history"``).

    Example::

        voice = Voice(playback=PlaybackTracker())
        with client.connect(model="gpt-realtime", extensions=[voice]) as conn:
            voice.interrupt()
            print(voice.history.transcript())
    """

    conn: Conversation | None = None
    """The conversation it is attached to (``None`` until then)."""

    def added(self, link: Link) -> None:
        """Attached to ``link``'s conversation: a blocking one (else ``InvalidArgumentError``)."""
        conversation: Conversation = self._attached(link, Conversation, "AsyncVoice", self.conn)
        self.conn = conversation

    def received(self, event: Any) -> None:
        """Called by the conversation with each received event (barge-in sends here)."""
        out = self._taken(event)
        if out or self.interrupter.pending is not None:
            self._deliver(out)

    def interrupt(self) -> Interruption:
        """Interrupt the assistant now (push-to-talk): what a barge-in does, on demand.

        Sends ``response.cancel`` if a response is in progress and
        ``conversation.item.truncate`` for the item playing at the milliseconds heard
        (from ``playback=``, else estimated), never more than the audio received, never
        twice; then calls the ``"interrupted"`` handlers. Returns what it did.

        Example::

            done = voice.interrupt()
            print(done.item_id, done.audio_end_ms)
        """
        if self.conn is None:
            raise self._unattached()
        self._deliver(self.interrupter.interrupt())
        last = self.interrupter.last
        assert last is not None
        return last

    def _deliver(self, out: Sequence[dict[str, Any]]) -> None:
        conn = self.conn
        assert conn is not None  # told of events only once attached
        interruption = self.interrupter.take_pending()
        for payload in out:
            conn.send(payload)
        if interruption is not None:
            conn.dispatch(interruption)


class AsyncVoice(_VoiceBase):
    """Barge-in and history for an asyncio conversation (an extension): :class:`Voice`'s
    twin (the same arguments), with ``await voice.interrupt()``.

    Example::

        voice = AsyncVoice(playback=PlaybackTracker())
        async with client.connect(model="gpt-realtime", extensions=[voice]) as conn:
            await voice.interrupt()
    """

    conn: AsyncConversation | None = None
    """The conversation it is attached to (``None`` until then)."""

    def added(self, link: Link) -> None:
        """Attached to ``link``'s conversation: an asyncio one (else ``InvalidArgumentError``)."""
        conversation: AsyncConversation = self._attached(
            link, AsyncConversation, "Voice", self.conn
        )
        self.conn = conversation

    async def received(self, event: Any) -> None:
        """Called by the conversation with each received event (barge-in sends here)."""
        out = self._taken(event)
        if out or self.interrupter.pending is not None:
            await self._deliver(out)

    async def interrupt(self) -> Interruption:
        """Interrupt the assistant now: see :meth:`Voice.interrupt`.

        Example::

            done = await voice.interrupt()
        """
        if self.conn is None:
            raise self._unattached()
        await self._deliver(self.interrupter.interrupt())
        last = self.interrupter.last
        assert last is not None
        return last

    async def _deliver(self, out: Sequence[dict[str, Any]]) -> None:
        conn = self.conn
        assert conn is not None  # told of events only once attached
        interruption = self.interrupter.take_pending()
        for payload in out:
            await conn.send(payload)
        if interruption is not None:
            await conn.dispatch(interruption)
