# generated from realtime_ext/translation/_client_async.py by scripts/gen_sync.py; do not edit
"""``Translations``: ``client.translations``, the translation REST endpoints and
``connect`` (see :mod:`._client`).

``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one).

Example::

    with RealtimeClient() as client:
        secret = client.translations.client_secrets.create(session=translation_session())
        with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
"""

from __future__ import annotations

from collections.abc import Mapping
from ssl import SSLContext
from typing import TYPE_CHECKING, Any, Literal

from realtime_ext._clock import Clock
from realtime_ext._resources.translations_sync import (
    TranslationCalls,
    TranslationClientSecrets,
)
from realtime_ext.session._translation import DEFAULT_TRANSLATION_MODEL

from ._client import SocketSettings, socket_keywords

if TYPE_CHECKING:
    from realtime_ext._transport import SyncHTTPTransport
    from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting

    from ._session_sync import TranslationSession

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
        extra_query: Mapping[str, str] | None = None,
        max_size: int | None = 16 * 2**20,
        max_queue: int | None = 16,
        open_timeout: float | None = 10.0,
        max_retries: int = 5,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        reconnect_delay: float = 0.5,
        max_reconnect_delay: float = 8.0,
        max_queued_bytes: int = 1_048_576,
        clock: Clock | None = None,
        close_timeout: float | None = 10.0,
        ping_interval: float | None = 5.0,
        ping_timeout: float | None = 5.0,
        compression: Literal["deflate"] | None = "deflate",
        ssl: SSLContext | None = None,
        proxy: str | Literal[True] | None = True,
    ) -> TranslationSession:
        """Open a translation session over WebSocket with this client's key (an API key,
        or a translation client secret's ``ek_`` given as the client's ``api_key``).

        ``session`` is sent as ``session.update`` on open (validated first). The other
        keywords are those of :func:`realtime_ext.translation.connect_translation` (limits,
        reconnect, WebSocket options), as on ``client.connect``; ``extra_headers`` are added to the
        client's and ``clock`` defaults to the client's.

        Example::

            with client.translations.connect(
                model="gpt-realtime-translate",
                session={"audio": {"output": {"language": "es"}}},
            ) as conn:
                conn.session.input_audio_buffer.append(audio=pcm)
        """
        keywords = socket_keywords(self._settings, self._clock, locals())  # before the import
        from ._connect import connect_translation  # the session machinery loads on first use

        return connect_translation(**keywords)
