"""Azure OpenAI's arguments and environment, as the official package names them, resolved
into a :class:`~realtime_ext._route.Route`: what makes ``AzureRealtimeClient`` a
configuration of the one client.

Arguments beat the environment: ``azure_endpoint`` (``AZURE_OPENAI_ENDPOINT``), ``api_key``
(``AZURE_OPENAI_API_KEY``), ``azure_ad_token`` (``AZURE_OPENAI_AD_TOKEN``), ``api_version``
(``OPENAI_API_VERSION``, read for the preview route only: the GA v1 route takes none). One
credential: a key (sent as ``api-key``), a token or a token provider (``Authorization:
Bearer``); several given are refused, as openai's ``MutuallyExclusiveAuthError`` does.

Example::

    route = azure_route(azure_endpoint="https://res.openai.azure.com", api_key="0123...",
                        azure_deployment="my-realtime", ...)
    route.websocket_url()  # 'wss://res.openai.azure.com/openai/v1/realtime?model=my-realtime'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

from ._auth import AsyncTokenProvider, Auth
from ._client import refuse_route_clash
from ._exceptions import InvalidArgumentError, MissingAPIKeyError
from ._redact import short_repr
from ._route import Route

__all__ = ["AzureRoute", "azure_auth", "azure_configuration", "azure_route"]

AzureRoute: TypeAlias = Literal["v1", "preview"]
"""Which Azure OpenAI route a client takes: ``"v1"`` (GA, the default:
``/openai/v1/realtime?model=<deployment>``) or ``"preview"``
(``/openai/realtime?api-version=...&deployment=...``)."""


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def azure_auth(
    api_key: str | None,
    azure_ad_token: str | None,
    azure_ad_token_provider: AsyncTokenProvider | None,
) -> Auth:
    """The one credential of an Azure client: the arguments given (exactly one), else
    ``AZURE_OPENAI_API_KEY``, else ``AZURE_OPENAI_AD_TOKEN``.

    Example:
        >>> azure_auth("0123abcd", None, None).headers()
        {'api-key': '0123abcd'}
    """
    given = [
        name
        for name, value in (
            ("api_key", api_key),
            ("azure_ad_token", azure_ad_token),
            ("azure_ad_token_provider", azure_ad_token_provider),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise InvalidArgumentError(
            f"pass one credential, not {' and '.join(given)}: api_key (sent as api-key), "
            "azure_ad_token or azure_ad_token_provider (sent as Authorization: Bearer)"
        )
    if azure_ad_token_provider is not None:
        return Auth.token_provider(azure_ad_token_provider)
    if azure_ad_token is not None:
        return Auth.token(azure_ad_token)
    key = api_key if api_key is not None else _env("AZURE_OPENAI_API_KEY")
    if key is not None:
        return Auth.api_key(key, header="api-key")
    token = _env("AZURE_OPENAI_AD_TOKEN")
    if token is not None:
        return Auth.token(token)
    raise MissingAPIKeyError(
        "No Azure credential: pass api_key=, azure_ad_token= or azure_ad_token_provider= "
        "(e.g. azure.identity.get_bearer_token_provider(DefaultAzureCredential(), "
        "'https://cognitiveservices.azure.com/.default')), or set AZURE_OPENAI_API_KEY"
    )


def azure_route(
    *,
    azure_endpoint: str | None,
    azure_deployment: str | None,
    api_version: str | None,
    azure_route: AzureRoute,
    base_url: str | None,
    websocket_base_url: str | None,
    default_query: Mapping[str, object] | None,
    webrtc_filter: bool,
    auth: Auth,
) -> Route:
    """The route of an Azure client's arguments, checked before anything is sent: an
    endpoint (``azure_endpoint`` or ``AZURE_OPENAI_ENDPOINT``; or ``base_url``, the REST
    base as is, for a gateway in front of Azure: not both), the route's rules and no
    contradiction (an ``api_version`` on the v1 route, none on the preview route).

    Example::

        azure_route(azure_endpoint="https://r.openai.azure.com", azure_deployment="d",
                    api_version=None, azure_route="v1", base_url=None, websocket_base_url=None,
                    default_query=None, webrtc_filter=True, auth=Auth.token("t"))
    """
    if azure_route not in ("v1", "preview"):
        raise InvalidArgumentError(
            "azure_route must be 'v1' (GA, the default) or 'preview', got "
            f"{short_repr(azure_route)}"
        )
    if not isinstance(webrtc_filter, bool):
        raise InvalidArgumentError(
            f"webrtc_filter must be a bool, got {type(webrtc_filter).__name__}"
        )
    preview = azure_route == "preview"
    if preview and api_version is None:
        api_version = _env("OPENAI_API_VERSION")
    if base_url is not None and azure_endpoint is not None:
        raise InvalidArgumentError(
            "base_url and azure_endpoint are exclusive: azure_endpoint is the resource "
            "(https://<resource>.openai.azure.com), base_url a REST base URL used as is"
        )
    endpoint = azure_endpoint
    if endpoint is None and base_url is None:
        endpoint = _env("AZURE_OPENAI_ENDPOINT")
        if endpoint is None:
            raise InvalidArgumentError(
                "no Azure endpoint: pass azure_endpoint='https://<resource>.openai.azure.com' "
                "or set AZURE_OPENAI_ENDPOINT"
            )
    return Route.azure(
        endpoint,
        auth,
        deployment=azure_deployment,
        api_version=api_version,
        preview=preview,
        base_url=base_url,
        websocket_base_url=websocket_base_url,
        default_query=default_query,
        webrtc_filter=webrtc_filter,
    )


def azure_configuration(given: dict[str, Any]) -> dict[str, Any]:
    """An Azure client's arguments (its ``locals()``) as the keywords of the clients' one
    configuration (``ClientBase._configure``): the Azure ones made into its route (or its
    ``route=``, given with none of them), the rest (timeouts, headers, telemetry...) as
    every client takes them.

    Example::

        self._http = self._configure(**azure_configuration(arguments(locals())))
    """
    route: Route | None = given.pop("route", None)
    if route is not None:
        # The keywords left at their defaults count as not given.
        shown = {
            **given,
            "route": route,
            "azure_route": None if given["azure_route"] == "v1" else given["azure_route"],
            "webrtc_filter": None if given["webrtc_filter"] is True else given["webrtc_filter"],
        }
        refuse_route_clash(shown, _AZURE_KEYWORDS)
        for name in _AZURE_ONLY:
            given.pop(name)
        return {**given, "organization": None, "project": None, "route": route}
    auth = azure_auth(
        given.pop("api_key"), given.pop("azure_ad_token"), given.pop("azure_ad_token_provider")
    )
    route = azure_route(
        azure_endpoint=given.pop("azure_endpoint"),
        azure_deployment=given.pop("azure_deployment"),
        api_version=given.pop("api_version"),
        azure_route=given.pop("azure_route"),
        base_url=given.pop("base_url"),
        websocket_base_url=given.pop("websocket_base_url"),
        default_query=given.pop("default_query"),
        webrtc_filter=given.pop("webrtc_filter"),
        auth=auth,
    )
    # The route stands for the key, the URLs and the query (ClientBase._configure).
    return {
        **given,
        "api_key": None,
        "base_url": None,
        "websocket_base_url": None,
        "default_query": None,
        "organization": None,
        "project": None,
        "route": route,
    }


_AZURE_ONLY = (
    "azure_endpoint",
    "azure_deployment",
    "api_version",
    "azure_ad_token",
    "azure_ad_token_provider",
    "azure_route",
    "webrtc_filter",
)
"""An Azure client's keywords that every client does not take."""
_AZURE_KEYWORDS = (
    "azure_endpoint",
    "azure_deployment",
    "api_version",
    "api_key",
    "azure_ad_token",
    "azure_ad_token_provider",
    "azure_route",
    "webrtc_filter",
    "base_url",
    "websocket_base_url",
    "default_query",
)
"""What an Azure client's ``route=`` stands for: refused beside it."""
