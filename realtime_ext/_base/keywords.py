"""The options every WebSocket entry point takes, stated once (PEP 692).

``connect``/``aconnect``, ``connect_translation``/``aconnect_translation`` and the clients'
``connect`` methods name only their own few arguments (``model``, ``api_key``,
``call_id``, ``session``...) and take the rest as ``**options: Unpack[ConnectOptions]``
(or :class:`ConversationOptions`, which adds history carry and extensions): type checkers read
the keys, a typo is a type error, and :func:`checked_options` refuses it at the call too,
naming it (and the key it was probably meant to be), before any socket opens. Each key's
default is in :data:`CONNECT_DEFAULTS`, the one table the checks read; :func:`socket_plan`
sorts the options to the functions that check each group.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from ssl import SSLContext
from typing import Any, Final, Literal, TypedDict

from realtime_ext._clock import Clock
from realtime_ext._exceptions import InvalidArgumentError

from .carry import CarryMode
from .extensions import Extension
from .policy import ReconnectPolicy
from .reconnect import (
    DEFAULT_CARRY_MAX_CHARS,
    DEFAULT_CARRY_MAX_ITEMS,
    DEFAULT_MAX_QUEUED_BYTES,
    DEFAULT_MAX_RECONNECT_DELAY,
    DEFAULT_MAX_SESSION_DURATION,
    DEFAULT_RECONNECT_DELAY,
    OnReconnected,
    OnReconnecting,
)
from .reconnect_args import reconnect_policy
from .socket_options import Prepared, prepare, websocket_options

__all__ = ["CONNECT_DEFAULTS", "ConnectOptions", "ConversationOptions", "checked_options"]


class ConnectOptions(TypedDict, total=False):
    """The options of every WebSocket entry point (``client.connect``,
    ``client.translations.connect``, ``connect``, ``connect_translation`` and their asyncio
    twins): limits, reconnect and the ``websockets`` options. Each is optional; its default
    is in :data:`CONNECT_DEFAULTS`. A key not listed here is refused at the call
    (``InvalidArgumentError`` naming it) and by type checkers.

    Example::

        options: ConnectOptions = {"max_retries": 0, "ping_interval": None}
        with client.connect(model="gpt-realtime", **options) as conn:
            ...
    """

    max_size: int | None
    """Largest message accepted in either direction, in bytes (default ``16 * 2**20``,
    16 MiB; the API caps audio appends at 15 MiB): an outgoing one raises
    ``MessageTooLargeError`` before sending, an incoming one closes the connection with
    1009. ``None``: no limit."""
    max_queue: int | None
    """Incoming messages buffered (default ``16``); when full the reader stops reading the
    socket, so TCP flow control slows the server down instead of memory growing."""
    open_timeout: float | None
    """Seconds the opening handshake may take (default ``10.0``)."""
    extra_query: Mapping[str, str] | None
    """More query parameters for the URL (default ``None``)."""
    max_retries: int
    """Reconnect attempts after a recoverable drop (default ``5``, openai's; ``0`` turns
    reconnect off), with exponential backoff and 75-100 % jitter."""
    on_reconnecting: OnReconnecting | None
    """Called before each attempt with a ``ReconnectingEvent`` (default ``None``); may
    return ``{"url": ..., "extra_query": ..., "extra_headers": ...}`` or
    ``{"abort": True}``; ``async def`` on asyncio too."""
    on_reconnected: OnReconnected | None
    """Called with a ``ReconnectedEvent`` once reconnected, told what was carried
    (default ``None``)."""
    reconnect_delay: float
    """The first backoff, in seconds, doubling each attempt (default ``0.5``)."""
    max_reconnect_delay: float
    """The longest backoff, in seconds (default ``8.0``)."""
    max_queued_bytes: int
    """Sends queued while reconnecting, at most this many bytes (default ``1_048_576``;
    beyond, ``SendQueueFullError``)."""
    clock: Clock | None
    """What reconnect backoff waits on (default
    ``None``: the system clock, or the client's; tests pass
    ``realtime_ext.testing.ManualClock``)."""
    close_timeout: float | None
    """Seconds to wait for the closing handshake (default ``10.0``)."""
    ping_interval: float | None
    """Keepalive: a ping every this many seconds (default ``5.0``); a frozen server is
    caught within ``ping_interval + ping_timeout + close_timeout`` (20 s by default) and
    the connection ends with 1011, reconnected like a drop. ``None`` turns it off."""
    ping_timeout: float | None
    """Seconds a ping's answer may take (default ``5.0``)."""
    compression: Literal["deflate"] | None
    """permessage-deflate (default ``"deflate"``); ``None`` turns it off."""
    ssl: SSLContext | None
    """A custom ``SSLContext`` for wss:// (default ``None``: the system's)."""
    proxy: str | Literal[True] | None
    """A proxy URL; ``True``: from the environment (default ``True``); ``None``: never."""


class ConversationOptions(ConnectOptions, total=False):
    """:class:`ConnectOptions` plus what a conversation's connection adds (``connect``,
    ``aconnect``, ``client.connect``): what a reconnect or rollover carries to the new
    session, and the extensions attached as it opens. Defaults in
    :data:`CONNECT_DEFAULTS`.

    Example::

        options: ConversationOptions = {"carry": "session", "max_session_duration": None}
        with connect(api_key="sk-...", model="gpt-realtime", **options) as conn:
            ...
    """

    carry: CarryMode
    """What a new session is given after a reconnect (default ``"history"``: the session
    and the conversation's items; ``"session"``: the configuration only; or a function of
    the history's items choosing them)."""
    carry_max_items: int | None
    """The last items carried at most (default ``100``)."""
    carry_max_chars: int | None
    """Characters carried at most (default ``32_000``; audio as its transcript)."""
    max_session_duration: float | None
    """Seconds before the conversation moves to a new session at a quiet point (default
    ``3300.0``, under the API's 60-minute cap; ``None``: never). A sideband connection
    (``call_id=``) never rolls over."""
    extensions: Sequence[Extension]
    """:class:`~realtime_ext.Extension` objects attached as the connection opens, in order
    (default ``()``): ``realtime_ext.voice.Voice()`` (barge-in and history; the first that
    overrides ``carried`` gives a new session its conversation), an app's own. Each is
    checked before the socket opens."""


CONNECT_DEFAULTS: Final[ConversationOptions] = {
    "max_size": 16 * 2**20,
    "max_queue": 16,
    "open_timeout": 10.0,
    "extra_query": None,
    "max_retries": 5,
    "on_reconnecting": None,
    "on_reconnected": None,
    "reconnect_delay": DEFAULT_RECONNECT_DELAY,
    "max_reconnect_delay": DEFAULT_MAX_RECONNECT_DELAY,
    "max_queued_bytes": DEFAULT_MAX_QUEUED_BYTES,
    "clock": None,
    "close_timeout": 10.0,
    "ping_interval": 5.0,
    "ping_timeout": 5.0,
    "compression": "deflate",
    "ssl": None,
    "proxy": True,
    "carry": "history",
    "carry_max_items": DEFAULT_CARRY_MAX_ITEMS,
    "carry_max_chars": DEFAULT_CARRY_MAX_CHARS,
    "max_session_duration": DEFAULT_MAX_SESSION_DURATION,
    "extensions": (),
}
"""Every option's default, the one table the entry points' checks read (the carry and queue
limits are the conversation core's own). Read it, do not
change it: a change would reach every connection the process opens afterwards."""

_DEFAULTS: Mapping[str, Any] = CONNECT_DEFAULTS  # read by name, the keys as strings


def _names(checker: Callable[..., object], *but: str) -> tuple[str, ...]:
    # Each group of options goes to the function that checks it, named by its signature:
    # no second list of the names to keep in step.
    return tuple(name for name in inspect.signature(checker).parameters if name not in but)


WEBSOCKET_KEYWORDS = _names(websocket_options)
"""The options passed on to ``websockets`` (checked by
:func:`~.socket_options.websocket_options`)."""
RECONNECT_KEYWORDS = _names(reconnect_policy, "prepared")
"""The reconnect options (checked by :func:`~.reconnect_args.reconnect_policy`)."""


def checked_options(given: Mapping[str, Any], allowed: type) -> dict[str, Any]:
    """``given`` (an entry point's ``**options``) with every key of ``allowed`` not given at
    its default; a key ``allowed`` does not have raises ``InvalidArgumentError`` naming it
    and the closest known key, as a mistyped keyword argument would, but the SDK's error.

    Example:
        >>> checked_options({"max_retries": 0}, ConnectOptions)["max_retries"]
        0
    """
    known: frozenset[str] = vars(allowed)["__optional_keys__"]  # total=False: every key
    for name in given:
        if name not in known:
            raise InvalidArgumentError(_unknown(name, known))
    return {name: given[name] if name in given else _DEFAULTS[name] for name in known}


def _unknown(name: str, known: frozenset[str]) -> str:
    import difflib  # only on this error path: not on a connection's way

    close = difflib.get_close_matches(name, sorted(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown option {name!r}{hint}"


def socket_plan(
    *, endpoint: str = "/realtime", **keywords: Any
) -> tuple[Prepared, ReconnectPolicy]:
    """The socket (URL, headers, limits, ``websockets`` options) and the reconnect policy
    an entry point's arguments and :func:`checked_options` describe, checked: the
    WebSocket options first, then the URL and limits (:func:`~.socket_options.prepare` takes the
    rest), then reconnect (an option the entry point does not take, as translation
    sessions carry no history, at its :data:`CONNECT_DEFAULTS` value)."""
    options = websocket_options(**{name: keywords.pop(name) for name in WEBSOCKET_KEYWORDS})
    retry = {name: keywords.pop(name, _DEFAULTS[name]) for name in RECONNECT_KEYWORDS}
    prepared = prepare(**keywords, options=options, endpoint=endpoint)
    return prepared, reconnect_policy(prepared, **retry)
