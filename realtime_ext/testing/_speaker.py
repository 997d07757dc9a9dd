"""FakeSpeaker: a speaker without a device, playing at the speed of a clock.

A test double (and an offline demo's WAV writer): it lives in ``realtime_ext.testing``
beside the fake server and the manual clock, not in ``realtime_ext.audio`` with the
speakers an app plays through. It shares the real speakers' queue (``BaseSpeaker``): what
arrives, what an interruption flushes and what the tracker is told are the same code.
"""

from __future__ import annotations

import wave
from pathlib import Path

from realtime_ext.audio import BaseSpeaker, Now, PlaybackObserver, time_source


class FakeSpeaker(BaseSpeaker):
    """A speaker without a device that plays at wall-clock speed (for tests and CI).

    Call :meth:`pump` whenever you like: it plays what the time elapsed since the last
    call allows (``clock``: a ``Clock`` such as ``realtime_ext.testing.ManualClock``, or a
    callable returning seconds; real time by default) and tells
    the tracker. ``played`` holds everything played (PCM16 at :attr:`rate`);
    :meth:`save_wav` writes it out.

    Example:
        >>> from realtime_ext.voice import PlaybackTracker
        >>> from realtime_ext.testing import FakeSpeaker
        >>> now = [0.0]
        >>> tracker = PlaybackTracker()
        >>> speaker = FakeSpeaker(tracker, clock=lambda: now[0])
        >>> speaker.write("item_1", 0, bytes(48000))  # 1 s of PCM16 24 kHz arrives
        >>> now[0] = 0.3; speaker.pump()
        14400
        >>> tracker.get_state()["elapsed_ms"]
        300.0
    """

    def __init__(
        self,
        tracker: PlaybackObserver | None = None,
        *,
        clock: object = None,
        rate: int | None = None,
        max_buffer_ms: int = 120_000,
        keep: bool = True,
    ) -> None:
        super().__init__(tracker, rate, max_buffer_ms)
        self.clock: Now = time_source(clock)
        """The time source (``clock.now`` of a ``Clock``, or the callable given)."""
        self._last = self.clock()
        self._owed = 0.0  # fraction of a sample the clock has granted but not played
        self._keep = keep
        self.played: bytearray = bytearray()

    def pump(self) -> int:
        """Play what the clock says has elapsed since the last pump; returns bytes played.

        When nothing is queued the time passes in silence (it is not owed later).
        """
        now = self.clock()
        samples = (now - self._last) * self.rate + self._owed
        self._last = now
        whole = int(samples)
        self._owed = samples - whole
        data = self._take(whole * 2)
        if len(data) < whole * 2:
            self._owed = 0.0
        if self._keep:
            self.played += data
        return len(data)

    def save_wav(self, path: str | Path) -> None:
        """Write what was played as a mono 16-bit WAV file."""
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.rate)
            out.writeframes(bytes(self.played))
