"""A real ``serve-fake`` process serving GPT-Live, stopped (SIGSTOP) or killed (SIGKILL) and
restarted on the same port mid-turn: a frozen server is caught by the keepalive within its
bound and never ends a loop silently; a killed one is left for a new session that has the
conversation (issue 65 item 1): a stored one by fork, from the store the restarted process
reads (``serve-fake --state-dir``), an unstored one with its history. Bounds as
``test_frozen_and_killed``'s: real seconds that fail the test instead of hanging it, never
slept."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import APIConnectionError, AsyncRealtimeClient, ConnectionClosed, RealtimeClient
from realtime_ext.conversation import ReconnectedEvent, ReconnectingEvent
from support.both import FLAVOURS, Both, running
from support.served_fake import ServedFake

from .test_frozen_and_killed import BOUND, PING, T, bounded

KEY = "sk-live-faults-0123456789abcdef"
SPEECH = b"\x00\x10" * 2400  # 100 ms of non-silent PCM16 at 24 kHz
SILENCE = b"\x00\x00" * 2400
LONG_REPLY = (
    "Nice to meet you, Ada; welcome to the shop, and tell me what you are looking for today."
)


def sync_for(conn: Any) -> None:
    for _ in conn:
        pass


@pytest.fixture
def fake(served: ServedFake) -> ServedFake:
    served.start()
    return served


def test_sync_frozen_live_server_is_caught_by_the_keepalive(fake: ServedFake) -> None:
    with RealtimeClient(api_key=KEY, base_url=fake.base_url) as client:
        conn = client.live.connect(model="gpt-live-1", max_retries=0, **PING)
        conn.send_audio(SILENCE * 3)
        conn.run_until("session.output_audio.delta", timeout=T)
        fake.stop()
        with pytest.raises(APIConnectionError) as info:
            bounded(lambda: sync_for(conn))
        assert isinstance(info.value, ConnectionClosed) and info.value.code == 1011
        assert KEY not in str(info.value)
        fake.cont()
        conn.close()


async def test_async_frozen_live_server_is_reconnected(fake: ServedFake) -> None:
    told: list[ReconnectedEvent] = []

    def thaw(event: Any) -> None:  # the server comes back while the client reconnects
        fake.cont()

    async with AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url) as client:
        conn = await client.live.connect(
            model="gpt-live-1",
            on_reconnecting=thaw,
            on_reconnected=told.append,
            reconnect_delay=0.01,
            **PING,
        )
        first = conn.session_id
        await conn.send_audio(SILENCE * 3)
        await conn.run_until("session.output_audio.delta", timeout=T)
        fake.stop()
        started = await asyncio.wait_for(conn.run_until("session.started"), BOUND)
        assert started.session.id != first
        assert told[0].close_code == 1011 and told[0].session_id == conn.session_id
        await conn.close()


# What the first process answers, for each moment of the kill; the restarted one answers
# AGAIN (a later question that needs the first turn, answered from what the session holds).
MOMENTS: dict[str, dict[str, Any]] = {
    "mid_reply": {"transcripts": ["My name is Ada."], "responses": [{"text": LONG_REPLY}]},
    "mid_delegation": {
        "transcripts": ["My name is Ada, where is my order?"],
        "responses": [{"function_call": {"name": "find_order", "arguments": {"id": 42}}}],
    },
}
AGAIN = {"transcripts": ["What did I say first?"], "responses": [{"recall": 1}]}


@pytest.fixture(params=FLAVOURS)
def both(request: pytest.FixtureRequest) -> Iterator[Both]:
    yield from running(Both(request.param))


@pytest.mark.parametrize("store", [True, False], ids=["stored", "unstored"])
@pytest.mark.parametrize("moment", list(MOMENTS))
def test_killed_live_server_goes_on_with_the_conversation(
    served: ServedFake, tmp_path: Path, both: Both, moment: str, store: bool
) -> None:
    """Killed mid-reply or mid-delegation and restarted on the same port and state directory:
    a stored session goes on by fork (the restarted process read it from the store: the
    first attempt, to the fork route, is taken), an unstored one starts again with its
    history; the app's text sent after the kill is confirmed by the new session, and a later
    question that needs the first turn is answered (from the stored conversation, or from
    the history the client gave)."""
    state = ("--state-dir", str(tmp_path / "state"))
    served.start(MOMENTS[moment], *state)
    told: list[ReconnectedEvent] = []
    attempts: list[ReconnectingEvent] = []

    def restart(event: ReconnectingEvent) -> None:
        attempts.append(event)
        if served.proc is None:
            served.start(AGAIN, *state)

    client: Any = (AsyncRealtimeClient if both.is_async else RealtimeClient)(
        api_key=KEY, base_url=served.base_url
    )
    conn = both(
        client.live.connect(
            model="gpt-live-1",
            store=store,
            reconnect_delay=0.01,
            on_reconnecting=restart,
            on_reconnected=told.append,
            **PING,
        )
    )
    first = conn.session_id
    # The user speaks; the model answers (its output track runs 600 ms behind the input),
    # full duplex: the user's words are transcribed while the model already speaks.
    both(conn.send_audio(SPEECH * 10 + SILENCE * 20))
    if moment == "mid_reply":
        heard = said = ""
        while "Ada" not in heard or not said:
            event = both(conn.recv(timeout=T))
            if event.type == "session.input_transcript.delta":
                heard += event.delta
            elif event.type == "session.output_transcript.delta":
                said += event.delta
        assert LONG_REPLY.startswith(said.strip()) and said.strip() != LONG_REPLY
        served.kill()
        both(conn.commentary("The order number is 42."))  # sent or queued: carried either way
    else:
        delegated = both(conn.run_until("session.delegation.created", timeout=T))
        # The app answers while the server is already gone (frozen, then killed): the answer
        # is on the lost socket, never confirmed, and the new session gets it (without the
        # delegation id, valid on its own session only).
        served.stop()
        both(conn.commentary("The order ships on Friday.", delegation_id=delegated.delegation.id))
        served.kill()
    started = both.start(lambda: conn.run_until("session.started", timeout=BOUND)).result(BOUND)
    ack = both(conn.run_until("session.commentary.appended", timeout=T))
    assert ack.type == "session.commentary.appended"
    # The question, then the silence the timeline moves on while the model answers.
    both(conn.send_audio(SPEECH * 10 + SILENCE * 40))
    answer = ""
    while "Ada" not in answer:
        answer += both(conn.run_until("session.output_transcript.delta", timeout=T)).delta
    assert "You said: My name is Ada" in answer
    both(conn.close())
    both(client.close())
    assert len(attempts) == 1  # no fork refused first: the restarted server had the session
    assert len(told) == 1 and told[0].reason == "drop" and told[0].forked is store
    assert started.session.id == told[0].session_id != first
    if store:
        # Nothing was given: the fork inherited the conversation (startup input empty).
        assert told[0].carried_input == () and started.session.input_ == []
        assert started.session.store is True  # and so is the fork, for the next drop
    else:
        texts = [item["content"][0]["text"] for item in told[0].carried_input]
        assert told[0].carried_input[0]["role"] == "user" and "Ada" in texts[0]
