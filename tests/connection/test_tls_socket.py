"""The locked TLS socket on its own: its waits (outside the lock) end on data, on the
timeout websockets sets, and on a close from another thread (websockets 15.0's reader
blocks in its recv; a close must end that wait)."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator

import pytest

from realtime_ext._base.tls_socket import LockedTLSSocket, lock_tls
from realtime_ext.testing._tls import make_certificate


@pytest.fixture
def pair() -> Iterator[tuple[LockedTLSSocket, ssl.SSLSocket]]:
    """A locked client socket and the server end it shook hands with (TLS 1.3, tickets)."""
    certificate = make_certificate()
    try:
        client_end, server_end = socket.socketpair()
        server = certificate.server_context().wrap_socket(
            server_end, server_side=True, do_handshake_on_connect=False
        )
        shaking = threading.Thread(target=server.do_handshake)
        shaking.start()
        client = certificate.client_context().wrap_socket(client_end, server_hostname="127.0.0.1")
        shaking.join()
        locked = LockedTLSSocket(client)
        yield locked, server
        locked.close()
        server.close()
    finally:
        certificate.remove()


def test_plain_sockets_are_left_as_they_are() -> None:
    a, b = socket.socketpair()
    with a, b:
        assert lock_tls(a) is a


def test_data_goes_both_ways_while_a_receive_waits(
    pair: tuple[LockedTLSSocket, ssl.SSLSocket],
) -> None:
    locked, server = pair
    got: list[bytes] = []
    receiver = threading.Thread(target=lambda: got.append(locked.recv(100)))
    receiver.start()
    locked.sendall(b"ping")  # the receive waits outside the lock: this write goes through
    assert server.recv(100) == b"ping"
    server.sendall(b"pong")
    receiver.join()
    assert got == [b"pong"]


def test_a_receive_ends_at_its_timeout(pair: tuple[LockedTLSSocket, ssl.SSLSocket]) -> None:
    locked, _ = pair
    locked.settimeout(0.01)
    assert locked.gettimeout() == 0.01
    with pytest.raises(TimeoutError):
        locked.recv(100)


def test_a_close_ends_a_waiting_receive(pair: tuple[LockedTLSSocket, ssl.SSLSocket]) -> None:
    locked, _ = pair
    ended: list[object] = []
    entered = threading.Event()

    def receive() -> None:
        entered.set()
        try:
            ended.append(locked.recv(100))
        except OSError as exc:
            ended.append(exc)

    receiver = threading.Thread(target=receive)
    receiver.start()
    entered.wait()
    locked.close()
    receiver.join()
    # b"" when the close came during the wait, an error when it came before it began.
    assert ended == [b""] or isinstance(ended[0], OSError)
    assert locked.fileno() == -1  # closed once no thread waits on it any more


def test_a_write_larger_than_the_socket_buffers_completes_while_a_receive_waits(
    pair: tuple[LockedTLSSocket, ssl.SSLSocket],
) -> None:
    """The write would block many times (each wait outside the lock); the receive gets
    the answer after it."""
    locked, server = pair
    message = bytes(range(256)) * (16 << 10)  # 4 MiB: far past the socketpair's buffers
    got: list[bytes] = []
    receiver = threading.Thread(target=lambda: got.append(locked.recv(100)))
    receiver.start()

    def serve() -> None:
        received = 0
        while received < len(message):
            received += len(server.recv(1 << 16))
        server.sendall(b"all of it")

    serving = threading.Thread(target=serve)
    serving.start()
    locked.sendall(message)
    serving.join()
    receiver.join()
    assert got == [b"all of it"]
