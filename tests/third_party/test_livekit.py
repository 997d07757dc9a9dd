"""LiveKit's OpenAI plugin (livekit-plugins-openai, pinned exactly in the dev extra),
unmodified, against ``realtime-ext serve-fake`` in a subprocess, with no LiveKit room or
server: its Realtime model through the public ``llm.RealtimeSession`` (a reply spoken, a tool
round, a spoken turn under server VAD), the same on the fake's Azure mode
(``RealtimeModel.with_azure``), and its GPT-Live model, on OpenAI's route and on a Live
deployment (``GPTLiveModel.with_azure``), through an ``AgentSession`` whose audio comes from
and goes to the test (``io.AudioInput`` / ``io.AudioOutput``), not a room. Every
frame the plugin receives (it reads through aiohttp) is checked against openai's published
event unions (support/openai_frames.py).

The GPT-Live session is reached through ``AgentSession``: the plugin's ``GPTLiveSession``
sends ``session.start`` only once its agent's configuration is applied, which the framework
does (``Agent.duplex_session``) and no public method of the session does.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from livekit import rtc
from livekit.agents import Agent, AgentSession, function_tool, llm
from livekit.agents.voice import io
from livekit.agents.voice.events import ConversationItemAddedEvent
from livekit.plugins import openai

from realtime_ext.testing import sine_pcm16
from support.openai_frames import Frames
from support.served_fake import ServedFake

# A fake that stops answering fails here rather than at the suite's 20-minute cap.
pytestmark = pytest.mark.timeout(90)
KEY = "0123abcd"
RATE = 24_000
ASKED = "Will it rain in Oslo?"
CALL = {"function_call": {"name": "lookup_forecast", "arguments": {"city": "Oslo"}}}


def _frame(pcm: bytes) -> rtc.AudioFrame:
    return rtc.AudioFrame(
        data=pcm, sample_rate=RATE, num_channels=1, samples_per_channel=len(pcm) // 2
    )


SPEECH = _frame(sine_pcm16(100))
SILENCE = _frame(bytes(4800))
SILENCE_PACE = 0.01
"""Seconds the test microphone waits for a queued frame before it sends 100 ms of silence."""


@dataclass
class Said:
    """One generation as the plugin hands it on: its text, audio samples and calls."""

    text: str = ""
    samples: int = 0
    calls: list[llm.FunctionCall] = field(default_factory=list[llm.FunctionCall])


async def _said(generation: llm.GenerationCreatedEvent) -> Said:
    said = Said()

    async def message(stream: llm.MessageGeneration) -> None:
        async def text() -> None:
            async for delta in stream.text_stream:
                said.text += str(delta)

        async def audio() -> None:
            async for frame in stream.audio_stream:
                said.samples += frame.samples_per_channel

        await asyncio.gather(text(), audio())

    async def messages() -> None:
        async for stream in generation.message_stream:
            await message(stream)

    async def calls() -> None:
        async for call in generation.function_stream:
            said.calls.append(call)

    await asyncio.gather(messages(), calls())
    return said


def _tool(asked: list[str]) -> llm.FunctionTool[..., Any]:
    @function_tool
    async def lookup_forecast(city: str) -> str:
        """Today's forecast for a city."""
        asked.append(city)
        return f"Light rain in {city}."

    return lookup_forecast


def _texts(items: list[llm.ChatItem], role: str) -> list[str]:
    return [
        item.text_content or ""
        for item in items
        if isinstance(item, llm.ChatMessage) and item.role == role
    ]


async def test_realtime_session_speaks_calls_a_tool_and_answers_speech(
    served: ServedFake, frames: Frames
) -> None:
    served.start(
        {
            "transcripts": [ASKED],
            "responses": [
                {"text": "Hello there."},
                CALL,
                {"text": "Light rain in Oslo."},
                {"text": "You asked about Oslo."},
            ],
        }
    )
    model = openai.realtime.RealtimeModel(base_url=served.base_url, api_key="sk-test")
    session = model.session()
    errors: list[llm.RealtimeModelError] = []
    session.on("error", errors.append)
    try:
        await session.update_instructions("Be brief.")
        await session.update_tools([_tool([])])
        greeting = await _said(await session.generate_reply(instructions="Greet the user."))
        assert (greeting.text, greeting.calls) == ("Hello there.", [])
        assert greeting.samples > 0

        calling = await _said(await session.generate_reply())
        [call] = calling.calls
        assert (call.name, json.loads(call.arguments)) == ("lookup_forecast", {"city": "Oslo"})
        context = session.chat_ctx.copy()
        context.items.append(
            llm.FunctionCallOutput(
                call_id=call.call_id, name=call.name, output="Light rain.", is_error=False
            )
        )
        await session.update_chat_ctx(context)
        answer = await _said(await session.generate_reply())
        assert answer.text == "Light rain in Oslo."

        # A spoken turn: the server's VAD ends it and answers, as on the API.
        created: asyncio.Future[llm.GenerationCreatedEvent] = asyncio.Future()

        def on_created(event: llm.GenerationCreatedEvent) -> None:
            if not created.done():
                created.set_result(event)

        session.on("generation_created", on_created)
        for frame in [SPEECH] * 8 + [SILENCE] * 10:
            session.push_audio(frame)
        spoken = await _said(await created)
        assert spoken.text == "You asked about Oslo."
        assert spoken.samples > 0
        assert _texts(session.chat_ctx.items, "user") == [ASKED]
    finally:
        await session.aclose()
        await model.aclose()
    assert errors == []
    assert frames.checked["response.done"] == 4
    assert frames.checked["conversation.item.input_audio_transcription.completed"] == 1


async def test_azure_realtime_model_speaks_a_reply(served: ServedFake, frames: Frames) -> None:
    # with_azure takes no model: the plugin's session.update names its default,
    # "gpt-realtime", whatever the deployment (LiveKit's own example's deployment is named so).
    served.start(
        {"responses": [{"text": "Hello there."}]},
        "--azure",
        "--api-key",
        KEY,
        "--deployment",
        "gpt-realtime=gpt-realtime",
    )
    model = openai.realtime.RealtimeModel.with_azure(
        azure_deployment="gpt-realtime",
        azure_endpoint=served.base_url.removesuffix("/v1"),
        api_key=KEY,
    )
    session = model.session()
    errors: list[llm.RealtimeModelError] = []
    session.on("error", errors.append)
    try:
        said = await _said(await session.generate_reply(instructions="Greet the user."))
    finally:
        await session.aclose()
        await model.aclose()
    assert said.text == "Hello there."
    assert said.samples > 0
    assert errors == []
    assert frames.checked["session.updated"] == 1
    assert frames.checked["response.done"] == 1


class _Microphone(io.AudioInput):
    """What the agent hears: the frames the test queues, then silence, as a microphone never
    stops. The fake's test clock moves with the audio sent, so the silence is what moves the
    session on; it comes ten times faster than a microphone's (a frame of 100 ms every
    10 ms), so no second of the timeline waits on the wall clock."""

    def __init__(self) -> None:
        super().__init__(label="test microphone")
        self.frames: asyncio.Queue[rtc.AudioFrame] = asyncio.Queue()

    def say(self, *frames: rtc.AudioFrame) -> None:
        for frame in frames:
            self.frames.put_nowait(frame)

    def __aiter__(self) -> AsyncIterator[rtc.AudioFrame]:
        return self

    async def __anext__(self) -> rtc.AudioFrame:
        try:
            return await asyncio.wait_for(self.frames.get(), SILENCE_PACE)
        except TimeoutError:
            return SILENCE


class _Speaker(io.AudioOutput):
    """Where the agent's speech goes: counted, each segment played out at once."""

    def __init__(self) -> None:
        super().__init__(
            label="test speaker",
            capabilities=io.AudioOutputCapabilities(pause=False),
            sample_rate=RATE,
        )
        self.samples = 0
        self._segment = 0.0

    async def capture_frame(self, frame: rtc.AudioFrame) -> None:
        await super().capture_frame(frame)
        self.samples += frame.samples_per_channel
        self._segment += frame.duration

    def flush(self) -> None:
        super().flush()
        self.on_playback_finished(playback_position=self._segment, interrupted=False)
        self._segment = 0.0

    def clear_buffer(self) -> None:
        self.on_playback_finished(playback_position=self._segment, interrupted=True)
        self._segment = 0.0


def _when(found: Callable[[Any], bool]) -> tuple[asyncio.Event, Callable[[Any], None]]:
    event = asyncio.Event()

    def check(value: Any) -> None:
        if found(value):
            event.set()

    return event, check


def _live_model(served: ServedFake, route: str) -> llm.DuplexModel:
    """GPTLiveModel on OpenAI's route, or with_azure on a Live deployment whose Responses
    backend is a deployment of the same resource (as Azure serves it)."""
    scenario = {"transcripts": [ASKED], "responses": [CALL, {"text": "Yes, light rain in Oslo."}]}
    # The test clock: the fake's Live timeline moves with the audio sent, so the test sends
    # the silence a microphone would, and no second of it waits on the wall clock.
    clock = ("--live-clock", "test")
    if route == "openai":
        served.start(scenario, *clock)
        return openai.realtime.GPTLiveModel(
            base_url=served.base_url, api_key="sk-test", responses_options={"model": "gpt-5.5"}
        )
    deployments = ("--deployment", "my-live=gpt-live-1", "--deployment", "my-backend=gpt-5.5")
    served.start(scenario, *clock, "--azure", "--api-key", KEY, *deployments)
    return openai.realtime.GPTLiveModel.with_azure(
        azure_deployment="my-live",
        azure_endpoint=served.base_url.removesuffix("/v1"),
        api_key=KEY,
        responses_options={"model": "my-backend"},
    )


@pytest.mark.parametrize("route", ["openai", "azure"])
async def test_gpt_live_model_answers_a_spoken_turn_with_a_tool_without_a_room(
    served: ServedFake, frames: Frames, route: str
) -> None:
    asked: list[str] = []
    model = _live_model(served, route)
    session: AgentSession[None] = AgentSession(llm=model, vad=None)
    microphone, speaker = _Microphone(), _Speaker()
    session.input.audio = microphone
    session.output.audio = speaker
    answered, on_item = _when(
        lambda event: (
            isinstance(event, ConversationItemAddedEvent)
            and "light rain" in (getattr(event.item, "text_content", None) or "")
        )
    )
    session.on("conversation_item_added", on_item)
    # The backend's answer is spoken over the input that follows it: the microphone's silence.
    # (Queued when the framework says the tool ran, four seconds of it raced the tool's
    # output, which the framework sends after that event: when they went first, the answer
    # had no audio left to be spoken over.)
    try:
        await session.start(Agent(instructions="Be brief.", tools=[_tool(asked)]))
        microphone.say(*[SPEECH] * 8)
        await answered.wait()
        items = list(session.history.items)
    finally:
        await session.aclose()
        await model.aclose()
    assert asked == ["Oslo"]
    assert _texts(items, "user") == [ASKED]
    assert _texts(items, "assistant") == ["Yes, light rain in Oslo."]
    assert speaker.samples > 0
    assert frames.unions["live"] > 0
    assert frames.checked["response.event/response.completed"] == 2
