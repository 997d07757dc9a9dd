"""The one-call builders (``events.user_text``, ``user_audio``, ``function_call_output``,
``response_params``): the dicts they build go out through the typed sends unchanged, are
checked there once (a wrong value is named before anything is sent), and reach a real
server over a real connection as the API expects them."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from realtime_ext import RealtimeClient, events
from realtime_ext.conversation import is_carried_item_id
from realtime_ext.events import (
    InvalidEventError,
    function_call_output,
    response_params,
    user_audio,
    user_text,
)
from realtime_ext.events._sends import RealtimeSends
from realtime_ext.testing import FakeRealtimeServer
from realtime_generated import models


def sent_by(build: Any) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    build(RealtimeSends(sent.append))
    return sent


def test_user_text_is_the_documented_message() -> None:
    assert user_text("Hi") == {
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "Hi"}],
    }


def test_user_audio_encodes_bytes_and_keeps_base64_text() -> None:
    pcm = bytes(range(16))
    part = user_audio(pcm, transcript="hello")["content"][0]
    assert part["type"] == "input_audio" and base64.b64decode(part["audio"]) == pcm
    assert part.get("transcript") == "hello"
    text = base64.b64encode(pcm).decode()
    assert user_audio(text)["content"] == [{"type": "input_audio", "audio": text}]
    assert user_audio(memoryview(pcm))["content"][0]["audio"] == text


def test_function_call_output_keeps_text_and_encodes_the_rest_as_json() -> None:
    assert function_call_output("call_1", "sunny")["output"] == "sunny"
    item = function_call_output("call_1", {"temp": 21, "unit": "C"})
    assert json.loads(item["output"]) == {"temp": 21, "unit": "C"}
    assert item["type"] == "function_call_output" and item["call_id"] == "call_1"


def test_function_call_output_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(InvalidEventError, match="output must be a str or JSON-serialisable"):
        function_call_output("call_1", object())


def test_response_params_holds_only_what_was_passed() -> None:
    assert response_params() == {}
    assert response_params(
        instructions="Be brief.",
        output_modalities="text",
        voice="marin",
        tool_choice="none",
        conversation="none",
        input=[user_text("Summarise.")],
        metadata={"topic": "weather"},
        max_output_tokens="inf",
    ) == {
        "instructions": "Be brief.",
        "output_modalities": ["text"],
        "audio": {"output": {"voice": "marin"}},
        "tool_choice": "none",
        "conversation": "none",
        "input": [user_text("Summarise.")],
        "metadata": {"topic": "weather"},
        "max_output_tokens": "inf",
    }


def test_each_builder_is_a_valid_argument_of_its_typed_send() -> None:
    sent = sent_by(
        lambda s: (
            s.conversation.item.create(item=user_text("Hi")),
            s.conversation.item.create(item=user_audio(b"\x00\x00", transcript="hm")),
            s.conversation.item.create(item=function_call_output("call_1", [1, 2])),
            s.response.create(
                response=response_params(
                    instructions="x",
                    output_modalities=["audio"],
                    voice="marin",
                    tools=[{"type": "function", "name": "f", "parameters": {}}],
                    max_output_tokens=100,
                )
            ),
        )
    )
    # Each decodes as its generated model: what the typed send checked is the spec's shape.
    for event in sent:
        name = {"conversation.item.create": "RealtimeClientEventConversationItemCreate"}.get(
            event["type"], "RealtimeClientEventResponseCreate"
        )
        assert getattr(models, name).from_dict(event).to_dict() == event
    assert sent[2]["item"]["output"] == "[1, 2]"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda s: s.conversation.item.create(item=user_text(5)), r"item\.content\[0\]\.text"),
        (
            lambda s: s.conversation.item.create(item=function_call_output(7, "x")),
            r"call_id",
        ),
        (lambda s: s.response.create(response=response_params(instructions=3)), r"instructions"),
        (
            lambda s: s.response.create(response=response_params(metadata={"a": 1})),
            r"response\.metadata\.a: expected str",
        ),
    ],
)
def test_a_wrong_value_is_named_by_the_typed_send_before_sending(build: Any, message: str) -> None:
    sent: list[dict[str, Any]] = []
    with pytest.raises(InvalidEventError, match=message):
        build(RealtimeSends(sent.append))
    assert sent == []


def test_builders_reach_a_real_server_through_a_connection() -> None:
    with FakeRealtimeServer() as server:
        server.script.next_response(text="Bonjour.")
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.connect(model="gpt-realtime") as conn,
        ):
            conn.conversation.item.create(item=user_text("Say hello in French."))
            conn.conversation.item.create(item=function_call_output("call_9", {"ok": True}))
            conn.response.create(response=response_params(output_modalities="text"))
            done = conn.run_until("response.done", timeout=30)
            assert done.type == "response.done"
    received = server.received[0]
    creates = [e for e in received if e["type"] == "conversation.item.create"]
    # Each went out with an id the SDK gave it (so a new session can confirm it), else as built.
    assert all(is_carried_item_id(c["item"].pop("id")) for c in creates)
    assert [c["item"] for c in creates] == [
        user_text("Say hello in French."),
        function_call_output("call_9", {"ok": True}),
    ]
    responses = [e for e in received if e["type"] == "response.create"]
    assert responses[-1]["response"] == {"output_modalities": ["text"]}


def test_builders_are_exported_from_events() -> None:
    for name in ("user_text", "user_audio", "function_call_output", "response_params"):
        assert name in events.__all__ and callable(getattr(events, name))
