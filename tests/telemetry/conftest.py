"""Sessions under a ManualClock whose time moves as scripted when each message arrives
(tests/support/scripted_clock.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from realtime_ext.testing import FakeRealtimeServer
from support.scripted_clock import script

__all__ = ["script"]


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv
