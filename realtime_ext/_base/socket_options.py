"""What both connect() flavours share: URL, headers, limits and outgoing encoding.

Another endpoint with its own events (translation sessions at ``/realtime/translations``)
reuses the same pieces, as ``realtime_ext.translation`` does: check the arguments and build
the URL (:func:`prepare`, with ``endpoint=``), build the reconnect policy
(``_reconnect_args.reconnect_policy``), open the transport (``_transport.open_sync`` /
``open_async``; also the ``reopen`` a reconnect calls), then give it to ``Conversation`` /
``AsyncConversation`` with the endpoint's decoder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from ssl import SSLContext
from typing import Any, NamedTuple

from realtime_ext._auth import Auth
from realtime_ext._base.instrument import Instrumentation
from realtime_ext._config import base_url_or_default, check_count, check_headers, check_seconds
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._redact import redact_url, websockets_logger
from realtime_ext._route import Route

from .extensions import Extension
from .policy import ReconnectPolicy
from .protocol import SessionKind
from .tool_handler import DEFAULT_TOOL_TIMEOUT, ToolHandler
from .urls import key_auth, openai_route


@dataclass(frozen=True)
class Prepared:
    """Everything needed to open the socket. The credentials are an
    :class:`~realtime_ext._auth.Auth`, asked for its headers at every open (connect,
    reconnect, rollover): a token provider's fresh token each time."""

    url: str
    ws_options: dict[str, Any]
    max_size: int | None
    auth: Auth
    extra_headers: dict[str, str] = field(default_factory=dict[str, str])

    def __repr__(self) -> str:
        return f"Prepared(url={redact_url(self.url)!r})"


def websocket_options(
    *,
    close_timeout: float | None,
    ping_interval: float | None,
    ping_timeout: float | None,
    compression: str | None,
    ssl: SSLContext | None,
    proxy: str | bool | None,
) -> dict[str, Any]:
    """The ``websockets`` options of the entry points, checked; ``ssl=None`` left out (an
    explicit ``ssl=None`` would turn TLS off for wss://)."""
    close_timeout = check_seconds(close_timeout, "close_timeout", zero=True)
    ping_interval = check_seconds(ping_interval, "ping_interval", zero=True)
    ping_timeout = check_seconds(ping_timeout, "ping_timeout", zero=True)
    if compression not in ("deflate", None):
        raise InvalidArgumentError(f"compression must be 'deflate' or None, got {compression!r}")
    if ssl is not None and not isinstance(ssl, SSLContext):
        raise InvalidArgumentError(f"ssl must be an ssl.SSLContext, got {type(ssl).__name__}")
    if proxy is not None and proxy is not True and not isinstance(proxy, str):
        raise InvalidArgumentError(f"proxy must be a URL, True or None, got {proxy!r}")
    options: dict[str, Any] = {
        "close_timeout": close_timeout,
        "ping_interval": ping_interval,
        "ping_timeout": ping_timeout,
        "compression": compression,
        "proxy": proxy,
    }
    if ssl is not None:
        options["ssl"] = ssl
    return options


def prepare(
    *,
    api_key: str | None,
    base_url: str | None,
    model: str | None,
    call_id: str | None,
    headers: Mapping[str, str] | None,
    websocket_base_url: str | None,
    max_size: int | None,
    max_queue: int | None,
    open_timeout: float | None,
    extra_query: Mapping[str, str] | None,
    options: Mapping[str, Any],
    route: Route | None = None,
    endpoint: str = "/realtime",
) -> Prepared:
    """Validate an entry point's URL arguments and limits and build the websockets options.

    ``route`` (a client's: its URLs, query and credentials) or ``api_key`` with
    ``base_url``/``websocket_base_url`` (OpenAI's rules), not both."""
    route = resolve_route(route, api_key, base_url, websocket_base_url)
    url = route.websocket_url(endpoint, model=model, call_id=call_id, extra_query=extra_query)
    return prepare_socket(
        url,
        route,
        headers=headers,
        max_size=max_size,
        max_queue=max_queue,
        open_timeout=open_timeout,
        options=options,
    )


def resolve_route(
    route: Route | None,
    api_key: str | None,
    base_url: str | None,
    websocket_base_url: str | None,
) -> Route:
    """The route an entry point opens on: the client's ``route``, or OpenAI's rules at
    ``base_url`` with ``api_key`` (a module-level ``connect``); both at once is refused."""
    if route is None:
        return openai_route(
            base_url_or_default(base_url),  # None: OPENAI_BASE_URL or OpenAI's, as the client
            key_auth(api_key),
            websocket_base_url,
        )
    if not isinstance(route, Route):
        raise InvalidArgumentError(
            f"route must be a realtime_ext.Route, got {type(route).__name__}"
        )
    if api_key is not None or base_url is not None or websocket_base_url is not None:
        raise InvalidArgumentError(
            "pass route= or api_key=/base_url=/websocket_base_url=, not both (the route has "
            "its own URLs and credentials)"
        )
    return route


def prepare_socket(
    url: str,
    route: Route,
    *,
    headers: Mapping[str, str] | None,
    max_size: int | None,
    max_queue: int | None,
    open_timeout: float | None,
    options: Mapping[str, Any],
) -> Prepared:
    """The socket at ``url`` (built by the caller from ``route``): the route's credentials
    (asked again at each open), the headers, limits and the websockets options, checked."""
    max_size = check_count(max_size, "max_size")
    max_queue = check_count(max_queue, "max_queue")
    open_timeout = check_seconds(open_timeout, "open_timeout")
    extra = check_headers(headers, "headers")
    ws_options: dict[str, Any] = {
        "max_size": max_size,
        "max_queue": max_queue,
        "open_timeout": open_timeout,
        # websockets logs every handshake header at DEBUG, the credentials included.
        "logger": websockets_logger(),
        **options,
    }
    return Prepared(url, ws_options, max_size, route.auth, extra)


class SessionPlan(NamedTuple):  # not a frozen dataclass: defined on a first connect's path
    """A session of any kind, checked before its socket opens: the socket, the kind that
    configures the connection (:class:`~realtime_ext.conversation.SessionKind`), the event
    it sends first, how it moves to a new session, and what the entry point attaches."""

    prepared: Prepared
    protocol: SessionKind
    first: dict[str, Any] | None
    """The event sent as the socket opens (checked): a kind's ``session.start``, a
    ``session.update``, or ``None``."""
    policy: ReconnectPolicy
    telemetry: Instrumentation | None
    """The client's ``telemetry=``: what it attaches to the connection (its metrics)."""
    tools: ToolHandler | None = None
    """What answers the session's tool calls from the start (``run_tools``), if anything."""
    tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT
    extensions: tuple[Extension, ...] = ()
    """The app's extensions (``extensions=``, checked), attached before the telemetry's."""
