"""WAV headers are checked before use, and recorders are released (issue 23, finding 8:
rate 0 connected and sent nothing; rate 2**32-1 made 171 MB frames then OverflowError;
1,000 record/stop cycles left 1,001 recorders)."""

from __future__ import annotations

import asyncio
import contextlib
import random
import struct
import wave
from pathlib import Path

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.audio import WavSource
from realtime_ext.audio._wav import MAX_WAV_BYTES, read_wav
from realtime_ext.webrtc._audio import AudioOutput, WavRecorder, audio_source


def _wav(path: Path, *, rate: int = 16000, channels: int = 1, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(16000)
        out.writeframes(b"\x01\x00" * channels * 1600)
    if rate != 16000:  # wave refuses to write a bad rate: patch the header as an attacker would
        data = bytearray(path.read_bytes())
        data[24:28] = struct.pack("<I", rate)
        path.write_bytes(bytes(data))
    return path


def _readers(path: Path) -> list[object]:
    return [lambda: WavSource(path), lambda: audio_source(path), lambda: audio_source(str(path))]


@pytest.mark.parametrize("rate", [0, 1, 7999, 192_001, 2**31, 2**32 - 1])
def test_implausible_header_rates_are_refused(tmp_path: Path, rate: int) -> None:
    path = _wav(tmp_path / "bad.wav", rate=rate)
    for read in _readers(path):
        with pytest.raises(InvalidArgumentError, match="sample rate"):
            read()  # type: ignore[operator]


def test_a_good_file_still_reads(tmp_path: Path) -> None:
    path = _wav(tmp_path / "ok.wav", channels=2)
    source = WavSource(path)
    assert source.rate == 16000 and len(source.pcm) == 3200
    assert audio_source(path).sample_rate == 16000


def test_hostile_bytes_raise_only_invalid_argument(tmp_path: Path) -> None:
    good = _wav(tmp_path / "seed.wav").read_bytes()
    rng = random.Random(23)
    path = tmp_path / "fuzz.wav"
    for i in range(400):
        data = bytearray(good)
        for _ in range(rng.randint(1, 6)):
            k = rng.randrange(0, 44)  # the header
            data[k] = rng.randrange(256)
        if i % 5 == 0:
            data = data[: rng.randrange(0, 60)]
        if i % 7 == 0:  # huge declared sizes and counts
            data[4:8] = data[40:44] = b"\xff\xff\xff\xff"
        path.write_bytes(bytes(data))
        for read in _readers(path):
            with contextlib.suppress(InvalidArgumentError):
                read()  # type: ignore[operator]


def test_oversized_files_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _wav(tmp_path / "big.wav")
    monkeypatch.setattr("realtime_ext.audio._wav.MAX_WAV_BYTES", 100)
    with pytest.raises(InvalidArgumentError, match="over 100"):
        read_wav(path, "audio_in")
    assert MAX_WAV_BYTES >= 100 * 2**20


def test_stopped_recorders_are_released() -> None:
    output = AudioOutput()
    for _ in range(1000):
        output.record().stop()
    assert output.recorders == 0
    kept = output.record()
    output._push(b"\x00\x00" * 480)
    assert output.recorders == 1 and kept.duration_ms == 20


def test_a_recorder_stops_itself_at_its_limit() -> None:
    output = AudioOutput()
    recorder = output.record(max_seconds=0.05)  # 50 ms = 2,400 bytes at 24 kHz
    for _ in range(10):
        output._push(b"\x00\x00" * 480)  # 20 ms each
    assert recorder.truncated and not recorder.recording
    assert recorder.duration_ms == pytest.approx(50)
    assert output.recorders == 0
    with pytest.raises(InvalidArgumentError):
        WavRecorder(max_seconds=0)
    asyncio.run(output.aclose())
