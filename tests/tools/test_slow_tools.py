"""Slow tools on Realtime, against the fake, blocking and asyncio: a call running past its
``filler_after`` has the model say something meanwhile (one out-of-band response, outside the
conversation) and exactly one output after; a barge-in while it runs cancels it (an async
tool) and tells the model; a sync tool overtaken by a barge-in still delivers its output once.
Gates and events, no sleeps."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.testing import FakeRealtimeServer, sine_pcm16
from realtime_ext.tools import ToolRegistry
from support.both import WAIT, Both
from support.waiting import until

from .conftest import open_conn, sent


def fillers(server: FakeRealtimeServer) -> list[dict[str, Any]]:
    return [e for e in sent(server, "response.create") if e.get("response", {}).get("conversation")]


def test_a_slow_call_has_a_filler_then_exactly_one_output(
    both: Both, server: FakeRealtimeServer
) -> None:
    server.script.next_response(function_call=("search_flights", {"city": "Oslo"}))
    server.script.next_response(text="Still on it.")  # the filler's out-of-band answer
    server.script.next_response(text="Two flights to Oslo.")
    release = threading.Event()
    registry = ToolRegistry(filler_instructions="Say you are still searching.")

    @registry.register(filler_after=0.01)
    async def search_flights(city: str) -> str:
        """Search flights to a city."""
        await asyncio.to_thread(release.wait, WAIT)  # a gate the test opens
        return f"two flights to {city}"

    conn = open_conn(both, server)
    try:
        loop = conn.run_tools(registry)
        both(conn.response.create())
        both(conn.run_until("response.done", timeout=WAIT))  # the call
        until(lambda: fillers(server), "the filler")
        (filler,) = fillers(server)
        assert filler["response"]["conversation"] == "none"
        assert filler["response"]["instructions"] == "Say you are still searching."
        assert sent(server, "conversation.item.create") == []  # the call still runs
        filled = both(conn.run_until("response.done", timeout=WAIT))
        assert filled.response.conversation_id is None  # out of band: the turn is intact
        release.set()
        both(conn.run_until("response.done", timeout=WAIT))  # the answer after the output
        outputs = sent(server, "conversation.item.create")
        assert [o["item"]["output"] for o in outputs] == ["two flights to Oslo"]
        assert (loop.fillers, loop.calls, loop.cancelled) == (1, 1, 0)
    finally:
        release.set()
        both(conn.close())


def test_a_barge_in_cancels_a_slow_async_call_and_tells_the_model(
    both: Both, server: FakeRealtimeServer
) -> None:
    server.script.next_response(function_call=("search_flights", {"city": "Oslo"}))
    started = threading.Event()
    finished: list[str] = []
    registry = ToolRegistry()

    @registry.register(filler_after=60)
    async def search_flights(city: str) -> str:
        """Search flights to a city."""
        started.set()
        await asyncio.Event().wait()  # never set: only a cancel ends it
        finished.append(city)
        return "never"

    conn = open_conn(both, server)
    try:
        loop = conn.run_tools(registry)
        both(conn.response.create())
        both(conn.run_until("response.done", timeout=WAIT))
        assert started.wait(WAIT)
        both(conn.send_audio(sine_pcm16(300)))  # the user speaks over the wait
        both(conn.run_until("input_audio_buffer.speech_started", timeout=WAIT))
        until(lambda: sent(server, "conversation.item.create"), "the cancelled output")
        (output,) = sent(server, "conversation.item.create")
        error = json.loads(output["item"]["output"])["error"]
        assert error["type"] == "cancelled"
        assert finished == []
        assert (loop.cancelled, loop.barge_ins, loop.responses) == (1, 1, 0)
        assert loop.speaking
    finally:
        both(conn.close())


def test_a_sync_call_overtaken_by_a_barge_in_still_answers_once(
    both: Both, server: FakeRealtimeServer
) -> None:
    server.script.next_response(function_call=("lookup", {}))
    started, release = threading.Event(), threading.Event()
    registry = ToolRegistry()

    @registry.register(filler_after=60)
    def lookup() -> str:
        """Not cancellable (sync): it finishes."""
        started.set()
        release.wait(WAIT)
        return "found"

    conn = open_conn(both, server)
    try:
        loop = conn.run_tools(registry)
        both(conn.response.create())
        both(conn.run_until("response.done", timeout=WAIT))
        assert started.wait(WAIT)
        both(conn.send_audio(sine_pcm16(300)))
        both(conn.run_until("input_audio_buffer.speech_started", timeout=WAIT))
        release.set()
        until(lambda: loop.calls == 1, "the late output")
        # Counted once the client wrote it: the server reads it a moment later.
        until(lambda: sent(server, "conversation.item.create"), "the server to read the output")
        (output,) = sent(server, "conversation.item.create")
        assert output["item"]["output"] == "found"
        assert (loop.late, loop.cancelled, loop.responses) == (1, 0, 0)
    finally:
        release.set()
        both(conn.close())


def test_filler_after_and_the_filler_texts_are_checked() -> None:
    registry = ToolRegistry()

    def wait() -> None:
        """Waits."""

    with pytest.raises(InvalidArgumentError, match="filler_after"):
        registry.register(filler_after=-1)(wait)
    with pytest.raises(InvalidArgumentError, match="filler_instructions"):
        ToolRegistry(filler_instructions="")
