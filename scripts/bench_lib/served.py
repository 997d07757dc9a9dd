"""A bench server in a child process: started, its port read, stopped by closing its stdin.

Every server the bench starts (the canned HTTP/WebSocket server, the paced call server,
``serve-fake``) runs in its own interpreter, so that it shares no GIL with the client being
measured, and says its port on its first stdout line. :func:`served` is that start and stop,
written once.

Example:
    >>> with served(["bench_lib/canned_server.py", "routes.json"], "canned server") as origin:
    ...     ...  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable, Iterator


def _port_origin(line: str) -> str | None:
    port = line.strip()
    return f"http://127.0.0.1:{port}" if port.isdigit() else None


def serve_fake_origin(line: str) -> str | None:
    """The origin in ``serve-fake``'s first line (``Fake Realtime server listening on
    http://127.0.0.1:N/v1``), for :func:`served_process`'s ``origin``.

    Example:
        >>> serve_fake_origin("Fake Realtime server listening on http://127.0.0.1:8000/v1")
        'http://127.0.0.1:8000'
    """
    _, found, url = line.partition(" listening on ")
    return url.strip().removesuffix("/v1") if found else None


@contextlib.contextmanager
def served(argv: list[str], name: str, *, stop_within: float = 10.0) -> Iterator[str]:
    """Run ``python argv...`` until the block ends; yield its origin (``http://127.0.0.1:N``).

    The child prints its port on its first stdout line (anything else: ``RuntimeError``
    naming ``name``) and ends when its stdin closes; one still running ``stop_within``
    seconds later is killed.
    """
    with served_process(argv, name, stop_within=stop_within) as (origin, _):
        yield origin


@contextlib.contextmanager
def served_process(
    argv: list[str],
    name: str,
    *,
    stop_within: float = 10.0,
    origin: Callable[[str], str | None] = _port_origin,
    terminate: bool = False,
    quiet: bool = False,
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """:func:`served`, yielding the child process too (the soak reads its resident size).

    ``origin`` reads the origin from the child's first line (``None``: it did not start);
    ``terminate`` stops it with SIGTERM as well as by closing stdin (``serve-fake`` serves
    until a signal); ``quiet`` drops its stderr (serve-fake logs every connection)."""
    process = subprocess.Popen(
        [sys.executable, *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL if quiet else None,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = origin(line)
        if found is None:
            raise RuntimeError(f"{name} did not start (said {line.strip()!r})")
        yield found, process
    finally:
        assert process.stdin is not None
        process.stdin.close()
        if terminate and process.poll() is None:
            process.terminate()
        try:
            process.wait(timeout=stop_within)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
