"""50 bridged phone calls at once in one process against the fake server (issue 56), on the
test clock: every caller speaks, hears its whole reply and hangs up; nothing is left open.
Cheap enough for CI on 2 cores (the clock moves in lockstep, no real-time pacing)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Unpack

from realtime_ext import AsyncRealtimeClient
from realtime_ext.connection import ConversationOptions
from realtime_ext.connection._connect import AsyncConnect
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioEndpoint, twilio_endpoint
from realtime_ext.testing import FakeRealtimeServer, FakeTwilioCall, ManualClock
from support.waiting import async_until

CALLS = 50
REPLY_MS = 300


class NoKeepaliveClient(AsyncRealtimeClient):
    """The client, its conversations without keepalive pings (``ping_interval=None``).

    The 50 bridges and the fake server share one process: on a loaded machine (load
    average 10 on 2 cores) it stalls for longer than the 5 s ``ping_timeout``, every
    connection closes with 1011 "keepalive ping timeout" at once, and the reconnect's
    backoff waits on the test's ``ManualClock``, which nothing moves while the callers wait
    for their replies: 14 of 50 callers heard nothing in 60 s (3 failures in 5 runs under
    load). Keepalive is not what this test is about (tests/faults tests it)."""

    def connect(
        self,
        *,
        model: str | None = None,
        call_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[ConversationOptions],
    ) -> AsyncConnect:
        options["ping_interval"] = None
        return super().connect(model=model, call_id=call_id, extra_headers=extra_headers, **options)


async def test_fifty_concurrent_bridged_calls_complete() -> None:
    with FakeRealtimeServer() as server:
        for _ in range(CALLS):
            server.script.next_response(audio_ms=REPLY_MS)
        clock = ManualClock()
        async with NoKeepaliveClient(api_key="sk-test", base_url=server.base_url) as client:
            session = realtime_session(turn_detection=server_vad(silence_duration_ms=100))
            app = twilio_endpoint(client, session=session, clock=clock)
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
