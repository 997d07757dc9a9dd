"""Run an ASGI app under uvicorn on 127.0.0.1 for one test, over real HTTP."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Generator
from typing import Any

import httpx
import uvicorn

from realtime_ext import AsyncRealtimeClient


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
def served(app: Any, sock: socket.socket | None = None) -> Generator[str]:
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


def noting_accepts(base_url: str, sent: list[str]) -> AsyncRealtimeClient:
    """A client of the API at ``base_url`` that notes in ``sent`` the path of every accept
    request it sends (refused ones too): what the tests count accepts by, on either API."""

    async def note(request: httpx.Request) -> None:
        if request.url.path.endswith("/accept"):
            sent.append(request.url.path)

    http = httpx.AsyncClient(event_hooks={"request": [note]})
    return AsyncRealtimeClient(api_key="sk-test", base_url=base_url, http_client=http)
