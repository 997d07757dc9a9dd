"""How a WebRTC call reconnects: ``AsyncWebRTC(client).connect``'s and ``connect_live``'s
reconnect keywords (:class:`CallReconnect`) as the conversation core's policy
(:func:`call_policy`, :func:`live_call_policy`), and what a call's reconnect cannot change
(:func:`check_redial`, :func:`forked_session`).

A call whose peer connection fails is moved to a new one by the conversation core, as a
WebSocket connection is moved to a new socket: the same attempts, backoff, hooks, carry and
errors. Its "reopen" is a new call (offer, ``POST /realtime/calls``, answer) on a new peer
connection, its audio moved over (``_peer_async.redial``). A GPT-Live call's is a new
session: a stored one forked (``POST /live/sessions/{id}/fork``), an unstored one created
again with its history as ``input`` (``POST /live/sessions``), as the Live carry decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from realtime_ext import InvalidArgumentError
from realtime_ext.conversation import (
    DEFAULT_CARRY_MAX_CHARS,
    DEFAULT_CARRY_MAX_ITEMS,
    DEFAULT_MAX_QUEUED_BYTES,
    DEFAULT_MAX_RECONNECT_DELAY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RECONNECT_DELAY,
    CarryMode,
    LiveCarry,
    LiveCarryMode,
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
    "forked_session",
    "live_call_policy",
    "live_sessions_url",
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


def live_sessions_url(base_url: str) -> str:
    """Where a GPT-Live call's offer goes (``ReconnectingEvent.url`` of a Live call); a
    stored session's fork is under it.

    Example:
        >>> live_sessions_url("https://api.openai.com/v1/")
        'https://api.openai.com/v1/live/sessions'
    """
    return base_url.rstrip("/") + "/live/sessions"


def call_policy(
    reconnect: CallReconnect, base_url: str, extra_headers: Mapping[str, str] | None
) -> ReconnectPolicy:
    """The conversation core's reconnect policy for a call, its keywords checked (before
    anything goes on the wire). A call never rolls over at a quiet point: a rollover would
    be a new call; a session the API ends is moved as a drop is.

    Example::

        policy = call_policy(CallReconnect(), "https://api.openai.com/v1", None)
    """
    return _policy(reconnect, calls_url(base_url), extra_headers, reconnect.carry)


def _policy(
    reconnect: CallReconnect,
    url: str,
    extra_headers: Mapping[str, str] | None,
    carry: CarryMode | LiveCarry,
) -> ReconnectPolicy:
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
        carry=carry,
        carry_max_items=reconnect.carry_max_items,
        carry_max_chars=reconnect.carry_max_chars,
    )


def live_call_policy(
    reconnect: CallReconnect,
    carry: LiveCarryMode,
    base_url: str,
    extra_headers: Mapping[str, str] | None,
) -> ReconnectPolicy:
    """:func:`call_policy` for a GPT-Live call: its carry is GPT-Live's (a stored session
    forked, an unstored one started again with its history as ``input``, ``carry`` choosing
    what; checked here, before the wire).

    Example::

        policy = live_call_policy(CallReconnect(), "history", "https://api.openai.com/v1", None)
    """
    url = live_sessions_url(base_url)
    return _policy(reconnect, url, extra_headers, LiveCarry(carry, sessions_url=url))


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


FORK = "/fork"


def forked_session(url: str, sessions_url: str) -> str | None:
    """The stored session a GPT-Live call's next session forks (``url``:
    ``.../live/sessions/{id}/fork``, as the Live carry targets it), or ``None`` for a new
    session (``url``: ``sessions_url``). Any other URL (an ``on_reconnecting`` override) is
    refused: a call's new session is posted to the client's own Live endpoint, only its
    ``extra_headers`` may change.

    Example:
        >>> forked_session("https://h/v1/live/sessions/live_1/fork", "https://h/v1/live/sessions")
        'live_1'
        >>> forked_session("https://h/v1/live/sessions", "https://h/v1/live/sessions") is None
        True
    """
    if url == sessions_url:
        return None
    head, sep, session_id = url.removesuffix(FORK).rpartition("/")
    if url.endswith(FORK) and sep and head == sessions_url and session_id:
        return unquote(session_id)
    raise InvalidArgumentError(
        "a GPT-Live WebRTC call reconnects through POST /live/sessions on the client's base "
        "URL: on_reconnecting may change its extra_headers, not its url or extra_query"
    )
