"""What a test client would have sent: an httpx transport that records each request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from realtime_ext import AsyncRealtimeClient


class Wire:
    """An httpx transport that records each request and answers 500 (never retried)."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(500)


@asynccontextmanager
async def async_client(wire: Wire) -> AsyncIterator[AsyncRealtimeClient]:
    """An asyncio client whose requests ``wire`` records (no retries)."""
    http = httpx.AsyncClient(transport=httpx.MockTransport(wire))
    async with AsyncRealtimeClient(
        api_key="sk-test", base_url="https://x.test/v1", http_client=http, max_retries=0
    ) as client:
        yield client
