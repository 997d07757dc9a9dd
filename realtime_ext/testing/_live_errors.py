"""GPT-Live's ``error`` event (a bad client frame raises ``_events.ClientError`` inside the
fake, as on the Realtime API, and is answered with this).

>>> live_error("bad", code="invalid_value")["error"]["code"]
'invalid_value'
"""

from __future__ import annotations

from ._events import JSON, event


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
