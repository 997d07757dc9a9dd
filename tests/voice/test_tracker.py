"""PlaybackTracker: the Agents SDK's names and meaning, formats, bad input refused."""

from __future__ import annotations

import pytest

import realtime_ext
from realtime_ext import InvalidArgumentError, voice
from realtime_ext.audio import PCMA, PCMU
from realtime_ext.voice import PlaybackTracker


def test_exported_by_voice_not_by_the_core_root() -> None:
    assert voice.PlaybackTracker is PlaybackTracker and "PlaybackTracker" in voice.__all__
    assert "PlaybackTracker" not in realtime_ext.__all__


def test_counts_played_bytes_per_item_and_resets_on_a_new_item() -> None:
    tracker = PlaybackTracker()
    tracker.on_play_bytes("a", 0, bytes(4800))  # 100 ms PCM16 24 kHz
    tracker.on_play_bytes("a", 0, bytes(2400))
    assert tracker.get_state() == {
        "current_item_id": "a",
        "current_item_content_index": 0,
        "elapsed_ms": 150.0,
    }
    tracker.on_play_ms("a", 1, 20)  # another content part starts from zero
    assert tracker.get_state()["elapsed_ms"] == 20.0
    tracker.on_play_ms("b", 0, 5)
    assert tracker.get_state()["current_item_id"] == "b"
    tracker.on_interrupted()
    assert tracker.get_state() == {
        "current_item_id": None,
        "current_item_content_index": None,
        "elapsed_ms": None,
    }


@pytest.mark.parametrize("fmt", ["audio/pcmu", "audio/pcma", "g711_ulaw", {"type": "audio/pcma"}])
def test_g711_is_8khz_one_byte_per_sample(fmt: object) -> None:
    tracker = PlaybackTracker(format=fmt)  # type: ignore[arg-type]
    assert tracker.format in (PCMU, PCMA)
    tracker.on_play_bytes("a", 0, bytes(800))
    assert tracker.get_state()["elapsed_ms"] == 100.0


def test_set_audio_format_changes_later_reports() -> None:
    tracker = PlaybackTracker()
    tracker.on_play_bytes("a", 0, bytes(480))  # 10 ms PCM
    tracker.set_audio_format("audio/pcmu")
    tracker.on_play_bytes("a", 0, bytes(80))  # 10 ms u-law
    assert tracker.get_state()["elapsed_ms"] == 20.0


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (("", 0, 1.0), "item_id"),
        ((None, 0, 1.0), "item_id"),
        (("a", -1, 1.0), "content_index"),
        (("a", True, 1.0), "content_index"),
        (("a", 0, -1.0), "ms"),
        (("a", 0, float("nan")), "ms"),
        (("a", 0, "5"), "ms"),
    ],
)
def test_bad_input_is_refused(args: tuple[object, object, object], match: str) -> None:
    with pytest.raises(InvalidArgumentError, match=match):
        PlaybackTracker().on_play_ms(*args)  # type: ignore[arg-type]


def test_bad_format_and_bytes_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="unknown audio format"):
        PlaybackTracker(format="audio/opus")
    with pytest.raises(InvalidArgumentError, match="bytes"):
        PlaybackTracker().on_play_bytes("a", 0, "not bytes")  # type: ignore[arg-type]


def test_the_agents_sdk_tracker_api_carries_over() -> None:
    """The Agents SDK's RealtimePlaybackTracker/RealtimePlaybackState (no longer aliased):
    its methods and state keys, under this SDK's class names."""
    from realtime_ext.voice._tracker import PlaybackState

    tracker = PlaybackTracker()
    tracker.on_play_bytes("item_1", 0, bytes(4800))
    tracker.on_play_ms("item_1", 0, 50)
    state: PlaybackState = tracker.get_state()
    assert set(state) == {"current_item_id", "current_item_content_index", "elapsed_ms"}
    assert state["current_item_id"] == "item_1" and state["elapsed_ms"] == 150
    tracker.on_interrupted()
