"""GPT-Live end to end against the fake server, sync and asyncio, through the public API
only: a primary WebSocket session (text as context, the model's answer, ``session.close`` ->
``session.closed``), and a spoken tool round under Responses delegation and under client
delegation, answered from a ``ToolRegistry`` by ``LiveToolLoop``.

The fake's clock is the input audio (each 100 ms appended moves its timeline 100 ms and
brings one ``session.output_audio.delta`` back), so a test streams audio one chunk at a time
and, after each, receives until that chunk's output audio: it waits on events, never on time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.conversation import AsyncLiveConnection, LiveConnection
from realtime_ext.events import LiveServerEvent
from realtime_ext.testing import FakeRealtimeServer, sine_pcm16
from realtime_ext.tools import (
    AsyncDelegationContext,
    DelegationContext,
    LiveToolLoop,
    ToolRegistry,
)
from realtime_generated.models import LiveResponseFunctionToolCall

PCM24 = {"format": {"type": "audio/pcm", "rate": 24000}}
SILENCE = bytes(4800)  # 100 ms of 24 kHz mono PCM16
SPEECH = sine_pcm16(100)
MAX_CHUNKS = 150  # 15 s of timeline: far more than any round here needs
FORECAST = "Rain in Oslo, 12 degrees."
RESPONSES = {
    "type": "responses",
    "responses": {
        "model": "gpt-5",
        "tools": [
            {
                "type": "function",
                "name": "lookup_forecast",
                "description": "The forecast for a city.",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            }
        ],
    },
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(live_session_seconds=3600) as fake:
        yield fake


@pytest.fixture(params=["sync", "asyncio"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def forecast_registry(asked: list[Any]) -> ToolRegistry:
    registry = ToolRegistry()

    @registry.register
    def lookup_forecast(city: str) -> str:
        """The forecast for a city."""
        asked.append(city)
        return FORECAST

    return registry


class Said:
    """What the model said (output transcript), and every event type seen, in order."""

    def __init__(self) -> None:
        self.text = ""
        self.types: list[str] = []
        self.backend = ""  # the delegated backend's answer (its typed output text)
        self.calls: list[LiveResponseFunctionToolCall] = []  # its typed function calls
        self.nested: list[str] = []  # the nested type of each response.event

    def take(self, event: LiveServerEvent) -> bool:
        """Note ``event``; True when it is a chunk's output audio (the timeline moved)."""
        self.types.append(event.type)
        if event.type == "session.output_transcript.delta":
            self.text += event.delta
        elif event.type == "response.event":
            nested = event.event
            self.nested.append(nested.type)
            if nested.type == "response.output_text.delta":
                self.backend += nested.delta
            elif nested.type == "response.output_item.done" and nested.item.type == "function_call":
                self.calls.append(nested.item)
        return bool(event.type == "session.output_audio.delta")


def stream(conn: LiveConnection, audio: list[bytes], said: Said, until: str) -> None:
    """Send ``audio`` chunk by chunk, then silence, each followed by its output audio,
    until the model has said ``until`` (or ``MAX_CHUNKS`` chunks went by)."""
    for index in range(MAX_CHUNKS):
        if until in said.text:
            return
        conn.send_audio(audio[index] if index < len(audio) else SILENCE)
        while not said.take(conn.recv(timeout=10)):
            pass
    pytest.fail(f"the model never said {until!r}; it said {said.text!r}")


async def astream(conn: AsyncLiveConnection, audio: list[bytes], said: Said, until: str) -> None:
    for index in range(MAX_CHUNKS):
        if until in said.text:
            return
        await conn.send_audio(audio[index] if index < len(audio) else SILENCE)
        while not said.take(await conn.recv(timeout=10)):
            pass
    pytest.fail(f"the model never said {until!r}; it said {said.text!r}")


def utterance() -> list[bytes]:
    """What the user says: a little silence, 800 ms of speech (then silence ends the turn)."""
    return [SILENCE] * 2 + [SPEECH] * 8


def test_a_primary_websocket_session(server: FakeRealtimeServer, mode: str) -> None:
    said = Said()
    context = "Your package arrives on Friday."
    if mode == "sync":
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.live.connect(model="gpt-live-1", audio=PCM24) as conn,
        ):
            assert conn.session_id is not None and conn.session_id.startswith("live_")
            conn.commentary(context)  # text reaches the model as context
            appended = conn.run_until("session.commentary.appended")
            stream(conn, [], said, context)
            closed = conn.close()
    else:

        async def main() -> Any:
            async with (
                AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
                client.live.connect(model="gpt-live-1", audio=PCM24) as conn,
            ):
                await conn.commentary(context)
                found = await conn.run_until("session.commentary.appended")
                await astream(conn, [], said, context)
                return found, await conn.close()

        appended, closed = asyncio.run(main())
    assert appended.end_ms >= appended.start_ms
    assert context in said.text  # the model's answer: it spoke the context
    assert closed is not None and closed.reason == "close_requested"
    assert closed.usage.seconds > 0


def test_a_spoken_tool_round_under_responses_delegation(
    server: FakeRealtimeServer, mode: str
) -> None:
    server.script.next_transcript("What's the weather in Oslo?")
    server.script.next_response(
        function_call=("lookup_forecast", {"city": "Oslo"}), text="Let me check."
    )
    server.script.next_response(text="It will rain in Oslo.")
    asked: list[Any] = []
    registry = forecast_registry(asked)
    said = Said()
    if mode == "sync":
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.live.connect(model="gpt-live-1", audio=PCM24, delegation=RESPONSES) as conn,
        ):
            loop = conn.add_extension(LiveToolLoop(conn, registry))
            stream(conn, utterance(), said, "It will rain in Oslo.")
            conn.close()
    else:

        async def main() -> LiveToolLoop:
            async with (
                AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
                client.live.connect(model="gpt-live-1", audio=PCM24, delegation=RESPONSES) as conn,
            ):
                attached = conn.add_extension(LiveToolLoop(conn, registry))
                await astream(conn, utterance(), said, "It will rain in Oslo.")
                await conn.close()
                return attached

        loop = asyncio.run(main())
    assert asked == ["Oslo"]
    assert (loop.calls, loop.responses, loop.failures) == (1, 1, [])
    assert "session.delegation.created" in said.types and "response.event" in said.types
    assert said.text.index("Let me check.") < said.text.index("It will rain in Oslo.")
    # The backend's stream arrived typed to the end (nothing fell to the catch-all): its
    # function call, answered with the tool's result under the call's id, then its answer.
    assert "unknown" not in said.nested and said.nested.count("response.completed") == 2
    [call] = said.calls
    assert (call.name, call.arguments) == ("lookup_forecast", '{"city":"Oslo"}')
    outputs = [e for e in server.received[-1] if e["type"] == "response.item.create"]
    assert [o["item"] for o in outputs] == [
        {"type": "function_call_output", "call_id": call.call_id, "output": FORECAST}
    ]
    assert said.backend == "It will rain in Oslo."


def test_a_spoken_tool_round_under_client_delegation(server: FakeRealtimeServer, mode: str) -> None:
    server.script.next_transcript("Is staging healthy?")
    server.script.next_response(function_call=("check_status", {}), text="One moment.")
    asked: list[str] = []
    registry = ToolRegistry()

    @registry.register
    def check_status(request: str) -> str:
        """Answer a question about the deployments."""
        asked.append(request)
        return "Staging is healthy."

    said = Said()
    if mode == "sync":
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.live.connect(model="gpt-live-1", audio=PCM24) as conn,
        ):
            loop = conn.add_extension(LiveToolLoop(conn, registry))
            stream(conn, utterance(), said, "Staging is healthy.")
            conn.close()
    else:

        async def main() -> LiveToolLoop:
            async with (
                AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
                client.live.connect(model="gpt-live-1", audio=PCM24) as conn,
            ):
                attached = conn.add_extension(LiveToolLoop(conn, registry))
                await astream(conn, utterance(), said, "Staging is healthy.")
                await conn.close()
                return attached

        loop = asyncio.run(main())
    assert asked == ["Is staging healthy?"]  # the user's words since the last delegation
    assert (loop.commentary, loop.calls, loop.failures) == (1, 0, [])
    assert said.types.index("session.delegation.created") < said.types.index(
        "session.commentary.appended"
    )


WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "The weather at a place.",
    "parameters": {
        "type": "object",
        "properties": {"location": {"type": "string"}, "scale": {"type": "string"}},
        "required": ["location"],
    },
}


def test_a_one_tool_registry_with_two_parameters_answers_the_backend(
    server: FakeRealtimeServer, mode: str
) -> None:
    # Under Responses delegation the registry's only tool is a function tool the backend
    # calls with its parameters, not the client tool (which takes at most one): connect
    # used to refuse it.
    server.script.next_transcript("What's the weather in Oslo?")
    server.script.next_response(
        function_call=("get_weather", {"location": "Oslo", "scale": "celsius"}),
        text="Let me check.",
    )
    server.script.next_response(text="It is 12 degrees in Oslo.")
    asked: list[tuple[str, str]] = []
    registry = ToolRegistry()

    @registry.register
    def get_weather(location: str, scale: str = "celsius") -> str:
        """The weather at a place."""
        asked.append((location, scale))
        return f"12 degrees {scale} in {location}"

    delegation = {"type": "responses", "responses": {"model": "gpt-5", "tools": [WEATHER_TOOL]}}
    said = Said()
    if mode == "sync":
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.live.connect(
                model="gpt-live-1", audio=PCM24, delegation=delegation, tools=registry
            ) as conn,
        ):
            stream(conn, utterance(), said, "It is 12 degrees in Oslo.")
            conn.close()
    else:

        async def main() -> None:
            async with (
                AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
                client.live.connect(
                    model="gpt-live-1", audio=PCM24, delegation=delegation, tools=registry
                ) as conn,
            ):
                await astream(conn, utterance(), said, "It is 12 degrees in Oslo.")
                await conn.close()

        asyncio.run(main())
    assert asked == [("Oslo", "celsius")]
    [call] = said.calls
    sent = server.received[-1]
    outputs = [e["item"] for e in sent if e["type"] == "response.item.create"]
    assert outputs == [
        {
            "type": "function_call_output",
            "call_id": call.call_id,
            "output": "12 degrees celsius in Oslo",
        }
    ]
    kinds = [e["type"] for e in sent if e["type"] in ("response.item.create", "response.create")]
    assert kinds == ["response.item.create", "response.create"]
    assert said.backend == "It is 12 degrees in Oslo."


def test_the_client_tool_appends_progress_to_its_own_delegation(
    server: FakeRealtimeServer, mode: str
) -> None:
    # The client tool asks for its delegation by a typed parameter (not in its schema) and
    # appends silent progress to it before its result is spoken.
    server.script.next_transcript("Is staging healthy?")
    server.script.next_response(function_call=("check_status", {}), text="One moment.")
    asked: list[tuple[str, str]] = []
    said = Said()
    if mode == "sync":
        registry = ToolRegistry()

        @registry.register
        def check_status(request: str, delegation: DelegationContext) -> str:
            """Answer a question about the deployments."""
            assert isinstance(delegation.connection, LiveConnection)
            asked.append((request, delegation.delegation_id))
            delegation.thinking("Two of three health checks passed.")
            return "Staging is healthy."

        assert "delegation" not in check_status.to_dict()["parameters"]["properties"]
        with (
            RealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
            client.live.connect(model="gpt-live-1", audio=PCM24, tools=registry) as conn,
        ):
            stream(conn, utterance(), said, "Staging is healthy.")
            conn.close()
    else:
        aregistry = ToolRegistry()

        @aregistry.register
        async def acheck_status(request: str, delegation: AsyncDelegationContext) -> str:
            """Answer a question about the deployments."""
            asked.append((request, delegation.delegation_id))
            await delegation.thinking("Two of three health checks passed.")
            return "Staging is healthy."

        async def main() -> None:
            async with (
                AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
                client.live.connect(model="gpt-live-1", audio=PCM24, tools=aregistry) as conn,
            ):
                await astream(conn, utterance(), said, "Staging is healthy.")
                await conn.close()

        asyncio.run(main())
    [(request, delegation_id)] = asked
    assert request == "Is staging healthy?"
    appended = [
        (e["type"], e["delegation_id"], e["content"])
        for e in server.received[-1]
        if e["type"] in ("session.thinking.append", "session.commentary.append")
    ]
    assert appended == [
        ("session.thinking.append", delegation_id, "Two of three health checks passed."),
        ("session.commentary.append", delegation_id, "Staging is healthy."),
    ]
    assert "session.thinking.appended" in said.types
