"""Size limits, dropped sockets and refused handshakes map to clear realtime_ext errors."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest
from websockets.asyncio.server import ServerConnection, serve

from realtime_ext import (
    APIConnectionError,
    AuthenticationError,
    InvalidArgumentError,
    NotFoundError,
)
from realtime_ext.connection import MessageTooLargeError, aconnect, connect
from realtime_ext.testing import FakeRealtimeServer

T = 10.0


def test_oversized_outgoing_message_is_refused_before_sending(server: FakeRealtimeServer) -> None:
    with connect(
        api_key="sk-test", base_url=server.base_url, model="gpt-realtime", max_size=10_000
    ) as conn:
        conn.recv(T)
        with pytest.raises(MessageTooLargeError, match="over max_size=10000") as info:
            conn.input_audio_buffer.append(audio=bytes(9000))
        assert info.value.size is not None and info.value.size > 10_000
        conn.send({"type": "input_audio_buffer.clear"})  # still usable
        assert conn.recv(T).type_ == "input_audio_buffer.cleared"
    assert [e["type"] for e in server.received[0]] == ["input_audio_buffer.clear"]


def test_oversized_incoming_message_closes_1009_and_raises(server: FakeRealtimeServer) -> None:
    with connect(
        api_key="sk-test", base_url=server.base_url, model="gpt-realtime", max_size=2048
    ) as conn:
        server.push({"type": "x.big", "blob": "A" * 4096})
        # session.created may itself be over 2 KiB: either way the limit is what we hit.
        with pytest.raises(MessageTooLargeError, match="1009"):
            for _ in range(3):
                conn.recv(T)
        sent = conn.websocket.protocol.close_sent
        assert sent is not None and sent.code == 1009


async def test_oversized_outgoing_async() -> None:
    async with (
        FakeRealtimeServer() as server,
        aconnect(
            api_key="sk-test", base_url=server.base_url, model="gpt-realtime", max_size=1000
        ) as conn,
    ):
        with pytest.raises(MessageTooLargeError):
            await conn.input_audio_buffer.append(audio=bytes(900))  # 1200 base64 chars


@pytest.fixture
def dropping_server() -> Iterator[str]:
    """A WebSocket server that accepts, sends one event, then aborts the TCP connection."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop: list[asyncio.Event] = []
    port: list[int] = []

    async def handler(ws: ServerConnection) -> None:
        await ws.send('{"type":"session.created","event_id":"e","session":{}}')
        await asyncio.sleep(0.05)
        ws.transport.abort()  # no close frame: what a crashed server or reset looks like

    async def main() -> None:
        stop.append(asyncio.Event())
        async with serve(handler, "127.0.0.1", 0) as srv:
            port.append(next(iter(srv.sockets)).getsockname()[1])
            ready.set()
            await stop[0].wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    ready.wait(T)
    yield f"http://127.0.0.1:{port[0]}/v1"
    loop.call_soon_threadsafe(stop[0].set)
    thread.join(T)
    loop.close()


def test_dropped_socket_is_api_connection_error(dropping_server: str) -> None:
    # Reconnection off: the drop is reported (each new connection would drop again).
    with connect(api_key="sk-test", base_url=dropping_server, model="m", max_retries=0) as conn:
        conn.recv(T)  # session.created (an undecodable one: UnknownEvent, not an error)
        with pytest.raises(APIConnectionError, match="1006"):
            list(conn)
        assert conn.close_code == 1006


async def test_dropped_socket_async(dropping_server: str) -> None:
    async with aconnect(
        api_key="sk-test", base_url=dropping_server, model="m", max_retries=0
    ) as conn:
        with pytest.raises(APIConnectionError):
            async for _ in conn:
                pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_refused_connect_is_api_connection_error() -> None:
    with pytest.raises(APIConnectionError, match="could not connect"):
        connect(api_key="sk-test", base_url=f"http://127.0.0.1:{free_port()}/v1", model="m")


async def test_refused_connect_async() -> None:
    with pytest.raises(APIConnectionError):
        await aconnect(api_key="sk-test", base_url=f"http://127.0.0.1:{free_port()}", model="m")


def test_handshake_401_is_authentication_error_without_the_key() -> None:
    with (
        FakeRealtimeServer(api_key="sk-right") as server,
        pytest.raises(AuthenticationError) as info,
    ):
        connect(api_key="sk-wrong-secret", base_url=server.base_url, model="m")
    assert info.value.status_code == 401 and info.value.code == "invalid_api_key"
    assert "sk-wrong-secret" not in str(info.value) and "sk-wrong" not in repr(info.value)


def test_handshake_404_is_not_found(server: FakeRealtimeServer) -> None:
    with pytest.raises(NotFoundError):
        connect(
            api_key="sk-test",
            base_url=server.base_url,
            websocket_base_url=f"ws://127.0.0.1:{server.port}/nope",
            model="m",
        )


def test_bad_arguments_are_named() -> None:
    with pytest.raises(InvalidArgumentError, match="exactly one of model"):
        connect(api_key="sk-test", base_url="http://127.0.0.1:1/v1")
    with pytest.raises(InvalidArgumentError, match="exactly one of model"):
        aconnect(api_key="sk-test", base_url="http://127.0.0.1:1/v1", model="m", call_id="c")
    with pytest.raises(InvalidArgumentError, match="api_key"):
        connect(api_key="", base_url="http://127.0.0.1:1/v1", model="m")
    with pytest.raises(InvalidArgumentError, match="max_size"):
        connect(api_key="sk-x", base_url="http://127.0.0.1:1/v1", model="m", max_size=0)
