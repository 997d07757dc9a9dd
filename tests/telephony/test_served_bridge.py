"""The bridge served by uvicorn over a real WebSocket, the fake caller connecting by URL:
custom parameters, DTMF, the reply in mu-law and ``stop`` all cross a real socket."""

from __future__ import annotations

from realtime_ext import AsyncRealtimeClient
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioCall, twilio_endpoint
from realtime_ext.testing import FakeRealtimeServer, FakeTwilioCall, ManualClock
from support.waiting import async_until
from tests.asgi._serve import served


async def test_a_served_bridge_takes_a_call_by_url() -> None:
    with FakeRealtimeServer() as server:
        server.script.next_response(audio_ms=400)
        seen: list[tuple[dict[str, str], str]] = []
        ended: list[str | None] = []

        def on_dtmf(call: TwilioCall, digit: str) -> None:
            seen.append((dict(call.parameters), digit))

        def on_end(call: TwilioCall) -> None:
            ended.append(call.ended_by)

        clock = ManualClock()
        client = AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url)
        session = realtime_session(turn_detection=server_vad(silence_duration_ms=200))
        app = twilio_endpoint(client, session=session, on_dtmf=on_dtmf, on_end=on_end)
        with served(app) as url:
            ws_url = url.replace("http://", "ws://") + "/"
            async with FakeTwilioCall(ws_url, clock=clock, parameters={"order": "7"}) as call:
                await call.press("5")
                await async_until(lambda: seen, "the digit")
                call.say(400)
                await call.step(20 + 11)
                await call.wait_for(lambda: call.heard_ms + call.buffered_ms >= 400)
                assert call.media_received > 0
            await async_until(lambda: ended, "the bridge to end the call")
        assert seen == [({"order": "7"}, "5")]
        assert ended == ["stop"]
        await client.close()
