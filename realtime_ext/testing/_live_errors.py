"""GPT-Live's ``error`` event (a bad client frame raises ``_events.ClientError`` inside the
fake, as on the Realtime API, and is answered with this).

>>> live_error("bad", code="invalid_value")["error"]["code"]
'invalid_value'
"""

from __future__ import annotations

from typing import Unpack

from ._events import JSON, ErrorFields, event


def live_error(
    message: str,
    *,
    code: str | None = None,
    param: str | None = None,
    client_event_id: str | None = None,
    type: str = "invalid_request_error",
) -> JSON:
    """A Live ``error`` event: ``error: {type, code, message, param?, client_event_id?}``
    (``client_event_id`` names the client frame that caused it). GPT-Live's ``code`` is
    always a string: with none given (a scripted error without one, the fake's own failure)
    it is the error's ``type``.

    >>> live_error("boom", type="server_error")["error"]["code"]
    'server_error'
    """
    error: JSON = {"type": type, "code": type if code is None else code, "message": message}
    if param is not None:
        error["param"] = param
    if isinstance(client_event_id, str):  # a client's non-string id is named by none
        error["client_event_id"] = client_event_id
    return event("error", error=error)


class LiveErrorEvents:
    """Mixed into a GPT-Live scripted session (a primary socket, a further channel): its
    :meth:`~realtime_ext.testing._scripted.ScriptedSession.error_event` makes GPT-Live's
    ``error`` (``client_event_id``, no ``param`` when there is none), not the Realtime API's.

    >>> LiveErrorEvents().error_event("bad", code="invalid_json")["error"]
    {'type': 'invalid_request_error', 'code': 'invalid_json', 'message': 'bad'}
    """

    def error_event(self, message: str, **fields: Unpack[ErrorFields]) -> JSON:
        """GPT-Live's ``error`` for ``message``; ``event_id`` names the client event."""
        return live_error(
            message,
            code=fields.get("code"),
            param=fields.get("param"),
            client_event_id=fields.get("event_id"),
            type=fields.get("type", "invalid_request_error"),
        )
