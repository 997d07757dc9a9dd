"""How a WebRTC call reconnects: a call's reconnect keywords (:class:`CallReconnect`) as the
conversation core's policy (:func:`call_policy`, :func:`policy_at` for a kind that posts its
offers elsewhere), and what a call's reconnect cannot change (:func:`check_redial`).

A call whose peer connection fails is moved to a new one by the conversation core, as a
WebSocket connection is moved to a new socket: the same attempts, backoff, hooks, carry and
errors. Its "reopen" is a new call (offer, ``POST /realtime/calls``, answer) on a new peer
connection, its audio moved over (``_peer_async.redial``); a kind whose calls move
otherwise says so in its own call module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from realtime_ext import InvalidArgumentError
from realtime_ext.conversation import (
    DEFAULT_CARRY_MAX_CHARS,
    DEFAULT_CARRY_MAX_ITEMS,
    DEFAULT_MAX_QUEUED_BYTES,
    DEFAULT_MAX_RECONNECT_DELAY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RECONNECT_DELAY,
    CarryMode,
    OnReconnected,
    OnReconnecting,
    ReconnectPolicy,
)
from realtime_ext.provider import SYSTEM_CLOCK, Clock

__all__ = [
    "DEFAULT_CARRY_MAX_CHARS",
    "DEFAULT_CARRY_MAX_ITEMS",
    "DEFAULT_MAX_QUEUED_BYTES",
    "DEFAULT_MAX_RECONNECT_DELAY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RECONNECT_DELAY",
    "CallReconnect",
    "OnReconnected",
    "OnReconnecting",
    "call_policy",
    "calls_url",
    "check_redial",
    "policy_at",
]


@dataclass(frozen=True)
class CallReconnect:
    """The reconnect keywords of a call's ``connect`` (named, and defaulting, as
    ``client.connect``'s), checked by :func:`call_policy` when the call opens.

    Example::

        CallReconnect(max_retries=0)  # a failed peer connection ends the call
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    on_reconnecting: OnReconnecting | None = None
    on_reconnected: OnReconnected | None = None
    reconnect_delay: float = DEFAULT_RECONNECT_DELAY
    max_reconnect_delay: float = DEFAULT_MAX_RECONNECT_DELAY
    max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES
    clock: Clock | None = None
    carry: CarryMode = "history"
    carry_max_items: int | None = DEFAULT_CARRY_MAX_ITEMS
    carry_max_chars: int | None = DEFAULT_CARRY_MAX_CHARS


def calls_url(base_url: str) -> str:
    """Where a call's offer goes (``ReconnectingEvent.url`` of a call).

    Example:
        >>> calls_url("https://api.openai.com/v1/")
        'https://api.openai.com/v1/realtime/calls'
    """
    return base_url.rstrip("/") + "/realtime/calls"


def call_policy(
    reconnect: CallReconnect, base_url: str, extra_headers: Mapping[str, str] | None
) -> ReconnectPolicy:
    """The conversation core's reconnect policy for a call, its keywords checked (before
    anything goes on the wire). A call never rolls over at a quiet point: a rollover would
    be a new call; a session the API ends is moved as a drop is.

    Example::

        policy = call_policy(CallReconnect(), "https://api.openai.com/v1", None)
    """
    return policy_at(reconnect, calls_url(base_url), extra_headers)


def policy_at(
    reconnect: CallReconnect, url: str, extra_headers: Mapping[str, str] | None
) -> ReconnectPolicy:
    """:func:`call_policy` for a call whose new peer connection is offered at ``url`` (a
    session kind's own carry is put in with ``dataclasses.replace``).

    Example::

        policy = policy_at(CallReconnect(), "https://api.openai.com/v1/realtime/calls", None)
    """
    # Checked by ReconnectPolicy, under the names the user passed.
    return ReconnectPolicy(
        url=url,
        extra_headers=extra_headers,
        max_retries=reconnect.max_retries,
        on_reconnecting=reconnect.on_reconnecting,
        on_reconnected=reconnect.on_reconnected,
        reconnect_delay=reconnect.reconnect_delay,
        max_reconnect_delay=reconnect.max_reconnect_delay,
        max_queued_bytes=reconnect.max_queued_bytes,
        clock=SYSTEM_CLOCK if reconnect.clock is None else reconnect.clock,
        carry=reconnect.carry,
        carry_max_items=reconnect.carry_max_items,
        carry_max_chars=reconnect.carry_max_chars,
    )


def check_redial(url: str, expected: str) -> None:
    """Refuse an ``on_reconnecting`` answer a call cannot follow: its new offer goes to the
    client's calls endpoint, so only ``extra_headers`` may change, not ``url`` or
    ``extra_query`` (the reconnect then stops with ``ReconnectError``, this as its cause).

    Example:
        >>> check_redial("https://h/v1/realtime/calls", "https://h/v1/realtime/calls")
    """
    if url != expected:
        raise InvalidArgumentError(
            "a WebRTC call reconnects through POST /realtime/calls on the client's base URL: "
            "on_reconnecting may change its extra_headers, not its url or extra_query"
        )
