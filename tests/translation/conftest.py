"""A fake Realtime server per test (127.0.0.1, stopped by the fixture) and translation helpers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from realtime_ext import RealtimeClient
from realtime_ext.testing import FakeRealtimeServer


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


@pytest.fixture
def client(server: FakeRealtimeServer) -> Iterator[RealtimeClient]:
    with RealtimeClient(api_key="sk-test", base_url=server.base_url) as c:
        yield c
