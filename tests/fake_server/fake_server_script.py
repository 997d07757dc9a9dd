"""One conversation script, run by both the raw websockets client and the openai client.

Each step sends one client event (or nothing) and lists the server event types that must
follow, in order. Driving it through two different clients shows that the fake speaks a
protocol the official package understands, and that the sequence is deterministic.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16

Event = dict[str, Any]

TEXT_RESPONSE = [
    "response.created",
    "response.output_item.added",
    "conversation.item.added",
    "response.content_part.added",
    "response.output_text.delta",
    "response.output_text.delta",
    "response.output_text.delta",
    "response.output_text.done",
    "response.content_part.done",
    "conversation.item.done",
    "response.output_item.done",
    "response.done",
    "rate_limits.updated",  # on OpenAI's route, as recorded
]
AUDIO_RESPONSE = [
    "response.created",
    "response.output_item.added",
    "conversation.item.added",
    "response.content_part.added",
    # The transcript (two words) runs ahead of the audio (200 ms in 100 ms chunks).
    "response.output_audio_transcript.delta",
    "response.output_audio_transcript.delta",
    "response.output_audio.delta",
    "response.output_audio.delta",
    "response.output_audio.done",
    "response.output_audio_transcript.done",
    "response.content_part.done",
    "conversation.item.done",
    "response.output_item.done",
    "response.done",
    "rate_limits.updated",  # on OpenAI's route, as recorded
]
FUNCTION_RESPONSE = [
    "response.created",
    "response.output_item.added",
    "conversation.item.added",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "conversation.item.done",
    "response.output_item.done",
    "response.done",
    "rate_limits.updated",  # on OpenAI's route, as recorded
]
ITEM_ADDED = ["conversation.item.added", "conversation.item.done"]


@dataclass
class Step:
    send: Event | None
    expect: list[str]
    before: Callable[[FakeRealtimeServer], None] | None = None
    name: str = ""
    seen: list[Event] = field(default_factory=list)


def steps() -> list[Step]:
    """A fresh copy of the script (each run records what it saw per step)."""
    pcm = sine_pcm16(200, frequency=220.0)
    return [
        Step(None, ["session.created"], name="connect"),
        Step(
            {
                "type": "session.update",
                "session": {"type": "realtime", "output_modalities": ["text"]},
            },
            ["session.updated"],
            name="text mode",
        ),
        Step(
            {
                "type": "conversation.item.create",
                "event_id": "evt_user_text",
                "item": {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Say hi"}],
                },
            },
            ITEM_ADDED,
            name="user text",
        ),
        Step(
            {"type": "response.create"},
            TEXT_RESPONSE,
            before=lambda s: s.script.next_response(text="Hi there friend"),
            name="text response",
        ),
        Step(
            {
                "type": "session.update",
                # The script commits its audio itself: server VAD off, as such apps do.
                "session": {
                    "type": "realtime",
                    "output_modalities": ["audio"],
                    "audio": {"input": {"turn_detection": None}},
                },
            },
            ["session.updated"],
            name="audio mode",
        ),
        Step(
            {"type": "input_audio_buffer.append", "audio": base64.b64encode(pcm).decode()},
            [],
            name="append",
        ),
        Step(
            {"type": "input_audio_buffer.commit"},
            ["input_audio_buffer.committed", *ITEM_ADDED],
            name="commit",
        ),
        Step(
            {"type": "response.create"},
            AUDIO_RESPONSE,
            before=lambda s: s.script.next_response(text="Hello you", audio_ms=200),
            name="audio response",
        ),
        Step(
            {"type": "response.create"},
            FUNCTION_RESPONSE,
            before=lambda s: s.script.next_response(
                function_call=("get_weather", {"city": "Paris"})
            ),
            name="function call",
        ),
        Step(
            {"type": "input_audio_buffer.clear"},
            ["input_audio_buffer.cleared"],
            name="clear",
        ),
        Step(
            {"type": "not.a.real.event", "event_id": "evt_bogus"},
            ["error"],
            name="unknown event",
        ),
    ]


def run(
    server: FakeRealtimeServer, send: Callable[[Event], None], recv: Callable[[], Event]
) -> list[Step]:
    """Drive the script; assert the event types of every step; return the steps."""
    script = steps()
    for step in script:
        if step.before is not None:
            step.before(server)
        if step.send is not None:
            send(step.send)
        step.seen = [recv() for _ in step.expect]
        assert [e["type"] for e in step.seen] == step.expect, step.name
    return script


def check_content(script: list[Step]) -> None:
    """Assertions on the payloads that any client must see the same way."""
    by_name = {step.name: step for step in script}
    assert by_name["text response"].seen[-2]["response"]["output"][0]["content"] == [
        {"type": "output_text", "text": "Hi there friend"}
    ]
    audio = b"".join(
        base64.b64decode(e["delta"])
        for e in by_name["audio response"].seen
        if e["type"] == "response.output_audio.delta"
    )
    assert audio == sine_pcm16(200)
    transcript = by_name["audio response"].seen[9]
    assert transcript["transcript"] == "Hello you"
    fn = by_name["function call"].seen
    args_done = fn[6]
    assert (args_done["name"], args_done["arguments"]) == ("get_weather", '{"city":"Paris"}')
    assert fn[-2]["response"]["output"][0]["call_id"] == args_done["call_id"]
    usage = fn[-2]["response"]["usage"]
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]
    error = by_name["unknown event"].seen[0]["error"]
    assert (error["type"], error["event_id"], error["param"]) == (
        "invalid_request_error",
        "evt_bogus",
        "type",
    )
    committed = by_name["commit"].seen[0]
    assert by_name["commit"].seen[1]["item"]["id"] == committed["item_id"]
