"""A send whose write meets the drop reaches the new session at most once.

The drop can reach the client while a send's write is under way: the bytes may already be in
the lost session (here they are: the server took them), yet the write reports the closed
connection. Such a send counts as sent on the lost connection, as every send just before a
drop does: its book decides what the new session gets. It is never also queued for the new
connection, which gave an item the server confirmed before the drop twice to the new session
(once with the history, once from the queue) and sent a ``clear`` there again. When the move
began first (it took the book), the write's text waits for the new connection, unless the
move gave that item already. Both orders are forced with gates, sync and asyncio.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from websockets.protocol import State

from realtime_ext import ConnectionClosed
from realtime_ext._base.websocket_transport import AsyncWebSocketTransport, SyncWebSocketTransport
from realtime_ext.conversation import ReconnectedEvent, ReconnectingEvent
from realtime_ext.testing import FakeRealtimeServer
from support.waiting import until

from .conftest import WAIT, Both

T = 10.0
ITEM = {
    "type": "conversation.item.create",
    "item": {
        "id": "item_cut",
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "Hello"}],
    },
}
CUT_CLEAR = {"type": "input_audio_buffer.clear", "event_id": "evt_cut"}
AFTER = {"type": "input_audio_buffer.clear", "event_id": "evt_after"}


def cut_while_writing(monkeypatch: pytest.MonkeyPatch, marker: str) -> list[str]:
    """Make the write of the message holding ``marker`` land on the socket, then fail as
    the drop reaches the client (once, on the first connection): the interleaving forced,
    the error raised only once the client's socket is closed."""
    cut: list[str] = []

    def should_cut(data: str) -> bool:
        if marker in data and not cut:
            cut.append(data)
            return True
        return False

    async_send = AsyncWebSocketTransport.send_text
    sync_send = SyncWebSocketTransport.send_text

    async def async_send_text(self: AsyncWebSocketTransport, data: str) -> None:
        await async_send(self, data)
        if should_cut(data):
            await self.websocket.wait_closed()  # the drop reached the client
            raise ConnectionClosed(1006, "")

    def sync_send_text(self: SyncWebSocketTransport, data: str) -> None:
        sync_send(self, data)
        if should_cut(data):
            socket = self.websocket
            until(lambda: socket.protocol.state is State.CLOSED, "the drop to reach the client")
            raise ConnectionClosed(1006, "")

    monkeypatch.setattr(AsyncWebSocketTransport, "send_text", async_send_text)
    monkeypatch.setattr(SyncWebSocketTransport, "send_text", sync_send_text)
    return cut


@pytest.mark.parametrize(
    ("cut_send", "answered"),
    [
        (ITEM, 1),  # confirmed (conversation.item.added) before the drop: in the history
        (ITEM, 0),  # never confirmed: sent again, once
        (CUT_CLEAR, 0),  # not sent again: the lost session's buffer went with it
    ],
    ids=["confirmed-item", "unconfirmed-item", "clear"],
)
def test_a_send_whose_write_meets_the_drop_reaches_the_new_session_at_most_once(
    both: Both,
    server: FakeRealtimeServer,
    monkeypatch: pytest.MonkeyPatch,
    cut_send: dict[str, Any],
    answered: int,
) -> None:
    marker = "item_cut" if cut_send is ITEM else "evt_cut"
    cut = cut_while_writing(monkeypatch, marker)
    conn = both.connect(server, max_retries=3, reconnect_delay=0.01)
    try:
        assert both(conn.recv(T)).type == "session.created"
        # The server takes the send (and answers it, or not), then cuts the line (1006).
        server.faults.drop_after(answered)
        both(conn.send(cut_send))
        assert cut, "the write was cut"
        both(conn.send(AFTER))  # made while the line is down: the new session gets it
        both(conn.run_until("input_audio_buffer.cleared", timeout=T))
    finally:
        both(conn.close())
    assert len(server.connections) == 2
    assert cut_send in server.received[0]  # the lost session had it
    new_session = server.received[1]
    if cut_send is ITEM:
        (item,) = [e for e in new_session if e["type"] == "conversation.item.create"]
        assert item["item"] == ITEM["item"]
        assert new_session[-1] == AFTER
    else:
        assert new_session == [AFTER]


def test_a_write_that_fails_once_the_move_began_does_not_repeat_a_carried_item(
    both: Both, server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The other order: the receiving side saw the drop and began the move (which took the
    # lost connection's book) before the write reported it. The item, confirmed before the
    # drop, comes with the history; the copy queued by the failed write is not sent too.
    moving = threading.Event()  # the move began (on_reconnecting is told before an attempt)
    failed = threading.Event()  # the send whose write met the drop has returned
    cut: list[str] = []
    async_send = AsyncWebSocketTransport.send_text
    sync_send = SyncWebSocketTransport.send_text

    async def async_send_text(self: AsyncWebSocketTransport, data: str) -> None:
        await async_send(self, data)
        if "item_cut" in data and not cut:
            cut.append(data)
            await asyncio.to_thread(moving.wait, WAIT)
            raise ConnectionClosed(1006, "")

    def sync_send_text(self: SyncWebSocketTransport, data: str) -> None:
        sync_send(self, data)
        if "item_cut" in data and not cut:
            cut.append(data)
            moving.wait(WAIT)
            raise ConnectionClosed(1006, "")

    monkeypatch.setattr(AsyncWebSocketTransport, "send_text", async_send_text)
    monkeypatch.setattr(SyncWebSocketTransport, "send_text", sync_send_text)

    def hook(event: ReconnectingEvent) -> None:
        moving.set()
        failed.wait(WAIT)  # the move goes on once the failed write was dealt with

    async def ahook(event: ReconnectingEvent) -> None:
        moving.set()
        await asyncio.to_thread(failed.wait, WAIT)

    told: list[ReconnectedEvent] = []
    conn = both.connect(
        server,
        max_retries=3,
        reconnect_delay=0.01,
        on_reconnecting=ahook if both.is_async else hook,
        on_reconnected=told.append,
    )
    try:
        assert both(conn.recv(T)).type == "session.created"
        server.faults.drop_after(1)  # conversation.item.added, then the line is cut
        sending = both.start(lambda: conn.send(ITEM))
        sending.add_done_callback(lambda _: failed.set())
        until(lambda: ITEM in server.received[0], "the server to take the item")
        # Receiving: the item's confirmation, then the drop, then the move.
        both(conn.run_until("session.created", timeout=T))
        sending.result(WAIT)
        assert cut, "the write was cut"
        both(conn.send(AFTER))
        both(conn.run_until("input_audio_buffer.cleared", timeout=T))
    finally:
        moving.set()
        both(conn.close())
    assert len(server.connections) == 2
    assert [event.carried_ids for event in told] == [("item_cut",)]
    items = [e for e in server.received[1] if e["type"] == "conversation.item.create"]
    assert [item["item"]["id"] for item in items] == ["item_cut"]


@pytest.mark.parametrize("cut_at", ["item", "response.create"])
def test_a_sideband_send_whose_write_meets_the_drop_goes_out_once_on_the_rejoined_call(
    both: Both, server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch, cut_at: str
) -> None:
    # A sideband rejoins the same call session, which is given nothing again: a send whose
    # write met the drop (here it never reached the server) is not left in the lost
    # connection's book, where the rejoin would never send it (the response it asks for was
    # then awaited for ever), but goes out on the rejoined socket, once.
    from realtime_ext import AsyncRealtimeClient, RealtimeClient
    from realtime_ext.events import user_text

    question = "What did I say first?"
    marker = question if cut_at == "item" else '"response.create"'
    cut: list[str] = []
    async_send = AsyncWebSocketTransport.send_text
    sync_send = SyncWebSocketTransport.send_text

    async def async_send_text(self: AsyncWebSocketTransport, data: str) -> None:
        if marker in data and not cut:
            cut.append(data)
            await self.websocket.wait_closed()  # the drop reached the client first
            raise ConnectionClosed(1006, "")
        await async_send(self, data)

    def sync_send_text(self: SyncWebSocketTransport, data: str) -> None:
        if marker in data and not cut:
            cut.append(data)
            socket = self.websocket
            until(lambda: socket.protocol.state is State.CLOSED, "the drop to reach the client")
            raise ConnectionClosed(1006, "")
        sync_send(self, data)

    monkeypatch.setattr(AsyncWebSocketTransport, "send_text", async_send_text)
    monkeypatch.setattr(SyncWebSocketTransport, "send_text", sync_send_text)
    server.script.next_response(recall=1)
    client: Any = (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url)
        if both.is_async
        else RealtimeClient(api_key="sk-test", base_url=server.base_url)
    )
    call = server.register_call()
    both(client.calls.accept(call.id, session={"type": "realtime", "model": "gpt-realtime"}))
    conn = both(client.connect(call_id=call.id, reconnect_delay=0))
    try:
        both(conn.conversation.item.create(item=user_text("My name is Ada.")))
        both(conn.run_until("conversation.item.done", timeout=T))
        if cut_at == "item":
            server.drop_connections()
            both(conn.conversation.item.create(item=user_text(question)))
        else:  # the question is in; the write of the response.create meets the drop
            both(conn.conversation.item.create(item=user_text(question)))
            both(conn.run_until("conversation.item.done", timeout=T))
            server.drop_connections()
        both(conn.response.create())
        assert cut, "the write was cut"
        done = both(conn.run_until("response.done", timeout=T)).to_dict()
        assert done["response"]["output"][0]["content"][0]["transcript"] == (
            "You said: My name is Ada."
        )
    finally:
        both(conn.close())
        both(client.close())
    asked = [
        item
        for item in server.call_session(call.id).conversation.items
        if item.get("role") == "user"
    ]
    assert len(asked) == 2  # the cut question once
    assert conn.reconnects == 1
