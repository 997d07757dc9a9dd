"""CORS as on the real API, so a page on another origin can mint keys and create calls.

Browsers send a preflight ``OPTIONS`` before a cross-origin ``POST`` with ``Authorization``
or ``Content-Type: application/sdp``; the answer allows those headers, and ``Location``
(where the call id is) is exposed to the page's script.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._http import Response

ALLOWED_HEADERS = (
    "Authorization, Content-Type, OpenAI-Beta, OpenAI-Organization, OpenAI-Project, X-Request-Id"
)
EXPOSED_HEADERS = "Location, x-request-id"
ALLOWED_METHODS = "GET, POST, OPTIONS"
MAX_AGE = "600"


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


def decorate(response: Response, headers: Mapping[str, str]) -> Response:
    """Add the CORS answer headers when the request came from a page (``Origin`` sent).

    >>> decorate(Response(200), {"origin": "http://localhost:8080"}).headers[
    ...     "Access-Control-Allow-Origin"]
    '*'
    """
    if "origin" in headers:
        response.headers.setdefault("Access-Control-Allow-Origin", "*")
        response.headers.setdefault("Access-Control-Expose-Headers", EXPOSED_HEADERS)
        response.headers.setdefault("Vary", "Origin")
    return response
