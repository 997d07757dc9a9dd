# generated from realtime_ext/translation/_client_async.py by scripts/gen_sync.py; do not edit
"""``Translations``: ``client.translations``, the translation REST endpoints and
``connect``.

``client.translations`` holds the REST endpoints (``client_secrets``, ``calls``:
:mod:`realtime_ext._resources.translations_sync`) and ``connect`` (a session over WebSocket,
:func:`~realtime_ext.translation.connect_translation` with the client's key, URLs, headers,
clock and telemetry). The WebRTC translation call, ``client.webrtc.connect_translation``, is
:class:`~realtime_ext.translation.TranslationWebRTC`'s (``_webrtc_sync``, ``_webrtc_sync``).
Only the REST part is imported with ``client.translations``: the session machinery
(WebSocket, conversation core, event decoders) loads on the first ``connect``, so a
server that only mints translation client secrets does not pay for it.
``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one).

Example::

    with RealtimeClient() as client:
        secret = client.translations.client_secrets.create(session=translation_session())
        with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from realtime_ext._client import SocketSettings, socket_keywords
from realtime_ext._clock import Clock
from realtime_ext._resources.translations_sync import (
    TranslationCalls,
    TranslationClientSecrets,
)
from realtime_ext.session._translation import DEFAULT_TRANSLATION_MODEL

if TYPE_CHECKING:
    from realtime_ext._transport import SyncHTTPTransport
    from realtime_ext.connection import ConnectOptions

    from ._session_sync import TranslationConnection

__all__ = ["Translations"]


class Translations:
    """Namespace of the translation endpoints (``client.translations``).

    Example::

        client.translations.client_secrets.create(session=translation_session())
        with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
    """

    def __init__(
        self,
        transport: SyncHTTPTransport,
        settings: SocketSettings | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.client_secrets: TranslationClientSecrets = TranslationClientSecrets(transport)
        self.calls: TranslationCalls = TranslationCalls(transport)
        self._settings = settings
        self._clock = clock

    def connect(
        self,
        *,
        model: str = DEFAULT_TRANSLATION_MODEL,
        session: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[ConnectOptions],
    ) -> TranslationConnection:
        """Open a translation connection over WebSocket with this client's key (an API key,
        or a translation client secret's ``ek_`` given as the client's ``api_key``).

        ``session`` is sent as ``session.update`` on open (validated first). The options
        are those of :func:`realtime_ext.translation.connect_translation`
        (:class:`~realtime_ext.connection.ConnectOptions`: limits, reconnect, WebSocket
        options), as on ``client.connect``; ``extra_headers`` are added to the client's
        and ``clock`` defaults to the client's.

        Example::

            with client.translations.connect(
                model="gpt-realtime-translate",
                session={"audio": {"output": {"language": "es"}}},
            ) as conn:
                conn.session.input_audio_buffer.append(audio=pcm)
        """
        keywords = socket_keywords(self._settings, self._clock, extra_headers, options)
        from ._connect import connect_translation  # the session machinery loads on first use

        return connect_translation(model=model, session=session, **keywords)
