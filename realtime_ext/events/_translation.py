"""A translation session's events: its decoders and parse functions.

Translation's module of the events package (:mod:`._parse` holds the decoder every kind
uses): its server and client events decode through the generated tables
(``TRANSLATION_SERVER_EVENTS``, ``TRANSLATION_CLIENT_EVENTS``) as the Realtime API's do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realtime_generated import event_types

from ._parse import Decoder, RawMessage, paired

if TYPE_CHECKING:
    from typing import TypeAlias

    from realtime_generated import event_unions

    from ._unknown import UnknownEvent

    TranslationServerEvent: TypeAlias = event_unions.TranslationServerEvent | UnknownEvent
    TranslationClientEvent: TypeAlias = event_unions.TranslationClientEvent | UnknownEvent

__all__ = ["parse_translation_client_event", "parse_translation_server_event"]

_SERVER: Decoder[TranslationServerEvent] = Decoder(event_types.TRANSLATION_SERVER_EVENTS)
_CLIENT: Decoder[TranslationClientEvent] = Decoder(event_types.TRANSLATION_CLIENT_EVENTS)


@paired(_SERVER)
def parse_translation_server_event(message: RawMessage) -> TranslationServerEvent:
    """Decode one server message of a translation session (``session.output_audio.delta``...).

    Example:
        >>> parse_translation_server_event({"type": "session.closed", "event_id": "e1"}).type_
        <RealtimeTranslationServerEventSessionClosedType.SESSION_CLOSED: 'session.closed'>
    """
    return _SERVER.decode(message)


@paired(_CLIENT)
def parse_translation_client_event(message: RawMessage) -> TranslationClientEvent:
    """Decode one client event of a translation session.

    Example:
        >>> parse_translation_client_event({"type": "session.close"}).to_dict()
        {'type': 'session.close'}
    """
    return _CLIENT.decode(message)
