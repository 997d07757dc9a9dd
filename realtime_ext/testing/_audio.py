"""Deterministic synthetic speech stand-in: a sine tone as 16-bit little-endian PCM."""

from __future__ import annotations

import functools
import math
import sys
from array import array

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import short_repr

from ..audio import check_rate

SAMPLE_RATE = 24_000
"""The Realtime API's PCM16 rate (``audio/pcm`` at 24 kHz, mono)."""


_MAX_TONE_MS = 3_600_000  # an hour: 172 MB at 24 kHz, more than any test needs


def sine_pcm16(
    duration_ms: int, *, frequency: float = 440.0, rate: int = SAMPLE_RATE, amplitude: float = 0.3
) -> bytes:
    """Return ``duration_ms`` of a sine tone as mono PCM16 little-endian bytes.

    >>> len(sine_pcm16(100))  # 2400 samples * 2 bytes
    4800
    """
    if (
        isinstance(duration_ms, bool)
        or not isinstance(duration_ms, int | float)
        or not 0 <= duration_ms <= _MAX_TONE_MS
    ):
        raise InvalidArgumentError(
            f"duration_ms must be a number from 0 to {_MAX_TONE_MS} (an hour), "
            f"got {short_repr(duration_ms)}"
        )
    check_rate(rate, "rate")  # a hostile rate (10**100) would loop for ever
    if isinstance(frequency, bool) or not isinstance(frequency, int | float):
        raise InvalidArgumentError(f"frequency must be a number of Hz, got {short_repr(frequency)}")
    if not 0 <= frequency <= rate / 2:  # False for NaN; above rate/2 it aliases
        raise InvalidArgumentError(
            f"frequency must be from 0 to rate / 2 ({rate / 2:g} Hz), got {short_repr(frequency)}"
        )
    if isinstance(amplitude, bool) or not isinstance(amplitude, int | float):
        raise InvalidArgumentError(f"amplitude must be a number, got {short_repr(amplitude)}")
    if not 0 <= amplitude <= 1:  # PCM16 clips past full scale
        raise InvalidArgumentError(f"amplitude must be from 0 to 1, got {short_repr(amplitude)}")
    count = int(rate * duration_ms // 1000)
    if float(frequency).is_integer():
        # A whole number of periods a second: every second's samples are the first's, so
        # the tone is that second repeated (serve-fake makes one per response and per
        # GPT-Live frame: a sine per sample cost it half a millisecond for each 100 ms).
        second = _one_second(int(frequency), rate, float(amplitude))
        return (second * (count // rate + 1))[: 2 * count]
    return _tone(count, frequency, rate, amplitude)


@functools.lru_cache(maxsize=8)  # a few tones are ever used; 48 KB each at 24 kHz
def _one_second(frequency: int, rate: int, amplitude: float) -> bytes:
    return _tone(rate, frequency, rate, amplitude)


def _tone(count: int, frequency: float, rate: int, amplitude: float) -> bytes:
    peak = amplitude * 32767
    samples = array(
        "h", (round(peak * math.sin(2 * math.pi * frequency * i / rate)) for i in range(count))
    )
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def chunk(data: bytes, size: int) -> list[bytes]:
    """Split ``data`` into pieces of at most ``size`` bytes: ``chunk(b"abcde", 2)`` -> 3 pieces."""
    if size <= 0:
        raise InvalidArgumentError(f"chunk size must be > 0, got {size}")
    return [data[i : i + size] for i in range(0, len(data), size)]


def pcm16_duration_ms(nbytes: int, rate: int = SAMPLE_RATE) -> float:
    """Duration of ``nbytes`` of mono PCM16: ``pcm16_duration_ms(4800)`` -> 100.0."""
    return nbytes / 2 / rate * 1000
