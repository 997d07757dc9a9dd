"""Audio helpers: 200 ms framing of bytes/WAV/iterators, transcripts, iterators, WAV recorder."""

from __future__ import annotations

import wave
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext._base.frames import FRAME_BYTES
from realtime_ext.conversation import Framer
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.translation import TranslationRecorder, TranslationTranscript, frames

T = 10.0
ES = {"audio": {"output": {"language": "es"}}}
WITH_INPUT = {
    "audio": {
        "output": {"language": "es"},
        "input": {"transcription": {"model": "gpt-realtime-whisper"}},
    }
}


def write_wav(path: Path, pcm: bytes, *, rate: int = 24000, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return path


def read_wav(path: Path) -> tuple[int, int, bytes]:
    with wave.open(str(path), "rb") as wav:
        return wav.getframerate(), wav.getnchannels(), wav.readframes(wav.getnframes())


def test_frames_from_bytes_wav_and_iterators(tmp_path: Path) -> None:
    pcm = sine_pcm16(500)  # 2.5 frames
    assert [len(f) for f in frames(pcm)] == [FRAME_BYTES, FRAME_BYTES, FRAME_BYTES // 2]
    assert b"".join(frames(pcm)) == pcm
    wav = write_wav(tmp_path / "in.wav", pcm)
    assert b"".join(frames(wav)) == pcm and b"".join(frames(str(wav))) == pcm
    # 48 kHz stereo: converted to 24 kHz mono (left channel), 500 ms -> 2.5 frames
    mono48 = sine_pcm16(500, rate=48000)
    stereo = b"".join(mono48[i : i + 2] * 2 for i in range(0, len(mono48), 2))
    converted = list(frames(write_wav(tmp_path / "st.wav", stereo, rate=48000, channels=2)))
    assert abs(sum(map(len, converted)) - len(pcm)) <= 8
    odd_chunks = iter([pcm[:1001], pcm[1001:7777], pcm[7777:]])  # a sample split across
    assert [len(f) for f in frames(odd_chunks)] == [FRAME_BYTES, FRAME_BYTES, FRAME_BYTES // 2]
    framer = Framer()
    assert framer.feed(b"\x00" * 9599) == [] and len(framer.feed(b"\x00")) == 1
    assert framer.flush() is None


@pytest.mark.parametrize(
    ("source", "match"),
    [
        (b"\x00\x00\x00", "whole number"),
        (12, "PCM16 bytes or an iterator"),
        ("missing.wav", "cannot read WAV"),
        (iter([b"\x00", "text"]), "must be PCM16 bytes"),
        (iter([b"\x00\x00\x00"]), "16-bit samples"),
    ],
)
def test_bad_audio_is_refused_with_a_clear_error(source: object, match: str) -> None:
    with pytest.raises(InvalidArgumentError, match=match):
        list(frames(source))  # type: ignore[arg-type]


def test_send_audio_sends_200_ms_frames_and_nothing_when_invalid(
    server: FakeRealtimeServer, client: RealtimeClient, tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "speech.wav", sine_pcm16(600))
    with client.translations.connect(session=ES) as conn:
        transcript = conn.add_extension(TranslationTranscript())
        with pytest.raises(InvalidArgumentError, match=r"translation\.frames\(path\)"):
            conn.send_audio(str(wav))  # type: ignore[arg-type]  # a WAV file: frames(path)
        assert conn.send_audio(frames(wav)) == 3
        assert conn.send_audio(sine_pcm16(100)) == 1  # a short last frame: buffered there
        with pytest.raises(InvalidArgumentError):
            conn.send_audio(b"\x00" * 9601)  # checked before the first frame goes out
        conn.close()
    appends = [e for e in server.received[0] if e["type"] == "session.input_audio_buffer.append"]
    assert len(appends) == 4
    assert transcript.target == "Hola cómo estás tú"  # the flushed frame counted
    assert transcript.audio_ms == 800.0


def test_iterators_and_transcripts_with_input_transcription(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    with client.translations.connect(session=WITH_INPUT) as conn:
        transcript = conn.add_extension(TranslationTranscript())
        conn.run_until("session.updated", timeout=T)

        def microphone() -> Iterator[bytes]:
            pcm = sine_pcm16(400)
            for start in range(0, len(pcm), 960):  # 20 ms device buffers
                yield pcm[start : start + 960]

        assert conn.send_audio(microphone()) == 2
        conn.session.close()
        captions = "".join(conn.target_transcript(timeout=T))
    assert captions == "Hola cómo"
    assert transcript.source == "Hello how" and transcript.target == captions
    with client.translations.connect(session=WITH_INPUT) as conn:
        conn.send_audio(sine_pcm16(200))
        conn.session.close()
        assert list(conn.source_transcript(timeout=T)) == ["Hello"]
    with client.translations.connect(session=ES) as conn:
        conn.send_audio(sine_pcm16(400))
        conn.session.close()
        chunks = list(conn.target_audio(timeout=T))
    assert [len(c) for c in chunks] == [FRAME_BYTES, FRAME_BYTES]


def test_recorder_writes_target_and_source_wav(
    server: FakeRealtimeServer, client: RealtimeClient, tmp_path: Path
) -> None:
    spoken = sine_pcm16(400)
    with client.translations.connect(session=ES) as conn:
        recorder = conn.add_extension(
            TranslationRecorder(tmp_path / "out.wav", source=tmp_path / "in.wav")
        )
        conn.send_audio(spoken)
        conn.close()
    assert recorder.finished and recorder.target_ms == 400.0 and recorder.source_ms == 400.0
    rate, channels, translated = read_wav(tmp_path / "out.wav")
    assert (rate, channels, len(translated)) == (24000, 1, 2 * FRAME_BYTES)
    assert read_wav(tmp_path / "in.wav")[2] == spoken
    with pytest.raises(InvalidArgumentError, match="target and/or a source"):
        TranslationRecorder(None)
    with pytest.raises(InvalidArgumentError, match="cannot write"):
        TranslationRecorder(tmp_path / "no" / "such" / "dir.wav")


def test_recorder_is_finished_when_the_session_is_aborted(
    server: FakeRealtimeServer, client: RealtimeClient, tmp_path: Path
) -> None:
    """The recorder is an extension: the session's close tells it (``Extension.closed``),
    however it closes, so an abort (no ``session.closed``) still finishes the files."""
    with client.translations.connect(session=ES) as conn:
        recorder = conn.add_extension(TranslationRecorder(tmp_path / "out.wav"))
        conn.send_audio(sine_pcm16(200))
        conn.run_until("session.output_audio.delta", timeout=T)
        assert not recorder.finished
        conn.abort()
        assert recorder.finished
    assert read_wav(tmp_path / "out.wav")[2]  # a valid WAV with the speech received


def test_recorder_resamples_other_rates(tmp_path: Path) -> None:
    recorder = TranslationRecorder(tmp_path / "r.wav")
    import base64

    delta = base64.b64encode(sine_pcm16(100, rate=16000)).decode()
    recorder.received({"type": "session.output_audio.delta", "delta": delta, "sample_rate": 16000})
    recorder.received({"type": "session.closed"})
    assert recorder.finished and abs(recorder.target_ms - 100.0) < 1.0


async def test_async_send_audio_iterators_and_recorder(
    server: FakeRealtimeServer, tmp_path: Path
) -> None:
    async def microphone() -> AsyncIterator[bytes]:
        pcm = sine_pcm16(400)
        for start in range(0, len(pcm), 4800):
            yield pcm[start : start + 4800]

    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        async with client.translations.connect(session=WITH_INPUT) as conn:
            transcript = conn.add_extension(TranslationTranscript())
            recorder = conn.add_extension(TranslationRecorder(tmp_path / "a.wav"))
            assert await conn.send_audio(microphone()) == 2
            assert await conn.send_audio(sine_pcm16(200)) == 1
            await conn.session.close()
            captions = [text async for text in conn.target_transcript(timeout=T)]
        assert captions == ["Hola", " cómo", " estás"]
        assert transcript.source == "Hello how are"
        assert recorder.finished and recorder.target_ms == 600.0
        async with client.translations.connect(session=WITH_INPUT) as conn:
            await conn.send_audio(sine_pcm16(200))
            await conn.session.close()
            assert [t async for t in conn.source_transcript(timeout=T)] == ["Hello"]
        async with client.translations.connect(session=ES) as conn:
            await conn.send_audio(sine_pcm16(200))
            await conn.session.close()
            assert [len(c) async for c in conn.target_audio(timeout=T)] == [FRAME_BYTES]


def test_transcript_memory_is_bounded() -> None:
    transcript = TranslationTranscript(max_chars=10)
    for i in range(1000):
        transcript.received({"type": "session.output_transcript.delta", "delta": f"{i:04d}"})
    assert transcript.target == "".join(f"{i:04d}" for i in range(1000))[-10:]
    assert sum(map(len, transcript._target._parts)) <= 20
    with pytest.raises(InvalidArgumentError, match="max_chars"):
        TranslationTranscript(max_chars=0)
