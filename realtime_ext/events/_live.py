"""A GPT-Live session's events: its decoders and parse functions.

GPT-Live's module of the events package (:mod:`._parse` holds the decoder every kind uses).
Its own tables (``LIVE_SERVER_EVENTS``, ``LIVE_CLIENT_EVENTS``): its ``error`` and
``session.*`` events have other shapes than the Realtime API's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realtime_generated import event_types

from ._parse import Decoder, RawMessage, paired

if TYPE_CHECKING:
    from typing import TypeAlias

    from realtime_generated import event_unions

    from ._unknown import UnknownEvent

    LiveServerEvent: TypeAlias = event_unions.LiveServerEvent | UnknownEvent
    LiveClientEvent: TypeAlias = event_unions.LiveClientEvent | UnknownEvent

__all__ = ["parse_live_client_event", "parse_live_server_event"]

_SERVER: Decoder[LiveServerEvent] = Decoder(event_types.LIVE_SERVER_EVENTS)
_CLIENT: Decoder[LiveClientEvent] = Decoder(event_types.LIVE_CLIENT_EVENTS)


@paired(_SERVER)
def parse_live_server_event(message: RawMessage) -> LiveServerEvent:
    """Decode one server message of a GPT-Live session (a primary, sideband or fork socket).

    Example:
        >>> event = parse_live_server_event({"type": "session.input_audio.muted", "event_id": "e"})
        >>> if event.type == "session.input_audio.muted":
        ...     print(type(event).__name__, event.event_id)
        LiveInputAudioMutedEvent e
    """
    return _SERVER.decode(message)


@paired(_CLIENT)
def parse_live_client_event(message: RawMessage) -> LiveClientEvent:
    """Decode one client event of a GPT-Live primary socket (for servers, proxies and logs).

    Example:
        >>> parse_live_client_event({"type": "session.close"}).to_dict()
        {'type': 'session.close'}
    """
    return _CLIENT.decode(message)
