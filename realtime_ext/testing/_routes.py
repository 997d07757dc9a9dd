"""How a WebSocket path plugs into the fake server (``FakeRealtimeServer.socket_routes``).

A route is called with the handshake's query and headers *before* the upgrade is
accepted (raise :class:`~realtime_ext.testing._http.HttpError` to refuse it with that
status) and returns an opener; once the upgrade is accepted the opener gets the
connection's ``send``/``close`` and returns the :class:`OpenedSocket` that handles its
messages. ``/v1/realtime`` is one such route; other endpoints (e.g. translations) add
theirs to ``socket_routes`` under their own path, without touching the server. Every
channel answers a client message the same way (:func:`answer_client_message`), WebSocket
or WebRTC data channel.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, Unpack

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import get_logger

from ._events import JSON, ErrorFields
from ._log import BoundedLog

logger = get_logger("realtime_ext.testing")

Send = Callable[[JSON], None]
Close = Callable[[int | None, str], None]
"""Ends a channel: a WebSocket close code, ``None`` to cut the connection without a close
frame (the client sees 1006), or :data:`FREEZE` to stop answering without closing."""
FREEZE = 0
"""The ``Close`` code that freezes a channel: nothing is sent or answered any more (not even
WebSocket pings) and it stays open, as a stopped or stuck peer does. 0 is no WebSocket close
code, so it cannot be mistaken for one."""
Query = dict[str, list[str]]


def check_close_code(code: int) -> None:
    """A close code the fake's API (scripts, faults, ``close_connections``) may send."""
    if not (1000 <= code <= 4999):
        raise InvalidArgumentError(f"WebSocket close code must be in 1000..4999, got {code}")


class MessageHandler(Protocol):
    """What answers one socket's client messages (e.g. a :class:`FakeConversation`)."""

    def parse(self, raw: str | bytes) -> JSON | None:
        """Parse one text message; answer it with an ``error`` and return ``None`` if bad."""
        ...

    def dispatch(self, payload: JSON) -> None:
        """Handle one parsed client event."""
        ...

    def error_event(self, message: str, **fields: Unpack[ErrorFields]) -> JSON:
        """An ``error`` event in the shape of this socket's API (``event_id``: the client
        event that caused it)."""
        ...


def answer_client_message(
    handler: MessageHandler, raw: str | bytes, events: BoundedLog[JSON], reply: Send
) -> None:
    """Answer one client message, on a WebSocket or a call's data channel alike: parse it,
    log it in ``events`` (before answering, so a client that saw the answer sees the
    record), then dispatch it. A failure of the fake itself is logged and answered through
    ``reply`` with a ``server_error``, as the API answers its own failures.

    Example::

        answer_client_message(conversation, '{"type": "response.create"}', log, ws.send_json)
    """
    payload = handler.parse(raw)
    if payload is None:
        return
    events.add(payload, len(raw))
    try:
        handler.dispatch(payload)
    except Exception:
        logger.exception("fake Realtime server: failed to handle %s", payload["type"])
        reply(
            handler.error_event(
                "The fake server failed to handle this event.",
                type="server_error",
                event_id=payload.get("event_id"),
            )
        )


@dataclass
class OpenedSocket:
    """An accepted socket's handler, what to send first, and what to undo at the end."""

    handler: MessageHandler
    start: Callable[[], None] | None = None
    detach: Callable[[], None] | None = None
    expires: bool = True
    """Whether the server ends the socket at ``max_session_seconds`` (the Realtime API's
    limit); ``False`` for a handler that ends its session at its own limit (GPT-Live's)."""


Opener = Callable[[Send, Close], OpenedSocket]
SocketRoute = Callable[[Query, Mapping[str, str]], Opener]
