"""A receive's timeout holds through a reconnect, which goes on in the background (both
drivers: ``both``). Time is a ``ManualClock`` for the backoff: a reconnect ends only when a
test moves it, so a receive that waited for the whole reconnect would never return (each
wait below is bounded by ``result(WAIT)``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import APITimeoutError
from realtime_ext.conversation import ConnectionClosed, ReconnectError, ResponseLostError
from realtime_ext.events import user_text
from realtime_ext.testing import FakeRealtimeServer, ManualClock
from support.waiting import until

from .conftest import WAIT, Both

T = 10.0
SHORT = 0.05  # a caller's timeout the reconnect (on the manual clock) cannot meet
SESSION = {"type": "realtime", "instructions": "Be brief."}
CLEAR = {"type": "input_audio_buffer.clear"}


class Opened:
    """Opens connections with a manual clock, each closed at the end of the test, whatever
    happened: a close ends a reconnect's backoff, so a receive still waiting for it (a
    regression) ends too, and its thread does not outlive the test."""

    def __init__(self, both: Both) -> None:
        self.both = both
        self.conns: list[Any] = []

    def __call__(self, server: FakeRealtimeServer, **kwargs: Any) -> Any:
        both = self.both
        conn = both.connect(server, clock=ManualClock(), **kwargs)
        self.conns.append(conn)
        assert both(conn.recv(T)).type == "session.created"
        both(conn.session.update(session=SESSION))
        assert both(conn.recv(T)).type == "session.updated"
        return conn


@pytest.fixture
def opened(both: Both) -> Iterator[Opened]:
    opener = Opened(both)
    yield opener
    for conn in opener.conns:
        both.start(conn.close).result(WAIT)


def clock_of(conn: Any) -> ManualClock:
    clock = conn._core.reconnector.clock
    assert isinstance(clock, ManualClock)
    return clock


def reconnect_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "realtime-reconnect"]


def left_reconnecting(both: Both, server: FakeRealtimeServer, conn: Any) -> None:
    """The line drops; a receive's time runs out while the reconnect waits out its backoff."""
    server.faults.drop_after(0)
    both(conn.send(CLEAR))
    with pytest.raises(APITimeoutError, match="reconnect goes on in the background"):
        both.start(lambda: conn.recv(SHORT)).result(WAIT)
    clock_of(conn).wait_for_sleepers(1)


def test_a_caller_whose_time_is_up_is_answered_and_the_reconnect_goes_on(
    both: Both, server: FakeRealtimeServer, opened: Opened
) -> None:
    conn = opened(server, max_retries=2)
    server.script.next_response(text="a long answer " * 20)
    server.faults.drop_after(2)  # response.created and one more event, then the cut
    both(conn.response.create())
    assert both(conn.recv(T)).type == "response.created"
    waiting = both.start(lambda: conn.run_until("response.done", timeout=SHORT))
    with pytest.raises(APITimeoutError, match="reconnect goes on in the background"):
        waiting.result(WAIT)
    both(conn.send(CLEAR))  # made meanwhile: queued for the new connection
    clock_of(conn).wait_for_sleepers(1)  # the first attempt's backoff, still under way
    clock_of(conn).advance(1.0)
    # The next receive gets what the caller would have had, had it waited: the response
    # lost with the old session, then the new session's events, the queued send among them.
    with pytest.raises(ResponseLostError) as lost:
        both.start(lambda: conn.recv(T)).result(WAIT)
    assert len(lost.value.response_ids) == 1
    kinds = [both(conn.recv(T)).type for _ in range(2)]
    assert kinds == ["session.created", "session.updated"]
    # What the carry gives the new session (the lost reply's item, as the fake announces
    # it) comes before the queued send, which is not lost.
    kinds = [both(conn.recv(T)).type for _ in range(3)]
    assert "input_audio_buffer.cleared" in kinds, kinds
    assert conn.reconnects == 1
    both(conn.close())


def test_a_reconnect_that_fails_later_reports_what_was_not_sent(
    both: Both, server: FakeRealtimeServer, opened: Opened
) -> None:
    conn = opened(server, max_retries=1)
    server.faults.drop_after(0)  # the item is never confirmed: the line is cut first
    both(conn.conversation.item.create(item=user_text("Remember me.")))
    with pytest.raises(APITimeoutError):
        both.start(lambda: conn.recv(SHORT)).result(WAIT)
    both(conn.send(CLEAR))  # queued
    server.faults.refuse_handshakes(403)  # the one attempt is refused for good
    clock_of(conn).wait_for_sleepers(1)
    clock_of(conn).advance(1.0)
    with pytest.raises(ReconnectError) as failed:
        both.start(lambda: conn.recv(T)).result(WAIT)
    assert [text for text in failed.value.unsent if '"input_audio_buffer.clear"' in text]
    items = failed.value.unconfirmed.items
    assert [item["item"]["content"][0]["text"] for item in items] == ["Remember me."]
    with pytest.raises(ConnectionClosed):  # reported once; then the connection is closed
        both.start(lambda: conn.recv(T)).result(WAIT)
    both(conn.close())


def test_close_stops_a_reconnect_left_in_the_background(
    both: Both, server: FakeRealtimeServer, opened: Opened
) -> None:
    conn = opened(server, max_retries=3, reconnect_delay=60.0)
    left_reconnecting(both, server, conn)
    both.start(conn.close).result(WAIT)  # no clock.advance: the close ends the backoff
    assert reconnect_threads() == []  # nothing of it outlives the close
    with pytest.raises(ReconnectError):  # the receive that sees it end is told
        both.start(lambda: conn.recv(T)).result(WAIT)
    assert len(server.connections) == 1


def test_close_closes_the_connection_a_reconnect_was_opening(
    both: Both, server: FakeRealtimeServer, opened: Opened
) -> None:
    # close_timeout: closing the frozen new connection waits that long for its close frame.
    conn = opened(server, max_retries=2, close_timeout=0.5)
    left_reconnecting(both, server, conn)
    server.faults.freeze_after(0)  # the new connection opens, its first event never comes
    clock_of(conn).advance(1.0)
    until(lambda: len(server.connections) == 2, "the reconnect's new connection")
    # Without the close the attempt would wait its 10 s for session.created.
    both.start(conn.close).result(WAIT / 2)
    assert reconnect_threads() == []
    with pytest.raises(ReconnectError):
        both.start(lambda: conn.recv(T)).result(WAIT)


def test_run_until_timeout_bounds_the_whole_call(
    both: Both, server: FakeRealtimeServer, opened: Opened
) -> None:
    # Each cleared event asks for the next: an endless stream, each event well within the
    # timeout. Applied per event, the timeout would never fire.
    conn = opened(server)

    def ask_again(event: object) -> Any:
        return conn.send(CLEAR)  # a coroutine on asyncio: awaited by the handler call

    conn.on("input_audio_buffer.cleared", ask_again)
    both(conn.send(CLEAR))
    waiting = both.start(lambda: conn.run_until("response.done", timeout=0.3))
    with pytest.raises(APITimeoutError):
        waiting.result(WAIT)
    conn.off("input_audio_buffer.cleared")
    both(conn.close())


# -- moves to a new session: a rollover, and the move after the server ended the session --
STALL = 0.3  # real seconds the new connection's handshake waits (the fake's delay)
EXPIRED = "Your session hit the maximum duration of 60 minutes."


def roll_due(both: Both, server: FakeRealtimeServer, opened: Opened, **kwargs: Any) -> Any:
    """A conversation whose rollover is due (60 s on its manual clock have passed)."""
    conn = opened(server, max_session_duration=60, **kwargs)
    clock_of(conn).advance(61)
    return conn


def expire(server: FakeRealtimeServer, both: Both, conn: Any) -> None:
    """The server ends the session as the API does: session_expired, then a 1001 close."""
    server.send_error(EXPIRED, type="invalid_request_error", code="session_expired")
    server.close_connections(1001, EXPIRED)
    assert both(conn.recv(T)).type == "error"  # handled: the close that follows is a move
    until(lambda: server.connections[0].closed, "the expired session's close")


@pytest.mark.parametrize("reason", ["rollover", "expired"])
def test_a_stalled_move_to_a_new_session_answers_the_caller_in_time(
    both: Both, server: FakeRealtimeServer, opened: Opened, reason: str
) -> None:
    # The move after an expired session waits the reconnect's backoff first: none here.
    conn = (
        roll_due(both, server, opened)
        if reason == "rollover"
        else opened(server, reconnect_delay=0)
    )
    server.faults.delay_handshakes(STALL)  # the new connection's handshake stalls
    if reason == "expired":
        expire(server, both, conn)
    waiting = both.start(lambda: conn.run_until("response.done", timeout=SHORT))
    with pytest.raises(APITimeoutError, match=rf"move to a new session \({reason}\) is under way"):
        waiting.result(WAIT)
    # The move went on in the background: the next receive waits for it and gets the new
    # session's events, the send made meanwhile after what the session is given again.
    both(conn.send(CLEAR))
    assert both(conn.recv(T)).type == "session.created"
    kinds = [both(conn.recv(T)).type for _ in range(2)]
    assert kinds == ["session.updated", "input_audio_buffer.cleared"]
    assert len(server.connections) == 2 and conn.reconnects == 1
    both(conn.close())


def test_a_rollover_that_fails_in_the_background_stays_on_the_old_connection(
    both: Both, server: FakeRealtimeServer, opened: Opened
) -> None:
    conn = roll_due(both, server, opened)
    server.faults.plan_handshake(refuse=503, delay=STALL)  # stalls, then is refused
    with pytest.raises(APITimeoutError, match=r"move to a new session \(rollover\)"):
        both.start(lambda: conn.recv(SHORT)).result(WAIT)
    both(conn.send(CLEAR))  # queued while the move is under way
    # The next receive sees the move fail: the old connection, alive, goes on, and the
    # queued send went out on it.
    assert both(conn.recv(T)).type == "input_audio_buffer.cleared"
    assert conn.reconnects == 0 and server.faults.refused == 1
    assert len(server.received[0]) == 2  # the session.update, then the queued clear
    both(conn.close())


@pytest.mark.parametrize("reason", ["rollover", "expired"])
def test_close_stops_a_stalled_move_to_a_new_session(
    both: Both, server: FakeRealtimeServer, opened: Opened, reason: str
) -> None:
    # close_timeout: closing the frozen new connection waits that long for its close frame.
    if reason == "rollover":
        conn = roll_due(both, server, opened, close_timeout=0.5)
    else:
        conn = opened(server, close_timeout=0.5, reconnect_delay=0)
        expire(server, both, conn)
    server.faults.freeze_after(0)  # the new connection opens, its first event never comes
    with pytest.raises(APITimeoutError, match="move to a new session"):
        both.start(lambda: conn.recv(SHORT)).result(WAIT)
    until(lambda: len(server.connections) == 2, "the move's new connection")
    # Without the close the move would wait its 10 s for session.created.
    both.start(conn.close).result(WAIT / 2)
    assert reconnect_threads() == []  # nothing of it outlives the close
