"""A TLS socket that two threads may use at once: the blocking transport's, over wss://.

websockets' sync client reads its socket in a background thread (``SSL_read``) while the
caller's thread writes the upgrade request, then every send, ping and close (``SSL_write``).
OpenSSL forbids concurrent calls on one SSL object (openssl/openssl#16400, #20446) and
CPython does not serialise them (it tried in 3.13.6 and reverted: websockets' blocking read
held the lock for ever, cpython#137583). With TLS 1.3 the server's session tickets arrive
just after the handshake, while the upgrade request is written: about one open in 500 then
never saw its response.

:class:`LockedTLSSocket` serialises every OpenSSL call under one lock and never blocks
while holding it: the SSL socket is non-blocking, and a call that would block releases the
lock and waits for the file descriptor outside it (the pattern of python-engineio#461).
"""

from __future__ import annotations

import contextlib
import errno
import select
import socket
import ssl
import threading
import time
from typing import Any, cast

from websockets.client import ClientProtocol
from websockets.sync.client import ClientConnection

# poll() has no FD_SETSIZE limit (select() fails past descriptor 1023 on POSIX); Windows,
# which has no poll(), has no such limit on select() either.
_POLL = hasattr(select, "poll")


class LockedTLSSocket:
    """The socket methods websockets' sync connection calls (``recv``, ``sendall``,
    ``settimeout``, ``gettimeout``, ``shutdown``, ``close``, ``fileno``, ``getpeername``,
    ``getsockname``), over ``sock`` (handshake done), each OpenSSL call under one lock."""

    __slots__ = ("_closing", "_lock", "_sock", "_timeout", "_waiters")

    def __init__(self, sock: ssl.SSLSocket) -> None:
        self._sock = sock
        self._lock = threading.Lock()
        # The timeout websockets asks for (None: block), applied to the waits below; the
        # SSL socket itself stays non-blocking so no OpenSSL call blocks under the lock.
        self._timeout: float | None = sock.gettimeout()
        self._closing = False
        # Threads waiting on the descriptor outside the lock: close() leaves closing it to
        # the last of them, so none polls a number the system may have given to another.
        self._waiters = 0
        sock.setblocking(False)

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        deadline = self._deadline()
        while True:
            with self._lock:
                try:
                    return self._sock.recv(bufsize, flags)
                except ssl.SSLWantReadError:
                    # A record that carried no data (a TLS 1.3 session ticket) or one not
                    # all here yet. Data OpenSSL already holds would have been returned.
                    if self._sock.pending():  # pragma: no cover - belt and braces
                        continue
                    readable = True
                except ssl.SSLWantWriteError:  # pragma: no cover - renegotiation only
                    readable = False
                except BlockingIOError:  # after shutdown(): the plain socket underneath
                    readable = True
                self._enter_wait()
            self._wait(readable, deadline)

    def sendall(self, data: bytes | bytearray | memoryview) -> None:
        deadline = self._deadline()
        with memoryview(data) as view, view.cast("B") as left:
            sent = 0
            while sent < len(left):
                with self._lock:
                    try:
                        # A write that would block is retried with the same bytes, which
                        # OpenSSL requires (CPython sets SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER).
                        sent += self._sock.send(left[sent:])
                        continue
                    except (ssl.SSLWantWriteError, BlockingIOError):
                        readable = False
                    except ssl.SSLWantReadError:  # pragma: no cover - renegotiation only
                        readable = True
                    self._enter_wait()
                self._wait(readable, deadline)

    def settimeout(self, value: float | None) -> None:
        self._timeout = value

    def gettimeout(self) -> float | None:
        return self._timeout

    def shutdown(self, how: int) -> None:
        with self._lock:
            self._sock.shutdown(how)

    def close(self) -> None:
        with self._lock:
            if self._closing:
                return
            self._closing = True
            if self._waiters:
                # Wake the waiters: a shut-down socket polls readable and writable at once.
                # The last one out closes it (_leave_wait).
                # Not SSLSocket.shutdown: it drops the SSL object a waiter's retry uses.
                with contextlib.suppress(OSError):  # not connected: readable already
                    socket.socket.shutdown(self._sock, socket.SHUT_RDWR)
            else:
                self._sock.close()

    def fileno(self) -> int:
        return self._sock.fileno()

    def getpeername(self) -> Any:
        return self._sock.getpeername()

    def getsockname(self) -> Any:
        return self._sock.getsockname()

    def _deadline(self) -> float | None:
        timeout = self._timeout
        return None if timeout is None else time.monotonic() + timeout

    def _enter_wait(self) -> None:
        # Under the lock.
        if self._closing:
            raise OSError(errno.EBADF, "the socket is closed")
        self._waiters += 1

    def _wait(self, readable: bool, deadline: float | None) -> None:
        """Wait, outside the lock, until the socket is readable (or writable)."""
        try:
            fd = self._sock.fileno()
            timeout = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            if _POLL:
                poller = select.poll()
                poller.register(fd, select.POLLIN if readable else select.POLLOUT)
                ready = bool(poller.poll(None if timeout is None else timeout * 1000))
            else:  # pragma: no cover - Windows
                reads: list[int] = [fd] if readable else []
                writes: list[int] = [] if readable else [fd]
                ready = any(select.select(reads, writes, [fd], timeout))
        finally:
            with self._lock:
                self._waiters -= 1
                if self._closing and not self._waiters:
                    self._sock.close()
        if not ready:
            raise TimeoutError("timed out")


class TLSSafeClientConnection(ClientConnection):
    """websockets' sync client connection, over a :class:`LockedTLSSocket` for wss://
    (given to ``connect`` as ``create_connection``: websockets still opens the socket,
    proxy, TLS and timeouts included, and hands it here before its reader thread starts)."""

    def __init__(self, sock: socket.socket, protocol: ClientProtocol, **kwargs: Any) -> None:
        super().__init__(lock_tls(sock), protocol, **kwargs)


def lock_tls(sock: socket.socket) -> socket.socket:
    """``sock`` itself unless it is an SSL socket; then one safe for websockets' threads."""
    if not isinstance(sock, ssl.SSLSocket):
        return sock  # ws:// has no shared OpenSSL state: nothing to serialise
    # websockets only calls the methods LockedTLSSocket has (it does the same for its own
    # TLS-in-TLS socket): typed as the socket it stands for.
    return cast(socket.socket, LockedTLSSocket(sock))
