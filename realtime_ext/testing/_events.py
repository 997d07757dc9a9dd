"""Builders for server events: every event gets a fresh ``event_id``."""

from __future__ import annotations

from typing import Any

from ._ids import new_id

JSON = dict[str, Any]


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
