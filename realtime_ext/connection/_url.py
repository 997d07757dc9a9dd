"""The WebSocket URL and auth headers for a Realtime connection (as the openai package does)."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from realtime_ext._exceptions import InvalidArgumentError

_WS_SCHEMES = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}


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
    if (model is None) == (call_id is None):
        raise InvalidArgumentError("pass exactly one of model= (new session) or call_id=")
    for name, value in (("model", model), ("call_id", call_id)):
        if value is not None and (not isinstance(value, str) or not value):
            raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r}")
    base = websocket_base_url if websocket_base_url is not None else base_url
    if not isinstance(base, str) or not base:
        raise InvalidArgumentError(f"base_url must be a non-empty URL string, got {base!r}")
    parts = urlsplit(base)
    scheme = _WS_SCHEMES.get(parts.scheme.lower())
    if scheme is None or not parts.netloc:
        raise InvalidArgumentError(
            f"base URL must be http(s):// or ws(s):// with a host, got {base!r}"
        )
    query = parse_qsl(parts.query, keep_blank_values=True)
    query.append(("model", model) if model is not None else ("call_id", str(call_id)))
    query.extend((extra_query or {}).items())
    path = parts.path.rstrip("/") + endpoint
    return urlunsplit((scheme, parts.netloc, path, urlencode(query), ""))


def auth_headers(api_key: str, headers: Mapping[str, str] | None) -> dict[str, str]:
    """``Authorization: Bearer <key>`` plus the caller's headers (which may override it).

    Works the same for an API key (``sk-...``) and an ephemeral client secret (``ek_...``).

    Example:
        >>> auth_headers("ek_123", {"X-Trace": "1"})["X-Trace"]
        '1'
    """
    if not isinstance(api_key, str) or not api_key.strip():
        raise InvalidArgumentError("api_key must be a non-empty API key or ephemeral client secret")
    merged = {"Authorization": f"Bearer {api_key.strip()}"}
    for key, value in (headers or {}).items():
        if key.lower() == "authorization":
            merged.pop("Authorization", None)
        merged[key] = value
    return merged
