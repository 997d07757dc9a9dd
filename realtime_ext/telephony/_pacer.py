"""What Twilio holds ahead of the caller's ear on a GPT-Live call, kept shallow by marks.

GPT-Live's output is a continuous track (100 ms frames, silence while the model is quiet)
and its barge-in is the model's own: no event says the model stopped, no truncate exists,
and audio Twilio has queued plays whatever the model does next. So the bridge hands Twilio
little at a time: each frame goes as a ``media`` message followed by its own ``mark``, and
only while the frames whose marks Twilio has not echoed yet (not played yet) stay within
``ahead_ms``; the rest waits here, bounded. When the model yields to the caller,
:meth:`MarkPacer.drop` forgets both and the bridge sends ``clear``: the caller stops
hearing the old reply at once, having been at most ``ahead_ms`` behind it.

Sans I/O: the bridge sends what :meth:`MarkPacer.due` gives and reports Twilio's echoes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from realtime_ext import InvalidArgumentError

AHEAD_MS = 200.0
"""Audio Twilio may hold unplayed (sent, its mark not echoed yet), in milliseconds."""
MAX_QUEUED_MS = 30_000.0
"""Audio that waits in the bridge at most: beyond it the bridge stops reading the model's
events until Twilio has played some (GPT-Live streams in real time: never in practice)."""
MULAW_BYTES_PER_MS = 8
# A G.711 mu-law byte's segment (exponent) grows with the amplitude; the model's silence is
# 0xFF (segment 0) or dither in the lowest segments. Segment 2 and up is sound: about
# -40 dBFS, well under speech and well over dither.
_SOUND = bytes(1 if ((~byte & 0xFF) >> 4) & 0x7 >= 2 else 0 for byte in range(256))


def voiced(mulaw: bytes) -> bool:
    """Whether G.711 mu-law audio holds sound (not the digital silence or dither of a quiet
    model).

    Example:
        >>> voiced(b"\\xff" * 800), voiced(b"\\x80\\x00" * 400)
        (False, True)
    """
    return 1 in mulaw.translate(_SOUND)


@dataclass(frozen=True, slots=True)
class _Frame:
    payload: str  # base64 mu-law, as the model sent it (passed on untouched)
    ms: float
    voiced: bool


class MarkPacer:
    """The model's audio between GPT-Live and Twilio: what waits, what Twilio holds.

    Example:
        >>> pacer = MarkPacer()
        >>> [pacer.push("gA==", b"\\x80" * 800) for _ in range(3)]  # 100 ms of sound each
        [True, True, True]
        >>> [mark for _, mark in pacer.due()]           # two fit in 200 ms
        ['live1', 'live2']
        >>> pacer.held_ms, pacer.queued_ms
        (200.0, 100.0)
        >>> pacer.on_mark("live1"), [mark for _, mark in pacer.due()]
        (True, ['live3'])
        >>> pacer.voiced_unheard
        True
        >>> pacer.drop()                                # the model yielded
        >>> pacer.held_ms, pacer.queued_ms, pacer.voiced_unheard
        (0.0, 0.0, False)
    """

    __slots__ = ("_count", "_held", "_queue", "ahead_ms", "held_ms", "max_queued_ms", "queued_ms")

    def __init__(self, *, ahead_ms: float = AHEAD_MS, max_queued_ms: float = MAX_QUEUED_MS) -> None:
        for value, name in ((ahead_ms, "ahead_ms"), (max_queued_ms, "max_queued_ms")):
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise InvalidArgumentError(f"{name} must be a number > 0, got {value!r}")
        self.ahead_ms: float = float(ahead_ms)
        self.max_queued_ms: float = float(max_queued_ms)
        self._queue: deque[_Frame] = deque()
        self._held: deque[tuple[str, _Frame]] = deque()  # sent; mark not echoed yet
        self._count = 0
        self.held_ms: float = 0.0
        """Audio Twilio holds unplayed: sent, its mark not echoed yet."""
        self.queued_ms: float = 0.0
        """Audio waiting in the bridge for room at Twilio."""

    @property
    def full(self) -> bool:
        """Whether the bridge holds all it may: the next frame waits for Twilio to play."""
        return self.queued_ms >= self.max_queued_ms

    @property
    def voiced_unheard(self) -> bool:
        """Whether any sound of the model's is still unheard (waiting here or at Twilio)."""
        return any(frame.voiced for frame in self._queue) or any(
            frame.voiced for _, frame in self._held
        )

    def push(self, payload: str, mulaw: bytes) -> bool:
        """Queue one frame of the model's audio (``payload``: its base64, ``mulaw``: its
        bytes); returns whether it holds sound."""
        frame = _Frame(payload, len(mulaw) / MULAW_BYTES_PER_MS, voiced(mulaw))
        self._queue.append(frame)
        self.queued_ms += frame.ms
        return frame.voiced

    def due(self) -> Iterator[tuple[str, str]]:
        """The frames to send now, each as ``(payload, mark name)``: as many as fit in
        ``ahead_ms`` with what Twilio holds (one at least when Twilio holds nothing, so a
        frame longer than ``ahead_ms`` still goes)."""
        while self._queue and (not self._held or self.held_ms + self._queue[0].ms <= self.ahead_ms):
            frame = self._queue.popleft()
            self.queued_ms -= frame.ms
            self._count += 1
            name = f"live{self._count}"
            self._held.append((name, frame))
            self.held_ms += frame.ms
            yield frame.payload, name

    def on_mark(self, name: object) -> bool:
        """Twilio echoed mark ``name``: the audio up to it has played. ``False`` (nothing
        changes) for a mark dropped by :meth:`drop`, echoed already or never sent."""
        if not any(held == name for held, _ in self._held):
            return False
        while self._held:
            held, frame = self._held.popleft()
            self.held_ms -= frame.ms
            if held == name:
                break
        if not self._held:
            self.held_ms = 0.0  # no float dust left over
        return True

    def drop(self) -> None:
        """Forget everything not yet heard, waiting or held: the bridge sends Twilio
        ``clear`` with it (Twilio then holds nothing; the echoes of the marks it dropped
        change nothing here)."""
        self._queue.clear()
        self._held.clear()
        self.queued_ms = self.held_ms = 0.0
