"""Server ``error`` events raise ``RealtimeServerError`` from every receive path, sync and
async, unless the app registered an ``error`` handler: then every receive path calls it
once instead (issue 68: ``async for`` yielded the error and never called the handler); a
raising handler propagates."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import OpenAIError, RealtimeServerError
from realtime_ext.connection import (
    AsyncRealtimeConnection,
    RealtimeConnection,
    aconnect,
    connect,
)
from realtime_ext.testing import FakeRealtimeServer
from realtime_generated import models

T = 10.0


def refuse_next_response(server: FakeRealtimeServer) -> None:
    server.script.error(
        "Conversation already has an active response",
        type="invalid_request_error",
        code="conversation_already_has_active_response",
        param="response",
        on="response.create",
    )


def check(exc: RealtimeServerError, event_id: str | None) -> None:
    assert isinstance(exc, OpenAIError)
    assert exc.type == "invalid_request_error"
    assert exc.code == "conversation_already_has_active_response"
    assert exc.param == "response"
    assert exc.event_id == event_id
    assert exc.message == "Conversation already has an active response"
    assert isinstance(exc.event, models.RealtimeServerEventError)
    assert "conversation_already_has_active_response" in str(exc)


def open_sync(server: FakeRealtimeServer) -> RealtimeConnection:
    conn = connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime")
    assert conn.recv(T).type_ == "session.created"
    return conn


async def open_async(server: FakeRealtimeServer) -> AsyncRealtimeConnection:
    conn = await aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime")
    assert (await conn.recv(T)).type_ == "session.created"
    return conn


def sync_receives(conn: RealtimeConnection, until: str) -> dict[str, Any]:
    """Each blocking receive path; those that wait for a type wait for ``until``."""
    return {
        "recv": lambda: conn.recv(T),
        "iter": lambda: next(iter(conn)),
        "run_until": lambda: conn.run_until(until, timeout=T),
        "collect_audio": lambda: conn.collect_audio(until, timeout=T),
        "dispatch_events": conn.dispatch_events,
    }


def async_receives(conn: AsyncRealtimeConnection, until: str) -> dict[str, Any]:
    """:func:`sync_receives` on an asyncio connection."""

    async def first() -> Any:
        async for event in conn:
            return event
        return None

    return {
        "recv": lambda: conn.recv(T),
        "iter": first,
        "run_until": lambda: conn.run_until(until, timeout=T),
        "collect_audio": lambda: conn.collect_audio(until, timeout=T),
        "dispatch_events": conn.dispatch_events,
    }


# -- sync --------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["recv", "iter", "run_until", "collect_audio", "dispatch_events"])
def test_sync_error_raises_from_every_receive_path(server: FakeRealtimeServer, path: str) -> None:
    refuse_next_response(server)
    with open_sync(server) as conn:
        conn.response.create(event_id="evt_refused")
        with pytest.raises(RealtimeServerError) as info:
            sync_receives(conn, "response.done")[path]()
        check(info.value, "evt_refused")
        # The connection is still usable: the next response goes through.
        conn.response.create()
        assert conn.run_until("response.done", timeout=T).type_ == "response.done"


def test_sync_error_handler_means_the_app_handles_errors(server: FakeRealtimeServer) -> None:
    refuse_next_response(server)
    seen: list[Any] = []
    with open_sync(server) as conn:
        conn.on("error", seen.append)
        conn.response.create(event_id="evt_1")
        error = conn.run_until("error", timeout=T)
        assert seen == [error]
        assert isinstance(error, models.RealtimeServerEventError)
        assert conn.off("error") == 1
        refuse_next_response(server)
        conn.response.create(event_id="evt_2")
        with pytest.raises(RealtimeServerError):
            conn.run_until("response.done", timeout=T)


class _Stop(Exception):
    """Ends a dispatch_events loop from a handler."""


@pytest.mark.parametrize(
    "path", ["recv", "iter", "run_until", "collect_audio", "dispatch_events", "recv+dispatch"]
)
def test_sync_error_handler_is_called_by_every_receive_path(
    server: FakeRealtimeServer, path: str
) -> None:
    refuse_next_response(server)
    seen: list[Any] = []
    every: list[str] = []

    def on_any(event: Any) -> None:
        every.append(event.type_)
        if path == "dispatch_events" and event.type_ == "error":
            raise _Stop

    with open_sync(server) as conn:
        conn.on("error", seen.append)
        conn.on("*", on_any)
        conn.response.create(event_id="evt_refused")
        receive = sync_receives(conn, "error")
        # An app's own loop: the error's handlers ran on receipt, dispatch adds "*".
        receive["recv+dispatch"] = lambda: [event := conn.recv(T), conn.dispatch(event)][0]
        if path == "dispatch_events":
            with pytest.raises(_Stop):
                conn.dispatch_events()
        else:
            got = receive[path]()  # handed over, not raised
            assert path == "collect_audio" or got is seen[0]
        assert len(seen) == 1  # called once, whatever the loop
        assert isinstance(seen[0], models.RealtimeServerEventError)
        # "*" handlers are ordinary ones: the dispatching loops call them, recv does not.
        assert every == ([] if path in ("recv", "iter") else ["error"])


def test_sync_raising_handler_propagates_and_connection_goes_on(
    server: FakeRealtimeServer,
) -> None:
    after: list[str] = []
    with open_sync(server) as conn:

        def boom(event: Any) -> None:
            raise ValueError("handler failed")

        conn.on("response.created", boom)
        conn.on("response.created", lambda e: after.append(e.type_))
        conn.response.create()
        with pytest.raises(ValueError, match="handler failed"):
            conn.run_until("response.done", timeout=T)
        assert after == []  # handlers after the raising one were skipped for that event
        conn.off("response.created", boom)
        # The loop resumes with the next event; nothing was lost from the socket.
        assert conn.run_until("response.done", timeout=T).type_ == "response.done"


# -- async -------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["recv", "iter", "run_until", "collect_audio", "dispatch_events"])
async def test_async_error_raises_from_every_receive_path(
    server: FakeRealtimeServer, path: str
) -> None:
    refuse_next_response(server)
    async with await open_async(server) as conn:
        await conn.response.create(event_id="evt_refused")
        with pytest.raises(RealtimeServerError) as info:
            await async_receives(conn, "response.done")[path]()
        check(info.value, "evt_refused")
        await conn.response.create()
        assert (await conn.run_until("response.done", timeout=T)).type_ == "response.done"


@pytest.mark.parametrize("path", ["recv", "iter", "run_until", "collect_audio"])
async def test_async_error_handler_is_called_by_every_receive_path(
    server: FakeRealtimeServer, path: str
) -> None:
    refuse_next_response(server)
    seen: list[Any] = []
    async with await open_async(server) as conn:

        @conn.on("error")
        async def on_error(event: Any) -> None:
            seen.append(event)

        await conn.response.create(event_id="evt_refused")
        got = await async_receives(conn, "error")[path]()  # handed over, not raised
        assert len(seen) == 1
        assert isinstance(seen[0], models.RealtimeServerEventError)
        assert path == "collect_audio" or got is seen[0]


async def test_async_raising_async_handler_propagates(server: FakeRealtimeServer) -> None:
    # (An async error handler: test_async_error_handler_is_called_by_every_receive_path.)
    async with await open_async(server) as conn:

        async def boom(event: Any) -> None:
            raise ValueError("async handler failed")

        conn.once("response.created", boom)
        await conn.response.create()
        with pytest.raises(ValueError, match="async handler failed"):
            await conn.run_until("response.done", timeout=T)
        # once(): removed before it ran, so it does not fire again.
        assert (await conn.run_until("response.done", timeout=T)).type_ == "response.done"
