"""The optional ``aiortc`` dependency: imported on first use, with a clear error without it."""

from __future__ import annotations

import importlib
import importlib.util

from realtime_ext import WebRTCUnavailableError as WebRTCUnavailableError

INSTALL_HINT = "pip install 'realtime-ext[webrtc]'"
"""What to install for WebRTC calls (said by :class:`WebRTCUnavailableError`)."""


def aiortc_available() -> bool:
    """Whether ``aiortc`` can be imported (``True`` once the ``webrtc`` extra is installed)."""
    try:
        importlib.import_module("aiortc")
    except ImportError:
        return False
    return True


def aiortc_installed() -> bool:
    """Whether ``aiortc`` is installed, found without importing it.

    For a status line only: importing aiortc (and av, aioice, cryptography) costs about half
    a second of CPU, which ``realtime-ext serve-fake`` paid at every start, and the fault
    tests start dozens of those processes. Code about to use aiortc calls
    :func:`require_aiortc`, which imports it.

    Example:
        >>> aiortc_installed() in (True, False)
        True
    """
    return importlib.util.find_spec("aiortc") is not None


def require_aiortc(what: str = "WebRTC calls") -> None:
    """Raise :class:`WebRTCUnavailableError` naming the extra when ``aiortc`` is missing.

    Example::

        require_aiortc()  # no-op once realtime-ext[webrtc] is installed
    """
    if not aiortc_available():
        raise WebRTCUnavailableError(f"{what} need the optional aiortc package: {INSTALL_HINT}")
    redact_library_logs()


def redact_library_logs() -> None:
    """Put the SDK's redacting filter on every ``aiortc``/``aioice`` logger (idempotent).

    At DEBUG, aiortc logs each offer and answer in full, ``a=ice-pwd`` included; the filter
    masks the password (and any key) before any handler sees the record. Filters act only on
    the logger a record is logged on, so each module's logger gets one.

    Example::

        redact_library_logs()  # done for you when a call starts
    """
    import logging

    from realtime_ext.provider import get_logger

    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in ("aiortc", "aioice"):
            get_logger(name)
