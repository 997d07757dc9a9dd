"""Run an ASGI app under uvicorn on 127.0.0.1 for one test, over real HTTP: in a thread of
the test's process, or (``uvicorn_workers``) as worker processes that can be killed."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable, Generator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from realtime_ext import AsyncRealtimeClient
from realtime_ext.testing._incoming import incoming_body
from realtime_ext.testing._live_sessions import LiveSessions
from realtime_ext.webhooks import sign
from support.waiting import until
from tests.webhooks._data import SECRET

ROOT = Path(__file__).resolve().parents[2]
WAIT = 10.0  # seconds a step may take before the test fails (never slept)


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
def served(
    app: Any,
    sock: socket.socket | None = None,
    *,
    closing: Callable[[], Awaitable[object]] | None = None,
) -> Generator[str]:
    """Serve ``app`` (on ``sock``, or a new listening socket) until the block ends; yields
    its base URL. Nothing polls for readiness: the first request waits in the backlog.
    ``closing``: awaited on the server's own event loop once it has stopped, before that loop
    closes (what the app's requests opened on it, a ``RedisStore``'s connections: left to
    the garbage collector, they would be closed by ``__del__`` on a closed loop, whose error
    reaches whatever test runs then)."""
    sock = sock if sock is not None else listening_socket()
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="auto", timeout_graceful_shutdown=5)
    )

    async def serve() -> None:
        try:
            await server.serve(sockets=[sock])
        finally:
            if closing is not None:
                await closing()

    thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


LEASE = 1.0
"""Seconds the served workers' claims hold: a killed worker's run out quickly."""


def worker_env(redis_url: str, lease: float = LEASE) -> dict[str, str]:
    """The environment of a served worker of ``tests/asgi/_live_workers_app.py`` (its API
    URL added by the test)."""
    return {
        **os.environ,
        "TEST_REDIS_URL": redis_url,
        "TEST_LEASE": str(lease),
        "OPENAI_WEBHOOK_SECRET": SECRET,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    }


def deliver(url: str, body: dict[str, object]) -> httpx.Response:
    """POST a webhook to a worker, signed afresh under the delivery's one webhook-id, as
    OpenAI signs each retry."""
    payload = json.dumps(body)
    headers = sign(payload, SECRET, msg_id=f"msg_{body['id']}")
    return httpx.post(f"{url}/", content=payload, headers=headers, timeout=WAIT)


def redelivered(url: str, body: dict[str, object]) -> None:
    """Deliver ``body`` to ``url`` again and again, as OpenAI retries, until it is answered
    200: refused (409: the delivery's claim, then the call's) while a killed worker's claims
    hold, then handled."""
    answers: list[int] = []

    def retried() -> bool:
        answers.append(deliver(url, body).status_code)
        assert answers[-1] in (200, 409), answers
        return answers[-1] == 200

    until(retried, "the delivery taken over once the lease ran out", 60)


@contextlib.contextmanager
def uvicorn_workers(
    *envs: dict[str, str],
) -> Generator[list[tuple[str, subprocess.Popen[bytes]]]]:
    """``tests/asgi/_live_workers_app.py`` served by one uvicorn process per environment
    (workers that can be killed), started together (each takes seconds to import the app),
    stopped (SIGTERM: their drain) when the block ends."""
    workers: list[tuple[str, subprocess.Popen[bytes]]] = []
    for env in envs:
        port = _free_port()
        command = [sys.executable, "-m", "uvicorn", "tests.asgi._live_workers_app:app"]
        command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
        process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
        workers.append((f"http://127.0.0.1:{port}", process))

    def answers(url: str, process: subprocess.Popen[bytes]) -> bool:
        if process.poll() is not None:
            pytest.fail(f"uvicorn exited with {process.returncode} before serving {url}")
        try:
            httpx.get(url, timeout=2)  # 405: it serves
        except httpx.TransportError:
            return False
        return True

    try:
        for url, process in workers:
            until(lambda url=url, process=process: answers(url, process), url, 60)
        yield workers
    finally:
        for _, process in workers:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for _, process in workers:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)


def live_incoming_bodies(
    session_id: str, call_id: str, headers: tuple[tuple[str, str], ...], security: str | None
) -> tuple[dict[str, object], dict[str, object]]:
    """The two webhooks one SIP call raises (GPT-Live's and the Realtime API's), as serve-fake
    sends them."""
    return (
        LiveSessions.incoming_body(session_id, headers, security),
        incoming_body(call_id, headers, security),
    )
