"""A real ``redis-server`` for one test module, on 127.0.0.1 with a free port.

Debian's redis-server (``make redis`` installs it, as ``make test`` does): no snapshot, no
append-only file, its own temporary directory, stopped at the end. A missing binary fails
the test with the command that installs it; nothing is skipped.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

import pytest

READY = "Ready to accept connections"


def redis_server_binary() -> str:
    """The redis-server binary, or a test failure saying how to install it."""
    found = shutil.which("redis-server") or (
        "/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None
    )
    if found is None:
        pytest.fail(
            "redis-server is not installed: run `make redis` (apt-get install redis-server); "
            "the RedisStore tests need a real one",
            pytrace=False,
        )
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(
    binary: str, workdir: str, timeout: float
) -> tuple[subprocess.Popen[str], threading.Thread, list[str], int]:
    """One redis-server on a free port; its process, log reader, log and port."""
    port = _free_port()
    process = subprocess.Popen(
        [
            binary,
            *("--bind", "127.0.0.1", "--port", str(port), "--protected-mode", "yes"),
            *("--save", "", "--appendonly", "no", "--dir", workdir),
            *("--daemonize", "no", "--logfile", ""),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    ready = threading.Event()
    log: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            log.append(line)
            if READY in line:
                ready.set()
        ready.set()  # it ended: the caller finds out from the log

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout)
    return process, reader, log, port


@dataclass(frozen=True)
class RedisProcess:
    """A running redis-server: its URL and its process (to stop it with SIGSTOP)."""

    url: str
    process: subprocess.Popen[str]


@contextlib.contextmanager
def redis_server(timeout: float = 20.0) -> Generator[str]:
    """Run redis-server until the block ends; yields its ``redis://127.0.0.1:PORT/0`` URL."""
    with redis_server_process(timeout) as running:
        yield running.url


@contextlib.contextmanager
def redis_server_process(timeout: float = 20.0) -> Generator[RedisProcess]:
    """Run redis-server until the block ends; yields its URL and process.

    Ready when it says so on its log (read line by line: no polling, no sleep). A port
    another process took between the pick and the bind fails the start; it is retried with
    another port (three tries).
    """
    binary = redis_server_binary()
    log: list[str] = []
    with tempfile.TemporaryDirectory(prefix="redis-test-") as workdir:
        for _ in range(3):
            process, reader, log, port = _start(binary, workdir, timeout)
            if process.poll() is None and any(READY in line for line in log):
                break
            process.kill()
            process.wait()
            reader.join(5)
        else:
            pytest.fail("redis-server did not start:\n" + "".join(log[-20:]), pytrace=False)
        try:
            yield RedisProcess(f"redis://127.0.0.1:{port}/0", process)
        finally:
            process.send_signal(signal.SIGCONT)  # a test may have stopped it
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            reader.join(5)
