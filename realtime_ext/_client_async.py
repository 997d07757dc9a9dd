"""``AsyncRealtimeClient``: the REST endpoints of the Realtime API and its WebSocket entry
points (WebRTC calls are ``realtime_ext.webrtc.AsyncWebRTC(client)``'s).

One source for both clients: ``scripts/gen_sync.py`` writes the blocking module from the
asyncio one, the one to edit; what they share is :mod:`._client`.

Example::

    from realtime_ext import AsyncRealtimeClient

    async with AsyncRealtimeClient() as client:  # OPENAI_API_KEY from the environment
        secret = await client.client_secrets.create(session={"type": "realtime"})
        answer = await client.calls.create(sdp=offer)
"""

# unasync: source

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, Unpack

from ._azure import AzureRoute, azure_configuration
from ._base.instrument import Instrumentation
from ._client import ClientBase, arguments, once
from ._clock import Clock
from ._closing import AsyncClosing
from ._config import OMIT, Omit, TimeoutTypes
from ._route import Route

if TYPE_CHECKING:
    import httpx

    # Named as strings in the base class below (resources load on first use).
    from realtime_ext.connection import AsyncConnect, ConversationOptions

    from ._auth import AsyncTokenProvider
    from ._live.rest_async import AsyncLive
    from ._resources.calls_async import AsyncCalls  # noqa: F401
    from ._resources.client_secrets_async import AsyncClientSecrets  # noqa: F401
    from ._resources.sessions_async import (  # noqa: F401
        AsyncSessions,
        AsyncTranscriptionSessions,
    )
    from ._translation.rest_async import AsyncTranslations  # noqa: F401

__all__ = ["AsyncAzureRealtimeClient", "AsyncRealtimeClient"]


class AsyncRealtimeClient(
    ClientBase[
        "AsyncClientSecrets",
        "AsyncCalls",
        "AsyncSessions",
        "AsyncTranscriptionSessions",
        "AsyncTranslations",
    ],
    AsyncClosing,
):
    """Client for the Realtime REST endpoints; an async context manager.

    Arguments beat the environment: ``api_key`` (``OPENAI_API_KEY``), ``base_url``
    (``OPENAI_BASE_URL``, default ``https://api.openai.com/v1``), ``organization``
    (``OPENAI_ORG_ID``), ``project`` (``OPENAI_PROJECT_ID``), ``webhook_secret``
    (``OPENAI_WEBHOOK_SECRET``). Another OpenAI-compatible host (a gateway, a proxy):
    ``base_url``, ``websocket_base_url`` (the WebSocket base, when it differs),
    ``default_headers`` and ``default_query`` (sent with every request and every
    WebSocket; query values are masked in logs and errors). ``timeout`` is seconds or an
    ``httpx.Timeout`` (``None``: no limit), ``max_retries`` defaults to 2. A caller-supplied
    ``http_client`` is used as is and left open by :meth:`close`; its timeout applies unless
    it is httpx's 5 s default, which is replaced by the SDK's (as in openai). ``clock`` is
    what retries and reconnects wait on (a :class:`realtime_ext.testing.ManualClock` in
    tests). ``client.route`` says where requests go and how they authenticate.
    ``route`` (a :class:`~realtime_ext.Route`) gives them whole instead, for any host
    (Azure, a gateway with its own paths or key header): it stands for ``api_key``,
    ``base_url``, ``websocket_base_url`` and ``default_query``, which are refused beside
    it, and no environment variable is read for them.
    ``telemetry`` (an :class:`~realtime_ext.Instrumentation`, e.g.
    ``realtime_ext.telemetry.Telemetry()``) observes its requests and measures the
    sessions it opens; none by default.

    Example::

        async with AsyncRealtimeClient(api_key="sk-...", max_retries=5) as client:
            await client.calls.hangup("rtc_123")
        gateway = Route(kind="acme", base_url="https://gw.example/gateway/v2",
                        auth=Auth.api_key("gw-...", header="X-Gateway-Key"))
        async with AsyncRealtimeClient(route=gateway) as client:
            await client.client_secrets.create(session={"type": "realtime"})
    """

    _RESOURCES: ClassVar[dict[str, str]] = {
        "client_secrets": "client_secrets_async:AsyncClientSecrets",
        "calls": "calls_async:AsyncCalls",
        "sessions": "sessions_async:AsyncSessions",
        "transcription_sessions": "sessions_async:AsyncTranscriptionSessions",
        "translations": "rest_async:AsyncTranslations",
    }
    _HTTP: ClassVar[str] = "AsyncClient"
    _TRANSPORT: ClassVar[str] = "AsyncHTTPTransport"

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
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        telemetry: Instrumentation | None = None,
        route: Route | None = None,
    ) -> None:
        self._http: httpx.AsyncClient = self._configure(**arguments(locals()))

    @property
    def live(self) -> AsyncLive:
        """GPT-Live (``/live/sessions``), openai's ``client.live``: the sockets
        (``connect``, ``sideband.connect``, ``forks.connect``), ``create`` (WebRTC) and
        ``sessions`` (SIP controls, fork, recording), with this client's key, URLs, headers
        and HTTP transport.

        Example::

            async with client.live.connect(model="gpt-live-1") as conn:
                await conn.commentary("Tell the user their package arrives on Friday.")
            answer = await client.live.create(sdp=offer, model="gpt-live-1")
        """
        # On use: REST-only clients load neither the Live requests nor websockets.
        from ._live.rest_async import AsyncLive

        return once(self, "live", lambda: AsyncLive(self._transport, self._socket_keywords))

    def connect(
        self,
        *,
        model: str | None = None,
        call_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[ConversationOptions],
    ) -> AsyncConnect:
        """Open a Realtime WebSocket (an async context manager) with this client's credentials.

        The options are those of :func:`realtime_ext.connection.aconnect`
        (:class:`~realtime_ext.connection.ConversationOptions`: limits, reconnect,
        WebSocket options, voice; an unknown one raises ``InvalidArgumentError`` naming
        it); ``extra_headers`` are added to the client's, ``clock`` defaults to the client's.

        Example::

            async with client.connect(model="gpt-realtime") as conn:
                await conn.send({"type": "response.create"})
        """
        keywords = self._socket_keywords(extra_headers, options)
        from .connection import aconnect  # on use: REST-only clients need no websockets

        return aconnect(model=model, call_id=call_id, **keywords)

    async def close(self) -> None:
        """Close the connection pool (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()


class AsyncAzureRealtimeClient(AsyncRealtimeClient):
    """:class:`AsyncRealtimeClient` configured for Azure OpenAI: the same resources and
    connections (client secrets, calls, WebSocket and sideband connections, WebRTC,
    translation; the ASGI endpoints, ``CallRunner`` and the Twilio bridge take it), on
    Azure's routes with Azure's credentials. The official package's keywords and variables:
    ``azure_endpoint`` (``AZURE_OPENAI_ENDPOINT``), ``azure_deployment`` (the model of
    ``client.connect()``; ``model=`` may be left out), ``api_key``
    (``AZURE_OPENAI_API_KEY``, sent as ``api-key``), ``azure_ad_token``
    (``AZURE_OPENAI_AD_TOKEN``) or ``azure_ad_token_provider`` (sync or ``async def``,
    asked for every REST request and every connect, reconnect and rollover; sent as
    ``Authorization: Bearer``): one credential.

    ``azure_route``: ``"v1"`` (GA, the default: ``/openai/v1/realtime?model=<deployment>``,
    REST under ``/openai/v1``, no ``api_version``) or ``"preview"``
    (``/openai/realtime?api-version=...&deployment=...``; ``api_version`` or
    ``OPENAI_API_VERSION`` required). ``webrtc_filter`` (default ``True``): a WebRTC
    offer is posted with ``webrtcfilter=on``, so Azure sends the data channel only the
    events a browser needs. ``base_url`` replaces ``azure_endpoint`` for a gateway in
    front of Azure (the REST base used as is). ``route`` (e.g. a ``Route.azure(...)``
    built elsewhere) stands for all of the above but ``webhook_secret``: they are refused
    beside it. The rest are :class:`AsyncRealtimeClient`'s.

    Example::

        async with AsyncAzureRealtimeClient(
            azure_endpoint="https://my-resource.openai.azure.com",
            azure_deployment="my-realtime",
            azure_ad_token_provider=token_provider,
        ) as client:
            async with client.connect() as conn:
                await conn.send({"type": "response.create"})
    """

    def __init__(
        self,
        *,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_version: str | None = None,
        api_key: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: AsyncTokenProvider | None = None,
        azure_route: AzureRoute = "v1",
        webrtc_filter: bool = True,
        base_url: str | None = None,
        websocket_base_url: str | None = None,
        webhook_secret: str | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        telemetry: Instrumentation | None = None,
        route: Route | None = None,
    ) -> None:
        # The Azure arguments become the client's route; the rest are every client's.
        self._http = self._configure(**azure_configuration(arguments(locals())))
