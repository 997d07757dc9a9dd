"""Opt-in reconnect against the fake server's faults: the session is restored, the app is
told, sends made meanwhile are queued (bounded) and delivered, bad closes do not reconnect."""

from __future__ import annotations

import asyncio
import random
import threading
from typing import Any

import pytest

from realtime_ext import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InvalidArgumentError,
)
from realtime_ext._base.policy import reconnector_of
from realtime_ext._base.reconnect import Reconnector
from realtime_ext.connection import RealtimeConnection, aconnect, connect
from realtime_ext.conversation import (
    ConnectionClosed,
    ReconnectedEvent,
    ReconnectError,
    ReconnectingEvent,
    ReconnectingOverrides,
    ReconnectPolicy,
    ResponseLostError,
    SendQueueFullError,
)
from realtime_ext.testing import FakeRealtimeServer

from .conftest import Both

T = 10.0
DELAY = 0.02
SESSION = {"type": "realtime", "instructions": "Be brief."}
CLEAR = {"type": "input_audio_buffer.clear"}
TRIGGER = {"type": "input_audio_buffer.clear", "event_id": "trigger"}


def open_sync(server: FakeRealtimeServer, **kwargs: Any) -> RealtimeConnection:
    conn = connect(
        api_key="sk-test",
        base_url=server.base_url,
        model="gpt-realtime",
        reconnect_delay=DELAY,
        **kwargs,
    )
    assert conn.recv(T).type_ == "session.created"
    conn.session.update(session=SESSION)
    assert conn.recv(T).type_ == "session.updated"
    return conn


def test_sync_drop_reconnects_restores_session_and_flushes_queued_sends(
    server: FakeRealtimeServer,
) -> None:
    hooks: list[ReconnectingEvent] = []
    told: list[ReconnectedEvent] = []
    holder: list[RealtimeConnection] = []

    def on_reconnecting(event: ReconnectingEvent) -> Any:
        hooks.append(event)
        holder[0].send(CLEAR)  # made while reconnecting: queued, sent on the new socket
        return {"extra_headers": {**event.extra_headers, "X-Attempt": str(event.attempt)}}

    conn = open_sync(
        server,
        max_retries=3,
        headers={"X-App": "demo"},
        on_reconnecting=on_reconnecting,
        on_reconnected=told.append,
    )
    holder.append(conn)
    with conn:
        server.faults.drop_after(0)  # the next server event is never sent: TCP cut
        conn.send(TRIGGER)  # owes no response: nothing is lost (see the lost-response tests)
        assert conn.recv(T).type_ == "session.created"  # the new connection's first event
        assert conn.recv(T).type_ == "session.updated"  # our restored session
        assert conn.recv(T).type_ == "input_audio_buffer.cleared"  # the queued send
    assert server.faults.dropped == 1 and len(server.connections) == 2
    assert server.received[1] == [{"type": "session.update", "session": SESSION}, CLEAR]
    assert [(h.attempt, h.max_attempts, h.close_code) for h in hooks] == [(1, 3, 1006)]
    assert DELAY * 0.75 <= hooks[0].delay <= DELAY
    assert hooks[0].extra_headers == {"X-App": "demo"}  # never the Authorization header
    headers = server.connections[1].headers
    assert headers["authorization"] == "Bearer sk-test" and headers["x-attempt"] == "1"
    assert headers["x-app"] == "demo"
    assert told == [ReconnectedEvent(1, 1006, conn._core.reconnector.url, True, 1)]
    assert conn.reconnects == 1


def test_sync_sends_from_other_threads_during_a_reconnect_are_queued(
    server: FakeRealtimeServer,
) -> None:
    # The Reconnector has no lock: the blocking driver steps flows one thread at a time, so
    # a send from another thread (a tool's, the app's) sees the reconnect and is queued.
    holder: list[RealtimeConnection] = []
    sent_from: list[str] = []

    def send_elsewhere() -> None:
        holder[0].send(CLEAR)
        sent_from.append(threading.current_thread().name)

    def on_reconnecting(event: ReconnectingEvent) -> None:
        worker = threading.Thread(target=send_elsewhere, name="elsewhere")
        worker.start()
        worker.join(T)  # the receiving thread waits in the hook, outside any step

    conn = open_sync(server, max_retries=3, on_reconnecting=on_reconnecting)
    holder.append(conn)
    with conn:
        server.faults.drop_after(0)
        conn.send(TRIGGER)
        assert conn.recv(T).type_ == "session.created"
        assert conn.recv(T).type_ == "session.updated"
        assert conn.recv(T).type_ == "input_audio_buffer.cleared"
    assert sent_from == ["elsewhere"]
    assert server.received[1] == [{"type": "session.update", "session": SESSION}, CLEAR]


def test_sync_refused_handshake_is_retried_with_backoff(server: FakeRealtimeServer) -> None:
    hooks: list[ReconnectingEvent] = []
    with open_sync(server, max_retries=4, on_reconnecting=hooks.append) as conn:
        server.faults.refuse_handshakes(503, count=2)
        server.faults.drop_after(0, code=1011)  # a clean close with a recoverable code
        conn.send(TRIGGER)
        assert conn.run_until("session.updated", timeout=T).type_ == "session.updated"
    assert [h.attempt for h in hooks] == [1, 2, 3]
    assert all(h.close_code == 1011 for h in hooks)
    for hook in hooks:
        step = DELAY * 2 ** (hook.attempt - 1)
        assert 0.75 * step <= hook.delay <= step
    assert server.faults.refused == 2 and len(server.connections) == 2


def test_sync_auth_refusal_stops_and_reports_unsent(server: FakeRealtimeServer) -> None:
    holder: list[RealtimeConnection] = []

    def on_reconnecting(event: ReconnectingEvent) -> None:
        holder[0].send(CLEAR)

    conn = open_sync(server, max_retries=5, on_reconnecting=on_reconnecting)
    holder.append(conn)
    with conn:
        server.faults.refuse_handshakes(401, message="Incorrect API key provided: sk-test.")
        server.faults.drop_after(0)
        conn.response.create()
        with pytest.raises(ReconnectError) as info:
            conn.recv(T)
        # Given up for good: the next receive reports the lost socket, no new attempt.
        with pytest.raises(APIConnectionError, match="1006") as again:
            conn.recv(T)
        assert not isinstance(again.value, ReconnectError)
    assert server.faults.refused == 1 and len(server.connections) == 1
    assert info.value.attempts == 1 and info.value.close_code == 1006
    assert isinstance(info.value.__cause__, AuthenticationError)
    assert info.value.unsent == ['{"type":"input_audio_buffer.clear"}']
    assert isinstance(info.value, APIConnectionError)


def test_sync_hook_can_abort_and_queue_is_bounded(server: FakeRealtimeServer) -> None:
    holder: list[RealtimeConnection] = []
    refused: list[Exception] = []

    def on_reconnecting(event: ReconnectingEvent) -> Any:
        try:
            holder[0].send({"type": "input_audio_buffer.append", "audio": "AAAA" * 100})
        except SendQueueFullError as exc:
            refused.append(exc)
        return {"abort": True}

    conn = open_sync(server, max_retries=5, max_queued_bytes=64, on_reconnecting=on_reconnecting)
    holder.append(conn)
    with conn:
        server.faults.drop_after(0)
        conn.response.create()
        with pytest.raises(ReconnectError) as info:
            conn.recv(T)
    assert len(refused) == 1 and "max_queued_bytes=64" in str(refused[0])
    assert info.value.unsent == [] and info.value.attempts == 0
    assert len(server.connections) == 1


@pytest.mark.parametrize("code", [1000, 1008, 4001])
def test_sync_non_recoverable_close_does_not_reconnect(
    server: FakeRealtimeServer, code: int
) -> None:
    with open_sync(server, max_retries=3) as conn:
        server.close_connections(code, "bye")
        if code == 1000:
            assert list(conn) == []  # the server's normal close ends the loop quietly
        else:
            with pytest.raises(ConnectionClosed, match=f"{code}: bye"):
                list(conn)  # any other close is reported, not a quiet end
        assert conn.close_code == code
    assert len(server.connections) == 1


def test_sync_reconnect_is_on_by_default(server: FakeRealtimeServer) -> None:
    with open_sync(server) as conn:
        server.faults.drop_after(0)
        conn.response.create()
        with pytest.raises(ResponseLostError) as info:  # reconnected; the request was lost
            conn.recv(T)
        assert info.value.requests == 1 and conn.reconnects == 1
        assert [r["type"] for r in info.value.unconfirmed.responses] == ["response.create"]
    assert len(server.connections) == 2


def test_sync_max_retries_0_turns_reconnect_off(server: FakeRealtimeServer) -> None:
    with open_sync(server, max_retries=0) as conn:
        server.faults.drop_after(0)
        conn.response.create()
        with pytest.raises(APIConnectionError, match="1006") as info:
            conn.recv(T)
        assert isinstance(info.value, ConnectionClosed) and conn.close_code == 1006
        assert [r["type"] for r in info.value.unconfirmed.responses] == ["response.create"]
    assert len(server.connections) == 1


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = Reconnector(url="ws://x", max_retries=8, initial_delay=0.5, max_delay=4.0)
    delays = [event.delay for event in policy.attempts(1006)]
    for attempt, delay in enumerate(delays, start=1):
        step = min(0.5 * 2 ** (attempt - 1), 4.0)
        assert 0.75 * step <= delay <= step
    assert len(delays) == 8
    with pytest.raises(ValueError, match="max_retries"):
        Reconnector(url="ws://x", max_retries=-1)


def test_injected_jitter_gives_exact_delays() -> None:
    # The jitter is a parameter: a seeded generator or a fixed sequence makes every delay
    # known in advance (the cap applies before the jitter).
    draws = iter([0.0, 0.5, 1.0, 0.25, 0.0])
    policy = Reconnector(
        url="ws://x", max_retries=5, initial_delay=0.5, max_delay=4.0, jitter=lambda: next(draws)
    )
    assert [event.delay for event in policy.attempts(1006)] == [0.375, 0.875, 2.0, 3.25, 3.0]

    seeded = random.Random(7)
    expected = [min(0.5 * 2 ** (n - 1), 4.0) * (0.75 + seeded.random() * 0.25) for n in (1, 2, 3)]
    same_seed = random.Random(7).random
    policy = Reconnector(url="ws://x", max_retries=3, max_delay=4.0, jitter=same_seed)
    assert [event.delay for event in policy.attempts(1006)] == expected


# -- async -------------------------------------------------------------------------------
async def test_async_drop_reconnects_restores_and_flushes_concurrent_sends(
    server: FakeRealtimeServer,
) -> None:
    hooks: list[ReconnectingEvent] = []
    told: list[ReconnectedEvent] = []

    async def on_reconnected(event: ReconnectedEvent) -> None:
        told.append(event)

    async def on_reconnecting(event: ReconnectingEvent) -> ReconnectingOverrides:
        hooks.append(event)
        await asyncio.sleep(0)
        return {"extra_headers": {"X-Async-Hook": "yes"}}

    async with aconnect(
        api_key="sk-test",
        base_url=server.base_url,
        model="gpt-realtime",
        max_retries=3,
        reconnect_delay=0.3,
        on_reconnecting=on_reconnecting,
        on_reconnected=on_reconnected,
    ) as conn:
        assert (await conn.recv(T)).type_ == "session.created"
        await conn.session.update(session=SESSION)
        assert (await conn.recv(T)).type_ == "session.updated"
        server.faults.drop_after(0)
        await conn.send(TRIGGER)
        receiving = asyncio.create_task(conn.run_until("input_audio_buffer.cleared", timeout=T))
        while not hooks:  # the receiver noticed the drop and is waiting to reconnect
            await asyncio.sleep(0.01)
        await conn.input_audio_buffer.clear()  # queued, not lost, not raised
        assert (await receiving).type_ == "input_audio_buffer.cleared"
    assert server.received[1] == [{"type": "session.update", "session": SESSION}, CLEAR]
    assert [(h.attempt, h.close_code) for h in hooks] == [(1, 1006)]
    assert server.connections[1].headers["x-async-hook"] == "yes"
    assert len(told) == 1 and told[0].session_restored and told[0].flushed == 1
    assert conn.reconnects == 1


async def test_async_non_recoverable_and_fatal_refusal(server: FakeRealtimeServer) -> None:
    async with aconnect(
        api_key="sk-test", base_url=server.base_url, model="gpt-realtime", max_retries=2
    ) as conn:
        assert (await conn.recv(T)).type_ == "session.created"
        server.close_connections(1008, "policy")
        with pytest.raises(ConnectionClosed, match="1008: policy"):
            assert [event async for event in conn] == []
    assert len(server.connections) == 1
    async with aconnect(
        api_key="sk-test",
        base_url=server.base_url,
        model="gpt-realtime",
        max_retries=2,
        reconnect_delay=DELAY,
    ) as conn:
        assert (await conn.recv(T)).type_ == "session.created"
        server.faults.refuse_handshakes(403)
        server.faults.drop_after(0)
        await conn.response.create()
        with pytest.raises(ReconnectError) as info:
            await conn.recv(T)
        assert info.value.attempts == 1


def test_sync_slow_handshake_times_out_then_succeeds(server: FakeRealtimeServer) -> None:
    server.faults.delay_handshakes(1.0)
    with pytest.raises(APITimeoutError, match="timed out opening"):
        connect(api_key="sk-test", base_url=server.base_url, model="g", open_timeout=0.2)
    server.faults.delay_handshakes(0.2)
    with connect(api_key="sk-test", base_url=server.base_url, model="g", open_timeout=5) as conn:
        assert conn.recv(T).type_ == "session.created"


def test_sync_drop_mid_response_reconnects_and_the_app_asks_again(
    server: FakeRealtimeServer,
) -> None:
    told: list[ReconnectedEvent] = []
    with open_sync(server, max_retries=2, on_reconnected=told.append) as conn:
        server.faults.drop_after(4)  # response.created and a few deltas, then the cut
        conn.response.create()
        kinds = []
        with pytest.raises(ResponseLostError) as lost:  # not a wait for a done that never comes
            while True:
                kinds.append(conn.recv(T).type_)
        assert kinds[0] == "response.created" and "response.done" not in kinds
        assert len(told) == 1 and len(lost.value.response_ids) == 1
        # On the new connection: session.created, the restored session, then a new answer.
        assert conn.run_until("session.updated", timeout=T).type_ == "session.updated"
        conn.response.create()
        assert conn.run_until("response.done", timeout=T).type_ == "response.done"
    assert server.faults.dropped == 1


def test_sync_a_server_that_drops_every_new_connection_is_not_retried_for_ever(
    server: FakeRealtimeServer,
) -> None:
    # Each reconnect succeeds (the handshake and session.created arrive), then the line is
    # cut again. Were every success to restart the count, this would reconnect for ever.
    attempts: list[int] = []

    def on_reconnecting(event: ReconnectingEvent) -> None:
        attempts.append(event.attempt)
        server.faults.drop_after(1)  # the new connection: session.created, then the cut

    conn = open_sync(server, max_retries=3, on_reconnecting=on_reconnecting)
    with conn, pytest.raises(ReconnectError):
        server.faults.drop_after(0)
        conn.send(TRIGGER)
        for _ in range(50):
            conn.recv(T)
    assert attempts == [1, 2, 3]


def test_a_response_answered_gives_the_next_drop_every_attempt() -> None:
    reconnector = Reconnector(url="ws://h/realtime", max_retries=3, jitter=lambda: 0.0)
    assert [a.attempt for a in reconnector.attempts(1006)] == [1, 2, 3]
    reconnector.connected()  # the third worked, then dropped at once: nothing left
    assert [a.attempt for a in reconnector.attempts(1006)] == []
    reconnector.progressed()  # a response.done on the connection: it works
    assert [a.attempt for a in reconnector.attempts(1006)] == [1, 2, 3]


def test_a_reconnect_policy_is_settings_each_conversation_counts_its_own() -> None:
    """The public ReconnectPolicy holds what the user chose, checked under the entry points'
    names; each conversation made with it keeps its own attempts and queue."""
    policy = ReconnectPolicy(url="ws://h/realtime", max_retries=2, reconnect_delay=0)
    first, second = reconnector_of(policy), reconnector_of(policy)
    assert [a.attempt for a in first.attempts(1006)] == [1, 2]
    assert [a.attempt for a in second.attempts(1006)] == [1, 2]  # not spent by the first
    assert first.carry is not second.carry
    assert policy.reconnects and not ReconnectPolicy(url="ws://h", max_retries=0).reconnects
    with pytest.raises(InvalidArgumentError, match="max_reconnect_delay must be"):
        ReconnectPolicy(url="ws://h", max_reconnect_delay=float("nan"))
    with pytest.raises(InvalidArgumentError, match="carry must be"):
        ReconnectPolicy(url="ws://h", carry="everything")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="clock must be a realtime_ext clock"):
        ReconnectPolicy(url="ws://h", clock="now")  # type: ignore[arg-type]


def test_a_receive_with_no_timeout_returns_the_event_held_behind_a_lost_response(
    server: FakeRealtimeServer, both: Both
) -> None:
    # recv() with no timeout, a rollover scheduled (the default): the drivers' hot path,
    # which must still see the event held while ResponseLostError was raised.
    conn = both.connect(server, reconnect_delay=DELAY, extensions=[])
    assert both(conn.recv(T)).type_ == "session.created"
    both(conn.session.update(session=SESSION))
    assert both(conn.recv(T)).type_ == "session.updated"
    server.faults.drop_after(0)
    both(conn.response.create())
    with pytest.raises(ResponseLostError):
        both(conn.recv(T))
    # The new connection's session.created, held; then the restored session's update.
    assert both(conn.recv()).type_ == "session.created"
    assert both(conn.recv()).type_ == "session.updated"
    both(conn.close())
