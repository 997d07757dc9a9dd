"""A WebRTC call keeps conn-style history of what its data channel carries."""

from __future__ import annotations

from realtime_ext import AsyncRealtimeClient
from realtime_ext.events import user_text
from realtime_ext.testing import FakeRealtimeServer

WAIT = 30.0


async def test_webrtc_call_history(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hello over RTP")
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        client.webrtc.connect(model="gpt-realtime") as call,
    ):
        await call.send(user_text("Hi"))
        await call.response.create()
        await call.run_until("response.done", timeout=WAIT)
        assert call.history.transcript() == "user: Hi\nassistant: Hello over RTP"
