"""The conversation survives the server's death: ``serve-fake`` killed (SIGKILL) and started
again on the same port at each moment of a 3-turn conversation, sync and asyncio, with the
default reconnect settings. The new session holds every earlier item once (retrievable by its
original id), the message in flight arrives there once, a 4th question that needs the first
turn is answered from the carried history, and ``on_reconnected`` says what was carried."""

from __future__ import annotations

import base64
import inspect
from collections import Counter
from typing import Any

import pytest

from realtime_ext import RealtimeClient
from realtime_ext.conversation import ReconnectedEvent, ReconnectingEvent, ResponseLostEvent
from realtime_ext.tools import ToolRegistry
from support.served_fake import ServedFake
from support.waiting import until

from .conftest import Both

T = 15.0
SLOW = 60.0  # a step that waits for serve-fake to start again (seconds on a loaded machine)
FIRST = "My name is Ada."
LOOKUP = {
    "type": "function",
    "name": "lookup",
    "description": "The weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}
SESSION = {
    "type": "realtime",
    "instructions": "You are Ada's assistant.",
    "tools": [LOOKUP],
    "audio": {"input": {"turn_detection": None, "transcription": {"model": "gpt-4o-transcribe"}}},
}
LATER = {"type": "realtime", "output_modalities": ["text"]}  # merged, not a replacement
CALL = {"function_call": {"name": "lookup", "arguments": {"city": "Paris"}}}
SUNNY = {"text": "It is sunny in Paris."}
WELCOME = {"text": "You are welcome."}
RECALL = {"recall": 1}
CHUNK = b"\x00\x10" * 2400  # 100 ms of 24 kHz PCM16
CHUNKS = 10

# What each server answers, for each moment: (the first process, the restarted one).
PLANS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "between_turns": (
        {"responses": [{"text": "Hello Ada."}]},
        {"responses": [CALL, SUNNY, WELCOME, RECALL]},
    ),
    "mid_response": (
        {"responses": [{"text": "Hello Ada."}, CALL, SUNNY, {"text": "x", "delay_ms": 60_000}]},
        {"responses": [WELCOME, RECALL]},
    ),
    "mid_tool_call": (
        {"responses": [{"text": "Hello Ada."}, CALL]},
        {"responses": [SUNNY, WELCOME, RECALL]},
    ),
    # The tool is still running when the new session starts: it answers there.
    "tool_outlives_drop": (
        {"responses": [{"text": "Hello Ada."}, CALL]},
        {"responses": [SUNNY, WELCOME, RECALL]},
    ),
    "audio_appending": (
        {"responses": [{"text": "Hello Ada."}, CALL, SUNNY]},
        {"responses": [WELCOME, RECALL], "transcripts": ["Thanks a lot!"]},
    ),
    "barge_in": (
        {"responses": [{"text": "Hello Ada."}, CALL, SUNNY, {"hold": True}]},
        {"responses": [WELCOME, RECALL], "transcripts": ["Thanks a lot!"]},
    ),
}


class App:
    """A voice app's conversation loop, written once for both flavours."""

    def __init__(self, both: Both, conn: Any) -> None:
        self.both = self.run = _Slow(both)
        self.conn = conn
        self.sessions = 0
        self.lost = 0
        self.added: Counter[tuple[int, str]] = Counter()
        conn.on("session.created", self._session)
        conn.on("conversation.item.added", self._added)
        # A response lost with its session is asked for again (the guide's advice).
        conn.on("response.lost", self._ask_again)

    def _ask_again(self, lost: ResponseLostEvent) -> Any:
        self.lost += 1
        return self.conn.response.create()  # a coroutine on asyncio: awaited by dispatch

    def _session(self, event: Any) -> None:
        self.sessions += 1

    def _added(self, event: Any) -> None:
        self.added[(self.sessions, event.item.id)] += 1

    def send_text(self, text: str) -> None:
        item = {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": text}],
        }
        self.both(self.conn.conversation.item.create(item=item))
        self.both(self.conn.response.create())

    def answer(self) -> str:
        """Wait for the next response that says something (not a tool call); its text."""
        while True:
            done = self.both(self.conn.run_until("response.done", timeout=T)).to_dict()
            if done["response"]["status"] != "completed":
                continue
            for item in done["response"]["output"]:
                if item["type"] == "message":
                    return "".join(part.get("text", "") for part in item["content"])

    def ask(self, text: str) -> str:
        self.send_text(text)
        return self.answer()

    def speak(self, chunks: int) -> None:
        for _ in range(chunks):
            audio = base64.b64encode(CHUNK).decode()
            self.both(self.conn.input_audio_buffer.append(audio=audio))

    def retrieve(self, item_id: str) -> dict[str, Any]:
        self.both(self.conn.conversation.item.retrieve(item_id=item_id))
        found = self.both(self.conn.run_until("conversation.item.retrieved", timeout=T))
        return found.to_dict()["item"]  # type: ignore[no-any-return]


def _run_until_kill(app: App, served: ServedFake, kind: str, plan: dict[str, Any]) -> None:
    """Receive (and dispatch) until an event of ``kind``, then kill and restart the server."""
    app.both(app.conn.run_until(kind, timeout=T))
    served.restart(plan)


@pytest.mark.parametrize("moment", list(PLANS))
def test_conversation_survives_a_killed_server(both: Both, served: ServedFake, moment: str) -> None:
    first, second = PLANS[moment]
    served.start(first)
    told: list[ReconnectedEvent] = []
    registry = ToolRegistry()
    runs: list[str] = []
    tool_moments = ("mid_tool_call", "tool_outlives_drop")

    @registry.register
    def lookup(city: str) -> str:
        """The weather in ``city``."""
        if moment in tool_moments:  # the server dies while the tool runs
            served.restart(second)
        if moment == "tool_outlives_drop":  # and the tool ends in the new session
            until(lambda: told, "the reconnect", SLOW)
        runs.append(city)
        return f"sunny in {city}"

    holder: list[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> Any:
        if moment != "mid_tool_call":
            return None
        # The tool loop's answer (output, then response.create) goes out before the new
        # session starts: the call and its output are carried together.
        runner = holder[0]
        if both.is_async:
            from support.waiting import async_until

            return _after(
                async_until(lambda: runner.responses >= 1, "the tool loop's answer", SLOW)
            )
        until(lambda: runner.responses >= 1, "the tool loop's answer", SLOW)
        return None

    voice = both.voice()  # the history, carried to the new session
    conn = both.connect(
        served,  # type: ignore[arg-type]
        reconnect_delay=0.05,
        on_reconnected=told.append,
        on_reconnecting=on_reconnecting,
        extensions=[voice],
    )
    try:
        holder.append(conn.run_tools(registry))
        app = App(both, conn)
        app.run(conn.session.update(session=SESSION))
        app.run(conn.session.update(session=LATER))
        assert app.ask(FIRST) == "Hello Ada."
        in_flight = "What is the weather in Paris?"
        if moment == "between_turns":
            served.restart(second)
            app.send_text(in_flight)  # into the dead socket: carried once, not lost
            assert app.answer() == "It is sunny in Paris."
        elif moment in tool_moments:
            # Answered without asking again: the tool ran once, no response was lost.
            assert app.ask(in_flight) == "It is sunny in Paris."
            assert runs == ["Paris"] and app.lost == 0
        else:
            assert app.ask(in_flight) == "It is sunny in Paris."
        if moment == "mid_response":
            in_flight = "Thanks!"
            app.send_text(in_flight)
            _run_until_kill(app, served, "response.created", second)
            assert app.answer() == "You are welcome."
        elif moment in ("audio_appending", "barge_in"):
            if moment == "barge_in":
                app.send_text("Tell me a story.")
                app.run(conn.run_until("response.created", timeout=T))
                app.run(voice.interrupt())  # the user talks over the assistant
                app.run(conn.run_until("response.done", timeout=T))
            app.speak(CHUNKS // 2)
            # The user is still speaking when the server dies.
            served.restart(second)
            app.speak(CHUNKS - CHUNKS // 2)
            app.run(conn.input_audio_buffer.commit())
            app.run(conn.response.create())
            assert app.answer() == "You are welcome."
        else:
            assert app.ask("Thanks!") == "You are welcome."

        # A 4th question that needs the first turn: the new session has it.
        assert app.ask("What did I say first?") == f"You said: {FIRST}"

        assert len(told) == 1 and conn.reconnects == 1
        event = told[0]
        assert event.reason == "drop" and event.session_restored and not event.same_session
        old = voice.history.previous
        assert old is not None
        carried = [
            item.id
            for item in old
            if item.type in ("message", "function_call", "function_call_output")
        ]
        if moment in tool_moments:
            # The call was carried with it, and its output (answered while the line was
            # down, or in the new session) arrived once: the model's next answer had both.
            call = next(item for item in old if item.type == "function_call")
            assert call.id in event.carried_ids
            outputs = [i for i in voice.history if i.type == "function_call_output"]
            assert [i.call_id for i in outputs] == [call.call_id]
        for item_id in carried:
            if item_id in event.carried_ids or item_id in event.resent:
                # Every earlier item, once, under its original id.
                assert app.added[(2, item_id)] == 1, item_id
                assert app.retrieve(item_id)["id"] == item_id
        assert old.items[0].id in event.carried_ids  # the first turn
        assert app.retrieve(old.items[0].id)["content"][0]["text"] == FIRST
        # The restored session: instructions and tools too, not only the last update.
        session = app.run(conn.session.update(session={"type": "realtime"}))
        updated = app.run(conn.run_until("session.updated", timeout=T)).to_dict()["session"]
        assert session is None
        assert updated["instructions"] == SESSION["instructions"]
        assert [tool["name"] for tool in updated["tools"]] == ["lookup"]
        assert updated["output_modalities"] == ["text"]
        # The message in flight arrived in the new session exactly once.
        new_user = [item for item in voice.history if item.role == "user"]
        if moment in ("audio_appending", "barge_in"):
            spoken = [item for item in new_user if item.transcript == "Thanks a lot!"]
            assert len(spoken) == 1
            # All the audio since the last commit, sent again (none of it was confirmed).
            assert event.audio_bytes == len(CHUNK) * CHUNKS
            audio = app.retrieve(spoken[0].id)["content"][0]["audio"]
            assert len(base64.b64decode(audio)) == len(CHUNK) * CHUNKS  # all of it, once
        else:
            assert [item.text for item in new_user].count(in_flight) == 1
            assert sum(n for (s, _), n in app.added.items() if s == 2) == len(voice.history)
    finally:
        _Slow(both)(conn.close())


async def _after(waiting: Any) -> None:
    await waiting


class _Slow:
    """``both(x)`` with room for a server restart within the step."""

    def __init__(self, both: Both) -> None:
        self._both = both

    def __call__(self, value: Any) -> Any:
        if not inspect.isawaitable(value):
            return value
        return self._both.start(lambda: value).result(SLOW)


def _accepted(rest: RealtimeClient, call_id: str, session: dict[str, Any]) -> bool:
    try:
        rest.calls.accept(call_id, session=session)
    except Exception:
        return False
    return True
