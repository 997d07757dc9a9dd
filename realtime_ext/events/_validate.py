"""Kept for imports: client events are checked by :mod:`realtime_ext._validate`."""

from __future__ import annotations

from realtime_ext._validate import check_client_event

__all__ = ["check_client_event"]
