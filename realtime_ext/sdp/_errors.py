"""The SDP error, kept importable from here; it lives in ``realtime_ext._exceptions``."""

from __future__ import annotations

from .._exceptions import SDPError as SDPError

__all__ = [
    "SDPError",
]
