"""At most ``limit_handshakes`` asyncio opening handshakes in flight per event loop (issue
81's connect storm): the others wait their turn, and every one of them still opens."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import APIConnectionError, InvalidArgumentError
from realtime_ext._base import websocket_transport as _transport
from realtime_ext.connection import DEFAULT_MAX_HANDSHAKES, aconnect, limit_handshakes


@pytest.fixture
def limit() -> Iterator[None]:
    yield
    limit_handshakes(DEFAULT_MAX_HANDSHAKES)


async def _storm(monkeypatch: pytest.MonkeyPatch, opens: int) -> tuple[list[int], Any]:
    """``opens`` connects at one instant against a handshake that waits for the test: the
    handshakes in flight as each one starts, and what lets one finish."""
    in_flight: list[int] = []
    running = 0
    gate = asyncio.Semaphore(0)

    async def handshake(url: str, **options: Any) -> Any:
        nonlocal running
        running += 1
        in_flight.append(running)
        try:
            await gate.acquire()
            raise OSError("refused by the test")  # reported as the open's own failure
        finally:
            running -= 1

    monkeypatch.setattr(_transport, "async_ws_connect", handshake)

    async def one() -> None:
        with pytest.raises(APIConnectionError):
            await aconnect(api_key="sk-test", base_url="http://127.0.0.1:9/v1", model="m")

    storm = asyncio.gather(*(one() for _ in range(opens)))
    return in_flight, (storm, gate)


async def test_a_storm_opens_at_most_the_limit_at_once(
    monkeypatch: pytest.MonkeyPatch, limit: None
) -> None:
    limit_handshakes(3)
    in_flight, (storm, gate) = await _storm(monkeypatch, 10)
    while len(in_flight) < 3:
        await asyncio.sleep(0)
    for _ in range(20):  # every other open has had its turn to start, were it allowed to
        await asyncio.sleep(0)
    assert in_flight == [1, 2, 3]
    for _ in range(10):
        gate.release()
    await storm
    assert len(in_flight) == 10 and max(in_flight) == 3


async def test_no_limit_lets_every_handshake_start(
    monkeypatch: pytest.MonkeyPatch, limit: None
) -> None:
    limit_handshakes(None)
    in_flight, (storm, gate) = await _storm(monkeypatch, 10)
    while len(in_flight) < 10:
        await asyncio.sleep(0)
    assert max(in_flight) == 10
    for _ in range(10):
        gate.release()
    await storm


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "8"])
def test_the_limit_is_checked(bad: object, limit: None) -> None:
    with pytest.raises(InvalidArgumentError, match="handshake limit"):
        limit_handshakes(bad)  # type: ignore[arg-type]


async def test_a_turn_covers_the_whole_open_not_only_the_handshake(
    monkeypatch: pytest.MonkeyPatch, limit: None
) -> None:
    """What an open does before its socket's handshake (the credentials asked for, the
    options made) waits for its turn too: a storm's opens no longer all do it in one turn of
    the loop, before any of them waits (and the socket's open inside takes no second turn)."""
    limit_handshakes(3)
    prepared = 0
    make_options = _transport._options

    def options(*args: Any, **kwargs: Any) -> Any:
        nonlocal prepared
        prepared += 1
        return make_options(*args, **kwargs)

    monkeypatch.setattr(_transport, "_options", options)
    in_flight, (storm, gate) = await _storm(monkeypatch, 10)
    while len(in_flight) < 3:
        await asyncio.sleep(0)
    for _ in range(20):
        await asyncio.sleep(0)
    assert prepared == 3 and in_flight == [1, 2, 3]
    for _ in range(10):
        gate.release()
    await storm
    assert prepared == 10 and max(in_flight) == 3
