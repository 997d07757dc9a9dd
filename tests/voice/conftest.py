"""A fake Realtime server per test (server VAD is on by default, as on the API)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from realtime_ext.testing import FakeRealtimeServer


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv
