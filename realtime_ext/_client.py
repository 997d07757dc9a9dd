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

import functools
import importlib
from collections.abc import Callable, Mapping
from ssl import SSLContext
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar

import httpx

from ._clock import SYSTEM_CLOCK, Clock
from ._config import OMIT, ClientConfig, Omit, TimeoutTypes, resolve_config, user_agent
from ._transport import AsyncHTTPTransport, SyncHTTPTransport
from .telemetry import Telemetry

if TYPE_CHECKING:
    # Named as strings in the base classes below (resources load on first use).
    from realtime_ext.connection import RealtimeConnection
    from realtime_ext.connection._connect import AsyncConnect

    from ._resources.calls import AsyncCalls, Calls  # noqa: F401
    from ._resources.client_secrets import AsyncClientSecrets, ClientSecrets  # noqa: F401
    from ._resources.sessions import AsyncSessions, Sessions  # noqa: F401
    from ._resources.transcription_sessions import (  # noqa: F401
        AsyncTranscriptionSessions,
        TranscriptionSessions,
    )
    from ._resources.webhooks import Webhooks
    from .conversation._reconnect import OnReconnected, OnReconnecting
    from .translation._client import AsyncTranslations, Translations  # noqa: F401
    from .translation._webrtc import AsyncTranslationWebRTC
    from .translation._webrtc_sync import TranslationWebRTC
    from .voice import PlaybackTracker

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


def _arguments(given: dict[str, Any]) -> dict[str, Any]:
    """A method's arguments from its ``locals()`` (taken first thing): all but ``self``."""
    return {name: value for name, value in given.items() if name != "self"}


SecretsT = TypeVar("SecretsT")
CallsT = TypeVar("CallsT")
SessionsT = TypeVar("SessionsT")
TranscriptionT = TypeVar("TranscriptionT")
TranslationsT = TypeVar("TranslationsT")


class _ClientBase(Generic[SecretsT, CallsT, SessionsT, TranscriptionT, TranslationsT]):
    """Configuration and the accessors both clients share (the resource classes are the
    sync or async ones, named by each client in ``_RESOURCES``)."""

    _RESOURCES: ClassVar[dict[str, str]]
    """Resource name -> ``module:Class`` under ``realtime_ext._resources``."""
    _TRANSLATIONS: ClassVar[str]
    """The class of ``client.translations`` in ``realtime_ext.translation``."""

    def _resource(self, name: str) -> Any:
        def make() -> Any:
            module, cls = self._RESOURCES[name].split(":")
            imported = importlib.import_module(f"realtime_ext._resources.{module}")
            return getattr(imported, cls)(vars(self)["_transport"])

        return _once(self, name, make)

    @property
    def client_secrets(self) -> SecretsT:
        """``POST /realtime/client_secrets``: ephemeral keys for GA sessions."""
        secrets: SecretsT = self._resource("client_secrets")
        return secrets

    @property
    def calls(self) -> CallsT:
        """WebRTC call creation and SIP call control."""
        calls: CallsT = self._resource("calls")
        return calls

    @property
    def sessions(self) -> SessionsT:
        """``POST /realtime/sessions`` (beta)."""
        sessions: SessionsT = self._resource("sessions")
        return sessions

    @property
    def transcription_sessions(self) -> TranscriptionT:
        """``POST /realtime/transcription_sessions`` (beta)."""
        transcription: TranscriptionT = self._resource("transcription_sessions")
        return transcription

    @property
    def translations(self) -> TranslationsT:
        """``client.translations.client_secrets``, ``.calls`` and ``.connect``."""

        def make() -> Any:
            # realtime_ext.translation holds every translation entry point; it opens its
            # sessions with this client's settings, given here.
            imported = importlib.import_module("realtime_ext.translation._client")
            return getattr(imported, self._TRANSLATIONS)(
                vars(self)["_transport"], self._socket_settings, self._clock
            )

        translations: TranslationsT = _once(self, "translations", make)
        return translations

    _config: ClientConfig
    _websocket_base_url: str | None
    _owns_http: bool
    _clock: Clock
    _telemetry: Telemetry

    def _configure(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        organization: str | None,
        project: str | None,
        webhook_secret: str | None,
        websocket_base_url: str | None,
        timeout: TimeoutTypes | Omit,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        clock: Clock | None,
        telemetry: bool | Telemetry = True,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        self._telemetry = Telemetry.of(
            telemetry, tracer_provider=tracer_provider, meter_provider=meter_provider
        )
        self._clock = clock if clock is not None else SYSTEM_CLOCK
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
        from ._resources.webhooks import Webhooks

        return _once(self, "webhooks", lambda: Webhooks(self._config.webhook_secret))

    def _socket_settings(self, extra_headers: Mapping[str, str] | None) -> dict[str, Any]:
        """The keywords every WebSocket this client opens gets (key, URLs, headers)."""
        return {
            "api_key": self._config.api_key,
            "base_url": self._config.base_url,
            "headers": self._connection_headers(extra_headers),
            "websocket_base_url": self._websocket_base_url,
            "telemetry": self._telemetry,
        }

    def _socket_keywords(self, given: dict[str, Any]) -> dict[str, Any]:
        """A ``connect`` method's arguments (its ``locals()``) as the keywords of the entry
        point it calls: the client's settings with the call's ``extra_headers``, and
        ``clock`` defaulting to the client's."""
        keywords = _arguments(given)
        del keywords["extra_headers"]
        if keywords["clock"] is None:
            keywords["clock"] = self._clock
        return {**keywords, **self._socket_settings(given["extra_headers"])}

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


class RealtimeClient(
    _ClientBase["ClientSecrets", "Calls", "Sessions", "TranscriptionSessions", "Translations"]
):
    """Synchronous client for the Realtime REST endpoints; a context manager.

    Arguments beat the environment: ``api_key`` (``OPENAI_API_KEY``), ``base_url``
    (``OPENAI_BASE_URL``, default ``https://api.openai.com/v1``), ``organization``
    (``OPENAI_ORG_ID``), ``project`` (``OPENAI_PROJECT_ID``), ``webhook_secret``
    (``OPENAI_WEBHOOK_SECRET``). ``timeout`` is seconds or an ``httpx.Timeout`` (``None``: no
    limit), ``max_retries`` defaults to 2. A caller-supplied ``http_client`` is used as is and
    left open by :meth:`close`; its timeout applies unless it is httpx's 5 s default, which
    is replaced by the SDK's (as in openai). ``clock`` is what retries and reconnects wait on
    (a :class:`realtime_ext.testing.ManualClock` in tests).

    Example::

        with RealtimeClient(api_key="sk-...", max_retries=5) as client:
            client.calls.hangup("rtc_123")
    """

    _RESOURCES: ClassVar[dict[str, str]] = {
        "client_secrets": "client_secrets:ClientSecrets",
        "calls": "calls:Calls",
        "sessions": "sessions:Sessions",
        "transcription_sessions": "transcription_sessions:TranscriptionSessions",
    }
    _TRANSLATIONS: ClassVar[str] = "Translations"

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
        clock: Clock | None = None,
        telemetry: bool | Telemetry = True,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        self._configure(**_arguments(locals()))
        self._http = http_client or httpx.Client(
            timeout=self._config.timeout, follow_redirects=True
        )
        self._transport = SyncHTTPTransport(
            self._config,
            self._http,
            user_agent=_user_agent(),
            clock=self._clock,
            telemetry=self._telemetry,
        )

    @property
    def webrtc(self) -> TranslationWebRTC:
        """WebRTC calls held from blocking code (``realtime-ext[webrtc]``):
        ``client.webrtc.connect`` and ``client.webrtc.connect_translation``; each call runs
        aiortc on a private event loop thread."""
        from .translation._webrtc_sync import TranslationWebRTC

        return _once(
            self,
            "webrtc",
            lambda: TranslationWebRTC(self.calls, self._config.base_url, self.translations.calls),
        )

    def connect(
        self,
        *,
        model: str | None = None,
        call_id: str | None = None,
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
        playback: PlaybackTracker | None = None,
        auto_interrupt: bool | None = None,
        keep_audio: bool = False,
        max_audio_bytes: int = 32 * 2**20,
        clock: Clock | None = None,
        close_timeout: float | None = 10.0,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        compression: Literal["deflate"] | None = "deflate",
        ssl: SSLContext | None = None,
        proxy: str | Literal[True] | None = True,
    ) -> RealtimeConnection:
        """Open a Realtime WebSocket (a context manager) with this client's credentials.

        The keywords are those of :func:`realtime_ext.connection.connect` (limits,
        reconnect, WebSocket options); ``extra_headers`` are added to the client's.

        Example::

            with client.connect(model="gpt-realtime") as conn:
                conn.send({"type": "response.create"})
        """
        keywords = self._socket_keywords(locals())  # before the import
        from .connection import connect  # on use: REST-only clients need no websockets

        return connect(**keywords)

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


class AsyncRealtimeClient(
    _ClientBase[
        "AsyncClientSecrets",
        "AsyncCalls",
        "AsyncSessions",
        "AsyncTranscriptionSessions",
        "AsyncTranslations",
    ]
):
    """The asyncio client: the same resources, with coroutine methods; an async context manager.

    Example::

        async with AsyncRealtimeClient() as client:
            secret = await client.client_secrets.create(expires_after=600)
    """

    _RESOURCES: ClassVar[dict[str, str]] = {
        "client_secrets": "client_secrets:AsyncClientSecrets",
        "calls": "calls:AsyncCalls",
        "sessions": "sessions:AsyncSessions",
        "transcription_sessions": "transcription_sessions:AsyncTranscriptionSessions",
    }
    _TRANSLATIONS: ClassVar[str] = "AsyncTranslations"

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
        clock: Clock | None = None,
        telemetry: bool | Telemetry = True,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        self._configure(**_arguments(locals()))
        self._http = http_client or httpx.AsyncClient(
            timeout=self._config.timeout, follow_redirects=True
        )
        self._transport = AsyncHTTPTransport(
            self._config,
            self._http,
            user_agent=_user_agent(),
            clock=self._clock,
            telemetry=self._telemetry,
        )

    @property
    def webrtc(self) -> AsyncTranslationWebRTC:
        """WebRTC calls held from Python (``realtime-ext[webrtc]``): ``client.webrtc.connect``
        and ``client.webrtc.connect_translation``."""
        from .translation._webrtc import AsyncTranslationWebRTC

        return _once(
            self,
            "webrtc",
            lambda: AsyncTranslationWebRTC(
                self.calls, self._config.base_url, self.translations.calls
            ),
        )

    def connect(
        self,
        *,
        model: str | None = None,
        call_id: str | None = None,
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
        playback: PlaybackTracker | None = None,
        auto_interrupt: bool | None = None,
        keep_audio: bool = False,
        max_audio_bytes: int = 32 * 2**20,
        clock: Clock | None = None,
        close_timeout: float | None = 10.0,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        compression: Literal["deflate"] | None = "deflate",
        ssl: SSLContext | None = None,
        proxy: str | Literal[True] | None = True,
    ) -> AsyncConnect:
        """Open a Realtime WebSocket (an async context manager) with this client's credentials.

        The keywords are those of :func:`realtime_ext.connection.aconnect` (hooks may be
        ``async def``); ``extra_headers`` are added to the client's.

        Example::

            async with client.connect(model="gpt-realtime") as conn:
                await conn.send({"type": "response.create"})
        """
        keywords = self._socket_keywords(locals())  # before the import
        from .connection import aconnect  # on use: REST-only clients need no websockets

        return aconnect(**keywords)

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
