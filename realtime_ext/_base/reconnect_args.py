"""The reconnect options of the entry points (``ConnectOptions``), as the conversation's
:class:`~realtime_ext.conversation.ReconnectPolicy`; their defaults are
``CONNECT_DEFAULTS``'s."""

from __future__ import annotations

from realtime_ext._clock import SYSTEM_CLOCK, Clock

from .carry import CarryMode
from .policy import ReconnectPolicy
from .reconnect import OnReconnected, OnReconnecting
from .socket_options import Prepared

__all__ = ["reconnect_policy"]


def reconnect_policy(
    prepared: Prepared,
    *,
    max_retries: int | None,
    on_reconnecting: OnReconnecting | None,
    on_reconnected: OnReconnected | None,
    reconnect_delay: float,
    max_reconnect_delay: float,
    max_queued_bytes: int,
    clock: Clock | None,
    carry: CarryMode,
    carry_max_items: int | None,
    carry_max_chars: int | None,
    max_session_duration: float | None,
) -> ReconnectPolicy:
    """Validate the reconnect keywords (before any socket opens). A sideband connection
    (``call_id=``) never rolls over: its session is the call's, which it rejoins."""
    rejoins = "call_id=" in prepared.url
    return ReconnectPolicy(
        url=prepared.url,
        extra_headers=prepared.extra_headers,
        max_retries=max_retries,
        on_reconnecting=on_reconnecting,
        on_reconnected=on_reconnected,
        reconnect_delay=reconnect_delay,
        max_reconnect_delay=max_reconnect_delay,
        max_queued_bytes=max_queued_bytes,
        clock=SYSTEM_CLOCK if clock is None else clock,
        carry=carry,
        carry_max_items=carry_max_items,
        carry_max_chars=carry_max_chars,
        max_session_duration=None if rejoins else max_session_duration,
        rejoins=rejoins,
    )
