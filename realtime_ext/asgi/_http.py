"""Reading a capped request body and writing a JSON answer over raw ASGI messages.

Hand-written rather than taken from Starlette so that the endpoints run under any ASGI
server or framework with nothing more installed; this is the little of HTTP they need.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Mapping
from typing import Any

from realtime_ext.provider import check_count, check_seconds

from ._types import Receive, Scope, Send

__all__ = [
    "HTTPProblem",
    "answer",
    "check_body_limits",
    "header",
    "media_type",
    "read_body",
    "refuse_other_scopes",
]


class HTTPProblem(Exception):
    """An answer that ends a request early: its status, a short message and extra headers."""

    def __init__(self, status: int, message: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = tuple(headers)


def header(scope: Scope, name: str) -> str | None:
    """The value of request header ``name`` (lower case), or None; repeated ones are joined.

    ASGI hands header names lower-cased as bytes; values are latin-1 by HTTP's rules.
    """
    key = name.encode("latin-1")
    values = [v.decode("latin-1") for k, v in scope.get("headers", ()) if k.lower() == key]
    return ", ".join(values) if values else None


def media_type(scope: Scope) -> str:
    """The request's media type: its ``Content-Type`` without parameters, lower case (``""``
    when there is none), as the endpoints compare it.

    Example:
        >>> media_type({"headers": [(b"content-type", b"Application/JSON; charset=utf-8")]})
        'application/json'
    """
    return (header(scope, "content-type") or "").partition(";")[0].strip().lower()


def check_body_limits(max_body: object, body_timeout: object) -> tuple[int, float]:
    """The endpoints' ``max_body`` (bytes, >= 1) and ``body_timeout`` (seconds, > 0), checked."""
    limit = check_count(max_body, "max_body", unlimited=False)
    seconds = check_seconds(body_timeout, "body_timeout", unlimited=False)
    assert limit is not None and seconds is not None  # unlimited=False: never None
    return limit, seconds


async def read_body(receive: Receive, scope: Scope, *, limit: int, timeout: float) -> bytes:
    """The whole request body, refused with 413 past ``limit`` bytes (by ``Content-Length``
    before anything is read, and by counting for chunked bodies) and with 408 when it has
    not all arrived within ``timeout`` seconds: a slow or endless sender holds nothing.
    """
    declared = header(scope, "content-length")
    if declared is not None:
        # ASCII digits only: str.isdigit() also takes "²" or "٣", which int() refuses or
        # reads as another number; and at most 15 of them, past which any body is too large
        # (int() of thousands of digits is slow, then refused).
        if not (declared.isascii() and declared.isdigit()):
            raise HTTPProblem(400, "Content-Length is not a number")
        if len(declared) > 15 or int(declared) > limit:
            raise HTTPProblem(413, f"the body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise HTTPProblem(400, "the client went away")
                chunk: bytes = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    raise HTTPProblem(413, f"the body is larger than {limit} bytes")
                chunks.append(chunk)
                if not message.get("more_body", False):
                    return b"".join(chunks)
    except TimeoutError:
        raise HTTPProblem(408, "the body did not arrive in time") from None


async def answer(
    send: Send,
    status: int,
    payload: Mapping[str, Any] | bytes,
    headers: Iterable[tuple[str, str]] = (),
) -> None:
    """Send ``payload`` (a dict, or JSON bytes as they are) with ``status``, uncached."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    raw = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        # Tokens and verdicts are answers to one request: never stored by a cache or proxy.
        (b"cache-control", b"no-store"),
    ]
    raw.extend((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers)
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def lifespan(receive: Receive, send: Send) -> None:
    """Acknowledge the lifespan protocol (an endpoint served as the server's whole app).

    An ASGI endpoint of your own answers ``scope["type"] == "lifespan"`` with it, as
    ``token_endpoint``, ``webhook_endpoint`` and ``twilio_endpoint`` do::

        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
    """
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def refuse_other_scopes(scope: Scope, receive: Receive, send: Send) -> None:
    """Answer what is not an HTTP request: the lifespan protocol (when the endpoint is the
    server's whole app) is acknowledged, a WebSocket is closed with policy violation."""
    if scope["type"] == "lifespan":
        await lifespan(receive, send)
    elif scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
