"""The error a server ``error`` event raises, whatever carries the conversation (WebSocket,
WebRTC data channel); the exception classes live in ``realtime_ext._exceptions``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from realtime_ext._exceptions import RealtimeServerError
from realtime_ext._json import is_dict
from realtime_ext._redact import redact
from realtime_ext.events import to_payload


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def answered_event_id(detail: Mapping[str, Any]) -> str | None:
    """The id of the client event an ``error`` event answers (``detail``: its ``error``
    object), if it names one: the Realtime API's ``event_id``, GPT-Live's
    ``client_event_id``.

    Example:
        >>> answered_event_id({"code": "x", "client_event_id": "evt_2"})
        'evt_2'
    """
    return _text(detail.get("event_id")) or _text(detail.get("client_event_id"))


def server_error(event: Any, data: dict[str, Any] | None = None) -> RealtimeServerError:
    """The :class:`RealtimeServerError` for a parsed (or dict) ``error`` server event
    (``data``: the JSON object it was decoded from, when at hand).

    Example:
        >>> exc = server_error({"type": "error", "error": {"type": "invalid_request_error",
        ...     "code": "x", "message": "bad", "param": None, "event_id": "evt_1"}})
        >>> exc.type, exc.code, exc.event_id
        ('invalid_request_error', 'x', 'evt_1')
        >>> server_error({"type": "error", "error": {"type": "invalid_request_error",
        ...     "code": "x", "message": "bad", "client_event_id": "evt_2"}}).event_id  # GPT-Live
        'evt_2'
    """
    if data is None:  # a dict as it is; a parsed event's to_dict()
        data = to_payload(event, lenient=True)
    detail = data.get("error")
    detail = detail if is_dict(detail) else {}
    message = _text(detail.get("message")) or "the Realtime server reported an error"
    return RealtimeServerError(
        redact(message),
        type=_text(detail.get("type")),
        code=_text(detail.get("code")),
        param=_text(detail.get("param")),
        event_id=answered_event_id(detail),
        event=event,
    )
