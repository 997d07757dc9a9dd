"""What the user has actually heard: the app reports playback, the SDK reads it to truncate."""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from typing import Any, TypedDict

from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.audio._formats import AudioFormat, audio_format


class PlaybackState(TypedDict):
    """:meth:`PlaybackTracker.get_state`: the item playing and how much of it was played.

    The Agents SDK's ``RealtimePlaybackState`` keys, so code moves over unchanged.
    """

    current_item_id: str | None
    current_item_content_index: int | None
    elapsed_ms: float | None


def _check_item(item_id: object, content_index: object) -> tuple[str, int]:
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

    __slots__ = ("_content_index", "_elapsed_ms", "_format", "_item_id", "_lock")

    def __init__(self, *, format: AudioFormat | str | Mapping[str, Any] | None = None) -> None:
        self._format = audio_format(format)
        self._item_id: str | None = None
        self._content_index: int | None = None
        self._elapsed_ms: float | None = None
        # A sound card's callback thread reports while the receiving thread reads.
        self._lock = threading.Lock()

    @property
    def format(self) -> AudioFormat:
        """The output audio format used to turn played bytes into milliseconds."""
        return self._format

    def set_audio_format(self, format: AudioFormat | str | Mapping[str, Any]) -> None:
        """Use ``format`` for later :meth:`on_play_bytes` calls (the Agents SDK's name)."""
        self._format = audio_format(format)

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
        item_id, content_index = _check_item(item_id, content_index)
        if isinstance(ms, bool) or not isinstance(ms, int | float) or not 0 <= ms < math.inf:
            raise InvalidArgumentError(f"ms must be a finite number >= 0, got {ms!r}")
        with self._lock:
            if item_id != self._item_id or content_index != self._content_index:
                self._item_id, self._content_index, self._elapsed_ms = item_id, content_index, 0.0
            self._elapsed_ms = (self._elapsed_ms or 0.0) + float(ms)

    def on_interrupted(self) -> None:
        """Playback was interrupted (the connection calls this): nothing is playing now."""
        with self._lock:
            self._item_id = self._content_index = self._elapsed_ms = None

    def get_state(self) -> PlaybackState:
        """The item playing and the milliseconds of it played so far."""
        with self._lock:
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
