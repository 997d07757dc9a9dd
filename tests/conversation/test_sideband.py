"""Sideband: ``client.connect(call_id=...)`` joins a call accepted (SIP) or created (WebRTC)
on the fake server; the call's events flow to every channel attached to it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    BadRequestError,
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
        with pytest.raises(BadRequestError, match="ended"):
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
