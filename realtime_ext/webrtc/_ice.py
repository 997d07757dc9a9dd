"""Where WebRTC calls gather ICE: the hook that test machinery fills, and URL checks.

aioice gathers on the machine's network interfaces, never on 127.0.0.1. Calls to the fake
server on loopback need loopback gathering, which patches aioice; that patch is test
machinery and lives in :mod:`realtime_ext.testing` behind an explicit opt-in
(:func:`realtime_ext.testing.use_loopback_ice`). Until then :func:`loopback_only` changes
nothing, so an application's calls never run the patch.
"""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Callable
from contextlib import AbstractContextManager
from urllib.parse import urlsplit

_scope: Callable[[], AbstractContextManager[None]] | None = None


def install_loopback(scope: Callable[[], AbstractContextManager[None]]) -> None:
    """Called by ``realtime_ext.testing.use_loopback_ice``: the context loopback calls use."""
    global _scope
    _scope = scope


def loopback_only() -> AbstractContextManager[None]:
    """Loopback ICE gathering for the peer connections negotiated inside, once opted in.

    Example::

        with loopback_only():  # a no-op unless realtime_ext.testing.use_loopback_ice() ran
            await pc.setLocalDescription(await pc.createOffer())
    """
    return _scope() if _scope is not None else contextlib.nullcontext()


def is_loopback_host(host: str | None) -> bool:
    """``True`` for 127.0.0.0/8, ::1 and ``localhost``: ``is_loopback_host("127.0.0.1")``."""
    if not host:
        return False
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` points at this machine: ``is_loopback_url("http://127.0.0.1:8/v1")``."""
    return is_loopback_host(urlsplit(url).hostname)
