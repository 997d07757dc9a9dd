"""serve-fake's synthetic audio and its VAD's level: the fast forms give what the
per-sample definitions give (the tone byte for byte, the level to within rounding)."""

from __future__ import annotations

import math
import random
from array import array

import pytest

from realtime_ext.testing import sine_pcm16
from realtime_ext.testing._voice import _rms


def _tone_by_sample(ms: float, frequency: float, rate: int, amplitude: float) -> bytes:
    count = int(rate * ms // 1000)
    peak = amplitude * 32767
    return array(
        "h", (round(peak * math.sin(2 * math.pi * frequency * i / rate)) for i in range(count))
    ).tobytes()


@pytest.mark.parametrize("ms", [0, 10, 100, 999, 1000, 1001, 2500, 12_345])
@pytest.mark.parametrize(
    ("frequency", "rate", "amplitude"),
    [(440.0, 24_000, 0.3), (220, 24_000, 0.3), (440.0, 8_000, 1.0), (330.0, 16_000, 0.05)],
)
def test_a_whole_hertz_tone_is_its_first_second_repeated_byte_for_byte(
    ms: int, frequency: float, rate: int, amplitude: float
) -> None:
    expected = _tone_by_sample(ms, frequency, rate, amplitude)
    assert sine_pcm16(ms, frequency=frequency, rate=rate, amplitude=amplitude) == expected


def test_a_tone_of_a_fraction_of_a_hertz_is_made_sample_by_sample() -> None:
    assert sine_pcm16(1500, frequency=440.5) == _tone_by_sample(1500, 440.5, 24_000, 0.3)


def test_the_vads_level_of_a_frame_is_its_root_mean_square() -> None:
    chooser = random.Random(81)
    for _ in range(2000):
        count = chooser.choice([1, 2, 240, 480])
        peak = chooser.choice([0, 1, 300, 32767])
        samples = [chooser.randint(-peak, peak) for _ in range(count)]
        pcm = array("h", samples).tobytes() + (b"\x01" if chooser.random() < 0.2 else b"")
        expected = math.sqrt(sum(s * s for s in samples) / count) / 32768
        assert _rms(pcm) == pytest.approx(expected, rel=1e-12, abs=1e-15)
    assert _rms(b"") == 0.0 and _rms(b"\x00") == 0.0 and _rms(bytes(480)) == 0.0
