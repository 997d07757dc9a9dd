"""GPT-Live delegation answered from a ToolRegistry (``LiveToolLoop``), asyncio and blocking:
the recorded spoken tool round under Responses delegation replayed by a server the test
starts (the loop's ``response.item.create`` + ``response.create`` must match the recording
frame for frame); a scripted client-delegation round answered as ``session.commentary.append``;
unknown tools, bad arguments, failing and slow tools answered with structured outputs the
model reads, one ``response.create`` after the last; nothing sent after a close."""

from __future__ import annotations

import copy
import functools
import json
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import attrs
import pytest

from realtime_ext import AsyncRealtimeClient, Extension, InvalidArgumentError, RealtimeClient
from realtime_ext.conversation import AsyncLiveConnection, LiveConnection
from realtime_ext.events import parse_live_server_event
from realtime_ext.tools import (
    AsyncDelegationContext,
    DelegationContext,
    LiveToolLoop,
    ToolContext,
    ToolDefinitionError,
    ToolLoop,
    ToolRegistry,
    function_tool,
)
from realtime_generated import decode_live_server_event
from realtime_generated.models import LiveResponseEvent
from tests.support.live_replay import Recording, ReplayServer, recording, serving
from tests.support.waiting import async_until

T = 10.0
KEY = "sk-test"
TOOL_ROUND = "test_openai_live_ws__test_audio_in_delegated_tool_round.prefix.yaml"
LOOP_SENDS = frozenset({"response.item.create", "response.create", "session.commentary.append"})
FORECAST = "Amsterdam: 14 degrees Celsius, light rain."
Frames = list[tuple[str, dict[str, Any]]]


@functools.cache
def tool_round() -> Recording:
    return recording(TOOL_ROUND)


def started() -> dict[str, Any]:
    return tool_round().received[0]  # a real session.started


def client_started() -> dict[str, Any]:
    """A real session.started, of a session delegating to the client (delegation omitted)."""
    frame = copy.deepcopy(started())
    del frame["session"]["delegation"]
    return frame


def start() -> dict[str, Any]:
    return tool_round().sent[0]  # a real session.start (Responses delegation)


def forecast_registry() -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def lookup_forecast(city: str) -> str:
        """Look up tomorrow's forecast for a city."""
        return FORECAST if city == "Amsterdam" else "unknown"

    return registry


def by_type(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    return expected["type"] == got["type"]


def app_steps(frames: Frames) -> list[tuple[int, dict[str, Any]]]:
    """The app's own sends after ``session.start`` (the loop's are the loop's), each with how
    many server events after ``session.started`` it comes after."""
    steps: list[tuple[int, dict[str, Any]]] = []
    received = -1  # session.started is connect's
    for direction, frame in frames:
        if direction == "received":
            received += 1
        elif frame["type"] != "session.start" and frame["type"] not in LOOP_SENDS:
            steps.append((received, frame))
    return steps


def play(conn: LiveConnection, frames: Frames) -> list[Any]:
    events: list[Any] = []
    for before, frame in app_steps(frames):
        while len(events) < before:
            events.append(conn.recv(T))
        conn.send(frame)
    total = sum(1 for direction, _ in frames if direction == "received") - 1
    while len(events) < total:
        events.append(conn.recv(T))
    return events


async def aplay(conn: AsyncLiveConnection, frames: Frames) -> list[Any]:
    events: list[Any] = []
    for before, frame in app_steps(frames):
        while len(events) < before:
            events.append(await conn.recv(T))
        await conn.send(frame)
    total = sum(1 for direction, _ in frames if direction == "received") - 1
    while len(events) < total:
        events.append(await conn.recv(T))
    return events


@pytest.fixture(params=["asyncio", "blocking"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


Attach = Callable[[Any], Any]
"""Attaches the loop to a connection (asyncio or blocking) and returns it."""


def run_tools(registry: ToolRegistry, **kwargs: Any) -> Attach:
    return lambda conn: conn.run_tools(registry, **kwargs)


def by_connect(conn: Any) -> Any:
    """The loop ``client.live.connect(..., tools=...)`` attached (the last extension)."""
    return conn.extensions[-1]


async def run(
    mode: str, server: ReplayServer, attach: Attach, **connect: Any
) -> tuple[Any, list[Any]]:
    """Connect to ``server`` (its script's ``session.start``, and ``connect``'s keywords),
    attach the loop, play the app's side; returns the loop and the events received once the
    server played it all."""
    frames = server.recording.frames
    session = {**frames[0][1]["session"], **connect}
    if mode == "asyncio":
        client = AsyncRealtimeClient(api_key=KEY, base_url=server.url)
        async with client, client.live.connect(**session) as aconn:
            loop = attach(aconn)
            events = await aplay(aconn, frames)
            await async_until(server.done.is_set, "the script to be played", T)
    else:
        with RealtimeClient(api_key=KEY, base_url=server.url) as sync_client:
            conn = sync_client.live.connect(**session)
            try:
                loop = attach(conn)
                events = play(conn, frames)
                assert server.done.wait(T)
            finally:
                conn.abort()
    assert server.mismatch == []
    return loop, events


# -- Responses delegation: the recorded round ---------------------------------------------
@pytest.mark.parametrize("how", ["run_tools", "connect"])
async def test_recorded_responses_round(mode: str, how: str) -> None:
    registry = forecast_registry()
    with serving(tool_round()) as server:  # every frame compared with the recording
        if how == "connect":  # client.live.connect(..., tools=registry)
            loop, events = await run(mode, server, by_connect, tools=registry)
        else:
            loop, events = await run(mode, server, run_tools(registry))
    assert isinstance(loop, LiveToolLoop)  # run_tools on a Live connection
    assert (loop.calls, loop.responses, loop.commentary, loop.failures) == (1, 1, 0, [])
    sent = [frame for frame in server.received if frame["type"] in LOOP_SENDS]
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
    envelopes = [event for event in events if event.type == "response.event"]
    assert envelopes and all(isinstance(event, LiveResponseEvent) for event in envelopes)


# -- client delegation: a scripted round --------------------------------------------------
def client_round(content: str) -> Recording:
    client_start = {"type": "session.start", "session": {"model": "gpt-live-1"}}

    def delta(text: str, start_ms: int) -> tuple[str, dict[str, Any]]:
        return (
            "received",
            {
                "type": "session.input_transcript.delta",
                "event_id": f"event_{start_ms}",
                "start_ms": start_ms,
                "end_ms": start_ms + 200,
                "delta": text,
            },
        )

    return Recording(
        "client delegation",
        [
            ("sent", client_start),
            ("received", client_started()),
            delta("Is staging", 600),
            delta(" healthy?", 800),
            (
                "received",
                {
                    "type": "session.delegation.created",
                    "event_id": "event_d",
                    "offset_ms": 1000,
                    "delegation": {"id": "item_1", "type": "delegation", "target": "client"},
                },
            ),
            (
                "sent",
                {
                    "type": "session.commentary.append",
                    "delegation_id": "item_1",
                    "content": content,
                },
            ),
            (
                "received",
                {
                    "type": "session.commentary.appended",
                    "event_id": "event_a",
                    "start_ms": 1200,
                    "end_ms": 1400,
                },
            ),
        ],
    )


async def test_client_delegation_answered_as_commentary(mode: str) -> None:
    registry = ToolRegistry()
    asked: list[str] = []

    @registry.register
    def check_status(request: str) -> dict[str, str]:
        """Answer a question about the deployments."""
        asked.append(request)
        return {"staging": "healthy"}

    with serving(client_round(json.dumps({"staging": "healthy"}))) as server:
        loop, _ = await run(mode, server, run_tools(registry))
    assert asked == ["Is staging healthy?"]  # the user's words since the last delegation
    assert (loop.commentary, loop.calls, loop.responses) == (1, 0, 0)


async def test_client_delegation_tool_failure_is_read_by_the_model(mode: str) -> None:
    registry = forecast_registry()

    @registry.register
    def deploy_status(question: str) -> str:
        """Fails."""
        raise RuntimeError("status service down")

    def attach(conn: Any) -> LiveToolLoop:
        return conn.add_extension(LiveToolLoop(conn, registry, client_tool="deploy_status"))

    with serving(client_round(""), match=by_type) as server:
        await run(mode, server, attach)
    (sent,) = [frame for frame in server.received if frame["type"] == "session.commentary.append"]
    assert sent["delegation_id"] == "item_1"
    assert json.loads(sent["content"]) == {
        "error": {"type": "tool_error", "message": "RuntimeError: status service down"}
    }


# -- Responses delegation: failures become structured outputs -----------------------------
def envelope(call_id: str, name: str, arguments: str) -> tuple[str, dict[str, Any]]:
    item = {
        "id": f"fc_{call_id}",
        "type": "function_call",
        "status": "completed",
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
    }
    return (
        "received",
        {
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
    )


def sent(kind: str) -> tuple[str, dict[str, Any]]:
    return ("sent", {"type": kind})


def responses_script(*frames: tuple[str, dict[str, Any]]) -> Recording:
    return Recording("responses delegation", [("sent", start()), ("received", started()), *frames])


class Release(Extension):
    """Frees the tools holding a scripted round (``release``) once ``when`` holds for an
    event received: in ``received``, which runs after every extension's ``observe`` and after
    the loop's own ``received`` (added before it), so the loop has taken that event in."""

    def __init__(self, release: threading.Event, when: Callable[[Any], bool]) -> None:
        self.release = release
        self.when = when

    def observe(self, event: Any, data: dict[str, Any] | None) -> bool:
        return self.when(event)

    def received(self, event: Any) -> None:
        self.release.set()


async def run_released(
    mode: str,
    script: Recording,
    registry: ToolRegistry,
    when: Callable[[Any], bool],
    release: threading.Event,
) -> tuple[ReplayServer, Any, list[Any]]:
    """The scripted round ``script`` (frames compared by type) with ``registry``'s loop and a
    :class:`Release` after it; ``release`` is set however the round ends. Returns the server,
    the loop and the events received."""

    def attach(conn: Any) -> Any:
        loop = conn.run_tools(registry)
        conn.add_extension(Release(release, when))
        return loop

    try:
        with serving(script, match=by_type) as server:
            loop, events = await run(mode, server, attach)
    finally:
        release.set()
    return server, loop, events


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

    # Frees the call holding the round once every call has arrived and the loop has
    # started the last one: the round counts all three calls running before the first can
    # end (freed as the third is observed, the first could end before the third was
    # counted, and one response.create would go out early).
    calls = [0]

    def third_call(event: Any) -> bool:
        calls[0] += event.type == "response.event"
        return calls[0] == 3

    script = responses_script(
        envelope("c1", "failing", '{"reason": "disk full"}'),  # first: it holds the round open
        envelope("c2", "nope", "{}"),
        envelope("c3", "add", '{"a": "two"}'),
        sent("response.item.create"),
        sent("response.item.create"),
        sent("response.item.create"),
        sent("response.create"),
    )
    server, loop, _ = await run_released(mode, script, registry, third_call, release)
    outputs = {
        frame["item"]["call_id"]: json.loads(frame["item"]["output"])["error"]["type"]
        for frame in server.received
        if frame["type"] == "response.item.create"
    }
    assert outputs == {"c1": "tool_error", "c2": "unknown_tool", "c3": "invalid_arguments"}
    assert server.received[-1] == {"type": "response.create"}
    assert (loop.calls, loop.responses, loop.failures) == (3, 1, [])


def completed_envelope() -> tuple[str, dict[str, Any]]:
    """The recorded ``response.completed`` of the backend's first response, in its
    envelope (delegation ``item_r``)."""
    for frame in tool_round().received:
        if frame["type"] == "response.event" and frame["event"]["type"] == "response.completed":
            return ("received", {**frame, "delegation_id": "item_r"})
    raise AssertionError("the recording has no response.completed")


async def test_a_response_completed_before_its_outputs_gets_them_then_one_response_create(
    mode: str,
) -> None:
    # A backend whose response ending in function calls completes on its own (before its
    # outputs): every output of the delegation still goes out, then one response.create
    # starts the next response. The tools end once the completion is in (a rendezvous, as
    # in the test above: a tool ending before the next call even arrived would start a
    # round of its own, which no loop can tell apart without the completion).
    release = threading.Event()
    registry = forecast_registry()

    @registry.register
    def add(a: int, b: int) -> int:
        """Adds, once the response completed."""
        release.wait(T)
        return a + b

    def completed(event: Any) -> bool:
        return event.type == "response.event" and event.event.type == "response.completed"

    script = responses_script(
        envelope("c1", "add", '{"a": 1, "b": 2}'),
        envelope("c2", "add", '{"a": 2, "b": 2}'),
        completed_envelope(),
        sent("response.item.create"),
        sent("response.item.create"),
        sent("response.create"),
    )
    server, loop, events = await run_released(mode, script, registry, completed, release)
    outputs = {
        frame["item"]["call_id"]: frame["item"]["output"]
        for frame in server.received
        if frame["type"] == "response.item.create"
    }
    assert outputs == {"c1": "3", "c2": "4"}
    assert server.received[-1] == {"type": "response.create"}
    assert (loop.calls, loop.responses, loop.failures) == (2, 1, [])
    assert [e.event.type for e in events if e.type == "response.event"][-1] == "response.completed"


def slow_registry(release: threading.Event) -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def slow() -> str:
        """Answers once the test releases it (too late for a short timeout, after a close)."""
        release.wait(T)
        return "late"

    return registry


async def test_a_slow_tool_times_out_as_an_output(mode: str) -> None:
    release = threading.Event()
    registry = slow_registry(release)
    script = responses_script(
        envelope("c1", "slow", "{}"), sent("response.item.create"), sent("response.create")
    )
    try:
        with serving(script, match=by_type) as server:
            await run(mode, server, run_tools(registry, timeout=0.05))
    finally:
        release.set()
    output = json.loads(server.received[1]["item"]["output"])
    assert output["error"]["type"] == "timeout"


async def test_nothing_is_sent_after_a_close(mode: str) -> None:
    release = threading.Event()
    registry = slow_registry(release)
    script = responses_script(envelope("c1", "slow", "{}"))
    try:
        with serving(script) as server:
            loop, _ = await run(mode, server, run_tools(registry))
            release.set()
    finally:
        release.set()
    assert [frame["type"] for frame in server.received] == ["session.start"]
    assert (loop.calls, loop.responses) == (0, 0)


# -- without a server: what the loop decides ---------------------------------------------
class _Conn:
    def send(self, event: object, /) -> None:
        raise AssertionError("nothing is sent here")

    def remove_extension(self, ext: object, /) -> bool:
        return True


class _AsyncConn(_Conn):
    async def send(self, event: object, /) -> None:  # type: ignore[override]
        raise AssertionError("nothing is sent here")


def test_run_tools_gives_each_kind_of_session_its_loop() -> None:
    registry = forecast_registry()
    assert isinstance(registry.loop(_Conn()), ToolLoop)  # any conversation: Realtime's loop


def test_connect_refuses_bad_tools_before_opening() -> None:
    with RealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9/v1") as client:  # never opened
        with pytest.raises(ToolDefinitionError, match="ToolRegistry"):
            client.live.connect(model="gpt-live-1", tools=[print])  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="tool_timeout"):
            client.live.connect(model="gpt-live-1", tools=ToolRegistry(), tool_timeout=-1)


class _Started(_Conn):
    """A connection whose session started with ``delegation`` (``None``: omitted)."""

    def __init__(self, delegation: dict[str, Any] | None) -> None:
        frame = client_started()
        if delegation is not None:
            frame["session"]["delegation"] = delegation
        self.started = decode_live_server_event(json.dumps(frame))


def two_parameters() -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def get_weather(location: str, scale: str = "celsius") -> str:
        return f"{location} {scale}"

    return registry


def test_bad_loop_arguments_are_refused() -> None:
    with pytest.raises(ToolDefinitionError, match="ToolRegistry"):
        LiveToolLoop(_Conn(), {"lookup": print})  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="client_tool='nope'"):
        LiveToolLoop(_Conn(), forecast_registry(), client_tool="nope")
    # The client tool is given one text: two parameters are refused, when the session
    # delegates to the client (its default) or the tool is named for it.
    with pytest.raises(InvalidArgumentError, match="at most one parameter"):
        LiveToolLoop(_Started(None), two_parameters())
    with pytest.raises(InvalidArgumentError, match="at most one parameter"):
        LiveToolLoop(_Started({"type": "client"}), two_parameters())
    with pytest.raises(InvalidArgumentError, match="at most one parameter"):
        LiveToolLoop(_Conn(), two_parameters(), client_tool="get_weather")
    with pytest.raises(InvalidArgumentError, match="timeout"):
        LiveToolLoop(_Conn(), forecast_registry(), timeout=-1)


@pytest.mark.parametrize(
    "delegation",
    [
        {"type": "responses", "responses": {"model": "gpt-5.5"}},
        {"type": "decisions", "decisions": {"model": "gpt-5.5-mini", "questions": []}},
    ],
    ids=["responses", "decisions"],
)
def test_a_session_not_delegating_to_the_client_has_no_client_tool(
    delegation: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    # Every tool is a function tool there: a one-tool registry with two parameters is fine,
    # and a client delegation (which such a session never makes) finds no tool.
    loop = LiveToolLoop(_Started(delegation), two_parameters())
    with caplog.at_level(logging.WARNING, logger="realtime_ext.tools"):
        asked = [loop.observe(event, data) for event, data in decoded(client_round("").received)]
    assert asked == [False] * len(asked)
    assert any("no client_tool" in r.getMessage() for r in caplog.records)


def test_before_the_session_started_the_client_tool_is_found_at_the_first_delegation(
    caplog: pytest.LogCaptureFixture,
) -> None:
    loop = LiveToolLoop(_Conn(), two_parameters())  # nothing known yet: not refused
    with caplog.at_level(logging.WARNING, logger="realtime_ext.tools"):
        asked = [loop.observe(event, data) for event, data in decoded(client_round("").received)]
    assert asked == [False] * len(asked)  # left to the app, said why
    assert any("at most one parameter" in r.getMessage() for r in caplog.records)
    ok = LiveToolLoop(_Conn(), forecast_registry())
    assert [ok.observe(e, d) for e, d in decoded(client_round("").received)][-2] is True


def test_a_client_tool_asking_for_the_other_connections_context_is_refused() -> None:
    registry = ToolRegistry()

    @registry.register
    async def status(request: str, delegation: DelegationContext) -> str:
        return request

    with pytest.raises(InvalidArgumentError, match="asks for a DelegationContext"):
        LiveToolLoop(_AsyncConn(), registry, client_tool="status")
    sync_tool = ToolRegistry()

    @sync_tool.register
    def status2(request: str, delegation: AsyncDelegationContext) -> str:
        return request

    with pytest.raises(InvalidArgumentError, match="is not async"):
        LiveToolLoop(_AsyncConn(), sync_tool, client_tool="status2")
    with pytest.raises(InvalidArgumentError, match="type it DelegationContext"):
        LiveToolLoop(_Conn(), sync_tool, client_tool="status2")


def test_a_tool_asking_for_a_context_outside_a_client_delegation_answers_an_error() -> None:
    registry = ToolRegistry()

    @registry.register
    def status(request: str, delegation: DelegationContext) -> str:
        """Needs its delegation."""
        return request

    assert status.to_dict()["parameters"]["properties"] == {"request": {"type": "string"}}
    output = registry.handle(
        {"type": "function_call", "name": "status", "call_id": "c", "arguments": '{"request": "x"}'}
    )
    error = json.loads(output["item"]["output"])["error"]
    assert error["type"] == "tool_error"
    assert "asks for a DelegationContext (delegation), given none" in error["message"]
    assert "only by the tool loop of a blocking GPT-Live connection" in error["message"]


def test_the_tools_code_gives_any_tool_context_the_same_way() -> None:
    # What a next kind's tool loop would give its tools: a ToolContext of its own, read by the
    # registry and FunctionTool as GPT-Live's DelegationContext is, with nothing else to add.
    registry = ToolRegistry()

    @registry.register
    def status(request: str, progress: Progress) -> str:
        """Reports as it goes."""
        progress.said.append(request)
        return "done"

    assert status.to_dict()["parameters"]["properties"] == {"request": {"type": "string"}}
    call = {
        "type": "function_call",
        "name": "status",
        "call_id": "c",
        "arguments": '{"request": "x"}',
    }
    said: list[str] = []
    assert registry.handle(call, context=Progress(said))["item"]["output"] == "done"
    assert said == ["x"]
    refused = json.loads(registry.handle(call)["item"]["output"])["error"]["message"]
    assert (
        "asks for a Progress (progress), given none: one is given only by a test's loop" in refused
    )
    assert issubclass(DelegationContext, ToolContext)
    assert issubclass(AsyncDelegationContext, ToolContext)


def test_an_apps_own_tool_context_is_refused_by_who_gives_it() -> None:
    # A context class of the app's own, saying nothing of who gives it: a call without one
    # is told it takes context= (not an AttributeError from the missing text).
    @function_tool
    def status(own: Own) -> str:
        return "ok"

    with pytest.raises(
        ToolDefinitionError, match=r"given none: one is given only by the caller, through context="
    ):
        status.invoke("{}")
    assert status.invoke("{}", context=Own()) == "ok"


class Own(ToolContext):
    """An app's own context (for the test above), saying nothing of who gives it."""


@attrs.frozen
class Progress(ToolContext):
    """A context no kind gives (for the test above): what its tool said."""

    given_by: ClassVar[str] = "a test's loop"
    said: list[str]


def live_pair(message: str) -> tuple[Any, dict[str, Any]]:
    """What a Live receive loop hands its extensions: the event and its JSON object."""
    return parse_live_server_event(message), json.loads(message)


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
    frames = client_round("").received
    with caplog.at_level(logging.WARNING, logger="realtime_ext.tools"):
        asked = [loop.observe(event, data) for event, data in decoded(frames + frames)]
    assert asked == [False] * len(asked)
    assert len([r for r in caplog.records if "client_tool" in r.getMessage()]) == 1  # once


def test_unknown_events_and_hosted_tools_pass_untouched() -> None:
    loop = LiveToolLoop(_Conn(), forecast_registry())
    web_search = envelope("c9", "x", "{}")[1]
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


def test_a_response_event_that_does_not_decode_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A function call without its call_id cannot be answered (the output names it): the loop
    # says so once, without the event's values, rather than letting the backend wait unseen.
    loop = LiveToolLoop(_Conn(), forecast_registry())
    frame = envelope("c1", "lookup_forecast", '{"city": "secret-city"}')[1]
    del frame["event"]["item"]["call_id"]
    with caplog.at_level(logging.WARNING, logger="realtime_ext.tools"):
        for _ in range(2):
            event, data = live_pair(json.dumps(frame))
            assert event.type == "unknown"
            assert loop.observe(event, data) is False
    [record] = [r for r in caplog.records if "did not decode" in r.getMessage()]
    assert "secret-city" not in record.getMessage()
