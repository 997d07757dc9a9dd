"""pipecat's OpenAI services (pipecat-ai, pinned exactly in the dev extra), unmodified,
against ``realtime-ext serve-fake`` in a subprocess, each in a plain pipeline with no
transport: frames go in at its head and are collected after the service. Its Realtime
service (a reply spoken, then a spoken turn under server VAD that calls a tool), its GPT-Live
service (a spoken turn whose Responses backend calls a tool) and its Azure Realtime service
on the fake's Azure mode. Every frame the service receives is checked against openai's
published event unions (support/openai_frames.py).

Installed without the local models pipecat declares for every install (onnxruntime, numba:
constraints/overrides.txt); these pipelines, whose turns the server detects
(``ExternalUserTurnStrategies``), import neither, so they run here without them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

import pytest
from pipecat.adapters.llm.schemas.function_schema import FunctionSchema
from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema
from pipecat.frames.frames import (
    EndFrame,
    Frame,
    FunctionCallResultFrame,
    InputAudioRawFrame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMRunFrame,
    OutputAudioRawFrame,
    TTSTextFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMContextAggregatorPair,
    LLMUserAggregatorParams,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.azure.realtime.llm import AzureRealtimeLLMService
from pipecat.services.llm_service import FunctionCallParams, LLMService
from pipecat.services.openai.live.llm import OpenAILiveLLMService
from pipecat.services.openai.realtime import events
from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService
from pipecat.services.openai.responses.llm import OpenAIResponsesLLMService
from pipecat.turns.user_turn_strategies import ExternalUserTurnStrategies
from pipecat.workers.runner import WorkerRunner

from realtime_ext.testing import sine_pcm16
from support.openai_frames import Frames
from support.served_fake import ServedFake

# A fake that stops answering fails here rather than at the suite's 20-minute cap.
pytestmark = pytest.mark.timeout(90)
KEY = "0123abcd"
RATE = 24_000
ASKED = "Will it rain in Oslo?"
CALL = {"function_call": {"name": "lookup_forecast", "arguments": {"city": "Oslo"}}}
TOOLS = ToolsSchema(
    standard_tools=[
        FunctionSchema(
            name="lookup_forecast",
            description="Today's forecast for a city.",
            properties={"city": {"type": "string"}},
            required=["city"],
        )
    ]
)


def _audio(pcm: bytes, count: int) -> list[Frame]:
    return [InputAudioRawFrame(audio=pcm, sample_rate=RATE, num_channels=1) for _ in range(count)]


SPEECH = sine_pcm16(100)
SILENCE = bytes(4800)


class _Collector(FrameProcessor):
    """Every frame the service sends on, and a wait for the first one of a kind."""

    def __init__(self) -> None:
        super().__init__()
        self.frames: list[Frame] = []
        self._waiting: list[tuple[Callable[[Frame], bool], asyncio.Future[Frame]]] = []

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        self.frames.append(frame)
        for found, future in list(self._waiting):
            if not future.done() and found(frame):
                future.set_result(frame)
        await self.push_frame(frame, direction)

    async def first(self, kind: type[Frame], *, after: int = 0) -> Frame:
        """The first frame of ``kind`` after the ``after`` first ones, when it comes."""
        for frame in self.frames[after:]:
            if isinstance(frame, kind):
                return frame
        future: asyncio.Future[Frame] = asyncio.get_running_loop().create_future()
        self._waiting.append((lambda frame: isinstance(frame, kind), future))
        return await future

    async def answered(self, *, after: int = 0) -> None:
        """Until a response that speaks, begun after the ``after`` first frames, has ended."""
        spoken = await self.first(TTSTextFrame, after=after)
        await self.first(LLMFullResponseEndFrame, after=self.frames.index(spoken))

    def said(self, *, after: int = 0) -> tuple[str, int]:
        """What the service spoke after the ``after`` first frames: text, audio bytes (the
        Realtime service's ``TTSAudioRawFrame``, the Live one's ``SpeechOutputAudioRawFrame``)."""
        frames = self.frames[after:]
        text = "".join(frame.text for frame in frames if isinstance(frame, TTSTextFrame))
        audio = sum(len(frame.audio) for frame in frames if isinstance(frame, OutputAudioRawFrame))
        return text, audio


class _Run:
    """A running pipeline: user aggregator, the service, the collector, assistant aggregator."""

    def __init__(self, worker: PipelineWorker, collector: _Collector, context: LLMContext):
        self.worker = worker
        self.collector = collector
        self.context = context

    async def send(self, frames: Sequence[Frame]) -> None:
        await self.worker.queue_frames(frames)

    def messages(self) -> list[tuple[str, Any]]:
        return [
            (message["role"], message.get("content"))
            for message in self.context.get_messages()
            if isinstance(message, dict)
        ]


@asynccontextmanager
async def _pipeline(service: LLMService[Any], context: LLMContext) -> AsyncGenerator[_Run]:
    # The server detects the turns (as pipecat recommends for these services), so no local
    # turn model is loaded.
    pair = LLMContextAggregatorPair(
        context,
        user_params=LLMUserAggregatorParams(user_turn_strategies=ExternalUserTurnStrategies()),
    )
    collector = _Collector()
    worker = PipelineWorker(
        Pipeline([pair.user(), service, collector, pair.assistant()]),
        cancel_on_idle_timeout=False,
        enable_rtvi=False,
        params=PipelineParams(audio_in_sample_rate=RATE, audio_out_sample_rate=RATE),
    )
    started = asyncio.Event()

    async def on_started(worker: PipelineWorker, frame: Frame) -> None:
        started.set()

    worker.add_event_handler("on_pipeline_started", on_started)

    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    running = asyncio.create_task(runner.run())
    try:
        await started.wait()
        # A flow that stalls fails here, with the pipeline shut down below, rather than at
        # pytest-timeout's cap, which would leave pipecat's tasks to the loop's close.
        async with asyncio.timeout(30):
            yield _Run(worker, collector, context)
        await worker.queue_frame(EndFrame())
        await running
    finally:
        if not running.done():
            await worker.cancel()
            await running


def _lookup(service: LLMService[Any], asked: list[str]) -> None:
    async def lookup_forecast(params: FunctionCallParams) -> None:
        city = str(params.arguments["city"])
        asked.append(city)
        await params.result_callback(f"Light rain in {city}.")

    service.register_function("lookup_forecast", lookup_forecast)


async def test_realtime_service_speaks_then_answers_speech_with_a_tool(
    served: ServedFake, frames: Frames
) -> None:
    served.start(
        {
            "transcripts": [ASKED],
            "responses": [{"text": "Hello there."}, CALL, {"text": "Light rain in Oslo."}],
        }
    )
    transcribed = events.AudioInput(transcription=events.InputAudioTranscription())
    service = OpenAIRealtimeLLMService(
        api_key="sk-test",
        base_url=served.base_url.replace("http", "ws", 1) + "/realtime",
        settings=OpenAIRealtimeLLMService.Settings(
            model="gpt-realtime",
            session_properties=events.SessionProperties(
                audio=events.AudioConfiguration(input=transcribed)
            ),
        ),
    )
    asked: list[str] = []
    _lookup(service, asked)
    context = LLMContext(messages=[{"role": "user", "content": "Say hello."}], tools=TOOLS)
    async with _pipeline(service, context) as run:
        await run.send([LLMRunFrame()])
        await run.collector.first(LLMFullResponseEndFrame)
        text, audio = run.collector.said()
        assert text == "Hello there."
        assert audio > 0

        # A spoken turn: the API hears the speech begin before it ends (pipecat then stops
        # the bot, as a caller speaking over it would), and its VAD ends the turn.
        turn = len(run.collector.frames)
        await run.send(_audio(SPEECH, 8))
        await run.collector.first(InterruptionFrame, after=turn)
        await run.send(_audio(SILENCE, 10))
        result = await run.collector.first(FunctionCallResultFrame, after=turn)
        await run.collector.answered(after=run.collector.frames.index(result))
        text, audio = run.collector.said(after=turn)
        assert text == "Light rain in Oslo."
        assert audio > 0
    assert asked == ["Oslo"]
    assert ("user", "Say hello.") in run.messages()
    assert ("user", ASKED) in run.messages()  # the API's transcript of the speech
    assert ("assistant", "Hello there.") in run.messages()
    assert ("tool", '"Light rain in Oslo."') in run.messages()
    assert frames.checked["response.done"] == 3
    assert frames.checked["error"] == 0


async def test_live_service_answers_a_spoken_turn_with_a_tool(
    served: ServedFake, frames: Frames
) -> None:
    # The test clock: the fake's Live timeline moves with the audio sent, so the test sends
    # the silence a microphone would, and no second of it waits on the wall clock.
    served.start(
        {"transcripts": [ASKED], "responses": [CALL, {"text": "Yes, light rain in Oslo."}]},
        "--live-clock",
        "test",
    )
    backend = OpenAIResponsesLLMService.Settings(model="gpt-5.5")
    service = OpenAILiveLLMService(
        api_key="sk-test",
        base_url=served.base_url.replace("http", "ws", 1) + "/live/sessions",
        delegation=OpenAILiveLLMService.ResponsesDelegation(settings=backend),
    )
    started = asyncio.Event()

    async def on_session_started(service: OpenAILiveLLMService, session: Any) -> None:
        started.set()

    service.add_event_handler("on_session_started", on_session_started)

    asked: list[str] = []
    _lookup(service, asked)
    context = LLMContext(messages=[{"role": "system", "content": "Be brief."}], tools=TOOLS)
    async with _pipeline(service, context) as run:
        await run.send([LLMRunFrame()])  # starts the session
        await started.wait()
        await run.send([*_audio(SPEECH, 8), *_audio(SILENCE, 60)])
        result = await run.collector.first(FunctionCallResultFrame)
        # The backend's answer is spoken over the next input: four more seconds of silence.
        await run.send(_audio(SILENCE, 40))
        await run.collector.answered(after=run.collector.frames.index(result))
        text, audio = run.collector.said(after=run.collector.frames.index(result))
        assert text == "Yes, light rain in Oslo."
        assert audio > 0
    assert asked == ["Oslo"]
    assert ("user", ASKED) in run.messages()
    assert ("assistant", "Yes, light rain in Oslo.") in run.messages()
    assert frames.unions["live"] > 0
    assert frames.checked["error"] == 0
    assert frames.checked["response.event/response.completed"] == 2


async def test_azure_realtime_service_speaks_a_reply_on_a_deployment(
    served: ServedFake, frames: Frames
) -> None:
    served.start(
        {"responses": [{"text": "Hello there."}]},
        "--azure",
        "--api-key",
        KEY,
        "--deployment",
        "my-dep=gpt-realtime",
    )
    endpoint = served.base_url.removesuffix("/v1").replace("http", "ws", 1)
    service = AzureRealtimeLLMService(
        api_key=KEY,
        base_url=endpoint + "/openai/v1/realtime",
        settings=AzureRealtimeLLMService.Settings(model="my-dep"),
    )
    context = LLMContext(messages=[{"role": "user", "content": "Say hello."}])
    async with _pipeline(service, context) as run:
        await run.send([LLMRunFrame()])
        await run.collector.first(LLMFullResponseEndFrame)
        text, audio = run.collector.said()
    assert text == "Hello there."
    assert audio > 0
    # Its session.update names the deployment as the model (as Azure's docs do): accepted.
    assert frames.checked["session.updated"] == 2
    assert frames.checked["error"] == 0
    assert frames.checked["response.done"] == 1
