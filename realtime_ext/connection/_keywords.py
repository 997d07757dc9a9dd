"""The keywords every WebSocket entry point takes, checked in one place.

``connect``/``aconnect`` and ``connect_translation``/``aconnect_translation`` each spell
out their signature (it is their documentation) and hand their arguments, as
``**locals()``, to one checking function: :func:`socket_plan` here for what they all share
(URL, headers, limits, WebSocket options, reconnect), plus the few keywords of their own.
Everything is checked before any socket opens.
"""

from __future__ import annotations

from typing import Any

from realtime_ext.conversation._reconnect import Reconnector

from ._options import Prepared, prepare, websocket_options
from ._reconnect_args import reconnector

WEBSOCKET_KEYWORDS = (
    "close_timeout",
    "ping_interval",
    "ping_timeout",
    "compression",
    "ssl",
    "proxy",
)
"""The entry points' keywords passed on to ``websockets`` (checked by :func:`websocket_options`)."""

RECONNECT_KEYWORDS = (
    "max_retries",
    "on_reconnecting",
    "on_reconnected",
    "reconnect_delay",
    "max_reconnect_delay",
    "max_queued_bytes",
    "clock",
    "carry",
    "carry_max_items",
    "carry_max_chars",
    "max_session_duration",
)
"""The entry points' reconnect keywords (checked by :func:`~._reconnect_args.reconnector`)."""


def _take(keywords: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    # An entry point without a keyword (translation sessions carry no history) takes the
    # checking function's default.
    return {name: keywords.pop(name) for name in names if name in keywords}


def socket_plan(*, endpoint: str = "/realtime", **keywords: Any) -> tuple[Prepared, Reconnector]:
    """The socket (URL, headers, limits, ``websockets`` options) and the reconnect policy
    the entry points' keywords describe, checked: the WebSocket options first, then the
    URL and limits (:func:`~._options.prepare` takes the rest), then reconnect.

    The entry points' explicit signatures are what callers and type checkers read; here the
    keywords are only sorted to the function that checks each group, so none is listed twice.
    """
    options = websocket_options(**_take(keywords, WEBSOCKET_KEYWORDS))
    retry = _take(keywords, RECONNECT_KEYWORDS)
    prepared = prepare(**keywords, options=options, endpoint=endpoint)
    return prepared, reconnector(prepared, **retry)
