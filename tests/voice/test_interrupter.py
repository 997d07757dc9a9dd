"""Barge-in logic without I/O: what is sent, when, and never beyond the audio received."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext.voice import Interruption, PlaybackTracker
from realtime_ext.voice._interrupt import Interrupter
from support.fuzz import examples

from ._events import (
    SPEECH_STARTED,
    audio_delta,
    audio_done,
    response_created,
    response_done,
    session,
)


def plain(sent: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The payloads without their event ids (checked once, in their own test)."""
    return [{k: v for k, v in p.items() if k != "event_id"} for p in sent]


class Clock:
    """An injected clock: tests move time, nothing sleeps."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _one_second(barge: Interrupter, item: str = "item_a") -> None:
    barge.received(response_created())
    for _ in range(10):
        barge.received(audio_delta(item, 100))
    barge.received(audio_done(item))
    barge.received(response_done())


def test_barge_in_300ms_into_1s_truncates_at_300ms() -> None:
    tracker = PlaybackTracker()
    seen: list[Interruption] = []
    barge = Interrupter(tracker=tracker, listeners=[seen.append])
    barge.received(session())
    _one_second(barge)
    for _ in range(15):
        tracker.on_play_bytes("item_a", 0, bytes(960))  # the speaker plays 20 ms at a time
    sent = plain(barge.received(SPEECH_STARTED))
    assert sent == [
        {
            "type": "conversation.item.truncate",
            "item_id": "item_a",
            "content_index": 0,
            "audio_end_ms": 300,
        }
    ]
    assert abs(sent[0]["audio_end_ms"] - 300) <= 40
    assert seen[0].audio_end_ms == 300 and seen[0].reason == "speech_started"
    assert tracker.get_state()["current_item_id"] is None  # the app flushes its speaker
    assert barge.is_muted("item_a")


def test_explicit_interrupt_after_all_audio_received_but_half_played() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    _one_second(barge)
    tracker.on_play_ms("item_a", 0, 500)
    assert plain(barge.interrupt()) == [
        {
            "type": "conversation.item.truncate",
            "item_id": "item_a",
            "content_index": 0,
            "audio_end_ms": 500,
        }
    ]


def test_played_beyond_received_is_clamped() -> None:
    # The Agents SDK once sent the wall-clock time on explicit interrupts (PR 4122).
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    barge.received(response_created())
    barge.received(audio_delta("item_a", 250))
    tracker.on_play_ms("item_a", 0, 900)
    sent = plain(barge.interrupt())
    assert sent[0] == {"type": "response.cancel", "response_id": "resp_1"}
    assert sent[1]["audio_end_ms"] == 250


def test_never_truncates_twice_nor_a_finished_item() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    _one_second(barge)
    tracker.on_play_ms("item_a", 0, 400)
    assert len(barge.interrupt()) == 1
    tracker.on_play_ms("item_a", 0, 100)  # a stale buffer the app did not flush
    assert barge.interrupt() == []
    _one_second(barge, "item_b")
    tracker.on_play_ms("item_b", 0, 1000)  # played to the end
    assert barge.interrupt() == []
    last = barge.last
    assert last is not None and last.item_id is None and last.audio_end_ms is None


def test_an_app_truncate_counts() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    _one_second(barge)
    barge.sent({"type": "conversation.item.truncate", "item_id": "item_a", "content_index": 0})
    tracker.on_play_ms("item_a", 0, 100)
    assert barge.interrupt() == []


def test_speech_started_cancels_only_when_the_server_will_not() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    barge.received(session(interrupt_response=True))
    barge.received(response_created())
    assert barge.received(SPEECH_STARTED) == []  # the server cancels it itself
    barge.received(session(interrupt_response=False))
    barge.received(response_created("resp_2"))
    assert plain(barge.received(SPEECH_STARTED)) == [
        {"type": "response.cancel", "response_id": "resp_2"}
    ]
    barge.received(response_created("resp_3"))
    assert plain(barge.interrupt()) == [{"type": "response.cancel", "response_id": "resp_3"}]
    assert barge.interrupt() == []  # cancelled once


def test_auto_interrupt_off_ignores_speech() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker, auto_interrupt=False)
    _one_second(barge)
    tracker.on_play_ms("item_a", 0, 100)
    assert barge.received(SPEECH_STARTED) == []
    assert barge.interrupt()[0]["audio_end_ms"] == 100


def test_g711_session_format_reaches_the_tracker() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    barge.received(session("audio/pcmu"))
    barge.received(audio_delta("item_a", 1000, rate=8000, width=1))
    tracker.on_play_bytes("item_a", 0, bytes(2400))  # 300 ms of u-law
    assert barge.interrupt()[0]["audio_end_ms"] == 300


def test_without_a_tracker_played_time_is_estimated_from_the_clock() -> None:
    clock = Clock()
    barge = Interrupter(clock=clock)
    _one_second(barge, "item_a")  # arrives at t=100: estimated to play 100.0 .. 101.0
    _one_second(barge, "item_b")  # queued behind it: 101.0 .. 102.0
    clock.now = 101.25
    sent = barge.interrupt()
    assert sent[0]["item_id"] == "item_b" and sent[0]["audio_end_ms"] == 250
    last = barge.last
    assert last is not None and last.estimated
    clock.now = 200.0  # long after: both played out, nothing to truncate
    _one_second(barge, "item_c")
    clock.now = 205.0
    assert barge.interrupt() == []


def test_randomized_interleavings_never_truncate_beyond_received() -> None:
    rng = random.Random(22)
    for _ in range(1000):
        tracker = PlaybackTracker() if rng.random() < 0.8 else None
        clock = Clock()
        barge = Interrupter(tracker=tracker, clock=clock, auto_interrupt=rng.random() < 0.9)
        barge.received(session(rng.choice(["audio/pcm", "audio/pcmu"])))
        received: dict[tuple[str, int], float] = {}
        truncated: set[tuple[str, int]] = set()
        items = [f"item_{i}" for i in range(rng.randint(1, 3))]
        rate, width = (8000, 1) if barge.format.rate == 8000 else (24000, 2)
        for _ in range(rng.randint(1, 40)):
            step = rng.random()
            key = (rng.choice(items), rng.choice([0, 0, 0, 1]))
            if step < 0.35:
                ms = rng.choice([10, 20, 33.3, 100, 250])
                barge.received(audio_delta(key[0], ms, index=key[1], rate=rate, width=width))
                received[key] = received.get(key, 0.0) + int(ms * rate / 1000) * width * 1000 / (
                    rate * width
                )
            elif step < 0.6 and tracker is not None:
                tracker.on_play_ms(key[0], key[1], rng.choice([5, 20, 100, 700]))
            elif step < 0.7:
                clock.now += rng.random()
            elif step < 0.75:
                barge.received(audio_done(*key))
            elif step < 0.8:
                barge.received(rng.choice([response_created(), response_done()]))
            else:
                sent = barge.received(SPEECH_STARTED) if rng.random() < 0.5 else barge.interrupt()
                for payload in sent:
                    if payload["type"] != "conversation.item.truncate":
                        continue
                    where = (payload["item_id"], payload["content_index"])
                    assert where not in truncated, "truncated twice"
                    truncated.add(where)
                    assert isinstance(payload["audio_end_ms"], int)
                    assert 0 <= payload["audio_end_ms"] <= received.get(where, 0.0) + 1e-9


def test_a_new_session_cancels_and_truncates_nothing_of_the_old_one() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    barge.received(response_created())
    barge.received(audio_delta("item_a", 500))
    tracker.on_play_ms("item_a", 0, 100)
    barge.received(session())  # reconnected: a new server session
    assert barge.interrupt() == []  # its response and item (a text copy) have no audio here


def test_an_old_sessions_reply_still_playing_after_a_rollover_is_stopped_by_barge_in() -> None:
    # A rollover comes once the reply has arrived, not once it was heard: the user barges in
    # over the rest of it in the new session. Nothing is cancelled or truncated there (the
    # item is a carried text copy), but its playing stops and the handlers hear of it, so
    # the app flushes its speaker (a phone bridge sends Twilio `clear`).
    tracker = PlaybackTracker()
    seen: list[Interruption] = []
    barge = Interrupter(tracker=tracker, listeners=[seen.append])
    barge.received(session())
    _one_second(barge, "item_a")
    tracker.on_play_ms("item_a", 0, 300)
    barge.received(session())  # the new session
    assert barge.received(SPEECH_STARTED) == []
    (stop,) = seen
    assert (stop.item_id, stop.content_index, stop.audio_end_ms) == ("item_a", 0, None)
    assert stop.played_ms == 300 and stop.received_ms == 1000
    assert tracker.get_state()["current_item_id"] is None  # the speaker is told to flush
    assert barge.is_muted("item_a")
    tracker.on_play_ms("item_a", 0, 400)  # a late report of the stopped audio
    assert barge.received(SPEECH_STARTED) == [] and len(seen) == 1  # stopped once


def test_an_old_sessions_reply_that_played_out_is_not_stopped_again() -> None:
    clock = Clock()
    seen: list[Interruption] = []
    barge = Interrupter(clock=clock, listeners=[seen.append])
    _one_second(barge, "item_a")  # estimated to play 100.0 .. 101.0
    barge.received(session())
    clock.now = 100.5
    assert barge.received(SPEECH_STARTED) == []
    assert [(i.item_id, i.audio_end_ms, i.estimated) for i in seen] == [("item_a", None, True)]
    _one_second(barge, "item_b")  # the new session's reply: truncatable
    clock.now = 101.5  # item_b is estimated to play from item_a's end, 101.0
    (truncate,) = plain(barge.received(SPEECH_STARTED))
    assert truncate["item_id"] == "item_b" and truncate["audio_end_ms"] == 500
    clock.now = 300.0
    assert barge.received(SPEECH_STARTED) == [] and len(seen) == 2  # all played out


def test_new_audio_under_a_carried_items_id_is_the_new_sessions_to_truncate() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    _one_second(barge, "item_a")
    barge.received(session())
    barge.received(response_created("resp_2"))
    barge.received(audio_delta("item_a", 200))  # the same id again, in the new session
    assert barge.received_bytes("item_a") == 200 * 48
    tracker.on_play_ms("item_a", 0, 50)
    (truncate,) = plain(barge.interrupt())[1:]
    assert truncate["item_id"] == "item_a" and truncate["audio_end_ms"] == 50


def test_every_event_sent_carries_a_barge_in_event_id() -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker)
    barge.received(response_created())
    barge.received(audio_delta("item_a", 100))
    tracker.on_play_ms("item_a", 0, 10)
    ids = [payload["event_id"] for payload in barge.interrupt()]
    assert ids == ["barge_in_1", "barge_in_2"]


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 90), st.integers(0, 2), st.integers(0, 5000)),
        max_size=300,
    )
)
def test_received_bytes_per_item_is_the_sum_over_its_tracked_parts(
    deltas: list[tuple[int, int, int]],
) -> None:
    # What telemetry reads at response.done: an item's audio over every content part still
    # tracked (at most MAX_TRACKED_ITEMS parts: the oldest go), found without a scan.
    from realtime_ext.voice._interrupt import MAX_TRACKED_ITEMS

    barge = Interrupter()
    for item, index, size in deltas:
        barge.audio_delta(f"item_{item}", index, size)
    tracked = barge._audio  # pyright: ignore[reportPrivateUsage]
    assert len(tracked) <= MAX_TRACKED_ITEMS
    for item in range(91):
        parts = [a.received_bytes for key, a in tracked.items() if key[0] == f"item_{item}"]
        assert barge.received_bytes(f"item_{item}") == (sum(parts) if parts else None)
    counts = [barge.received_bytes(f"item_{item}") for item in range(91)]
    barge.received({"type": "session.created", "session": {"id": "s2"}})
    # A new server session: what was received stays counted (it may still be playing).
    assert [barge.received_bytes(f"item_{item}") for item in range(91)] == counts
