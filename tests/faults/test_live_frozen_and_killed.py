"""A real ``serve-fake`` process serving GPT-Live, stopped (SIGSTOP) or killed (SIGKILL) and
restarted on the same port mid-turn: a frozen server is caught by the keepalive within its
bound and never ends a loop silently; a killed one is left for a new session that has the
conversation (issue 65 item 1). Bounds as ``test_frozen_and_killed``'s: real seconds that
fail the test instead of hanging it, never slept."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from realtime_ext import APIConnectionError, AsyncRealtimeClient, ConnectionClosed, RealtimeClient
from realtime_ext.conversation import ReconnectedEvent
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


@pytest.mark.parametrize("store", [True, False])
def test_sync_killed_live_server_goes_on_with_the_conversation(
    fake: ServedFake, store: bool
) -> None:
    """Killed mid-turn and restarted on the same port: the new process has no session to
    fork, so a stored one starts again too, with its history; the question after needs it
    and is answered from it (the restarted server knows nothing but what it was given)."""
    told: list[ReconnectedEvent] = []
    fake.restart({"transcripts": ["My name is Ada."], "responses": [{"text": LONG_REPLY}]})
    again = {"transcripts": ["What did I say first?"], "responses": [{"recall": 1}]}
    with RealtimeClient(api_key=KEY, base_url=fake.base_url) as client:
        conn = client.live.connect(
            model="gpt-live-1",
            store=store,
            reconnect_delay=0.01,
            on_reconnecting=lambda event: fake.start(again) if fake.proc is None else None,
            on_reconnected=told.append,
            **PING,
        )
        # The user speaks; the model answers (its output track runs 600 ms behind the input),
        # full duplex: the user's words are transcribed while the model already speaks.
        conn.send_audio(SPEECH * 10 + SILENCE * 20)
        heard = said = ""
        while "Ada" not in heard or not said:
            event = conn.recv(timeout=T)
            if event.type == "session.input_transcript.delta":
                heard += event.delta
            elif event.type == "session.output_transcript.delta":
                said += event.delta
        assert LONG_REPLY.startswith(said.strip()) and said.strip() != LONG_REPLY  # mid-reply
        fake.kill()
        conn.commentary("The order number is 42.")  # sent or queued: carried either way
        bounded(lambda: conn.run_until("session.started", timeout=BOUND))
        ack = conn.run_until("session.commentary.appended", timeout=T)
        assert ack.type == "session.commentary.appended"
        # A later question that needs the first turn: answered from the carried history
        # (then the silence the timeline moves on while the model answers).
        conn.send_audio(SPEECH * 10 + SILENCE * 40)
        answer = ""
        while "Ada" not in answer:
            answer += conn.run_until("session.output_transcript.delta", timeout=T).delta
        assert "You said: My name is Ada" in answer
        conn.close()
    assert told and not told[0].forked
    texts = [item["content"][0]["text"] for item in told[0].carried_input]
    assert told[0].carried_input[0]["role"] == "user" and "Ada" in texts[0]


async def test_async_killed_mid_delegation_goes_on_with_the_answer(fake: ServedFake) -> None:
    """Killed while the app works on a client delegation and restarted on the same port:
    the app's answer, sent after the kill, is confirmed by the new session (carried, not
    lost), and a later question that needs the first turn is answered from the history."""
    told: list[ReconnectedEvent] = []
    fake.restart(
        {
            "transcripts": ["My name is Ada, where is my order?"],
            "responses": [{"function_call": {"name": "find_order", "arguments": {"id": 42}}}],
        }
    )
    again = {"transcripts": ["What did I say first?"], "responses": [{"recall": 1}]}
    async with AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url) as client:
        conn = await client.live.connect(
            model="gpt-live-1",
            reconnect_delay=0.01,
            on_reconnecting=lambda event: fake.start(again) if fake.proc is None else None,
            on_reconnected=told.append,
            **PING,
        )
        await conn.send_audio(SPEECH * 10 + SILENCE * 20)
        delegated = await conn.run_until("session.delegation.created", timeout=T)
        fake.kill()  # mid-delegation: the app's answer is still to come
        await conn.commentary("The order ships on Friday.", delegation_id=delegated.delegation.id)
        await asyncio.wait_for(conn.run_until("session.started", timeout=BOUND), BOUND + 5)
        ack = await conn.run_until("session.commentary.appended", timeout=T)
        assert ack.type == "session.commentary.appended"
        await conn.send_audio(SPEECH * 10 + SILENCE * 40)
        answer = ""
        while "Ada" not in answer:
            answer += (await conn.run_until("session.output_transcript.delta", timeout=T)).delta
        assert "You said: My name is Ada" in answer
        await conn.close()
    assert told and not told[0].forked and told[0].reason == "drop"
