"""Playback known from marks: for outputs that report what they played late (phone streams).

Twilio Media Streams (and Telnyx, Vonage) play audio on their side and say what was played
only by echoing *marks*: a mark sent after some audio comes back once that audio has played.
:class:`MarkPlaybackTracker` keeps the output's timeline: audio plays in real time from the
moment it is handed over (when the output was idle), each echoed mark pins the position to
what had been sent when that mark was sent, and a clear (``on_interrupted``) forgets every
mark still out, so marks echoed for audio that was cleared change nothing.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Mapping
from typing import Any

from realtime_ext import InvalidArgumentError
from realtime_ext.audio import AudioFormat, time_source

from ._tracker import MAX_QUEUED_PARTS, PlaybackState, PlaybackTracker, check_item

MAX_PENDING_MARKS = 1024
"""Marks sent and not yet echoed that a tracker remembers (an older one's echo is ignored)."""
MARK_PREFIX = "rx"


class MarkPlaybackTracker(PlaybackTracker):
    """A :class:`PlaybackTracker` fed by marks, for outputs that report playback late.

    Hand it each piece of audio as it goes to the output (:meth:`on_output`), send the
    output a mark named by :meth:`mark` after it, and pass each echoed mark's name to
    :meth:`on_mark`. The position played is the last echoed mark's (what had been sent
    when it was sent) plus the real time since (``clock``), never more than was sent;
    before any echo, audio counts as playing from the moment it was handed over. After
    :meth:`on_interrupted` (the output was cleared) the marks still out are forgotten.

    Example:
        >>> now = [0.0]
        >>> tracker = MarkPlaybackTracker(format="audio/pcmu", clock=lambda: now[0])
        >>> tracker.on_output("item_1", 0, bytes(8000))  # 1 s of G.711 handed over
        >>> name = tracker.mark()
        >>> now[0] = 0.25; tracker.get_state()["elapsed_ms"]
        250.0
        >>> tracker.on_interrupted()                      # barge-in: the output was cleared
        >>> tracker.on_mark(name), tracker.get_state()["current_item_id"]
        (False, None)
    """

    __slots__ = ("_anchor_at", "_anchor_ms", "_marks", "_now", "_parts", "_seq", "_total_ms")

    def __init__(
        self,
        *,
        format: AudioFormat | str | Mapping[str, Any] | None = None,
        clock: object = None,
    ) -> None:
        super().__init__(format=format)
        self._now = time_source(clock)
        # The output's timeline in milliseconds of audio handed over: each part as
        # [item_id, content_index, start_ms, length_ms, reported_ms], the total handed over,
        # and the anchor: a position known played (anchor_ms) at a clock time (anchor_at).
        self._parts: deque[list[Any]] = deque(maxlen=MAX_QUEUED_PARTS)
        self._total_ms = 0.0
        self._anchor_ms = 0.0
        self._anchor_at = self._now()
        self._marks: OrderedDict[str, float] = OrderedDict()
        self._seq = 0

    def _played(self, now: float) -> float:
        return min(self._total_ms, self._anchor_ms + max(0.0, now - self._anchor_at) * 1000)

    def on_output(
        self, item_id: str, content_index: int, data: bytes | bytearray | memoryview
    ) -> None:
        """Record that ``data`` was handed to the output; it plays after what is queued."""
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidArgumentError(f"data must be bytes, got {type(data).__name__}")
        item_id, content_index = check_item(item_id, content_index)
        ms = self._format.ms(len(data))
        with self._lock:
            now = self._now()
            if self._played(now) >= self._total_ms:
                # The output was idle (all it had was played): this audio starts now.
                self._anchor_ms, self._anchor_at = self._total_ms, now
                while len(self._parts) > 1:
                    self._parts.popleft()
            last = self._parts[-1] if self._parts else None
            if last is not None and last[0] == item_id and last[1] == content_index:
                last[3] += ms
            else:
                self._parts.append([item_id, content_index, self._total_ms, ms, 0.0])
            self._total_ms += ms

    def mark(self) -> str:
        """A new mark's name, standing for all the audio handed over so far: send it to the
        output after that audio."""
        with self._lock:
            self._seq += 1
            name = f"{MARK_PREFIX}{self._seq}"
            self._marks[name] = self._total_ms
            while len(self._marks) > MAX_PENDING_MARKS:
                self._marks.popitem(last=False)
            return name

    def on_mark(self, name: object) -> bool:
        """The output echoed mark ``name``: the audio before it has played. ``False`` (and
        nothing changes) for a mark that was cleared, echoed already or never sent."""
        if not isinstance(name, str):
            return False
        with self._lock:
            position = self._marks.get(name)
            if position is None:
                return False
            while self._marks:  # marks echo in order: the ones before it are done too
                if self._marks.popitem(last=False)[0] == name:
                    break
            self._anchor_ms, self._anchor_at = position, self._now()
            while len(self._parts) > 1 and self._parts[0][2] + self._parts[0][3] <= position:
                self._parts.popleft()
            return True

    def on_play_ms(self, item_id: str, content_index: int, ms: float) -> None:
        """The output reported ``ms`` more of ``item_id``/``content_index`` played (counted
        as a mark at that point of the part)."""
        super().on_play_ms(item_id, content_index, ms)  # checks the arguments
        with self._lock:
            for part in self._parts:
                if part[0] == item_id and part[1] == content_index:
                    part[4] += float(ms)
                    self._anchor_ms = min(self._total_ms, part[2] + part[4])
                    self._anchor_at = self._now()
                    break

    def on_interrupted(self) -> None:
        """The output was cleared: nothing plays, and marks still out no longer count."""
        super().on_interrupted()
        with self._lock:
            self._parts.clear()
            self._marks.clear()
            self._anchor_ms, self._anchor_at = self._total_ms, self._now()

    def get_state(self) -> PlaybackState:
        """The part playing now (by the clock since the last echoed mark) and how far in."""
        with self._lock:
            played = self._played(self._now())
            for part in self._parts:
                if played < part[2] + part[3] or part is self._parts[-1]:
                    return {
                        "current_item_id": part[0],
                        "current_item_content_index": part[1],
                        "elapsed_ms": max(0.0, min(played - part[2], part[3])),
                    }
            return {"current_item_id": None, "current_item_content_index": None, "elapsed_ms": None}

    @property
    def pending_marks(self) -> int:
        """Marks sent and not yet echoed (nor cleared)."""
        with self._lock:
            return len(self._marks)

    def __repr__(self) -> str:
        state = self.get_state()
        return (
            f"MarkPlaybackTracker(item={state['current_item_id']!r}, "
            f"elapsed_ms={state['elapsed_ms']}, pending_marks={self.pending_marks}, "
            f"format={self._format.type!r})"
        )
