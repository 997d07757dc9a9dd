"""Speakers and sources without a sound card: clock-driven FakeSpeaker, WAV input, and the
sounddevice classes driven through a stand-in ``sounddevice`` module."""

from __future__ import annotations

import asyncio
import base64
import io
import sys
import threading
import types
import wave
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError, RealtimeClient, audio
from realtime_ext.audio import Microphone, Speaker, WavSource
from realtime_ext.testing import FakeRealtimeServer, FakeSpeaker, ManualClock, sine_pcm16
from realtime_ext.voice import PlaybackTracker
from realtime_ext.webrtc.devices import SoundDeviceUnavailableError


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def delta(item: str, data: bytes, response_id: str = "resp_1") -> dict[str, Any]:
    return {
        "type": "response.output_audio.delta",
        "item_id": item,
        "content_index": 0,
        "response_id": response_id,
        "delta": base64.b64encode(data).decode(),
    }


def test_fake_speaker_plays_at_clock_speed_and_tells_the_tracker() -> None:
    clock, tracker = Clock(), PlaybackTracker()
    speaker = FakeSpeaker(tracker, clock=clock)
    speaker.received(delta("a", bytes(24000)))  # 500 ms
    speaker.received(delta("b", bytes(24000)))
    clock.now = 0.7
    assert speaker.pump() == 0.7 * 48000
    assert tracker.get_state() == {
        "current_item_id": "b",
        "current_item_content_index": 0,
        "elapsed_ms": pytest.approx(200.0),
    }
    clock.now = 5.0  # beyond the queue: silence, not owed later
    assert speaker.pump() == 0.3 * 48000
    speaker.received(delta("c", bytes(4800)))
    clock.now = 5.05
    assert speaker.pump() == pytest.approx(2400, abs=4)  # float clock
    assert len(speaker.played) == pytest.approx(1.05 * 48000, abs=4)


def test_fake_speaker_decodes_g711_and_resamples() -> None:
    clock = Clock()
    speaker = FakeSpeaker(PlaybackTracker(), clock=clock, rate=48000)
    speaker.received(
        {
            "type": "session.updated",
            "session": {"audio": {"output": {"format": {"type": "audio/pcmu"}}}},
        }
    )
    speaker.received(delta("a", audio.PCMU.encode(audio.resample(sine_pcm16(100), 24000, 8000))))
    assert speaker.buffered_ms == pytest.approx(100, abs=1)
    clock.now = 1.0
    assert speaker.pump() == pytest.approx(9600, abs=20)  # the resampler holds a few samples


def test_truncate_cancel_and_interruption_flush_and_mute() -> None:
    speaker = FakeSpeaker(clock=Clock())
    speaker.received(delta("a", bytes(4800)))
    speaker.sent(
        {
            "type": "conversation.item.truncate",
            "item_id": "a",
            "content_index": 0,
            "audio_end_ms": 0,
        }
    )
    speaker.received(delta("a", bytes(4800)))  # late audio of the cut item
    assert speaker.buffered_ms == 0 and speaker.dropped_ms == 100
    speaker.received(delta("b", bytes(4800), "resp_2"))
    speaker.sent({"type": "response.cancel"})
    assert speaker.buffered_ms == 0

    class Cut:
        cancelled_response_id = "resp_3"

    speaker.interrupted(Cut())
    speaker.received(delta("c", bytes(4800), "resp_3"))
    assert speaker.buffered_ms == 0


def test_buffer_is_bounded() -> None:
    speaker = FakeSpeaker(clock=Clock(), max_buffer_ms=1000)
    for _ in range(30):
        speaker.received(delta("a", bytes(4800)))
    assert speaker.buffered_ms <= 1000 and speaker.dropped_ms == 2000


def test_save_wav(tmp_path: Path) -> None:
    clock = Clock()
    speaker = FakeSpeaker(clock=clock)
    speaker.received(delta("a", bytes(4800)))
    clock.now = 1
    speaker.pump()
    speaker.save_wav(tmp_path / "out.wav")
    with wave.open(str(tmp_path / "out.wav")) as wav:
        assert wav.getframerate() == 24000 and wav.getnframes() == 2400


def _wav(path: Path, pcm: bytes, rate: int, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)
    return path


def test_wav_source_converts_to_the_session_format(tmp_path: Path) -> None:
    path = _wav(tmp_path / "in.wav", sine_pcm16(1000, rate=16000), 16000)
    pcm = WavSource(path)
    assert pcm.duration_ms == 1000
    assert sum(map(len, pcm.chunks())) == 48000
    ulaw = WavSource(path, format="audio/pcmu", chunk_ms=100)
    assert sum(map(len, ulaw.chunks())) == 8000
    stereo = _wav(tmp_path / "st.wav", bytes(9600), 24000, channels=2)
    assert WavSource(stereo).duration_ms == 100

    sent: list[dict[str, Any]] = []

    class Conn:
        def send(self, event: dict[str, Any]) -> None:
            sent.append(event)

    clock = ManualClock(advance_on_sleep=True)
    source = WavSource(path, realtime=True, chunk_ms=100, clock=clock)
    assert source.send_to(Conn()) == 10
    assert sent[0]["type"] == "input_audio_buffer.append"
    assert clock.sleeps == pytest.approx([0.1] * 10)  # paced on the clock, one wait a chunk


def test_wav_source_paces_asend_to_on_its_clock(tmp_path: Path) -> None:
    path = _wav(tmp_path / "in.wav", sine_pcm16(300, rate=24000), 24000)
    sent: list[dict[str, Any]] = []

    class Conn:
        async def send(self, event: dict[str, Any]) -> None:
            sent.append(event)

    clock = ManualClock(advance_on_sleep=True)
    source = WavSource(path, realtime=True, chunk_ms=100, clock=clock)
    assert asyncio.run(source.asend_to(Conn())) == 3
    assert len(sent) == 3 and clock.sleeps == pytest.approx([0.1] * 3)


def test_wav_source_reads_a_callable_clock(tmp_path: Path) -> None:
    """A callable returning seconds is read for the time; the waits are the clock's (the
    deprecated ``send_to(sleep=...)`` is gone: pacing waits on ``clock=`` only)."""
    path = _wav(tmp_path / "in.wav", sine_pcm16(300, rate=24000), 24000)
    clock = Clock()  # a callable returning seconds
    source = WavSource(path, realtime=True, chunk_ms=100, clock=clock)
    clock.now = 12.5
    assert source.clock.now() == 12.5
    with pytest.raises(TypeError, match="sleep"):
        source.send_to(object(), sleep=print)  # type: ignore[call-arg]
    with pytest.raises(InvalidArgumentError, match="clock"):
        WavSource(path, clock=3)  # type: ignore[arg-type]


def test_wav_source_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="cannot read WAV"):
        WavSource(tmp_path / "missing.wav")
    (tmp_path / "bad.wav").write_bytes(b"RIFF")
    with pytest.raises(InvalidArgumentError, match="cannot read WAV"):
        WavSource(tmp_path / "bad.wav")
    with wave.open(str(tmp_path / "8bit.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(8000)
        out.writeframes(bytes(80))
    with pytest.raises(InvalidArgumentError, match="16-bit"):
        WavSource(tmp_path / "8bit.wav")
    with pytest.raises(InvalidArgumentError, match="chunk_ms"):
        WavSource(tmp_path / "8bit.wav", chunk_ms=0)


class _Stream:
    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.started = self.closed = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_sounddevice(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    made = types.SimpleNamespace(streams=[])

    def stream(**kwargs: Any) -> _Stream:
        made.streams.append(_Stream(**kwargs))
        return made.streams[-1]

    def query_devices(device: Any, kind: str) -> dict[str, Any]:
        return {"default_samplerate": 48000.0}

    module = types.ModuleType("sounddevice")
    module.RawOutputStream = stream  # type: ignore[attr-defined]
    module.RawInputStream = stream  # type: ignore[attr-defined]
    module.query_devices = query_devices  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sounddevice", module)
    return made


def test_speaker_plays_what_the_device_pulls(fake_sounddevice: types.SimpleNamespace) -> None:
    tracker = PlaybackTracker()
    with Speaker(tracker) as speaker:
        stream = fake_sounddevice.streams[0]
        assert stream.started and stream.kwargs["samplerate"] == 24000
        speaker.received(delta("a", bytes(9600)))  # 200 ms
        out = bytearray(4800)
        stream.kwargs["callback"](out, 2400, None, None)  # the device pulls 100 ms
        assert tracker.get_state()["elapsed_ms"] == 100
        out2 = bytearray(b"\x01" * 14400)
        stream.kwargs["callback"](out2, 7200, None, None)  # more than is queued: silence
        assert out2[9600:] == bytes(4800)
    assert stream.closed


async def test_microphone_sends_session_format(fake_sounddevice: types.SimpleNamespace) -> None:
    sent: list[dict[str, Any]] = []

    class Conn:
        async def send(self, event: dict[str, Any]) -> None:
            sent.append(event)

    async with Microphone(format="audio/pcmu", chunk_ms=20) as mic:
        stream = fake_sounddevice.streams[0]
        assert stream.kwargs["samplerate"] == 16000
        for _ in range(3):
            stream.kwargs["callback"](bytes(640), 320, None, None)  # 20 ms at 16 kHz
        task = asyncio.create_task(mic.asend_to(Conn()))
        while len(sent) < 3:
            await asyncio.sleep(0)
        task.cancel()
    assert all(len(base64.b64decode(e["audio"])) in (159, 160, 161) for e in sent)


def test_devices_say_how_to_install_sounddevice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import fails as if not installed
    with pytest.raises(SoundDeviceUnavailableError, match=r"realtime-ext\[sounddevice\]"):
        Speaker().start()


def test_devices_fall_back_to_the_device_rate(
    fake_sounddevice: types.SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = sys.modules["sounddevice"]
    real = module.RawOutputStream  # type: ignore[attr-defined]

    def picky(**kwargs: Any) -> Any:
        if kwargs["samplerate"] != 48000:
            raise RuntimeError("Invalid sample rate")
        return real(**kwargs)

    monkeypatch.setattr(module, "RawOutputStream", picky)
    monkeypatch.setattr(module, "RawInputStream", picky)
    tracker = PlaybackTracker()
    with Speaker(tracker) as speaker:
        assert speaker.rate == 48000
        speaker.received(delta("a", bytes(4800)))  # 100 ms at 24 kHz -> 48 kHz
        out = bytearray(9600)
        fake_sounddevice.streams[-1].kwargs["callback"](out, 4800, None, None)
        assert tracker.get_state()["elapsed_ms"] == pytest.approx(100, abs=1)
    mic = Microphone()

    async def open_mic() -> int:
        async with mic:
            return mic.rate

    assert asyncio.run(open_mic()) == 48000
    with pytest.raises(RuntimeError, match="Invalid sample rate"):
        Speaker(rate=24000).start()  # an explicit rate is not second-guessed


def test_microphone_blocking_sends_session_format(fake_sounddevice: types.SimpleNamespace) -> None:
    sent: list[dict[str, Any]] = []

    class Conn:
        def send(self, event: dict[str, Any]) -> None:
            sent.append(event)

    with Microphone(format="audio/pcmu", chunk_ms=20) as mic:
        stream = fake_sounddevice.streams[0]
        assert stream.started and stream.kwargs["samplerate"] == 16000
        for _ in range(3):
            stream.kwargs["callback"](bytes(640), 320, None, None)  # 20 ms at 16 kHz
        assert mic.send_to(Conn(), duration_ms=60) == 3
    assert stream.closed
    assert all(len(base64.b64decode(e["audio"])) in (159, 160, 161) for e in sent)


def test_microphone_chunks_end_when_it_closes(fake_sounddevice: types.SimpleNamespace) -> None:
    got: list[bytes] = []
    with Microphone() as mic:
        callback = fake_sounddevice.streams[0].kwargs["callback"]
        reader = threading.Thread(target=lambda: got.extend(mic.chunks()))
        reader.start()
        callback(bytes(960), 480, None, None)  # 20 ms at 24 kHz
        callback(bytes(960), 480, None, None)
    reader.join(10)  # closing ends a blocked 'for' loop
    assert not reader.is_alive() and got == [bytes(960), bytes(960)]
    with pytest.raises(InvalidArgumentError, match="async with"):
        asyncio.run(anext(aiter(Microphone().chunks())))
    with pytest.raises(InvalidArgumentError, match="with"):
        next(iter(Microphone().chunks()))
    with pytest.raises(InvalidArgumentError, match="duration_ms"):
        Microphone().chunks(duration_ms=0)


def test_microphone_attach_follows_the_session_input_format(
    fake_sounddevice: types.SimpleNamespace, server: FakeRealtimeServer
) -> None:
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(model="gpt-realtime") as conn,
    ):
        mic = Microphone().attach(conn)
        conn.recv(10)  # session.created: PCM 24 kHz
        assert mic.format == audio.PCM
        conn.session.update(
            session={"type": "realtime", "audio": {"input": {"format": {"type": "audio/pcmu"}}}}
        )
        conn.run_until("session.updated", timeout=10)
        assert mic.format == audio.PCMU
        with mic:
            stream = fake_sounddevice.streams[0]
            assert stream.kwargs["samplerate"] == 16000  # the device opens at a usable rate
            for _ in range(2):
                stream.kwargs["callback"](sine_pcm16(20, rate=16000), 320, None, None)
            assert mic.send_to(conn, duration_ms=40) == 2
        conn.input_audio_buffer.clear()
        conn.run_until("input_audio_buffer.cleared", timeout=10)
    appends = [e for e in server.connections[-1].events if e["type"] == "input_audio_buffer.append"]
    assert [len(base64.b64decode(e["audio"])) in (159, 160, 161) for e in appends] == [True] * 2


async def test_async_microphone_attach_follows_the_session_input_format(
    fake_sounddevice: types.SimpleNamespace,
) -> None:
    sent: list[dict[str, Any]] = []

    class Conn:
        def add_extension(self, ext: Any) -> Any:
            return ext

        async def send(self, event: dict[str, Any]) -> None:
            sent.append(event)

    mic = Microphone(format="audio/pcmu").attach(Conn())
    mic.received({"type": "session.updated", "session": {"input_audio_format": "pcm16"}})
    async with mic:
        stream = fake_sounddevice.streams[0]
        assert stream.kwargs["samplerate"] == 24000
        stream.kwargs["callback"](bytes(960), 480, None, None)
        assert await mic.asend_to(Conn(), duration_ms=20) == 1
    assert len(base64.b64decode(sent[0]["audio"])) == 960


def test_wav_source_takes_a_path_bytes_or_a_binary_file_object(tmp_path: Path) -> None:
    """Issue 68: WavSource took a path only; an upload's bytes or file object had to be
    written to disk first."""
    path = _wav(tmp_path / "in.wav", sine_pcm16(300, rate=16000), 16000)
    data = path.read_bytes()
    from_path = list(WavSource(str(path), chunk_ms=100).chunks())
    assert list(WavSource(data, chunk_ms=100).chunks()) == from_path
    assert list(WavSource(bytearray(data), chunk_ms=100).chunks()) == from_path
    assert list(WavSource(io.BytesIO(data), chunk_ms=100).chunks()) == from_path
    with path.open("rb") as file:
        from_file = WavSource(file, chunk_ms=100)
    assert list(from_file.chunks()) == from_path
    assert WavSource(path).path == path and from_file.path is None


def test_wav_source_names_what_it_cannot_take(tmp_path: Path) -> None:
    with pytest.raises(
        InvalidArgumentError, match=r"path .*, bytes or a binary file object, got int"
    ):
        WavSource(3)  # type: ignore[arg-type]
    path = _wav(tmp_path / "in.wav", bytes(480), 24000)
    with path.open() as text, pytest.raises(InvalidArgumentError, match="open it with 'rb'"):
        WavSource(text)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="cannot read WAV file the WAV bytes"):
        WavSource(b"RIFF")
