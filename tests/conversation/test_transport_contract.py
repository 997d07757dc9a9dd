"""The conversation over a transport that is not a WebSocket: an in-memory pair of queues.

This is the contract other channels (the WebRTC data channel) implement; the same errors,
handlers, typed sends and tool loop must work over it, sync and async.
"""

from __future__ import annotations

import asyncio
import json
import queue
from typing import Any

import pytest

from realtime_ext import APIConnectionError, RealtimeServerError
from realtime_ext._base.transport import AsyncTransport, SyncTransport
from realtime_ext.conversation import AsyncConversation, ConnectionClosed, Conversation
from realtime_ext.tools import ToolRegistry

CALL = {"type": "function_call", "name": "add", "call_id": "call_1", "arguments": '{"a":1,"b":2}'}
# No event_id and a bare response: it does not decode as the model (an UnknownEvent with
# the wire type kept), and the tool loop must still see it.
DONE = {"type": "response.done", "response": {"status": "completed", "output": [CALL]}}
MALFORMED_ERROR = {"type": "error", "event_id": "e4", "error": "boom"}
ERROR = {
    "type": "error",
    "event_id": "e2",
    "error": {"type": "invalid_request_error", "code": "bad", "message": "no", "event_id": "c1"},
}


def registry() -> ToolRegistry:
    tools = ToolRegistry()

    @tools.register
    def add(a: int, b: int) -> int:
        """Add."""
        return a + b

    return tools


class QueueTransport:
    """Server events come from ``incoming``; what the app sends lands in ``sent``."""

    def __init__(self, incoming: list[dict[str, Any] | None]) -> None:
        self.incoming: queue.Queue[dict[str, Any] | None] = queue.Queue()
        for item in incoming:
            self.incoming.put(item)
        self.sent: queue.Queue[dict[str, Any]] = queue.Queue()
        self.code: int | None = None

    def send_text(self, data: str) -> None:
        if self.code is not None:
            raise ConnectionClosed(self.code, "")
        self.sent.put(json.loads(data))

    def recv_message(self, timeout: float | None) -> str:
        item = self.incoming.get(timeout=timeout)
        if item is None:  # end of the script: the peer dropped
            self.code = 1006
            raise APIConnectionError("dropped")
        return json.dumps(item)

    def close(self, code: int = 1000, reason: str = "") -> None:
        self.code = code

    @property
    def close_code(self) -> int | None:
        return self.code

    @property
    def close_reason(self) -> str | None:
        return None if self.code is None else ""


class AsyncQueueTransport:
    def __init__(self, incoming: list[dict[str, Any] | None]) -> None:
        self.inner = QueueTransport(incoming)

    async def send_text(self, data: str) -> None:
        self.inner.send_text(data)

    async def recv_message(self, timeout: float | None) -> str:
        return await asyncio.to_thread(self.inner.recv_message, timeout)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        self.inner.close(code, reason)

    @property
    def close_code(self) -> int | None:
        return self.inner.close_code

    @property
    def close_reason(self) -> str | None:
        return self.inner.close_reason


def drained(sent: queue.Queue[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    return [sent.get(timeout=5) for _ in range(count)]


def test_sync_conversation_over_any_transport() -> None:
    script: list[dict[str, Any] | None] = [
        {"type": "brand.new", "event_id": "e1"},
        ERROR,
        DONE,
        MALFORMED_ERROR,
        None,
    ]
    transport = QueueTransport(script)
    assert isinstance(transport, SyncTransport)
    conn = Conversation(transport)
    seen: list[str] = []
    conn.on("*", lambda event: seen.append(event.type_))
    conn.run_tools(registry())
    conn.response.create(event_id="c1")
    with pytest.raises(RealtimeServerError) as info:
        conn.run_until("response.done", timeout=5)
    assert info.value.event_id == "c1" and seen == ["brand.new"]
    assert conn.run_until("response.done", timeout=5).type_ == "response.done"
    sent = drained(transport.sent, 3)
    assert sent[0] == {"type": "response.create", "event_id": "c1"}
    assert sent[1]["item"] == {"type": "function_call_output", "call_id": "call_1", "output": "3"}
    assert sent[2] == {"type": "response.create"}
    with pytest.raises(RealtimeServerError, match="reported an error"):
        conn.recv(5)  # an error event that does not decode still raises
    with pytest.raises(APIConnectionError, match="dropped"):  # no reopen: no reconnect
        conn.recv(5)
    conn.close()
    with pytest.raises(ConnectionClosed):
        conn.send({"type": "response.cancel"})


async def test_async_conversation_over_any_transport() -> None:
    transport = AsyncQueueTransport([ERROR, DONE, None])
    assert isinstance(transport, AsyncTransport)
    conn = AsyncConversation(transport)
    errors: list[Any] = []
    conn.on("error", errors.append)  # the app handles errors: delivered, not raised
    conn.run_tools(registry())
    await conn.input_audio_buffer.clear()
    assert (await conn.run_until("response.done", timeout=5)).type_ == "response.done"
    assert len(errors) == 1
    sent = await asyncio.to_thread(drained, transport.inner.sent, 3)
    assert [e["type"] for e in sent] == [
        "input_audio_buffer.clear",
        "conversation.item.create",
        "response.create",
    ]
    with pytest.raises(APIConnectionError):
        await conn.recv(5)
