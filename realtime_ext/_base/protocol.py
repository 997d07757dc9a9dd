"""What a session kind is to the one conversation: :class:`SessionKind`.

The conversation core (receive, decode, dispatch, errors, handlers, extensions, send queue)
is the same for every live API; a session kind (a protocol) is the part that differs,
described once as data: where its socket is, which table decodes its server events and which
one its typed sends are checked against, which events carry the audio, how the session
starts, ends and moves to a new one. A connection class is then the conversation configured
with one of these (``protocol=``), not a wrapper that forwards to it.

:data:`REALTIME` is the Realtime conversation's (``client.connect``, WebRTC calls and their
sidebands), the default; another kind's descriptors are in its own package (translation's in
:mod:`realtime_ext._translation.kind`, GPT-Live's four in :mod:`realtime_ext._live.kind`).

Example:
    >>> REALTIME.url_path(None), REALTIME.start, REALTIME.end
    ('/realtime', None, None)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote

from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.events import RealtimeSends, parse_server_event
from realtime_generated import event_types

Move = Literal["reconnect", "fork", "restart", "none"]
"""How a session moves to a new one when its connection ends early: ``"reconnect"`` (a new
socket on a new server session that is given what the old one had: Realtime's carry),
``"fork"`` (a stored GPT-Live session continued on a new socket), ``"restart"`` (a new
GPT-Live session started with the old one's history as its ``input``), ``"none"``."""


@dataclass(frozen=True, slots=True)
class SessionKind:
    """One live API as the conversation sees it (see the module docstring): what the
    conversation core, its drivers and the WebRTC calls read instead of naming a kind.

    Example:
        >>> REALTIME.name, REALTIME.started, REALTIME.reply_end, REALTIME.ending_reasons
        ('Realtime', 'session.created', 'response.done', frozenset())
    """

    name: str
    """What errors and reprs call it (``"GPT-Live"``, ``"GPT-Live sideband"``...)."""
    path: str
    """The socket's path under the API base URL; ``{session_id}`` is filled in."""
    decode: Callable[[Any], Any]
    """The server events' decoder (its table: unknown types give ``UnknownEvent``)."""
    client_events: Mapping[str, str]
    """The client events this socket takes: the typed sends check against these models."""
    audio_in: str | None
    """The client event that carries input audio (``None``: the socket takes none)."""
    audio_out: str
    """The server event that carries output audio."""
    start: str | None
    """The event the client sends first to start the session (``None``: it is running)."""
    started: str
    """The server event that says the session is live (the connection waits for it)."""
    end: str | None
    """The client event that ends the session gracefully (``None``: closing the socket
    does)."""
    ended: str | None
    """The server event that answers it, after the output still due."""
    move: Move
    """How a session moves to a new one (the policy that acts on it is the reconnect's)."""
    sends: Callable[[Callable[[dict[str, Any]], Any]], Any]
    """The socket's typed send namespaces, made for a send function (``conn.session...``),
    each event checked against :attr:`client_events`."""
    moving_reasons: frozenset[str] = frozenset()
    """:attr:`ended` reasons that move the conversation to a new session, as a drop (a
    GPT-Live session that ``expired`` or lost its connection)."""
    ending_reasons: frozenset[str] = frozenset()
    """:attr:`ended` reasons that end the conversation with ``SessionClosedError`` (the app
    did not ask: GPT-Live's ``content``)."""
    reply_end: str | None = None
    """The server event that ends one of the model's replies (the Realtime API's
    ``response.done``); ``None``: the kind has no turns, its model speaks on a timeline and a
    reply ends at a pause in it (GPT-Live)."""
    words_out: str | None = None
    """The server event that carries the model's words as they are said (a transcript
    fragment; on a timeline kind its ``end_ms`` says where they end)."""
    awaits_started: bool = False
    """The session is usable only once :attr:`started` is in: the open waits for it
    (within ``open_timeout``) before it returns the connection. Otherwise the connection is
    returned as its socket opens and :attr:`started` is its first event."""
    api: str = "realtime"
    """The API the kind belongs to, as telemetry names it (its recorder, its prices):
    ``"realtime"``, ``"translation"`` or ``"live"``, what
    ``Instrumentation.session_extension(kind=...)`` is told."""

    def url_path(self, session_id: str | None) -> str:
        """The socket's path, with ``session_id`` (escaped) where the path takes one."""
        if "{session_id}" not in self.path:
            return self.path
        if not isinstance(session_id, str) or not session_id:
            raise InvalidArgumentError(
                f"session_id must be a non-empty string (a live_... id), got {session_id!r}"
            )
        return self.path.replace("{session_id}", quote(session_id, safe=""))

    def start_event(self, session: Mapping[str, Any]) -> dict[str, Any]:
        """The ``session.start`` this socket begins with, for ``session``, checked against
        the socket's own model (``InvalidEventError`` naming the field): what the entry
        points send, so it is checked once, before anything opens.

        Example:
            >>> from realtime_ext.conversation import LIVE  # GPT-Live's primary socket
            >>> LIVE.start_event({"model": "gpt-live-1"})
            {'type': 'session.start', 'session': {'model': 'gpt-live-1'}}
        """
        if self.start is None:
            raise InvalidArgumentError(f"a {self.name} socket is not started by the client")
        checked: list[dict[str, Any]] = []
        self.sends(checked.append).session.start(session=session)
        return checked[0]

    def update_event(self, session: Mapping[str, Any]) -> dict[str, Any]:
        """The ``session.update`` that configures this socket with ``session``, checked
        against the socket's own model (``InvalidEventError`` naming the field): what an
        entry point sends first, so it is checked once, before anything opens.

        Example:
            >>> from realtime_ext.conversation import TRANSLATION  # a translation session
            >>> TRANSLATION.update_event({"audio": {"output": {"language": "es"}}})["type"]
            'session.update'
        """
        checked: list[dict[str, Any]] = []  # every socket's table has session.update
        self.sends(checked.append).session.update(session=session)
        return checked[0]


ConversationProtocol = SessionKind
""":class:`SessionKind`'s first name (``protocol=`` takes one): the same class."""


REALTIME = SessionKind(
    name="Realtime",
    path="/realtime",
    decode=parse_server_event,
    client_events=event_types.CLIENT_EVENTS,
    audio_in="input_audio_buffer.append",
    audio_out="response.output_audio.delta",
    start=None,  # the server starts the session; the client configures it (session.update)
    started="session.created",
    end=None,
    ended=None,
    move="reconnect",  # a new session given what the old one had (the carry)
    sends=RealtimeSends,
    reply_end="response.done",
    words_out="response.output_audio_transcript.delta",
)
"""The Realtime API's conversation: a WebSocket (``?model=`` or ``?call_id=``), a WebRTC call's
data channel."""
