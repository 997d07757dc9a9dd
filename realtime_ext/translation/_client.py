"""The client's translation entry points: ``client.translations`` and ``client.webrtc``.

Every way into a translation session starts here: ``client.translations`` holds the REST
endpoints (``client_secrets``, ``calls``: :mod:`realtime_ext.resources.translations`) and
``connect`` (a session over WebSocket, :func:`~realtime_ext.translation.connect` with the
client's key, URLs, headers, clock and telemetry); ``client.webrtc`` is the WebRTC
namespace of :mod:`realtime_ext.webrtc` plus ``connect_translation`` (a translation call,
:class:`TranslationCall` / :class:`AsyncTranslationCall`). The layers below (REST
resources, WebRTC calls) know nothing of translation sessions: this module builds on them.

Example::

    with RealtimeClient() as client:
        secret = client.translations.client_secrets.create(session=translation_session())
        with client.translations.connect(model="gpt-realtime-translate") as conn:
            ...
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from ssl import SSLContext
from typing import TYPE_CHECKING, Any, Literal

from realtime_ext._clock import Clock
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.connection.websocket import (
    DEFAULT_MAX_QUEUE,
    DEFAULT_MAX_QUEUED_BYTES,
    DEFAULT_MAX_SIZE,
    DEFAULT_OPEN_TIMEOUT,
)
from realtime_ext.resources.translations import (
    AsyncTranslationCalls,
    AsyncTranslationClientSecrets,
    TranslationCalls,
    TranslationClientSecrets,
)
from realtime_ext.session import DEFAULT_TRANSLATION_MODEL
from realtime_ext.webrtc import SAMPLE_RATE, AsyncWebRTC, AudioInput, WebRTC

from ._connect import AsyncTranslationConnect, aconnect, connect
from ._webrtc import TranslationCallConnect
from ._webrtc_sync import TranslationCall

if TYPE_CHECKING:
    from realtime_ext._transport import AsyncHTTPTransport, SyncHTTPTransport
    from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting
    from realtime_ext.resources.calls import AsyncCalls, Calls

    from ._session import TranslationSession

__all__ = ["AsyncTranslationWebRTC", "AsyncTranslations", "TranslationWebRTC", "Translations"]

SocketSettings = Callable[[Mapping[str, str] | None], dict[str, Any]]
"""The client's settings for a WebSocket it opens, given the call's ``extra_headers``: the
keywords ``api_key``, ``base_url``, ``headers``, ``websocket_base_url`` and ``telemetry``
of :func:`~realtime_ext.translation.connect`."""

CONNECT_TIMEOUT = 30.0
"""Seconds a translation call may take to connect (as a conversation call)."""


def _settings(
    settings: SocketSettings | None, extra_headers: Mapping[str, str] | None
) -> dict[str, Any]:
    if settings is None:
        raise InvalidArgumentError(
            "this Translations resource has no client to open sessions with; use "
            "client.translations (RealtimeClient/AsyncRealtimeClient) or "
            "realtime_ext.translation.connect"
        )
    return settings(extra_headers)


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
        max_size: int | None = DEFAULT_MAX_SIZE,
        max_queue: int | None = DEFAULT_MAX_QUEUE,
        open_timeout: float | None = DEFAULT_OPEN_TIMEOUT,
        max_retries: int | None = None,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        reconnect_delay: float = 0.5,
        max_reconnect_delay: float = 8.0,
        max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
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
        keywords are those of :func:`realtime_ext.translation.connect` (limits, reconnect,
        WebSocket options), as on ``client.connect``; ``extra_headers`` are added to the
        client's and ``clock`` defaults to the client's.

        Example::

            with client.translations.connect(
                model="gpt-realtime-translate",
                session={"audio": {"output": {"language": "es"}}},
            ) as conn:
                conn.session.input_audio_buffer.append(audio=pcm)
        """
        return connect(
            model=model,
            session=session,
            extra_query=extra_query,
            max_size=max_size,
            max_queue=max_queue,
            open_timeout=open_timeout,
            max_retries=max_retries,
            on_reconnecting=on_reconnecting,
            on_reconnected=on_reconnected,
            reconnect_delay=reconnect_delay,
            max_reconnect_delay=max_reconnect_delay,
            max_queued_bytes=max_queued_bytes,
            clock=clock if clock is not None else self._clock,
            close_timeout=close_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            compression=compression,
            ssl=ssl,
            proxy=proxy,
            **_settings(self._settings, extra_headers),
        )


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
        max_size: int | None = DEFAULT_MAX_SIZE,
        max_queue: int | None = DEFAULT_MAX_QUEUE,
        open_timeout: float | None = DEFAULT_OPEN_TIMEOUT,
        max_retries: int | None = None,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        reconnect_delay: float = 0.5,
        max_reconnect_delay: float = 8.0,
        max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
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
        return aconnect(
            model=model,
            session=session,
            extra_query=extra_query,
            max_size=max_size,
            max_queue=max_queue,
            open_timeout=open_timeout,
            max_retries=max_retries,
            on_reconnecting=on_reconnecting,
            on_reconnected=on_reconnected,
            reconnect_delay=reconnect_delay,
            max_reconnect_delay=max_reconnect_delay,
            max_queued_bytes=max_queued_bytes,
            clock=clock if clock is not None else self._clock,
            close_timeout=close_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            compression=compression,
            ssl=ssl,
            proxy=proxy,
            **_settings(self._settings, extra_headers),
        )


class TranslationWebRTC(WebRTC):
    """``client.webrtc`` on the blocking client: the WebRTC calls of
    :class:`~realtime_ext.webrtc.WebRTC` plus translation calls (``connect_translation``).

    Example::

        with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
            print("".join(call.target_transcript(timeout=30)))
    """

    def __init__(self, calls: Calls, base_url: str, translation_calls: TranslationCalls) -> None:
        super().__init__(calls, base_url)
        self._translation_calls = translation_calls

    def connect_translation(
        self,
        *,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TranslationCall:
        """Start a translation call (blocking); see
        ``AsyncRealtimeClient.webrtc.connect_translation``. The client's key should be a
        translation client secret's ``ek_``.

        Example::

            with client.webrtc.connect_translation(audio_in="speech.wav") as call:
                recorder = call.audio_out.record()
                print("".join(call.target_transcript(timeout=30)))
        """
        return TranslationCall.open(
            self._translation_calls,
            base_url=self._base_url,
            audio_in=audio_in,
            sample_rate=sample_rate,
            connect_timeout=connect_timeout,
            ice_servers=ice_servers,
            loopback=loopback,
            extra_headers=extra_headers,
        )


class AsyncTranslationWebRTC(AsyncWebRTC):
    """``client.webrtc`` on the asyncio client: the WebRTC calls of
    :class:`~realtime_ext.webrtc.AsyncWebRTC` plus translation calls
    (``connect_translation``).

    Example::

        async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
    """

    def __init__(
        self, calls: AsyncCalls, base_url: str, translation_calls: AsyncTranslationCalls
    ) -> None:
        super().__init__(calls, base_url)
        self._translation_calls = translation_calls

    def connect_translation(
        self,
        *,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TranslationCallConnect:
        """Start a translation call: offer, ``POST /realtime/translations/calls``, answer,
        ``oai-events`` open. The client's key should be a translation client secret's
        ``ek_`` (the session, e.g. the target language, is the secret's).

        ``audio_in`` (speech to translate), ``loopback``, ``ice_servers`` and
        ``connect_timeout`` behave as for :meth:`connect` (``APITimeoutError`` when the
        call does not connect in time; the peer is closed). Translated speech is
        ``call.audio_out``; transcripts and ``session.*`` events come on the data channel.

        Example::

            async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
                recorder = call.audio_out.record()
                print("".join([t async for t in call.target_transcript(timeout=30)]))
        """
        options: dict[str, Any] = {
            "base_url": self._base_url,
            "audio_in": audio_in,
            "sample_rate": sample_rate,
            "connect_timeout": connect_timeout,
            "ice_servers": ice_servers,
            "loopback": loopback,
            "extra_headers": extra_headers,
        }
        return TranslationCallConnect(self._translation_calls, options)
