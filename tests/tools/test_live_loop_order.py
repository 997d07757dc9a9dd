"""The GPT-Live tool loop's order and bounds, forced step by step (no server, no timing):
``response.create`` never precedes an output of its delegation, whatever order the tools end
and their outputs reach the wire in (each tool and each output send is held at a gate the
test opens); and at most ``max_concurrent_calls`` calls run at once, ``max_queued_calls``
wait, the rest are answered as refused, asyncio and blocking alike."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.tools import (
    DEFAULT_MAX_CONCURRENT_CALLS,
    DEFAULT_MAX_QUEUED_CALLS,
    LiveToolLoop,
    ToolRegistry,
)
from realtime_generated import decode_live_server_event
from tests.support.waiting import async_until, until

T = 10.0
CALLS = ("c1", "c2", "c3")


def envelope(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    """A ``response.event`` carrying the backend's ``function_call`` (delegation ``item_r``)."""
    item = {
        "id": f"fc_{call_id}",
        "type": "function_call",
        "status": "completed",
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
    }
    return {
        "type": "response.event",
        "event_id": f"event_{call_id}",
        "delegation_id": "item_r",
        "event": {
            "type": "response.output_item.done",
            "item": item,
            "output_index": 0,
            "sequence_number": 1,
        },
    }


class _Link:
    """What an attached loop asks its conversation: whether it closes, who watches calls."""

    closing = False

    def tool_started(self, call: object) -> list[Any]:
        return []


def feed(loop: LiveToolLoop, frames: list[dict[str, Any]]) -> None:
    """Hand ``frames`` to the loop as a receive loop does (observe, then received)."""
    for frame in frames:
        event = decode_live_server_event(json.dumps(frame))
        if loop.observe(event, frame):
            loop.received(event)


def kinds(sent: list[dict[str, Any]]) -> list[str]:
    """What was sent, by the call it answers (``response.create`` as itself)."""
    return [
        frame["item"]["call_id"] if frame["type"] == "response.item.create" else frame["type"]
        for frame in sent
    ]


def check_order(sent: list[dict[str, Any]]) -> None:
    """No ``response.create`` before every output is in (at most one, last)."""
    order = kinds(sent)
    if "response.create" in order:
        assert order.index("response.create") == len(order) - 1, order
        assert sorted(order[:-1]) == list(CALLS), order


# -- blocking ------------------------------------------------------------------------------
class GatedConn:
    """A blocking connection whose output sends wait at a gate per call (``response.create``
    goes through at once), noting the thread each output was sent from."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.arrived = {call: threading.Event() for call in CALLS}
        self.gates = {call: threading.Event() for call in CALLS}
        self.senders: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()

    def send(self, event: object, /) -> None:
        assert isinstance(event, dict)
        frame: dict[str, Any] = dict(event)  # pyright: ignore[reportUnknownArgumentType]
        if frame["type"] == "response.item.create":
            call = frame["item"]["call_id"]
            self.senders[call] = threading.current_thread()
            self.arrived[call].set()
            assert self.gates[call].wait(T)
        with self._lock:
            self.sent.append(frame)

    def remove_extension(self, ext: object, /) -> bool:
        return True


def held_registry(
    released: dict[str, threading.Event],
) -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def hold(call: str) -> str:
        """Ends once the test releases this call."""
        assert released[call].wait(T)
        return f"done {call}"

    return registry


def blocking_round(finish: tuple[str, ...], send: tuple[str, ...]) -> list[dict[str, Any]]:
    """Three calls of one delegation: their tools end in the order ``finish`` (each then
    waits at its output's send), their outputs go out in the order ``send``; after each,
    the worker that sent it has ended (so whatever it would send next is sent)."""
    released = {call: threading.Event() for call in CALLS}
    conn = GatedConn()
    loop = LiveToolLoop(conn, held_registry(released))
    loop.added(_Link())  # type: ignore[arg-type]
    feed(loop, [envelope(call, "hold", json.dumps({"call": call})) for call in CALLS])
    try:
        for call in finish:
            released[call].set()
            assert conn.arrived[call].wait(T)  # its tool ended; its output is being sent
        for call in send:
            conn.gates[call].set()
            conn.senders[call].join(T)  # the worker is done: nothing more comes from it
            assert not conn.senders[call].is_alive()
            check_order(conn.sent)
    finally:
        for event in [*released.values(), *conn.gates.values()]:
            event.set()
    return conn.sent


ORDERS = list(itertools.permutations(CALLS))


def test_blocking_response_create_never_passes_an_output() -> None:
    # Every order of the tools' ends and of the outputs' sends: before the fix, the last
    # tool to end counted its delegation done before its output was sent, and another
    # output still being sent came after response.create.
    for finish, send in itertools.product(ORDERS, ORDERS):
        sent = blocking_round(finish, send)
        assert kinds(sent) == [*send, "response.create"], (finish, send)


# -- asyncio -------------------------------------------------------------------------------
class AsyncGatedConn:
    """:class:`GatedConn` on asyncio: the task each output was sent from is noted."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.arrived = {call: asyncio.Event() for call in CALLS}
        self.gates = {call: asyncio.Event() for call in CALLS}
        self.senders: dict[str, asyncio.Task[Any]] = {}

    async def send(self, event: object, /) -> None:
        assert isinstance(event, dict)
        frame: dict[str, Any] = dict(event)  # pyright: ignore[reportUnknownArgumentType]
        if frame["type"] == "response.item.create":
            call = frame["item"]["call_id"]
            task = asyncio.current_task()
            assert task is not None
            self.senders[call] = task
            self.arrived[call].set()
            await self.gates[call].wait()
        self.sent.append(frame)

    def remove_extension(self, ext: object, /) -> bool:
        return True


async def async_round(finish: tuple[str, ...], send: tuple[str, ...]) -> list[dict[str, Any]]:
    released = {call: asyncio.Event() for call in CALLS}
    registry = ToolRegistry()

    @registry.register
    async def hold(call: str) -> str:
        """Ends once the test releases this call."""
        await released[call].wait()
        return f"done {call}"

    conn = AsyncGatedConn()
    loop = LiveToolLoop(conn, registry)
    loop.added(_Link())  # type: ignore[arg-type]
    feed(loop, [envelope(call, "hold", json.dumps({"call": call})) for call in CALLS])
    async with asyncio.timeout(T):
        for call in finish:
            released[call].set()
            await conn.arrived[call].wait()
        for call in send:
            conn.gates[call].set()
            await conn.senders[call]  # the worker is done: nothing more comes from it
            check_order(conn.sent)
    return conn.sent


async def test_asyncio_response_create_never_passes_an_output() -> None:
    for finish, send in itertools.product(ORDERS, ORDERS):
        sent = await async_round(finish, send)
        assert kinds(sent) == [*send, "response.create"], (finish, send)


# -- the bounds ----------------------------------------------------------------------------
class Recording:
    """A blocking connection noting what is sent."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def send(self, event: object, /) -> None:
        assert isinstance(event, dict)
        with self._lock:
            self.sent.append(dict(event))  # pyright: ignore[reportUnknownArgumentType]

    def remove_extension(self, ext: object, /) -> bool:
        return True


class AsyncRecording(Recording):
    async def send(self, event: object, /) -> None:  # type: ignore[override]
        Recording.send(self, event)


def error_types(sent: list[dict[str, Any]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for frame in sent:
        if frame["type"] == "response.item.create":
            output = json.loads(frame["item"]["output"])
            found[frame["item"]["call_id"]] = (
                output["error"]["type"] if isinstance(output, dict) else "ok"
            )
    return found


def bounded_frames(count: int) -> list[dict[str, Any]]:
    return [envelope(f"b{n}", "hold", json.dumps({"n": n})) for n in range(count)]


def counting_registry(
    entered: list[int], lock: threading.Lock, release: threading.Event
) -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def hold(n: int) -> int:
        """Notes that it runs, and ends once the test releases every call."""
        with lock:
            entered.append(n)
        assert release.wait(T)
        return n

    return registry


def tool_threads() -> int:
    return sum(t.name.startswith("realtime-tool") for t in threading.enumerate())


def test_blocking_calls_run_at_most_n_at_once_the_rest_wait_or_are_refused() -> None:
    entered: list[int] = []
    lock, release = threading.Lock(), threading.Event()
    conn = Recording()
    before = tool_threads()
    loop = LiveToolLoop(
        conn,
        counting_registry(entered, lock, release),
        max_concurrent_calls=2,
        max_queued_calls=3,
    )
    loop.added(_Link())  # type: ignore[arg-type]
    try:
        feed(loop, bounded_frames(8))  # 2 run, 3 wait, 3 refused
        # Refused at once, on the receive loop, without running the tool.
        assert error_types(conn.sent) == dict.fromkeys(("b5", "b6", "b7"), "too_many_calls")
        assert loop.refused == 3
        until(lambda: len(entered) == 2, "the first two calls to run")
        # Two workers, each with its call's own thread: nothing else was started.
        assert tool_threads() - before <= 4
        assert sorted(entered) == [0, 1]  # the waiting ones cannot start: no slot is free
    finally:
        release.set()
    until(lambda: kinds(conn.sent)[-1:] == ["response.create"], "the round's response.create")
    assert sorted(entered) == [0, 1, 2, 3, 4]  # the waiting ones ran, in slots freed
    assert sorted(error_types(conn.sent)) == [f"b{n}" for n in range(8)]
    assert kinds(conn.sent).count("response.create") == 1
    assert (loop.calls, loop.responses, loop.refused) == (8, 1, 3)


async def test_asyncio_calls_run_at_most_n_at_once_the_rest_wait_or_are_refused() -> None:
    entered: list[int] = []
    release = asyncio.Event()
    registry = ToolRegistry()

    @registry.register
    async def hold(n: int) -> int:
        """Notes that it runs, and ends once the test releases every call."""
        entered.append(n)
        await release.wait()
        return n

    conn = AsyncRecording()
    loop = LiveToolLoop(conn, registry, max_concurrent_calls=2, max_queued_calls=3)
    loop.added(_Link())  # type: ignore[arg-type]
    feed(loop, bounded_frames(8))
    await async_until(lambda: len(conn.sent) == 3 and len(entered) == 2, "2 running, 3 refused")
    assert error_types(conn.sent) == dict.fromkeys(("b5", "b6", "b7"), "too_many_calls")
    assert sorted(entered) == [0, 1]
    release.set()
    await async_until(lambda: kinds(conn.sent)[-1:] == ["response.create"], "response.create")
    assert sorted(entered) == [0, 1, 2, 3, 4]
    assert kinds(conn.sent).count("response.create") == 1
    assert (loop.calls, loop.responses, loop.refused) == (8, 1, 3)


def test_the_bounds_have_documented_defaults_and_are_checked() -> None:
    loop = LiveToolLoop(Recording(), ToolRegistry())
    assert (
        (loop.max_concurrent_calls, loop.max_queued_calls)
        == (
            DEFAULT_MAX_CONCURRENT_CALLS,
            DEFAULT_MAX_QUEUED_CALLS,
        )
        == (16, 256)
    )
    for bad in (0, -1, 1.5, True, "4"):
        with pytest.raises(InvalidArgumentError, match="max_concurrent_calls"):
            LiveToolLoop(Recording(), ToolRegistry(), max_concurrent_calls=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="max_queued_calls"):
        LiveToolLoop(Recording(), ToolRegistry(), max_queued_calls=-1)
    refusing = LiveToolLoop(Recording(), ToolRegistry(), max_queued_calls=0)
    assert refusing.max_queued_calls == 0  # none waits: past the running ones, refused
