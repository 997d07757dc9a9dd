"""How a WebSocket path plugs into the fake server (``FakeRealtimeServer.socket_routes``).

A route is called with the handshake's query and headers *before* the upgrade is
accepted (raise :class:`~realtime_ext.testing._http.HttpError` to refuse it with that
status) and returns an opener; once the upgrade is accepted the opener gets the
connection's ``send``/``close`` and returns the :class:`OpenedSocket` that handles its
messages. ``/v1/realtime`` is one such route; other endpoints (e.g. translations) add
theirs to ``socket_routes`` under their own path, without touching the server.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from ._events import JSON

Send = Callable[[JSON], None]
Close = Callable[[int | None, str], None]
Query = dict[str, list[str]]


class MessageHandler(Protocol):
    """What answers one socket's client messages (e.g. a :class:`FakeConversation`)."""

    def parse(self, raw: str | bytes) -> JSON | None:
        """Parse one text message; answer it with an ``error`` and return ``None`` if bad."""
        ...

    def dispatch(self, payload: JSON) -> None:
        """Handle one parsed client event."""
        ...


@dataclass
class OpenedSocket:
    """An accepted socket's handler, what to send first, and what to undo at the end."""

    handler: MessageHandler
    start: Callable[[], None] | None = None
    detach: Callable[[], None] | None = None


Opener = Callable[[Send, Close], OpenedSocket]
SocketRoute = Callable[[Query, Mapping[str, str]], Opener]
