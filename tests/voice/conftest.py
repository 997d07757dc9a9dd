"""A fake Realtime server per test, with server VAD on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from realtime_ext.testing import FakeRealtimeServer


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        srv.script.detect_speech()
        yield srv
