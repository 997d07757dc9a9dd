"""The fixture's object is exported from realtime_ext.testing, under the server's name for
its mismatches (the earlier, deprecated ``mismatches`` is gone)."""

from __future__ import annotations

from pathlib import Path

import realtime_ext.testing
from realtime_ext.testing import FakeRealtimeServer, RealtimeCassette, pytest_plugin


def test_the_fixture_object_is_exported_once() -> None:
    assert "RealtimeCassette" in realtime_ext.testing.__all__
    assert pytest_plugin.RealtimeCassette is RealtimeCassette


def test_one_name_for_the_mismatches(tmp_path: Path) -> None:
    server = FakeRealtimeServer()
    cassette = RealtimeCassette(server, tmp_path / "c.jsonl", "none", "sk-x")
    assert cassette.cassette_mismatches == server.cassette_mismatches == []
    assert not hasattr(cassette, "mismatches")


async def test_async_tests_run_with_the_testing_extra() -> None:
    # pytest-asyncio comes with realtime-ext[testing]; the fake server runs in `async with`.
    async with FakeRealtimeServer() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
