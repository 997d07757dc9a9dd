# generated from realtime_ext/_client_async.py by scripts/gen_sync.py; do not edit
"""``RealtimeClient``: the REST endpoints of the Realtime API and its WebSocket entry
points (WebRTC calls are ``realtime_ext.webrtc.WebRTC(client)``'s).

One source for both clients: ``scripts/gen_sync.py`` writes the blocking module from the
asyncio one, the one to edit; what they share is :mod:`._client`.

Example::

    from realtime_ext import RealtimeClient

    with RealtimeClient() as client:  # OPENAI_API_KEY from the environment
        secret = client.client_secrets.create(session={"type": "realtime"})
        answer = client.calls.create(sdp=offer)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, Unpack

from ._azure import AzureRoute, azure_configuration
from ._base.instrument import Instrumentation
from ._client import ClientBase, arguments, once
from ._clock import Clock
from ._closing import Closing
from ._config import OMIT, Omit, TimeoutTypes
from ._route import Route

if TYPE_CHECKING:
    import httpx

    # Named as strings in the base class below (resources load on first use).
    from realtime_ext.connection import ConversationOptions, RealtimeConnection

    from ._auth import TokenProvider
    from ._live.rest_sync import Live
    from ._resources.calls_sync import Calls  # noqa: F401
    from ._resources.client_secrets_sync import ClientSecrets  # noqa: F401
    from ._resources.sessions_sync import (  # noqa: F401
        Sessions,
        TranscriptionSessions,
    )
    from ._translation.rest_sync import Translations  # noqa: F401

__all__ = ["AzureRealtimeClient", "RealtimeClient"]


class RealtimeClient(
    ClientBase[
        "ClientSecrets",
        "Calls",
        "Sessions",
        "TranscriptionSessions",
        "Translations",
    ],
    Closing,
):
    """Client for the Realtime REST endpoints; a context manager.

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

        with RealtimeClient(api_key="sk-...", max_retries=5) as client:
            client.calls.hangup("rtc_123")
        gateway = Route(kind="acme", base_url="https://gw.example/gateway/v2",
                        auth=Auth.api_key("gw-...", header="X-Gateway-Key"))
        with RealtimeClient(route=gateway) as client:
            client.client_secrets.create(session={"type": "realtime"})
    """

    _RESOURCES: ClassVar[dict[str, str]] = {
        "client_secrets": "client_secrets_sync:ClientSecrets",
        "calls": "calls_sync:Calls",
        "sessions": "sessions_sync:Sessions",
        "transcription_sessions": "sessions_sync:TranscriptionSessions",
        "translations": "rest_sync:Translations",
    }
    _HTTP: ClassVar[str] = "Client"
    _TRANSPORT: ClassVar[str] = "SyncHTTPTransport"

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
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        telemetry: Instrumentation | None = None,
        route: Route | None = None,
    ) -> None:
        self._http: httpx.Client = self._configure(**arguments(locals()))

    @property
    def live(self) -> Live:
        """GPT-Live (``/live/sessions``), openai's ``client.live``: the sockets
        (``connect``, ``sideband.connect``, ``forks.connect``), ``create`` (WebRTC) and
        ``sessions`` (SIP controls, fork, recording), with this client's key, URLs, headers
        and HTTP transport.

        Example::

            with client.live.connect(model="gpt-live-1") as conn:
                conn.commentary("Tell the user their package arrives on Friday.")
            answer = client.live.create(sdp=offer, model="gpt-live-1")
        """
        # On use: REST-only clients load neither the Live requests nor websockets.
        from ._live.rest_sync import Live

        return once(self, "live", lambda: Live(self._transport, self._socket_keywords))

    def connect(
        self,
        *,
        model: str | None = None,
        call_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **options: Unpack[ConversationOptions],
    ) -> RealtimeConnection:
        """Open a Realtime WebSocket (a context manager) with this client's credentials.

        The options are those of :func:`realtime_ext.connection.connect`
        (:class:`~realtime_ext.connection.ConversationOptions`: limits, reconnect,
        WebSocket options, voice; an unknown one raises ``InvalidArgumentError`` naming
        it); ``extra_headers`` are added to the client's, ``clock`` defaults to the client's.

        Example::

            with client.connect(model="gpt-realtime") as conn:
                conn.send({"type": "response.create"})
        """
        keywords = self._socket_keywords(extra_headers, options)
        from .connection import connect  # on use: REST-only clients need no websockets

        return connect(model=model, call_id=call_id, **keywords)

    def close(self) -> None:
        """Close the connection pool (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            self._http.close()


class AzureRealtimeClient(RealtimeClient):
    """:class:`RealtimeClient` configured for Azure OpenAI: the same resources and
    connections (client secrets, calls, WebSocket and sideband connections, WebRTC,
    translation; the ASGI endpoints, ``CallRunner`` and the Twilio bridge take it), on
    Azure's routes with Azure's credentials. The official package's keywords and variables:
    ``azure_endpoint`` (``AZURE_OPENAI_ENDPOINT``), ``azure_deployment`` (the model of
    ``client.connect()``; ``model=`` may be left out), ``api_key``
    (``AZURE_OPENAI_API_KEY``, sent as ``api-key``), ``azure_ad_token``
    (``AZURE_OPENAI_AD_TOKEN``) or ``azure_ad_token_provider`` (sync or ``def``,
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
    beside it. The rest are :class:`RealtimeClient`'s.

    Example::

        with AzureRealtimeClient(
            azure_endpoint="https://my-resource.openai.azure.com",
            azure_deployment="my-realtime",
            azure_ad_token_provider=token_provider,
        ) as client:
            with client.connect() as conn:
                conn.send({"type": "response.create"})
    """

    def __init__(
        self,
        *,
        azure_endpoint: str | None = None,
        azure_deployment: str | None = None,
        api_version: str | None = None,
        api_key: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: TokenProvider | None = None,
        azure_route: AzureRoute = "v1",
        webrtc_filter: bool = True,
        base_url: str | None = None,
        websocket_base_url: str | None = None,
        webhook_secret: str | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        telemetry: Instrumentation | None = None,
        route: Route | None = None,
    ) -> None:
        # The Azure arguments become the client's route; the rest are every client's.
        self._http = self._configure(**azure_configuration(arguments(locals())))
