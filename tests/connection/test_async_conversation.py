"""End-to-end turns over the asyncio connection against the fake server."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext import RealtimeServerError
from realtime_ext.connection import AsyncRealtimeConnection, aconnect
from realtime_ext.conversation import ConnectionClosed
from realtime_ext.events import UnknownEvent
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.tools import ToolRegistry
from realtime_generated import models

T = 10.0


async def open_conn(server: FakeRealtimeServer) -> AsyncRealtimeConnection:
    conn = await aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime")
    assert isinstance(await conn.recv(T), models.RealtimeServerEventSessionCreated)
    return conn


async def test_text_turn_with_async_handler() -> None:
    deltas: list[str] = []

    async def on_delta(event: Any) -> None:
        deltas.append(event.delta)

    async with FakeRealtimeServer() as server:
        server.script.next_response(text="Hi there friend")
        async with aconnect(
            api_key="sk-test", base_url=server.base_url, model="gpt-realtime"
        ) as conn:
            conn.on("response.output_text.delta", on_delta)
            assert (await conn.recv(T)).type_ == "session.created"
            await conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            await conn.send(  # a generated model goes to send() as it is
                models.RealtimeClientEventConversationItemCreate.from_dict(
                    {
                        "type": "conversation.item.create",
                        "item": {
                            "type": "message",
                            "role": "user",
                            "content": [{"type": "input_text", "text": "Say hi"}],
                        },
                    }
                )
            )
            await conn.response.create()
            done = await conn.run_until("response.done", timeout=T)
    assert isinstance(done, models.RealtimeServerEventResponseDone)
    assert "".join(deltas) == "Hi there friend"


async def test_audio_turn() -> None:
    async with FakeRealtimeServer() as server:
        server.script.next_response(text="Hello you", audio_ms=200)
        conn = await open_conn(server)
        async with conn:
            assert await conn.send_audio(sine_pcm16(100), chunk_ms=50) == 2
            await conn.input_audio_buffer.commit()
            await conn.run_until("conversation.item.done", timeout=T)
            await conn.response.create()
            audio = await conn.collect_audio(timeout=T)
    assert audio == sine_pcm16(200)


async def test_function_call_through_tool_registry() -> None:
    registry = ToolRegistry()

    @registry.register
    async def get_weather(city: str) -> str:
        """Weather for a city."""
        return f"sunny in {city}"

    async with FakeRealtimeServer() as server:
        server.script.next_response(function_call=("get_weather", {"city": "Paris"}))
        async with await open_conn(server) as conn:
            await conn.response.create()
            call = await conn.run_until("response.function_call_arguments.done", timeout=T)
            await conn.run_until("response.done", timeout=T)
            await conn.send(await registry.ahandle(call))
            await conn.response.create()
            await conn.run_until("response.done", timeout=T)
        item = server.received[0][1]["item"]
    assert (item["type"], item["output"]) == ("function_call_output", "sunny in Paris")


async def test_error_event_unknown_event_and_server_close() -> None:
    async with FakeRealtimeServer() as server:
        server.script.error("Bad thing", on="response.create")
        async with await open_conn(server) as conn:
            await conn.response.create(event_id="evt_1")
            with pytest.raises(RealtimeServerError, match="Bad thing") as info:
                await conn.recv(T)
            assert isinstance(info.value.event, models.RealtimeServerEventError)
            assert info.value.event_id == "evt_1"
            server.push({"type": "brand.new", "event_id": "e1"})
            assert isinstance(await conn.recv(T), UnknownEvent)
            server.close_connections(4001, "session expired")
            with pytest.raises(ConnectionClosed, match="4001: session expired"):
                assert [e async for e in conn] == []  # not a quiet end: 4001 is no 1000
            assert (conn.close_code, conn.close_reason) == (4001, "session expired")
            with pytest.raises(ConnectionClosed):
                await conn.recv(T)


async def test_client_close_code_and_reason() -> None:
    async with FakeRealtimeServer() as server:
        conn = await open_conn(server)
        await conn.close(code=4002, reason="bye")
        assert (conn.close_code, conn.close_reason) == (4002, "bye")
