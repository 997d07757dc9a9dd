"""Checked, never run: the entry points' options (issue 57 item 5) under mypy --strict and
pyright strict. Each entry point takes its few own arguments and the rest as
``**options: Unpack[ConnectOptions]`` (``ConversationOptions`` for conversations): every
option type-checks by name, and an app's own wrapper can forward them typed.

tests/typing/test_connect_options.py runs both checkers on this file (no error allowed) and
on the control in _batch.py (every line an error).
"""

from __future__ import annotations

from typing import Unpack, assert_type

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.connection import (
    CONNECT_DEFAULTS,
    AsyncRealtimeConnection,
    ConnectOptions,
    ConversationOptions,
    RealtimeConnection,
)
from realtime_ext.testing import ManualClock
from realtime_ext.translation import AsyncTranslationConnection, TranslationConnection
from realtime_ext.voice import PlaybackTracker, Voice


def blocking_level() -> None:
    with (
        RealtimeClient(api_key="sk-test") as client,
        client.connect(
            model="gpt-realtime",
            max_size=None,
            max_retries=0,
            carry="session",
            max_session_duration=None,
            extensions=[Voice(playback=PlaybackTracker(), keep_audio=True)],
            clock=ManualClock(),
            compression=None,
            proxy=None,
        ) as conn,
    ):
        assert_type(conn, RealtimeConnection)
    with (
        RealtimeClient(api_key="sk-test") as client,
        client.translations.connect(ping_interval=None, extra_query={"a": "b"}) as t,
    ):
        assert_type(t, TranslationConnection)


async def asyncio_level(client: AsyncRealtimeClient) -> None:
    async with client.connect(model="gpt-realtime", reconnect_delay=0.1) as conn:
        assert_type(conn, AsyncRealtimeConnection)
    async with client.translations.connect(max_queue=4) as t:
        assert_type(t, AsyncTranslationConnection)
    async with client.translations.connect(close_timeout=1.0, max_retries=2) as t:
        assert_type(t, AsyncTranslationConnection)


def my_connect(
    client: RealtimeClient, **options: Unpack[ConversationOptions]
) -> RealtimeConnection:
    """An app's wrapper forwards the options typed, as the SDK's entry points do."""
    return client.connect(model="gpt-realtime", **options)


def forwarded(client: RealtimeClient) -> None:
    shared: ConnectOptions = {"max_retries": 3, "ping_interval": 10.0}
    with my_connect(client, extensions=[Voice()], **shared) as conn:
        assert_type(conn, RealtimeConnection)
    with client.translations.connect(**shared) as t:
        assert_type(t, TranslationConnection)
    assert_type(CONNECT_DEFAULTS.get("max_retries"), int | None)
