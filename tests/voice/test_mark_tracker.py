"""Playback tracking that holds for any output (issue 56, item 2).

Audio counts as playing from the moment it is handed to the output (``on_output``), so a
barge-in at any moment cuts at what was played; :class:`MarkPlaybackTracker` is fed by
marks for outputs that report playback late (Twilio), and marks for cleared audio change
nothing.
"""

from __future__ import annotations

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.voice import MarkPlaybackTracker, PlaybackTracker
from realtime_ext.voice._interrupt import Interrupter

MS = 8  # G.711 bytes per millisecond


def _delta(item: str, ms: int) -> dict[str, object]:
    import base64

    return {
        "type": "response.output_audio.delta",
        "item_id": item,
        "content_index": 0,
        "delta": base64.b64encode(bytes(ms * MS)).decode(),
    }


def _session() -> dict[str, object]:
    return {
        "type": "session.updated",
        "session": {"audio": {"output": {"format": {"type": "audio/pcmu"}}}},
    }


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _truncates(events: list[dict[str, object]]) -> list[object]:
    return [e["audio_end_ms"] for e in events if e["type"] == "conversation.item.truncate"]


def test_a_barge_in_before_any_report_cuts_the_reply_at_zero() -> None:
    # The trap: nothing counted as playing until the speaker reported, so a barge-in
    # 20 ms in truncated nothing and the whole reply stayed in the conversation.
    tracker = PlaybackTracker(format="audio/pcmu")
    barge = Interrupter(tracker=tracker, clock=lambda: 0.0)
    barge.received(_session())
    barge.received(_delta("a", 4000))
    tracker.on_output("a", 0, bytes(4000 * MS))
    assert _truncates(barge.interrupt()) == [0]


def test_a_part_handed_over_behind_another_plays_once_that_one_is_played_out() -> None:
    tracker = PlaybackTracker(format="audio/pcmu")
    tracker.on_output("a", 0, bytes(100 * MS))
    tracker.on_output("b", 0, bytes(100 * MS))
    tracker.on_play_ms("a", 0, 60)
    assert tracker.get_state()["current_item_id"] == "a"
    tracker.on_play_ms("a", 0, 40)
    state = tracker.get_state()
    assert (state["current_item_id"], state["elapsed_ms"]) == ("b", 0.0)
    tracker.on_play_ms("b", 0, 30)
    assert tracker.get_state()["elapsed_ms"] == 30.0
    tracker.on_interrupted()
    assert tracker.get_state()["current_item_id"] is None


@pytest.mark.parametrize("at_ms", [20, 600, 2000])
def test_marks_tracker_cuts_at_what_was_played_at_any_moment(at_ms: int) -> None:
    clock = Clock()
    tracker = MarkPlaybackTracker(format="audio/pcmu", clock=clock)
    barge = Interrupter(tracker=tracker, clock=clock)
    barge.received(_session())
    names: list[str] = []
    for _ in range(40):  # 4 s in 100 ms pieces, a mark after each
        barge.received(_delta("a", 100))
        tracker.on_output("a", 0, bytes(100 * MS))
        names.append(tracker.mark())
    # The output reports late: echoes up to what played, lagging by up to 100 ms.
    clock.now = at_ms / 1000
    for name in names[: at_ms // 100]:
        assert tracker.on_mark(name)
    assert _truncates(barge.interrupt()) == [at_ms]


def test_an_echoed_mark_pins_the_position() -> None:
    clock = Clock()
    tracker = MarkPlaybackTracker(format="audio/pcmu", clock=clock)
    tracker.on_output("a", 0, bytes(1000 * MS))
    first = tracker.mark()
    tracker.on_output("a", 0, bytes(1000 * MS))
    tracker.mark()
    clock.now = 1.3  # the output started late: the first second ends playing only now
    assert tracker.on_mark(first)
    assert tracker.get_state()["elapsed_ms"] == 1000.0
    clock.now = 1.5
    assert tracker.get_state()["elapsed_ms"] == 1200.0
    clock.now = 10.0  # never more than was handed over
    assert tracker.get_state()["elapsed_ms"] == 2000.0


def test_marks_for_cleared_audio_change_nothing() -> None:
    clock = Clock()
    tracker = MarkPlaybackTracker(format="audio/pcmu", clock=clock)
    barge = Interrupter(tracker=tracker, clock=clock)
    barge.received(_session())
    names: list[str] = []
    for _ in range(40):
        barge.received(_delta("a", 100))
        tracker.on_output("a", 0, bytes(100 * MS))
        names.append(tracker.mark())
    clock.now = 0.6
    assert _truncates(barge.interrupt()) == [600]  # the clear
    # Twilio echoes every mark the clear dropped: none counts.
    assert not any(tracker.on_mark(name) for name in names)
    assert tracker.pending_marks == 0
    assert tracker.get_state()["current_item_id"] is None
    # The next reply is cut at what was played of it, not at the old reply's 4 s.
    clock.now = 1.0
    for _ in range(40):
        barge.received(_delta("b", 100))
        tracker.on_output("b", 0, bytes(100 * MS))
        tracker.mark()
    for name in names:  # late echoes of the old marks, again
        tracker.on_mark(name)
    clock.now = 1.6
    assert _truncates(barge.interrupt()) == [600]


def test_after_the_reply_played_out_a_barge_in_cuts_nothing() -> None:
    clock = Clock()
    tracker = MarkPlaybackTracker(format="audio/pcmu", clock=clock)
    barge = Interrupter(tracker=tracker, clock=clock)
    barge.received(_session())
    barge.received(_delta("a", 400))
    tracker.on_output("a", 0, bytes(400 * MS))
    name = tracker.mark()
    barge.received({"type": "response.output_audio.done", "item_id": "a", "content_index": 0})
    clock.now = 0.5
    assert tracker.on_mark(name)
    assert barge.interrupt() == []
    assert barge.last is not None and barge.last.audio_end_ms is None


def test_an_idle_output_starts_playing_new_audio_when_it_is_handed_over() -> None:
    clock = Clock()
    tracker = MarkPlaybackTracker(format="audio/pcmu", clock=clock)
    tracker.on_output("a", 0, bytes(100 * MS))
    clock.now = 5.0  # long idle: "a" played out
    tracker.on_output("b", 0, bytes(100 * MS))
    clock.now = 5.04
    state = tracker.get_state()
    assert state["current_item_id"] == "b" and state["elapsed_ms"] == pytest.approx(40.0)


def test_pending_marks_are_bounded_and_bad_input_refused() -> None:
    tracker = MarkPlaybackTracker(format="audio/pcmu", clock=lambda: 0.0)
    first = tracker.mark()
    for _ in range(2000):
        tracker.mark()
    assert tracker.pending_marks == 1024
    assert not tracker.on_mark(first)  # forgotten: its echo changes nothing
    assert not tracker.on_mark(42)
    assert not tracker.on_mark("someone-elses-mark")
    with pytest.raises(InvalidArgumentError):
        tracker.on_output("a", 0, "not bytes")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):
        tracker.on_output("", 0, b"")
    assert "MarkPlaybackTracker(" in repr(tracker)


def test_reported_play_counts_as_a_mark() -> None:
    tracker = MarkPlaybackTracker(format="audio/pcmu", clock=lambda: 0.0)
    tracker.on_output("a", 0, bytes(1000 * MS))
    tracker.on_play_ms("a", 0, 250)
    assert tracker.get_state()["elapsed_ms"] == 250.0


def test_a_speaker_hands_audio_to_the_tracker_as_it_queues_it() -> None:
    from realtime_ext.testing import FakeSpeaker

    tracker = PlaybackTracker()
    speaker = FakeSpeaker(tracker, clock=lambda: 0.0)
    speaker.write("a", 0, bytes(4800))  # queued, not played yet
    state = tracker.get_state()
    assert (state["current_item_id"], state["elapsed_ms"]) == ("a", 0.0)
