"""``RealtimeClient`` and ``AsyncRealtimeClient``: the REST endpoints of the Realtime API.

Names follow the official ``openai`` package (``client.realtime.calls`` there is
``client.calls`` here). Resources are imported on first use to keep ``import`` cheap.

Example::

    from realtime_ext._client import RealtimeClient

    with RealtimeClient() as client:  # OPENAI_API_KEY from the environment
        secret = client.client_secrets.create(session={"type": "realtime"}, expires_after=600)
        answer = client.calls.create(sdp=offer)
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._config import OMIT, ClientConfig, Omit, TimeoutTypes, resolve_config, user_agent
from ._transport import AsyncTransport, SyncTransport

if TYPE_CHECKING:
    from .connection import AsyncConnect, RealtimeConnection
    from .resources.calls import AsyncCalls, Calls
    from .resources.client_secrets import AsyncClientSecrets, ClientSecrets
    from .resources.sessions import AsyncSessions, Sessions
    from .resources.transcription_sessions import (
        AsyncTranscriptionSessions,
        TranscriptionSessions,
    )
    from .resources.translations import AsyncTranslations, Translations
    from .resources.webhooks import Webhooks
    from .webrtc import AsyncWebRTC

__all__ = ["AsyncRealtimeClient", "RealtimeClient"]


@functools.cache
def _user_agent() -> str:
    return user_agent()


_R = TypeVar("_R")


def _once(client: object, name: str, make: Callable[[], _R]) -> _R:
    """Build a resource on first use and keep it on the client.

    Why not ``functools.cached_property``: pyright matches a user's ``Protocol`` with a
    ``calls`` property against the descriptor itself, so ``def f(c: HasCalls)`` refused
    ``RealtimeClient()``. A plain ``property`` over this cache type-checks everywhere.
    """
    cache: dict[str, Any] = vars(client)
    if name not in cache:
        cache[name] = make()
    result: _R = cache[name]
    return result


class _ClientBase:
    """Configuration and the accessors both clients share."""

    _config: ClientConfig
    _websocket_base_url: str | None

    @property
    def api_key(self) -> str:
        """The API key in use (never shown in ``repr``)."""
        return self._config.api_key

    @property
    def base_url(self) -> str:
        """The REST base URL, e.g. ``https://api.openai.com/v1``."""
        return self._config.base_url

    @property
    def organization(self) -> str | None:
        """Sent as ``OpenAI-Organization`` when set."""
        return self._config.organization

    @property
    def project(self) -> str | None:
        """Sent as ``OpenAI-Project`` when set."""
        return self._config.project

    @property
    def webhook_secret(self) -> str | None:
        """The ``whsec_...`` secret ``client.webhooks`` verifies with."""
        return self._config.webhook_secret

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried by default."""
        return self._config.max_retries

    @property
    def webhooks(self) -> Webhooks:
        """Verify and unwrap webhooks with :attr:`webhook_secret`."""
        from .resources.webhooks import Webhooks

        return _once(self, "webhooks", lambda: Webhooks(self._config.webhook_secret))

    def _connection_headers(self, extra_headers: Mapping[str, str] | None) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self._config.organization:
            headers["OpenAI-Organization"] = self._config.organization
        if self._config.project:
            headers["OpenAI-Project"] = self._config.project
        if extra_headers:
            headers.update(extra_headers)
        return headers

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"organization={self.organization!r}, project={self.project!r}, "
            f"max_retries={self.max_retries})"
        )


class RealtimeClient(_ClientBase):
    """Synchronous client for the Realtime REST endpoints; a context manager.

    Arguments beat the environment: ``api_key`` (``OPENAI_API_KEY``), ``base_url``
    (``OPENAI_BASE_URL``, default ``https://api.openai.com/v1``), ``organization``
    (``OPENAI_ORG_ID``), ``project`` (``OPENAI_PROJECT_ID``), ``webhook_secret``
    (``OPENAI_WEBHOOK_SECRET``). ``timeout`` is seconds or an ``httpx.Timeout`` (``None``: no
    limit), ``max_retries`` defaults to 2. A caller-supplied ``http_client`` is used as is and
    left open by :meth:`close`; its timeout applies unless it is httpx's 5 s default, which
    is replaced by the SDK's (as in openai). ``sleep`` is what waits between retries (swap it
    in tests).

    Example::

        with RealtimeClient(api_key="sk-...", max_retries=5) as client:
            client.calls.hangup("rtc_123")
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client_timeout=http_client.timeout if http_client is not None else None,
        )
        self._websocket_base_url = websocket_base_url
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=self._config.timeout, follow_redirects=True
        )
        self._transport = SyncTransport(
            self._config, self._http, user_agent=_user_agent(), sleep=sleep
        )

    @property
    def client_secrets(self) -> ClientSecrets:
        """``POST /realtime/client_secrets``: ephemeral keys for GA sessions."""
        from .resources.client_secrets import ClientSecrets

        return _once(self, "client_secrets", lambda: ClientSecrets(self._transport))

    @property
    def calls(self) -> Calls:
        """WebRTC call creation and SIP call control."""
        from .resources.calls import Calls

        return _once(self, "calls", lambda: Calls(self._transport))

    @property
    def sessions(self) -> Sessions:
        """``POST /realtime/sessions`` (beta)."""
        from .resources.sessions import Sessions

        return _once(self, "sessions", lambda: Sessions(self._transport))

    @property
    def transcription_sessions(self) -> TranscriptionSessions:
        """``POST /realtime/transcription_sessions`` (beta)."""
        from .resources.transcription_sessions import TranscriptionSessions

        return _once(self, "transcription_sessions", lambda: TranscriptionSessions(self._transport))

    @property
    def translations(self) -> Translations:
        """``client.translations.client_secrets``."""
        from .resources.translations import Translations

        return _once(self, "translations", lambda: Translations(self._transport))

    def connect(
        self,
        *,
        model: str | None = None,
        call_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> RealtimeConnection:
        """Open a Realtime WebSocket (a context manager) with this client's credentials.

        ``options`` go to :func:`realtime_ext.connection.connect` (``max_size``,
        ``max_queue``, ``open_timeout``...).

        Example::

            with client.connect(model="gpt-realtime") as conn:
                conn.send({"type": "response.create"})
        """
        # Imported on use: websockets is not needed for REST-only clients.
        from .connection import connect

        return connect(
            api_key=self._config.api_key,
            base_url=self._config.base_url,
            model=model,
            call_id=call_id,
            headers=self._connection_headers(extra_headers),
            websocket_base_url=self._websocket_base_url,
            **options,
        )

    def close(self) -> None:
        """Close the connection pool (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> RealtimeClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncRealtimeClient(_ClientBase):
    """The asyncio client: the same resources, with coroutine methods; an async context manager.

    Example::

        async with AsyncRealtimeClient() as client:
            secret = await client.client_secrets.create(expires_after=600)
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client_timeout=http_client.timeout if http_client is not None else None,
        )
        self._websocket_base_url = websocket_base_url
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=self._config.timeout, follow_redirects=True
        )
        self._transport = AsyncTransport(
            self._config, self._http, user_agent=_user_agent(), sleep=sleep
        )

    @property
    def client_secrets(self) -> AsyncClientSecrets:
        """``POST /realtime/client_secrets``: ephemeral keys for GA sessions."""
        from .resources.client_secrets import AsyncClientSecrets

        return _once(self, "client_secrets", lambda: AsyncClientSecrets(self._transport))

    @property
    def calls(self) -> AsyncCalls:
        """WebRTC call creation and SIP call control."""
        from .resources.calls import AsyncCalls

        return _once(self, "calls", lambda: AsyncCalls(self._transport))

    @property
    def sessions(self) -> AsyncSessions:
        """``POST /realtime/sessions`` (beta)."""
        from .resources.sessions import AsyncSessions

        return _once(self, "sessions", lambda: AsyncSessions(self._transport))

    @property
    def transcription_sessions(self) -> AsyncTranscriptionSessions:
        """``POST /realtime/transcription_sessions`` (beta)."""
        from .resources.transcription_sessions import AsyncTranscriptionSessions

        return _once(
            self, "transcription_sessions", lambda: AsyncTranscriptionSessions(self._transport)
        )

    @property
    def translations(self) -> AsyncTranslations:
        """``client.translations.client_secrets``."""
        from .resources.translations import AsyncTranslations

        return _once(self, "translations", lambda: AsyncTranslations(self._transport))

    @property
    def webrtc(self) -> AsyncWebRTC:
        """WebRTC calls held from Python (``realtime-ext[webrtc]``): ``client.webrtc.connect``."""
        from .webrtc import AsyncWebRTC

        return _once(self, "webrtc", lambda: AsyncWebRTC(self.calls, self._config.base_url))

    def connect(
        self,
        *,
        model: str | None = None,
        call_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> AsyncConnect:
        """Open a Realtime WebSocket (an async context manager) with this client's credentials.

        ``options`` go to :func:`realtime_ext.connection.aconnect`.

        Example::

            async with client.connect(model="gpt-realtime") as conn:
                await conn.send({"type": "response.create"})
        """
        from .connection import aconnect

        return aconnect(
            api_key=self._config.api_key,
            base_url=self._config.base_url,
            model=model,
            call_id=call_id,
            headers=self._connection_headers(extra_headers),
            websocket_base_url=self._websocket_base_url,
            **options,
        )

    async def close(self) -> None:
        """Close the connection pool (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncRealtimeClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
