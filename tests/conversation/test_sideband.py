"""Sideband: ``client.connect(call_id=...)`` joins a call accepted (SIP) or created (WebRTC)
on the fake server; the call's events flow to every channel attached to it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    InvalidArgumentError,
    NotFoundError,
    RealtimeClient,
)
from realtime_ext.testing import FakeRealtimeServer

T = 10.0
OFFER = Path(__file__).parents[1] / "data" / "sdp" / "kvs_chrome_linux_offer.sdp"
SESSION = {"type": "realtime", "model": "gpt-realtime", "instructions": "You answer phones."}


def test_sync_sideband_joins_an_accepted_call(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hello caller")
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        call = server.register_call()
        client.calls.accept(call.id, session=SESSION)
        with client.connect(call_id=call.id) as conn, client.connect(call_id=call.id) as other:
            # As on the real API, a sideband gets no session.created: it joins a session
            # under way (the accepted one, as session.updated shows every channel).
            conn.session.update(session={"type": "realtime"})
            updated = conn.run_until("session.updated", timeout=T).to_dict()
            assert updated["session"]["instructions"] == "You answer phones."
            assert other.recv(T).type_ == "session.updated"
            conn.response.create()
            done = conn.run_until("response.done", timeout=T).to_dict()
            # The other channel of the same call sees the same response.
            seen = other.run_until("response.done", timeout=T).to_dict()
            assert seen["response"]["id"] == done["response"]["id"]
            assert done["response"]["output"][0]["content"][0]["transcript"] == "Hello caller"
    assert [record.query["call_id"] for record in server.connections] == [[call.id]] * 2
    deadline = time.monotonic() + T  # the server detaches each socket once it has closed
    while server.call_session(call.id).channels and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.call_session(call.id).channels == 0


def test_sync_sideband_refuses_unknown_and_ended_calls(server: FakeRealtimeServer) -> None:
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        with pytest.raises(NotFoundError, match="rtc_missing"):
            client.connect(call_id="rtc_missing")
        call = server.register_call()
        client.calls.accept(call.id, session=SESSION)
        client.calls.hangup(call.id)
        # A call that is over is not found, as the recorded API answers (404).
        with pytest.raises(NotFoundError, match="call_id_not_found"):
            client.connect(call_id=call.id)


def test_sync_sideband_joins_a_created_webrtc_call(server: FakeRealtimeServer) -> None:
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        answer = client.calls.create(sdp=OFFER.read_text(), session=SESSION)
        with client.connect(call_id=answer.call_id) as conn:
            conn.session.update(session={"type": "realtime"})
            updated = conn.run_until("session.updated", timeout=T).to_dict()
            assert updated["session"]["instructions"] == "You answer phones."
            conn.response.create()
            assert conn.run_until("response.done", timeout=T).type_ == "response.done"


async def test_async_sideband_joins_an_accepted_call(
    server: FakeRealtimeServer,
) -> None:
    server.script.next_response(text="Hi from the call")
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        call = server.register_call()
        await client.calls.accept(call.id, session=SESSION)
        async with client.connect(call_id=call.id) as conn:
            await conn.response.create()
            done = (await conn.run_until("response.done", timeout=T)).to_dict()
            assert done["response"]["output"][0]["content"][0]["transcript"] == ("Hi from the call")
        assert server.connections[0].query == {"call_id": [call.id]}


async def test_async_sideband_joins_a_created_webrtc_call(server: FakeRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        answer = await client.calls.create(sdp=OFFER.read_text(), session=SESSION)
        async with client.connect(call_id=answer.call_id) as conn:
            await conn.session.update(session={"type": "realtime"})
            updated = (await conn.run_until("session.updated", timeout=T)).to_dict()
            assert updated["session"]["instructions"] == "You answer phones."
            await conn.response.create()
            assert (await conn.run_until("response.done", timeout=T)).type == "response.done"


def test_the_caller_of_a_sip_call_speaks(server: FakeRealtimeServer) -> None:
    # "The caller says X": the phone's audio reaches the call's conversation, server VAD
    # hears the turn and the model answers; the sideband sees all of it, as on a real SIP
    # call (the audio itself never goes over the sideband).
    server.script.next_response(text="Booked for eight.")
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        call = server.register_call()
        with pytest.raises(InvalidArgumentError, match="speaks once it is accepted"):
            server.caller_says(call.id, "Hello?")
        session = {**SESSION, "audio": {"input": {"transcription": {"model": "whisper-1"}}}}
        client.calls.accept(call.id, session=session)
        with client.connect(call_id=call.id) as sideband:
            server.caller_says(call.id, "A table for two at eight, please.")
            seen: list[dict[str, Any]] = []
            while not seen or seen[-1]["type"] != "response.done":
                seen.append(sideband.recv(T).to_dict())
    kinds = [e["type"] for e in seen]
    assert kinds[:3] == [
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
    ]
    heard = next(e for e in seen if e["type"].endswith("input_audio_transcription.completed"))
    assert heard["transcript"] == "A table for two at eight, please."
    assert heard["item_id"] == seen[2]["item_id"]
    assert seen[-1]["response"]["output"][0]["content"][0]["transcript"] == "Booked for eight."
    with pytest.raises(InvalidArgumentError, match="no call 'rtc_nope'"):
        server.caller_says("rtc_nope", "Hello?")
    with pytest.raises(InvalidArgumentError, match="non-empty"):
        server.caller_says(call.id, " ")


def test_a_dropped_sideband_rejoins_its_call_and_sends_nothing_again(
    both: Any, server: FakeRealtimeServer
) -> None:
    """A sideband's socket drops while the call goes on: the reconnect rejoins the same
    call session. The real API says nothing on a join (no ``session.created``), so the
    reconnect awaits no first event; the call's session kept its items, so nothing is
    carried or sent again (a second copy of the history would go into the call), and a
    send made while the line was down goes out on the rejoined socket."""
    from realtime_ext.conversation import ReconnectedEvent
    from realtime_ext.events import user_text

    server.script.next_response(recall=1)
    client: Any = (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url)
        if both.is_async
        else RealtimeClient(api_key="sk-test", base_url=server.base_url)
    )
    call = server.register_call()
    both(client.calls.accept(call.id, session=SESSION))
    told: list[ReconnectedEvent] = []
    conn = both(client.connect(call_id=call.id, reconnect_delay=0, on_reconnected=told.append))
    try:
        both(conn.conversation.item.create(item=user_text("My name is Ada.")))
        both(conn.run_until("conversation.item.done", timeout=T))
        server.drop_connections()
        both(conn.conversation.item.create(item=user_text("What did I say first?")))
        both(conn.response.create())
        done = both(conn.run_until("response.done", timeout=T)).to_dict()
        assert done["response"]["output"][0]["content"][0]["transcript"] == (
            "You said: My name is Ada."
        )
        assert len(told) == 1 and told[0].same_session and told[0].carried_ids == ()
        assert not told[0].session_restored
        users = [
            item
            for item in server.call_session(call.id).conversation.items
            if item.get("role") == "user"
        ]
        assert len(users) == 2  # the first question once: nothing was given a second time
        assert conn.reconnects == 1
    finally:
        both(conn.close())
        both(client.close())
