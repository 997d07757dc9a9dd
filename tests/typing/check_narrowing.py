"""Checked, never run: events narrow on ``event.type`` under mypy --strict and pyright strict.

tests/typing/test_narrowing.py runs both checkers on this file and fails on any error, so
every ``assert_type`` below is a claim both checkers must agree with: after
``if event.type == "<type>":`` the event is the one generated model, with typed fields.
"""

from __future__ import annotations

from typing import Literal, assert_type

import realtime_ext
import realtime_ext.translation
import realtime_ext.webrtc
from realtime_ext import events
from realtime_ext.connection import AsyncRealtimeConnection, RealtimeConnection
from realtime_ext.events import UnknownEvent
from realtime_generated import models


def sync_iteration(conn: RealtimeConnection) -> list[str]:
    out: list[str] = []
    for event in conn:
        if event.type == "response.output_audio.delta":
            assert_type(event, models.RealtimeServerEventResponseAudioDelta)
            assert_type(event.delta, str)
            assert_type(event.output_index, int)
        elif event.type == "response.output_text.delta":
            assert_type(event, models.RealtimeServerEventResponseTextDelta)
            out.append(event.delta)
        elif event.type == "response.output_audio_transcript.delta":
            assert_type(event, models.RealtimeServerEventResponseAudioTranscriptDelta)
            out.append(event.delta)
        elif event.type == "response.function_call_arguments.done":
            assert_type(event, models.RealtimeServerEventResponseFunctionCallArgumentsDone)
            assert_type(event.call_id, str)
            assert_type(event.arguments, str)
        elif event.type == "conversation.item.input_audio_transcription.completed":
            assert_type(
                event, models.RealtimeServerEventConversationItemInputAudioTranscriptionCompleted
            )
            assert_type(event.transcript, str)
        elif event.type == "input_audio_buffer.speech_started":
            assert_type(event, models.RealtimeServerEventInputAudioBufferSpeechStarted)
            assert_type(event.audio_start_ms, int)
        elif event.type == "session.created":
            assert_type(event, models.RealtimeServerEventSessionCreated)
        elif event.type == "rate_limits.updated":
            assert_type(event, models.RealtimeServerEventRateLimitsUpdated)
        elif event.type == "error":
            assert_type(event, models.RealtimeServerEventError)
            assert_type(event.error.message, str)
        elif event.type == "response.done":
            assert_type(event, models.RealtimeServerEventResponseDone)
            break
        elif event.type == "unknown":
            assert_type(event, UnknownEvent)
            assert_type(event.wire_type, str)
    return out


def sync_recv_and_run_until(conn: RealtimeConnection) -> None:
    event = conn.recv()
    if event.type == "conversation.item.truncated":
        assert_type(event, models.RealtimeServerEventConversationItemTruncated)
        assert_type(event.audio_end_ms, int)
    done = conn.run_until("response.done")  # one type: that class, no narrowing needed
    assert_type(done, models.RealtimeServerEventResponseDone)
    either = conn.run_until("response.done", "output_audio_buffer.stopped")
    if either.type == "response.done":
        assert_type(either, models.RealtimeServerEventResponseDone)
    if either.type != "output_audio_buffer.stopped":
        return
    assert_type(either, models.RealtimeServerEventOutputAudioBufferStopped)


async def async_iteration(conn: AsyncRealtimeConnection) -> str:
    text = ""
    async for event in conn:
        if event.type == "response.output_text.done":
            assert_type(event, models.RealtimeServerEventResponseTextDone)
            text = event.text
        elif event.type == "response.output_audio.done":
            assert_type(event, models.RealtimeServerEventResponseAudioDone)
        elif event.type == "conversation.item.done":
            assert_type(event, models.RealtimeServerEventConversationItemDone)
        elif event.type == "mcp_list_tools.completed":
            assert_type(event, models.RealtimeServerEventMCPListToolsCompleted)
    event = await conn.recv()
    if event.type == "input_audio_buffer.committed":
        assert_type(event, models.RealtimeServerEventInputAudioBufferCommitted)
    done = await conn.run_until("response.created")
    match done.type:
        case "response.created":
            assert_type(done, models.RealtimeServerEventResponseCreated)
        case _:
            pass
    return text


def parsers(data: bytes) -> None:
    server = events.parse_server_event(data)
    if server.type == "output_audio_buffer.started":
        assert_type(server, models.RealtimeServerEventOutputAudioBufferStarted)
    if isinstance(server, UnknownEvent):
        assert_type(server.wire_type, str)

    client = events.parse_client_event(data)
    if client.type == "conversation.item.truncate":
        assert_type(client, models.RealtimeClientEventConversationItemTruncate)
        assert_type(client.audio_end_ms, int)
    elif client.type == "session.update":
        assert_type(client, models.RealtimeClientEventSessionUpdate)
    elif client.type == "input_audio_buffer.append":
        assert_type(client.audio, str)

    beta = events.parse_beta_server_event(data)
    if beta.type == "transcription_session.updated":
        assert_type(beta, models.RealtimeBetaServerEventTranscriptionSessionUpdated)
    elif beta.type == "response.output_audio.delta":
        assert_type(beta, models.RealtimeBetaServerEventResponseAudioDelta)

    beta_client = events.parse_beta_client_event(data)
    if beta_client.type == "transcription_session.update":
        assert_type(beta_client, models.RealtimeBetaClientEventTranscriptionSessionUpdate)

    translation = events.parse_translation_server_event(data)
    if translation.type == "session.output_audio.delta":
        assert_type(translation, models.RealtimeTranslationServerEventSessionOutputAudioDelta)
        assert_type(translation.delta, str)
    elif translation.type == "error":
        assert_type(translation, models.RealtimeServerEventError)

    translation_client = events.parse_translation_client_event(data)
    if translation_client.type == "session.input_audio_buffer.append":
        assert_type(translation_client, models.RealtimeTranslationClientEventInputAudioBufferAppend)
    elif translation_client.type == "session.close":
        assert_type(translation_client, models.RealtimeTranslationClientEventSessionClose)


async def typed_sends_return_types(
    conn: RealtimeConnection, aconn: AsyncRealtimeConnection
) -> None:
    from realtime_ext.events import RealtimeSends

    sync = RealtimeSends(conn.send)
    assert_type(sync.response.create(), None)
    asyncs = RealtimeSends(aconn.send)
    assert_type(await asyncs.response.cancel(), None)
    # The same namespaces on the connections themselves, with openai's names.
    assert_type(conn.session.update(session={"type": "realtime"}), None)
    assert_type(conn.conversation.item.truncate(item_id="i", content_index=0, audio_end_ms=5), None)
    assert_type(await aconn.input_audio_buffer.append(audio=b"\x00\x00"), None)
    assert_type(await aconn.output_audio_buffer.clear(event_id="e1"), None)


def nested_unions_narrow(conn: RealtimeConnection) -> None:
    # The three annotations a newcomer writes from the guides (issue 57): an item of a
    # response, an item of an event, and a connection annotated with its exported type.
    for event in conn:
        if event.type == "response.done" and event.response.output:
            first = event.response.output[0]
            kind: str = first.type  # a union of literals, "unknown" among them
            print(kind)
            if first.type == "function_call":
                assert_type(first, models.RealtimeConversationItemFunctionCall)
                assert_type(first.arguments, str)
            elif first.type == "unknown":
                assert_type(first, models.RealtimeUnknownVariant)
        elif event.type == "response.output_item.done" and event.item.type == "function_call":
            assert_type(event.item, models.RealtimeConversationItemFunctionCall)
            assert_type(event.item.name, str)
        elif event.type == "session.updated" and event.session.type == "realtime":
            assert_type(event.session, models.RealtimeSessionCreateResponseGA)


async def nested_unions_narrow_async(conn: AsyncRealtimeConnection) -> None:
    # The same three newcomer annotations on asyncio, as the WebSocket guide writes them.
    async for event in conn:
        if event.type == "response.done" and event.response.output:
            first = event.response.output[0]
            if first.type == "message":  # the three roles' messages, each typed
                assert_type(
                    first,
                    models.RealtimeConversationItemMessageAssistant
                    | models.RealtimeConversationItemMessageSystem
                    | models.RealtimeConversationItemMessageUser,
                )
        elif event.type == "conversation.item.added" and event.item.type == "function_call":
            assert_type(event.item, models.RealtimeConversationItemFunctionCall)


async def live_sessions_reached_from_the_root(
    conn: realtime_ext.connection.AsyncRealtimeConnection,
    sync: realtime_ext.connection.RealtimeConnection,
    call: realtime_ext.webrtc.AsyncRealtimeCall,
    translation: realtime_ext.translation.AsyncTranslationConnection,
) -> None:
    # The types the guides annotate with (issue 57): the core's after ``import realtime_ext``
    # alone, the features' (WebRTC, translation) after importing their package; a voice
    # attached to any of them is read on the voice itself (realtime_ext.voice.Voice).
    assert_type(conn.reconnects, int)
    assert_type(sync.reconnects, int)
    assert_type(call.call_id, str)
    event = await translation.recv()
    if event.type == "session.output_transcript.delta":
        assert_type(event.delta, str)


async def builders_go_through_typed_sends(conn: AsyncRealtimeConnection) -> None:
    from realtime_ext.events import function_call_output, response_params, user_audio, user_text

    await conn.conversation.item.create(item=user_text("Hi"))
    await conn.conversation.item.create(item=user_audio(b"\x00\x00", transcript="hm"))
    await conn.conversation.item.create(item=function_call_output("call_1", {"temp": 21}))
    await conn.response.create(
        response=response_params(conversation="none", input=[user_text("Summarise.")])
    )
    assert_type(user_text("Hi")["content"][0]["type"], Literal["input_text", "input_audio"])
