"""Rollover against ``serve-fake --max-session-seconds``: the conversation moves to a new
session before the cap (``max_session_duration=``) at quiet points, history carried and no
response cut short; when the server ends the session first (``session_expired``, then 1001)
the conversation moves all the same. Sync and asyncio."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from realtime_ext.conversation import ReconnectedEvent, ResponseLostEvent
from support.served_fake import ServedFake

from .conftest import Both

T = 15.0
SLOW = 60.0
FIRST = "My name is Ada."
RECALLED = {"recall": 1, "delay_ms": 800}
SESSION = {"type": "realtime", "instructions": "Remember names.", "output_modalities": ["text"]}


def _run(both: Both, value: Any) -> Any:
    import inspect

    if not inspect.isawaitable(value):
        return value
    return both.start(lambda: value).result(SLOW)


def _ask(both: Both, conn: Any, text: str, statuses: list[str]) -> str:
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
    _run(both, conn.conversation.item.create(item=item))
    _run(both, conn.response.create())
    while True:
        done = _run(both, conn.run_until("response.done", timeout=T)).to_dict()["response"]
        statuses.append(done["status"])
        if done["status"] == "completed":
            return "".join(part["text"] for part in done["output"][0]["content"])


def test_ten_turns_roll_over_before_the_cap(both: Both, served: ServedFake) -> None:
    # Each answer takes 0.8 s and is read from the session's context (the first user
    # message): ten turns span several 3-second sessions, each under the 5 s cap.
    served.start({"responses": [RECALLED] * 10}, "--max-session-seconds", "5")
    told: list[ReconnectedEvent] = []
    conn = _run(
        both,
        both.connect(  # the history (voice's) is what each new session is given
            served,  # type: ignore[arg-type]
            max_session_duration=3,
            on_reconnected=told.append,
            extensions=[both.voice()],
        ),
    )
    statuses: list[str] = []
    try:
        _run(both, conn.session.update(session=SESSION))
        answers = [_ask(both, conn, FIRST, statuses)]
        answers += [_ask(both, conn, f"Question {n}", statuses) for n in range(2, 10)]
        answers.append(_ask(both, conn, "What did I say first?", statuses))
    finally:
        _run(both, conn.close())
    # Every session had the first turn: carried from session to session.
    assert answers == [f"You said: {FIRST}"] * 10
    assert statuses == ["completed"] * 10  # no response cut short
    assert len(told) >= 2 and {event.reason for event in told} == {"rollover"}
    assert all(event.session_restored and event.carried_ids for event in told)
    # Each rollover carried the whole conversation so far (the first turn included).
    assert all(
        len(later.carried_ids) > len(earlier.carried_ids) for earlier, later in pairwise(told)
    )


def test_the_server_ending_the_session_first_is_a_rollover(both: Both, served: ServedFake) -> None:
    served.start({"responses": [RECALLED] * 12}, "--max-session-seconds", "2")
    told: list[ReconnectedEvent] = []
    conn = _run(
        both,
        both.connect(
            served,  # type: ignore[arg-type]
            max_session_duration=None,
            on_reconnected=told.append,
            extensions=[both.voice()],
        ),
    )

    # A response the expired session cut off is asked for again (the guide's advice).
    def ask_again(lost: ResponseLostEvent) -> Any:
        return conn.response.create()  # a coroutine on asyncio: awaited by dispatch

    conn.on("response.lost", ask_again)
    statuses: list[str] = []
    try:
        _run(both, conn.session.update(session=SESSION))
        answers = [_ask(both, conn, FIRST, statuses)]
        answers += [_ask(both, conn, f"Question {n}", statuses) for n in range(2, 7)]
        answers.append(_ask(both, conn, "What did I say first?", statuses))
    finally:
        _run(both, conn.close())
    assert told and {event.reason for event in told} == {"expired"}
    assert answers == [f"You said: {FIRST}"] * 7


def test_a_receive_waiting_when_the_rollover_falls_due_rolls_and_goes_on(
    both: Both, served: ServedFake
) -> None:
    # A quiet conversation waits in recv(timeout) past its max_session_duration: the wait is
    # cut short at the due time, the move to a new session happens within that same call, and
    # the call goes on with the rest of its timeout (it does not time out at the due time).
    served.start({}, "--max-session-seconds", "30")
    told: list[ReconnectedEvent] = []
    conn = _run(
        both,
        both.connect(served, max_session_duration=0.3, on_reconnected=told.append),  # type: ignore[arg-type]
    )
    try:
        first = _run(both, conn.recv(timeout=T))
        after = _run(both, conn.recv(timeout=T))  # the new session's first event
    finally:
        _run(both, conn.close())
    assert [event.reason for event in told] == ["rollover"]
    assert first.type == after.type == "session.created"
    assert after.session.id != first.session.id
