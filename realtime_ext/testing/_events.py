"""Builders for server events (every event gets a fresh ``event_id``), and the error a bad
client event raises inside the fake server (:class:`ClientError`, answered with ``error``).
"""

from __future__ import annotations

from typing import Any

from ._ids import new_id

JSON = dict[str, Any]


class ClientError(Exception):
    """A client event the real API would answer with an ``error`` event."""

    def __init__(self, message: str, *, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.message, self.code, self.param = message, code, param


def event(type_: str, **fields: Any) -> JSON:
    """A server event with a fresh id.

    >>> event("input_audio_buffer.cleared")["type"]
    'input_audio_buffer.cleared'
    """
    return {"type": type_, "event_id": new_id("event"), **fields}


def error_event(
    message: str,
    *,
    type: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
    event_id: str | None = None,
) -> JSON:
    """An ``error`` server event; ``event_id`` names the client event that caused it.

    >>> error_event("bad", code="invalid_value")["error"]["code"]
    'invalid_value'
    """
    return event(
        "error",
        error={
            "type": type,
            "code": code,
            "message": message,
            "param": param,
            "event_id": event_id,
        },
    )
