"""The reconnect options of the entry points (``ConnectOptions``), turned into a
``Reconnector``; their defaults are ``CONNECT_DEFAULTS``'s."""

from __future__ import annotations

from realtime_ext._checks import show
from realtime_ext._clock import Clock
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.conversation import CarryMode
from realtime_ext.conversation._carry import Carry
from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting, Reconnector

from ._options import Prepared

__all__ = ["reconnector"]


def reconnector(
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
) -> Reconnector:
    """Validate the reconnect keywords (before any socket opens). A sideband connection
    (``call_id=``) never rolls over: its session is the call's, which it rejoins."""
    rejoins = "call_id=" in prepared.url
    if rejoins:
        max_session_duration = None
    # Checked under the names the user passed: Reconnector would name its own parameters
    # (``initial_delay``, ``max_delay``), which no entry point takes.
    check_seconds(reconnect_delay, "reconnect_delay", zero=True, unlimited=False)
    check_seconds(max_reconnect_delay, "max_reconnect_delay", zero=True, unlimited=False)
    if clock is not None and not isinstance(clock, Clock):
        raise InvalidArgumentError(
            "clock must be None or a realtime_ext clock (realtime_ext.testing.ManualClock in "
            f"tests), got {show(clock)}"
        )
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
        carry=Carry(carry, max_items=carry_max_items, max_chars=carry_max_chars),
        max_session_duration=max_session_duration,
        rejoins=rejoins,
    )
