"""The conversation's own item log (issue 77 item 5): what a Realtime connection without a
voice gives a new session, read from the server's item events, bounded."""

from __future__ import annotations

from typing import Any

from realtime_ext._base.carry import Carry
from realtime_ext._base.item_log import ItemLog
from realtime_ext._live.carry import LiveCarry


def added(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "conversation.item.added", "item": item}


def message(item_id: str, role: str, **part: Any) -> dict[str, Any]:
    return {"id": item_id, "type": "message", "role": role, "content": [part]}


def test_the_log_keeps_words_calls_and_outputs_in_order() -> None:
    log = ItemLog()
    log.apply("conversation.item.added", added(message("u1", "user", type="input_text", text="Hi")))
    log.apply(
        "response.output_item.done",
        {"item": message("a1", "assistant", type="output_audio", transcript="Hello, Ada.")},
    )
    call = {"id": "c1", "type": "function_call", "call_id": "k", "name": "f", "arguments": "{}"}
    log.apply("response.output_item.done", {"item": call})
    output = {"id": "o1", "type": "function_call_output", "call_id": "k", "output": "42"}
    log.apply("conversation.item.added", added(output))
    log.apply("conversation.item.added", added({"id": "m1", "type": "mcp_call"}))  # not carried
    assert [(i.id, i.type, i.text or i.output or i.arguments) for i in log.items()] == [
        ("u1", "message", "Hi"),
        ("a1", "message", "Hello, Ada."),
        ("c1", "function_call", "{}"),
        ("o1", "function_call_output", "42"),
    ]


def test_a_transcript_fills_an_audio_message_and_a_later_event_keeps_it() -> None:
    log = ItemLog()
    audio = message("u1", "user", type="input_audio", transcript=None)
    log.apply("conversation.item.added", added(audio))
    assert log.items() == []  # no words yet: nothing to give a new session
    log.apply(
        "conversation.item.input_audio_transcription.completed",
        {"item_id": "u1", "content_index": 0, "transcript": "My name is Ada."},
    )
    log.apply("conversation.item.done", {"item": audio})  # without the transcript
    assert [i.text for i in log.items()] == ["My name is Ada."]


def test_the_log_is_bounded_and_follows_deletions() -> None:
    log = ItemLog(max_items=2)
    for n in range(3):
        text = f"turn {n}"
        log.apply(
            "conversation.item.added", added(message(f"i{n}", "user", type="input_text", text=text))
        )
    assert [i.id for i in log.items()] == ["i1", "i2"] and log.evicted == 1
    log.apply("conversation.item.deleted", {"item_id": "i1"})
    assert [i.id for i in log.items()] == ["i2"]


def test_the_carry_gives_the_log_unless_a_history_or_session_mode() -> None:
    carry = Carry()
    said = message("u1", "user", type="input_text", text="Hi")
    carry.received("conversation.item.added", added(said))
    plan = carry.plan(same_session=False)
    assert plan.carried_ids == ("u1",) and carry.carries == "conversation"
    session_only = Carry("session")
    session_only.received("conversation.item.added", added(said))
    assert session_only.plan(same_session=False).carried_ids == ()
    assert session_only.carries == "configuration"
    live = LiveCarry("session", sessions_url="wss://h/v1/live/sessions")
    assert live.carries == "configuration"
    assert LiveCarry(sessions_url="wss://h/v1/live/sessions").carries == "conversation"
