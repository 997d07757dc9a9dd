"""The session-wide guard refuses non-loopback traffic and lets loopback through."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from support import netguard
from support.netguard import NetworkBlockedError

PUBLIC_IP = "93.184.216.34"


@pytest.fixture
def loopback_listener() -> Iterator[tuple[str, int]]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        yield server.getsockname()


def test_guard_is_active_for_the_session() -> None:
    assert netguard.is_installed()


def test_connect_to_public_ip_is_refused() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        with pytest.raises(NetworkBlockedError, match=r"connect to '93\.184\.216\.34'"):
            s.connect((PUBLIC_IP, 80))
        with pytest.raises(NetworkBlockedError):
            s.connect_ex((PUBLIC_IP, 80))


def test_create_connection_to_public_ip_is_refused() -> None:
    with pytest.raises(NetworkBlockedError, match="not loopback"):
        socket.create_connection((PUBLIC_IP, 80), timeout=1)


def test_host_name_is_refused_before_any_dns_query() -> None:
    with pytest.raises(NetworkBlockedError, match=r"getaddrinfo to 'example\.com'"):
        socket.getaddrinfo("example.com", 80)


def test_httpx_to_a_public_host_fails_loudly() -> None:
    with pytest.raises(NetworkBlockedError, match=r"example\.com"):
        httpx.get("http://example.com/", timeout=1)


def test_ipv4_mapped_ipv6_and_udp_are_covered() -> None:
    with (
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s,
        pytest.raises(NetworkBlockedError),
    ):
        s.connect((f"::ffff:{PUBLIC_IP}", 80))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u, pytest.raises(NetworkBlockedError):
        u.sendto(b"x", (PUBLIC_IP, 53))


def test_loopback_ipv4_and_localhost_work(loopback_listener: tuple[str, int]) -> None:
    host, port = loopback_listener
    socket.create_connection((host, port), timeout=5).close()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.connect(("127.0.0.1", port))
    assert socket.getaddrinfo("localhost", port)


def test_loopback_ipv6_works() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 in this kernel")
    try:
        server = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        server.bind(("::1", 0))
    except OSError as exc:
        pytest.skip(f"::1 not configured: {exc}")
    with server:
        server.listen(1)
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.connect(("::1", server.getsockname()[1]))


def test_unix_sockets_work(tmp_path: Path) -> None:
    path = str(tmp_path / "s.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        accepted = threading.Thread(target=lambda: server.accept()[0].close())
        accepted.start()
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.connect(path)
        accepted.join(timeout=5)


def test_allow_hosts_lets_a_named_host_through_only_inside_the_block() -> None:
    # An IP literal stands in for a name so that no real lookup or connection happens.
    with netguard.allow_hosts({PUBLIC_IP}):
        netguard._check_host(PUBLIC_IP, "connect")
    with pytest.raises(NetworkBlockedError):
        netguard._check_host(PUBLIC_IP, "connect")
