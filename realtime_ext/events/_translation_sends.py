"""A translation session's typed sends (``conn.session.update(...)``,
``conn.session.input_audio_buffer.append(audio=pcm)``, ``conn.session.close()``).

Translation's module of the sends (:mod:`._sends` holds the emitter every kind's sends hand
their events to): the generated namespace, checked against the translation client events.

Example:
    >>> sent = []
    >>> TranslationSends(sent.append).session.close(event_id="bye")
    >>> sent
    [{'type': 'session.close', 'event_id': 'bye'}]
"""

from __future__ import annotations

from realtime_generated import event_types, sends
from realtime_generated.sends import TranslationSessionSends as TranslationSessionSends

from ._sends import Emitter, R, Send

__all__ = ["TranslationSends", "TranslationSessionSends"]


class TranslationSends(sends.TranslationSends[R]):
    """Every translation client event as a typed method (``conn.session.*``)."""

    __slots__ = ()

    def __init__(self, send: Send[R]) -> None:
        super().__init__(Emitter(send, event_types.TRANSLATION_CLIENT_EVENTS))
