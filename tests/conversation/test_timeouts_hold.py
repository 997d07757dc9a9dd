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
