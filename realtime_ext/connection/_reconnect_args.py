"""The reconnect keywords both ``connect`` flavours take, turned into a ``Reconnector``."""

from __future__ import annotations

from realtime_ext._clock import Clock
from realtime_ext.conversation import Reconnector
from realtime_ext.conversation._reconnect import (
    DEFAULT_MAX_QUEUED_BYTES,
    OnReconnected,
    OnReconnecting,
)

from ._options import Prepared

__all__ = ["DEFAULT_MAX_QUEUED_BYTES", "reconnector"]


def reconnector(
    prepared: Prepared,
    *,
    max_retries: int | None,
    on_reconnecting: OnReconnecting | None,
    on_reconnected: OnReconnected | None,
    reconnect_delay: float,
    max_reconnect_delay: float,
    max_queued_bytes: int,
    clock: Clock | None = None,
) -> Reconnector:
    """Validate the reconnect keywords (before any socket opens)."""
    return Reconnector(
        url=prepared.url,
        extra_headers=prepared.extra_headers,
        max_retries=max_retries,
        on_reconnecting=on_reconnecting,
        on_reconnected=on_reconnected,
        initial_delay=reconnect_delay,
        max_delay=max_reconnect_delay,
        max_queued_bytes=max_queued_bytes,
        clock=clock,
    )
