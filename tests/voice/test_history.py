"""History from events: order, deltas, truncation, deletion, reconnects, cancels, audio cap."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.events import parse_server_event
from realtime_ext.voice import History
from realtime_ext.voice._history import HistoryTracker

JSON = dict[str, Any]


def added(item_id: str, previous: str | None, role: str = "user", text: str = "") -> JSON:
    content = [{"type": "input_text", "text": text}] if text else []
    return {
        "type": "conversation.item.added",
        "previous_item_id": previous,
        "item": {"id": item_id, "type": "message", "role": role, "content": content},
    }


def assistant_audio(
    history: History | HistoryTracker, item_id: str, words: list[str], ms: int
) -> None:
    feed = history.apply if isinstance(history, History) else history.received
    feed(
        {
            "type": "response.output_item.added",
            "response_id": "resp_1",
            "output_index": 0,
            "item": {
                "id": item_id,
                "type": "message",
                "role": "assistant",
                "status": "in_progress",
                "content": [],
            },
        }
    )
    feed(
        {
            "type": "response.content_part.added",
            "item_id": item_id,
            "content_index": 0,
            "part": {"type": "audio"},
        }
    )
    for word in words:
        feed(
            {
                "type": "response.output_audio_transcript.delta",
                "item_id": item_id,
                "content_index": 0,
                "delta": word,
            }
        )
    for _ in range(ms // 100):
        feed(
            {
                "type": "response.output_audio.delta",
                "item_id": item_id,
                "content_index": 0,
                "delta": base64.b64encode(bytes(4800)).decode(),
            }
        )


def ids(history: History) -> list[str]:
    return [item.id for item in history]


def test_items_follow_previous_item_id_even_out_of_order() -> None:
    history = History()
    history.apply(added("a", None, text="one"))
    history.apply(added("c", "b", text="three"))  # b not seen yet
    history.apply(added("d", "c", text="four"))
    history.apply(added("b", "a", text="two"))
    assert ids(history) == ["a", "b", "c", "d"]
    history.apply(added("x", "a", text="inserted"))  # the server inserts after a
    assert ids(history) == ["a", "x", "b", "c", "d"]
    history.apply(added("r", None, text="root"))
    assert ids(history)[0] == "r"


def test_deltas_build_text_transcript_and_function_calls() -> None:
    history = History()
    history.apply(added("u", None, text="Weather?"))
    assistant_audio(history, "a1", ["It ", "is ", "sunny."], 300)
    history.apply(
        {
            "type": "response.output_audio_transcript.done",
            "item_id": "a1",
            "content_index": 0,
            "transcript": "It is sunny.",
        }
    )
    history.apply(
        {
            "type": "response.output_item.added",
            "item": {
                "id": "f1",
                "type": "function_call",
                "name": "get_weather",
                "call_id": "c1",
                "arguments": "",
            },
        }
    )
    history.apply(
        {"type": "response.function_call_arguments.delta", "item_id": "f1", "delta": '{"city":'}
    )
    history.apply(
        {"type": "response.function_call_arguments.delta", "item_id": "f1", "delta": '"Paris"}'}
    )
    history.apply(
        {
            "type": "conversation.item.added",
            "previous_item_id": "f1",
            "item": {"id": "o1", "type": "function_call_output", "call_id": "c1", "output": "18C"},
        }
    )
    items = history.items
    assert items[1].transcript == "It is sunny." and items[1].audio is None
    assert items[1].audio_ms == 300
    assert items[2].arguments == '{"city":"Paris"}' and items[2].name == "get_weather"
    assert history["o1"].output == "18C"
    assert history.transcript() == (
        "user: Weather?\n"
        "assistant: It is sunny.\n"
        'assistant called get_weather({"city":"Paris"})\n'
        "tool: 18C"
    )


def test_truncation_removes_unheard_transcript_and_audio() -> None:
    history = History(keep_audio=True)
    assistant_audio(history, "a1", ["Once ", "upon "], 1000)
    assert history.audio_bytes == 48000
    history.apply(
        {
            "type": "conversation.item.truncated",
            "item_id": "a1",
            "content_index": 0,
            "audio_end_ms": 300,
        }
    )
    # The server keeps streaming a moment after the cut: none of it was heard.
    history.apply(
        {
            "type": "response.output_audio_transcript.delta",
            "item_id": "a1",
            "content_index": 0,
            "delta": "a time",
        }
    )
    assistant_audio(history, "a1", [], 100)
    history.apply(
        {
            "type": "conversation.item.done",
            "item": {
                "id": "a1",
                "type": "message",
                "role": "assistant",
                "status": "incomplete",
                "content": [{"type": "output_audio", "transcript": "Once upon a time"}],
            },
        }
    )
    item = history["a1"]
    assert item.truncated_at_ms == 300 and item.transcript == "" and item.status == "incomplete"
    assert item.audio is not None and len(item.audio) == 300 * 48
    assert history.audio_bytes == 300 * 48
    assert "[interrupted at 300 ms]" in history.transcript()


def test_deletion_and_cancelled_response() -> None:
    history = History(keep_audio=True)
    history.apply(added("u", None, text="hi"))
    assistant_audio(history, "a1", ["Hel"], 200)
    history.apply(
        {
            "type": "response.done",
            "response": {
                "id": "resp_1",
                "status": "cancelled",
                "output": [{"id": "a1", "status": "incomplete"}],
            },
        }
    )
    assert history["a1"].status == "incomplete"
    history.apply({"type": "conversation.item.deleted", "item_id": "a1"})
    assert ids(history) == ["u"] and "a1" not in history and history.audio_bytes == 0
    history.apply({"type": "conversation.item.deleted", "item_id": "nope"})  # unknown: ignored


def test_audio_cap_drops_oldest_audio_first() -> None:
    history = History(keep_audio=True, max_audio_bytes=48000)  # 1 s
    assistant_audio(history, "a1", [], 800)
    history.apply(added("u", "a1", text="x"))
    assistant_audio(history, "a2", [], 500)
    assert history["a1"].audio is None and history["a1"].audio_dropped
    assert history["a2"].audio is not None and history.audio_bytes <= 48000


def test_reconnect_starts_a_new_history_and_keeps_the_old_one_marked() -> None:
    tracker = HistoryTracker()
    tracker.received({"type": "session.created", "session": {"id": "sess_1"}})
    tracker.received(added("a", None, text="before"))
    first = tracker.history
    tracker.received({"type": "session.updated", "session": {"id": "sess_1"}})
    assert tracker.history is first
    tracker.received({"type": "session.created", "session": {"id": "sess_2"}})
    tracker.received(added("b", None, text="after"))
    assert first.ended and tracker.history.previous is first
    assert ids(tracker.history) == ["b"] and ids(first) == ["a"]
    for n in range(3, 10):
        tracker.received({"type": "session.created", "session": {"id": f"sess_{n}"}})
    depth, node = 0, tracker.history
    while node.previous is not None:
        depth, node = depth + 1, node.previous
    assert depth <= 4  # older sessions are let go


def test_typed_events_work_like_dicts() -> None:
    history = History()
    for raw in (
        added("a", None, text="typed"),
        {
            "type": "response.output_text.delta",
            "event_id": "e",
            "response_id": "r",
            "item_id": "a",
            "output_index": 0,
            "content_index": 0,
            "delta": "!",
        },
    ):
        history.apply(parse_server_event(json.dumps({"event_id": "e", **raw})))
    assert history["a"].text == "typed!"


def test_unknown_and_malformed_events_never_crash() -> None:
    history = History()
    for junk in (
        {"type": "conversation.item.added", "item": None},
        {"type": "conversation.item.added", "item": {"id": 3}},
        {"type": "response.output_audio.delta", "item_id": "x", "content_index": 0, "delta": "!!"},
        {"type": "conversation.item.truncated", "item_id": "x", "content_index": "0"},
        {"type": "future.event"},
        {"type": "response.done", "response": {"output": [None, {"id": 1}]}},
    ):
        history.apply(junk)
    assert len(history) == 0


@pytest.mark.parametrize(
    "kwargs", [{"keep_audio": "yes"}, {"max_audio_bytes": -1}, {"max_audio_bytes": 1.5}]
)
def test_bad_options_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        History(**kwargs)
