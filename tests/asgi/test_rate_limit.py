"""``token_endpoint(rate_limit=...)`` in one process (the default MemoryStore): per client
(the peer's address, or the app's ``rate_key``), 429 with ``Retry-After``, checked before the
session is decided and before a key is minted; bad limits refused at startup. The same
across workers sharing Redis: tests/asgi/test_workers.py."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError
from realtime_ext.asgi import TokenRefused, TokenRequest, token_endpoint
from realtime_ext.asgi._token import parse_rate_limit
from realtime_ext.testing import FakeRealtimeServer

ORIGIN = "https://app.example.com"
PAGE = {"Origin": ORIGIN}
KEY = "sk-asgi-rate-0123456789abcdef"


@pytest.fixture
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


async def _ask(app: Any, n: int, *, peer: str = "203.0.113.7", **headers: str) -> list[int]:
    statuses: list[int] = []
    retry_after: list[int] = []
    transport = httpx.ASGITransport(app=app, client=(peer, 50000))
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as http:
        for _ in range(n):
            answer = await http.post("/", headers={**PAGE, **headers})
            statuses.append(answer.status_code)
            if answer.status_code == 429:
                retry_after.append(int(answer.headers["retry-after"]))
    assert all(0 < seconds <= 60 for seconds in retry_after)
    return statuses


def test_each_address_gets_its_limit(fake: FakeRealtimeServer) -> None:
    client = AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url)
    app = token_endpoint(
        {"type": "realtime"}, allowed_origins=[ORIGIN], client=client, rate_limit="2/minute"
    )

    async def scenario() -> tuple[list[int], list[int]]:
        return await _ask(app, 4), await _ask(app, 2, peer="198.51.100.9")

    first, other = asyncio.run(scenario())
    assert first == [200, 200, 429, 429]
    assert other == [200, 200]
    assert len(fake.rest.secrets) == 4  # nothing minted past the limit


def test_the_app_computes_the_client_and_the_limit_comes_before_the_session(
    fake: FakeRealtimeServer,
) -> None:
    decided: list[str] = []

    async def user(request: TokenRequest) -> str:
        name = request.header("x-user")
        if name is None:
            raise TokenRefused(401, "sign in first")
        return name

    def session(request: TokenRequest) -> dict[str, object]:
        decided.append(request.header("x-user") or "")
        return {"type": "realtime"}

    client = AsyncRealtimeClient(api_key=KEY, base_url=fake.base_url)
    app = token_endpoint(
        session,
        allowed_origins=[ORIGIN],
        client=client,
        rate_limit="1 per minute",
        rate_key=user,
    )

    async def scenario() -> list[list[int]]:
        return [
            await _ask(app, 2, **{"x-user": "ada"}),
            # Another user behind the same address is counted on its own.
            await _ask(app, 1, **{"x-user": "grace"}),
            await _ask(app, 1),
        ]

    assert asyncio.run(scenario()) == [[200, 429], [200], [401]]
    assert decided == ["ada", "grace"]


def test_a_rate_key_that_returns_no_str_is_a_500() -> None:
    client = AsyncRealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9")
    app = token_endpoint(
        {"type": "realtime"},
        allowed_origins=[ORIGIN],
        client=client,
        rate_limit="5/minute",
        rate_key=lambda request: 42,  # type: ignore[arg-type, return-value]
    )
    assert asyncio.run(_ask(app, 1)) == [500]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("20/minute", (20, 60)), ("100 per hour", (100, 3600)), ("5/2 seconds", (5, 2))],
)
def test_limits_are_read_in_the_limits_notation(text: str, parsed: tuple[int, int]) -> None:
    assert parse_rate_limit(text) == parsed


@pytest.mark.parametrize(
    "bad", ["", "twenty a minute", "20/fortnight", "0/minute", "1/second;5/minute", 20]
)
def test_bad_limits_are_refused_at_startup(bad: Any) -> None:
    client = AsyncRealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(InvalidArgumentError, match="rate_limit"):
        token_endpoint(
            {"type": "realtime"}, allowed_origins=[ORIGIN], client=client, rate_limit=bad
        )
    with pytest.raises(InvalidArgumentError, match="rate_key"):
        token_endpoint(
            {"type": "realtime"},
            allowed_origins=[ORIGIN],
            client=client,
            rate_limit="1/minute",
            rate_key="user",  # type: ignore[arg-type]
        )
