"""GPT-Live's ``error`` event, and the exception a bad client frame raises inside the fake.

>>> live_error("bad", code="invalid_value")["error"]["code"]
'invalid_value'
"""

from __future__ import annotations

from ._events import JSON, event


class LiveClientError(Exception):
    """A client frame the API answers with an ``error`` event (the session goes on)."""

    def __init__(self, message: str, *, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.message, self.code, self.param = message, code, param


def live_error(
    message: str,
    *,
    code: str | None = None,
    param: str | None = None,
    client_event_id: str | None = None,
    type: str = "invalid_request_error",
) -> JSON:
    """A Live ``error`` event: ``error: {type, code, message, param?, client_event_id?}``
    (``client_event_id`` names the client frame that caused it)."""
    error: JSON = {"type": type, "code": code, "message": message}
    if param is not None:
        error["param"] = param
    if client_event_id is not None:
        error["client_event_id"] = client_event_id
    return event("error", error=error)
