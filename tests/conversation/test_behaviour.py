"""One behaviour suite for both drivers of the conversation core (``both``: sync and async).

Each test is written once and runs against the blocking and the asyncio conversation, so
the two cannot drift: sends and receives, handlers and their errors, server errors, the
tool loop (including close with tools running), every reconnect path, extensions. Time is
a ``ManualClock``: the tests move it, nothing sleeps for timing.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from realtime_ext import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    Extension,
    RealtimeServerError,
)
from realtime_ext.conversation import (
    ConnectionClosed,
    ReconnectedEvent,
    ReconnectError,
    ReconnectingEvent,
    ResponseLostError,
    ResponseLostEvent,
)
from realtime_ext.testing import FakeRealtimeServer, ManualClock
from realtime_ext.tools import ToolRegistry

from .conftest import WAIT, Both

T = 10.0
SESSION = {"type": "realtime", "instructions": "Be brief."}
CLEAR = {"type": "input_audio_buffer.clear"}


def opened(both: Both, server: FakeRealtimeServer, **kwargs: Any) -> Any:
    """A connection with a restored-on-reconnect session in place."""
    conn = both.connect(server, **kwargs)
    assert both(conn.recv(T)).type == "session.created"
    both(conn.session.update(session=SESSION))
    assert both(conn.recv(T)).type == "session.updated"
    return conn


# -- sending, receiving, handlers, errors -------------------------------------------------
def test_round_trip_with_handlers_in_order(both: Both, server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hi there")
    seen: list[str] = []
    conn = opened(both, server)
    conn.on("response.output_text.delta", lambda e: seen.append("delta"))
    conn.once("response.done", lambda e: seen.append("done once"))
    conn.on("*", lambda e: seen.append(e.type) if e.type == "response.done" else None)
    both(conn.response.create(response={"output_modalities": ["text"]}))
    done = both(conn.run_until("response.done", timeout=T))
    assert done.type == "response.done" and done.response.status == "completed"
    assert seen[-2:] == ["done once", "response.done"] and "delta" in seen
    both(conn.close())
    assert (conn.close_code, conn.close_reason) == (1000, "")


def test_server_error_raises_unless_handled(both: Both, server: FakeRealtimeServer) -> None:
    conn = opened(both, server)
    server.script.error("Bad thing", code="bad", on="response.create")
    both(conn.response.create(event_id="evt_1"))
    with pytest.raises(RealtimeServerError, match="Bad thing") as info:
        both(conn.run_until("response.done", timeout=T))
    assert info.value.event_id == "evt_1" and info.value.code == "bad"
    errors: list[Any] = []
    conn.on("error", errors.append)
    server.script.error("Again", on="response.create")
    both(conn.response.create())
    assert both(conn.run_until("error", timeout=T)) is errors[0]
    both(conn.close())


def test_raising_handler_propagates_and_the_loop_goes_on(
    both: Both, server: FakeRealtimeServer
) -> None:
    after: list[str] = []
    conn = opened(both, server)

    def boom(event: Any) -> None:
        raise ValueError("handler failed")

    conn.on("response.created", boom)
    conn.on("response.created", lambda e: after.append(e.type))
    both(conn.response.create())
    with pytest.raises(ValueError, match="handler failed"):
        both(conn.run_until("response.done", timeout=T))
    assert after == []  # the handlers after the raising one were skipped for that event
    assert conn.off("response.created", boom) == 1
    assert both(conn.run_until("response.done", timeout=T)).type == "response.done"
    both(conn.close())


def test_extension_sees_everything(both: Both, server: FakeRealtimeServer) -> None:
    log: list[str] = []

    class Log(Extension):
        def received(self, event: Any) -> None:
            log.append(f"<- {event.type}")

        def sent(self, payload: dict[str, Any]) -> None:
            log.append(f"-> {payload['type']}")

    conn = both.connect(server)
    conn.add_extension(Log())
    conn.on("response.done", lambda e: log.append("handler"))
    both(conn.response.create())
    both(conn.run_until("response.done", timeout=T))
    assert log[:2] == ["-> response.create", "<- session.created"]
    assert log[-2:] == ["<- response.done", "handler"]
    both(conn.close())


# -- the tool loop ------------------------------------------------------------------------
def tools(gate: threading.Event, started: threading.Event) -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def add(a: int, b: int) -> int:
        """Add."""
        return a + b

    @registry.register
    def wait_for_gate() -> str:
        """Blocks until the test opens the gate."""
        started.set()
        gate.wait(WAIT)
        return "late"

    return registry


def test_tool_loop_answers_then_asks_once(both: Both, server: FakeRealtimeServer) -> None:
    server.script.next_response(function_calls=[("add", {"a": 1, "b": 2}), ("add", {"a": 3})])
    server.script.next_response(text="3")
    conn = opened(both, server)
    runner = conn.run_tools(tools(threading.Event(), threading.Event()))
    both(conn.response.create())
    both(conn.run_until("response.done", timeout=T))  # the calls
    assert both(conn.run_until("response.done", timeout=T)).response.status == "completed"
    sent = server.received[0][2:]
    outputs = [e["item"]["output"] for e in sent if e["type"] == "conversation.item.create"]
    assert sorted(outputs)[0] == "3" and "invalid_arguments" in sorted(outputs)[1]
    assert sent[-1] == {"type": "response.create"}
    assert (runner.calls, runner.responses, runner.failures) == (2, 1, [])
    both(conn.close())


def test_close_with_tools_running_sends_nothing_after(
    both: Both, server: FakeRealtimeServer
) -> None:
    gate, started = threading.Event(), threading.Event()
    server.script.next_response(function_call=("wait_for_gate", {}))
    conn = opened(both, server)
    runner = conn.run_tools(tools(gate, started))
    both(conn.response.create())
    both(conn.run_until("response.done", timeout=T))
    assert started.wait(WAIT)
    both(conn.close())  # returns while the tool still runs
    gate.set()
    assert conn.close_code == 1000
    assert [e["type"] for e in server.received[0]] == ["session.update", "response.create"]
    assert (runner.calls, runner.responses, runner.failures) == (0, 0, [])


def test_tool_timeout_goes_back_to_the_model(both: Both, server: FakeRealtimeServer) -> None:
    gate, started = threading.Event(), threading.Event()
    server.script.next_response(function_call=("wait_for_gate", {}))
    conn = opened(both, server)
    runner = conn.run_tools(tools(gate, started), timeout=0.05)
    both(conn.response.create())
    both(conn.run_until("response.done", timeout=T))  # the call
    both(conn.run_until("response.done", timeout=T))  # the answer to the timeout output
    gate.set()
    item = server.received[0][2]["item"]
    assert item["type"] == "function_call_output" and '"timeout"' in item["output"]
    assert runner.calls == 1
    both(conn.close())


# -- reconnect ----------------------------------------------------------------------------
def test_drop_reconnects_restores_and_flushes_sends_made_meanwhile(
    both: Both, server: FakeRealtimeServer
) -> None:
    clock = ManualClock()
    hooks: list[ReconnectingEvent] = []
    told: list[ReconnectedEvent] = []

    def on_reconnecting(event: ReconnectingEvent) -> dict[str, Any]:
        hooks.append(event)
        return {"extra_headers": {"X-Attempt": "1"}}

    conn = opened(
        both,
        server,
        clock=clock,
        max_retries=3,
        reconnect_delay=0.5,
        headers={"X-App": "demo"},
        on_reconnecting=on_reconnecting,
        on_reconnected=told.append,
    )
    server.faults.drop_after(0)
    both(conn.send({"type": "input_audio_buffer.clear", "event_id": "trigger"}))
    receiving = both.start(lambda: conn.run_until("input_audio_buffer.cleared", timeout=T))
    clock.wait_for_sleepers(1)  # the receiver saw the drop and waits out the backoff
    both(conn.input_audio_buffer.clear())  # queued, not lost, not raised
    clock.advance(0.5)
    assert receiving.result(WAIT).type == "input_audio_buffer.cleared"
    assert server.received[1] == [{"type": "session.update", "session": SESSION}, CLEAR]
    assert [(h.attempt, h.max_attempts, h.close_code) for h in hooks] == [(1, 3, 1006)]
    assert 0.375 <= clock.sleeps[0] <= 0.5 and hooks[0].extra_headers == {"X-App": "demo"}
    assert server.connections[1].headers["x-attempt"] == "1"
    assert told == [ReconnectedEvent(1, 1006, told[0].url, True, 1)]
    assert conn.reconnects == 1
    both(conn.close())


def test_refused_handshakes_are_retried_with_backoff(
    both: Both, server: FakeRealtimeServer
) -> None:
    clock = ManualClock()
    conn = opened(both, server, clock=clock, max_retries=4, reconnect_delay=1.0)
    server.faults.refuse_handshakes(503, count=2)
    server.faults.drop_after(0, code=1011)  # a clean close with a recoverable code
    both(conn.send(CLEAR))
    receiving = both.start(lambda: conn.run_until("session.updated", timeout=T))
    for attempt in (1, 2, 3):
        clock.wait_for_sleepers(1)
        clock.advance(2.0**attempt)
    assert receiving.result(WAIT).type == "session.updated"
    for attempt, delay in enumerate(clock.sleeps, start=1):
        assert 0.75 * 2 ** (attempt - 1) <= delay <= 2 ** (attempt - 1)
    assert server.faults.refused == 2 and len(server.connections) == 2
    both(conn.close())


def test_auth_refusal_stops_and_reports_unsent(both: Both, server: FakeRealtimeServer) -> None:
    clock = ManualClock()
    conn = opened(both, server, clock=clock, max_retries=5)
    server.faults.refuse_handshakes(401, message="Incorrect API key provided: sk-test.")
    server.faults.drop_after(0)
    both(conn.send(CLEAR))
    receiving = both.start(lambda: conn.recv(T))
    clock.wait_for_sleepers(1)
    both(conn.send(CLEAR))
    clock.advance(1.0)
    with pytest.raises(ReconnectError) as info:
        receiving.result(WAIT)
    assert info.value.attempts == 1 and info.value.close_code == 1006
    assert isinstance(info.value.__cause__, AuthenticationError)
    assert info.value.unsent == ['{"type":"input_audio_buffer.clear"}']
    with pytest.raises(APIConnectionError, match="1006") as again:  # given up for good
        both(conn.recv(T))
    assert not isinstance(again.value, ReconnectError)
    assert len(server.connections) == 1
    both(conn.close())


def test_hook_abort_and_failing_hook(both: Both, server: FakeRealtimeServer) -> None:
    conn = opened(both, server, max_retries=5, on_reconnecting=lambda e: {"abort": True})
    server.faults.drop_after(0)
    both(conn.response.create())
    with pytest.raises(ReconnectError) as info:
        both(conn.recv(T))
    assert info.value.attempts == 0 and len(server.connections) == 1
    both(conn.close())

    def broken(event: ReconnectingEvent) -> None:
        raise RuntimeError("hook broke")

    conn = opened(both, server, max_retries=5, on_reconnecting=broken)
    server.faults.drop_after(0)
    both(conn.response.create())
    with pytest.raises(ReconnectError) as info:
        both(conn.recv(T))
    assert isinstance(info.value.__cause__, RuntimeError)
    both(conn.close())


@pytest.mark.parametrize("code", [1000, 1008, 4001])
def test_non_recoverable_close_is_not_reconnected(
    both: Both, server: FakeRealtimeServer, code: int
) -> None:
    conn = opened(both, server, max_retries=3)
    server.close_connections(code, "bye")
    with pytest.raises(Exception) as info:
        both(conn.recv(T))
    assert type(info.value).__name__ == "ConnectionClosed"
    if code == 1000:
        both(conn.dispatch_events())  # it ends quietly on the server's normal close
    else:  # any other close is reported, never the quiet end of the conversation
        with pytest.raises(ConnectionClosed) as again:
            both(conn.dispatch_events())
        assert (again.value.code, again.value.reason) == (code, "bye")
    assert conn.close_code == code and len(server.connections) == 1


def test_close_interrupts_a_reconnect_backoff(both: Both, server: FakeRealtimeServer) -> None:
    clock = ManualClock()
    conn = opened(both, server, clock=clock, max_retries=3, reconnect_delay=60.0)
    server.faults.drop_after(0)
    both(conn.send(CLEAR))
    receiving = both.start(lambda: conn.recv(T))
    clock.wait_for_sleepers(1)
    both(conn.close())  # no clock.advance: the close itself ends the wait
    with pytest.raises(ReconnectError):
        receiving.result(WAIT)
    assert len(server.connections) == 1


# -- the rollover before the session's own end -------------------------------------------
@pytest.mark.parametrize("duration", ["default", None])
def test_a_session_that_ends_before_max_session_duration_rolls_over_before_its_end(
    both: Both, server: FakeRealtimeServer, duration: str | None
) -> None:
    # The server's sessions last 10 minutes (session.created's expires_at says so), less
    # than max_session_duration (55 minutes by default): the rollover falls due before that
    # end (100 s before: a sixth of the session's life, 5 minutes at most), not after it.
    # max_session_duration=None turns the rollover off, whatever the session says.
    server.max_session_seconds = 600
    clock = ManualClock()
    told: list[ReconnectedEvent] = []
    kwargs: dict[str, Any] = {} if duration == "default" else {"max_session_duration": None}
    conn = opened(both, server, clock=clock, on_reconnected=told.append, **kwargs)
    try:
        clock.advance(510)  # past the due time, before the end: a quiet point, so it rolls
        if duration is None:
            with pytest.raises(APITimeoutError):
                both(conn.recv(0))
            assert told == [] and len(server.connections) == 1
            return
        assert both(conn.recv(T)).type == "session.created"  # the new session's
        assert [event.reason for event in told] == ["rollover"]
        assert len(server.connections) == 2 and server.sessions_expired == 0
        assert server.received[1][0] == {"type": "session.update", "session": SESSION}
    finally:
        both(conn.close())


# -- responses lost to a new server session -----------------------------------------------
def drop_mid_response(both: Both, server: FakeRealtimeServer, **kwargs: Any) -> tuple[Any, Any]:
    """A response starts, the socket is cut, the reconnect gets a new session."""
    clock = ManualClock()
    conn = opened(both, server, clock=clock, max_retries=2, **kwargs)
    server.script.next_response(text="a long answer " * 20)
    server.faults.drop_after(2)  # response.created and one more event, then the cut
    both(conn.response.create())
    created = both(conn.recv(T))
    assert created.type == "response.created"
    return conn, (clock, created.response.id)


def test_lost_response_raises_once_then_receiving_goes_on(
    both: Both, server: FakeRealtimeServer
) -> None:
    conn, (clock, response_id) = drop_mid_response(both, server)
    receiving = both.start(lambda: conn.run_until("response.done", timeout=T))
    clock.wait_for_sleepers(1)
    clock.advance(1.0)
    with pytest.raises(ResponseLostError) as info:  # instead of waiting forever
        receiving.result(WAIT)
    assert info.value.response_ids == (response_id,) and info.value.requests == 0
    assert info.value.close_code == 1006 and response_id in str(info.value)
    # The connection is back: the new session's events follow, nothing was skipped.
    assert both(conn.recv(T)).type == "session.created"
    assert both(conn.recv(T)).type == "session.updated"
    both(conn.response.create())
    assert both(conn.run_until("response.done", timeout=T)).response.status == "completed"
    both(conn.close())


def test_lost_response_goes_to_a_response_lost_handler(
    both: Both, server: FakeRealtimeServer
) -> None:
    lost: list[ResponseLostEvent] = []
    conn, (clock, response_id) = drop_mid_response(both, server)
    conn.on("response.lost", lost.append)
    receiving = both.start(lambda: conn.run_until("session.updated", timeout=T))
    clock.wait_for_sleepers(1)
    clock.advance(1.0)
    assert receiving.result(WAIT).type == "session.updated"
    assert lost == [ResponseLostEvent((response_id,), 0, 1006)]
    assert lost[0].type == "response.lost"
    both(conn.close())


def test_unanswered_request_counts_as_lost(both: Both, server: FakeRealtimeServer) -> None:
    clock = ManualClock()
    conn = opened(both, server, clock=clock, max_retries=2)
    server.faults.drop_after(0)  # the response.create is never answered
    both(conn.response.create())
    receiving = both.start(lambda: conn.recv(T))
    clock.wait_for_sleepers(1)
    clock.advance(1.0)
    with pytest.raises(ResponseLostError) as info:
        receiving.result(WAIT)
    assert (info.value.response_ids, info.value.requests) == ((), 1)
    both(conn.close())


def test_nothing_owed_nothing_lost(both: Both, server: FakeRealtimeServer) -> None:
    clock = ManualClock()
    conn = opened(both, server, clock=clock, max_retries=2)
    server.script.next_response(text="short")
    both(conn.response.create())
    # response.done ends the response, as on the real API; on OpenAI's route
    # rate_limits.updated follows it.
    both(conn.run_until("response.done", timeout=T))
    assert both(conn.recv(T)).type == "rate_limits.updated"
    server.faults.drop_after(0)
    both(conn.input_audio_buffer.clear())
    receiving = both.start(lambda: conn.recv(T))
    clock.wait_for_sleepers(1)
    clock.advance(1.0)
    assert receiving.result(WAIT).type == "session.created"
    both(conn.close())


def test_dropped_connections_make_no_stderr_noise(
    both: Both,
    server: FakeRealtimeServer,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    conn = opened(both, server, max_retries=0)  # the drop is reported, not reconnected
    server.script.next_response(text="many words " * 50)
    server.faults.drop_after(3)
    both(conn.response.create())
    with pytest.raises(APIConnectionError):
        both(conn.run_until("response.done", timeout=T))
    both(conn.close())
    server.stop()  # the server's loop has handled the cut socket's remaining writes
    # asyncio logs it (to stderr when the app has no logging set up) for each write to a
    # cut socket after the fifth.
    assert "socket.send() raised exception" not in capfd.readouterr().err + caplog.text


def test_asking_again_from_on_reconnected_is_enough(both: Both, server: FakeRealtimeServer) -> None:
    holder: list[Any] = []

    def ask_again(event: ReconnectedEvent) -> Any:
        return holder[0].response.create()  # a coroutine on asyncio: awaited by the hook call

    conn, (clock, _) = drop_mid_response(both, server, on_reconnected=ask_again)
    holder.append(conn)
    receiving = both.start(lambda: conn.run_until("response.done", timeout=T))
    clock.wait_for_sleepers(1)
    clock.advance(1.0)
    assert receiving.result(WAIT).response.status == "completed"
    both(conn.close())
