"""ToolRegistry: routing function calls and building conversation.item.create events."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.events import function_call_output
from realtime_ext.session import realtime_session
from realtime_ext.tools import ToolEventError, ToolRegistry, function_tool


def make_registry() -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def add(a: int, b: int = 0) -> int:
        """Add two numbers."""
        return a + b

    @registry.register(name="lookup_order")
    async def lookup(order_id: str) -> dict[str, Any]:
        """Find an order."""
        await asyncio.sleep(0)
        return {"id": order_id, "status": "shipped"}

    @registry.register
    def explode(reason: str) -> None:
        """Always fails."""
        raise RuntimeError(f"boom: {reason} sk-abcdefghijklmnopqrstu")

    @registry.register
    def whoami() -> str:
        """Name of the running thread."""
        return threading.current_thread().name

    return registry


def done_event(name: str, arguments: str, call_id: str = "call_1") -> dict[str, Any]:
    return {
        "type": "response.function_call_arguments.done",
        "event_id": "ev_1",
        "response_id": "resp_1",
        "item_id": "item_1",
        "output_index": 0,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
    }


def output_of(event: dict[str, Any]) -> Any:
    assert event["type"] == "conversation.item.create"
    assert event["item"]["type"] == "function_call_output"
    return json.loads(event["item"]["output"])


def test_tools_list_for_session() -> None:
    registry = make_registry()
    names = [t["name"] for t in registry.tools]
    assert names == ["add", "lookup_order", "explode", "whoami"]
    assert realtime_session(tools=registry.tools)["tools"] == registry.tools
    assert "add" in registry and len(registry) == 4


def test_handle_done_event() -> None:
    event = make_registry().handle(done_event("add", '{"a": 2, "b": 3}', call_id="c9"))
    assert event == {
        "type": "conversation.item.create",
        "item": {"type": "function_call_output", "call_id": "c9", "output": "5"},
    }


def test_handle_function_call_item_and_object_with_to_dict() -> None:
    class Item:
        def to_dict(self) -> dict[str, Any]:
            return {
                "type": "function_call",
                "name": "add",
                "call_id": "c2",
                "arguments": '{"a": 1}',
            }

    registry = make_registry()
    assert output_of(registry.handle(Item())) == 1
    wrapped = {"type": "response.output_item.done", "item": Item().to_dict()}
    assert output_of(registry.handle(wrapped)) == 1


def test_sync_handle_runs_async_tool_outside_a_loop() -> None:
    out = output_of(make_registry().handle(done_event("lookup_order", '{"order_id": "o1"}')))
    assert out == {"id": "o1", "status": "shipped"}


async def test_ahandle_awaits_async_and_threads_sync_tools() -> None:
    registry = make_registry()
    out = output_of(await registry.ahandle(done_event("lookup_order", '{"order_id": "o2"}')))
    assert out == {"id": "o2", "status": "shipped"}
    assert output_of(await registry.ahandle(done_event("add", '{"a": 4}'))) == 4
    thread = (await registry.ahandle(done_event("whoami", "")))["item"]["output"]
    assert thread != threading.current_thread().name


async def test_a_str_result_is_sent_as_it_is_like_function_call_output() -> None:
    """Issue 68: the tool loop sent '"It is sunny."' where function_call_output sends the
    str itself; one rule now, whichever way the result goes out."""
    registry = ToolRegistry()

    @registry.register
    def weather(city: str) -> str:
        """The weather."""
        return f"It is sunny in {city}."

    @registry.register
    async def forecast(city: str) -> list[str]:
        """The forecast."""
        return [f"Rain in {city}"]

    sunny = done_event("weather", '{"city": "Paris"}')
    for event in (registry.handle(sunny), await registry.ahandle(sunny)):
        assert event["item"] == function_call_output("call_1", "It is sunny in Paris.")
        assert event["item"]["output"] == "It is sunny in Paris."
    rain = await registry.ahandle(done_event("forecast", '{"city": "Oslo"}'))
    assert rain["item"] == function_call_output("call_1", ["Rain in Oslo"])
    assert rain["item"]["output"] == '["Rain in Oslo"]'


async def test_sync_handle_of_async_tool_inside_loop_is_refused() -> None:
    with pytest.raises(RuntimeError, match="ahandle"):
        make_registry().handle(done_event("lookup_order", '{"order_id": "o"}'))


def test_tool_exception_becomes_error_output(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="realtime_ext.tools"):
        event = make_registry().handle(done_event("explode", '{"reason": "x"}'))
    error = output_of(event)["error"]
    assert error["type"] == "tool_error"
    assert error["message"].startswith("RuntimeError: boom: x")
    assert "abcdefghijklmnopqrstu" not in event["item"]["output"]
    assert "boom: x" in caplog.text and "Traceback" in caplog.text
    assert "abcdefghijklmnopqrstu" not in caplog.text


async def test_bad_arguments_and_unknown_tool_become_error_outputs() -> None:
    registry = make_registry()
    bad = output_of(registry.handle(done_event("add", '{"a": "two"}')))["error"]
    assert bad["type"] == "invalid_arguments" and "'a'" in bad["message"]
    unknown = output_of(await registry.ahandle(done_event("nope", "{}", call_id="c7")))["error"]
    assert unknown["type"] == "unknown_tool"
    assert "nope" in unknown["message"] and "add" in unknown["message"]


@pytest.mark.parametrize(
    ("event", "fragment"),
    [
        ({"type": "session.created"}, "session.created"),
        ({"type": "response.function_call_arguments.done", "call_id": "c"}, "no tool name"),
        ({"type": "function_call", "name": "add"}, "no call_id"),
        ("not an event", "str"),
    ],
)
def test_malformed_events_raise(event: Any, fragment: str) -> None:
    with pytest.raises(ToolEventError, match=fragment):
        make_registry().handle(event)


def test_duplicate_names_and_prebuilt_tools() -> None:
    registry = ToolRegistry()
    tool = function_tool(lambda: 1, name="one")
    assert registry.register(tool) is tool
    with pytest.raises(InvalidArgumentError, match="already registered"):
        registry.register(lambda: 2, name="one")


def test_result_serialisation_of_common_types() -> None:
    import enum

    import attrs

    class Mood(enum.Enum):
        OK = "ok"

    @attrs.define
    class Status:
        mood: Mood
        codes: tuple[int, ...]

    registry = ToolRegistry()
    registry.register(lambda: Status(Mood.OK, (1, 2)), name="status")
    registry.register(lambda: object(), name="opaque")
    assert output_of(registry.handle(done_event("status", ""))) == {"mood": "ok", "codes": [1, 2]}
    assert output_of(registry.handle(done_event("opaque", "")))["error"]["type"] == "tool_error"
