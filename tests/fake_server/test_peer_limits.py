"""serve-fake bounded against slow and hostile peers (issue 36, item 6): 600 slow partial
heads made it unreachable while held, 176 MiB of appended audio without a commit was kept,
and creating items slowed quadratically."""

from __future__ import annotations

import base64
import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

from realtime_ext import InvalidArgumentError
from realtime_ext.testing import FakeRealtimeServer, ServerLimits
from realtime_ext.testing.__main__ import _parser, _server_limits
from support import waiting

AUTH = {"Authorization": "Bearer sk-test"}
HEAD = (
    b"POST /v1/realtime/client_secrets HTTP/1.1\r\nHost: fake\r\n"
    b"Authorization: Bearer sk-test\r\nContent-Type: application/json\r\n"
)
REQUEST = HEAD + b"Content-Length: 2\r\n\r\n{}"
SHORT = ServerLimits(head_timeout=0.3, body_timeout=0.3, idle_timeout=0.3)


def _raw(server: FakeRealtimeServer) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    return sock


def _response(sock: socket.socket) -> tuple[int, dict[str, Any]]:
    """Read one whole HTTP response: its status and JSON body."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"closed without an answer after {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(
        next(
            line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
        ).split(b":")[1]
    )
    while len(body) < length:
        body += sock.recv(65536)
    return int(head.split()[1]), json.loads(body)


def _served(server: FakeRealtimeServer) -> bool:
    answer = httpx.post(f"{server.base_url}/realtime/client_secrets", json={}, headers=AUTH)
    return answer.status_code == 200


def _closed(sock: socket.socket) -> bool:
    """Whether the server closed ``sock`` (waits up to the socket's timeout for it)."""
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


@pytest.fixture
def held() -> Iterator[list[socket.socket]]:
    sockets: list[socket.socket] = []
    yield sockets
    for sock in sockets:
        sock.close()


def test_connections_beyond_the_cap_are_answered_503_at_once(held: list[socket.socket]) -> None:
    with FakeRealtimeServer(limits=ServerLimits(max_connections=3)) as server:
        for _ in range(3):  # three slow peers, each holding half a request head
            sock = _raw(server)
            sock.sendall(HEAD)
            held.append(sock)
        waiting.until(lambda: server.connections_open == 3, "three connections held")
        extra = _raw(server)
        extra.sendall(REQUEST)
        status, body = _response(extra)
        assert status == 503
        assert body["error"]["code"] == "server_busy"
        assert "3 connections" in body["error"]["message"]
        assert _closed(extra)
        assert server.connections_refused == 1
        held.pop().close()  # one slow peer goes: the next client is served
        waiting.until(lambda: server.connections_open == 2, "a slot freed")
        assert _served(server)


def test_a_request_head_has_a_deadline_however_slowly_it_trickles() -> None:
    with FakeRealtimeServer(limits=SHORT) as server:
        silent = _raw(server)  # connects and sends nothing
        trickle = _raw(server)
        trickle.settimeout(0.05)
        answer = b""
        for byte in HEAD * 100:  # a byte each 50 ms keeps it active, never complete
            trickle.sendall(bytes([byte]))
            try:
                answer = trickle.recv(65536)
            except TimeoutError:
                continue
            break
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert _response(silent)[0] == 408
        waiting.until(lambda: server.connections_open == 0, "both closed")
        assert _served(server)


def test_a_request_body_has_a_deadline() -> None:
    with FakeRealtimeServer(limits=SHORT) as server:
        sock = _raw(server)
        sock.sendall(
            b"POST /v1/realtime/client_secrets HTTP/1.1\r\nHost: fake\r\n"
            b"Authorization: Bearer sk-test\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"session":'
        )
        status, body = _response(sock)
        assert status == 408
        assert "body" in body["error"]["message"]
        assert _closed(sock)
        assert all(not r.path.endswith("client_secrets") for r in server.requests)


def test_an_idle_kept_alive_connection_is_closed() -> None:
    with FakeRealtimeServer(limits=SHORT) as server:
        sock = _raw(server)
        sock.sendall(REQUEST)
        assert _response(sock)[0] == 200  # kept alive
        assert _closed(sock)  # and closed once idle
        waiting.until(lambda: server.connections_open == 0, "the idle connection closed")


def test_a_websocket_session_is_not_cut_by_the_http_deadlines() -> None:
    with (
        FakeRealtimeServer(limits=SHORT) as server,
        connect(server.ws_url + "/realtime", additional_headers=AUTH, open_timeout=10) as ws,
    ):
        assert json.loads(ws.recv(timeout=10))["type"] == "session.created"
        with pytest.raises(TimeoutError):
            ws.recv(timeout=1.0)  # longer than every deadline above, and nothing is sent
        ws.send(json.dumps({"type": "input_audio_buffer.clear"}))
        assert json.loads(ws.recv(timeout=10))["type"] == "input_audio_buffer.cleared"


def _until(ws: ClientConnection, kind: str) -> dict[str, Any]:
    while True:
        event: dict[str, Any] = json.loads(ws.recv(timeout=10))
        if event["type"] in (kind, "error"):
            return event


def test_the_input_audio_buffer_holds_at_most_15_mib() -> None:
    chunk = base64.b64encode(b"\x00\x10" * (2**19)).decode()  # 1 MiB of PCM16
    with (
        FakeRealtimeServer(vad=False) as server,
        connect(server.ws_url + "/realtime", additional_headers=AUTH, open_timeout=10) as ws,
    ):
        _until(ws, "session.created")
        for _ in range(15):
            ws.send(json.dumps({"type": "input_audio_buffer.append", "audio": chunk}))
        ws.send(json.dumps({"type": "input_audio_buffer.append", "audio": chunk, "event_id": "x"}))
        error = _until(ws, "error")
        assert error["error"]["code"] == "input_audio_buffer_too_large"
        assert error["error"]["event_id"] == "x"
        assert "15 MiB" in error["error"]["message"]
        # The 15 MiB it holds are kept and commit as one item (what the client sent is not lost
        # silently: the refused append is named, the buffer is intact).
        ws.send(json.dumps({"type": "input_audio_buffer.commit"}))
        committed = _until(ws, "input_audio_buffer.committed")
        assert committed["type"] == "input_audio_buffer.committed", committed
        # The cap is on what is held, not on what a session sends: emptied, it takes more.
        ws.send(json.dumps({"type": "input_audio_buffer.append", "audio": chunk}))
        ws.send(json.dumps({"type": "input_audio_buffer.commit"}))
        assert _until(ws, "input_audio_buffer.committed")["type"] != "error"


def test_items_are_found_by_id_after_many_creates_and_deletes() -> None:
    with (
        FakeRealtimeServer() as server,
        connect(server.ws_url + "/realtime", additional_headers=AUTH, open_timeout=10) as ws,
    ):
        _until(ws, "session.created")
        for n in range(300):
            item = {
                "type": "message",
                "role": "user",
                "id": f"item_{n}",
                "content": [{"type": "input_text", "text": str(n)}],
            }
            ws.send(json.dumps({"type": "conversation.item.create", "item": item}))
        ws.send(json.dumps({"type": "conversation.item.delete", "item_id": "item_7"}))
        ws.send(
            json.dumps(
                {
                    "type": "conversation.item.create",
                    "previous_item_id": "item_3",
                    "item": {
                        "type": "message",
                        "role": "user",
                        "id": "item_7",
                        "content": [{"type": "input_text", "text": "again"}],
                    },
                }
            )
        )
        ws.send(
            json.dumps(
                {
                    "type": "conversation.item.create",
                    "item": {"type": "message", "role": "user", "id": "item_299", "content": []},
                }
            )
        )
        added = _until(ws, "conversation.item.added")
        while added["item"]["id"] != "item_7" or added["item"]["content"][0]["text"] != "again":
            added = _until(ws, "conversation.item.added")
        assert added["previous_item_id"] == "item_3"
        error = _until(ws, "error")
        assert error["error"]["code"] == "item_already_exists"
        ws.send(json.dumps({"type": "conversation.item.retrieve", "item_id": "item_7"}))
        retrieved = _until(ws, "conversation.item.retrieved")
        assert retrieved["item"]["content"][0]["text"] == "again"
        ws.send(json.dumps({"type": "conversation.item.delete", "item_id": "item_7"}))
        ws.send(json.dumps({"type": "conversation.item.retrieve", "item_id": "item_7"}))
        assert _until(ws, "conversation.item.retrieved")["error"]["code"] == "item_not_found"


def test_serve_fake_takes_the_connection_cap() -> None:
    args = _parser("serve-fake").parse_args(["--max-connections", "64"])
    assert _server_limits(args) == ServerLimits(max_connections=64)
    assert _server_limits(_parser("serve-fake").parse_args([])) == ServerLimits()


@pytest.mark.parametrize(
    ("limits", "message"),
    [
        ({"max_connections": 0}, "max_connections must be an int >= 1, got 0"),
        ({"max_connections": True}, "max_connections must be an int >= 1, got True"),
        ({"max_connections": float("nan")}, "max_connections must be an int >= 1, got nan"),
        ({"head_timeout": 0}, "head_timeout must be a number of seconds > 0, got 0"),
        ({"body_timeout": float("inf")}, "body_timeout must be a number of seconds > 0, got inf"),
        ({"idle_timeout": "60"}, "idle_timeout must be a number of seconds > 0, got '60'"),
        ({"idle_timeout": "\ud800"}, "idle_timeout must be a number of seconds > 0"),
    ],
)
def test_bad_limits_are_refused(limits: dict[str, Any], message: str) -> None:
    # The SDK's own error (a ValueError, as serve-fake's flag handling expects).
    with pytest.raises(InvalidArgumentError) as caught:
        ServerLimits(**limits)
    assert str(caught.value).startswith(message)
