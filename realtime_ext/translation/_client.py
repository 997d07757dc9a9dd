"""``client.translations``: the translation REST endpoints and ``connect``.

``client.translations`` holds the REST endpoints (``client_secrets``, ``calls``:
:mod:`realtime_ext._resources.translations`) and ``connect`` (a session over WebSocket,
:func:`~realtime_ext.translation.connect_translation` with the client's key, URLs, headers,
clock and telemetry). The WebRTC translation call, ``client.webrtc.connect_translation``, is
:class:`~realtime_ext.translation.TranslationWebRTC`'s (``_webrtc_sync``, ``_webrtc``).
The REST resources below know nothing of translation sessions: this module builds on them.

Only the REST part is imported with ``client.translations``: the session machinery
(WebSocket, conversation core, event decoders) loads on the first ``connect``, so a
server that only mints translation client secrets does not pay for it.

Example::

    with RealtimeClient() as client:
        secret = client.translations.client_secrets.create(session=translation_session())
        with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from ssl import SSLContext
from typing import TYPE_CHECKING, Any, Literal

from realtime_ext._clock import Clock
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._resources.translations import (
    AsyncTranslationCalls,
    AsyncTranslationClientSecrets,
    TranslationCalls,
    TranslationClientSecrets,
)
from realtime_ext.session._translation import DEFAULT_TRANSLATION_MODEL

if TYPE_CHECKING:
    from realtime_ext._transport import AsyncHTTPTransport, SyncHTTPTransport
    from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting

    from ._connect import AsyncTranslationConnect
    from ._session_sync import TranslationSession

__all__ = ["AsyncTranslations", "Translations"]

SocketSettings = Callable[[Mapping[str, str] | None], dict[str, Any]]
"""The client's settings for a WebSocket it opens, given the call's ``extra_headers``: the
keywords ``api_key``, ``base_url``, ``headers``, ``websocket_base_url`` and ``telemetry``
of :func:`~realtime_ext.translation.connect_translation`."""


def _keywords(
    settings: SocketSettings | None, clock: Clock | None, given: dict[str, Any]
) -> dict[str, Any]:
    """A ``connect`` method's arguments (its ``locals()``) as the keywords of
    ``connect_translation``: the client's settings with the call's ``extra_headers``, and
    ``clock`` defaulting to the client's."""
    if settings is None:
        raise InvalidArgumentError(
            "this Translations resource has no client to open sessions with; use "
            "client.translations (RealtimeClient/AsyncRealtimeClient) or "
            "realtime_ext.translation.connect_translation"
        )
    keywords = {k: v for k, v in given.items() if k not in ("self", "extra_headers")}
    if keywords["clock"] is None:
        keywords["clock"] = clock
    return {**keywords, **settings(given["extra_headers"])}


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
        max_retries: int | None = None,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        reconnect_delay: float = 0.5,
        max_reconnect_delay: float = 8.0,
        max_queued_bytes: int = 1_048_576,
        clock: Clock | None = None,
        close_timeout: float | None = 10.0,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
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
        keywords = _keywords(self._settings, self._clock, locals())  # before the import
        from ._connect import connect_translation  # the session machinery loads on first use

        return connect_translation(**keywords)


class AsyncTranslations:
    """The async twin of :class:`Translations`.

    Example::

        await client.translations.client_secrets.create(session=translation_session())
        async with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
    """

    def __init__(
        self,
        transport: AsyncHTTPTransport,
        settings: SocketSettings | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.client_secrets: AsyncTranslationClientSecrets = AsyncTranslationClientSecrets(
            transport
        )
        self.calls: AsyncTranslationCalls = AsyncTranslationCalls(transport)
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
        max_retries: int | None = None,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        reconnect_delay: float = 0.5,
        max_reconnect_delay: float = 8.0,
        max_queued_bytes: int = 1_048_576,
        clock: Clock | None = None,
        close_timeout: float | None = 10.0,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        compression: Literal["deflate"] | None = "deflate",
        ssl: SSLContext | None = None,
        proxy: str | Literal[True] | None = True,
    ) -> AsyncTranslationConnect:
        """Open a translation session for asyncio (``async with`` or ``await``); see
        :meth:`Translations.connect`.

        Example::

            async with client.translations.connect(model="gpt-realtime-translate") as conn:
                await conn.session.update(session={"audio": {"output": {"language": "fr"}}})
        """
        keywords = _keywords(self._settings, self._clock, locals())  # before the import
        from ._connect import aconnect_translation  # the session machinery loads on first use

        return aconnect_translation(**keywords)
