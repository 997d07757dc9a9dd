"""Refuse every network connection that leaves this machine while tests run.

Loopback (127.0.0.0/8, ::1, ``localhost``) and non-IP sockets (unix, netlink) stay allowed.
Anything else raises :class:`NetworkBlockedError` before a packet is sent; host names other
than ``localhost`` are refused before a DNS query is made.

Only this Python process is covered: subprocesses (Prism, a Node process) are not patched.
That is acceptable because Prism only serves on 127.0.0.1 and, started with
``SCARF_ANALYTICS=false``/``DO_NOT_TRACK=1``, makes no outbound calls of its own.

Hand-written because pytest-socket would be one more dependency, and it has no per-host
allowance (see :func:`allow_hosts`: the browser tests let the machine's own addresses through).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["NetworkBlockedError", "allow_hosts", "install", "is_installed", "uninstall"]


class NetworkBlockedError(RuntimeError):
    """A test tried to reach a non-loopback address.

    A RuntimeError rather than an OSError so that retry/fallback code which swallows OSError
    cannot hide the attempt.
    """


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto
_real_getaddrinfo = socket.getaddrinfo
_real_create_connection = socket.create_connection

_lock = threading.Lock()
_installed = False
_allowed_names: set[str] = set()
_allowed_ips: set[str] = set()


def _host_of(address: Any) -> str | None:
    """The host part of an AF_INET/AF_INET6 address, or None for other address kinds."""
    if isinstance(address, tuple) and address and isinstance(address[0], str | bytes):
        host = address[0]
        return host.decode() if isinstance(host, bytes) else host
    return None


def _is_loopback_ip(host: str) -> bool | None:
    """True/False for an IP literal, None if ``host`` is not an IP literal."""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])  # drop an IPv6 zone such as ::1%lo
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def _is_local_name(host: str) -> bool:
    # RFC 6761: localhost and *.localhost always resolve to loopback.
    name = host.lower().rstrip(".")
    return name == "localhost" or name.endswith(".localhost")


def _check_host(host: str | None, what: str) -> None:
    if host is None or host == "":
        return
    loopback = _is_loopback_ip(host)
    if loopback is True or (loopback is None and _is_local_name(host)):
        return
    if host in _allowed_ips or host.lower() in _allowed_names:
        return
    raise NetworkBlockedError(
        f"network access blocked in tests: {what} to {host!r} is not loopback "
        "(tests may only reach 127.0.0.1/::1; see tests/support/netguard.py)"
    )


def _connect(self: socket.socket, address: Any) -> None:
    _check_host(_host_of(address), "connect")
    _real_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    _check_host(_host_of(address), "connect_ex")
    return _real_connect_ex(self, address)


def _sendto(self: socket.socket, data: Any, *args: Any) -> int:
    # sendto(data, address) or sendto(data, flags, address): the address is always last.
    if args:
        _check_host(_host_of(args[-1]), "sendto")
    return _real_sendto(self, data, *args)


def _getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode() if isinstance(host, bytes) else host
    _check_host(name, "getaddrinfo")
    results = _real_getaddrinfo(host, port, *args, **kwargs)
    for family, _type, _proto, _canon, sockaddr in results:
        if family in (socket.AF_INET, socket.AF_INET6) and name is not None:
            ip = str(sockaddr[0])
            if name.lower() in _allowed_names:
                _allowed_ips.add(ip)
            else:
                _check_host(ip, f"getaddrinfo({name!r}) result")
    return results


def _create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
    _check_host(_host_of(address), "create_connection")
    return _real_create_connection(address, *args, **kwargs)


def install() -> None:
    """Start refusing non-loopback connections in this process (idempotent).

    Example:
        >>> install()
        >>> socket.create_connection(("93.184.216.34", 80))  # doctest: +SKIP
        Traceback (most recent call last):
        NetworkBlockedError: network access blocked in tests: ...
    """
    global _installed
    with _lock:
        if _installed:
            return
        socket.socket.connect = _connect  # type: ignore[method-assign,assignment]
        socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign,assignment]
        socket.socket.sendto = _sendto  # type: ignore[method-assign,assignment]
        socket.getaddrinfo = _getaddrinfo
        socket.create_connection = _create_connection
        _installed = True


def uninstall() -> None:
    """Restore the real socket functions (idempotent).

    Example:
        >>> uninstall()
        >>> is_installed()
        False
    """
    global _installed
    with _lock:
        socket.socket.connect = _real_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]
        socket.socket.sendto = _real_sendto  # type: ignore[method-assign]
        socket.getaddrinfo = _real_getaddrinfo
        socket.create_connection = _real_create_connection
        _installed = False


def is_installed() -> bool:
    """Whether the guard is active.

    Example:
        >>> isinstance(is_installed(), bool)
        True
    """
    return _installed


@contextlib.contextmanager
def allow_hosts(names: Iterable[str]) -> Iterator[None]:
    """Let the named hosts (and the addresses they resolve to) through, inside the block only.

    Example:
        >>> with allow_hosts({"raw.githubusercontent.com"}):  # doctest: +SKIP
        ...     httpx.get("https://raw.githubusercontent.com/...")
    """
    added = {n.lower() for n in names} - _allowed_names
    _allowed_names.update(added)
    try:
        yield
    finally:
        _allowed_names.difference_update(added)
        _allowed_ips.clear()
