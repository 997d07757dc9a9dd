"""GPT-Live delegation answered from a ToolRegistry (``LiveToolLoop``), asyncio and blocking:
the recorded spoken tool round under Responses delegation replayed by a server the test
starts (the loop's ``response.item.create`` + ``response.create`` must match the recording
frame for frame); a scripted client-delegation round answered as ``session.commentary.append``;
unknown tools, bad arguments, failing and slow tools answered with structured outputs the
model reads, one ``response.create`` after the last; nothing sent after a close."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from realtime_ext import InvalidArgumentError
from realtime_ext.connection._options import Prepared
from realtime_ext.connection._transport import open_async, open_sync
from realtime_ext.conversation import LIVE
from realtime_ext.conversation._async import AsyncLiveBase
from realtime_ext.conversation._sync import LiveBase
from realtime_ext.tools import LiveToolLoop, ToolDefinitionError, ToolRegistry
from realtime_generated import decode_live_server_event
from realtime_generated.models import LiveResponseEvent
from support.live_script_replay import TOOL_ROUND, LiveReplay, recorded
from support.waiting import async_until, until

T = 10.0
LOOP_SENDS = frozenset({"response.item.create", "response.create", "session.commentary.append"})
STARTED = recorded(TOOL_ROUND)[1]["data"]  # a real session.started
FORECAST = "Amsterdam: 14 degrees Celsius, light rain."


def forecast_registry() -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def lookup_forecast(city: str) -> str:
        """Look up tomorrow's forecast for a city."""
        return FORECAST if city == "Amsterdam" else "unknown"

    return registry


class AsyncLive(AsyncLiveBase[Any]):
    """A Live session over a WebSocket, as the core runs any protocol (its event set)."""

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self._run(self._core.close(code, reason))


class Live(LiveBase[Any]):
    def close(self, code: int = 1000, reason: str = "") -> None:
        self._run(self._core.close(code, reason))


async def aopen(url: str) -> AsyncLive:
    transport = await open_async(Prepared(url, {}, None))
    return AsyncLive(transport, protocol=LIVE)


def open_blocking(url: str) -> Live:
    return Live(open_sync(Prepared(url, {}, None)), protocol=LIVE)


async def aplay(conn: AsyncLiveBase[Any], script: list[dict[str, Any]]) -> list[Any]:
    """The app's side of ``script``: its own sends, and a receive per server frame (the
    loop's sends are the loop's)."""
    events: list[Any] = []
    for step in script:
        if step["direction"] == "received":
            events.append(await conn.recv(T))
        elif step["data"]["type"] not in LOOP_SENDS:
            await conn.send(step["data"])
    return events


def play(conn: LiveBase[Any], script: list[dict[str, Any]]) -> list[Any]:
    events: list[Any] = []
    for step in script:
        if step["direction"] == "received":
            events.append(conn.recv(T))
        elif step["data"]["type"] not in LOOP_SENDS:
            conn.send(step["data"])
    return events


@pytest.fixture(params=["asyncio", "blocking"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


LoopOf = Callable[[Any], LiveToolLoop]
"""Builds the loop for a connection (asyncio or blocking)."""


async def run(
    mode: str, replay: LiveReplay, loop_of: LoopOf, script: list[dict[str, Any]]
) -> tuple[LiveToolLoop, list[Any]]:
    """Play ``script`` against ``replay`` with the loop ``loop_of(conn)`` attached; returns
    the loop and the events received once the server has played the whole script."""
    if mode == "asyncio":
        aconn = await aopen(replay.url)
        loop = aconn.add_extension(loop_of(aconn))
        events = await aplay(aconn, script)
        await async_until(replay.played.is_set, "the script to be played", T)
        await aconn.close()
    else:
        conn = open_blocking(replay.url)
        loop = conn.add_extension(loop_of(conn))
        events = play(conn, script)
        until(replay.played.is_set, "the script to be played", T)
        conn.close()
    assert replay.mismatches == []
    return loop, events


# -- Responses delegation: the recorded round ---------------------------------------------
async def test_recorded_responses_round(mode: str) -> None:
    script = recorded(TOOL_ROUND)
    registry = forecast_registry()
    with LiveReplay(script) as replay:
        loop, events = await run(mode, replay, lambda conn: LiveToolLoop(conn, registry), script)
    assert (loop.calls, loop.responses, loop.commentary, loop.failures) == (1, 1, 0, [])
    sent = [frame for frame in replay.got if frame["type"] in LOOP_SENDS]
    assert sent == [
        {
            "type": "response.item.create",
            "item": {
                "type": "function_call_output",
                "call_id": "call_sMcOazdoNl2difiyfEE12nUN",
                "output": FORECAST,
            },
        },
        {"type": "response.create"},
    ]
    # Every envelope arrived typed, its payload the Responses stream event as sent.
    envelopes = [event for event in events if event.type == "response.event"]
    assert envelopes and all(isinstance(event, LiveResponseEvent) for event in envelopes)


# -- client delegation: a scripted round --------------------------------------------------
def client_round(content: str) -> list[dict[str, Any]]:
    def delta(text: str, start: int) -> dict[str, Any]:
        return {
            "direction": "received",
            "data": {
                "type": "session.input_transcript.delta",
                "event_id": f"event_{start}",
                "start_ms": start,
                "end_ms": start + 200,
                "delta": text,
            },
        }

    return [
        {"direction": "received", "data": STARTED},
        delta("Is staging", 600),
        delta(" healthy?", 800),
        {
            "direction": "received",
            "data": {
                "type": "session.delegation.created",
                "event_id": "event_d",
                "offset_ms": 1000,
                "delegation": {"id": "item_1", "type": "delegation", "target": "client"},
            },
        },
        {
            "direction": "sent",
            "data": {
                "type": "session.commentary.append",
                "delegation_id": "item_1",
                "content": content,
            },
        },
        {
            "direction": "received",
            "data": {
                "type": "session.commentary.appended",
                "event_id": "event_a",
                "start_ms": 1200,
                "end_ms": 1400,
            },
        },
    ]


async def test_client_delegation_answered_as_commentary(mode: str) -> None:
    registry = ToolRegistry()
    asked: list[str] = []

    @registry.register
    def check_status(request: str) -> dict[str, str]:
        """Answer a question about the deployments."""
        asked.append(request)
        return {"staging": "healthy"}

    script = client_round(json.dumps({"staging": "healthy"}))
    with LiveReplay(script) as replay:
        loop, _ = await run(mode, replay, lambda conn: LiveToolLoop(conn, registry), script)
    assert asked == ["Is staging healthy?"]  # the user's words since the last delegation
    assert (loop.commentary, loop.calls, loop.responses) == (1, 0, 0)


async def test_client_delegation_tool_failure_is_read_by_the_model(mode: str) -> None:
    registry = forecast_registry()

    @registry.register
    def deploy_status(question: str) -> str:
        """Fails."""
        raise RuntimeError("status service down")

    script = client_round("")
    with LiveReplay(script, strict=False) as replay:
        await run(
            mode,
            replay,
            lambda conn: LiveToolLoop(conn, registry, client_tool="deploy_status"),
            script,
        )
    (sent,) = [frame for frame in replay.got if frame["type"] == "session.commentary.append"]
    assert sent["delegation_id"] == "item_1"
    assert json.loads(sent["content"]) == {
        "error": {"type": "tool_error", "message": "RuntimeError: status service down"}
    }


# -- Responses delegation: failures become structured outputs -----------------------------
def envelope(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    item = {
        "id": f"fc_{call_id}",
        "type": "function_call",
        "status": "completed",
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
    }
    return {
        "direction": "received",
        "data": {
            "type": "response.event",
            "event_id": f"event_{call_id}",
            "delegation_id": "item_r",
            "event": {
                "type": "response.output_item.done",
                "item": item,
                "output_index": 0,
                "sequence_number": 1,
            },
        },
    }


def sent(kind: str) -> dict[str, Any]:
    return {"direction": "sent", "data": {"type": kind}}


async def test_bad_calls_answered_then_one_response_create(mode: str) -> None:
    release = threading.Event()
    registry = ToolRegistry()

    @registry.register
    def failing(reason: str) -> str:
        """Fails, once the test has seen every call (a rendezvous, not a delay)."""
        release.wait(T)
        raise RuntimeError(reason)

    @registry.register
    def add(a: int, b: int) -> int:
        """Adds."""
        return a + b

    script = [
        {"direction": "received", "data": STARTED},
        envelope("c1", "failing", '{"reason": "disk full"}'),  # first: it holds the round open
        envelope("c2", "nope", "{}"),
        envelope("c3", "add", '{"a": "two"}'),
        sent("response.item.create"),
        sent("response.item.create"),
        sent("response.item.create"),
        sent("response.create"),
    ]
    app = script[:4]
    with LiveReplay(script, strict=False) as replay:
        if mode == "asyncio":
            aconn = await aopen(replay.url)
            loop = aconn.add_extension(LiveToolLoop(aconn, registry))
            await aplay(aconn, app)
            release.set()
            await async_until(replay.played.is_set, "the outputs and the follow-up", T)
            await aconn.close()
        else:
            conn = open_blocking(replay.url)
            loop = conn.add_extension(LiveToolLoop(conn, registry))
            play(conn, app)
            release.set()
            until(replay.played.is_set, "the outputs and the follow-up", T)
            conn.close()
    assert replay.mismatches == []
    outputs = {
        frame["item"]["call_id"]: json.loads(frame["item"]["output"])["error"]["type"]
        for frame in replay.got
        if frame["type"] == "response.item.create"
    }
    assert outputs == {"c1": "tool_error", "c2": "unknown_tool", "c3": "invalid_arguments"}
    assert replay.got[-1] == {"type": "response.create"} or replay.got[-2] == {
        "type": "response.create"
    }
    assert (loop.calls, loop.responses, loop.failures) == (3, 1, [])


async def test_a_slow_tool_times_out_as_an_output(mode: str) -> None:
    release = threading.Event()
    registry = ToolRegistry()

    @registry.register
    def slow() -> str:
        """Never answers in time: waits until the test releases it."""
        release.wait(T)
        return "late"

    script = [
        {"direction": "received", "data": STARTED},
        envelope("c1", "slow", "{}"),
        sent("response.item.create"),
        sent("response.create"),
    ]
    try:
        with LiveReplay(script, strict=False) as replay:
            await run(mode, replay, lambda conn: LiveToolLoop(conn, registry, timeout=0.05), script)
    finally:
        release.set()
    output = json.loads(replay.got[0]["item"]["output"])
    assert output["error"]["type"] == "timeout"


async def test_nothing_is_sent_after_a_close(mode: str) -> None:
    release = threading.Event()
    registry = ToolRegistry()

    @registry.register
    def slow() -> str:
        """Answers once released, after the close."""
        release.wait(T)
        return "late"

    script = [{"direction": "received", "data": STARTED}, envelope("c1", "slow", "{}")]
    with LiveReplay(script, strict=False) as replay:
        if mode == "asyncio":
            aconn = await aopen(replay.url)
            loop = aconn.add_extension(LiveToolLoop(aconn, registry))
            await aplay(aconn, script)
            await aconn.close()
        else:
            conn = open_blocking(replay.url)
            loop = conn.add_extension(LiveToolLoop(conn, registry))
            play(conn, script)
            conn.close()
            release.set()
            until(
                lambda: not any(t.name == "realtime-live-tools" for t in threading.enumerate()),
                "the tool thread to end",
                T,
            )
    release.set()
    assert [frame["type"] for frame in replay.got] == []
    assert (loop.calls, loop.responses, loop.failures) == (0, 0, [])


# -- without a server: what the loop decides ---------------------------------------------
class _Conn:
    def send(self, event: object, /) -> None:
        raise AssertionError("nothing is sent here")

    def remove_extension(self, ext: object, /) -> bool:
        return True


def test_bad_loop_arguments_are_refused() -> None:
    with pytest.raises(ToolDefinitionError, match="ToolRegistry"):
        LiveToolLoop(_Conn(), {"lookup": print})  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="client_tool='nope'"):
        LiveToolLoop(_Conn(), forecast_registry(), client_tool="nope")
    registry = ToolRegistry()

    @registry.register
    def two(a: str, b: str) -> str:
        return a + b

    with pytest.raises(InvalidArgumentError, match="at most one parameter"):
        LiveToolLoop(_Conn(), registry)
    with pytest.raises(InvalidArgumentError, match="timeout"):
        LiveToolLoop(_Conn(), forecast_registry(), timeout=-1)


def decoded(frames: list[dict[str, Any]]) -> Iterator[tuple[Any, dict[str, Any]]]:
    for frame in frames:
        yield decode_live_server_event(json.dumps(frame)), frame


def test_client_delegations_without_a_client_tool_are_left_to_the_app(
    caplog: pytest.LogCaptureFixture,
) -> None:
    registry = forecast_registry()

    @registry.register
    def other() -> str:
        return ""

    loop = LiveToolLoop(_Conn(), registry)  # two tools, none named for client delegation
    frames = [step["data"] for step in client_round("") if step["direction"] == "received"]
    with caplog.at_level(logging.WARNING, logger="realtime_ext.tools"):
        asked = [loop.observe(event, data) for event, data in decoded(frames + frames)]
    assert asked == [False] * len(asked)
    assert len([r for r in caplog.records if "client_tool" in r.getMessage()]) == 1  # once


def test_unknown_events_and_hosted_tools_pass_untouched() -> None:
    loop = LiveToolLoop(_Conn(), forecast_registry())
    web_search = envelope("c9", "x", "{}")["data"]
    web_search["event"]["item"] = {"type": "web_search_call", "id": "ws_1", "status": "completed"}
    frames = [
        {"type": "session.brand_new", "event_id": "e", "x": 1},
        web_search,
        {"type": "response.event", "event_id": "e2", "event": {"type": "response.future"}},
    ]
    assert [loop.observe(event, data) for event, data in decoded(frames)] == [False] * 3


def test_the_pending_transcript_is_bounded() -> None:
    loop = LiveToolLoop(_Conn(), forecast_registry())
    delta = {"type": "session.input_transcript.delta", "event_id": "e", "start_ms": 0}
    frame = {**delta, "end_ms": 1, "delta": "x" * 1000}
    for event, data in decoded([frame] * 50):
        loop.observe(event, data)
    assert len(loop._transcript) == 8_000  # pyright: ignore[reportPrivateUsage]
