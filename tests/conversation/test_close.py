"""Closing with unread messages completes the closing handshake (code 1000), instead of
waiting ``close_timeout`` behind the paused reader and ending as an abnormal 1006."""

from __future__ import annotations

from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer
from support.waiting import async_until, until

LONG = " ".join(["word"] * 200)  # far more events than max_queue (16) can hold


def test_sync_close_with_unread_messages(server: FakeRealtimeServer) -> None:
    server.script.next_response(text=LONG)
    conn = connect(api_key="sk-test", base_url=server.base_url, model="m", close_timeout=3)
    conn.response.create()
    # The server has streamed more than max_queue holds: the unread reader is paused.
    until(lambda: conn.websocket.recv_messages.paused, "the reader to pause")
    conn.close()
    assert (conn.close_code, conn.close_reason) == (1000, "")


async def test_async_close_with_unread_messages(server: FakeRealtimeServer) -> None:
    server.script.next_response(text=LONG)
    conn = await aconnect(api_key="sk-test", base_url=server.base_url, model="m", close_timeout=3)
    await conn.response.create()
    await async_until(lambda: conn.websocket.recv_messages.paused, "the reader to pause")
    await conn.close()
    assert (conn.close_code, conn.close_reason) == (1000, "")
