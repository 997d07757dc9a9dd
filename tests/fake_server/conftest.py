"""Fixtures for the fake Realtime server tests: every server binds 127.0.0.1 and is stopped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from realtime_ext.testing import FakeRealtimeServer


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    # The test-speed clock for GPT-Live, asked for explicitly (the fake's default is the wall
    # clock, as the API's; the wall clock's own tests ask for that).
    with FakeRealtimeServer(live_clock="test") as srv:
        yield srv
