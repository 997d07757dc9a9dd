"""Typed sends over real sockets, sync and async: the fake server receives and answers each.

``conn.session``, ``conn.response``, ``conn.conversation.item``, ``conn.input_audio_buffer``
and ``conn.output_audio_buffer`` are the namespaces of realtime_ext/events/_sends.py. The
replies are read raw (``recv_bytes``) so this test depends only on the sends.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from realtime_ext.connection import aconnect, connect
from realtime_ext.events import InvalidEventError
from realtime_ext.events._sends import ConversationItemSends, RealtimeSends, ResponseSends
from realtime_ext.testing import FakeRealtimeServer

T = 10.0
ITEM = {
    "id": "item_user",
    "type": "message",
    "role": "user",
    "content": [{"type": "input_text", "text": "Hi"}],
}
AUDIO_100MS = b"\x00\x00" * 2400  # pcm16 at 24 kHz

# (typed sends to make, the server event that answers the last of them)
# Each step gets the connection (its typed-send attributes: conn.session, conn.response, ...).
STEPS: list[tuple[Callable[[Any, dict[str, Any]], list[Any]], str]] = [
    (lambda s, _: [s.session.update(session={"type": "realtime"})], "session.updated"),
    (
        lambda s, _: [s.conversation.item.create(item=ITEM, event_id="evt_item")],
        "conversation.item.done",
    ),
    (
        lambda s, _: [s.conversation.item.retrieve(item_id="item_user")],
        "conversation.item.retrieved",
    ),
    (
        lambda s, _: [
            s.input_audio_buffer.append(audio=AUDIO_100MS),
            s.input_audio_buffer.append(audio=AUDIO_100MS),
            s.input_audio_buffer.commit(),
        ],
        "input_audio_buffer.committed",
    ),
    (
        lambda s, _: [
            s.input_audio_buffer.append(audio=AUDIO_100MS),
            s.input_audio_buffer.clear(),
        ],
        "input_audio_buffer.cleared",
    ),
    (lambda s, _: [s.output_audio_buffer.clear()], "output_audio_buffer.cleared"),
    (lambda s, _: [s.response.create(response={"instructions": "Shout."})], "response.done"),
    (
        lambda s, seen: [
            s.conversation.item.truncate(
                item_id=seen["response.done"]["response"]["output"][0]["id"],
                content_index=0,
                audio_end_ms=5,
            )
        ],
        "conversation.item.truncated",
    ),
    (lambda s, _: [s.conversation.item.delete(item_id="item_user")], "conversation.item.deleted"),
    (lambda s, _: [s.response.create(), s.response.cancel()], "response.done"),
]
SENT = [
    "session.update",
    "conversation.item.create",
    "conversation.item.retrieve",
    "input_audio_buffer.append",
    "input_audio_buffer.append",
    "input_audio_buffer.commit",
    "input_audio_buffer.append",
    "input_audio_buffer.clear",
    "output_audio_buffer.clear",
    "response.create",
    "conversation.item.truncate",
    "conversation.item.delete",
    "response.create",
    "response.cancel",
]


def wait_for(kind: str, recv: Callable[[], bytes], seen: dict[str, Any]) -> None:
    while True:
        event = json.loads(recv())
        assert event["type"] != "error", event
        seen[event["type"]] = event
        if event["type"] == kind:
            return


def check_server(server: FakeRealtimeServer, seen: dict[str, Any]) -> None:
    received = server.received[0]
    assert [e["type"] for e in received] == SENT
    assert received[1] == {"type": "conversation.item.create", "item": ITEM, "event_id": "evt_item"}
    assert received[3]["audio"] == "AAAA" * 1600
    assert received[9]["response"] == {"instructions": "Shout."}


def test_sync_typed_sends_reach_the_server(server: FakeRealtimeServer) -> None:
    seen: dict[str, Any] = {}
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        sends = conn
        assert isinstance(conn.response, ResponseSends)
        wait_for("session.created", lambda: conn.recv_bytes(T), seen)
        for step, answer in STEPS:
            assert all(result is None for result in step(sends, seen))
            wait_for(answer, lambda: conn.recv_bytes(T), seen)
        with pytest.raises(InvalidEventError, match="unknown keyword 'instruction'"):
            sends.response.create(instruction="typo")  # type: ignore[call-arg]
    check_server(server, seen)


async def test_async_typed_sends_reach_the_server() -> None:
    seen: dict[str, Any] = {}
    async with FakeRealtimeServer() as server:
        async with aconnect(
            api_key="sk-test", base_url=server.base_url, model="gpt-realtime"
        ) as conn:
            sends = conn
            assert isinstance(conn.conversation.item, ConversationItemSends)

            async def until(kind: str) -> None:
                while True:
                    event = json.loads(await conn.recv_bytes(T))
                    assert event["type"] != "error", event
                    seen[event["type"]] = event
                    if event["type"] == kind:
                        return

            await until("session.created")
            for step, answer in STEPS:
                pending: list[Awaitable[None]] = step(sends, seen)
                for send in pending:
                    await send
                await until(answer)
            with pytest.raises(InvalidEventError, match="audio_end_ms: expected int"):
                bad: Any = 1.5
                await sends.conversation.item.truncate(
                    item_id="i", content_index=0, audio_end_ms=bad
                )
        check_server(server, seen)


def test_namespaces_over_any_send_callable(server: FakeRealtimeServer) -> None:
    """RealtimeSends wraps any send callable (here the connection's own send)."""
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        sends = RealtimeSends(conn.send)
        sends.input_audio_buffer.clear(event_id="e_clear")
        assert json.loads(conn.recv_bytes(T))["type"] == "session.created"
        assert json.loads(conn.recv_bytes(T))["type"] == "input_audio_buffer.cleared"
    assert server.received[0] == [{"type": "input_audio_buffer.clear", "event_id": "e_clear"}]
