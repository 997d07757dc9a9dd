"""History memory is bounded (issue 54): at most ``max_items`` items, the oldest let go
first, counted in ``evicted``; the setting survives a reconnect; lowering it trims at once.
Before, the history kept every item for the life of the connection (2.6-3.4 MiB per 1,000
responses, without end)."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError, RealtimeClient
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.voice import History, Voice
from realtime_ext.voice._history import DEFAULT_MAX_ITEMS, HistoryTracker


def _added(item_id: str, previous: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "type": "conversation.item.added",
        "previous_item_id": previous,
        "item": {
            "id": item_id,
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": f"said {item_id}"}],
            **extra,
        },
    }


def _fill(history: History, count: int) -> None:
    previous = None
    for i in range(count):
        history.apply(_added(f"i{i}", previous))
        previous = f"i{i}"


def test_the_default_bound_is_documented_and_a_few_thousand() -> None:
    assert History().max_items == DEFAULT_MAX_ITEMS == 3000
    assert "max_items" in (History.__doc__ or "")


def test_the_oldest_items_go_first() -> None:
    history = History(max_items=3)
    _fill(history, 5)
    assert [item.id for item in history] == ["i2", "i3", "i4"]
    assert len(history) == 3 and history.evicted == 2
    assert "i0" not in history and "i4" in history
    # Later events about a let-go item are ignored, not errors.
    history.apply({"type": "response.output_text.delta", "item_id": "i0", "content_index": 0,
                   "delta": "x"})  # fmt: skip
    assert "i0" not in history


def test_an_item_placed_before_the_kept_ones_goes_at_once() -> None:
    history = History(max_items=2)
    _fill(history, 2)
    history.apply(_added("first", None))  # previous_item_id null: first in the conversation
    assert [item.id for item in history] == ["i0", "i1"] and history.evicted == 1


def test_evicted_audio_is_released() -> None:
    history = History(max_items=1, keep_audio=True)
    pcm = base64.b64encode(b"\x01\x00" * 2400).decode()
    for i in range(3):
        history.apply(_added(f"a{i}", f"a{i - 1}" if i else None))
        history.apply({"type": "response.output_audio.delta", "item_id": f"a{i}",
                       "content_index": 0, "delta": pcm})  # fmt: skip
    assert history.audio_bytes == 4800  # only the last item's


def test_lowering_max_items_trims_now() -> None:
    history = History()
    _fill(history, 10)
    history.max_items = 4
    assert [item.id for item in history] == ["i6", "i7", "i8", "i9"] and history.evicted == 6


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10", None])
def test_a_bad_bound_is_refused(bad: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="max_items"):
        History(max_items=bad)
    with pytest.raises(InvalidArgumentError, match="max_items"):
        History().max_items = bad


def test_items_waiting_for_a_previous_that_never_comes_are_bounded() -> None:
    history = History(max_items=5)
    for i in range(50):
        history.apply(_added(f"w{i}", f"missing{i}"))
    assert len(history) == 5
    assert len(history._waiting) <= 5  # pyright: ignore[reportPrivateUsage]


def test_a_new_session_keeps_the_bound() -> None:
    tracker = HistoryTracker(max_items=7)
    tracker.received({"type": "session.created", "session": {"id": "sess_1"}})
    tracker.history.max_items = 2
    tracker.received({"type": "session.created", "session": {"id": "sess_2"}})
    assert tracker.history.session_id == "sess_2" and tracker.history.max_items == 2


def test_a_connection_history_is_bounded_end_to_end() -> None:
    with FakeRealtimeServer() as server:
        client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
        with client, client.connect(model="gpt-realtime", extensions=[voice := Voice()]) as conn:
            conn.run_until("session.created")
            voice.history.max_items = 4
            conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            for turn in range(5):
                conn.conversation.item.create(
                    item={"type": "message", "role": "user",
                          "content": [{"type": "input_text", "text": f"q{turn}"}]}
                )  # fmt: skip
                conn.response.create()
                conn.run_until("response.done")
            assert len(voice.history) == 4 and voice.history.evicted == 6
            assert voice.history.items[-1].role == "assistant"
