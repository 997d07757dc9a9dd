"""A tiny HTTP/1.1 keep-alive server that answers every request with a canned response.

Run as its own process (``python canned_server.py ROUTES.json``) so it does not share a
GIL with the client being measured. It prints its port on the first stdout line, then
serves until stdin closes or it is terminated. ``ROUTES.json`` maps ``"METHOD /path"`` to
``{"status": 200, "headers": {...}, "body": "..."}``; ``GET /__count`` answers how many
requests each route got (so the bench can check every client really made its calls).

Hand-written on asyncio's Protocol API instead of a framework: the server must cost far
less per request than the fastest client measured, and http.server or a framework would
add more overhead than the client-side differences we want to see.

Example:
    $ python canned_server.py routes.json
    43817
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from http import HTTPStatus
from typing import Any


def _encode(status: int, headers: dict[str, str], body: bytes) -> bytes:
    reason = HTTPStatus(status).phrase
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += [f"content-length: {len(body)}", "connection: keep-alive", "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


def load_routes(path: str) -> dict[bytes, bytes]:
    """Pre-encode every canned response once: serving is then a dict lookup and a write."""
    with open(path, encoding="utf-8") as handle:
        spec: dict[str, Any] = json.load(handle)
    return {
        key.encode("latin-1"): _encode(
            int(value["status"]), dict(value.get("headers", {})), value["body"].encode("utf-8")
        )
        for key, value in spec.items()
    }


class _Connection(asyncio.Protocol):
    def __init__(self, routes: dict[bytes, bytes], counts: Counter[str]) -> None:
        self.routes = routes
        self.counts = counts
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self._one_request():
            pass

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
        self._respond(method + b" " + path.split(b"?")[0])
        return True

    def _respond(self, route: bytes) -> None:
        assert self.transport is not None
        if route == b"GET /__count":
            body = json.dumps(dict(self.counts)).encode()
            self.transport.write(_encode(200, {"content-type": "application/json"}, body))
            return
        response = self.routes.get(route)
        if response is None:
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


async def _serve(routes: dict[bytes, bytes]) -> None:
    loop = asyncio.get_running_loop()
    counts: Counter[str] = Counter()
    server = await loop.create_server(lambda: _Connection(routes, counts), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    # Closing stdin (the parent exiting or stopping us) ends the server.
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await reader.read()
    server.close()


def main(argv: list[str]) -> int:
    """Serve the routes file named in ``argv[0]`` until stdin closes."""
    if len(argv) != 1:
        print("usage: canned_server.py ROUTES.json", file=sys.stderr)
        return 2
    asyncio.run(_serve(load_routes(argv[0])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
