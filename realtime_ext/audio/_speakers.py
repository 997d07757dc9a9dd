"""Speakers: play response audio, report what was *played* to a PlaybackTracker.

A speaker is a conversation extension: ``speaker.attach(conn)`` feeds it every
``response.output_audio.delta`` and flushes it when the assistant is interrupted (a
truncate or cancel is sent, or the ``"interrupted"`` handlers run) and when a reconnect
loses the reply it was playing (the app may ask again). Audio is decoded from
the session format (PCM, G.711) to PCM16 at the speaker's rate on arrival; the tracker is
told, as playback happens, how many milliseconds of which item were played.

The tracker is anything with ``on_play_ms`` (:class:`PlaybackObserver`, declared here):
``realtime_ext.voice.PlaybackTracker`` is one. Audio sits below voice and knows nothing
of it; voice's tracker satisfies the protocol audio declares.

:class:`Speaker` plays on a sound card through ``sounddevice``; the test double that plays
at the speed of a clock without a device is ``realtime_ext.testing.FakeSpeaker``, built on
the same :class:`BaseSpeaker`.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, Self, cast, runtime_checkable

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import close_stream, load_sounddevice, open_stream

from ._formats import PCM, AudioFormat, check_rate, output_format_of
from ._resample import Resampler


class PlaybackObserver(Protocol):
    """What a speaker reports playback to: ``realtime_ext.voice.PlaybackTracker`` is one.

    A speaker calls :meth:`on_play_ms` as the audio of an item comes out, so barge-in can
    truncate the item at what the user heard.

    Example::

        class Log:
            def on_play_ms(self, item_id: str, content_index: int, ms: float) -> None:
                print(f"{item_id}[{content_index}]: {ms} ms played")

        speaker = Speaker(Log())
    """

    def on_play_ms(self, item_id: str, content_index: int, ms: float) -> None:
        """``ms`` milliseconds of ``item_id``'s content part ``content_index`` were played."""
        ...


@runtime_checkable
class OutputObserver(PlaybackObserver, Protocol):
    """A :class:`PlaybackObserver` also told what is handed to the output and when playing
    stops: ``realtime_ext.voice.PlaybackTracker`` is one. A speaker given one calls
    :meth:`on_output` as audio enters its queue (from then the item counts as playing, so a
    barge-in before the device's first report still cuts the reply) and
    :meth:`on_interrupted` when a reconnect lost what it was playing; a plain
    :class:`PlaybackObserver` is told only what was played.

    Example::

        class Log:
            def on_play_ms(self, item_id: str, content_index: int, ms: float) -> None:
                print(f"{item_id}: {ms} ms played")

            def on_output(self, item_id: str, content_index: int, data: bytes) -> None:
                print(f"{item_id}: {len(data)} bytes queued")

            def on_interrupted(self) -> None:
                print("nothing plays now")

        speaker = Speaker(Log())  # told of all three
    """

    def on_output(
        self, item_id: str, content_index: int, data: bytes | bytearray | memoryview
    ) -> None:
        """``data`` of ``item_id``'s content part ``content_index`` went to the output."""
        ...

    def on_interrupted(self) -> None:
        """Playing stopped (what was queued was dropped): nothing plays now."""
        ...


_AUDIO_DELTAS = ("response.output_audio.delta", "response.audio.delta")


MAX_MUTED = 64
"""Items (and responses) a speaker remembers as cut off."""


def _mute(muted: dict[str, None], key: str) -> None:
    muted[key] = None
    if len(muted) > MAX_MUTED:
        del muted[next(iter(muted))]


@dataclass(slots=True)
class _Chunk:
    item_id: str
    content_index: int
    response_id: str | None
    pcm: bytes


def event_field(event: object, name: str) -> Any:
    """``event[name]`` of a dict event, ``event.name`` of a typed one (``None`` when unset)."""
    if isinstance(event, dict):
        return cast("dict[str, Any]", event).get(name)
    value = getattr(event, name, None)
    return None if value is not None and type(value).__name__ == "Unset" else value


def event_kind(event: object) -> Any:
    """An event's ``type``, dict or typed."""
    if isinstance(event, dict):
        return cast("dict[str, Any]", event).get("type")
    return getattr(event, "type_", None)


class BaseSpeaker:
    """The queue every speaker shares: what arrived, minus what was played or flushed.

    :class:`Speaker` plays it on a sound card, ``realtime_ext.testing.FakeSpeaker`` at the
    speed of a clock; a speaker of your own (into a browser, a phone line) subclasses it.

    Example::

        speaker = Speaker(tracker).attach(conn)  # a BaseSpeaker fed by conn
    """

    def __init__(
        self, tracker: PlaybackObserver | None, rate: int | None, max_buffer_ms: int
    ) -> None:
        if rate is not None:
            check_rate(rate, "rate")
        if (
            isinstance(max_buffer_ms, bool)
            or not isinstance(max_buffer_ms, int)
            or (max_buffer_ms <= 0)
        ):
            raise InvalidArgumentError(
                f"max_buffer_ms must be a positive int, got {max_buffer_ms!r}"
            )
        self._tracker: PlaybackObserver | None = None
        self._output: OutputObserver | None = None
        self.tracker = tracker
        self.format: AudioFormat = PCM
        self._rate: int | None = rate
        self._resampler: Resampler | None = None
        self._lock = threading.Lock()
        self._queue: deque[_Chunk] = deque()
        self._queued_bytes = 0
        self._max_buffer_ms = max_buffer_ms
        # Items and responses cut off: their late audio is not played. The most recent
        # ones only (a dict as an ordered set), so a long session's barge-ins stay bounded.
        self._muted_items: dict[str, None] = {}
        self._muted_responses: dict[str, None] = {}
        self.dropped_ms: float = 0.0
        """Audio discarded: flushed on interruption, or over ``max_buffer_ms``."""

    @property
    def tracker(self) -> PlaybackObserver | None:
        """What playback is reported to (``None``: nobody)."""
        return self._tracker

    @tracker.setter
    def tracker(self, tracker: PlaybackObserver | None) -> None:
        self._tracker = tracker
        # Which interface it has, decided once here, not per audio delta.
        self._output = tracker if isinstance(tracker, OutputObserver) else None

    @property
    def rate(self) -> int:
        """The rate audio is played at (the session's unless given)."""
        return self._rate or self.format.rate

    @property
    def buffered_ms(self) -> float:
        """Milliseconds of audio waiting to be played."""
        return self._queued_bytes * 1000 / (self.rate * 2)

    def attach(self, conn: Any) -> Self:
        """Feed this speaker from ``conn`` (a blocking or asyncio conversation); returns self.

        Example::

            speaker = Speaker(tracker).attach(conn)
        """
        from ._feeds import SpeakerFeed  # with the first speaker attached: see _feeds

        conn.add_extension(SpeakerFeed(self))
        conn.on("interrupted", self.interrupted)
        return self

    # -- what the conversation tells it (through its SpeakerFeed extension) ---------------
    def received(self, event: Any) -> None:
        """Take audio deltas (and the session's format) from received events."""
        kind = event_kind(event)
        if kind in _AUDIO_DELTAS:
            self._on_delta(event)
        elif kind in ("session.created", "session.updated"):
            session = event_field(event, "session")
            found = output_format_of(session)
            if found is not None and found != self.format:
                self.format = found
                self._resampler = None

    def sent(self, payload: dict[str, Any]) -> None:
        """Stop playing what the app (or barge-in) truncated or cancelled."""
        kind = payload.get("type")
        if kind == "conversation.item.truncate" and isinstance(payload.get("item_id"), str):
            _mute(self._muted_items, payload["item_id"])
            self.clear(item_id=payload["item_id"])
        elif kind == "response.cancel":
            self.clear()

    def interrupted(self, interruption: Any) -> None:
        """The ``"interrupted"`` handler: drop everything queued and what is still coming."""
        response_id = getattr(interruption, "cancelled_response_id", None)
        if isinstance(response_id, str):
            _mute(self._muted_responses, response_id)
        with self._lock:
            for chunk in self._queue:
                _mute(self._muted_items, chunk.item_id)
        self.clear()

    def response_lost(self, lost: Any) -> None:
        """A reconnect lost these responses (told by its feed): drop what is queued of
        them. The app may ask again, and the new reply would follow the old one's start."""
        found: Any = getattr(lost, "response_ids", None)
        if not isinstance(found, tuple | list):  # as every hook here, lenient: not a loss
            return
        ids = cast("Iterable[object]", found)
        lost_ids = {each for each in ids if isinstance(each, str)}
        if not lost_ids:
            return
        dropped = self._retain(lambda chunk: chunk.response_id not in lost_ids)
        if dropped and self._output is not None:
            # Its playing stopped, as at a barge-in: the tracker no longer reports it
            # playing, so the user's next words are not taken for a barge-in over it.
            self._output.on_interrupted()

    # -- queue -----------------------------------------------------------------------------
    def _on_delta(self, event: Any) -> None:
        item_id, delta = event_field(event, "item_id"), event_field(event, "delta")
        index, response_id = event_field(event, "content_index"), event_field(event, "response_id")
        if not isinstance(item_id, str) or not isinstance(delta, str):
            return
        if item_id in self._muted_items or response_id in self._muted_responses:
            return
        try:
            data = base64.b64decode(delta)
        except (binascii.Error, ValueError):
            return
        self.write(item_id, index if isinstance(index, int) else 0, data, response_id=response_id)

    def write(
        self, item_id: str, content_index: int, data: bytes, *, response_id: str | None = None
    ) -> None:
        """Queue ``data`` (session-format audio of ``item_id``) for playing."""
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidArgumentError(
                f"write() takes the audio as bytes, got {type(data).__name__}"
            )
        # The cap applies before any work: more than max_buffer_ms in one chunk would only
        # push its own start out of the queue, so that start is dropped here, undecoded and
        # unresampled (a hostile 10 MB delta costs no more than max_buffer_ms of audio).
        fmt = self.format
        most = self._max_buffer_ms * fmt.rate // 1000 * fmt.sample_width
        if len(data) > most:
            self.dropped_ms += fmt.ms(len(data) - most)
            data = data[len(data) - most :]
        # Handed to the output: from now it counts as playing (at zero until the device
        # reports), so a barge-in before the first callback still cuts the reply. A tracker
        # that is no OutputObserver (any PlaybackObserver) is told only what was played.
        if self._output is not None:
            self._output.on_output(item_id, content_index, data)
        pcm = fmt.decode(data)
        if self.rate != self.format.rate:
            if self._resampler is None:
                self._resampler = Resampler(self.format.rate, self.rate)
            pcm = self._resampler.process(pcm)
        with self._lock:
            self._queue.append(_Chunk(item_id, content_index, response_id, pcm))
            self._queued_bytes += len(pcm)
            limit = self._max_buffer_ms * self.rate * 2 // 1000
            while self._queued_bytes > limit and self._queue:  # a hostile or runaway server
                old = self._queue.popleft()
                self._queued_bytes -= len(old.pcm)
                self.dropped_ms += len(old.pcm) * 1000 / (self.rate * 2)

    def clear(self, item_id: str | None = None) -> None:
        """Drop queued audio (of ``item_id`` only, when given)."""
        self._retain(lambda chunk: item_id is not None and chunk.item_id != item_id)

    def _retain(self, keep: Callable[[_Chunk], bool]) -> int:
        """Drop the queued chunks ``keep`` refuses (counted in ``dropped_ms``); the bytes
        dropped."""
        with self._lock:
            kept = deque(c for c in self._queue if keep(c))
            dropped = self._queued_bytes - sum(len(c.pcm) for c in kept)
            self._queue, self._queued_bytes = kept, self._queued_bytes - dropped
            self.dropped_ms += dropped * 1000 / (self.rate * 2)
        return dropped

    def _take(self, nbytes: int) -> bytes:
        """Up to ``nbytes`` of PCM to play now; tells the tracker what they were."""
        out = bytearray()
        played: list[tuple[str, int, int]] = []
        with self._lock:
            while len(out) < nbytes and self._queue:
                chunk = self._queue[0]
                take = min(nbytes - len(out), len(chunk.pcm))
                take -= take % 2
                if take <= 0:
                    break
                out += chunk.pcm[:take]
                played.append((chunk.item_id, chunk.content_index, take))
                if take == len(chunk.pcm):
                    self._queue.popleft()
                else:
                    chunk.pcm = chunk.pcm[take:]
                self._queued_bytes -= take
        tracker = self._tracker
        if tracker is not None:
            for item_id, index, size in played:
                tracker.on_play_ms(item_id, index, size * 1000 / (self.rate * 2))
        return bytes(out)


class Speaker(BaseSpeaker):
    """Plays response audio on a sound card (``pip install 'realtime-ext[sounddevice]'``).

    The device asks for audio as it plays; what it takes is reported to the tracker then,
    so barge-in truncates at what came out of the speaker (up to the device's own buffer
    latency, ``latency="low"`` by default). Use as a context manager (or :meth:`start`/
    :meth:`stop`).

    Example::

        tracker = PlaybackTracker()
        with client.connect(model="gpt-realtime", playback=tracker) as conn, \\
                Speaker(tracker).attach(conn):
            conn.dispatch_events()
    """

    def __init__(
        self,
        tracker: PlaybackObserver | None = None,
        *,
        rate: int | None = None,
        device: Any = None,
        max_buffer_ms: int = 120_000,
        latency: str | float = "low",
    ) -> None:
        super().__init__(tracker, rate, max_buffer_ms)
        self._device = device
        self._latency = latency
        self._stream: Any = None

    def start(self) -> None:
        """Open the output stream (the device starts pulling audio)."""
        sd = load_sounddevice()

        def callback(outdata: Any, frames: int, time_info: Any, status: Any) -> None:
            data = self._take(frames * 2)
            outdata[: len(data)] = data
            outdata[len(data) :] = b"\x00" * (frames * 2 - len(data))

        def open_at(rate: int) -> Any:
            return sd.RawOutputStream(
                samplerate=rate,
                channels=1,
                dtype="int16",
                device=self._device,
                latency=self._latency,
                callback=callback,
            )

        # Many sound cards cannot open at 24 kHz: play at the device's own rate.
        self._stream, rate = open_stream(
            open_at, self.rate, self._device, "output", fixed=self._rate is not None
        )
        if rate != self.rate:
            self._rate = rate
            self._resampler = None

    def stop(self) -> None:
        """Close the output stream."""
        close_stream(self._stream)
        self._stream = None

    def __enter__(self) -> Speaker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
