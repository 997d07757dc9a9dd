"""The OpenAI Agents SDK (``openai-agents``, unmodified) against ``realtime-ext serve-fake``.

Not part of the test suite: ``openai-agents`` pulls ``mcp`` and a newer ``websockets`` than
the project pins, so it runs from a separate virtual environment::

    python -m venv /tmp/agents && /tmp/agents/bin/pip install openai-agents==0.24.0
    realtime-ext serve-fake --port 8799 --scenario scenario.json &
    /tmp/agents/bin/python scripts/check_agents_sdk.py ws://127.0.0.1:8799/v1/realtime?model=gpt-realtime

with ``scenario.json``::

    {"responses": [
      {"function_call": {"name": "get_weather", "arguments": {"city": "Paris"}}},
      {"text": "It is sunny in Paris.", "audio_ms": 500}]}

The same works through a cassette: point the script at ``realtime-ext record --upstream
http://127.0.0.1:8799/v1 --cassette agents.jsonl --port 8798`` once, then at
``realtime-ext serve-fake --cassette agents.jsonl`` (no scenario, no upstream).

It prints the tool calls the agent ran and the conversation it saw, and exits 1 unless the
agent called ``get_weather("Paris")`` and heard the scripted answer.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from agents import function_tool  # type: ignore[import-not-found]
from agents.realtime import RealtimeAgent, RealtimeRunner  # type: ignore[import-not-found]

calls: list[str] = []


@function_tool  # type: ignore[misc]
def get_weather(city: str) -> str:
    """Weather of a city."""
    calls.append(city)
    return f"Sunny in {city}"


async def main(url: str) -> int:
    agent = RealtimeAgent(name="weather", instructions="Answer about weather.", tools=[get_weather])
    session = await RealtimeRunner(agent).run(model_config={"url": url, "api_key": "sk-agents"})
    ends = 0
    async with session:
        await session.send_message("What's the weather in Paris?")

        async def collect() -> None:
            nonlocal ends
            async for event in session:
                if event.type == "error":
                    print("error:", event, file=sys.stderr)
                if event.type == "agent_end":
                    ends += 1
                    if ends == 2:  # the tool-call turn, then the answer
                        return

        await asyncio.wait_for(collect(), 15)
    texts: list[Any] = []
    for item in session._history:
        for part in getattr(item, "content", None) or []:
            text = getattr(part, "transcript", None) or getattr(part, "text", None)
            if text:
                texts.append([item.role, text])
    print(json.dumps({"tool_calls": calls, "conversation": texts}))
    ok = calls == ["Paris"] and ["assistant", "It is sunny in Paris."] in texts
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
