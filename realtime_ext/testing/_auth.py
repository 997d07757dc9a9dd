"""API-key checks shared by the REST routes and the WebSocket handshake."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from realtime_ext import InvalidArgumentError

from ._http import HttpError

KeyCheck = Callable[[str], bool]
_SUBPROTOCOL_KEY = "openai-insecure-api-key."


def default_accept(key: str) -> bool:
    """Accept any key shaped like a real one: ``default_accept("sk-test")`` -> ``True``."""
    return key.startswith(("sk-", "ek_"))


def make_check(api_key: str | None, accept_key: KeyCheck | None) -> KeyCheck:
    """Combine the server options into one predicate (``api_key`` means exactly that key)."""
    if api_key is not None and accept_key is not None:
        raise InvalidArgumentError("pass either api_key= or accept_key=, not both")
    if api_key is not None:
        expected = api_key
        return lambda key: key == expected
    return accept_key or default_accept


def presented_key(headers: Mapping[str, str]) -> str | None:
    """The key from ``Authorization: Bearer`` or the browser subprotocol, if any."""
    auth = headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    for proto in headers.get("sec-websocket-protocol", "").split(","):
        proto = proto.strip()
        if proto.startswith(_SUBPROTOCOL_KEY) and len(proto) > len(_SUBPROTOCOL_KEY):
            return proto[len(_SUBPROTOCOL_KEY) :]
    return None


def authenticate(headers: Mapping[str, str], check: KeyCheck) -> None:
    """Raise a 401 :class:`HttpError` unless the request carries an accepted key.

    The key itself never appears in the message, unlike the real API's masked echo.
    """
    key = presented_key(headers)
    if key is None:
        raise HttpError(
            401,
            "You didn't provide an API key. You need to provide your API key in an "
            "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            code="missing_api_key",
        )
    if not check(key):
        raise HttpError(401, "Incorrect API key provided.", code="invalid_api_key")
