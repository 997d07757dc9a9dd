"""The example token server, the fake server and the SDK's receive paths under slow and
flooding peers: threads, buffers and memory stay within budget."""

from __future__ import annotations

import asyncio
import http.client
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as ws_serve
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect as raw_connect

from realtime_ext import RealtimeClient
from realtime_ext.connection import connect
from realtime_ext.examples.webrtc_browser import server as browser_server
from realtime_ext.examples.webrtc_translation_browser import server as translation_server
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webrtc._channel import DataChannelTransport

from .conftest import Budget

# Slow, flooding and never-reading peers wait out socket timeouts by design (seconds each):
# what they check is the servers' caps and deadlines, which neither the interpreter nor the
# dependency floors change, so they run once (`make test`), not in the matrix.
pytestmark = pytest.mark.once(
    reason="timing-bound hostile peers (seconds of waiting each): server caps and deadlines"
)

AUTH = {"Authorization": "Bearer sk-test"}
# Both browser examples' token servers share one guard: every token case runs on each.
EXAMPLES = pytest.mark.parametrize(
    "example", [browser_server, translation_server], ids=["browser", "translation"]
)


@pytest.fixture(scope="module")
def client() -> Iterator[RealtimeClient]:
    with FakeRealtimeServer(api_key="sk-server-only") as fake:
        yield RealtimeClient(api_key="sk-server-only", base_url=fake.base_url)


def _port(url: str) -> int:
    return int(url.rstrip("/").rsplit(":", 1)[1])


def _mint(port: int) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(
            "POST",
            "/token",
            headers={"Host": f"localhost:{port}", "Origin": f"http://localhost:{port}"},
        )
        return conn.getresponse().status
    finally:
        conn.close()


@EXAMPLES
def test_token_server_under_slow_clients(
    budget: Callable[..., Budget], client: RealtimeClient, example: ModuleType
) -> None:
    """300 half-sent requests: bounded threads, each dropped at the socket timeout."""

    def case() -> None:
        before = threading.active_count()
        with example.TokenServer.serving(client, timeout=1.0, max_connections=16) as url:
            port = _port(url)
            held = []
            for _ in range(300):
                sock = socket.create_connection(("127.0.0.1", port), timeout=10)
                sock.sendall(b"POST /token HTTP/1.1\r\nHost: loc")  # and then nothing
                held.append(sock)
            assert threading.active_count() - before <= 16 + 2
            time.sleep(2.5)  # past the 1 s timeout: the first 16 are dropped, slots free
            assert _mint(port) == 200
            for sock in held:
                sock.close()

    budget(seconds=60, mib=32).run(case)


@EXAMPLES
def test_token_server_under_a_flood(
    budget: Callable[..., Budget], client: RealtimeClient, example: ModuleType
) -> None:
    def case() -> None:
        with example.TokenServer.serving(client, max_connections=8) as url:
            port = _port(url)
            answers: dict[str, int] = {}
            for _ in range(500):
                with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                    sock.sendall(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n" + b"x" * 10_000)
                    head = sock.recv(12)
                    answers[head.decode(errors="replace")] = answers.get(head.decode(), 0) + 1
            assert _mint(port) == 200
            assert all(k.startswith("HTTP/1.") for k in answers), answers

    budget(seconds=90, mib=32).run(case)


def test_fake_server_under_huge_posts(budget: Callable[..., Budget]) -> None:
    """20 x 16 MiB POSTs: the request log keeps the newest within its byte budget."""

    def case() -> None:
        with FakeRealtimeServer() as fake:
            body = b"v=0\r\n" + b"a=x:" + b"y" * (16 * 2**20 - 100) + b"\r\n"
            with httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=60) as http:
                for _ in range(20):
                    http.post(
                        "/realtime/calls", content=body, headers={"content-type": "application/sdp"}
                    )
            assert sum(len(r.body) for r in fake.requests) <= fake.max_logged_bytes
            assert fake.requests.dropped >= 16

    budget(seconds=120, mib=200).run(case)  # unbounded: 20 x 16 MiB kept = 320+ MiB


def test_fake_server_under_slow_http_clients(budget: Callable[..., Budget]) -> None:
    def case() -> None:
        with FakeRealtimeServer() as fake:
            port = int(fake.base_url.split(":")[2].split("/")[0])
            held = []
            for _ in range(300):
                sock = socket.create_connection(("127.0.0.1", port), timeout=10)
                sock.sendall(b"POST /v1/realtime/calls HTTP/1.1\r\nContent-Length: 100000\r\n")
                held.append(sock)
            with httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=10) as http:
                assert http.get("/models").status_code < 500  # still answering
            for sock in held:
                sock.close()

    budget(seconds=60, mib=48).run(case)


def test_fake_server_under_a_client_that_never_reads(budget: Callable[..., Budget]) -> None:
    def case() -> None:
        item = {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "x" * 60_000}],
        }
        message = json.dumps({"type": "conversation.item.create", "item": item})
        stop = threading.Event()
        with (
            FakeRealtimeServer() as fake,
            raw_connect(fake.realtime_url(), additional_headers=AUTH, max_queue=1) as ws,
        ):

            def flood() -> None:
                with_errors = (ConnectionClosed, OSError)
                try:
                    for _ in range(3000):
                        if stop.is_set():
                            return
                        ws.send(message)
                except with_errors:
                    pass

            sender = threading.Thread(target=flood, daemon=True)
            sender.start()
            time.sleep(3)
            buffered = max(
                (s.writer.transport.get_write_buffer_size() for s in fake._sockets), default=0
            )
            stop.set()
            ws.socket.shutdown(socket.SHUT_RDWR)
            sender.join(10)
        assert buffered < 8 * 2**20, buffered

    budget(seconds=60, mib=96).run(case)


@pytest.fixture
def flooding_server() -> Iterator[str]:
    """Sends 10 KB events as fast as the client's socket takes them, forever."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop: list[asyncio.Event] = []
    port: list[int] = []
    event = json.dumps({"type": "response.output_text.delta", "delta": "x" * 10_000})

    async def handler(ws: ServerConnection) -> None:
        await ws.send('{"type":"session.created","event_id":"e","session":{}}')
        try:
            while True:
                await ws.send(event)  # waits while the client is not reading
        except ConnectionClosed:
            pass

    async def main() -> None:
        stop.append(asyncio.Event())
        async with ws_serve(handler, "127.0.0.1", 0) as srv:
            port.append(next(iter(srv.sockets)).getsockname()[1])
            ready.set()
            await stop[0].wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    ready.wait(10)
    yield f"http://127.0.0.1:{port[0]}/v1"
    loop.call_soon_threadsafe(stop[0].set)
    thread.join(10)
    loop.close()


def test_websocket_connection_with_no_reader(
    budget: Callable[..., Budget], flooding_server: str
) -> None:
    def case() -> None:
        with connect(api_key="sk-test", base_url=flooding_server, model="m") as conn:
            time.sleep(3)  # the server floods; nobody reads
            assert conn.recv(timeout=10) is not None  # still usable afterwards

    budget(seconds=60, mib=32).run(case)  # max_queue (16) x 10 KB, not the flood


class _Channel:
    def __init__(self) -> None:
        self.handlers: dict[str, Callable[..., Any]] = {}
        self.readyState = "open"

    def on(self, event: str, handler: Callable[..., Any]) -> None:
        self.handlers[event] = handler

    def close(self) -> None:
        self.readyState = "closed"


def test_data_channel_with_no_reader(budget: Callable[..., Budget]) -> None:
    def case() -> None:
        channel = _Channel()
        transport = DataChannelTransport(channel)
        event = '{"type": "conversation.item.added", "pad": "' + "x" * 10_000 + '"}'
        for _ in range(20_000):
            channel.handlers["message"](event)
        assert transport.refused > 0

    budget(seconds=30, mib=24).run(case)  # ~16 MiB queued at most, not 200 MB


@pytest.mark.parametrize(
    "offer",
    [
        "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:  \r\n",
        "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n"
        "a=ssrc-group: \r\n",
        "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 " + "9" * 5000 + "\r\n",
        "v=0\r\n" + "a=x:" + "y" * 1_000_000 + "\r\n",
    ],
    ids=["whitespace group", "whitespace ssrc-group", "5000 digits", "1 MB"],
)
def test_fake_server_answers_hostile_offers_with_400(
    budget: Callable[..., Budget], offer: str
) -> None:
    """It used to drop the connection without a response (IndexError in the parser)."""

    def case() -> httpx.Response:
        with (
            FakeRealtimeServer() as fake,
            httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=30) as http,
        ):
            return http.post(
                "/realtime/calls", content=offer, headers={"content-type": "application/sdp"}
            )

    response = budget(seconds=30, mib=32).run(case)
    assert response.status_code == 400
    assert "sdp" in response.json()["error"]["param"]
