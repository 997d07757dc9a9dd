"""GPT-Live's typed sends: every client event of its three sockets as a method.

GPT-Live's module of the sends (:mod:`._sends` holds the emitter every kind's sends hand
their events to). What differs from the Realtime API's is given to that emitter as data:
the required nullable fields (:data:`NULL_KEPT`) and the audio append whose ``audio`` the
spec types as a plain string (:data:`TEXT_AUDIO`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from realtime_generated import event_types, sends
from realtime_generated.sends import LiveConnectTransportSends as LiveConnectTransportSends
from realtime_generated.sends import LiveDecisionSends as LiveDecisionSends
from realtime_generated.sends import LiveResponseSends as LiveResponseSends
from realtime_generated.sends import LiveSessionSends as LiveSessionSends

from ._sends import Emitter, R, Send

__all__ = [
    "LiveConnectTransportSends",
    "LiveDecisionSends",
    "LiveResponseSends",
    "LiveSends",
    "LiveSessionSends",
]

TEXT_AUDIO: Final = frozenset({"session.input_audio.append"})
"""GPT-Live's audio append, whose ``audio`` the spec types as a plain string: base64 audio,
checked as such before the wire."""

NULL_KEPT: Final[Mapping[str, str]] = {
    "session.commentary.append": "delegation_id",
    "session.instructions.append": "delegation_id",
    "session.thinking.append": "delegation_id",
}
"""GPT-Live's fields that are required but nullable (openai 3.57: ``Required[Optional[str]]``):
sent as ``null`` when not given, as the API and openai's client expect them."""


class LiveSends(sends.LiveSends[R]):
    """Every GPT-Live client event as a typed method (``conn.session.commentary.append(...)``,
    ``conn.response.create()``, ``conn.decision.create(...)``, ``conn.transport.dtmf.send(...)``),
    checked against the models of ``client_events``: the socket's own table
    (``LIVE_CLIENT_EVENTS`` for the primary socket, ``LIVE_CONNECT_CLIENT_EVENTS`` for a
    sideband, ``LIVE_FORK_CLIENT_EVENTS`` for a fork), so an event that socket does not take
    (``session.input_audio.append`` on a sideband) is refused before the wire.

    Example:
        >>> sent = []
        >>> LiveSends(sent.append).session.commentary.append(content="On Friday.")
        >>> sent
        [{'type': 'session.commentary.append', 'content': 'On Friday.', 'delegation_id': None}]
    """

    __slots__ = ("transport",)

    def __init__(
        self, send: Send[R], client_events: Mapping[str, str] = event_types.LIVE_CLIENT_EVENTS
    ) -> None:
        emitter = Emitter(send, client_events, null_kept=NULL_KEPT, text_audio=TEXT_AUDIO)
        super().__init__(emitter)
        # A sideband's only own event (SIP calls): refused by the other sockets' tables.
        self.transport: LiveConnectTransportSends[R] = LiveConnectTransportSends(emitter)
