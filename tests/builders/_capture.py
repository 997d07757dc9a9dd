"""A tiny HTTP server on 127.0.0.1 that records requests and answers canned JSON.

Used to see exactly what the official ``openai`` package puts on the wire.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Captured:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def multipart(self) -> dict[str, bytes]:
        """The parts of a multipart/form-data body, by field name."""
        head = f"Content-Type: {self.headers['content-type']}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + self.body)
        parts: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            parts[name] = payload
        return parts


@dataclass
class CaptureServer:
    url: str
    requests: list[Captured] = field(default_factory=list)

    @property
    def last(self) -> Captured:
        return self.requests[-1]


@contextmanager
def capture_server(response: Any = None, *, status: int = 200) -> Iterator[CaptureServer]:
    """Serve on a free 127.0.0.1 port until the ``with`` block ends.

    Every request is recorded and answered with ``response`` as JSON (``{}`` by default).
    """
    payload = json.dumps({} if response is None else response).encode()
    server_state = CaptureServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            server_state.requests.append(Captured("POST", self.path, headers, body))
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
