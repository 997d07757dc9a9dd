"""Checked, never run: voice code as users write it type-checks strictly without casts."""

from __future__ import annotations

from typing import assert_type

from realtime_ext import AsyncRealtimeClient, RealtimeClient, audio, testing
from realtime_ext.voice import (
    AsyncVoice,
    History,
    HistoryItem,
    Interruption,
    MarkPlaybackTracker,
    PlaybackTracker,
    Voice,
)


def sync_app(client: RealtimeClient) -> str:
    tracker = PlaybackTracker(format="audio/pcmu")
    voice = Voice(playback=tracker, auto_interrupt=True)
    with client.connect(model="gpt-realtime", extensions=[voice]) as conn:
        speaker = testing.FakeSpeaker(tracker).attach(conn)
        assert_type(speaker, testing.FakeSpeaker)

        @conn.on("interrupted")
        def flush(done: Interruption) -> None:
            print(done.item_id, done.audio_end_ms)

        tracker.on_play_bytes("item_1", 0, b"\x00" * 160)
        state = tracker.get_state()
        assert_type(state["elapsed_ms"], float | None)
        done = voice.interrupt()
        assert_type(done.audio_end_ms, int | None)
        history = voice.history
        assert_type(history, History)
        for item in history:
            assert_type(item, HistoryItem)
            assert_type(item.truncated_at_ms, int | None)
            print(item.role, item.text, item.transcript, item.arguments, item.output)
        return history.transcript()


async def async_app(client: AsyncRealtimeClient) -> None:
    voice = AsyncVoice(playback=PlaybackTracker(), keep_audio=True)
    async with client.connect(model="gpt-realtime", extensions=[voice]):
        done = await voice.interrupt()
        assert_type(done, Interruption)
        audio_bytes = voice.history.items[0].audio
        assert_type(audio_bytes, bytes | None)
        ulaw = audio.PCMU.encode(audio.resample(b"\x00\x00" * 240, 24000, 8000))
        assert_type(ulaw, bytes)


def sync_microphone(client: RealtimeClient) -> int:
    with client.connect(model="gpt-realtime") as conn, audio.Microphone().attach(conn) as mic:
        assert_type(mic, audio.Microphone)
        for chunk in mic.chunks(duration_ms=100):
            assert_type(chunk, bytes)
        return mic.send_to(conn, duration_ms=1000)


async def async_microphone(client: AsyncRealtimeClient) -> int:
    async with (
        client.connect(model="gpt-realtime") as conn,
        audio.Microphone().attach(conn) as mic,
    ):
        async for chunk in mic.chunks():
            assert_type(chunk, bytes)
        return await mic.asend_to(conn, duration_ms=1000)


class PhoneLine:
    """A tracker of one's own: told what a speaker queues and when playing stops too."""

    def on_play_ms(self, item_id: str, content_index: int, ms: float) -> None:
        print(item_id, content_index, ms)

    def on_output(
        self, item_id: str, content_index: int, data: bytes | bytearray | memoryview
    ) -> None:
        print(item_id, content_index, len(data))

    def on_interrupted(self) -> None:
        print("stopped")


def output_observers() -> list[audio.OutputObserver]:
    """The speaker's declared interface (issue 80): voice's trackers and one's own satisfy it,
    as a type checker sees; a plain PlaybackObserver is no OutputObserver."""
    speaker = testing.FakeSpeaker(PhoneLine())
    assert_type(speaker.tracker, audio.PlaybackObserver | None)
    return [PlaybackTracker(), MarkPlaybackTracker(), PhoneLine()]
