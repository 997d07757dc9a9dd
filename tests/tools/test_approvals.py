"""Tool calls that wait for the app's approval, against the fake, blocking and asyncio: a
``tool.approval_required`` event reaches the app (``recv``, iteration, handlers); an
approved call runs once and its output goes out after the approval; a rejected one never
runs and the model reads a refusal; the deadline rejects; MCP approval requests come the
same way and are answered ``mcp_approval_response``."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError, SessionConfigError
from realtime_ext.connection import connect
from realtime_ext.testing import FakeRealtimeServer, Scenario
from realtime_ext.tools import (
    ToolApprovalRequired,
    ToolDefinitionError,
    ToolRegistry,
    function_tool,
    mcp_tool,
)
from support.both import WAIT, Both

from .conftest import open_conn, sent


def refund_registry(ran: list[str], **kwargs: Any) -> ToolRegistry:
    registry = ToolRegistry(**kwargs)

    @registry.register(needs_approval=True)
    def refund(order_id: str) -> str:
        """Refund an order."""
        ran.append(order_id)
        return f"refunded {order_id}"

    return registry


def next_approval(both: Both, conn: Any) -> ToolApprovalRequired:
    """Receive until the approval event (the response.done with the call comes first)."""
    while True:
        event = both(conn.recv(WAIT))
        if isinstance(event, ToolApprovalRequired):
            return event


def test_an_approved_call_runs_once_after_the_approval(
    both: Both, server: FakeRealtimeServer
) -> None:
    server.script.next_response(function_call=("refund", {"order_id": "A1"}))
    server.script.next_response(text="Refunded.")
    ran: list[str] = []
    conn = open_conn(both, server)
    try:
        loop = conn.run_tools(refund_registry(ran))
        both(conn.response.create())
        event = next_approval(both, conn)
        assert event.type == "tool.approval_required"
        assert (event.name, json.loads(event.arguments)) == ("refund", {"order_id": "A1"})
        assert ran == []  # not run before the app answers
        assert sent(server, "conversation.item.create") == []
        conn.approve_tool_call(event.call_id)
        both(conn.run_until("response.done", timeout=WAIT))
        assert ran == ["A1"]
        outputs = sent(server, "conversation.item.create")
        assert [o["item"]["output"] for o in outputs] == ["refunded A1"]
        assert (loop.approval_requests, loop.approved, loop.rejected) == (1, 1, 0)
        with pytest.raises(InvalidArgumentError, match="no tool call"):
            conn.approve_tool_call(event.call_id)  # answered once
    finally:
        both(conn.close())


def test_a_rejected_call_never_runs_and_the_model_reads_a_refusal(
    both: Both, server: FakeRealtimeServer
) -> None:
    server.script.next_response(function_call=("refund", {"order_id": "B2"}))
    server.script.next_response(text="I could not refund it.")
    ran: list[str] = []
    seen: list[ToolApprovalRequired] = []
    conn = open_conn(both, server)
    try:
        loop = conn.run_tools(refund_registry(ran))

        def on_approval(event: ToolApprovalRequired) -> None:  # a handler, by its type
            seen.append(event)
            conn.reject_tool_call(event.call_id, message="Refunds need a manager.")

        conn.on("tool.approval_required", on_approval)
        both(conn.response.create())
        both(conn.run_until("response.done", timeout=WAIT))  # the call
        answer = both(conn.run_until("response.done", timeout=WAIT))  # after the refusal
        assert answer.response.status == "completed"
        assert [event.name for event in seen] == ["refund"]
        assert ran == []
        (output,) = sent(server, "conversation.item.create")
        assert json.loads(output["item"]["output"]) == {
            "error": {"type": "rejected", "message": "Refunds need a manager."}
        }
        assert (loop.approved, loop.rejected) == (0, 1)
    finally:
        both(conn.close())


def test_the_deadline_rejects(both: Both, server: FakeRealtimeServer) -> None:
    server.script.next_response(function_call=("refund", {"order_id": "C3"}))
    server.script.next_response(text="Timed out.")
    ran: list[str] = []
    conn = open_conn(both, server)
    try:
        conn.run_tools(refund_registry(ran, approval_timeout=0.01))
        both(conn.response.create())
        event = next_approval(both, conn)
        both(conn.run_until("response.done", timeout=WAIT))  # answered by the deadline
        assert ran == []
        (output,) = sent(server, "conversation.item.create")
        assert json.loads(output["item"]["output"])["error"]["type"] == "rejected"
        with pytest.raises(InvalidArgumentError, match="no tool call"):
            conn.approve_tool_call(event.call_id)  # too late
    finally:
        both(conn.close())


def test_needs_approval_by_a_function_sync_or_async(both: Both, server: FakeRealtimeServer) -> None:
    asked: list[tuple[dict[str, Any], str]] = []

    def big(arguments: dict[str, Any], name: str) -> bool:
        asked.append((arguments, name))
        return int(arguments.get("amount", 0)) > 100

    async def abig(arguments: dict[str, Any], name: str) -> bool:
        return big(arguments, name)

    registry = ToolRegistry()
    ran: list[int] = []

    @registry.register(needs_approval=abig if both.is_async else big)
    def pay(amount: int) -> str:
        """Pay an amount."""
        ran.append(amount)
        return "paid"

    server.script.next_response(function_calls=[("pay", {"amount": 5}), ("pay", {"amount": 500})])
    server.script.next_response(text="Done.")
    conn = open_conn(both, server)
    try:
        conn.run_tools(registry)
        both(conn.response.create())
        event = next_approval(both, conn)
        assert json.loads(event.arguments) == {"amount": 500}
        conn.approve_tool_call(event.call_id)
        both(conn.run_until("response.done", timeout=WAIT))
        assert sorted(ran) == [5, 500]
        assert [name for _, name in asked] == ["pay", "pay"]
    finally:
        both(conn.close())


def test_function_tool_and_register_check_needs_approval() -> None:
    @function_tool(needs_approval=True)
    def f() -> str:
        return ""

    assert f.needs_approval is True
    registry = ToolRegistry()
    registry.register(f)
    assert registry.get("f") is f  # kept as it is
    with pytest.raises(ToolDefinitionError, match="needs_approval"):
        function_tool(needs_approval="yes")  # type: ignore[call-overload]
    with pytest.raises(InvalidArgumentError, match="approval_timeout"):
        ToolRegistry(approval_timeout=-1)


def test_answering_without_a_tool_loop_is_refused(server: FakeRealtimeServer) -> None:
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        with pytest.raises(InvalidArgumentError, match="no tool loop"):
            conn.approve_tool_call("call_1")
        conn.run_tools(ToolRegistry())
        with pytest.raises(InvalidArgumentError, match="no tool call 'call_1'"):
            conn.reject_tool_call("call_1")


@pytest.mark.parametrize(
    "value",
    ["always", "never", {"always": {"tool_names": ["delete"]}, "never": {"read_only": True}}],
)
def test_mcp_tool_takes_every_require_approval_the_api_takes(value: Any) -> None:
    tool = mcp_tool(
        server_label="docs", server_url="https://mcp.example/mcp", require_approval=value
    )
    assert tool["require_approval"] == value


def test_mcp_tool_refuses_a_require_approval_of_the_wrong_shape() -> None:
    with pytest.raises(SessionConfigError, match="require_approval"):
        mcp_tool(server_label="d", server_url="https://m.example", require_approval=["always"])  # type: ignore[arg-type]
    with pytest.raises(SessionConfigError, match="tool_names"):
        mcp_tool(
            server_label="d",
            server_url="https://m.example",
            require_approval={"always": {"tool_names": "delete"}},
        )


def test_a_close_rejects_waiting_calls(server: FakeRealtimeServer) -> None:
    server.script.next_response(function_call=("refund", {"order_id": "D4"}))
    ran: list[str] = []
    closed = threading.Event()
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        loop = conn.run_tools(refund_registry(ran))
        conn.response.create()
        next_approval(Both("sync"), conn)
        closed.set()
    assert ran == [] and loop.calls == 0


def test_an_mcp_approval_request_is_answered_by_approve_tool_call(
    both: Both, server: FakeRealtimeServer
) -> None:
    server.script.next_response(mcp_approval_request=("docs", "search", {"q": "refunds"}))
    server.script.next_response(text="Found it.")
    conn = open_conn(both, server)
    try:
        loop = conn.run_tools(ToolRegistry())
        both(conn.response.create())
        event = next_approval(both, conn)
        assert (event.server_label, event.name, event.arguments) == (
            "docs",
            "search",
            '{"q":"refunds"}',
        )
        conn.approve_tool_call(event.call_id)
        answer = both(conn.run_until("response.done", timeout=WAIT))
        assert answer.response.status == "completed"
        (response,) = sent(server, "conversation.item.create")
        assert {k: v for k, v in response["item"].items() if k != "id"} == {
            "type": "mcp_approval_response",
            "approval_request_id": event.call_id,
            "approve": True,
        }
        assert [e["type"] for e in server.received[0]][-2:] == [
            "conversation.item.create",
            "response.create",
        ]
        assert (loop.approval_requests, loop.approved) == (1, 1)
    finally:
        both(conn.close())


def test_a_rejected_mcp_call_is_answered_with_the_reason(server: FakeRealtimeServer) -> None:
    server.script.next_response(mcp_approval_request=("docs", "delete", "{}"))
    server.script.next_response(text="I will not delete it.")
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        conn.run_tools(ToolRegistry())
        conn.response.create()
        event = next_approval(Both("sync"), conn)
        conn.reject_tool_call(event.call_id, message="Not allowed.")
        conn.run_until("response.done", timeout=WAIT)
    (response,) = sent(server, "conversation.item.create")
    assert response["item"]["approve"] is False
    assert response["item"]["reason"] == "Not allowed."


def test_a_scenario_scripts_an_mcp_approval_request() -> None:
    scenario = Scenario.from_dict(
        {
            "responses": [
                {
                    "text": "Let me look.",
                    "mcp_approval_request": {
                        "server_label": "docs",
                        "name": "search",
                        "arguments": {"q": "refunds"},
                    },
                }
            ]
        }
    )
    (planned,) = scenario.responses
    assert planned.mcp_approval_requests == (("docs", "search", '{"q":"refunds"}'),)
    assert planned.preamble == "Let me look."
