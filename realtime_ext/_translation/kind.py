"""The translation session's kind: :data:`TRANSLATION`, the
:class:`~realtime_ext.conversation.SessionKind` its connection class is configured by.

Example:
    >>> TRANSLATION.url_path(None), TRANSLATION.start, TRANSLATION.end
    ('/realtime/translations', None, 'session.close')
    >>> TRANSLATION.name, TRANSLATION.ended, TRANSLATION.api
    ('translation', 'session.closed', 'translation')
"""

from __future__ import annotations

from realtime_ext._base.protocol import SessionKind
from realtime_ext.events import TranslationSends, parse_translation_server_event
from realtime_generated import event_types

__all__ = ["TRANSLATION"]

TRANSLATION = SessionKind(
    name="translation",
    path="/realtime/translations",
    decode=parse_translation_server_event,
    client_events=event_types.TRANSLATION_CLIENT_EVENTS,
    audio_in="session.input_audio_buffer.append",
    audio_out="session.output_audio.delta",
    start=None,
    started="session.created",
    end="session.close",
    ended="session.closed",
    move="reconnect",  # a new session with the same configuration, nothing else carried
    sends=TranslationSends,
    words_out="session.output_transcript.delta",
    api="translation",
)
"""A translation session (``client.translations.connect``, or over WebRTC
``AsyncWebRTC(client).connect_translation``)."""
