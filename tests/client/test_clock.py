"""Retries wait on the client's clock (``clock=``), the one way to say what they wait on (the
deprecated ``sleep=`` is gone)."""

from __future__ import annotations

import asyncio
from typing import Any

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


@pytest.mark.parametrize("opened", ["connect", "sideband", "forks"])
def test_every_live_socket_of_a_client_gets_its_clock(
    monkeypatch: pytest.MonkeyPatch, opened: str
) -> None:
    # The clock its reconnects and rollover wait on; one given to connect() wins.
    plans: list[Any] = []
    opener = "realtime_ext._live.sockets_"
    monkeypatch.setattr(f"{opener}sync.connect_live", plans.append)
    monkeypatch.setattr(f"{opener}async.aconnect_live", plans.append)
    clock, own = ManualClock(), ManualClock()
    sync = RealtimeClient(api_key=API_KEY, base_url=BASE_URL, clock=clock)
    asynchronous = AsyncRealtimeClient(api_key=API_KEY, base_url=BASE_URL, clock=clock)
    for live in (sync.live, asynchronous.live):
        if opened == "connect":
            live.connect(model="gpt-live-1")
            live.connect(model="gpt-live-1", clock=own)
        else:
            sockets = live.sideband if opened == "sideband" else live.forks
            sockets.connect(session_id="live_1")
            sockets.connect(session_id="live_1", clock=own)
    assert [plan.policy.clock for plan in plans] == [clock, own, clock, own]
    with pytest.raises(InvalidArgumentError, match="client's setting"):
        sync.live.connect(model="gpt-live-1", headers={})  # type: ignore[call-arg]
    sync.close()
    asyncio.run(asynchronous.close())
