"""Retries wait on the client's clock (``clock=``), the one way to say what they wait on (the
deprecated ``sleep=`` is gone)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.testing import ManualClock

from ._helpers import API_KEY, BASE_URL, Recorder

BUSY = httpx.Response(503, json={"error": {"message": "busy"}})
OK = httpx.Response(200)


def test_retries_wait_on_the_clock() -> None:
    clock = ManualClock(advance_on_sleep=True)
    recorder = Recorder([BUSY, BUSY, OK])
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with RealtimeClient(api_key=API_KEY, base_url=BASE_URL, http_client=http, clock=clock) as c:
        c.calls.hangup("rtc_1")
    assert len(clock.sleeps) == 2 and clock.now() == pytest.approx(sum(clock.sleeps))


def test_sleep_is_no_longer_an_argument() -> None:
    with pytest.raises(TypeError, match="sleep"):
        RealtimeClient(api_key=API_KEY, sleep=print)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="sleep"):
        AsyncRealtimeClient(api_key=API_KEY, sleep=print)  # type: ignore[call-arg]


def test_async_retries_wait_on_the_clock() -> None:
    clock = ManualClock(advance_on_sleep=True)

    async def main() -> None:
        recorder = Recorder([BUSY, OK])
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        client = AsyncRealtimeClient(
            api_key=API_KEY, base_url=BASE_URL, http_client=http, clock=clock
        )
        async with client:
            await client.calls.hangup("rtc_1")

    asyncio.run(main())
    assert len(clock.sleeps) == 1
