"""Approvals and slow tools on GPT-Live, against the fake, blocking and asyncio: a
Responses delegation's call of a ``needs_approval`` tool reaches the app as
``tool.approval_required``; approved, it runs once and its output goes out after the
approval; rejected, it never runs and the backend reads a refusal; the backend's MCP
approval request is answered ``mcp_approval_response`` by ``approve_tool_call``; a call
running past its ``filler_after`` has Live say the registry's commentary meanwhile, then
exactly one output goes out."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.testing import FakeRealtimeServer, sine_pcm16
from realtime_ext.tools import ToolApprovalRequired, ToolRegistry, mcp_tool
from support.waiting import until

SILENCE = bytes(4800)  # 100 ms of 24 kHz mono PCM16
SPEECH = sine_pcm16(100)
AUDIO = [SILENCE] * 2 + [SPEECH] * 8
MAX_CHUNKS = 150  # 15 s of timeline: far more than a round needs
ROUND_SECONDS = 30.0
"""Wall-clock seconds a round may go on past MAX_CHUNKS: the tools and fillers run on the
wall clock (a filler after 10 ms, a tool waiting in a thread), the chunks as fast as they
are answered, so on a loaded machine 150 chunks can pass before a slow tool has answered."""
PCM24 = {"format": {"type": "audio/pcm", "rate": 24000}}
REFUND = {
    "type": "function",
    "name": "refund",
    "description": "Refund an order.",
    "parameters": {
        "type": "object",
        "properties": {"order_id": {"type": "string"}},
        "required": ["order_id"],
    },
}
DOCS = mcp_tool(
    server_label="docs", server_url="https://mcp.example/mcp", require_approval="always"
)
Decide = Callable[[Any, ToolApprovalRequired], None]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(live_session_seconds=3600) as fake:
        yield fake


@pytest.fixture(params=["sync", "asyncio"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def approve(conn: Any, event: ToolApprovalRequired) -> None:
    conn.approve_tool_call(event.call_id)


def reject(conn: Any, event: ToolApprovalRequired) -> None:
    conn.reject_tool_call(event.call_id, message="Refunds need a manager.")


class Round:
    """What the app saw: the approval events, and the model's words."""

    def __init__(self, decide: Decide) -> None:
        self.decide = decide
        self.asked: list[ToolApprovalRequired] = []
        self.text = ""

    def take(self, conn: Any, event: Any) -> bool:
        """Note ``event`` (answering an approval); True for a chunk's output audio."""
        if isinstance(event, ToolApprovalRequired):
            self.asked.append(event)
            self.decide(conn, event)
        elif event.type == "session.output_transcript.delta":
            self.text += event.delta
        return bool(event.type == "session.output_audio.delta")


Take = Callable[[Any, Any], bool]
"""Notes an event the app received; ``True`` once the chunk just sent was answered."""


def talk(
    server: FakeRealtimeServer,
    mode: str,
    registry: ToolRegistry,
    tools: list[Any],
    chunks: Iterable[bytes],
    take: Take,
    done: Callable[[], bool],
) -> Any:
    """The scripted round: a GPT-Live session delegating to Responses with ``tools`` and
    ``registry``'s loop, sent one chunk of ``chunks`` at a time (each followed by receives
    until ``take`` says it was answered) until ``done()``, at most :data:`MAX_CHUNKS` (more
    while :data:`ROUND_SECONDS` of wall clock have not passed); then closed. Returns the
    loop."""
    delegation = {"type": "responses", "responses": {"model": "gpt-5", "tools": tools}}
    options = {"model": "gpt-live-1", "audio": PCM24, "delegation": delegation}
    deadline = time.monotonic() + ROUND_SECONDS
    paced = (
        chunk
        for _, chunk in itertools.takewhile(
            lambda sent: sent[0] < MAX_CHUNKS or time.monotonic() < deadline, enumerate(chunks)
        )
    )
    if mode == "sync":
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.live.connect(**options) as conn,
        ):
            loop = conn.run_tools(registry)
            for chunk in paced:
                if done():
                    break
                conn.send_audio(chunk)
                while not take(conn, conn.recv(timeout=10)):
                    pass
            conn.close()
        return loop

    async def main() -> Any:
        async with (
            AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.live.connect(**options) as conn,
        ):
            loop = conn.run_tools(registry)
            for chunk in paced:
                if done():
                    break
                await conn.send_audio(chunk)
                while not take(conn, await conn.recv(timeout=10)):
                    pass
            await conn.close()
        return loop

    return asyncio.run(main())


def play(
    server: FakeRealtimeServer, mode: str, registry: ToolRegistry, decide: Decide, until: str
) -> Round:
    seen = Round(decide)
    chunks = itertools.chain(AUDIO, itertools.repeat(SILENCE))
    talk(server, mode, registry, [REFUND, DOCS], chunks, seen.take, lambda: until in seen.text)
    assert until in seen.text, seen.text
    return seen


def refund_registry(ran: list[str]) -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register(needs_approval=True)
    def refund(order_id: str) -> str:
        """Refund an order."""
        ran.append(order_id)
        return f"refunded {order_id}"

    return registry


def loop_sends(server: FakeRealtimeServer) -> list[dict[str, Any]]:
    kinds = ("response.item.create", "response.create")
    return [e for e in server.received[-1] if e["type"] in kinds]


def test_an_approved_call_runs_once_and_its_output_goes_out(
    server: FakeRealtimeServer, mode: str
) -> None:
    server.script.next_transcript("Refund order A1.")
    server.script.next_response(function_call=("refund", {"order_id": "A1"}), text="One moment.")
    server.script.next_response(text="Order A1 is refunded.")
    ran: list[str] = []
    seen = play(server, mode, refund_registry(ran), approve, "Order A1 is refunded.")
    assert [event.name for event in seen.asked] == ["refund"]
    assert ran == ["A1"]
    sends = loop_sends(server)
    assert [e["type"] for e in sends] == ["response.item.create", "response.create"]
    assert sends[0]["item"] == {
        "type": "function_call_output",
        "call_id": seen.asked[0].call_id,
        "output": "refunded A1",
    }


def test_a_rejected_call_never_runs_and_the_backend_reads_a_refusal(
    server: FakeRealtimeServer, mode: str
) -> None:
    server.script.next_transcript("Refund order B2.")
    server.script.next_response(function_call=("refund", {"order_id": "B2"}), text="One moment.")
    server.script.next_response(text="I cannot refund that.")
    ran: list[str] = []
    seen = play(server, mode, refund_registry(ran), reject, "I cannot refund that.")
    assert len(seen.asked) == 1 and ran == []
    sends = loop_sends(server)
    assert [e["type"] for e in sends] == ["response.item.create", "response.create"]
    assert json.loads(sends[0]["item"]["output"]) == {
        "error": {"type": "rejected", "message": "Refunds need a manager."}
    }


def test_an_mcp_approval_request_is_answered_by_approve_tool_call(
    server: FakeRealtimeServer, mode: str
) -> None:
    server.script.next_transcript("Search the docs for refunds.")
    server.script.next_response(
        mcp_approval_request=("docs", "search", {"q": "refunds"}), text="Let me look."
    )
    server.script.next_response(text="The docs say refunds take a week.")
    seen = play(server, mode, ToolRegistry(), approve, "refunds take a week")
    (asked,) = seen.asked
    assert (asked.server_label, asked.name, json.loads(asked.arguments)) == (
        "docs",
        "search",
        {"q": "refunds"},
    )
    sends = loop_sends(server)
    assert [e["type"] for e in sends] == ["response.item.create", "response.create"]
    assert sends[0]["item"] == {
        "type": "mcp_approval_response",
        "approval_request_id": asked.call_id,
        "approve": True,
    }


def test_a_slow_call_has_live_say_its_commentary_then_one_output(
    server: FakeRealtimeServer, mode: str
) -> None:
    server.script.next_transcript("Refund order C3.")
    server.script.next_response(function_call=("refund", {"order_id": "C3"}), text="One moment.")
    server.script.next_response(text="Order C3 is refunded.")
    registry = ToolRegistry(filler_commentary="Still checking the order.")
    before = len(server.received)

    def commented() -> bool:
        sends = [e for log in server.received[before:] for e in log]
        return any(e["type"] == "session.commentary.append" for e in sends)

    @registry.register(filler_after=0.01)
    async def refund(order_id: str) -> str:
        """Refund an order."""
        # The gate: the filler went out while this call ran.
        await asyncio.to_thread(until, commented, "the filler commentary")
        return f"refunded {order_id}"

    seen = play(server, mode, registry, approve, "Order C3 is refunded.")
    assert "Still checking the order." in seen.text
    sends = server.received[-1]
    (filler,) = [e for e in sends if e["type"] == "session.commentary.append"]
    assert filler["content"] == "Still checking the order."
    outputs = [e for e in sends if e["type"] == "response.item.create"]
    assert [e["item"]["output"] for e in outputs] == ["refunded C3"]


def test_a_barge_in_cancels_a_slow_async_call(server: FakeRealtimeServer, mode: str) -> None:
    # GPT-Live has no speech event: words the user says after the delegation began (their
    # transcript's start_ms past its offset_ms) are the barge-in.
    server.script.next_transcript("Find me a flight to Oslo.")
    server.script.next_response(function_call=("refund", {"order_id": "D4"}), text="Searching.")
    server.script.next_transcript("Never mind.")
    started = threading.Event()
    finished: list[str] = []
    registry = ToolRegistry()

    @registry.register(filler_after=60)
    async def refund(order_id: str) -> str:
        """Refund an order (slow)."""
        started.set()
        await asyncio.Event().wait()  # never set: only a cancel ends it
        finished.append(order_id)
        return "never"

    def cancelled() -> bool:
        return any(
            e["type"] == "response.item.create" and "cancelled" in e["item"].get("output", "")
            for e in server.received[-1]
        )

    def chunks() -> Iterator[bytes]:
        yield from AUDIO
        while not started.is_set():
            yield SILENCE
        yield from [SPEECH] * 8  # the user speaks over the search
        while True:
            yield SILENCE

    def answered(conn: Any, event: Any) -> bool:
        return bool(event.type == "session.output_audio.delta")

    loop = talk(server, mode, registry, [REFUND], chunks(), answered, cancelled)
    assert cancelled(), "no cancelled output"
    assert finished == []
    assert (loop.cancelled, loop.barge_ins) == (1, 1)
