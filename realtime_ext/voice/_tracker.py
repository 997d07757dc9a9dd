"""What the user has actually heard: the app reports playback, the SDK reads it to truncate."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Mapping
from typing import Any, TypedDict

from realtime_ext import InvalidArgumentError
from realtime_ext.audio import AudioFormat, as_audio_format

MAX_QUEUED_PARTS = 64
"""Parts handed to an output and not yet playing that a tracker remembers (older ones are
long played)."""


class PlaybackState(TypedDict):
    """:meth:`PlaybackTracker.get_state`: the item playing and how much of it was played.

    The Agents SDK's ``RealtimePlaybackState`` keys, so code moves over unchanged.
    """

    current_item_id: str | None
    current_item_content_index: int | None
    elapsed_ms: float | None


def check_item(item_id: object, content_index: object) -> tuple[str, int]:
    if not isinstance(item_id, str) or not item_id:
        raise InvalidArgumentError(f"item_id must be a non-empty str, got {item_id!r}")
    if isinstance(content_index, bool) or not isinstance(content_index, int) or content_index < 0:
        raise InvalidArgumentError(f"content_index must be an int >= 0, got {content_index!r}")
    return item_id, content_index


class PlaybackTracker:
    """Tracks how much assistant audio the user has heard, for exact barge-in truncation.

    Call :meth:`on_play_bytes` (or :meth:`on_play_ms`) as your speaker *plays* audio (not
    as it arrives); pass it to ``client.connect(..., playback=tracker)`` and the
    connection truncates an interrupted item at what was heard. The methods are the Agents
    SDK's ``RealtimePlaybackTracker``'s, so code moves over by changing the class name. The
    audio format comes from the session (the connection sets it from ``session.created``/
    ``session.updated``) or from ``format=`` (``"audio/pcm"``, ``"audio/pcmu"``, ``"audio/pcma"``).

    Example:
        >>> tracker = PlaybackTracker()
        >>> tracker.on_play_bytes("item_1", 0, bytes(4800))  # 100 ms of PCM16 at 24 kHz
        >>> tracker.on_play_ms("item_1", 0, 50)
        >>> tracker.get_state()["elapsed_ms"]
        150.0
        >>> tracker.on_interrupted()
        >>> tracker.get_state()["current_item_id"] is None
        True
    """

    __slots__ = (
        "_content_index",
        "_elapsed_ms",
        "_format",
        "_item_id",
        "_lock",
        "_next",
        "_sent_ms",
    )

    def __init__(self, *, format: AudioFormat | str | Mapping[str, Any] | None = None) -> None:
        self._format = as_audio_format(format)
        self._item_id: str | None = None
        self._content_index: int | None = None
        self._elapsed_ms: float | None = None
        # What on_output handed over: the playing part's milliseconds (None: not told) and
        # the parts queued behind it, in order, as [item_id, content_index, ms] (bounded:
        # an output holds seconds of audio, a few parts at most).
        self._sent_ms: float | None = None
        self._next: deque[list[Any]] = deque(maxlen=MAX_QUEUED_PARTS)
        # A sound card's callback thread reports while the receiving thread reads.
        self._lock = threading.Lock()

    @property
    def format(self) -> AudioFormat:
        """The output audio format used to turn played bytes into milliseconds."""
        return self._format

    def set_audio_format(self, format: AudioFormat | str | Mapping[str, Any]) -> None:
        """Use ``format`` for later :meth:`on_play_bytes` calls (the Agents SDK's name)."""
        self._format = as_audio_format(format)

    def on_play_bytes(
        self, item_id: str, content_index: int, data: bytes | bytearray | memoryview
    ) -> None:
        """Record that ``data`` (audio of ``item_id``/``content_index``) was just played."""
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidArgumentError(f"data must be bytes, got {type(data).__name__}")
        self.on_play_ms(item_id, content_index, self._format.ms(len(data)))

    def on_play_ms(self, item_id: str, content_index: int, ms: float) -> None:
        """Record that ``ms`` milliseconds of ``item_id``/``content_index`` were just played.

        Playing another item (or content part) starts counting from zero for it.
        """
        item_id, content_index = check_item(item_id, content_index)
        if isinstance(ms, bool) or not isinstance(ms, int | float) or not 0 <= ms < math.inf:
            raise InvalidArgumentError(f"ms must be a finite number >= 0, got {ms!r}")
        with self._lock:
            if item_id != self._item_id or content_index != self._content_index:
                sent: float | None = None
                # Parts handed over before this one were played out (or skipped).
                while self._next:
                    queued = self._next.popleft()
                    if queued[0] == item_id and queued[1] == content_index:
                        sent = queued[2]
                        break
                self._item_id, self._content_index, self._elapsed_ms = item_id, content_index, 0.0
                self._sent_ms = sent
            self._elapsed_ms = (self._elapsed_ms or 0.0) + float(ms)

    def on_output(
        self, item_id: str, content_index: int, data: bytes | bytearray | memoryview
    ) -> None:
        """Record that ``data`` was handed to the output (a speaker's queue, a phone stream).

        From that moment the part counts as playing, at what was reported played so far
        (zero before any report): a barge-in before the output's first report still cuts
        the reply (at zero) instead of leaving all of it in the conversation. A part handed
        over while another plays starts when the one before it was played out.

        Example:
            >>> tracker = PlaybackTracker(format="audio/pcmu")
            >>> tracker.on_output("item_1", 0, bytes(800))  # 100 ms, nothing played yet
            >>> tracker.get_state()["current_item_id"], tracker.get_state()["elapsed_ms"]
            ('item_1', 0.0)
        """
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidArgumentError(f"data must be bytes, got {type(data).__name__}")
        item_id, content_index = check_item(item_id, content_index)
        ms = self._format.ms(len(data))
        with self._lock:
            if item_id == self._item_id and content_index == self._content_index:
                self._sent_ms = (self._sent_ms or 0.0) + ms
            elif self._next and self._next[-1][0] == item_id and self._next[-1][1] == content_index:
                self._next[-1][2] += ms
            elif self._item_id is None:
                self._item_id, self._content_index = item_id, content_index
                self._elapsed_ms, self._sent_ms = 0.0, ms
            else:
                self._next.append([item_id, content_index, ms])

    def on_interrupted(self) -> None:
        """Playback was interrupted (the connection calls this): nothing is playing now."""
        with self._lock:
            self._item_id = self._content_index = self._elapsed_ms = self._sent_ms = None
            self._next.clear()

    def get_state(self) -> PlaybackState:
        """The item playing and the milliseconds of it played so far."""
        with self._lock:
            # The playing part was played out and another was handed over after it: that
            # one is playing now (from zero), though the output has not reported it yet.
            while (
                self._next
                and self._sent_ms is not None
                and (self._elapsed_ms or 0.0) >= self._sent_ms
            ):
                item_id, content_index, sent = self._next.popleft()
                self._item_id, self._content_index = item_id, content_index
                self._elapsed_ms, self._sent_ms = 0.0, sent
            return {
                "current_item_id": self._item_id,
                "current_item_content_index": self._content_index,
                "elapsed_ms": self._elapsed_ms,
            }

    def __repr__(self) -> str:
        return (
            f"PlaybackTracker(item={self._item_id!r}, content_index={self._content_index}, "
            f"elapsed_ms={self._elapsed_ms}, format={self._format.type!r})"
        )
