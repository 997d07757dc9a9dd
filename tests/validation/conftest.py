"""A client whose transport records what would have gone on the wire (``wire.sent``)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from realtime_ext import RealtimeClient
from tests.validation._wire import Wire


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(wire: Wire) -> Iterator[RealtimeClient]:
    http = httpx.Client(transport=httpx.MockTransport(wire))
    with RealtimeClient(
        api_key="sk-test", base_url="https://x.test/v1", http_client=http, max_retries=0
    ) as c:
        yield c
