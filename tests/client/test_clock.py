"""Retries wait on the client's clock (``clock=``); the old ``sleep=`` still works, warns."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
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


def test_deprecated_sleep_still_waits_and_warns() -> None:
    waited: list[float] = []
    recorder = Recorder([BUSY, OK])
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with pytest.warns(DeprecationWarning, match="pass clock="):
        client = RealtimeClient(
            api_key=API_KEY, base_url=BASE_URL, http_client=http, sleep=waited.append
        )
    with client:
        client.calls.hangup("rtc_1")
    assert len(waited) == 1
    with pytest.raises(InvalidArgumentError, match="not both"), pytest.warns(DeprecationWarning):
        RealtimeClient(api_key=API_KEY, sleep=waited.append, clock=ManualClock())


def test_async_deprecated_sleep_is_awaited() -> None:
    waited: list[float] = []

    async def sleep(seconds: float) -> None:
        waited.append(seconds)

    async def main() -> None:
        recorder = Recorder([BUSY, OK])
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        with pytest.warns(DeprecationWarning):
            client = AsyncRealtimeClient(
                api_key=API_KEY, base_url=BASE_URL, http_client=http, sleep=sleep
            )
        async with client:
            await client.calls.hangup("rtc_1")

    asyncio.run(main())
    assert len(waited) == 1
