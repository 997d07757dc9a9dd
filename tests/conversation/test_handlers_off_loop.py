"""``on(..., off_loop=True)``: a blocking handler on one asyncio session delays no other
session (issue 81), while its own session's events still reach it one at a time, in order."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.connection import AsyncConnect, aconnect, connect
from realtime_ext.testing import FakeRealtimeServer

T = 10.0


def _opened(server: FakeRealtimeServer) -> AsyncConnect:
    return aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime")


async def test_a_blocked_handler_delays_no_other_session(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="one two three")
    server.script.next_response(text="four five six")
    entered, release = threading.Event(), threading.Event()
    loop_thread = threading.get_ident()
    blocked: list[tuple[str, int]] = []
    released: list[bool] = []

    async with _opened(server) as slow, _opened(server) as other:

        @slow.on("*", off_loop=True)
        def store(event: Any) -> None:
            blocked.append((event.type_, threading.get_ident()))
            if event.type_ == "response.created":
                entered.set()
                # A database call that hangs until the test lets it go: the test can only
                # do so if the loop went on while it blocked.
                released.append(release.wait(T))

        await slow.response.create()
        slow_run = asyncio.create_task(slow.run_until("response.done", timeout=T))
        assert await asyncio.to_thread(entered.wait, T)

        # The slow session's handler is blocked: the other session's whole response is
        # delivered meanwhile (not one frame of it waits for the blocked handler).
        seen: list[str] = []
        other.on("*", lambda event: seen.append(event.type_))
        await other.response.create()
        await other.run_until("response.done", timeout=T)
        assert seen[-1] == "response.done" and "response.output_audio.delta" in seen
        assert not release.is_set() and not slow_run.done()
        # Its own session waits for it: nothing after the blocked event was handled yet.
        assert [kind for kind, _ in blocked][-1] == "response.created"
        release.set()
        await slow_run
    kinds = [kind for kind, _ in blocked]
    assert kinds[-1] == "response.done" and kinds.index("response.created") < kinds.index(
        "response.output_audio.delta"
    )
    assert released == [True]
    assert all(thread != loop_thread for _, thread in blocked)


async def test_off_loop_handlers_keep_their_order_raise_and_leave(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="alpha beta")
    order: list[str] = []
    async with _opened(server) as conn:
        conn.on("response.output_audio_transcript.delta", lambda e: order.append("loop"))
        conn.on(
            "response.output_audio_transcript.delta",
            lambda e: order.append("thread"),
            off_loop=True,
        )
        conn.once("response.created", lambda e: order.append("once"), off_loop=True)

        def fails(event: Any) -> None:
            raise LookupError("the app's own error")

        conn.on("response.done", fails, off_loop=True)
        await conn.response.create()
        with pytest.raises(LookupError, match="the app's own error"):
            await conn.run_until("response.done", timeout=T)
        assert conn.off("response.done", fails) == 1
    assert order[0] == "once" and order.count("once") == 1
    deltas = order[1:]
    assert deltas and deltas == ["loop", "thread"] * (len(deltas) // 2)


async def test_off_loop_refuses_an_async_handler_and_a_non_bool(server: FakeRealtimeServer) -> None:
    async def awaited(event: Any) -> None: ...

    async with _opened(server) as conn:
        with pytest.raises(InvalidArgumentError, match="async def"):
            conn.on("response.done", awaited, off_loop=True)
        with pytest.raises(InvalidArgumentError, match="off_loop must be a bool"):
            conn.on("response.done", print, off_loop="yes")  # type: ignore[call-overload]


def test_a_blocking_conversation_runs_it_on_its_receiving_thread(
    server: FakeRealtimeServer,
) -> None:
    threads: list[int] = []
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        conn.on("response.done", lambda e: threads.append(threading.get_ident()), off_loop=True)
        conn.response.create()
        conn.run_until("response.done", timeout=T)
    assert threads == [threading.get_ident()]
