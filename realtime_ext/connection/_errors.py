"""Connection errors, and the translation of ``websockets`` failures into them."""

from __future__ import annotations

import json
from typing import Any

import httpx
from websockets.exceptions import (
    ConnectionClosed,
    InvalidHandshake,
    InvalidStatus,
    InvalidURI,
    WebSocketException,
)
from websockets.frames import CloseCode

from realtime_ext._errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidArgumentError,
    RealtimeError,
    status_error_class,
)
from realtime_ext._redact import redact, redact_data

OPEN_ERRORS = (OSError, TimeoutError, WebSocketException)
"""What opening a socket can raise for network or handshake reasons (not bad arguments)."""


class MessageTooLargeError(RealtimeError):
    """A message is over the connection's ``max_size``.

    Outgoing: raised by ``send`` before anything is written (the connection stays usable).
    Incoming: the server sent a bigger message; the connection was closed with 1009.

    Example::

        conn.send({"type": "input_audio_buffer.append", "audio": huge})  # MessageTooLargeError
    """

    def __init__(self, message: str, *, size: int | None, max_size: int) -> None:
        super().__init__(message)
        self.size = size
        self.max_size = max_size


class ConnectionClosedError(RealtimeError):
    """``recv``/``send`` on a connection that was closed (by either side, with a close frame).

    Iteration (``for event in conn``) simply ends instead. The close code and reason are on
    the exception and on the connection (``conn.close_code``, ``conn.close_reason``).

    Example::

        except ConnectionClosedError as exc:
            print(exc.code, exc.reason)
    """

    def __init__(self, code: int | None, reason: str) -> None:
        text = f"connection closed with code {code}" + (f": {reason}" if reason else "")
        super().__init__(text)
        self.code = code
        self.reason = reason


def closed_error(exc: ConnectionClosed, max_size: int | None) -> RealtimeError:
    """Our error for a closed ``websockets`` connection (see the module docstring policy)."""
    if exc.sent is not None and exc.sent.code == CloseCode.MESSAGE_TOO_BIG:
        limit = max_size or 0
        return MessageTooLargeError(
            f"the server sent a message over max_size={limit} bytes; the connection was "
            "closed with code 1009 (raise max_size= in connect() if such messages are expected)",
            size=None,
            max_size=limit,
        )
    if exc.rcvd is None and exc.sent is None:
        return APIConnectionError(
            "the Realtime connection dropped without a close frame (code 1006)"
        )
    frame = exc.rcvd if exc.rcvd is not None else exc.sent
    assert frame is not None  # one of them is set past the check above
    return ConnectionClosedError(int(frame.code), frame.reason)


def handshake_error(exc: Exception, url: str) -> RealtimeError:
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


def _status_error(exc: InvalidStatus, url: str) -> RealtimeError:
    ws_response = exc.response
    status = ws_response.status_code
    body_bytes = bytes(ws_response.body or b"")
    body: Any = None
    try:
        body = json.loads(body_bytes) if body_bytes else None
    except ValueError:
        body = body_bytes.decode("utf-8", "replace")
    detail = body.get("error") if isinstance(body, dict) else None
    message = detail.get("message") if isinstance(detail, dict) else None
    response = httpx.Response(
        status,
        headers=list(ws_response.headers.raw_items()),
        content=body_bytes,
        request=httpx.Request("GET", url),
    )
    cls = status_error_class(status)
    text = message if isinstance(message, str) else f"WebSocket handshake refused ({status})"
    # The API echoes a masked key in 401 messages; keep even the fragments out.
    return cls(redact(text), response=response, body=redact_data(body))
