"""A tiny HTTP/1.1 keep-alive server that answers every request with a canned response.

Run as its own process (``python canned_server.py ROUTES.json``) so it does not share a
GIL with the client being measured. It prints its port on the first stdout line, then
serves until stdin closes or it is terminated. ``ROUTES.json`` maps ``"METHOD /path"`` to
``{"status": 200, "headers": {...}, "body": "..."}``; ``GET /__count`` answers how many
requests each route got (so the bench can check every client really made its calls).

A route named ``"WS /path"`` with ``{"frames": ["{...}", ...]}`` is a WebSocket endpoint:
the upgrade is accepted (no extension, so no compression), then the server sends
``events=N`` text frames (the query parameter; the optional ``"first"`` frames once, as a
session opens, then the frames cycled), a close frame (1000),
and hangs up once the client answers the close. Frames are encoded once at start-up and
written straight to the socket with flow control, so the server costs next to nothing per
event and the client being measured is always the bottleneck.

Hand-written on asyncio's Protocol API instead of a framework: the server must cost far
less per request than the fastest client measured, and http.server or a framework would
add more overhead than the client-side differences we want to see.

Example:
    $ python canned_server.py routes.json
    43817
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import struct
import sys
from collections import Counter
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs

WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
_CHUNK = 64 * 1024


def _encode(status: int, headers: dict[str, str], body: bytes) -> bytes:
    reason = HTTPStatus(status).phrase
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += [f"content-length: {len(body)}", "connection: keep-alive", "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


def ws_frame(payload: bytes, opcode: int = 0x1) -> bytes:
    """One unmasked, final server frame (RFC 6455 5.2): ``ws_frame(b"hi")`` -> b"\\x81\\x02hi"."""
    size = len(payload)
    if size < 126:
        head = struct.pack("!BB", 0x80 | opcode, size)
    elif size < 1 << 16:
        head = struct.pack("!BBH", 0x80 | opcode, 126, size)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, size)
    return head + payload


class _Stream:
    """The pre-encoded frames of one WebSocket route, and the bytes for ``n`` events."""

    def __init__(self, frames: list[str], first: list[str] | None = None) -> None:
        self.frames = [ws_frame(frame.encode("utf-8")) for frame in frames]
        self.cycle = b"".join(self.frames)
        self.first = [ws_frame(frame.encode("utf-8")) for frame in first or ()]

    def chunks(self, events: int) -> Any:
        """Yield the wire bytes of ``events`` frames (the first ones once, then the mix
        cycled), then a 1000 close."""
        opening = self.first[:events]
        whole, rest = divmod(events - len(opening), len(self.frames))
        pending = bytearray(b"".join(opening))
        for _ in range(whole):
            pending += self.cycle
            while len(pending) >= _CHUNK:
                yield bytes(pending[:_CHUNK])
                del pending[:_CHUNK]
        pending += b"".join(self.frames[:rest])
        pending += ws_frame(struct.pack("!H", 1000), opcode=0x8)
        while pending:
            yield bytes(pending[:_CHUNK])
            del pending[:_CHUNK]


Routes = dict[bytes, Any]


def load_routes(path: str) -> Routes:
    """Pre-encode every canned response once: serving is then a dict lookup and a write."""
    with open(path, encoding="utf-8") as handle:
        spec: dict[str, Any] = json.load(handle)
    routes: Routes = {}
    for key, value in spec.items():
        if key.startswith("WS "):
            routes[b"GET " + key[3:].encode("latin-1")] = _Stream(
                list(value["frames"]), value.get("first")
            )
            continue
        routes[key.encode("latin-1")] = _encode(
            int(value["status"]), dict(value.get("headers", {})), value["body"].encode("utf-8")
        )
    return routes


class _Connection(asyncio.Protocol):
    def __init__(self, routes: Routes, counts: Counter[str]) -> None:
        self.routes = routes
        self.counts = counts
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.websocket: Any = None  # the chunk iterator once upgraded
        self.paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if self.websocket is not None:
            self._client_frames(data)
            return
        self.buffer += data
        while self.websocket is None and self._one_request():
            pass

    # -- WebSocket -------------------------------------------------------------------------
    def _upgrade(self, stream: _Stream, key: bytes, query: bytes) -> None:
        assert self.transport is not None
        accept = base64.b64encode(hashlib.sha1(key + WS_GUID).digest())
        self.transport.write(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n"
        )
        events = int(parse_qs(query.decode("latin-1")).get("events", ["0"])[0])
        self.websocket = stream.chunks(events)
        self.buffer.clear()
        self._pump()

    def _pump(self) -> None:
        assert self.transport is not None
        while not self.paused and self.websocket is not None:
            chunk = next(self.websocket, None)
            if chunk is None:
                self.websocket = iter(())  # everything sent; wait for the client's close
                return
            self.transport.write(chunk)

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._pump()

    def _client_frames(self, data: bytes) -> None:
        """Read the client's (masked) frames: answer its pings (its keepalive would end the
        connection without a pong, and a client that reconnects is not the one measured),
        hang up on its close frame (:meth:`_client_closed`), ignore the rest."""
        assert self.transport is not None
        self.buffer += data
        while len(self.buffer) >= 2:
            opcode, size = self.buffer[0] & 0x0F, self.buffer[1] & 0x7F
            start = 2
            if size == 126:
                start, size = 4, int.from_bytes(self.buffer[2:4], "big")
            elif size == 127:
                start, size = 10, int.from_bytes(self.buffer[2:10], "big")
            end = start + 4 + size  # client frames always carry a 4-byte mask
            if len(self.buffer) < end:
                return
            if opcode == 0x9:
                mask = self.buffer[start : start + 4]
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self.buffer[start + 4 : end]))
                self.transport.write(ws_frame(payload, opcode=0xA))
            del self.buffer[:end]
            if opcode == 0x8:
                self._client_closed()
                return

    def _client_closed(self) -> None:
        """The client sent its close frame: hang up."""
        assert self.transport is not None
        self.transport.close()

    def _one_request(self) -> bool:
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return False
        head = bytes(self.buffer[:end]).split(b"\r\n")
        headers = {}
        for raw in head[1:]:
            name, _, value = raw.partition(b":")
            headers[name.strip().lower()] = value.strip()
        start = end + 4
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            consumed = _chunked_length(self.buffer, start)
            if consumed is None:
                return False
            stop = start + consumed
        else:
            stop = start + int(headers.get(b"content-length", b"0"))
            if len(self.buffer) < stop:
                return False
        del self.buffer[:stop]
        method, path = head[0].split(b" ")[:2]
        route, _, query = path.partition(b"?")
        stream = self.routes.get(method + b" " + route)
        if isinstance(stream, _Stream) and b"sec-websocket-key" in headers:
            self.counts[f"WS {route.decode('latin-1')}"] += 1
            self._upgrade(stream, headers[b"sec-websocket-key"], query)
            return False
        self._respond(method + b" " + route)
        return True

    def _respond(self, route: bytes) -> None:
        assert self.transport is not None
        if route == b"GET /__count":
            body = json.dumps(dict(self.counts)).encode()
            self.transport.write(_encode(200, {"content-type": "application/json"}, body))
            return
        response = self.routes.get(route)
        if not isinstance(response, bytes):
            body = b'{"error": {"message": "no canned response for this route"}}'
            response = _encode(404, {"content-type": "application/json"}, body)
        self.counts[route.decode("latin-1")] += 1
        self.transport.write(response)


def _chunked_length(buffer: bytearray, start: int) -> int | None:
    """Bytes a complete chunked body occupies from ``start``, or ``None`` if incomplete."""
    pos = start
    while True:
        eol = buffer.find(b"\r\n", pos)
        if eol < 0:
            return None
        size = int(bytes(buffer[pos:eol]).split(b";")[0], 16)
        pos = eol + 2 + size + 2
        if len(buffer) < pos:
            return None
        if size == 0:
            return pos - start


async def serve(protocol: Callable[[], asyncio.Protocol]) -> None:
    """Serve connections with ``protocol`` (a factory) on a free port of 127.0.0.1: print
    the port, then serve until stdin closes (the parent exiting or stopping us)."""
    loop = asyncio.get_running_loop()
    # A deep backlog: the scale bench opens its sessions' storm at one instant.
    server = await loop.create_server(protocol, "127.0.0.1", 0, backlog=4096)
    print(server.sockets[0].getsockname()[1], flush=True)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await reader.read()
    server.close()


def _canned(path: str) -> Callable[[], asyncio.Protocol]:
    routes, counts = load_routes(path), Counter[str]()
    return lambda: _Connection(routes, counts)


def main(argv: list[str], load: Callable[[str], Callable[[], asyncio.Protocol]] = _canned) -> int:
    """Serve the routes file named in ``argv[0]`` until stdin closes (``load``: the file's
    path to the protocol factory; the canned responses of :func:`load_routes` by default)."""
    if len(argv) != 1:
        print("usage: canned_server.py ROUTES.json", file=sys.stderr)
        return 2
    asyncio.run(serve(load(argv[0])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
