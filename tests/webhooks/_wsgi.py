"""Call a WSGI app in-process, and run one on 127.0.0.1 in a thread."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server
from wsgiref.types import WSGIApplication
from wsgiref.util import setup_testing_defaults


@dataclass
class WsgiResult:
    status: int
    headers: dict[str, str]
    body: bytes
    errors: str = ""

    def json(self) -> Any:
        return json.loads(self.body)


def call_app(
    app: WSGIApplication,
    body: bytes | str,
    headers: Mapping[str, str],
    *,
    method: str = "POST",
) -> WsgiResult:
    data = body.encode() if isinstance(body, str) else body
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "CONTENT_LENGTH": str(len(data)),
        "CONTENT_TYPE": "application/json",
        "wsgi.input": io.BytesIO(data),
        "wsgi.errors": io.StringIO(),
    }
    for name, value in headers.items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    setup_testing_defaults(environ)
    started: dict[str, Any] = {}

    def start_response(
        status: str, response_headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Any:
        started["status"] = int(status.split()[0])
        started["headers"] = dict(response_headers)
        return lambda _data: None

    chunks = b"".join(app(environ, start_response))
    return WsgiResult(
        started["status"], started["headers"], chunks, environ["wsgi.errors"].getvalue()
    )


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(app: WSGIApplication) -> Iterator[str]:
    """Serve ``app`` on a free 127.0.0.1 port for the duration of the block; yields its URL."""
    server = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
