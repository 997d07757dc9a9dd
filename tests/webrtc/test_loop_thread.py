"""The blocking calls' private event loop: stopping it leaves no task pending, even a task
that cancelling another one starts (aiortc closes a peer connection in a new task when a
DTLS transport ends, as happens while a stopping loop cancels the transport's task)."""

from __future__ import annotations

import asyncio

from realtime_ext.webrtc._loop import LoopThread


def test_stop_ends_the_tasks_that_cancelling_starts() -> None:
    loop = LoopThread()
    started: list[asyncio.Task[None]] = []

    async def closing() -> None:  # what aiortc's close() task does: waits on its transports
        await asyncio.Event().wait()

    async def transport() -> None:
        try:
            await asyncio.Event().wait()
        finally:  # cancelled: the transport ends, and a new task closes the peer connection
            started.append(asyncio.get_running_loop().create_task(closing()))

    async def start() -> None:
        # A nested task's start: the one that cancelling it starts in turn.
        async def chain() -> None:
            try:
                await asyncio.Event().wait()
            finally:
                asyncio.get_running_loop().create_task(transport())

        asyncio.get_running_loop().create_task(transport())
        asyncio.get_running_loop().create_task(chain())

    loop.run(start(), timeout=5)
    loop.stop()
    assert not loop.alive
    assert started, "cancelling the transport started no task: the test proves nothing"
    pending = sum(not task.done() for task in started)
    assert pending == 0, f"{pending} task(s) left pending on the closed loop"
