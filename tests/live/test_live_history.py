"""``conn.history`` on a GPT-Live connection, against the fake server (127.0.0.1, started by
each test), blocking and asyncio: both sides' transcripts in order, delegations with their
results (the app's, a hosted backend's), bounded, and one history across a move to a new
session, which is what a restart starts again with. Waits are on events, never sleeps."""

from __future__ import annotations

import re
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext._live.history import MAX_HISTORY_CHARS, MAX_TEXT_CHARS
from realtime_ext.conversation import (
    AsyncLiveConnection,
    LiveConnection,
    LiveDelegation,
    LiveHistory,
    LiveTranscript,
    ReconnectedEvent,
)
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import ToolRegistry

KEY = "sk-live-secret-0123456789"
SPEECH = b"\x00\x10" * 2400  # 100 ms of non-silent PCM16 at 24 kHz
SILENCE = b"\x00\x00" * 2400
T = 10.0
TURN = [SPEECH] * 6 + [SILENCE] * 10


def step(conn: LiveConnection, frame: bytes) -> str:
    """Send one 100 ms frame, receive up to its output frame; what the model said."""
    conn.send_audio(frame)
    said = ""
    while (event := conn.recv(timeout=T)).type != "session.output_audio.delta":
        if event.type == "session.output_transcript.delta":
            said += event.delta
    return said


async def astep(conn: AsyncLiveConnection, frame: bytes) -> str:
    await conn.send_audio(frame)
    said = ""
    while (event := await conn.recv(timeout=T)).type != "session.output_audio.delta":
        if event.type == "session.output_transcript.delta":
            said += event.delta
    return said


def talk(conn: LiveConnection, until: str) -> str:
    """One user turn, then silence until the model said ``until`` (a regex)."""
    heard = "".join(step(conn, frame) for frame in TURN)
    while not re.search(until, heard):
        heard += step(conn, SILENCE)
    return heard


async def atalk(conn: AsyncLiveConnection, until: str, *, speak: bool = True) -> str:
    heard = "".join([await astep(conn, frame) for frame in TURN]) if speak else ""
    while not re.search(until, heard):
        heard += await astep(conn, SILENCE)
    return heard


def lines(history: LiveHistory) -> list[tuple[str, str]]:
    return [
        (item.role, item.text.strip()) if item.type == "transcript" else ("delegation", item.id)
        for item in history
    ]


def test_both_sides_in_order_blocking() -> None:
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        server.script.next_transcript("What is the weather?")
        server.script.next_response(text="Sunny today.")
        server.script.next_transcript("And tomorrow?")
        server.script.next_response(text="Rain tomorrow.")
        conn = client.live.connect(
            model="gpt-live-1",
            input=[{"role": "user", "content": [{"type": "input_text", "text": "I am Ada."}]}],
        )
        talk(conn, r"Sunny today\.")
        talk(conn, r"Rain tomorrow\.")
        conn.close()
    assert lines(conn.history) == [
        ("user", "I am Ada."),
        ("user", "What is the weather?"),
        ("assistant", "Sunny today."),
        ("user", "And tomorrow?"),
        ("assistant", "Rain tomorrow."),
    ]
    said = [item for item in conn.history if item.type == "transcript"][2]
    assert said.session_id == conn.session_id and said.start_ms is not None
    assert said.end_ms is not None and said.end_ms > said.start_ms
    assert conn.history.transcript().splitlines()[2] == "assistant: Sunny today."


async def test_a_client_delegation_and_its_result_asyncio() -> None:
    with FakeRealtimeServer() as server:
        server.script.next_transcript("Where is my order?")
        server.script.next_response(function_call=("lookup", {}), text="One moment.")
        async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = await client.live.connect(model="gpt-live-1")
            await atalk(conn, r"One moment\.")
            (delegation,) = conn.history.delegations
            assert (delegation.target, delegation.status) == ("client", "in_progress")
            await conn.commentary("It ships on Friday.", delegation_id=delegation.id)
            await atalk(conn, r"Friday\.", speak=False)
            await conn.close()
    assert (delegation.status, delegation.results) == ("completed", ("It ships on Friday.",))
    assert delegation.session_id == conn.session_id and delegation.offset_ms is not None
    # The model delegates as the user stops, then says its filler and the result.
    assert [kind for kind, _ in lines(conn.history)] == ["user", "delegation", "assistant"]
    assert conn.history.items[-1].type == "transcript"
    assert "[delegated to client: completed] It ships on Friday." in conn.history.transcript()


@pytest.mark.parametrize("mode", ["blocking", "asyncio"])
async def test_a_responses_delegation_keeps_the_tool_output_and_the_answer(mode: str) -> None:
    registry = ToolRegistry()

    @registry.register
    def lookup_forecast(city: str) -> str:
        """Tomorrow's forecast for a city."""
        return f"{city}: rain"

    responses = {"type": "responses", "responses": {"model": "gpt-5.6-sol"}}
    with FakeRealtimeServer() as server:
        server.script.next_response(function_call=("lookup_forecast", {"city": "Oslo"}))
        server.script.next_response(text="It will rain in Oslo.")
        if mode == "asyncio":
            async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as aclient:
                aconn = await aclient.live.connect(
                    model="gpt-live-1", delegation=responses, tools=registry
                )
                await atalk(aconn, r"rain in Oslo\.")
                await aconn.close()
                history = aconn.history
        else:
            with RealtimeClient(api_key=KEY, base_url=server.base_url) as client:
                conn = client.live.connect(model="gpt-live-1", delegation=responses, tools=registry)
                talk(conn, r"rain in Oslo\.")
                conn.close()
                history = conn.history
    (delegation,) = history.delegations
    assert delegation.target == "responses" and delegation.response_id is not None
    assert delegation.status == "completed"
    assert delegation.results == ("Oslo: rain", "It will rain in Oslo.")


def test_one_history_across_a_restart_is_what_the_new_session_starts_with() -> None:
    told: list[ReconnectedEvent] = []
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        server.script.next_transcript("My name is Ada.")
        server.script.next_response(text="Hello Ada.")
        conn = client.live.connect(
            model="gpt-live-1", reconnect_delay=0, on_reconnected=told.append
        )
        history, first = conn.history, conn.session_id
        talk(conn, r"Hello Ada\.")
        server.drop_connections()
        conn.run_until("session.started", timeout=T)
        server.script.next_transcript("What is my name?")
        server.script.next_response(text="You are Ada.")
        talk(conn, r"You are Ada\.")
        conn.close()
    assert conn.history is history and conn.session_id != first
    assert told[0].carried_input == tuple(history.input_items()[:2])
    sessions = [item.session_id for item in history if item.type == "transcript"]
    assert sessions == [first, first, conn.session_id, conn.session_id]
    assert lines(history)[-1] == ("assistant", "You are Ada.")


def test_bounded_by_max_items_and_by_characters() -> None:
    history = LiveHistory(max_items=4)
    for turn in range(10):
        history.note_transcript("user", {"delta": f"question {turn}"})
        history.note_transcript("assistant", {"delta": f"answer {turn}"})
    assert len(history) == 4 and history.evicted == 16
    assert lines(history)[0] == ("user", "question 8")
    history.max_items = 2  # lowering it lets the oldest go at once
    assert lines(history) == [("user", "question 9"), ("assistant", "answer 9")]
    with pytest.raises(InvalidArgumentError, match="max_items must be an int >= 1"):
        history.max_items = 0
    with pytest.raises(InvalidArgumentError, match="max_items must be an int >= 1"):
        LiveHistory(max_items=True)
    long = LiveHistory()
    chunk = "x" * 10_000
    for turn in range(100):  # 1,000,000 characters said
        long.note_transcript("user" if turn % 2 else "assistant", {"delta": chunk})
    assert sum(len(i.text) for i in long if i.type == "transcript") <= MAX_HISTORY_CHARS


def test_a_message_past_its_own_bound_counts_only_what_it_keeps() -> None:
    # One side speaking on and on: its message keeps its last MAX_TEXT_CHARS, and the
    # history's character bound counts those, so the exchange after it keeps what went
    # before (counting every fragment ever said let all of it go at the next message).
    history = LiveHistory()
    history.note_transcript("user", {"delta": "Hello"})
    chunk = "y" * 1_000
    for _ in range(3 * MAX_HISTORY_CHARS // len(chunk)):
        history.note_transcript("assistant", {"delta": chunk})
    history.note_transcript("user", {"delta": "Thanks"})
    assert [role for role, _ in lines(history)] == ["user", "assistant", "user"]
    said = history.items[1]
    assert isinstance(said, LiveTranscript) and len(said.text) == MAX_TEXT_CHARS
    assert len(said) == MAX_TEXT_CHARS and history.evicted == 0


def test_delegations_never_answered_and_odd_events_stay_bounded() -> None:
    history = LiveHistory()
    table = history.notes()  # what the connection calls, per event type
    delegated = table["session.delegation.created"]
    assert delegated is not None
    for n in range(1000):
        delegated({"delegation": {"id": f"item_{n}", "target": "someday"}})
    delegated({"delegation": "not an object"})  # ignored, no crash
    for kind in ("response.event", "decision.event"):
        note = table[kind]
        assert note is not None
        note({"delegation_id": "item_999", "event": "odd"})
        note({"event": {"type": "decision.completed"}})  # names no delegation
    history.max_items = 100
    assert len(history) == 100 and history.evicted == 900
    item = history.items[-1]
    assert isinstance(item, LiveDelegation) and item.target == "someday"
    assert not isinstance(item, LiveTranscript) and item.status == "in_progress"


def test_any_input_shape_in_the_startup_input_is_read_without_crashing() -> None:
    history = LiveHistory()
    odd: list[Any] = [None, {"role": "tool"}, {"role": "user", "content": "no list"}]
    history.sent({"type": "session.start", "session": {"model": "gpt-live-1", "input": odd}})
    assert lines(history) == [("user", "")]
    assert history.input_items() == []  # empty text is not carried


def test_full_duplex_transcript_windows_make_one_message_a_side() -> None:
    """As recorded: Live sends each side's windows ~400 ms behind the audio, so the model's
    first words arrive before the user's last ones; each side is still one message, and the
    user's next question, after the answer, a new one."""
    history = LiveHistory()
    history.sent({"type": "session.start", "session": {"model": "gpt-live-1"}})
    recorded = [
        ("user", "What is", 1800),
        ("user", " my", 2000),
        ("user", " name", 2400),
        ("assistant", "You mentioned", 2400),
        ("user", " is", 2600),
        ("assistant", " your", 2600),
        ("user", "?", 2800),
        ("assistant", " name", 2800),
        ("assistant", " is Ada.", 3000),
        ("user", "Thanks", 4200),
    ]
    for role, delta, start in recorded:
        event = {"delta": delta, "start_ms": start, "end_ms": start + 200}
        history.note_transcript("user" if role == "user" else "assistant", event)
    assert history.transcript().splitlines() == [
        "user: What is my name is?",
        "assistant: You mentioned your name is Ada.",
        "user: Thanks",
    ]
