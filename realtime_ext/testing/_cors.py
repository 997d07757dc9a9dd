"""CORS as on the real API, so a page can mint keys and create calls, but only for pages on
this machine by default.

Browsers send a preflight ``OPTIONS`` before a cross-origin ``POST`` with ``Authorization``
or ``Content-Type: application/sdp``; the answer allows those headers, and ``Location``
(where the call id is) is exposed to the page's script.

The fake accepts any key, so answering ``Access-Control-Allow-Origin: *`` let any web page a
developer visited drive a fake running on their machine. Only origins on this machine
(``http(s)://localhost``, ``127.0.0.1``, ``[::1]``, any port) are answered by default;
:class:`CorsPolicy` names others (``"*"`` for any). The same policy refuses a WebSocket
handshake from a page on another origin (browsers send ``Origin``, other clients do not).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from realtime_ext import InvalidArgumentError

from ._http import Response

ALLOWED_HEADERS = (
    "Authorization, Content-Type, OpenAI-Beta, OpenAI-Organization, OpenAI-Project, X-Request-Id"
)
EXPOSED_HEADERS = "Location, x-request-id"
ALLOWED_METHODS = "GET, POST, OPTIONS"
MAX_AGE = "600"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def is_local_origin(origin: str) -> bool:
    """Whether ``origin`` is a page served from this machine (http or https, any port).

    >>> is_local_origin("http://localhost:5173"), is_local_origin("https://[::1]")
    (True, True)
    >>> is_local_origin("https://evil.example"), is_local_origin("http://localhost.evil.example")
    (False, False)
    """
    try:
        parts = urlsplit(origin)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return (
        parts.scheme in ("http", "https")
        and parts.hostname in LOCAL_HOSTS
        and not parts.path
        and not parts.username
    )


class CorsPolicy:
    """Which page origins the fake answers: this machine's, plus ``origins`` (``"*"``: any).

    >>> policy = CorsPolicy(["https://app.example"])
    >>> policy.allows("https://app.example"), policy.allows("http://127.0.0.1:8000")
    (True, True)
    >>> policy.allows("https://evil.example")
    False
    """

    def __init__(self, origins: Iterable[str] = ()) -> None:
        self.origins: frozenset[str] = frozenset(o.rstrip("/") for o in origins)
        if not all(isinstance(o, str) and o for o in self.origins):
            raise InvalidArgumentError(
                "cors_origins must be non-empty strings such as 'https://app.example'"
            )

    def allows(self, origin: str) -> bool:
        """Whether a page from ``origin`` may use the server."""
        return "*" in self.origins or origin in self.origins or is_local_origin(origin)

    def refuses(self, headers: Mapping[str, str]) -> str | None:
        """The origin of a request from a page this policy refuses (``None``: not refused,
        including requests from no page at all)."""
        origin = headers.get("origin")
        if origin is None or self.allows(origin):
            return None
        return origin


def is_preflight(method: str, headers: Mapping[str, str]) -> bool:
    """An ``OPTIONS`` request naming the method it wants to make."""
    return method == "OPTIONS" and "access-control-request-method" in headers


def preflight() -> Response:
    """The ``204`` answer to a preflight (no key needed, as on the real API).

    >>> preflight().headers["Access-Control-Allow-Headers"].split(", ")[:2]
    ['Authorization', 'Content-Type']
    """
    return Response(
        204,
        headers={
            "Access-Control-Allow-Methods": ALLOWED_METHODS,
            "Access-Control-Allow-Headers": ALLOWED_HEADERS,
            "Access-Control-Max-Age": MAX_AGE,
        },
    )


def decorate(response: Response, headers: Mapping[str, str], policy: CorsPolicy) -> Response:
    """Add the CORS answer headers when the request came from a page (``Origin`` sent) on
    an origin ``policy`` allows; the allowed origin is echoed, never ``*``.

    >>> decorate(Response(200), {"origin": "http://localhost:8080"}, CorsPolicy()).headers[
    ...     "Access-Control-Allow-Origin"]
    'http://localhost:8080'
    """
    origin = headers.get("origin")
    if origin is not None and policy.allows(origin):
        response.headers.setdefault("Access-Control-Allow-Origin", origin)
        response.headers.setdefault("Access-Control-Expose-Headers", EXPOSED_HEADERS)
    if origin is not None:
        response.headers.setdefault("Vary", "Origin")
    return response
