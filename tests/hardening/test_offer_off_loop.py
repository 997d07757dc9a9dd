"""A large offer is checked off the event loop by AsyncCalls.create; a browser-sized one on
it (issue 23: CPU work growing with input never runs on the loop unbounded)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

import realtime_ext._resources.calls as calls_module
from realtime_ext import AsyncRealtimeClient
from realtime_ext.testing import FakeRealtimeServer

OFFER = (
    (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_bytes().decode()
)


@pytest.mark.parametrize("padding", [0, 64 * 1024])
def test_large_offers_are_checked_on_a_worker_thread(
    padding: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    offer = OFFER + ("a=x-pad:" + "p" * padding + "\r\n" if padding else "")
    threads: list[str] = []
    real = calls_module.create_wire

    def recording(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(calls_module, "create_wire", recording)

    async def main() -> str:
        with FakeRealtimeServer() as fake:
            async with AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client:
                loop_thread = threading.current_thread().name
                answer = await client.calls.create(sdp=offer)
                assert answer.call_id
                return loop_thread

    loop_thread = asyncio.run(main())
    assert len(threads) == 1
    if padding:
        assert threads[0] != loop_thread
    else:
        assert threads[0] == loop_thread
