"""Whether OpenTelemetry is installed, and what a recorder may count audio with: what the
telemetry options and the recorder both read (neither imports the other for it)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

__all__ = ["AudioSource", "otel_installed"]

_available: bool | None = None


def otel_installed() -> bool:
    """Whether the OpenTelemetry API is importable (looked up once, nothing imported)."""
    global _available
    if _available is None:
        try:
            _available = importlib.util.find_spec("opentelemetry") is not None and (
                importlib.util.find_spec("opentelemetry.trace") is not None
            )
        except (ImportError, ValueError):  # a finder that refuses it, a broken install
            _available = False
    return _available


AudioSource = Callable[[str], "int | None"]
"""``source(item_id)``: the decoded audio bytes received so far for an output item (``None``:
not known). A voice extension counts every audio delta for barge-in already
(``voice.audio_received``); with its count the metrics look at a response's first audio
delta only."""
