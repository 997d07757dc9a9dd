"""The voice extension's hot paths (audio, text and transcript deltas read straight from a
typed event; the history's last-part cache) leave exactly the history the plain path does:
each event as a dict through ``HistoryTracker.received``, with the cache emptied first."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext.conversation import Conversation
from realtime_ext.events import parse_server_event
from realtime_ext.voice import History, HistoryTracker
from realtime_ext.voice._extension import _PART_DELTAS, Voice
from realtime_ext.voice._history import HISTORY_HANDLERS

from .test_fuzz import audio, events, ids

_DELTAS = [
    "response.output_audio.delta",
    "response.output_text.delta",
    "response.output_audio_transcript.delta",
    "conversation.item.input_audio_transcription.delta",
]
# Runs of deltas for a few parts, with the item events that make, update and delete them.
_runs = st.builds(
    lambda kind, item_id, index, delta: {
        "type": kind,
        "event_id": "e",
        "response_id": "r",
        "item_id": item_id,
        "output_index": 0,
        "content_index": index,
        "delta": delta,
    },
    st.sampled_from(_DELTAS),
    ids,
    st.one_of(st.integers(0, 2), st.sampled_from([True, 0.0, -1, None])),
    st.one_of(audio, st.text(max_size=4)),
)
_items = st.builds(
    lambda kind, item_id: {
        "type": kind,
        "event_id": "e",
        "previous_item_id": None,
        "item_id": item_id,
        "item": {"id": item_id, "type": "message", "role": "assistant", "content": []},
    },
    st.sampled_from(["conversation.item.added", "conversation.item.deleted"]),
    st.sampled_from(["a", "b"]),
)


class _Quiet:
    close_code = None
    close_reason = None

    def send_text(self, data: str) -> None:
        raise AssertionError("history and observing send nothing")

    def recv_message(self, timeout: float | None) -> str:
        raise AssertionError("not used")

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


def _snapshot(history: History) -> list[Any]:
    return [
        (
            item.id,
            item.type,
            item.role,
            item.status,
            [(p.type, p.text, p.transcript) for p in item.parts],
            item.arguments,
            item.output,
            item.truncated_at_ms,
            round(item.audio_ms, 6),
        )
        for item in history
    ]


def _both(stream: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    conn = Conversation(_Quiet())
    voice = conn.add_extension(Voice(conn))
    plain = HistoryTracker()
    for event in stream:
        voice.observe(parse_server_event(event))
        plain.history._hot = None  # pyright: ignore[reportPrivateUsage]
        plain.received(event)
    return _snapshot(voice.history), _snapshot(plain.history)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_runs, _runs, _items, events), max_size=60))
def test_hot_paths_leave_the_history_the_plain_path_does(stream: list[dict[str, Any]]) -> None:
    fast, plain = _both(stream)
    assert fast == plain


@pytest.mark.parametrize("typed", [True, False], ids=["typed", "failed-to-decode"])
def test_a_deleted_item_added_again_gets_its_deltas(typed: bool) -> None:
    # Without the fields the spec requires, each event decodes to an UnknownEvent: history
    # still reads its JSON.
    more: dict[str, Any] = {"event_id": "e", "response_id": "r", "output_index": 0}
    added = {
        **(more if typed else {}),
        "type": "conversation.item.added",
        "previous_item_id": None,
        "item": {"id": "a", "type": "message", "role": "assistant", "content": []},
    }
    delta = {
        **(more if typed else {}),
        "type": "response.output_text.delta",
        "item_id": "a",
        "content_index": 0,
    }
    fast, plain = _both(
        [
            added,
            {**delta, "delta": "old"},
            {**(more if typed else {}), "type": "conversation.item.deleted", "item_id": "a"},
            added,
            {**delta, "delta": "new"},
        ]
    )
    assert fast == plain
    events = [parse_server_event({**added}), parse_server_event({**delta, "delta": "x"})]
    assert all((type(e).__name__ == "UnknownEvent") is not typed for e in events)
    assert fast[0][4] == [("", "new", "")]


def test_every_part_delta_is_a_history_type() -> None:
    assert set(_PART_DELTAS) <= set(HISTORY_HANDLERS)
