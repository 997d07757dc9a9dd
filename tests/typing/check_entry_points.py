"""Checked, never run: typed entry points under mypy --strict and pyright strict.

tests/typing/test_entry_points.py runs both checkers on this file and fails on any error:
``run_until`` with one event type returns that event's class (no narrowing, no cast),
several types narrow with ``match`` on the classes or ``isinstance``, the connect
functions take explicit keywords, and every exception is importable from
``realtime_ext``.
"""

from __future__ import annotations

from typing import assert_type

import realtime_ext
from realtime_ext import AsyncRealtimeClient, RealtimeClient, ResponseLostError
from realtime_ext.connection import AsyncRealtimeConnection, RealtimeConnection
from realtime_ext.conversation import (
    AsyncConversation,
    Conversation,
    ReconnectedEvent,
    ReconnectingEvent,
    ReconnectingOverrides,
)
from realtime_ext.events import ServerEvent
from realtime_ext.voice import PlaybackTracker, Voice
from realtime_ext.webrtc import AsyncWebRTC, RealtimeCall, WebRTC
from realtime_generated import models
from realtime_generated.models import (
    RealtimeServerEventResponseDone as ResponseDone,
)
from realtime_generated.models import (
    RealtimeServerEventResponseTextDelta as TextDelta,
)


def sync_run_until(conn: RealtimeConnection) -> str | None:
    done = conn.run_until("response.done", timeout=5)
    assert_type(done, models.RealtimeServerEventResponseDone)
    created = conn.run_until("session.created")
    assert_type(created, models.RealtimeServerEventSessionCreated)
    either = conn.run_until("response.done", "error")
    assert_type(either, ServerEvent)
    unknown = conn.run_until("response.not_in_the_spec")  # a type the spec does not name
    assert_type(unknown, ServerEvent)
    status = done.response.status
    return None if isinstance(status, type(None)) else str(status)


async def async_run_until(conn: AsyncRealtimeConnection) -> None:
    done = await conn.run_until("response.done")
    assert_type(done, models.RealtimeServerEventResponseDone)
    delta = await conn.run_until("response.output_text.delta", timeout=1.0)
    assert_type(delta.delta, str)
    assert_type(await conn.run_until("response.done", "error"), ServerEvent)
    assert_type(await conn.run_until("response.not_in_the_spec"), ServerEvent)


async def bare_conversations(conn: AsyncConversation, blocking: Conversation) -> None:
    """The conversations themselves (what the connections and calls build on)."""
    assert_type(await conn.run_until("response.done"), ResponseDone)
    assert_type(await conn.run_until("x.y", timeout=1), ServerEvent)
    assert_type(blocking.run_until("response.output_text.delta"), TextDelta)
    assert_type(blocking.run_until("response.done", "error", timeout=2), ServerEvent)


def several_types_with_match(conn: RealtimeConnection) -> list[str]:
    """The documented pattern for several types: ``match`` on the event classes."""
    out: list[str] = []
    for event in conn:
        match event:
            case TextDelta(delta=delta):
                assert_type(delta, str)
                out.append(delta)
            case ResponseDone():
                assert_type(event, ResponseDone)
                break
            case _:
                pass
    return out


def several_types_with_isinstance(event: ServerEvent) -> str:
    if isinstance(event, TextDelta | ResponseDone):
        assert_type(event, TextDelta | ResponseDone)
        return event.type
    return ""


def connect_keywords(client: RealtimeClient) -> None:
    with client.connect(
        model="gpt-realtime",
        max_retries=3,
        reconnect_delay=0.1,
        close_timeout=2.0,
        ping_interval=None,
        compression=None,
        extensions=[Voice(playback=PlaybackTracker(), auto_interrupt=True)],
    ) as conn:
        assert_type(conn, RealtimeConnection)
        try:
            conn.run_until("response.done")
        except ResponseLostError as exc:
            assert_type(exc.response_ids, tuple[str, ...])


async def aconnect_keywords(client: AsyncRealtimeClient) -> None:
    async with client.connect(model="gpt-realtime", max_retries=2, open_timeout=3) as conn:
        assert_type(conn, AsyncRealtimeConnection)


def exceptions_exported() -> tuple[type[Exception], ...]:
    return (
        realtime_ext.OpenAIError,
        realtime_ext.ResponseLostError,
        realtime_ext.RealtimeServerError,
        realtime_ext.MissingAPIKeyError,
        realtime_ext.InvalidEventError,
        realtime_ext.WebhookError,
    )


async def webrtc_call(client: AsyncRealtimeClient) -> None:
    async with AsyncWebRTC(client).connect(model="gpt-realtime", audio_in=None) as call:
        done = await call.run_until("response.done", timeout=10)
        assert_type(done, models.RealtimeServerEventResponseDone)


def told(event: ReconnectedEvent) -> None:
    assert_type(event.carried_ids, tuple[str, ...])


async def asking(event: ReconnectingEvent) -> ReconnectingOverrides | None:
    return {"extra_headers": {"X-Attempt": str(event.attempt)}}


async def webrtc_call_reconnecting(client: AsyncRealtimeClient) -> None:
    # A call takes client.connect's reconnect keywords, hooks typed as there.
    async with AsyncWebRTC(client).connect(
        max_retries=3, on_reconnecting=asking, on_reconnected=told, carry="session"
    ) as call:
        assert_type(call.call_id, str)


def sync_webrtc_call(client: RealtimeClient) -> None:
    with WebRTC(client).connect(model="gpt-realtime", audio_in=None, connect_timeout=10) as call:
        assert_type(call, RealtimeCall)
        assert_type(call.call_id, str)
        assert_type(call.audio_in.frames_sent, int)  # the input, whichever peer sends it
        call.response.create(response={"output_modalities": ["text"]})
        done = call.run_until("response.done", timeout=10)
        assert_type(done, models.RealtimeServerEventResponseDone)
        for event in call:
            if event.type == "response.output_text.delta":
                assert_type(event.delta, str)
        assert_type(call.audio_out.read(timeout=1), bytes | None)
        call.hangup()
