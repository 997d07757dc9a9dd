"""A speaker drops what it still had of a reply that a reconnect lost, whichever way the app
learns of the loss (``ResponseLostError`` or a ``response.lost`` handler): the user asks
again, and the new reply plays from its start without the old one's before it; the user's
words are not taken for a barge-in over the dropped reply.

Sync and asyncio against the fake server; time is an injected clock, nothing sleeps."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.audio._speakers import MAX_MUTED
from realtime_ext.conversation import ReconnectingEvent, ResponseLostError, ResponseLostEvent
from realtime_ext.testing import FakeRealtimeServer, FakeSpeaker, ManualClock, sine_pcm16
from realtime_ext.voice import AsyncVoice, Interruption, PlaybackTracker, Voice

T = 10.0
SPEECH = sine_pcm16(300) + bytes(48_000)  # 300 ms of speech, then a second of silence
TOLD_BY = ["ResponseLostError", "response.lost"]


class Watch:
    """What the speaker held when the line dropped, and the losses the app was told of."""

    def __init__(self, told_by: str) -> None:
        self.told_by = told_by
        self.speaker: FakeSpeaker | None = None
        self.held_ms = 0.0
        self.lost: list[ResponseLostEvent] = []
        self.interrupted: list[Interruption] = []
        self.tracker = PlaybackTracker()  # the voice's, which the speaker reports to
        # The connection's options: the speaker's buffer is read as the line drops.
        self.options: dict[str, Any] = {
            "model": "gpt-realtime",
            "reconnect_delay": 0.01,
            "on_reconnecting": self.reconnecting,
        }

    def reconnecting(self, event: ReconnectingEvent) -> None:
        assert self.speaker is not None
        self.held_ms = self.speaker.buffered_ms

    def attach(self, conn: Any) -> FakeSpeaker:
        """A speaker on ``conn``'s tracker; the app's handlers."""
        self.speaker = FakeSpeaker(self.tracker, clock=ManualClock(1000.0)).attach(conn)
        conn.on("interrupted", self.interrupted.append)
        if self.told_by == "response.lost":
            conn.on("response.lost", self.lost.append)
        return self.speaker


def _plan(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="A long answer about the weather", audio_ms=1000)
    server.faults.drop_mid_response(after_deltas=6)
    server.script.next_response(text="The answer again", audio_ms=400)


def _check(watch: Watch, speaker: FakeSpeaker, told_by: str, raised: bool) -> None:
    assert watch.held_ms > 0  # some of the lost reply had arrived, unplayed
    assert raised == (told_by == "ResponseLostError")
    assert len(watch.lost) == (told_by == "response.lost")


@pytest.mark.parametrize("told_by", TOLD_BY)
def test_sync_speaker_drops_the_lost_reply(server: FakeRealtimeServer, told_by: str) -> None:
    _plan(server)
    watch = Watch(told_by)
    with (
        RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(**watch.options, extensions=[Voice(playback=watch.tracker)]) as conn,
    ):
        speaker = watch.attach(conn)
        conn.recv(T)
        conn.response.create()
        raised = False
        try:
            conn.run_until("session.created", timeout=T)  # the new session's
        except ResponseLostError:
            raised = True
        _check(watch, speaker, told_by, raised)
        assert speaker.buffered_ms == 0 and speaker.dropped_ms == watch.held_ms
        conn.send_audio(SPEECH)  # the user asks again (server VAD answers the turn)
        conn.run_until("response.done", timeout=T)
        assert speaker.buffered_ms == 400  # the new reply alone, from its start
        assert watch.interrupted == []  # speech over nothing playing


@pytest.mark.parametrize("told_by", TOLD_BY)
async def test_async_speaker_drops_the_lost_reply(server: FakeRealtimeServer, told_by: str) -> None:
    _plan(server)
    watch = Watch(told_by)
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.connect(**watch.options, extensions=[AsyncVoice(playback=watch.tracker)]) as conn,
    ):
        speaker = watch.attach(conn)
        await conn.recv(T)
        await conn.response.create()
        raised = False
        try:
            await conn.run_until("session.created", timeout=T)
        except ResponseLostError:
            raised = True
        _check(watch, speaker, told_by, raised)
        assert speaker.buffered_ms == 0 and speaker.dropped_ms == watch.held_ms
        await conn.send_audio(SPEECH)
        await conn.run_until("response.done", timeout=T)
        assert speaker.buffered_ms == 400
        assert watch.interrupted == []


def test_only_the_lost_response_is_dropped() -> None:
    speaker = FakeSpeaker(clock=ManualClock(0.0))
    for response_id in ("resp_old", "resp_new"):
        speaker.received(_delta("item_" + response_id, response_id, 4800))  # 100 ms each
    speaker.response_lost(ResponseLostEvent(("resp_old",), 0, 1006))
    assert speaker.buffered_ms == 100 and speaker.dropped_ms == 100
    speaker.response_lost(ResponseLostEvent((), 1, 1006))  # only a request: nothing queued
    assert speaker.buffered_ms == 100
    for odd in (None, 5, "resp_new", object()):  # a hook, lenient as the others: no loss
        speaker.response_lost(odd)
    assert speaker.buffered_ms == 100


class Observer:
    """A PlaybackObserver of one's own: told only what was played."""

    def __init__(self) -> None:
        self.played: list[tuple[str, float]] = []

    def on_play_ms(self, item_id: str, content_index: int, ms: float) -> None:
        self.played.append((item_id, ms))


class Output(Observer):
    """An audio.OutputObserver of one's own: told what is queued and when playing stops."""

    def __init__(self) -> None:
        super().__init__()
        self.queued: list[tuple[str, int]] = []
        self.stopped = 0

    def on_output(
        self, item_id: str, content_index: int, data: bytes | bytearray | memoryview
    ) -> None:
        self.queued.append((item_id, len(data)))

    def on_interrupted(self) -> None:
        self.stopped += 1


def test_a_speaker_tells_each_tracker_what_its_interface_declares() -> None:
    """An OutputObserver hears of output and stops, a plain observer only of what played;
    a tracker set after the speaker is made is told as one given to it (issue 80: the
    interface is declared, no longer looked up by name on each delta)."""
    from realtime_ext.audio import OutputObserver, PlaybackObserver

    plain, output = Observer(), Output()
    assert isinstance(output, OutputObserver) and not isinstance(plain, OutputObserver)
    speaker = FakeSpeaker(plain, clock=ManualClock(0.0))
    speaker.received(_delta("item_a", "resp_a", 4800))  # 100 ms at 24 kHz
    speaker.response_lost(ResponseLostEvent(("resp_a",), 0, 1006))
    assert (plain.played, speaker.dropped_ms) == ([], 100)
    speaker.tracker = output
    tracker: PlaybackObserver | None = speaker.tracker
    assert tracker is output
    speaker.received(_delta("item_b", "resp_b", 4800))
    assert output.queued == [("item_b", 4800)]
    speaker.response_lost(ResponseLostEvent(("resp_b",), 0, 1006))
    assert output.stopped == 1 and speaker.buffered_ms == 0


def test_what_a_speaker_remembers_as_cut_off_stays_bounded() -> None:
    speaker = FakeSpeaker(clock=ManualClock(0.0))

    class Cut:
        def __init__(self, n: int) -> None:
            self.cancelled_response_id = f"resp_{n}"

    for n in range(10 * MAX_MUTED):  # a long session's barge-ins
        speaker.received(_delta(f"item_{n}", f"resp_{n}", 480))
        speaker.interrupted(Cut(n))
    assert len(speaker._muted_items) == len(speaker._muted_responses) == MAX_MUTED
    last = 10 * MAX_MUTED - 1
    speaker.received(_delta(f"item_{last}", f"resp_{last}", 480))  # late audio of the last cut
    assert speaker.buffered_ms == 0


def _delta(item_id: str, response_id: str, size: int) -> dict[str, Any]:
    import base64

    return {
        "type": "response.output_audio.delta",
        "item_id": item_id,
        "content_index": 0,
        "response_id": response_id,
        "delta": base64.b64encode(bytes(size)).decode(),
    }
