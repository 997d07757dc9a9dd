"""Every timeout, delay and size the SDK takes is checked by one function, so NaN, a bool,
a string or a negative wait is the SDK's error before anything opens or is sent.

Before, most checks were ``value < 0`` or ``value <= 0``, which NaN passes: ``NaN`` and
infinite waits reached the clock and raised ``ValueError``/``OverflowError`` from deep in
``websockets`` or ``threading`` (``connect(open_timeout=...)``, ``recv(timeout=...)``), a
string raised a bare ``TypeError``, and ``max_queued_bytes`` was not checked at all. An
infinite wait (``math.inf``, or one longer than the platform can wait) now means no limit,
as ``None`` does.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext._base.reconnect import Reconnector
from realtime_ext._config import check_seconds
from realtime_ext.asgi import token_endpoint, webhook_endpoint
from realtime_ext.connection import connect
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.tools import ToolRegistry
from realtime_ext.voice import PlaybackTracker

KEY = "sk-fake-wait-arguments"
NOWHERE = "http://127.0.0.1:9/v1"  # nothing listens: a check that let a value through fails
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
BAD: dict[str, object] = {"nan": math.nan, "negative": -1, "str": "5", "bool": True, "obj": []}


@pytest.fixture
def rest() -> Iterator[tuple[RealtimeClient, list[httpx.Request]]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with RealtimeClient(api_key=KEY, base_url="http://api.test/v1", http_client=http) as client:
        yield client, sent


@pytest.mark.parametrize("bad", list(BAD))
def test_rest_timeouts(rest: tuple[RealtimeClient, list[httpx.Request]], bad: str) -> None:
    client, sent = rest
    with pytest.raises(InvalidArgumentError, match=r"^timeout must be a positive number"):
        RealtimeClient(api_key=KEY, timeout=BAD[bad])  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=r"^timeout must be a positive number"):
        client.calls.hangup("rtc_1", timeout=BAD[bad])  # type: ignore[arg-type]
    assert sent == []


def test_an_infinite_rest_timeout_is_no_limit() -> None:
    assert RealtimeClient(api_key=KEY, timeout=math.inf).timeout == httpx.Timeout(None)
    assert RealtimeClient(api_key=KEY, timeout=1e300).timeout == httpx.Timeout(None)


CONNECT_WAITS = ["open_timeout", "close_timeout", "ping_interval", "ping_timeout"]
CONNECT_SIZES = ["max_size", "max_queue", "max_queued_bytes"]


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("keyword", CONNECT_WAITS + CONNECT_SIZES)
def test_connect_arguments_are_checked_before_opening(keyword: str, bad: str) -> None:
    value = BAD[bad]
    if keyword in CONNECT_SIZES and bad == "negative":
        value = 0
    if keyword in ("close_timeout", "ping_interval", "ping_timeout") and bad == "negative":
        value = -0.5  # 0 is allowed for these (websockets' own meaning)
    with pytest.raises(InvalidArgumentError, match=f"^{keyword} must be"):
        connect(api_key=KEY, base_url=NOWHERE, model="m", **{keyword: value})


@pytest.mark.parametrize("keyword", ["max_size", "max_queue", "max_queued_bytes"])
def test_sizes_must_be_whole(keyword: str) -> None:
    with pytest.raises(InvalidArgumentError, match=f"^{keyword} must be an int >= 1"):
        connect(api_key=KEY, base_url=NOWHERE, model="m", **{keyword: 1.5})


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(api_key=KEY) as fake:
        yield fake


RECEIVING: dict[str, Callable[[Any, object], object]] = {
    "recv": lambda conn, t: conn.recv(timeout=t),
    "recv_message": lambda conn, t: conn.recv_message(timeout=t),
    "run_until": lambda conn, t: conn.run_until("session.updated", timeout=t),
    "collect_audio": lambda conn, t: conn.collect_audio(timeout=t),
    "run_tools": lambda conn, t: conn.run_tools(ToolRegistry(), timeout=t),
}


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("method", list(RECEIVING))
def test_receiving_timeouts(server: FakeRealtimeServer, method: str, bad: str) -> None:
    with connect(api_key=KEY, base_url=server.base_url, model="gpt-realtime") as conn:
        with pytest.raises(InvalidArgumentError, match=r"^timeout must be a number of seconds"):
            RECEIVING[method](conn, BAD[bad])
        # Nothing was taken from the connection: the first event is still the first.
        assert conn.recv(timeout=5).type == "session.created"


def test_a_zero_receive_timeout_takes_what_is_there(server: FakeRealtimeServer) -> None:
    with connect(api_key=KEY, base_url=server.base_url, model="gpt-realtime") as conn:
        assert conn.recv(timeout=5).type == "session.created"
        with pytest.raises(Exception, match="no server event within 0"):
            conn.recv(timeout=0)


async def test_async_receiving_timeouts(server: FakeRealtimeServer) -> None:
    from realtime_ext.connection import aconnect

    async with aconnect(api_key=KEY, base_url=server.base_url, model="m") as conn:
        for value in BAD.values():
            with pytest.raises(InvalidArgumentError, match=r"^timeout must be a number"):
                await conn.recv(timeout=value)  # type: ignore[arg-type]
        assert (await conn.recv(timeout=5)).type == "session.created"


@pytest.mark.parametrize("keyword", ["initial_delay", "max_delay"])
@pytest.mark.parametrize("value", [math.nan, math.inf, -1, "1", True, 1e300])
def test_reconnect_delays_are_finite(keyword: str, value: object) -> None:
    with pytest.raises(InvalidArgumentError, match=f"^{keyword} must be a"):
        Reconnector(url="ws://h/realtime", **{keyword: value})


@pytest.mark.parametrize("value", [math.nan, math.inf, -1, "1", True])
def test_endpoint_body_limits(value: Any) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^body_timeout must be"):
        webhook_endpoint(_ignore, secret=WEBHOOK_SECRET, body_timeout=value)
    with pytest.raises(InvalidArgumentError, match=r"^max_body must be"):
        token_endpoint(
            {"type": "realtime", "model": "gpt-realtime"},
            allowed_origins=["https://a.test"],
            client=AsyncRealtimeClient(api_key=KEY),
            max_body=value,
        )


async def _ignore(event: object) -> None:
    pass


@pytest.mark.parametrize("value", [math.nan, math.inf, -1.0])
def test_played_time_is_finite(value: float) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^ms must be a finite number"):
        PlaybackTracker().on_play_ms("item_1", 0, value)


def test_the_one_check() -> None:
    assert check_seconds(0, "t", zero=True) == 0.0
    for value in (0, -0.0):
        with pytest.raises(InvalidArgumentError, match=r"^t must be a number of seconds > 0"):
            check_seconds(value, "t")
    with pytest.raises(InvalidArgumentError, match=r"^t must be a finite number"):
        check_seconds(1e300, "t", unlimited=False)
    with pytest.raises(InvalidArgumentError, match=r"^t must be a number of seconds >= 0, got"):
        check_seconds(None, "t", zero=True, unlimited=False)


@pytest.mark.parametrize("kinds", [(), (5,), ("",), ("response.done", None), ([],)])
def test_a_wait_needs_event_types_it_can_stop_at(
    server: FakeRealtimeServer, kinds: tuple[Any, ...]
) -> None:
    # None, or a type that is not a str, matched no event: the wait ran to its timeout, or
    # forever without one.
    with connect(api_key=KEY, base_url=server.base_url, model="gpt-realtime") as conn:
        with pytest.raises(InvalidArgumentError, match=r"^run_until\(\)"):
            conn.run_until(*kinds)
        if kinds and kinds[0] != "response.done":
            with pytest.raises(InvalidArgumentError, match=r"^collect_audio\(\)"):
                conn.collect_audio(until=kinds[0])
        assert conn.recv(timeout=5).type == "session.created"


@pytest.mark.parametrize(
    ("code", "reason", "says"),
    [
        (1006, "", "close code must be"),  # reserved: never sent
        (99999, "", "close code must be"),
        ("1000", "", "close code must be"),
        (True, "", "close code must be"),
        (1000, 5, "close reason must be a str"),
        (1000, "é" * 100, "at most 123 bytes"),
        (1000, "\ud800", "lone surrogate"),
    ],
)
def test_close_arguments_are_checked_and_the_connection_stays_open(
    server: FakeRealtimeServer, code: Any, reason: Any, says: str
) -> None:
    # websockets raised ProtocolError, or logged an internal error and left the socket
    # unclosed, for these.
    with connect(api_key=KEY, base_url=server.base_url, model="gpt-realtime") as conn:
        with pytest.raises(InvalidArgumentError, match=says):
            conn.close(code, reason)
        assert conn.recv(timeout=5).type == "session.created"
        conn.close(4000, "done")
        assert conn.close_code == 4000
