"""The WebSocket URL and auth headers for a Realtime connection (as the openai package does)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from realtime_ext._config import check_headers, is_token_text
from realtime_ext._encode import utf8_text
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._redact import short_repr

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
        if value is not None:  # urlencode escapes any text but a lone surrogate
            utf8_text(name, value)
    query = [("model", model) if model is not None else ("call_id", str(call_id))]
    return socket_url(base_url, endpoint, websocket_base_url, query, extra_query)


def socket_url(
    base_url: str,
    endpoint: str,
    websocket_base_url: str | None = None,
    query: list[tuple[str, str]] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> str:
    """``base_url`` (or ``websocket_base_url``) + ``endpoint`` with a ws(s) scheme, the base's
    own query, then ``query`` and ``extra_query`` (GPT-Live's sockets take none of their own).

    Example:
        >>> socket_url("https://api.openai.com/v1", "/live/sessions")
        'wss://api.openai.com/v1/live/sessions'
    """
    base = websocket_base_url if websocket_base_url is not None else base_url
    if not isinstance(base, str) or not base:
        raise InvalidArgumentError(f"base_url must be a non-empty URL string, got {base!r}")
    parts = urlsplit(base)
    scheme = _WS_SCHEMES.get(parts.scheme.lower())
    if scheme is None or not parts.netloc:
        raise InvalidArgumentError(
            f"base URL must be http(s):// or ws(s):// with a host, got {base!r}"
        )
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    pairs.extend(query or ())
    pairs.extend(_extra_query(extra_query))
    path = parts.path.rstrip("/") + endpoint
    return urlunsplit((scheme, parts.netloc, path, urlencode(pairs), ""))


def auth_headers(api_key: str, headers: Mapping[str, str] | None) -> dict[str, str]:
    """``Authorization: Bearer <key>`` plus the caller's headers (which may override it).

    Works the same for an API key (``sk-...``) and an ephemeral client secret (``ek_...``).

    Example:
        >>> auth_headers("ek_123", {"X-Trace": "1"})["X-Trace"]
        '1'
    """
    if not isinstance(api_key, str) or not api_key.strip():
        raise InvalidArgumentError("api_key must be a non-empty API key or ephemeral client secret")
    if not is_token_text(api_key.strip()):  # never shown: it is a secret
        raise InvalidArgumentError(
            "api_key must be printable ASCII without spaces or line breaks (it goes in the "
            "Authorization header)"
        )
    merged = {"Authorization": f"Bearer {api_key.strip()}"}
    for key, value in check_headers(headers, "headers").items():
        if key.lower() == "authorization":
            merged.pop("Authorization", None)
        merged[key] = value
    return merged


def _extra_query(extra_query: object) -> list[tuple[str, str]]:
    """``extra_query`` as (name, value) strings, spelled as httpx spells query parameters
    (what the openai package sends): ``True`` -> ``"true"``, ``None`` -> ``""``, numbers
    as written; any other value is refused rather than sent as its ``str()``."""
    if extra_query is None:
        return []
    if not isinstance(extra_query, Mapping):
        raise InvalidArgumentError(
            f"extra_query must be a mapping of names to values, got {type(extra_query).__name__}"
        )
    pairs: list[tuple[str, str]] = []
    for key, value in cast("Mapping[object, object]", extra_query).items():
        if not isinstance(key, str) or not key:
            raise InvalidArgumentError(
                f"extra_query: {short_repr(key)} is not a parameter name (a str)"
            )
        name = f"extra_query[{utf8_text('extra_query', key)!r}]"
        if isinstance(value, str):
            text = utf8_text(name, value)
        elif value is None or isinstance(value, bool):
            text = "" if value is None else str(value).lower()
        elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
            text = str(value)
        else:
            raise InvalidArgumentError(
                f"{name} must be a str, a number, a bool or None, got {type(value).__name__} "
                f"{short_repr(value)}"
            )
        pairs.append((key, text))
    return pairs
