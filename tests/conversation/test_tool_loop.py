"""The automatic tool loop end to end: parallel calls in one response, async tools run
concurrently, sync ones in threads, one ``response.create`` after all outputs; failures and
timeouts go back to the model as structured output; a call still running when the connection
drops answers in the new session that was given it with the history, and is abandoned when the
new session was not (the policy in docs/guides/websocket.md)."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from realtime_ext.connection import aconnect, connect
from realtime_ext.conversation import ResponseLostError, ResponseLostEvent
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import ToolRegistry
from support.waiting import async_until, until

from .conftest import WAIT, Both

T = 10.0


def make_registry(log: list[str], release: threading.Event) -> ToolRegistry:
    """``release`` frees the slow tool once the test is done with it."""
    registry = ToolRegistry()
    started: set[str] = set()  # both weather calls must be running at once to finish

    @registry.register
    async def get_weather(city: str) -> dict[str, Any]:
        """The weather in a city."""
        log.append(f"start {city}")
        started.add(city)
        # A rendezvous, not a delay: serial calls never both start and so time out (0.5 s).
        await async_until(lambda: len(started) == 2, "both weather calls to start", T)
        log.append(f"end {city}")
        return {"city": city, "temp_c": 21}

    @registry.register
    def add(a: int, b: int) -> int:
        """Add two numbers (sync: runs in a worker thread)."""
        log.append(f"add in {threading.current_thread().name}")
        return a + b

    @registry.register
    def broken(reason: str) -> str:
        """Always fails."""
        raise RuntimeError(f"cannot: {reason}")

    @registry.register
    def slow() -> str:
        """Too slow for the loop's timeout: it waits until the test releases it."""
        release.wait(T)
        return "late"

    return registry


def plan(server: FakeRealtimeServer) -> None:
    server.script.next_response(
        function_calls=[
            ("get_weather", {"city": "Paris"}),
            ("get_weather", {"city": "Oslo"}),
            ("add", {"a": 2, "b": 3}),
            ("broken", {"reason": "disk full"}),
            ("add", {"a": "two"}),
            ("nope", {}),
            ("slow", {}),
        ]
    )
    server.script.next_response(text="All answered.")


def outputs(server: FakeRealtimeServer) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    sent = server.received[0]
    first = next(i for i, e in enumerate(sent) if e["type"] == "conversation.item.create")
    tail = sent[first : first + 8]
    # Seven outputs, then exactly one response.create (then only what the test sent).
    assert all(e["type"] != "conversation.item.create" for e in sent[first + 8 :])
    assert [e["type"] for e in tail] == ["conversation.item.create"] * 7 + ["response.create"]
    by_call = {e["item"]["call_id"]: json.loads(e["item"]["output"]) for e in tail[:-1]}
    return by_call, tail


def check(server: FakeRealtimeServer, calls_done: Any, log: list[str]) -> None:
    items = calls_done.to_dict()["response"]["output"]
    assert [item["name"] for item in items] == [
        "get_weather", "get_weather", "add", "broken", "add", "nope", "slow"
    ]  # fmt: skip
    by_call, _ = outputs(server)
    results = [by_call[item["call_id"]] for item in items]
    assert results[0] == {"city": "Paris", "temp_c": 21}
    assert results[1] == {"city": "Oslo", "temp_c": 21}
    assert results[2] == 5
    assert results[3]["error"]["type"] == "tool_error"
    assert "disk full" in results[3]["error"]["message"]
    assert results[4]["error"]["type"] == "invalid_arguments"
    assert results[5]["error"]["type"] == "unknown_tool"
    assert results[6]["error"] == {
        "type": "timeout",
        "message": "tool 'slow' did not finish within 0.5 s",
    }
    # The two async calls overlapped (concurrent, not one after the other).
    assert log.index("start Oslo") < log.index("end Paris")
    assert any(entry.startswith("add in") and "MainThread" not in entry for entry in log)


def test_sync_tool_loop_answers_parallel_calls_then_one_response(
    server: FakeRealtimeServer,
) -> None:
    plan(server)
    log: list[str] = []
    release = threading.Event()
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        runner = conn.run_tools(make_registry(log, release), timeout=0.5)
        conn.response.create()
        calls_done = conn.run_until("response.done", timeout=T)
        answer = conn.run_until("response.done", timeout=T)
        assert answer.to_dict()["response"]["output"][0]["content"][0]["transcript"] == (
            "All answered."
        )
        assert (runner.calls, runner.responses, runner.failures) == (7, 1, [])
        runner.stop()
        conn.response.create()  # a plain response: nothing more to answer
        conn.run_until("response.done", timeout=T)
    release.set()
    check(server, calls_done, log)


async def test_async_tool_loop_answers_parallel_calls_then_one_response(
    server: FakeRealtimeServer,
) -> None:
    plan(server)
    log: list[str] = []
    release = threading.Event()
    async with aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        runner = conn.run_tools(make_registry(log, release), timeout=0.5)
        await conn.response.create()
        calls_done = await conn.run_until("response.done", timeout=T)
        answer = await conn.run_until("response.done", timeout=T)
        transcript = answer.to_dict()["response"]["output"][0]["content"][0]["transcript"]
        assert transcript == "All answered."
        assert (runner.calls, runner.responses, runner.failures) == (7, 1, [])
    release.set()
    check(server, calls_done, log)


async def test_async_tool_loop_works_while_iterating(server: FakeRealtimeServer) -> None:
    server.script.next_response(function_call=("add", {"a": 40, "b": 2}))
    server.script.next_response(text="42")
    log: list[str] = []
    done = 0
    async with aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        conn.run_tools(make_registry(log, threading.Event()))
        await conn.response.create()
        async for event in conn:
            if event.type_ == "response.done":
                done += 1
                if done == 2:
                    break
    by_call = [e for e in server.received[0] if e["type"] == "conversation.item.create"]
    assert [json.loads(e["item"]["output"]) for e in by_call] == [42]


def test_run_tools_needs_a_registry(server: FakeRealtimeServer) -> None:
    with connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn:
        with pytest.raises(TypeError, match="ToolRegistry"):
            conn.run_tools({"add": print})  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="timeout"):
            conn.run_tools(ToolRegistry(), timeout=0)


SESSION = {"type": "realtime", "instructions": "Be brief."}
CLEAR = {"type": "input_audio_buffer.clear"}


def gated_lookup() -> tuple[ToolRegistry, threading.Event, threading.Event]:
    """A registry whose ``lookup`` blocks until the test opens the gate; and the gate, and
    the event set when the tool starts."""
    gate, started = threading.Event(), threading.Event()
    registry = ToolRegistry()

    @registry.register
    def lookup(city: str) -> str:
        """Blocks until the test opens the gate (after the session is lost)."""
        started.set()
        gate.wait(WAIT)
        return f"sunny in {city}"

    return registry, gate, started


@pytest.mark.parametrize("drops", [1, 2])
def test_a_call_running_when_the_connection_drops_answers_in_the_new_session(
    both: Both, server: FakeRealtimeServer, drops: int
) -> None:
    registry, gate, started = gated_lookup()
    server.script.next_response(function_call=("lookup", {"city": "Paris"}))
    server.script.next_response(text="It is sunny in Paris.")
    conn = both.connect(server, max_retries=3, reconnect_delay=0.01)
    try:
        assert both(conn.recv(T)).type == "session.created"
        both(conn.session.update(session=SESSION))
        assert both(conn.recv(T)).type == "session.updated"
        runner = conn.run_tools(registry)
        lost: list[ResponseLostEvent] = []
        conn.on("response.lost", lost.append)
        both(conn.response.create())
        calls = both(conn.run_until("response.done", timeout=T))
        call = calls.response.output[0]
        assert call.type == "function_call"
        assert started.wait(WAIT)  # the tool runs: its answer is owed

        # The connection drops before the tool answers; the reconnect gets a new session,
        # given the history: the call is in it. A second drop may come before that session
        # confirmed the call: the next one is given it all the same (sent again, unconfirmed).
        for _ in range(drops):
            server.faults.drop_after(0)  # the answer to CLEAR is never sent: TCP cut (1006)
            both(conn.send(CLEAR))
            assert both(conn.run_until("session.updated", timeout=T)).type == "session.updated"
        gate.set()  # the tool finishes now, in the new session
        # Nothing was lost: the loop answers there and asks for the next response.
        done = both(conn.run_until("response.done", timeout=T))
        assert done.response.output[0].type == "message"
    finally:
        gate.set()
        both(conn.close())
    assert lost == []
    assert len(server.connections) == 1 + drops
    # (A CLEAR the drop kept its session from confirming is sent again: not this test's.)
    new_session = [event for event in server.received[-1] if event != CLEAR]
    assert new_session[0] == {"type": "session.update", "session": SESSION}
    carried = new_session[1]
    assert carried["type"] == "conversation.item.create"
    assert carried["item"]["type"] == "function_call"
    assert carried["item"]["call_id"] == call.call_id
    output, follow_up = new_session[2:]
    assert output["item"]["type"] == "function_call_output"
    assert (output["item"]["call_id"], output["item"]["output"]) == (
        call.call_id,
        "sunny in Paris",
    )
    assert follow_up == {"type": "response.create"}
    assert (runner.abandoned, runner.calls, runner.responses, runner.failures) == (0, 1, 1, [])


def test_a_call_running_when_the_session_expires_answers_in_the_next_one(
    both: Both, server: FakeRealtimeServer
) -> None:
    # The API ends a session at its maximum duration (error session_expired, then 1001),
    # whatever runs: here a tool, whose answer goes to the session the conversation moves to.
    registry, gate, started = gated_lookup()
    server.script.next_response(function_call=("lookup", {"city": "Paris"}))
    server.script.next_response(text="It is sunny in Paris.")
    server.max_session_seconds = 3.0  # the first session's (read as each one opens)
    conn = both.connect(server, max_session_duration=None)
    try:
        assert both(conn.recv(T)).type == "session.created"
        server.max_session_seconds = None
        both(conn.session.update(session=SESSION))
        runner = conn.run_tools(registry)
        both(conn.response.create())
        assert both(conn.run_until("response.done", timeout=T)).response.output[0].type == (
            "function_call"
        )
        assert started.wait(WAIT)
        # The cap ends the session while the tool runs; the new one is given the call.
        assert both(conn.run_until("session.created", timeout=T)).type == "session.created"
        gate.set()
        done = both(conn.run_until("response.done", timeout=T))
        assert done.response.output[0].type == "message"
    finally:
        gate.set()
        both(conn.close())
    assert server.sessions_expired == 1 and len(server.connections) == 2
    sent = [event["type"] for event in server.received[1]]
    assert sent == [
        "session.update",
        "conversation.item.create",  # the call
        "conversation.item.create",  # its output
        "response.create",
    ]
    assert (runner.abandoned, runner.calls, runner.responses) == (0, 1, 1)


@pytest.mark.parametrize("told_by", ["ResponseLostError", "response.lost"])
def test_calls_not_given_to_the_new_session_are_abandoned_not_answered_there(
    both: Both, server: FakeRealtimeServer, told_by: str
) -> None:
    registry, gate, started = gated_lookup()
    server.script.next_response(function_call=("lookup", {"city": "Paris"}))
    # carry="session": the new session gets the configuration only, not the call.
    conn = both.connect(server, max_retries=3, reconnect_delay=0.01, carry="session")
    try:
        assert both(conn.recv(T)).type == "session.created"
        both(conn.session.update(session=SESSION))
        assert both(conn.recv(T)).type == "session.updated"
        runner = conn.run_tools(registry)
        lost: list[ResponseLostEvent] = []
        if told_by == "response.lost":
            conn.on("response.lost", lost.append)
        both(conn.response.create())
        # response.done is the response's last event (as recorded from the API): the drop,
        # armed after it, cannot fall on the response, and the CLEAR below is this session's.
        calls = both(conn.run_until("response.done", timeout=T))
        assert calls.response.output[0].type == "function_call"
        assert started.wait(WAIT)  # the tool runs: its answer is owed to this session

        # The connection drops before the tool answers; the reconnect gets a new session.
        server.faults.drop_after(0)  # the answer to CLEAR is never sent: TCP cut (1006)
        both(conn.send(CLEAR))
        if told_by == "ResponseLostError":
            with pytest.raises(ResponseLostError) as info:
                both(conn.run_until("response.done", timeout=T))
            # Nothing was streaming; the follow-up response.create the loop owed is lost.
            assert (info.value.response_ids, info.value.requests) == ((), 1)
            assert info.value.close_code == 1006
        else:
            assert both(conn.run_until("session.updated", timeout=T)).type == "session.updated"
            assert lost == [ResponseLostEvent((), 1, 1006)]

        gate.set()  # the tool finishes now, on the new session's watch
        until(lambda: runner.abandoned == 1, "the tool loop to abandon the call")
        # A round trip on the new session: whatever the loop would have sent is in by now.
        both(conn.send(CLEAR))
        both(conn.run_until("input_audio_buffer.cleared", timeout=T))
    finally:
        gate.set()
        both(conn.close())
    assert len(server.connections) == 2
    # The new session got the restored session and the app's own send: no
    # function_call_output (its call_id means nothing there), no response.create. Not the
    # first CLEAR either, even when the drop reached the client while its write was under
    # way: that send counts as the lost session's (tests/conversation/test_send_at_drop.py).
    assert server.received[1] == [{"type": "session.update", "session": SESSION}, CLEAR]
    assert (runner.abandoned, runner.calls, runner.responses, runner.failures) == (1, 0, 0, [])
