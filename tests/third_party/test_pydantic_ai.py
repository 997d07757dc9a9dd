"""pydantic-ai's realtime models (pydantic-ai-slim, pinned exactly in the dev extra),
unmodified, against ``realtime-ext serve-fake`` in a subprocess: its GPT-Live model (a typed
turn, then a spoken turn whose backend calls a tool), its Realtime model, and its Azure model
on the fake's Azure mode. Every frame they receive is checked against openai's published
event unions (support/openai_frames.py).

pydantic-ai was written against the real API: where the fake answered otherwise (a delegated
response that ended in a tool call never completed on its own, a typed turn's
``response.create`` refused), its GPT-Live model deadlocked.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic_ai import Agent
from pydantic_ai.messages import ModelMessage
from pydantic_ai.providers.azure import AzureProvider
from pydantic_ai.providers.openai import OpenAIProvider
from pydantic_ai.realtime import RealtimeModelSettings, RealtimeTurnCompleteEvent
from pydantic_ai.realtime.azure import AzureRealtimeModel
from pydantic_ai.realtime.openai import OpenAIRealtimeModel
from pydantic_ai.realtime.openai_live import OpenAILiveModel

from realtime_ext.testing import sine_pcm16
from support.openai_frames import Frames
from support.served_fake import ServedFake

# A fake that stops answering fails here rather than at the suite's 20-minute cap.
pytestmark = pytest.mark.timeout(90)
KEY = "0123abcd"


def _agent() -> tuple[Agent[None, str], list[str]]:
    agent: Agent[None, str] = Agent(instructions="Be brief.")
    asked: list[str] = []

    @agent.tool_plain
    def lookup_forecast(city: str) -> str:
        asked.append(city)
        return f"Light rain in {city}."

    return agent, asked


async def _turn(session: Any) -> None:
    async for event in session:
        if isinstance(event, RealtimeTurnCompleteEvent):
            return


def _parts(messages: list[ModelMessage]) -> list[tuple[str, str]]:
    """Each message part as (kind, its text or tool name)."""
    found: list[tuple[str, str]] = []
    for message in messages:
        for part in message.parts:
            if part.part_kind in ("user-prompt", "tool-return"):
                text = str(getattr(part, "content", ""))
            else:
                text = getattr(part, "transcript", None) or getattr(part, "tool_name", None) or ""
            found.append((part.part_kind, text))
    return found


async def test_openai_live_model_answers_a_typed_turn_and_a_spoken_turn_with_a_tool(
    served: ServedFake, frames: Frames
) -> None:
    served.start(
        {
            "transcripts": ["Will it rain in Oslo?"],
            "responses": [
                {"text": "Twenty."},
                {"function_call": {"name": "lookup_forecast", "arguments": {"city": "Oslo"}}},
                {"text": "Yes, light rain in Oslo."},
            ],
        }
    )
    agent, asked = _agent()
    provider = OpenAIProvider(base_url=served.base_url, api_key="sk-test")
    model = OpenAILiveModel("gpt-live-1+gpt-5.5", provider=provider)
    # Live speaks only while its timeline advances, which takes input audio: pydantic-ai
    # streams silence in real time when the app sends none (as on the real API). Its turn ends
    # after a wall-clock silence, its default 2 s, as users run it: the fake speaks a backend's
    # answer 600 ms of timeline after it (as recorded), and a shorter silence (1 s was tried)
    # ended the typed turn before "Twenty." when a loaded machine paced the silence slowly.
    settings: RealtimeModelSettings = {
        "openai_live_idle_audio": True,  # type: ignore[typeddict-unknown-key]
    }
    async with agent.realtime(model, model_settings=settings).session() as session:
        await session.send("What is 4 times 5?")
        await _turn(session)
        for _ in range(8):
            await session.send_audio(sine_pcm16(100))
        await session.send_audio(bytes(4800 * 10))
        await _turn(session)
        messages = list(session.all_messages())
    assert asked == ["Oslo"]
    assert _parts(messages) == [
        ("user-prompt", "What is 4 times 5?"),
        ("speech", "Twenty."),
        ("speech", "Will it rain in Oslo?"),
        ("tool-call", "lookup_forecast"),
        ("tool-return", "Light rain in Oslo."),
        ("speech", "Yes, light rain in Oslo."),
    ]
    assert frames.checked["response.event/response.completed"] == 3


async def test_openai_realtime_model_answers_a_turn(served: ServedFake, frames: Frames) -> None:
    served.start({"responses": [{"text": "Hello there."}]})
    agent, _ = _agent()
    provider = OpenAIProvider(base_url=served.base_url, api_key="sk-test")
    model = OpenAIRealtimeModel("gpt-realtime", provider=provider)
    async with agent.realtime(model).session() as session:
        await session.send("Hi!")
        await _turn(session)
        messages = list(session.all_messages())
    assert _parts(messages)[-1] == ("speech", "Hello there.")
    assert frames.unions["realtime"] > 0


def _trust_its_certificate(served: ServedFake, monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust the certificate serve-fake --tls made (the path it prints after the address)."""
    assert served.proc is not None and served.proc.stdout is not None
    for line in served.proc.stdout:
        if line.startswith("TLS certificate: "):
            monkeypatch.setenv("SSL_CERT_FILE", line.partition(": ")[2].strip())
            return
    raise AssertionError("serve-fake --tls printed no certificate")


async def test_azure_realtime_model_answers_a_turn_on_a_deployment(
    served: ServedFake, frames: Frames, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pydantic-ai's Azure model always opens wss:// on the resource's /openai/v1/realtime.
    served.start(
        {"responses": [{"text": "Hello there."}]},
        "--tls",
        "--azure",
        "--api-key",
        KEY,
        "--deployment",
        "my-dep=gpt-realtime",
    )
    _trust_its_certificate(served, monkeypatch)
    agent, _ = _agent()
    endpoint = served.base_url.removesuffix("/v1")
    provider = AzureProvider(azure_endpoint=endpoint, api_key=KEY, api_version="2025-04-01-preview")
    model = AzureRealtimeModel("my-dep", provider=provider)
    async with agent.realtime(model).session() as session:
        await session.send("Hi!")
        await _turn(session)
        messages = list(session.all_messages())
    assert _parts(messages)[-1] == ("speech", "Hello there.")
    assert frames.unions["realtime"] > 0
