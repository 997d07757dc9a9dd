"""Errors every conversation raises, whatever carries it (WebSocket, WebRTC data channel)."""

from __future__ import annotations

from typing import Any

from realtime_ext._errors import RealtimeError, RealtimeServerError
from realtime_ext._redact import redact


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


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def server_error(event: Any) -> RealtimeServerError:
    """The :class:`RealtimeServerError` for a parsed (or dict) ``error`` server event.

    Example:
        >>> exc = server_error({"type": "error", "error": {"type": "invalid_request_error",
        ...     "code": "x", "message": "bad", "param": None, "event_id": "evt_1"}})
        >>> exc.type, exc.code, exc.event_id
        ('invalid_request_error', 'x', 'evt_1')
    """
    data = event if isinstance(event, dict) else _as_dict(event)
    detail = data.get("error")
    detail = detail if isinstance(detail, dict) else {}
    message = _text(detail.get("message")) or "the Realtime server reported an error"
    return RealtimeServerError(
        redact(message),
        type=_text(detail.get("type")),
        code=_text(detail.get("code")),
        param=_text(detail.get("param")),
        event_id=_text(detail.get("event_id")),
        event=event,
    )


def _as_dict(event: Any) -> dict[str, Any]:
    to_dict = getattr(event, "to_dict", None)
    data = to_dict() if callable(to_dict) else None
    return data if isinstance(data, dict) else {}
