"""Where a client's requests go and how they authenticate: the one place every URL is made.

A :class:`Route` is a client's REST base URL, its WebSocket base URL, the query every
request carries (``default_query``; Azure's ``api-version`` on its preview route), its
:class:`~realtime_ext._auth.Auth` and the URL rules of its host, all data on the value:
``paths`` (the host's path for each of the SDK's paths, by prefix), ``model_query`` (the
query name a new session's model goes under), ``deployment`` (the model ``/realtime``
stands for) and ``webrtc_filter``. The REST transport asks it for each request's URL, and
every WebSocket entry point (a conversation, a sideband, a translation session, GPT-Live)
for its URL (:meth:`Route.websocket_url`), so another host (Azure OpenAI, a gateway) is a
route given to the one client (``RealtimeClient(route=...)``), not a second client, and
nothing here branches on which host it is.

Two factories make the routes this package knows (their ``kind``, :data:`RouteKind`):

- :meth:`Route.openai`, ``"openai"``: ``{base_url}/realtime?model=...`` (OpenAI, or any
  compatible host);
- :meth:`Route.azure`: ``"azure-v1"``, Azure OpenAI's GA route,
  ``{endpoint}/openai/v1/realtime?model=<deployment>``, REST under ``/openai/v1``, no
  ``api-version``; or ``"azure-preview"``,
  ``{endpoint}/openai/realtime?api-version=...&deployment=...``, REST under ``/openai`` with
  ``?api-version=``.

Any other host is the constructor with its rules (``Route(kind="acme", base_url=...,
auth=Auth.api_key(key, header="X-Gateway-Key"), paths={"/live": "/voice-live"})``).

Example:
    >>> route = Route.azure("https://res.openai.azure.com", Auth.api_key("k", header="api-key"),
    ...                     deployment="my-realtime")
    >>> route.websocket_url()
    'wss://res.openai.azure.com/openai/v1/realtime?model=my-realtime'
    >>> route.rest_url("/realtime/client_secrets")
    'https://res.openai.azure.com/openai/v1/realtime/client_secrets'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._auth import Auth
from ._encode import utf8_text
from ._exceptions import InvalidArgumentError
from ._redact import redact_url, short_repr

__all__ = [
    "AZURE_PREVIEW_API_VERSION",
    "Route",
    "RouteKind",
    "join_websocket_url",
    "query_pairs",
]

RouteKind = Literal["openai", "azure-v1", "azure-preview"]
"""The ``kind`` of the routes this package's factories make (see the module docstring); a
route of another host names its own (:attr:`Route.kind` is any text)."""

AZURE_PREVIEW_API_VERSION = "2025-04-01-preview"
"""The ``api-version`` Microsoft documents for the Realtime preview route; the GA v1 route
takes none."""

_WS_SCHEMES = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}
_WEBRTC_OFFER = "/realtime/calls"  # the WebRTC offer: Azure filters its data channel here
_AZURE_MODEL_HINT = " (or azure_deployment= on the client)"


class Route:
    """A client's URLs, credentials and its host's URL rules (see the module docstring);
    read-only. Give it to any client: ``RealtimeClient(route=route)``.

    ``kind`` names the host (free text, shown in ``repr``; nothing branches on it).
    ``base_url`` is the REST base, ``websocket_base_url`` the WebSocket base when it is
    elsewhere, ``default_query`` the query every request and socket carries. ``paths``
    maps the SDK's paths to the host's, by prefix (the longest that matches, whole
    segments): ``{"/live": "/voice-live"}`` sends ``/live/sessions`` to
    ``/voice-live/sessions``, REST and WebSocket alike. ``model_query`` is the query name a
    new session's model goes under (``"model"``; Azure's preview route: ``"deployment"``);
    ``deployment`` the model a ``/realtime`` socket stands for when given none;
    ``api_version`` is sent as ``api-version`` with every request; ``webrtc_filter`` adds
    ``webrtcfilter=on`` to a WebRTC offer (Azure's).

    Example::

        gateway = Route(
            kind="acme-gateway",
            base_url="https://gateway.example/gateway/v2",
            auth=Auth.api_key("gw-...", header="X-Gateway-Key"),
            paths={"/live": "/voice-live"},
        )
        gateway.websocket_url(model="gpt-realtime")
        # wss://gateway.example/gateway/v2/realtime?model=gpt-realtime
        client = RealtimeClient(route=gateway)
    """

    __slots__ = (
        "_model_hint",
        "_paths",
        "_query",
        "api_version",
        "auth",
        "base_url",
        "deployment",
        "kind",
        "model_query",
        "webrtc_filter",
        "websocket_base_url",
    )

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        kind: str = "custom",
        websocket_base_url: str | None = None,
        default_query: Mapping[str, object] | None = None,
        paths: Mapping[str, str] | None = None,
        model_query: str = "model",
        deployment: str | None = None,
        api_version: str | None = None,
        webrtc_filter: bool = False,
    ) -> None:
        if not isinstance(kind, str) or not kind:
            raise InvalidArgumentError(f"kind must be a non-empty string, got {short_repr(kind)}")
        if not isinstance(auth, Auth):
            raise InvalidArgumentError(
                f"auth must be an Auth (Auth.api_key(...), Auth.token(...), "
                f"Auth.token_provider(...)), got {type(auth).__name__}"
            )
        if not isinstance(model_query, str) or not model_query:
            raise InvalidArgumentError(
                f"model_query must be a non-empty string, got {short_repr(model_query)}"
            )
        self.kind: str = kind
        self.base_url: str = _checked_base(base_url, "base_url")
        self.auth: Auth = auth
        self.websocket_base_url: str | None = (
            None
            if websocket_base_url is None
            else _checked_base(websocket_base_url, "websocket_base_url")
        )
        self.deployment: str | None = deployment
        self.api_version: str | None = api_version
        self.webrtc_filter: bool = webrtc_filter
        self.model_query: str = model_query
        self._paths: tuple[tuple[str, str], ...] = _checked_paths(paths)
        self._model_hint = ""
        query = query_pairs(default_query, "default_query")
        if api_version is not None:
            query.append(("api-version", api_version))
        self._query: tuple[tuple[str, str], ...] = tuple(query)

    @property
    def paths(self) -> dict[str, str]:
        """The host's path for each of the SDK's paths, by prefix (``paths=``; empty: the
        SDK's paths as they are).

        Example:
            >>> Route(base_url="https://h/gw", auth=Auth.api_key("k"),
            ...       paths={"/live": "/voice-live"}).paths
            {'/live': '/voice-live'}
        """
        return dict(self._paths)

    def host_path(self, path: str) -> str:
        """The host's path for the SDK's ``path`` (``/realtime/calls``, ``/live/sessions``):
        the longest prefix of ``paths`` that matches whole segments replaced.

        Example:
            >>> Route(base_url="https://h/gw", auth=Auth.api_key("k"),
            ...       paths={"/live": "/voice-live"}).host_path("/live/sessions")
            '/voice-live/sessions'
        """
        for prefix, replacement in self._paths:  # longest first
            if path == prefix or path.startswith(prefix + "/"):
                return replacement + path[len(prefix) :]
        return path

    @classmethod
    def openai(
        cls,
        base_url: str,
        auth: Auth,
        *,
        websocket_base_url: str | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> Route:
        """OpenAI's rules at ``base_url`` (OpenAI, or a compatible host, a gateway, a proxy).

        Example:
            >>> Route.openai("https://api.openai.com/v1", Auth.api_key("sk-x")).websocket_url(
            ...     model="gpt-realtime")
            'wss://api.openai.com/v1/realtime?model=gpt-realtime'
        """
        return cls(
            kind="openai",
            base_url=base_url,
            auth=auth,
            websocket_base_url=websocket_base_url,
            default_query=default_query,
        )

    @classmethod
    def azure(
        cls,
        endpoint: str | None,
        auth: Auth,
        *,
        deployment: str | None = None,
        api_version: str | None = None,
        preview: bool = False,
        base_url: str | None = None,
        websocket_base_url: str | None = None,
        default_query: Mapping[str, object] | None = None,
        webrtc_filter: bool = True,
    ) -> Route:
        """Azure OpenAI's rules at ``endpoint`` (``https://<resource>.openai.azure.com``;
        or at ``base_url``, a REST base used as is, for a gateway in front of Azure): the GA
        v1 route unless ``preview``, which needs an ``api_version``; the v1 route takes none
        (a dated version names the preview route: refused).

        Example:
            >>> Route.azure("https://r.openai.azure.com", Auth.token("t0k3n"), preview=True,
            ...             api_version="2025-04-01-preview", deployment="d").websocket_url()
            'wss://r.openai.azure.com/openai/realtime?api-version=2025-04-01-preview&deployment=d'
        """
        if (endpoint is None) == (base_url is None):
            raise InvalidArgumentError(
                "pass azure_endpoint (https://<resource>.openai.azure.com, or set "
                "AZURE_OPENAI_ENDPOINT) or base_url (a REST base used as is), exactly one"
            )
        if deployment is not None:
            utf8_text("azure_deployment", _non_empty("azure_deployment", deployment))
        if preview:
            if api_version is None:
                raise InvalidArgumentError(
                    "azure_route='preview' needs api_version= (or OPENAI_API_VERSION), e.g. "
                    f"{AZURE_PREVIEW_API_VERSION!r}; the GA v1 route (the default) takes none"
                )
            utf8_text("api_version", _non_empty("api_version", api_version))
        elif api_version is not None:
            raise InvalidArgumentError(
                f"api_version={short_repr(api_version)} names a preview route version, but the "
                "route is Azure's GA v1 route (/openai/v1), which takes no api-version: pass "
                "azure_route='preview' for the preview route, or leave api_version out"
            )
        suffix = "/openai" if preview else "/openai/v1"
        rest = (
            _checked_base(base_url, "base_url")
            if base_url is not None
            else _checked_base(endpoint, "azure_endpoint") + suffix
        )
        route = cls(
            kind="azure-preview" if preview else "azure-v1",
            base_url=rest,
            auth=auth,
            websocket_base_url=websocket_base_url,
            default_query=default_query,
            model_query="deployment" if preview else "model",
            deployment=deployment,
            api_version=api_version if preview else None,
            webrtc_filter=webrtc_filter,
        )
        route._model_hint = _AZURE_MODEL_HINT
        return route

    def query(self) -> tuple[tuple[str, str], ...]:
        """The query every request and WebSocket of the route carries: ``default_query``'s
        pairs as sent, then Azure's ``api-version`` on the preview route.

        Example:
            >>> Route.openai("http://127.0.0.1:8000/v1", Auth.api_key("sk-x"),
            ...              default_query={"sig": "s1"}).query()
            (('sig', 's1'),)
        """
        return self._query

    def rest_url(self, path: str) -> str:
        """The URL of a REST request for ``path`` (``/realtime/calls``..., the host's path
        for it: :meth:`host_path`), with the route's query: ``default_query``, Azure's
        ``api-version`` on the preview route and ``webrtcfilter=on`` on a WebRTC offer when
        ``webrtc_filter`` (Azure then sends the data channel only the events a browser
        needs).

        Example:
            >>> Route.openai("http://127.0.0.1:8000/v1", Auth.api_key("sk-x"),
            ...              default_query={"a": 1}).rest_url("/realtime/calls")
            'http://127.0.0.1:8000/v1/realtime/calls?a=1'
        """
        query = list(self._query)
        if self.webrtc_filter and path == _WEBRTC_OFFER:
            query.append(("webrtcfilter", "on"))
        url = self.base_url + self.host_path(path)
        return f"{url}?{urlencode(query)}" if query else url

    def websocket_url(
        self,
        path: str = "/realtime",
        *,
        model: str | None = None,
        call_id: str | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> str:
        """The WebSocket URL of ``path`` (``/realtime``, ``/realtime/translations``,
        ``/live``...) for a new session of ``model`` or a call's sideband (``call_id``):
        exactly one, except that on Azure the deployment stands for the model of
        ``/realtime``. A ``model`` other than the route's deployment is refused for
        ``/realtime`` (the deployment names the model there).

        Example:
            >>> Route.openai("https://api.openai.com/v1", Auth.api_key("sk-x")).websocket_url(
            ...     call_id="rtc_1")
            'wss://api.openai.com/v1/realtime?call_id=rtc_1'
        """
        if path == "/realtime" and self.deployment is not None and call_id is None:
            if model is not None and model != self.deployment:
                raise InvalidArgumentError(
                    f"model={short_repr(model)} contradicts the client's azure_deployment="
                    f"{self.deployment!r}: on Azure the deployment is the model; leave model= "
                    "out (or pass the deployment's name)"
                )
            model = self.deployment
        if (model is None) == (call_id is None):
            raise InvalidArgumentError(
                f"pass exactly one of model= (new session) or call_id={self._model_hint}"
            )
        for name, value in (("model", model), ("call_id", call_id)):
            if value is not None and (not isinstance(value, str) or not value):
                raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r}")
            if value is not None:  # urlencode escapes any text but a lone surrogate
                utf8_text(name, value)
        name = "call_id" if call_id is not None else self.model_query
        query = [(name, str(call_id if call_id is not None else model))]
        return self.socket_url(path, query, extra_query)

    def socket_url(
        self,
        path: str,
        query: list[tuple[str, str]] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> str:
        """The WebSocket URL of any ``path`` under the route's base (GPT-Live's
        ``/live/sessions``, which takes no model in its URL; the host's path for it:
        :meth:`host_path`): the base's own query, the route's (``default_query``, Azure's
        ``api-version``), then ``query`` and ``extra_query``.

        Example:
            >>> Route.azure("https://r.openai.azure.com", Auth.token("t0k3n")).socket_url(
            ...     "/live/sessions")
            'wss://r.openai.azure.com/openai/v1/live/sessions'
        """
        pairs = [*self._query, *(query or ()), *query_pairs(extra_query, "extra_query")]
        base = self.websocket_base_url if self.websocket_base_url is not None else self.base_url
        return join_websocket_url(base, self.host_path(path), pairs)

    def describe(self) -> str:
        """What a client's ``repr`` shows of the route (no secret: query values are masked,
        but ``api-version`` and ``deployment`` are Azure's public names).

        Example:
            >>> Route.azure("https://r.openai.azure.com", Auth.token("t0k3n"),
            ...             deployment="d").describe()
            "route='azure-v1', base_url='https://r.openai.azure.com/openai/v1', deployment='d'"
        """
        text = f"route={self.kind!r}, base_url={redact_url(self.rest_url(''))!r}"
        if self.deployment is not None:
            text += f", deployment={self.deployment!r}"
        return text

    def __repr__(self) -> str:
        return f"Route({self.describe()}, auth={self.auth!r})"


def query_pairs(query: object, name: str) -> list[tuple[str, str]]:
    """``query`` (a mapping) as (name, value) strings, spelled as httpx spells query
    parameters (what the openai package sends): ``True`` -> ``"true"``, ``None`` -> ``""``,
    numbers as written; any other value is refused rather than sent as its ``str()``.

    Example:
        >>> query_pairs({"a": True, "b": 2}, "default_query")
        [('a', 'true'), ('b', '2')]
    """
    if query is None:
        return []
    if not isinstance(query, Mapping):
        raise InvalidArgumentError(
            f"{name} must be a mapping of names to values, got {type(query).__name__}"
        )
    pairs: list[tuple[str, str]] = []
    for key, value in cast("Mapping[object, object]", query).items():
        if not isinstance(key, str) or not key:
            raise InvalidArgumentError(f"{name}: {short_repr(key)} is not a parameter name (a str)")
        label = f"{name}[{utf8_text(name, key)!r}]"
        if isinstance(value, str):
            text = utf8_text(label, value)
        elif value is None or isinstance(value, bool):
            text = "" if value is None else str(value).lower()
        elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
            text = str(value)
        else:
            raise InvalidArgumentError(
                f"{label} must be a str, a number, a bool or None, got {type(value).__name__} "
                f"{short_repr(value)}"
            )
        pairs.append((key, text))
    return pairs


def join_websocket_url(base: str, path: str, query: list[tuple[str, str]]) -> str:
    """``base`` with a ws(s) scheme, ``path`` appended and ``query`` after the base's own.

    Example:
        >>> join_websocket_url("https://h/v1?a=1", "/realtime", [("model", "m")])
        'wss://h/v1/realtime?a=1&model=m'
    """
    if not isinstance(base, str) or not base:
        raise InvalidArgumentError(
            f"base URL must be a non-empty http(s):// or ws(s):// URL, got {short_repr(base)}"
        )
    parts = urlsplit(base)
    scheme = _WS_SCHEMES.get(parts.scheme.lower())
    if scheme is None or not parts.netloc:
        raise InvalidArgumentError(
            f"base URL must be http(s):// or ws(s):// with a host, got {redact_url(base)!r}"
        )
    pairs = [*parse_qsl(parts.query, keep_blank_values=True), *query]
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + path, urlencode(pairs), ""))


def _checked_paths(paths: object) -> tuple[tuple[str, str], ...]:
    """``paths=`` checked (absolute paths, no query), longest prefix first."""
    if paths is None:
        return ()
    if not isinstance(paths, Mapping):
        raise InvalidArgumentError(
            f"paths must be a mapping of the SDK's paths to the host's, got {type(paths).__name__}"
        )
    pairs: list[tuple[str, str]] = []
    for prefix, replacement in cast("Mapping[object, object]", paths).items():
        for value in (prefix, replacement):
            if (
                not isinstance(value, str)
                or not value.startswith("/")
                or any(c in value for c in "?#")
            ):
                raise InvalidArgumentError(
                    f"paths: {short_repr(value)} is not a path (one starting with '/', with "
                    "no query), e.g. {'/live': '/voice-live'}"
                )
        key = str(prefix).rstrip("/")
        if not key:
            raise InvalidArgumentError(
                "paths: '/' would map every path; put the host's prefix in base_url instead"
            )
        pairs.append((key, str(replacement).rstrip("/")))
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _non_empty(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} must be a non-empty string, got {short_repr(value)}")
    return value


def _checked_base(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(
            f"{name} must be a non-empty URL string, got {short_repr(value)}"
        )
    parts = urlsplit(value)
    if parts.scheme.lower() not in _WS_SCHEMES or not parts.netloc:
        raise InvalidArgumentError(
            f"{name} must be an absolute http(s):// (or ws(s)://) URL with a host, got "
            f"{short_repr(redact_url(value), 200)}"
        )
    return value.rstrip("/")
