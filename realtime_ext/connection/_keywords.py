"""The keywords every WebSocket entry point takes, checked in one place.

``connect``/``aconnect`` and ``connect_translation``/``aconnect_translation`` each spell
out their signature (it is their documentation) and hand their arguments, as
``**locals()``, to one checking function: :func:`socket_plan` here for what they all share
(URL, headers, limits, WebSocket options, reconnect), plus the few keywords of their own.
Everything is checked before any socket opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from ssl import SSLContext
from typing import TYPE_CHECKING, Literal

from realtime_ext._clock import Clock
from realtime_ext.conversation import Reconnector

from ._options import Prepared, prepare, websocket_options
from ._reconnect_args import reconnector

if TYPE_CHECKING:
    from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting


def socket_plan(
    *,
    api_key: str,
    base_url: str,
    model: str | None,
    call_id: str | None,
    headers: Mapping[str, str] | None,
    websocket_base_url: str | None,
    max_size: int | None,
    max_queue: int | None,
    open_timeout: float | None,
    extra_query: Mapping[str, str] | None,
    max_retries: int | None,
    on_reconnecting: OnReconnecting | None,
    on_reconnected: OnReconnected | None,
    reconnect_delay: float,
    max_reconnect_delay: float,
    max_queued_bytes: int,
    clock: Clock | None,
    close_timeout: float | None,
    ping_interval: float | None,
    ping_timeout: float | None,
    compression: Literal["deflate"] | None,
    ssl: SSLContext | None,
    proxy: str | Literal[True] | None,
    endpoint: str = "/realtime",
) -> tuple[Prepared, Reconnector]:
    """The socket (URL, headers, limits, ``websockets`` options) and the reconnect policy
    the entry points' keywords describe, checked."""
    prepared = prepare(
        api_key=api_key,
        base_url=base_url,
        model=model,
        call_id=call_id,
        headers=headers,
        websocket_base_url=websocket_base_url,
        max_size=max_size,
        max_queue=max_queue,
        open_timeout=open_timeout,
        extra_query=extra_query,
        options=websocket_options(
            close_timeout=close_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            compression=compression,
            ssl=ssl,
            proxy=proxy,
        ),
        endpoint=endpoint,
    )
    policy = reconnector(
        prepared,
        max_retries=max_retries,
        on_reconnecting=on_reconnecting,
        on_reconnected=on_reconnected,
        reconnect_delay=reconnect_delay,
        max_reconnect_delay=max_reconnect_delay,
        max_queued_bytes=max_queued_bytes,
        clock=clock,
    )
    return prepared, policy
