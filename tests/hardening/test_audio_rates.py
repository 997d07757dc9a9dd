"""The server's audio rate is not trusted (issue 38): after a ``session.updated`` saying
``audio/pcm`` at 1 Hz, a 2 KB delta written to a speaker playing at 48 kHz cost 24 s of CPU
and 220 MiB, and a microphone adopted 24 MHz and sent 4.6 MiB per 100 ms chunk. Rates are
accepted at 8-192 kHz only (the API uses 24 kHz and 8 kHz), the resampler's ratio is bounded
by that, and a speaker's buffer cap applies before any decoding or resampling."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realtime_ext import InvalidArgumentError
from realtime_ext.audio import Microphone, Resampler, Speaker, resample
from realtime_ext.audio import _speakers as speakers_module
from realtime_ext.audio._formats import MAX_RATE, MIN_RATE, PCM, as_audio_format, output_format_of
from realtime_ext.testing import FakeSpeaker


def _session_updated(rate: object, direction: str = "output") -> dict[str, Any]:
    return {
        "type": "session.updated",
        "event_id": "e",
        "session": {"audio": {direction: {"format": {"type": "audio/pcm", "rate": rate}}}},
    }


def _delta(data: bytes) -> dict[str, Any]:
    return {
        "type": "response.output_audio.delta",
        "event_id": "e",
        "response_id": "r",
        "item_id": "i",
        "output_index": 0,
        "content_index": 0,
        "delta": base64.b64encode(data).decode(),
    }


class _Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("rate", [1, 0, -24000, 7999, 192_001, 24_000_000, 2**64])
def test_a_speaker_keeps_its_format_when_the_server_reports_an_absurd_rate(rate: int) -> None:
    speaker = FakeSpeaker(rate=48_000, clock=_Clock())
    speaker.received(_session_updated(rate))
    assert speaker.format == PCM
    speaker.received(_delta(bytes(2048)))  # 2 KB: 1024 samples at 24 kHz -> 2048 at 48 kHz
    assert speaker.buffered_ms == pytest.approx(1024 / 24, abs=0.1)
    assert speaker._queued_bytes <= 2 * 2048 + 4  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize("rate", [8000, 16000, 44100, 48000, 192_000])
def test_plausible_rates_are_still_followed(rate: int) -> None:
    speaker = FakeSpeaker(rate=48_000, clock=_Clock())
    speaker.received(_session_updated(rate))
    assert speaker.format.rate == rate


@given(rate=st.one_of(st.integers(), st.floats(), st.text(max_size=5), st.none(), st.booleans()))
def test_any_reported_rate_leaves_a_plausible_format(rate: object) -> None:
    found = output_format_of({"audio": {"output": {"format": {"type": "audio/pcm", "rate": rate}}}})
    assert found is None or MIN_RATE <= found.rate <= MAX_RATE


def test_a_huge_delta_costs_no_more_than_the_buffer_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    processed: list[int] = []

    class Counting(Resampler):
        def process(self, pcm: bytes | bytearray | memoryview) -> bytes:
            processed.append(len(pcm))
            return super().process(pcm)

    monkeypatch.setattr(speakers_module, "Resampler", Counting)
    speaker = FakeSpeaker(rate=48_000, clock=_Clock(), max_buffer_ms=1000)
    speaker.received(_delta(bytes(10 * 2**20)))  # 10 MiB: about 218 s at 24 kHz
    assert processed == [48_000]  # one second at 24 kHz, the rest dropped before any work
    assert speaker.buffered_ms == pytest.approx(1000, abs=1)
    assert speaker.dropped_ms == pytest.approx(10 * 2**20 / 48 - 1000, abs=1)


def test_a_microphone_does_not_adopt_an_absurd_rate() -> None:
    microphone = Microphone()
    microphone.received(_session_updated(24_000_000, "input"))
    assert microphone.format == PCM and microphone.rate == 24_000
    microphone.received(_session_updated(16_000, "input"))
    assert microphone.format.rate == 16_000


@pytest.mark.parametrize("make", [Microphone, Speaker, FakeSpeaker])
@pytest.mark.parametrize("rate", [1, 24_000_000, True, 0])
def test_devices_refuse_absurd_rates_from_code(make: Any, rate: object) -> None:
    with pytest.raises(InvalidArgumentError, match="8000-192000"):
        make(rate=rate)


@pytest.mark.parametrize(("src", "dst"), [(1, 48_000), (24_000, 1), (8000, 10**7), (0, 8000)])
def test_the_resampler_refuses_absurd_rates(src: int, dst: int) -> None:
    with pytest.raises(InvalidArgumentError):
        Resampler(src, dst)
    with pytest.raises(InvalidArgumentError):
        resample(bytes(4), src, dst)


@given(
    src=st.integers(MIN_RATE, MAX_RATE),
    dst=st.integers(MIN_RATE, MAX_RATE),
    chunk=st.integers(0, 2000),
)
def test_the_resamplers_output_per_chunk_is_bounded(src: int, dst: int, chunk: int) -> None:
    out = Resampler(src, dst).process(bytes(chunk * 2))
    assert len(out) <= 2 * (chunk * MAX_RATE // MIN_RATE + 2)


def test_audio_format_refuses_absurd_rates_from_code() -> None:
    with pytest.raises(InvalidArgumentError, match="8000-192000"):
        as_audio_format({"type": "audio/pcm", "rate": 1})
    assert as_audio_format({"type": "audio/pcm", "rate": 16000}).rate == 16000
