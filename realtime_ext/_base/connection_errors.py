"""Connection errors, and the translation of ``websockets`` failures into them."""

from __future__ import annotations

import json
from typing import Any, cast

import httpx
from websockets.exceptions import (
    ConnectionClosed,
    InvalidHandshake,
    InvalidStatus,
    InvalidURI,
    WebSocketException,
)
from websockets.frames import Close, CloseCode

from realtime_ext._exceptions import (
    APIConnectionError,
    APITimeoutError,
    InvalidArgumentError,
    MessageTooLargeError,
    OpenAIError,
    status_error_class,
)

# Our ConnectionClosed under another name: `ConnectionClosed` here is websockets' exception.
from realtime_ext._exceptions import ConnectionClosed as ClosedError
from realtime_ext._redact import redact, redact_data, redact_url

OPEN_ERRORS = (OSError, TimeoutError, EOFError, WebSocketException)
"""What opening a socket can raise for network or handshake reasons (not bad arguments).

``EOFError``: older websockets releases (14.x; the floor is now 15.0) let a connection closed
mid-handshake escape as a bare ``EOFError``; the lowest-versions CI step
(``make test-lowest``) runs the fault suite at that floor."""


def closed_error(exc: ConnectionClosed, max_size: int | None) -> OpenAIError:
    """Our error for a closed ``websockets`` connection (see the module docstring policy)."""
    if exc.sent is not None and exc.sent.code == CloseCode.MESSAGE_TOO_BIG:
        limit = max_size or 0
        return MessageTooLargeError(
            f"the server sent a message over max_size={limit} bytes; the connection was "
            "closed with code 1009 (raise max_size= in connect() if such messages are expected)",
            size=None,
            max_size=limit,
        )
    code, reason = close_of(exc.rcvd, exc.sent)
    return ClosedError(code, reason)


DROPPED = "the Realtime connection dropped without a close frame"


def close_of(rcvd: Close | None, sent: Close | None) -> tuple[int, str]:
    """The code and reason a closed connection reports, on its errors and as its
    ``close_code``/``close_reason`` alike: the server's close frame, else ours (a keepalive
    timeout sends 1011 ``"keepalive ping timeout"``), else 1006 (dropped, no frame)."""
    frame = rcvd if rcvd is not None else sent
    if frame is None:
        return 1006, DROPPED
    return int(frame.code), frame.reason


def handshake_error(exc: Exception, url: str) -> OpenAIError:
    """Our error for a failed opening handshake or connect."""
    if isinstance(exc, InvalidStatus):
        return _status_error(exc, url)
    if isinstance(exc, InvalidURI):
        return InvalidArgumentError(f"invalid WebSocket URL: {exc}")
    if isinstance(exc, TimeoutError):
        return APITimeoutError("timed out opening the Realtime WebSocket")
    if isinstance(exc, InvalidHandshake):
        return APIConnectionError(f"the Realtime WebSocket handshake failed: {exc}")
    return APIConnectionError(f"could not connect to the Realtime API: {exc}")


def _status_error(exc: InvalidStatus, url: str) -> OpenAIError:
    ws_response = exc.response
    status = ws_response.status_code
    body_bytes = bytes(ws_response.body or b"")
    body: Any = None
    try:
        body = json.loads(body_bytes) if body_bytes else None
    except (ValueError, RecursionError):
        body = body_bytes.decode("utf-8", "replace")
    detail: object = cast("dict[str, Any]", body).get("error") if isinstance(body, dict) else None
    message: object = (
        cast("dict[str, Any]", detail).get("message") if isinstance(detail, dict) else None
    )
    response = httpx.Response(
        status,
        headers=list(ws_response.headers.raw_items()),
        content=body_bytes,
        # The refused URL travels with the error (exc.response.request.url): masked too.
        request=httpx.Request("GET", redact_url(url)),
    )
    cls = status_error_class(status)
    text = message if isinstance(message, str) else f"WebSocket handshake refused ({status})"
    # The API echoes a masked key in 401 messages; keep even the fragments out.
    return cls(redact(text), response=response, body=redact_data(body))
