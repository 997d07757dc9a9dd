"""A fake Realtime server per test (its own thread, so sync and async tests share it), and
``both``: one test body run against the blocking and the asyncio conversation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import support.both
from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer
from support.both import WAIT as WAIT


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


class Both(support.both.Both):
    """:class:`support.both.Both` with this package's conversations: ``connect`` and
    ``voice`` of the flavour."""

    def voice(self, **kwargs: Any) -> Any:
        """Barge-in and history of this flavour (``Voice``/``AsyncVoice``), to attach."""
        from realtime_ext.voice import AsyncVoice, Voice

        return AsyncVoice(**kwargs) if self.is_async else Voice(**kwargs)

    def connect(self, server: FakeRealtimeServer, **kwargs: Any) -> Any:
        """A connection of this flavour to ``server`` (model ``gpt-realtime``), with a voice
        attached unless ``extensions=`` says otherwise: its history is what ``carry`` gives a
        new session, which these tests are about."""
        kwargs = {
            "api_key": "sk-test",
            "base_url": server.base_url,
            "model": "gpt-realtime",
            "extensions": [self.voice()],
        } | kwargs
        if self.is_async:
            return self(_opened(kwargs))
        return connect(**kwargs)


async def _opened(kwargs: dict[str, Any]) -> Any:
    return await aconnect(**kwargs)


@pytest.fixture(params=support.both.FLAVOURS)
def both(request: pytest.FixtureRequest) -> Iterator[Both]:
    yield from support.both.running(Both(request.param))
