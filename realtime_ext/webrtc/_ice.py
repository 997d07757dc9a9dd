"""Where WebRTC calls gather ICE: the public loopback hook (:func:`set_loopback_ice`), and
URL checks.

aioice gathers on the machine's network interfaces, never on 127.0.0.1. Calls to a server on
loopback (the fake server) need loopback gathering, which patches aioice; that patch is test
machinery and lives in :mod:`realtime_ext.testing` behind an explicit opt-in
(:func:`realtime_ext.testing.use_loopback_ice`, which installs it here). Until a scope is
installed :func:`loopback_only` changes nothing, so an application's calls never run a patch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from urllib.parse import urlsplit

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import is_loopback_host, show

__all__ = [
    "LoopbackScope",
    "is_loopback_host",
    "is_loopback_url",
    "loopback_only",
    "set_loopback_ice",
]


LoopbackScope = Callable[[], AbstractContextManager[None]]
"""What :func:`set_loopback_ice` takes: makes the context a loopback call's offer (and its ICE
gathering) is negotiated inside."""

_scope: LoopbackScope | None = None


def set_loopback_ice(scope: LoopbackScope | None) -> None:
    """Install how loopback calls gather ICE, for this process (``None``: aioice's own way).

    A call is a loopback call when ``connect(loopback=True)`` says so, or by default when the
    client's base URL is on this machine; its offer is then made inside ``scope()``, which
    arranges for ICE candidates on 127.0.0.1 (aioice never gathers there by itself). The
    SDK ships one scope, :func:`realtime_ext.testing.use_loopback_ice`'s (a patch of aioice
    for tests and offline demos against the fake server); a setup of your own (a gateway on
    this machine, a container without network interfaces) may install another.

    Example::

        import contextlib
        from realtime_ext.webrtc import set_loopback_ice

        @contextlib.contextmanager
        def my_gathering():
            yield  # e.g. point your ICE agent at 127.0.0.1 for the calls made inside

        set_loopback_ice(my_gathering)
    """
    global _scope
    if scope is not None and not callable(scope):
        raise InvalidArgumentError(
            f"scope must be a function returning a context manager, or None; got {show(scope)}"
        )
    _scope = scope


def loopback_only() -> AbstractContextManager[None]:
    """Loopback ICE gathering for the peer connections negotiated inside, once opted in.

    Example::

        with loopback_only():  # a no-op until set_loopback_ice() installed a scope
            await pc.setLocalDescription(await pc.createOffer())
    """
    return _scope() if _scope is not None else contextlib.nullcontext()


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` points at this machine: ``is_loopback_url("http://127.0.0.1:8/v1")``."""
    return is_loopback_host(urlsplit(url).hostname)
