"""What the Realtime tool-loop tests share: a fake Realtime server per test, ``both`` (the
test body run against the blocking and the asyncio connection), a connection of the flavour
to the fake, and the events of a type the app sent it.

A module that needs another server (``test_live_approvals``: one GPT-Live fake per module)
defines its own ``server`` fixture, which takes precedence over this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import support.both
from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer
from support.both import Both


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


@pytest.fixture(params=support.both.FLAVOURS)
def both(request: pytest.FixtureRequest) -> Iterator[Both]:
    yield from support.both.running(Both(request.param))


async def _aopen(kwargs: dict[str, Any]) -> Any:
    return await aconnect(**kwargs)


def open_conn(both: Both, server: FakeRealtimeServer) -> Any:
    """A Realtime connection of ``both``'s flavour to ``server`` (model ``gpt-realtime``)."""
    kwargs = {"api_key": "sk-test", "base_url": server.base_url, "model": "gpt-realtime"}
    return both(_aopen(kwargs)) if both.is_async else connect(**kwargs)


def sent(server: FakeRealtimeServer, kind: str) -> list[dict[str, Any]]:
    """The events of type ``kind`` the app sent on the server's first connection, in order."""
    return [event for event in server.received[0] if event["type"] == kind]
