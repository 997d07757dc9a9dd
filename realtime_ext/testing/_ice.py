"""Test machinery: ICE on loopback, for WebRTC calls with the fake server on 127.0.0.1.

Opt in with :func:`realtime_ext.testing.use_loopback_ice` (the suite does it once in
tests/conftest.py; ``realtime-ext demo`` and the fake server do it for themselves). Nothing
here runs for an application that did not ask: the library's WebRTC code only has a public
hook (:func:`realtime_ext.webrtc.set_loopback_ice`) that the opt-in fills.

It patches aioice (aiortc's ICE agent) for the process, so it is pinned to the aioice
release it was written against (``AIOICE_VERSION``, the same pin as pyproject.toml's
``testing`` extra) and refuses another one.

aioice (aiortc's ICE agent) never gathers on 127.0.0.1 and has no option for it, so a call
between two peers on one machine would need a real network interface, and the fake server
must stay on 127.0.0.1. :func:`loopback_only` switches gathering to 127.0.0.1 for the
peer connections set up inside it (a context variable, so other peers in the same process,
e.g. a client talking to the real API, keep their normal interfaces). Such a peer only
talks to this machine: remote candidates elsewhere are dropped from the offer, and its
sockets ignore datagrams from other hosts (a browser on this machine still connects: its
checks from this machine's own LAN address are kept, as peer-reflexive candidates).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Generator
from typing import Any

from realtime_ext import OpenAIError
from realtime_ext.provider import is_loopback_host
from realtime_ext.webrtc import set_loopback_ice

__all__ = [
    "AIOICE_VERSION",
    "host_addresses",
    "is_this_host",
    "keep_local_candidates",
    "loopback_only",
    "use_loopback_ice",
]

AIOICE_VERSION = "0.13.0"
"""The aioice release the patch below was written against (pinned in the ``testing`` extra)."""

_LOOPBACK: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "realtime_ext_webrtc_loopback", default=False
)
_MARK = "_realtime_ext_loopback"


def _install() -> None:
    from importlib.metadata import version

    import aioice.ice

    found = version("aioice")
    if found != AIOICE_VERSION:
        raise OpenAIError(
            f"realtime_ext.testing's loopback ICE patches aioice {AIOICE_VERSION} internals; "
            f"aioice {found} is installed (pip install 'realtime-ext[testing]')"
        )

    current: Any = aioice.ice.get_host_addresses
    if getattr(current, _MARK, False):
        return
    original = current

    def get_host_addresses(use_ipv4: bool, use_ipv6: bool) -> list[str]:
        if _LOOPBACK.get():
            return ["127.0.0.1"] if use_ipv4 else []
        result: list[str] = original(use_ipv4, use_ipv6)
        return result

    setattr(get_host_addresses, _MARK, True)
    aioice.ice.get_host_addresses = get_host_addresses

    protocol: Any = aioice.ice.StunProtocol
    received = protocol.datagram_received

    def datagram_received(self: Any, data: bytes | str, addr: tuple[Any, ...]) -> None:
        local = getattr(getattr(self, "local_candidate", None), "host", None)
        if local is not None and is_loopback_host(local) and not is_this_host(addr[0]):
            return
        received(self, data, addr)

    protocol.datagram_received = datagram_received


@contextlib.contextmanager
def loopback_only() -> Generator[None]:
    """Peer connections negotiated inside gather only 127.0.0.1 candidates.

    Example::

        with loopback_only():
            await pc.setLocalDescription(await pc.createOffer())
    """
    _install()
    token = _LOOPBACK.set(True)
    try:
        yield
    finally:
        _LOOPBACK.reset(token)


@functools.cache
def host_addresses() -> frozenset[str]:
    """This machine's own IP addresses (loopback included): traffic to them stays here."""
    import ifaddr  # an aioice dependency

    found = {"127.0.0.1", "::1"}
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            found.add(ip.ip if isinstance(ip.ip, str) else ip.ip[0])
    return frozenset(found)


def is_this_host(host: str | None) -> bool:
    """Loopback or one of :func:`host_addresses`: ``is_this_host("127.0.0.1")`` -> True."""
    if is_loopback_host(host):
        return True
    return host is not None and host.split("%", 1)[0] in host_addresses()


def keep_local_candidates(text: str) -> str:
    """``text`` (SDP) without ICE candidates that are not on this machine.

    A loopback peer must reach nothing else; dropping the rest (other hosts, mDNS
    ``.local`` names) keeps its ICE agent from sending checks off the machine.
    """
    # The SDP parser loads with the first call answered, not with the fake server.
    from realtime_ext import sdp
    from realtime_ext.sdp import Candidate

    desc = sdp.parse(text)
    for section in desc.media:
        section.lines[:] = [
            line
            for line in section.lines
            if not isinstance(line, Candidate) or is_this_host(line.address)
        ]
    return sdp.serialise(desc)


def use_loopback_ice() -> None:
    """Opt in: WebRTC calls to a base URL on this machine gather ICE on 127.0.0.1.

    For tests and offline demos against :class:`~realtime_ext.testing.FakeRealtimeServer`
    (aioice never gathers on loopback by itself). Patches aioice for this process, so
    call it from test setup, never from an application. Idempotent.

    Example::

        from realtime_ext.testing import use_loopback_ice

        use_loopback_ice()  # e.g. in conftest.py
        async with AsyncWebRTC(client).connect(model="gpt-realtime") as call: ...
    """
    _install()
    set_loopback_ice(loopback_only)
