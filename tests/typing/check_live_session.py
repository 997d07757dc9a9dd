"""Checked, never run: every kind of live session is a ``OpenSession`` (blocking) or an
``AsyncOpenSession`` (asyncio), and code annotated with the protocol type-checks strictly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, assert_type

from realtime_ext import AsyncOpenSession, AsyncRealtimeClient, OpenSession, RealtimeClient
from realtime_ext.connection import AsyncRealtimeConnection, RealtimeConnection
from realtime_ext.events import ServerEvent, TranslationServerEvent
from realtime_ext.telemetry import SessionMetrics
from realtime_ext.translation import AsyncTranslationConnection, TranslationConnection
from realtime_ext.webrtc import (
    AsyncRealtimeCall,
    AsyncTranslationCall,
    AsyncWebRTC,
    RealtimeCall,
    TranslationCall,
    WebRTC,
)


def every_blocking_kind(
    conn: RealtimeConnection,
    call: RealtimeCall,
    translation: TranslationConnection,
    translation_call: TranslationCall,
) -> list[OpenSession]:
    return [conn, call, translation, translation_call]


def every_asyncio_kind(
    conn: AsyncRealtimeConnection,
    call: AsyncRealtimeCall,
    translation: AsyncTranslationConnection,
    translation_call: AsyncTranslationCall,
) -> list[AsyncOpenSession]:
    return [conn, call, translation, translation_call]


def log_all(session: OpenSession) -> int:
    """What an app writes for any live session: events narrow on ``event.type``."""

    @session.on("error")
    def on_error(event: Any) -> None:
        print(event)

    def show(event: Any) -> None:
        print(event)

    handler: Callable[[Any], None] = session.once("session.created", show)
    assert handler is show
    assert_type(session.off("error"), int)
    seen = 0
    with session:
        first = session.recv(timeout=5)
        assert_type(first, ServerEvent | TranslationServerEvent)
        for event in session:
            if event.type == "session.output_transcript.delta":
                assert_type(event.delta, str)
            elif event.type == "response.output_text.delta":
                print(event.delta, event.item_id)
            seen += 1
        session.send({"type": "session.close"})
        assert_type(session.send_audio(b"\x00\x00"), int)
        print(session.run_until("session.updated", timeout=5).type)
        assert_type(SessionMetrics.of(session), SessionMetrics)
        assert_type(session.reconnects, int)
        assert_type(session.close_code, int | None)
        session.close()
    return seen


async def alog_all(session: AsyncOpenSession) -> int:
    seen = 0
    async with session:
        async for event in session:
            if event.type == "error":
                print(event.error.message)
            seen += 1
        assert_type(await session.recv_bytes(timeout=1), bytes)
        await session.dispatch_events()
        assert_type(await session.send_audio(b"\x00\x00"), int)
        await session.close()
    return seen


def opened_by_the_clients(client: RealtimeClient) -> None:
    with client.connect(model="gpt-realtime") as conn:
        log_all(conn)
    with client.translations.connect() as translation:
        log_all(translation)
    with WebRTC(client).connect(model="gpt-realtime") as call:
        log_all(call)


async def aopened_by_the_clients(client: AsyncRealtimeClient) -> None:
    async with client.connect(model="gpt-realtime") as conn:
        await alog_all(conn)
    async with client.translations.connect() as translation:
        await alog_all(translation)
    async with AsyncWebRTC(client).connect_translation() as call:
        await alog_all(call)
