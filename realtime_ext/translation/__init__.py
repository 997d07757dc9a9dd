"""Realtime translation sessions: speech in, translated speech and transcripts out.

A translation session (``wss://api.openai.com/v1/realtime/translations?model=
gpt-realtime-translate``) interprets continuously instead of answering: append 24 kHz
PCM16 mono audio (``session.input_audio_buffer.append``, 200 ms engine frames, silence
included), receive ``session.output_audio.delta`` (translated speech),
``session.output_transcript.delta`` (its text) and, with input transcription on,
``session.input_transcript.delta``; ``session.close`` flushes, then ``session.closed``.

Open one with ``client.translations.connect(...)`` (:class:`~realtime_ext.RealtimeClient`
or :class:`~realtime_ext.AsyncRealtimeClient`) or :func:`connect_translation` /
:func:`aconnect_translation` here (the client-free entry points, as
:func:`realtime_ext.connection.connect` is for conversations), or as a WebRTC call with
``client.webrtc.connect_translation(...)``. Every
translation entry point lives in this package (privately): ``client.translations`` (the
REST endpoints of ``realtime_ext._resources.translations_async`` plus ``connect``) and the
client's ``client.webrtc`` (the calls of :mod:`realtime_ext.webrtc` plus
``connect_translation``) are its classes; the REST resources and the WebRTC package know
nothing of translation sessions. Sessions run on the conversation
core of :mod:`realtime_ext.conversation` (errors, handlers, extensions and reconnect
behave as on a conversation). The names below load on first use, so a server that only
mints translation client secrets (``client.translations.client_secrets``) does not load
the session machinery.

Example::

    from realtime_ext import RealtimeClient

    with RealtimeClient() as client, client.translations.connect(
        model="gpt-realtime-translate",
        session={"audio": {"output": {"language": "es"}}},
    ) as conn:
        conn.session.input_audio_buffer.append(audio=pcm)
        for event in conn.close():
            if event.type == "session.output_transcript.delta":
                print(event.delta, end="")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from realtime_ext._deprecated import warn_deprecated

if TYPE_CHECKING:
    from ._audio import frames as frames
    from ._connect import aconnect_translation as aconnect_translation
    from ._connect import connect_translation as connect_translation
    from ._session_async import AsyncTranslationConnection as AsyncTranslationConnection

    # Deprecated aliases (below): type checkers see the class each one gives.
    from ._session_async import AsyncTranslationConnection as AsyncTranslationSession  # noqa: F401  # pyright: ignore[reportUnusedImport]
    from ._session_sync import TranslationConnection as TranslationConnection
    from ._session_sync import TranslationConnection as TranslationSession  # noqa: F401  # pyright: ignore[reportUnusedImport]

# Name -> the module that defines it (relative to this package, or absolute).
_LAZY: dict[str, str] = {
    "frames": "._audio",
    "aconnect_translation": "._connect",
    "connect_translation": "._connect",
    "AsyncTranslationConnection": "._session_async",
    "TranslationConnection": "._session_sync",
}

__all__ = [
    "AsyncTranslationConnection",
    "TranslationConnection",
    "aconnect_translation",
    "connect_translation",
    "frames",
]


# Deprecated for one release (issue 57): "session" names the configuration a connection
# carries (``session={...}``, ``RealtimeTranslationSession``), not the connection.
_RENAMED: dict[str, str] = {
    "AsyncTranslationSession": "AsyncTranslationConnection",
    "TranslationSession": "TranslationConnection",
}


def __getattr__(name: str) -> Any:
    if name in _RENAMED:
        warn_deprecated(f"{__name__}.{name}", f"use {__name__}.{_RENAMED[name]}")
        return __getattr__(_RENAMED[name])
    try:
        module_name = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
