"""The optional ``sounddevice`` package, imported on first use with a clear error without it.

Shared by ``realtime_ext.audio`` (Microphone, Speaker) and ``realtime_ext.webrtc.devices``:
at the root, so neither package imports the other for it.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._exceptions import SoundDeviceUnavailableError

INSTALL_HINT = "pip install 'realtime-ext[sounddevice]'"


def load_sounddevice() -> Any:
    """The ``sounddevice`` module, or :class:`SoundDeviceUnavailableError` naming the extra.

    Example::

        sd = load_sounddevice()  # SoundDeviceUnavailableError without realtime-ext[sounddevice]
    """
    try:
        return importlib.import_module("sounddevice")
    except (ImportError, OSError) as exc:  # OSError: PortAudio itself is missing
        raise SoundDeviceUnavailableError(
            f"microphone/speaker need sounddevice and PortAudio ({INSTALL_HINT}): {exc}"
        ) from None
