"""GPT-Live continuity against the fake server (started by each test, 127.0.0.1): a drop
moves a stored session by fork and an unstored one by a restart with its history, an
expired session moves on, ``content`` ends the conversation with a typed error. Waits are
on events, never on sleeps."""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
from typing import Any

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    ConnectionClosed,
    InvalidArgumentError,
    RealtimeClient,
    RealtimeServerError,
    SessionClosedError,
)
from realtime_ext.conversation import AsyncLiveConnection, LiveConnection, ReconnectedEvent
from realtime_ext.testing import FakeRealtimeServer, ManualClock

KEY = "sk-live-secret-0123456789"
SPEECH = b"\x00\x10" * 2400  # 100 ms of non-silent PCM16 at 24 kHz
SILENCE = b"\x00\x00" * 2400


async def test_a_dropped_stored_session_goes_on_by_fork() -> None:
    told: list[ReconnectedEvent] = []
    with FakeRealtimeServer() as server:
        async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = await client.live.connect(
                model="gpt-live-1", store=True, reconnect_delay=0, on_reconnected=told.append
            )
            first = conn.session_id
            server.drop_connections()
            await conn.commentary("The order ships on Friday.")  # queued, carried
            event = await conn.recv(timeout=10)
            assert event.type == "session.started"
            assert conn.session_id != first and conn.session_id is not None
            ack = await conn.run_until("session.commentary.appended", timeout=10)
            assert ack.type == "session.commentary.appended"
            await conn.close()
    assert told and told[0].forked and told[0].session_id == conn.session_id
    assert told[0].carried_input == () and told[0].reason == "drop"
    assert server.received[1][0] == {"type": "session.start", "session": {}}


def test_a_forked_session_answers_a_question_that_needs_the_first_turn() -> None:
    """The fork goes on with the stored conversation: the question after the drop is
    answered from what the user said before it (the fake answers ``recall`` from the
    session's context only)."""
    told: list[ReconnectedEvent] = []
    with FakeRealtimeServer() as server:
        server.script.next_transcript("My name is Ada.")
        server.script.next_response(text="Hello Ada.")
        server.script.next_transcript("What did I say first?")
        server.script.next_response(recall=1)
        with RealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = client.live.connect(
                model="gpt-live-1", store=True, reconnect_delay=0, on_reconnected=told.append
            )
            conn.send_audio(SPEECH * 10 + SILENCE * 10)
            said = ""
            while "Ada" not in said:
                said += conn.run_until("session.output_transcript.delta", timeout=10).delta
            server.drop_connections()
            conn.run_until("session.started", timeout=10)  # the fork's
            # The question, then the silence the timeline moves on while the model answers.
            conn.send_audio(SPEECH * 10 + SILENCE * 40)
            answer = ""
            while "Ada" not in answer:
                answer += conn.run_until("session.output_transcript.delta", timeout=10).delta
            conn.close()
    assert "You said: My name is Ada" in answer
    assert told[0].forked and told[0].carried_input == ()  # nothing given: the fork has it


def test_a_dropped_unstored_session_starts_again_with_its_history() -> None:
    told: list[ReconnectedEvent] = []
    with FakeRealtimeServer() as server:
        server.script.next_transcript("My name is Ada")
        with RealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = client.live.connect(
                model="gpt-live-1",
                instructions="Be brief.",
                input=[{"role": "user", "content": [{"type": "input_text", "text": "Hello"}]}],
                reconnect_delay=0,
                on_reconnected=told.append,
            )
            conn.send_audio(SPEECH * 10 + SILENCE * 4)
            while "Ada" not in conn.run_until("session.input_transcript.delta", timeout=10).delta:
                pass
            server.drop_connections()
            conn.run_until("session.started", timeout=10)  # the new session's
            conn.close()
    restart = server.received[1][0]
    assert restart["session"]["model"] == "gpt-live-1"
    assert restart["session"]["instructions"] == "Be brief."
    texts = [item["content"][0]["text"] for item in restart["session"]["input"]]
    assert texts[0] == "Hello" and "Ada" in " ".join(texts[1:])
    assert told[0].carried_input == tuple(restart["session"]["input"])
    assert not told[0].forked


def test_carry_chooses_what_an_unstored_session_starts_again_with() -> None:
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(
            model="gpt-live-1",
            input=[{"role": "user", "content": [{"type": "input_text", "text": "x" * 60}]}],
            reconnect_delay=0,
            carry=lambda items: [
                {"role": "developer", "content": [{"type": "input_text", "text": "Summary"}]}
            ],
        )
        server.drop_connections()
        assert conn.recv(timeout=10).type == "session.started"
        conn.close()
    assert server.received[1][0]["session"]["input"] == [
        {"role": "developer", "content": [{"type": "input_text", "text": "Summary"}]}
    ]


async def test_an_expired_session_moves_to_a_new_one() -> None:
    told: list[ReconnectedEvent] = []
    with FakeRealtimeServer(live_session_seconds=0.3) as server:
        async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = await client.live.connect(
                model="gpt-live-1", reconnect_delay=0, on_reconnected=told.append
            )
            closed = await conn.run_until("session.closed", timeout=10)
            assert closed.reason == "expired"
            assert (await conn.recv(timeout=10)).type == "session.started"
            assert conn.closed is None  # the new session's
            await conn.close()
    assert told[0].reason == "expired"


def test_content_ends_the_conversation_with_a_typed_error() -> None:
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(model="gpt-live-1", store=True, reconnect_delay=0)
        server.push({"type": "session.closed", "reason": "content", "usage": {"seconds": 1}})
        server.close_connections()
        with pytest.raises(SessionClosedError) as caught:
            for _ in conn:  # the loop never ends as if the conversation were over
                pass
        assert caught.value.closed_reason == "content"
        assert len(server.received) == 1  # no new session
        conn.close()


async def test_a_timeout_never_hangs_while_the_move_goes_on() -> None:
    with FakeRealtimeServer() as server:
        async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = await client.live.connect(model="gpt-live-1", max_retries=0)
            server.drop_connections()
            with pytest.raises(Exception) as caught:
                await asyncio.wait_for(conn.recv(timeout=5), 10)
            assert "code 1006" in str(caught.value)
            await conn.close()


def test_a_rollover_moves_at_a_quiet_point_before_the_expiry() -> None:
    told: list[ReconnectedEvent] = []
    clock = ManualClock()
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        server.script.next_transcript("Hello there")
        conn = client.live.connect(
            model="gpt-live-1",
            store=True,
            clock=clock,
            max_session_duration=60,
            on_reconnected=told.append,
        )
        first = conn.session_id
        clock.advance(61)
        conn.send_audio(SPEECH * 10)  # the user speaks: not a quiet point
        conn.run_until("session.input_transcript.delta", timeout=10)
        assert conn.session_id == first and not told
        conn.send_audio(SILENCE * 150)  # the answer, then seconds of silence: a quiet point
        conn.run_until("session.started", timeout=10)
        assert conn.session_id != first
        conn.close()
    assert told[0].reason == "rollover" and told[0].forked


async def test_the_clients_clock_times_its_live_sockets() -> None:
    # clock= on the client reaches client.live.connect, as it reaches client.connect: the
    # rollover runs on it, without real waiting.
    told: list[ReconnectedEvent] = []
    clock = ManualClock()
    with FakeRealtimeServer() as server:
        client = AsyncRealtimeClient(api_key=KEY, base_url=server.base_url, clock=clock)
        async with client:
            conn = await client.live.connect(
                model="gpt-live-1", store=True, max_session_duration=60, on_reconnected=told.append
            )
            first = conn.session_id
            clock.advance(61)
            await conn.send_audio(SILENCE * 150)  # seconds of silence: a quiet point
            await conn.run_until("session.started", timeout=10)
            assert conn.session_id != first
            await conn.close()
    assert told[0].reason == "rollover"


def test_an_append_never_acknowledged_is_sent_again_in_the_new_session() -> None:
    told: list[ReconnectedEvent] = []
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(
            model="gpt-live-1", reconnect_delay=0, on_reconnected=told.append
        )
        server.freeze_connections()  # the server stops answering: no *.appended
        conn.commentary("Your table is booked for eight.")
        server.drop_connections()
        conn.run_until("session.started", timeout=10)
        ack = conn.run_until("session.commentary.appended", timeout=10)
        assert ack.type == "session.commentary.appended"
        conn.close()
    assert told[0].resent == ("session.commentary.append",)
    again = [e for e in server.received[1] if e["type"] == "session.commentary.append"]
    assert [e["content"] for e in again] == ["Your table is booked for eight."]


async def test_an_append_never_acknowledged_is_listed_when_there_is_no_new_session() -> None:
    with FakeRealtimeServer() as server:
        async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = await client.live.connect(model="gpt-live-1", max_retries=0)
            server.freeze_connections()
            await conn.thinking("The lookup is still running.")
            server.drop_connections()
            with pytest.raises(ConnectionClosed) as caught:
                async for _ in conn:
                    pass
            assert caught.value.code == 1006
            assert [i["content"] for i in caught.value.unconfirmed.items] == [
                "The lookup is still running."
            ]
            await conn.close()


def test_no_secret_in_logs_hooks_or_errors_of_a_move(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []
    caplog.set_level(logging.DEBUG)
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(
            model="gpt-live-1",
            store=True,
            reconnect_delay=0,
            on_reconnecting=lambda event: seen.append(repr(event)) and None,
            on_reconnected=lambda event: seen.append(repr(event)),
        )
        server.drop_connections()
        conn.run_until("session.started", timeout=10)
        seen.append(repr(conn))
        server.push({"type": "session.closed", "reason": "content", "usage": {"seconds": 1}})
        server.close_connections()
        with pytest.raises(SessionClosedError) as caught:
            conn.run_until("session.output_audio.delta", timeout=10)
        seen.append(repr(caught.value))
        conn.close()
    assert len(seen) == 4
    assert all(KEY not in text for text in (*seen, caplog.text))


def test_a_dropped_sideband_attaches_again_to_its_session() -> None:
    told: list[ReconnectedEvent] = []
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        primary = client.live.connect(model="gpt-live-1", max_retries=0)
        assert primary.session_id is not None
        side = client.live.sideband.connect(
            session_id=primary.session_id, reconnect_delay=0, on_reconnected=told.append
        )
        server.drop_connections(connection=1)  # the sideband's socket only
        again = side.run_until("session.started", timeout=10)
        assert again.session.id == primary.session_id  # the same session, rejoined
        side.close()
        primary.close()
    assert told[0].same_session and not told[0].forked
    assert server.received[2] == []  # the sideband sent nothing to rejoin
    with pytest.raises(InvalidArgumentError, match="sideband"):
        client.live.sideband.connect(session_id="live_1", carry="session")


def test_a_response_create_on_live_is_not_a_response_owed_across_a_move() -> None:
    """GPT-Live's response.create continues a delegated Responses turn: no response.created
    answers it on the socket, so it is neither owed (a move would report it lost, and a
    rollover would wait for it for ever) nor an unconfirmed send."""
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(
            model="gpt-live-1",
            delegation={"type": "responses", "responses": {"model": "gpt-5.6-sol"}},
            reconnect_delay=0,
        )
        refused: list[object] = []
        conn.on("error", refused.append)  # the fake has no delegated turn waiting
        conn.response.create()
        server.drop_connections()
        conn.run_until("session.started", timeout=10)  # no ResponseLostError
        conn.close()


def step(conn: LiveConnection, frame: bytes) -> str:
    """Send one 100 ms frame and receive up to its output frame, as a live app in step with
    the audio does; returns what the model said meanwhile."""
    conn.send_audio(frame)
    said = ""
    while (event := conn.recv(timeout=10)).type != "session.output_audio.delta":
        if event.type == "session.output_transcript.delta":
            said += event.delta
    return said


async def astep(conn: AsyncLiveConnection, frame: bytes) -> str:
    """:func:`step` on an asyncio connection."""
    await conn.send_audio(frame)
    said = ""
    while (event := await conn.recv(timeout=10)).type != "session.output_audio.delta":
        if event.type == "session.output_transcript.delta":
            said += event.delta
    return said


TURNS = 10
ANSWER = re.compile(r"Answer number (\d+)\.")
TURN = [SPEECH] * 10 + [SILENCE] * 40  # a question, then the line quiet for a while
TURN_SECONDS = 3  # of the session's time each turn takes, on the client's manual clock


@pytest.mark.parametrize("mode", ["blocking", "asyncio"])
async def test_a_ten_turn_conversation_rolls_over_sessions_with_nothing_cut_short(
    mode: str,
) -> None:
    """Issue 65's done-when: a 5 s expiry on the fake and rollover (2 s, on a manual clock)
    below it; ten turns over several sessions, none of them expired: every question
    answered, every answer whole, the history continuous across the sessions. Each session
    holds one turn: well under the fake's 5 s on the wall clock however loaded the machine,
    so an expiry would be the rollover's fault. (The fake's script is shared by its
    sessions: the one a rollover leaves may have taken a scripted transcript, so questions
    are matched by form; the answers come in order.)"""
    told: list[ReconnectedEvent] = []
    clock = ManualClock()
    options: dict[str, Any] = {
        "model": "gpt-live-1",
        "store": True,
        "clock": clock,
        "max_session_duration": 2,
        "on_reconnected": told.append,
    }
    heard: list[str] = []
    with FakeRealtimeServer(live_session_seconds=5) as server:
        for turn in range(2 * TURNS):  # a session left may have taken one (see above)
            server.script.next_transcript(f"Question {turn}")
        for turn in range(TURNS):
            server.script.next_response(text=f"Answer number {turn}.")
        if mode == "asyncio":
            async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as aclient:
                aconn = await aclient.live.connect(**options)
                for _ in range(TURNS):
                    said = "".join([await astep(aconn, frame) for frame in TURN])
                    while not ANSWER.search(said):  # a whole answer
                        said += await astep(aconn, SILENCE)
                    heard.append(said)
                    clock.advance(TURN_SECONDS)
                await aconn.close()
                history = aconn.history
        else:
            with RealtimeClient(api_key=KEY, base_url=server.base_url) as client:
                conn = client.live.connect(**options)
                for _ in range(TURNS):
                    said = "".join(step(conn, frame) for frame in TURN)
                    while not ANSWER.search(said):
                        said += step(conn, SILENCE)
                    heard.append(said)
                    clock.advance(TURN_SECONDS)
                conn.close()
                history = conn.history
    # A session a turn, each left at a quiet point by a rollover before the fake's expiry.
    assert len(told) == TURNS - 1 and {event.reason for event in told} == {"rollover"}
    assert all(event.forked and event.audio_bytes for event in told)  # the last words again
    assert len(server.received) == len(told) + 1
    # Every question answered, each answer whole, as heard and as the history keeps it.
    assert all(len(ANSWER.findall(said)) == 1 for said in heard)
    said = [item for item in history if item.type == "transcript"]
    assert [item.role for item in said] == ["user", "assistant"] * TURNS
    for number, (question, answer) in enumerate(zip(said[::2], said[1::2], strict=True)):
        assert re.fullmatch(r"Question \d+", question.text.strip())
        assert answer.text.strip() == f"Answer number {number}."
    # One history over the sessions: each turn kept in the session it was said in.
    sessions = [session for session, _ in itertools.groupby(item.session_id for item in said)]
    assert len(sessions) == len(set(sessions)) == len(told) + 1


def closed_event(conn: LiveConnection, reason: str) -> dict[str, object]:
    """The server's ``session.closed`` for ``conn``'s session, with ``reason``."""
    assert conn.started is not None
    session = conn.started.session.to_dict()
    return {
        "type": "session.closed",
        "event_id": "event_closed",
        "reason": reason,
        "session": session,
        "usage": {"seconds": 1},
    }


def test_session_closed_connection_lost_moves_as_a_drop() -> None:
    told: list[ReconnectedEvent] = []
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(
            model="gpt-live-1", reconnect_delay=0, on_reconnected=told.append
        )
        server.push(closed_event(conn, "connection_lost"))
        server.close_connections()  # a normal close (1000) after it
        assert conn.run_until("session.closed", timeout=10).reason == "connection_lost"
        conn.run_until("session.started", timeout=10)  # a new session
        conn.close()
    assert told[0].reason == "drop" and len(server.received) == 2


def test_session_closed_close_requested_ends_a_loop_quietly() -> None:
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(model="gpt-live-1", reconnect_delay=0)
        server.push(closed_event(conn, "close_requested"))
        server.close_connections()
        kinds = [event.type for event in conn]  # the session is over: no error, no new one
        conn.close()
    assert kinds == ["session.closed"] and len(server.received) == 1


def test_an_answer_to_a_delegation_of_the_session_left_behind_goes_as_context(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A delegation id is valid only on the session that made it: the app's answer, sent
    after the move (or queued during it), reaches the new session without the id (as
    context it reads), never refused as an unknown delegation and lost."""
    told: list[ReconnectedEvent] = []
    with FakeRealtimeServer() as server:
        server.script.next_transcript("Where is my order?")
        server.script.next_response(function_call=("lookup", {}), text="One moment.")
        with RealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = client.live.connect(
                model="gpt-live-1", reconnect_delay=0, on_reconnected=told.append
            )
            conn.send_audio(SPEECH * 6 + SILENCE * 10)
            delegated = conn.run_until("session.delegation.created", timeout=10)
            server.drop_connections()
            conn.run_until("session.started", timeout=10)  # the new session's
            with caplog.at_level(logging.WARNING, logger="realtime_ext"):
                conn.commentary("It ships on Friday.", delegation_id=delegated.delegation.id)
                conn.run_until("session.commentary.appended", timeout=10)
            # An id the conversation never saw is the app's to get right: sent as given.
            conn.commentary("Also this.", delegation_id="del_unknown")
            with pytest.raises(RealtimeServerError, match="delegation"):
                conn.run_until("session.commentary.appended", timeout=10)
            conn.close()
    assert len(told) == 1
    answers = [e for e in server.received[1] if e["type"] == "session.commentary.append"]
    assert answers[0] == {"type": "session.commentary.append", "content": "It ships on Friday."}
    assert answers[1]["delegation_id"] == "del_unknown"
    assert f"delegation {delegated.delegation.id} of the session before the move" in caplog.text


def test_an_answer_queued_during_the_move_loses_only_the_old_delegation_id() -> None:
    sent_while_moving: list[str] = []
    with FakeRealtimeServer() as server:
        server.script.next_transcript("Where is my order?")
        server.script.next_response(function_call=("lookup", {}), text="One moment.")
        with RealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn: LiveConnection

            def answer(_: object) -> None:  # on_reconnecting: the move is under way
                conn.commentary("It ships on Friday.", delegation_id=sent_while_moving[0])

            conn = client.live.connect(
                model="gpt-live-1", reconnect_delay=0, on_reconnecting=answer
            )
            conn.send_audio(SPEECH * 6 + SILENCE * 10)
            delegated = conn.run_until("session.delegation.created", timeout=10)
            sent_while_moving.append(delegated.delegation.id)
            server.drop_connections()
            conn.run_until("session.started", timeout=10)
            conn.run_until("session.commentary.appended", timeout=10)
            conn.close()
    answers = [e for e in server.received[1] if e["type"] == "session.commentary.append"]
    assert answers == [{"type": "session.commentary.append", "content": "It ships on Friday."}]
