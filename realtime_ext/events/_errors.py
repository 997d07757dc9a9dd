"""The event errors, kept importable from here; they live in ``realtime_ext._exceptions``."""

from __future__ import annotations

from .._exceptions import EventDecodeError as EventDecodeError
from .._exceptions import InvalidEventError as InvalidEventError

__all__ = [
    "EventDecodeError",
    "InvalidEventError",
]
