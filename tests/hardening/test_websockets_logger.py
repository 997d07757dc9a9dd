"""websockets logs the handshake headers at DEBUG: through our logger, Authorization is masked."""

from __future__ import annotations

import asyncio
import logging

import pytest

from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer

API_KEY = "sk-proj-LOGtest0123456789abcdefghijkl"
EK_KEY = "ek_68af0123456789abcdefLOGtest"


def _accept(key: str) -> bool:
    return key in (API_KEY, EK_KEY)


@pytest.mark.parametrize("key", [API_KEY, EK_KEY], ids=["api_key", "ek_key"])
def test_sync_and_async_handshakes_log_no_key(key: str, caplog: pytest.LogCaptureFixture) -> None:
    with FakeRealtimeServer(accept_key=_accept) as server, caplog.at_level(logging.DEBUG):
        logging.getLogger("realtime_ext.websockets").setLevel(logging.DEBUG)
        with connect(api_key=key, base_url=server.base_url, model="gpt-realtime") as conn:
            conn.recv(timeout=5)

        async def main() -> None:
            async with aconnect(api_key=key, base_url=server.base_url, model="gpt-realtime") as c:
                await c.recv(timeout=5)

        asyncio.run(main())
    ours = [r for r in caplog.records if r.name == "realtime_ext.websockets"]
    sent = [r.getMessage() for r in ours if r.getMessage().startswith("> Authorization")]
    assert sent == ["> Authorization: ***", "> Authorization: ***"]  # one sync, one async
    assert {r.levelno for r in ours} >= {logging.DEBUG}
    assert all(
        key not in r.getMessage() and key[-12:] not in r.getMessage() for r in caplog.records
    )
    assert key not in caplog.text
