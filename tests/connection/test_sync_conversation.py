"""End-to-end turns over the blocking connection against the fake server."""

from __future__ import annotations

from typing import Any

import pytest

from realtime_ext._base.pcm import AudioCollector
from realtime_ext.connection import RealtimeConnection, connect
from realtime_ext.conversation import ConnectionClosed
from realtime_ext.events import UnknownEvent
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.tools import ToolRegistry
from realtime_generated import models

T = 10.0  # per-message timeout, so a broken test fails instead of hanging
USER_SAYS_HI = models.RealtimeClientEventConversationItemCreate.from_dict(
    {
        "type": "conversation.item.create",
        "item": {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "Say hi"}],
        },
    }
)


def open_conn(server: FakeRealtimeServer, **kwargs: Any) -> RealtimeConnection:
    conn = connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime", **kwargs)
    assert isinstance(conn.recv(T), models.RealtimeServerEventSessionCreated)
    return conn


def test_text_turn(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="Hi there friend")
    deltas: list[str] = []
    with open_conn(server) as conn:
        conn.on("response.output_text.delta", lambda e: deltas.append(e.delta))
        conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        assert conn.recv(T).type_ == "session.updated"
        conn.send(USER_SAYS_HI)  # a generated model goes to send() as it is
        conn.response.create()
        done = conn.run_until("response.done", timeout=T)
    assert isinstance(done, models.RealtimeServerEventResponseDone)
    assert "".join(deltas) == "Hi there friend"
    assert server.received[0][1]["item"]["content"][0]["text"] == "Say hi"
    assert server.connections[0].headers["authorization"] == "Bearer sk-test"


def test_audio_turn_collects_exactly_the_sent_audio(server: FakeRealtimeServer) -> None:
    pcm = sine_pcm16(250, frequency=220.0)
    server.script.next_response(text="Hello you", audio_ms=300)
    with open_conn(server) as conn:
        assert conn.send_audio(pcm, chunk_ms=100) == 3
        conn.input_audio_buffer.commit()
        assert conn.run_until("conversation.item.done", timeout=T)
        conn.response.create()
        collector = AudioCollector()
        audio = conn.collect_audio(collector=collector, timeout=T)
    appended = [e for e in server.received[0] if e["type"] == "input_audio_buffer.append"]
    assert len(appended) == 3
    assert audio == sine_pcm16(300) and collector.transcript == "Hello you"


def test_function_call_through_tool_registry(server: FakeRealtimeServer) -> None:
    registry = ToolRegistry()

    @registry.register
    def get_weather(city: str) -> dict[str, Any]:
        """Weather for a city."""
        return {"city": city, "temp_c": 21}

    server.script.next_response(function_call=("get_weather", {"city": "Paris"}))
    server.script.next_response(text="It is 21 degrees in Paris.")
    with open_conn(server) as conn:
        conn.response.create()
        call = conn.run_until("response.function_call_arguments.done", timeout=T)
        conn.run_until("response.done", timeout=T)
        conn.send(registry.handle(call))
        conn.response.create()
        done = conn.run_until("response.done", timeout=T)
    sent = server.received[0][1]
    assert sent["item"]["type"] == "function_call_output"
    assert sent["item"]["call_id"] == call.call_id  # type: ignore[union-attr]
    assert '"temp_c": 21' in sent["item"]["output"]
    part = done.to_dict()["response"]["output"][0]["content"][0]
    assert part["transcript"] == "It is 21 degrees in Paris."


def test_error_event_is_typed_when_the_app_handles_errors(server: FakeRealtimeServer) -> None:
    server.script.error("Rate limited", type="server_error", code="rate", on="response.create")
    handled: list[object] = []
    with open_conn(server) as conn:
        conn.on("error", handled.append)
        conn.response.create(event_id="evt_7")
        error = conn.run_until("error", timeout=T)
    assert handled == [error]
    assert isinstance(error, models.RealtimeServerEventError)
    assert (error.error.message, error.error.event_id) == ("Rate limited", "evt_7")


def test_server_close_raises_from_iteration_with_code_and_reason(
    server: FakeRealtimeServer,
) -> None:
    with open_conn(server) as conn:
        server.close_connections(4001, "session expired")
        with pytest.raises(ConnectionClosed, match="4001: session expired"):
            list(conn)  # not a quiet end: 4001 is no 1000
        assert (conn.close_code, conn.close_reason) == (4001, "session expired")
        with pytest.raises(ConnectionClosed, match="4001: session expired"):
            conn.recv(T)


def test_scripted_close_on_client_event(server: FakeRealtimeServer) -> None:
    server.script.close(1011, "boom", on="response.create")
    with open_conn(server, max_retries=0) as conn:  # 1011 is recoverable: reported, here
        conn.response.create()
        with pytest.raises(ConnectionClosed, match="1011: boom"):
            list(conn)
        assert conn.close_code == 1011


def test_client_close_sends_code_and_reason(server: FakeRealtimeServer) -> None:
    conn = open_conn(server)
    conn.close(code=4002, reason="user hung up")
    assert conn.close_code == 4002
    with pytest.raises(ConnectionClosed):
        conn.response.create()


def test_unknown_server_event_is_unknown_event(server: FakeRealtimeServer) -> None:
    with open_conn(server) as conn:
        server.push({"type": "brand.new", "event_id": "e1", "payload": [1]})
        event = conn.recv(T)
    assert isinstance(event, UnknownEvent)
    assert event.raw == {"type": "brand.new", "event_id": "e1", "payload": [1]}


def test_typed_and_dict_sends_raw_receive_and_wildcard_handler(server: FakeRealtimeServer) -> None:
    seen: list[str] = []
    with open_conn(server) as conn:
        conn.on("*", lambda e: seen.append(str(e.type_)))
        conn.input_audio_buffer.clear()
        assert b'"input_audio_buffer.cleared"' in conn.recv_bytes(T)
        conn.send({"type": "input_audio_buffer.clear"})
        conn.run_until("input_audio_buffer.cleared", timeout=T)
    assert seen == ["input_audio_buffer.cleared"]


def test_ephemeral_key_and_call_id(server: FakeRealtimeServer) -> None:
    server.register_call("rtc_123").apply("accept", {"type": "realtime"})
    with connect(api_key="ek_abc", base_url=server.base_url, call_id="rtc_123") as conn:
        # A sideband gets no session.created (as on the real API): an update shows it joined.
        conn.session.update(session={"type": "realtime"})
        conn.run_until("session.updated", timeout=T)
    record = server.connections[0]
    assert record.headers["authorization"] == "Bearer ek_abc"
    assert record.query["call_id"] == ["rtc_123"] and "model" not in record.query


def test_the_clients_default_headers_go_with_every_websocket() -> None:
    """``default_headers`` are sent with every WebSocket (a gateway's routing header), as
    with every request: the Realtime socket and GPT-Live's."""
    from realtime_ext import RealtimeClient

    with (
        FakeRealtimeServer() as server,
        RealtimeClient(
            api_key="sk-test", base_url=server.base_url, default_headers={"X-Gateway": "g-1"}
        ) as client,
    ):
        with client.connect(model="gpt-realtime", extra_headers={"X-Call": "c-1"}) as conn:
            assert conn.recv(T).type_ == "session.created"
        with client.live.connect(model="gpt-live-1") as live:
            assert live.session_id is not None
    realtime, gpt_live = server.connections[0].headers, server.connections[1].headers
    assert (realtime["x-gateway"], realtime["x-call"]) == ("g-1", "c-1")
    assert gpt_live["x-gateway"] == "g-1"
