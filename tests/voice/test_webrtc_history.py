"""A WebRTC call keeps conn-style history of what its data channel carries."""

from __future__ import annotations

from typing import Any

from realtime_ext import AsyncRealtimeClient
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.voice import AsyncVoice
from realtime_ext.webrtc import AsyncWebRTC


def user_message(text: str) -> dict[str, Any]:
    """A user's text message, as ``conversation.item.create``."""
    return {
        "type": "conversation.item.create",
        "item": {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": text}],
        },
    }


WAIT = 30.0


async def test_webrtc_call_history(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hello over RTP")
    async with (
        AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client,
        AsyncWebRTC(client).connect(
            model="gpt-realtime", extensions=[voice := AsyncVoice()]
        ) as call,
    ):
        await call.send(user_message("Hi"))
        await call.response.create()
        await call.run_until("response.done", timeout=WAIT)
        assert voice.history.transcript() == "user: Hi\nassistant: Hello over RTP"
