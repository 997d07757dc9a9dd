"""50 bridged phone calls at once in one process against the fake server (issue 56), on the
test clock: every caller speaks, hears its whole reply and hangs up; nothing is left open.
Cheap enough for CI on 2 cores (the clock moves in lockstep, no real-time pacing)."""

from __future__ import annotations

import asyncio

from realtime_ext import AsyncRealtimeClient
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioEndpoint, twilio_endpoint
from realtime_ext.testing import FakeRealtimeServer, FakeTwilioCall, ManualClock
from support.waiting import async_until

CALLS = 50
REPLY_MS = 300


async def test_fifty_concurrent_bridged_calls_complete() -> None:
    with FakeRealtimeServer() as server:
        for _ in range(CALLS):
            server.script.next_response(audio_ms=REPLY_MS)
        clock = ManualClock()
        async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
            session = realtime_session(turn_detection=server_vad(silence_duration_ms=100))
            # No keepalive pings: the 50 bridges and the fake server share one process, and
            # on a loaded machine (load average 10 on 2 cores) it stalled past the 5 s
            # ping_timeout; every connection closed with 1011 at once and the reconnect
            # backoff waited on the test clock, which nothing moved while the callers waited
            # (3 failures in 5 runs under load). Keepalive has its tests in tests/faults.
            app = twilio_endpoint(client, session=session, clock=clock, ping_interval=None)
            assert isinstance(app, TwilioEndpoint)
            callers = [
                FakeTwilioCall(app, clock=clock, call_sid=f"CA{n:032d}") for n in range(CALLS)
            ]
            await asyncio.gather(*(c.connect() for c in callers))
            await async_until(lambda: len(app.calls) == CALLS, "every call bridged")

            async def frames(count: int) -> None:
                for _ in range(count):
                    await asyncio.gather(*(c.step(advance=False) for c in callers))
                    clock.advance(0.02)

            for caller in callers:
                caller.say(200)
            await frames(10 + 6)  # 200 ms of speech, then silence past the 100 ms
            await asyncio.gather(
                *(
                    c.wait_for(lambda c=c: c.buffered_ms + c.heard_ms >= REPLY_MS, 60)
                    for c in callers
                )
            )
            await frames(REPLY_MS // 20 + 1)  # some was heard already: all of it now
            assert all(c.heard_ms == REPLY_MS and c.buffered_ms == 0 for c in callers)
            await asyncio.gather(*(c.stop() for c in callers))
            assert all(c.finished and c.closed for c in callers)
            assert not app.calls
        await async_until(lambda: server.connections_open == 0, "every conversation closed")
