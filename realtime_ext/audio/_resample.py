"""Sample-rate conversion of mono PCM16, streaming, without ``audioop`` or numpy.

Hand-written because the SDK's core install has no numpy (``soxr``/``samplerate`` need
it) and ``audioop.ratecv`` is gone in 3.13. Quality is telephone/voice grade: linear
interpolation, with a short windowed-sinc low-pass in front when downsampling so 24 kHz
speech does not alias into 8 kHz. That is what a voice model needs; for music, resample
with ``soxr`` before sending.
"""

from __future__ import annotations

import math
import sys
from array import array
from operator import mul

from realtime_ext import InvalidArgumentError

from ._formats import check_rate

_TAPS = 15


def _lowpass(cutoff: float) -> list[float]:
    """Windowed-sinc (Hann) low-pass taps, ``cutoff`` as a fraction of the input rate."""
    mid = (_TAPS - 1) / 2
    taps: list[float] = []
    for n in range(_TAPS):
        x = n - mid
        sinc = 2 * cutoff if x == 0 else math.sin(2 * math.pi * cutoff * x) / (math.pi * x)
        taps.append(sinc * (0.5 - 0.5 * math.cos(2 * math.pi * n / (_TAPS - 1))))
    total = sum(taps)
    return [t / total for t in taps]


class Resampler:
    """Converts a stream of mono PCM16 chunks from ``from_rate`` to ``to_rate``.

    Keeps state between chunks (no clicks at chunk edges); :meth:`flush` returns what the
    last chunk left over. Output length tracks ``len(input) * to_rate / from_rate``.

    Example:
        >>> r = Resampler(24000, 8000)
        >>> len(r.process(bytes(4800)))  # 100 ms at 24 kHz -> 100 ms at 8 kHz
        1600
    """

    def __init__(self, from_rate: int, to_rate: int) -> None:
        # Both within MIN_RATE..MAX_RATE: the ratio, so the output per input byte, is at
        # most 24 (8 kHz -> 192 kHz), whoever chose the rates.
        self.from_rate: int = check_rate(from_rate, "from_rate")
        self.to_rate: int = check_rate(to_rate, "to_rate")
        self._step = from_rate / to_rate
        self._pos = 0.0  # position of the next output sample, in input samples
        self._history: list[float] = []  # last input samples (filter memory + interpolation)
        self._taps = _lowpass(0.5 * to_rate / from_rate * 0.9) if to_rate < from_rate else None
        self._fir: list[float] = [0.0] * (_TAPS - 1)
        self._in_total = 0
        self._out_total = 0

    def process(self, pcm: bytes | bytearray | memoryview) -> bytes:
        """Resample one chunk; returns the PCM16 ready so far."""
        if not isinstance(pcm, bytes | bytearray | memoryview):
            raise InvalidArgumentError(f"Resampler takes PCM16 bytes, got {type(pcm).__name__}")
        if len(pcm) % 2:
            raise InvalidArgumentError(f"{len(pcm)} bytes is not a whole number of 16-bit samples")
        samples = array("h", bytes(pcm))
        if sys.byteorder == "big":
            samples.byteswap()
        if self.from_rate == self.to_rate:
            return bytes(pcm)
        self._in_total += len(samples)
        values: list[float] = [float(s) for s in samples]
        if self._taps is None:
            return self._upsample(values)
        return self._downsample(self._taps, values)

    def _upsample(self, values: list[float]) -> bytes:
        buffer = self._history + values
        out = array("h")
        pos = self._pos
        last = len(buffer) - 1
        while pos < last:
            i = int(pos)
            frac = pos - i
            value = buffer[i] + (buffer[i + 1] - buffer[i]) * frac
            out.append(max(-32768, min(32767, round(value))))
            pos += self._step
        drop = self._advance(pos, len(buffer))
        self._history = buffer[drop:]
        return self._output(out)

    def _downsample(self, taps: list[float], values: list[float]) -> bytes:
        # The input is low-passed only where an output sample reads it: the filter (15
        # products a sample) was most of the cost, and 24 kHz -> 8 kHz reads one input
        # sample in three (the step is a whole 3: every position lands on a sample, and
        # x + (y - x) * 0.0 is x, so the next one is not read either). The same output.
        start = len(self._history)
        raw = self._fir + values
        self._fir = raw[-(_TAPS - 1) :]
        buffer: list[float | None] = [*self._history, *([None] * len(values))]

        def at(index: int) -> float:
            value = buffer[index]
            if value is None:
                first = index - start
                # map(mul) multiplies in C, in the order a generator would: the same sums.
                value = buffer[index] = sum(map(mul, taps, raw[first : first + _TAPS]))
            return value

        out = array("h")
        pos = self._pos
        last = len(buffer) - 1
        while pos < last:
            i = int(pos)
            frac = pos - i
            value = at(i)
            if frac:
                value += (at(i + 1) - value) * frac
            out.append(max(-32768, min(32767, round(value))))
            pos += self._step
        drop = self._advance(pos, len(buffer))
        self._history = [at(index) for index in range(drop, len(buffer))]
        return self._output(out)

    def _advance(self, pos: float, length: int) -> int:
        """Past one chunk: how many samples of its buffer to drop (the rest is kept for the
        next chunk's interpolation); sets the next position."""
        keep = min(length, max(1, length - int(pos))) if length else 0
        drop = length - keep
        self._pos = pos - drop
        return drop

    def _output(self, out: array[int]) -> bytes:
        self._out_total += len(out)
        if sys.byteorder == "big":
            out.byteswap()
        return out.tobytes()

    def flush(self) -> bytes:
        """The samples still held back (the tail of the stream); resets the state."""
        out = array("h")
        if self._history:
            # Hold the last sample for the outputs the stream is still owed.
            owed = round(self._in_total * self.to_rate / self.from_rate) - self._out_total
            last = max(-32768, min(32767, round(self._history[-1])))
            out.extend([last] * max(0, owed))
        self._history, self._pos, self._fir = [], 0.0, [0.0] * (_TAPS - 1)
        self._in_total = self._out_total = 0
        if sys.byteorder == "big":
            out.byteswap()
        return out.tobytes()


def resample(pcm: bytes | bytearray | memoryview, from_rate: int, to_rate: int) -> bytes:
    """Resample a whole mono PCM16 buffer from ``from_rate`` to ``to_rate`` Hz.

    Example:
        >>> len(resample(bytes(4800), 24000, 16000))  # 100 ms -> 1600 samples
        3200
    """
    resampler = Resampler(from_rate, to_rate)
    return resampler.process(pcm) + resampler.flush()
