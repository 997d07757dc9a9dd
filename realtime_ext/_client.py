"""What ``RealtimeClient`` and ``AsyncRealtimeClient`` share: configuration and accessors.

The clients are :mod:`._client_async` (``AsyncRealtimeClient``, the source) and
:mod:`._client_sync` (``RealtimeClient``, written from it by ``scripts/gen_sync.py``). Names
follow the official ``openai`` package (``client.realtime.calls`` there is ``client.calls``
here). Resources are imported on first use to keep ``import`` cheap, and so is httpx: the
first client built loads it (:meth:`ClientBase._configure`), ``from realtime_ext import
RealtimeClient`` does not (httpx imports its command line, with click and rich when they are
installed: two thirds of what the import cost).

Example::

    from realtime_ext import RealtimeClient

    with RealtimeClient() as client:  # OPENAI_API_KEY from the environment
        secret = client.client_secrets.create(session={"type": "realtime"}, expires_after=600)
        answer = client.calls.create(sdp=offer)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ._auth import Auth
from ._base.instrument import Instrumentation, checked_instrumentation
from ._clock import SYSTEM_CLOCK, Clock
from ._config import (
    ClientConfig,
    check_headers,
    default_ssl_context,
    resolve_config,
    user_agent,
)
from ._exceptions import InvalidArgumentError
from ._redact import redact_url
from ._route import Route

if TYPE_CHECKING:
    import httpx

    from ._config import Omit, TimeoutTypes
    from ._resources.webhooks import Webhooks

__all__ = [
    "ClientBase",
    "SocketSettings",
    "arguments",
    "once",
    "refuse_route_clash",
    "socket_keywords",
]

ROUTE_KEYWORDS = ("api_key", "base_url", "websocket_base_url", "default_query")
"""The keywords a client's ``route=`` stands for (its credentials, URLs and query)."""


def refuse_route_clash(given: Mapping[str, object], names: tuple[str, ...]) -> None:
    """Refuse a client's ``route=`` given with a keyword it replaces (one of ``names``
    given, not ``None``), naming them: the route says where and how, whole, or the
    keywords do.

    Example:
        >>> refuse_route_clash({"route": None, "base_url": "https://h/v1"}, ROUTE_KEYWORDS)
    """
    route = given.get("route")
    if route is None:
        return
    if not isinstance(route, Route):
        raise InvalidArgumentError(
            "route must be a realtime_ext.Route (Route.openai(...), Route.azure(...) or "
            f"Route(...)), got {type(route).__name__}"
        )
    clash = [name for name in names if given.get(name) is not None]
    if clash:
        named = ", ".join(f"{name}=" for name in clash)
        raise InvalidArgumentError(
            f"route= and {named} are exclusive: the route carries the host's URLs, query "
            "and credentials (e.g. Route.openai(base_url, Auth.api_key(key), "
            "websocket_base_url=..., default_query=...)); pass one or the other"
        )


_R = TypeVar("_R")


def once(client: object, name: str, make: Callable[[], _R]) -> _R:
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


def arguments(given: dict[str, Any]) -> dict[str, Any]:
    """A method's arguments from its ``locals()`` (taken first thing): all but ``self``."""
    return {name: value for name, value in given.items() if name != "self"}


SocketSettings = Callable[[Mapping[str, str] | None], dict[str, Any]]
"""A client's settings for a WebSocket it opens, given the call's ``extra_headers``
(:meth:`ClientBase._socket_settings`): the entry points' ``route`` (URLs and credentials),
``headers`` and ``telemetry``."""


def socket_keywords(
    settings: SocketSettings,
    clock: Clock | None,
    extra_headers: Mapping[str, str] | None,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    """A client ``connect`` method's ``**options`` as the keywords of the entry point it
    calls (``aconnect``, ``aconnect_translation``...): the client's settings with the
    call's ``extra_headers``, and ``clock`` defaulting to the client's. The entry point
    checks the options; a client setting given as one is refused here, where it would
    otherwise replace the client's.

    Example:
        >>> socket_keywords(lambda extra: {"headers": {}}, None, None, {"max_retries": 0})
        {'headers': {}, 'max_retries': 0, 'clock': None}
    """
    keywords = settings(extra_headers)
    # The client's route stands for the entry point's key and URLs: given as options, they
    # would contradict it.
    owned = (
        {*keywords, "api_key", "base_url", "websocket_base_url"}
        if "route" in keywords
        else keywords
    )
    for name in options:
        if name in owned:
            raise InvalidArgumentError(
                f"unknown option {name!r}: it is the client's setting (extra_headers= adds "
                "headers to the client's)"
            )
    given = options.get("clock")
    return {**keywords, **options, "clock": clock if given is None else given}


SecretsT = TypeVar("SecretsT")
CallsT = TypeVar("CallsT")
SessionsT = TypeVar("SessionsT")
TranscriptionT = TypeVar("TranscriptionT")
TranslationsT = TypeVar("TranslationsT")


class ClientBase(Generic[SecretsT, CallsT, SessionsT, TranscriptionT, TranslationsT]):
    """Configuration and the accessors both clients share (the resource classes are the
    sync or async ones, named by each client in ``_RESOURCES``)."""

    _RESOURCES: ClassVar[dict[str, str]]
    """Resource name -> ``module:Class`` under ``realtime_ext._resources`` (``translations``:
    under ``realtime_ext._translation``, the kind's package)."""
    _HTTP: ClassVar[str]
    """The httpx class of the client's pool, by name (``"Client"`` or ``"AsyncClient"``): a
    caller-supplied ``http_client`` must be one."""
    _TRANSPORT: ClassVar[str]
    """The REST transport class, by name, in ``realtime_ext._transport``."""

    def _resource(self, name: str) -> Any:
        def make() -> Any:
            module, cls = self._RESOURCES[name].split(":")
            imported = importlib.import_module(f"realtime_ext._resources.{module}")
            return getattr(imported, cls)(vars(self)["_transport"])

        return once(self, name, make)

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
            module, cls = self._RESOURCES["translations"].split(":")
            imported = importlib.import_module(f"realtime_ext._translation.{module}")
            return getattr(imported, cls)(vars(self)["_transport"], self._socket_keywords)

        translations: TranslationsT = once(self, "translations", make)
        return translations

    _config: ClientConfig
    _route: Route
    _transport: Any
    _route_given: bool
    _owns_http: bool
    _clock: Clock
    _telemetry: Instrumentation | None

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
        telemetry: Instrumentation | None = None,
        default_query: Mapping[str, object] | None = None,
        route: Route | None = None,
    ) -> Any:
        """Check and keep the arguments, build the route (``route``: the caller's or an
        Azure client's, which stands for ``api_key``, ``base_url``, ``websocket_base_url``
        and ``default_query``: given with one of them, refused; else OpenAI's rules at
        ``base_url``) and the REST transport on it; return the pool: ``http_client``, or a
        new ``httpx.<_HTTP>`` the client owns (the caller annotates which)."""
        import httpx  # with the first client, not with the package (see the module docstring)

        # Before anything else is read (the environment, the pool): a clash is the caller's.
        refuse_route_clash(
            {
                "route": route,
                "api_key": api_key,
                "base_url": base_url,
                "websocket_base_url": websocket_base_url,
                "default_query": default_query,
            },
            ROUTE_KEYWORDS,
        )
        self._route_given = route is not None
        if route is not None:
            # The route's key is the client's (AZURE_OPENAI_API_KEY for an Azure one, never
            # OPENAI_API_KEY); no key for a token. Its base is the client's base_url.
            api_key, base_url = route.auth.key, route.base_url
        pool: Any = getattr(httpx, self._HTTP)
        if http_client is not None and not isinstance(http_client, pool):
            raise InvalidArgumentError(
                f"http_client must be an httpx.{self._HTTP} (or None), got "
                f"{type(http_client).__name__}"
            )
        self._telemetry = checked_instrumentation(telemetry)
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
            key_env=None if route is not None else "OPENAI_API_KEY",
        )
        if route is None:
            route = Route.openai(
                self._config.base_url,
                Auth.api_key(self._config.api_key),
                websocket_base_url=websocket_base_url,
                default_query=default_query,
            )
        elif self._HTTP == "Client" and route.auth.is_async:
            raise InvalidArgumentError(
                "azure_ad_token_provider is an async function: the blocking client cannot "
                "await it; use AsyncAzureRealtimeClient (or AsyncRealtimeClient), or pass a "
                "sync provider (azure.identity.get_bearer_token_provider)"
            )
        self._route = route
        self._owns_http = http_client is None
        # One SSL context for every default client (default_ssl_context): building the CA
        # bundle per client cost ~35 ms of each construction.
        http = http_client or pool(
            timeout=self._config.timeout, follow_redirects=True, verify=default_ssl_context()
        )
        from . import _transport  # with httpx: on the first client

        self._transport = getattr(_transport, self._TRANSPORT)(
            self._config,
            http,
            user_agent=user_agent(),
            clock=self._clock,
            telemetry=self._telemetry,
            route=route,
        )
        return http

    @property
    def route(self) -> Route:
        """Where this client's requests go and how they authenticate (``route=``, an
        Azure client's, or OpenAI's rules at ``base_url``; a given route's ``kind``, e.g.
        ``"azure-v1"``, shows in ``repr``): every REST request, WebSocket and WebRTC call of
        the client takes its URL from it, and its credentials (asked again for each request
        and each connect).

        Example::

            client.route.websocket_url(model="gpt-realtime")  # wss://api.openai.com/v1/realtime?...
        """
        return self._route

    @property
    def telemetry(self) -> Instrumentation | None:
        """The client's ``telemetry=`` (``None``: it reports nothing): what observes its
        REST requests and measures each live session it opens. A feature that opens live
        sessions for the client (``realtime_ext.webrtc``'s calls) attaches it the same way,
        with :func:`~realtime_ext.attach_instrumentation`.

        Example::

            attach_instrumentation(call, client.telemetry, kind="live")
        """
        return self._telemetry

    @property
    def api_key(self) -> str:
        """The API key in use (never shown in ``repr``); ``""`` for an Azure client that
        authenticates with an Entra ID token (``client.route.auth`` says which)."""
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

        return once(self, "webhooks", lambda: Webhooks(self._config.webhook_secret))

    def _socket_settings(self, extra_headers: Mapping[str, str] | None) -> dict[str, Any]:
        """The keywords every WebSocket this client opens gets (key, URLs, headers)."""
        return {
            "route": self._route,
            "headers": self._connection_headers(extra_headers),
            "telemetry": self._telemetry,
        }

    def _socket_keywords(
        self, extra_headers: Mapping[str, str] | None, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """A ``connect`` method's keywords for its entry point (:func:`socket_keywords`)."""
        return socket_keywords(self._socket_settings, self._clock, extra_headers, options)

    def _connection_headers(self, extra_headers: Mapping[str, str] | None) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self._config.organization:
            headers["OpenAI-Organization"] = self._config.organization
        if self._config.project:
            headers["OpenAI-Project"] = self._config.project
        # The client's default_headers go with every WebSocket as with every request (a
        # gateway's routing or tenancy header), then the connect's own extra_headers.
        headers.update(self._config.default_headers)
        headers.update(check_headers(extra_headers, "extra_headers"))
        return headers

    def __repr__(self) -> str:
        if self._route_given:
            # Query values and URL credentials masked (describe() redacts), no key or token.
            return (
                f"{type(self).__name__}({self._route.describe()}, max_retries={self.max_retries})"
            )
        return (
            # The URL may carry credentials (user:password@, ?token=): masked, as every
            # other text leaving the SDK is.
            f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, "
            f"organization={self.organization!r}, project={self.project!r}, "
            f"max_retries={self.max_retries})"
        )
