"""A text agent with tools over the Realtime WebSocket: typed sends, narrowing events, the
automatic tool loop, server errors that raise, and a reconnect that asks again for a reply
the drop cut, in one small app.

Run it against the API, or offline against the bundled fake server (which plays a model
that calls both tools in parallel)::

    export OPENAI_API_KEY=sk-...
    python -m realtime_ext.examples.text_agent_with_tools "What's the weather in Paris and Oslo?"
    python -m realtime_ext.examples.text_agent_with_tools --fake
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from realtime_ext import RealtimeClient, RealtimeServerError
from realtime_ext.connection import RealtimeConnection
from realtime_ext.conversation import ResponseLostEvent
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import ToolRegistry

__all__ = ["ask", "main", "registry"]

registry: ToolRegistry = ToolRegistry()


@registry.register
def get_weather(city: str) -> dict[str, object]:
    """Current weather for a city (a stand-in for a real weather service)."""
    return {"city": city, "temp_c": 21, "sky": "clear"}


@registry.register
def convert_c_to_f(celsius: float) -> float:
    """Convert degrees Celsius to Fahrenheit."""
    return celsius * 9 / 5 + 32


def ask(conn: RealtimeConnection, question: str, out: list[str]) -> str:
    """Ask ``question``; tools are answered automatically; returns the final text answer."""
    conn.session.update(
        session={
            "type": "realtime",
            "output_modalities": ["text"],
            "instructions": "Answer briefly. Use the tools for weather.",
            "tools": registry.tools,
        }
    )
    conn.run_tools(registry, timeout=30)
    conn.conversation.item.create(
        item={
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": question}],
        }
    )
    conn.response.create()
    answer: list[str] = []

    def ask_again(lost: ResponseLostEvent) -> None:
        # The line dropped mid-reply and the reconnect started a new session (the
        # conversation carried): what came of the reply is dropped, and it is asked again.
        out.append(f"reply lost (close {lost.close_code}): asked again")
        answer.clear()
        conn.response.create()

    conn.on("response.lost", ask_again)
    try:
        for event in conn:
            if event.type == "response.function_call_arguments.done":
                out.append(f"tool call: {event.name}({event.arguments})")
            elif event.type == "response.output_text.delta":
                answer.append(event.delta)
            elif event.type == "response.done" and answer:
                break  # the response that followed the tool outputs
    finally:
        conn.off("response.lost", ask_again)
    return "".join(answer)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; ``--fake`` runs offline against :class:`FakeRealtimeServer`."""
    args = list(sys.argv[1:] if argv is None else argv)
    fake = "--fake" in args
    question = " ".join(a for a in args if a != "--fake") or "Weather in Paris and Oslo?"
    out: list[str] = []
    server = FakeRealtimeServer().start() if fake else None
    try:
        if server is not None:
            server.script.next_response(
                function_calls=[
                    ("get_weather", {"city": "Paris"}),
                    ("get_weather", {"city": "Oslo"}),
                ]
            )
            server.script.next_response(text="Both are 21 degrees and clear.")
            client = RealtimeClient(api_key="sk-fake", base_url=server.base_url)
        else:
            client = RealtimeClient()
        with (
            client,
            client.connect(
                model="gpt-realtime",
                max_retries=3,
                on_reconnected=lambda e: out.append(f"reconnected (attempt {e.attempt})"),
            ) as conn,
        ):
            try:
                out.append(ask(conn, question, out))
            except RealtimeServerError as exc:
                out.append(f"the server refused a request: {exc}")
                return 1
    finally:
        if server is not None:
            server.stop()
        print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
