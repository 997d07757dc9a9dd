"""Run an ASGI app under uvicorn on 127.0.0.1 for one test, over real HTTP."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import uvicorn


def listening_socket() -> socket.socket:
    """A socket bound to a free port on 127.0.0.1 and already listening: connections made
    before the server starts wait in its backlog instead of being refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    return sock


def url_of(sock: socket.socket) -> str:
    return f"http://127.0.0.1:{sock.getsockname()[1]}"


@contextlib.contextmanager
def served(app: Any, sock: socket.socket | None = None) -> Iterator[str]:
    """Serve ``app`` (on ``sock``, or a new listening socket) until the block ends; yields
    its base URL. Nothing polls for readiness: the first request waits in the backlog."""
    sock = sock if sock is not None else listening_socket()
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="auto", timeout_graceful_shutdown=5)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield url_of(sock)
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()
        assert not thread.is_alive(), "uvicorn did not stop"
