"""The optional ``sounddevice`` package, imported on first use with a clear error without it.

Shared by ``realtime_ext.audio`` (Microphone, Speaker) and ``realtime_ext.webrtc.devices``:
at the root, so neither package imports the other for it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
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


def open_stream(
    open_at: Callable[[int], Any], rate: int, device: Any, kind: str, *, fixed: bool
) -> tuple[Any, int]:
    """Open and start a stream with ``open_at(rate)``; when the device refuses that rate and
    it is not ``fixed``, at the device's own default ``kind`` (``"input"``/``"output"``) rate
    (the caller resamples). Returns the started stream and the rate it runs at.

    Example::

        def open_at(rate: int) -> Any:
            return sd.RawInputStream(samplerate=rate, channels=1, dtype="int16")

        stream, rate = open_stream(open_at, 24000, None, "input", fixed=False)
    """
    try:
        stream = open_at(rate)
    except Exception:
        if fixed:
            raise
        rate = int(load_sounddevice().query_devices(device, kind)["default_samplerate"])
        stream = open_at(rate)
    stream.start()
    return stream, rate


def close_stream(stream: Any) -> None:
    """Stop and close a stream :func:`open_stream` returned (nothing for ``None``).

    Example::

        close_stream(stream)
    """
    if stream is not None:
        stream.stop()
        stream.close()
