"""A fault-injecting TCP proxy on 127.0.0.1, between the SDK and the fake server.

Hand-written on asyncio streams because the well-kept tool for this, Toxiproxy, is a Go
server binary that no registry we install from ships (its Python packages only drive a
running server), and what we need is small: one fault per accepted connection, chosen from
a plan, applied to the byte streams.

Each accepted connection takes the next :class:`Fault` of the plan (``PASS`` once the plan
is empty). With keep-alive off in the client, every request, retry and WebSocket opens a new
connection, so every attempt meets the next fault.

Example::

    with FaultProxy(upstream_port=server.port) as proxy:
        proxy.plan([Fault.RESET_AFTER, Fault.PASS])
        client = RealtimeClient(base_url=proxy.base_url, ...)
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import enum
import socket
import struct
import threading
from collections.abc import Iterable
from types import TracebackType


class Fault(enum.Enum):
    PASS = "pass"
    RESET_BEFORE = "reset before the request"  # RST on accept: nothing reaches the server
    RESET_AFTER = "reset after the request"  # the server answered; RST instead of the answer
    DELAY = "delayed answer"  # the answer is held DELAY seconds (under the timeouts)
    STALL = "stalled answer"  # the answer never comes: the client's timeout must fire
    TRUNCATE = "truncated answer"  # part of the answer, then FIN
    SLOW_READ = "slow read"  # the answer trickles in small chunks
    SERVER_5XX = "5xx before the server"  # the proxy answers 502 itself; server not reached
    SERVER_5XX_AFTER = "5xx after the server"  # the server acted; a 500 replaces its answer
    DROP = "dropped stream"  # some of the server's bytes pass, then RST (mid-WebSocket)


DELAY = 0.05
SLOW_CHUNK = 64
_502_BODY = b'{"error":{"message":"injected bad gateway","type":"server"}}'
_502 = (
    b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\nConnection: close\r\n"
    b"Content-Length: %d\r\n\r\n%s" % (len(_502_BODY), _502_BODY)
)
_500_BODY = b'{"error":{"message":"injected server error","type":"server"}}'
_500 = (
    b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
    b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(_500_BODY), _500_BODY)
)


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST (SO_LINGER 0), not a FIN: what a crashed peer or middlebox does."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class FaultProxy:
    """Forwards 127.0.0.1:<port> to 127.0.0.1:<upstream_port>, injecting planned faults."""

    def __init__(self, upstream_port: int, *, seed_drop_bytes: Iterable[int] = (400,)) -> None:
        self.upstream_port = upstream_port
        self.port = 0
        self.injected: collections.Counter[Fault] = collections.Counter()
        self.accepted = 0
        self._plan: collections.deque[Fault] = collections.deque()
        self._drop_bytes = list(seed_drop_bytes)
        self._lock = threading.Lock()
        self._open: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def open_connections(self) -> int:
        return len(self._open)

    @property
    def total_injected(self) -> int:
        return sum(n for fault, n in self.injected.items() if fault is not Fault.PASS)

    def plan(self, faults: Iterable[Fault]) -> None:
        """Queue faults for the next connections (appended to what is left)."""
        with self._lock:
            self._plan.extend(faults)

    def pending(self) -> int:
        with self._lock:
            return len(self._plan)

    def clear(self) -> None:
        with self._lock:
            self._plan.clear()

    def _next(self) -> tuple[Fault, int]:
        with self._lock:
            fault = self._plan.popleft() if self._plan else Fault.PASS
            self.injected[fault] += 1
            self.accepted += 1
            drop = self._drop_bytes[self.accepted % len(self._drop_bytes)]
        return fault, drop

    # -- lifecycle ----------------------------------------------------------------------
    def __enter__(self) -> FaultProxy:
        ready = threading.Event()

        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            server = await asyncio.start_server(self._on_client, "127.0.0.1", 0)
            self.port = int(server.sockets[0].getsockname()[1])
            ready.set()
            await self._stop.wait()
            server.close()
            for task in list(self._open):
                task.cancel()
            await asyncio.gather(*self._open, return_exceptions=True)
            await server.wait_closed()

        self._thread = threading.Thread(target=asyncio.run, args=(main(),), name="FaultProxy")
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fault proxy did not start")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._loop is not None and self._stop is not None and self._thread is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    # -- one connection -----------------------------------------------------------------
    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._open.add(task)
        fault, drop_after = self._next()
        upstream: asyncio.StreamWriter | None = None
        try:
            if fault is Fault.RESET_BEFORE:
                _reset(writer)
                return
            if fault is Fault.SERVER_5XX:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(_502)
                await writer.drain()
                return
            up_reader, upstream = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            to_server = asyncio.ensure_future(self._pipe(reader, upstream))
            to_client = asyncio.ensure_future(self._answer(fault, drop_after, up_reader, writer))
            try:
                # Done when either side is: a client that gave up ends a stalled answer too.
                await asyncio.wait({to_server, to_client}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for part in (to_server, to_client):
                    part.cancel()
                await asyncio.gather(to_server, to_client, return_exceptions=True)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
            pass
        except asyncio.CancelledError:
            pass  # proxy shutdown; see FakeRealtimeServer._on_client for why it ends normally
        finally:
            if upstream is not None:
                upstream.transport.abort()
            if not writer.transport.is_closing():
                writer.close()
            self._open.discard(task)

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.transport.abort()  # the client went away: so does the server side

    async def _answer(
        self,
        fault: Fault,
        drop_after: int,
        up_reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        """Server -> client, shaped by ``fault``; returns when either side is done."""
        sent = 0
        first = True
        while True:
            data = await up_reader.read(65536)
            if not data:
                writer.close()
                return
            if first:
                first = False
                if fault is Fault.RESET_AFTER:
                    _reset(writer)
                    return
                if fault is Fault.SERVER_5XX_AFTER:
                    writer.write(_500)
                    await writer.drain()
                    writer.close()
                    return
                if fault is Fault.DELAY:
                    await asyncio.sleep(DELAY)
                if fault is Fault.STALL:
                    # Swallow everything; the client's own timeout has to end this.
                    while await up_reader.read(65536):
                        pass
                    await asyncio.sleep(3600)
            if fault is Fault.TRUNCATE:
                writer.write(data[: max(1, len(data) // 2)])
                await writer.drain()
                writer.close()
                return
            if fault is Fault.DROP and sent + len(data) >= drop_after:
                writer.write(data[: max(0, drop_after - sent)])
                await writer.drain()
                _reset(writer)
                return
            if fault is Fault.SLOW_READ:
                for i in range(0, len(data), SLOW_CHUNK):
                    writer.write(data[i : i + SLOW_CHUNK])
                    await writer.drain()
                    await asyncio.sleep(0.001)
            else:
                writer.write(data)
                await writer.drain()
            sent += len(data)
