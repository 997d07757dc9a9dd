"""A fake Realtime server per test (127.0.0.1, stopped by the fixture)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from realtime_ext.testing import FakeRealtimeServer


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv
