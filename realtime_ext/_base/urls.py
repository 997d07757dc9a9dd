"""The WebSocket URL and auth headers of a Realtime connection given a key and a base URL
(the module-level entry points' arguments); both are the route's rules
(:class:`realtime_ext.Route`), the one place every URL is made."""

from __future__ import annotations

from collections.abc import Mapping

from realtime_ext._auth import Auth
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._route import Route


def realtime_url(
    base_url: str,
    *,
    model: str | None = None,
    call_id: str | None = None,
    websocket_base_url: str | None = None,
    extra_query: Mapping[str, str] | None = None,
    endpoint: str = "/realtime",
) -> str:
    """``base_url`` (or ``websocket_base_url``) + ``/realtime?model=...`` with a ws(s) scheme.

    Exactly one of ``model`` (a new session) or ``call_id`` (join a WebRTC/SIP call).
    ``endpoint`` is the path under the base URL (``/realtime/translations`` for
    translation sessions).

    Example:
        >>> realtime_url("https://api.openai.com/v1", model="gpt-realtime")
        'wss://api.openai.com/v1/realtime?model=gpt-realtime'
    """
    return openai_route(base_url, None, websocket_base_url).websocket_url(
        endpoint, model=model, call_id=call_id, extra_query=extra_query
    )


def openai_route(
    base_url: object,
    auth: Auth | None,
    websocket_base_url: str | None,
) -> Route:
    """The route of a module-level entry point (``connect(api_key=..., base_url=...)``):
    OpenAI's rules at ``base_url``; ``auth`` ``None`` only to build a URL."""
    if not isinstance(base_url, str) or not base_url:
        raise InvalidArgumentError(f"base_url must be a non-empty URL string, got {base_url!r}")
    return Route(
        kind="openai",
        base_url=base_url,
        auth=auth if auth is not None else Auth("bearer"),
        websocket_base_url=websocket_base_url,
    )


def key_auth(api_key: object) -> Auth:
    """An entry point's ``api_key`` (an API key or an ephemeral ``ek_`` key) as its
    :class:`~realtime_ext._auth.Auth`: ``Authorization: Bearer <key>``; surrounding
    whitespace is dropped, anything else not fit for a header refused (never shown)."""
    if not isinstance(api_key, str) or not api_key.strip():
        raise InvalidArgumentError("api_key must be a non-empty API key or ephemeral client secret")
    try:
        return Auth.api_key(api_key.strip())
    except InvalidArgumentError:
        raise InvalidArgumentError(
            "api_key must be printable ASCII without spaces or line breaks (it goes in the "
            "Authorization header)"
        ) from None
