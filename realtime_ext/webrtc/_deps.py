"""The optional ``aiortc`` dependency: imported on first use, with a clear error without it."""

from __future__ import annotations

from realtime_ext._errors import RealtimeError

INSTALL_HINT = "pip install 'realtime-ext[webrtc]'"


class WebRTCUnavailableError(RealtimeError, ImportError):
    """WebRTC needs the optional ``aiortc`` package (the ``webrtc`` extra).

    Example::

        except WebRTCUnavailableError:
            print("run: pip install 'realtime-ext[webrtc]'")
    """


def aiortc_available() -> bool:
    """Whether ``aiortc`` can be imported (``True`` once the ``webrtc`` extra is installed)."""
    try:
        import aiortc  # noqa: F401
    except ImportError:
        return False
    return True


def require_aiortc(what: str = "WebRTC calls") -> None:
    """Raise :class:`WebRTCUnavailableError` naming the extra when ``aiortc`` is missing.

    Example::

        require_aiortc()  # no-op once realtime-ext[webrtc] is installed
    """
    if not aiortc_available():
        raise WebRTCUnavailableError(f"{what} need the optional aiortc package: {INSTALL_HINT}")
