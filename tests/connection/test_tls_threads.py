"""Blocking connections over wss://: websockets reads the TLS socket in its own thread
while the caller writes; OpenSSL forbids both at once on one connection, and about one
open in 500 once lost the server's upgrade response (realtime_ext._base.tls_socket)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from realtime_ext.connection import RealtimeConnection, connect
from realtime_ext.conversation import ConnectionClosed
from realtime_ext.testing import FakeRealtimeServer
from realtime_generated import models
from support.tls_tickets import send_session_tickets

T = 10.0  # per-message bound, so a broken test fails instead of hanging
THREADS, OPENS = 3, 200
# TLS 1.3 servers send their session tickets right after the handshake, as the client
# writes its upgrade request: the client's reader thread handles them in SSL_read during
# that SSL_write. OpenSSL's default is 2 tickets (about 1 failed open in 250 here, with
# three threads opening); 8 widen the window (about 1 in 60), so the old code fails this
# test nearly every run with a few hundred opens.
TICKETS = 8


@pytest.fixture(scope="module")
def tls_server() -> Iterator[FakeRealtimeServer]:
    with pytest.MonkeyPatch.context() as patch:
        send_session_tickets(patch, TICKETS)
        with FakeRealtimeServer(tls=True) as server:
            yield server


def open_conn(server: FakeRealtimeServer) -> RealtimeConnection:
    return connect(
        api_key="sk-test",
        base_url=server.base_url,
        model="gpt-realtime",
        ssl=server.client_ssl_context(),
        open_timeout=T,  # what a lost upgrade response ends in
    )


def test_blocking_opens_over_tls_from_several_threads_all_succeed(
    tls_server: FakeRealtimeServer,
) -> None:
    failed: list[BaseException] = []
    stop = threading.Event()  # the first failure ends every thread's loop

    def opens() -> None:
        for _ in range(OPENS):
            if stop.is_set():
                return
            try:
                with open_conn(tls_server) as conn:
                    assert isinstance(conn.recv(T), models.RealtimeServerEventSessionCreated)
            except BaseException as exc:
                failed.append(exc)
                stop.set()

    threads = [threading.Thread(target=opens) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == []


def test_a_send_while_another_thread_waits_to_receive(tls_server: FakeRealtimeServer) -> None:
    """The receiving thread waits for the socket outside the lock the sender needs."""
    with open_conn(tls_server) as conn:
        assert isinstance(conn.recv(T), models.RealtimeServerEventSessionCreated)
        waiting = threading.Event()
        got: list[models.RealtimeServerEvent] = []

        def receive() -> None:
            waiting.set()
            got.append(conn.recv(T))

        receiver = threading.Thread(target=receive)
        receiver.start()
        waiting.wait(T)
        conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        receiver.join()
    assert [event.type_ for event in got] == ["session.updated"]


def test_a_close_while_another_thread_waits_to_receive(tls_server: FakeRealtimeServer) -> None:
    conn = open_conn(tls_server)
    assert isinstance(conn.recv(T), models.RealtimeServerEventSessionCreated)
    ended: list[BaseException] = []

    def receive() -> None:
        try:
            conn.recv(T)
        except BaseException as exc:
            ended.append(exc)

    receiver = threading.Thread(target=receive)
    receiver.start()
    conn.close()
    receiver.join()
    assert [type(exc) for exc in ended] == [ConnectionClosed]
