"""What a scripted session on one channel starts from, a conversation or a translation alike.

It holds the session, the test's :class:`~realtime_ext.testing._script.Script` and its
channel's ``send`` and ``close``; it sends ``session.created`` first, parses a client message
(bad JSON, or no string ``type``, answered with ``error``), and answers a client event with
the error or close the script planned for it instead of handling it. Every ``error`` it sends
is made by :meth:`ScriptedSession.error_event`, in its kind's shape (a GPT-Live session's own).
"""

from __future__ import annotations

from typing import Unpack

from realtime_ext.provider import strict_loads

from ._events import JSON, ErrorFields, error_event, event
from ._json import json_copy, json_object
from ._routes import Close, Send
from ._script import PlannedClose, PlannedError, Script


class ScriptedSession:
    """The base of :class:`~realtime_ext.testing._conversation.FakeConversation` and
    :class:`~realtime_ext.testing._translation.TranslationSession`.

    >>> out = []
    >>> scripted = ScriptedSession({"id": "sess_1"}, Script(), out.append, lambda c, r: None)
    >>> scripted.parse("{") is None, out[-1]["error"]["code"]
    (True, 'invalid_json')
    """

    def __init__(self, session: JSON, script: Script, send: Send, close: Close) -> None:
        self.session: JSON = session
        self.script: Script = script
        self.send: Send = send
        self.close: Close = close

    def error_event(self, message: str, **fields: Unpack[ErrorFields]) -> JSON:
        """An ``error`` server event as this session's API sends it; ``event_id`` names the
        client event that caused it. The Realtime API's and a translation session's shape
        (``error.event_id``, ``param`` always there); a GPT-Live session makes its own.

        >>> ScriptedSession({}, Script(), print, print).error_event("bad", event_id="e1")["error"]
        {'type': 'invalid_request_error', 'code': None, 'message': 'bad', 'param': None, 'event_id': 'e1'}
        """  # noqa: E501
        return error_event(message, **fields)

    def start(self) -> None:
        """Send ``session.created``, the first event of every connection."""
        self.send(event("session.created", session=json_copy(self.session)))

    def parse(self, raw: str | bytes) -> JSON | None:
        """Parse one message; bad JSON or a missing ``type`` is answered with ``error``."""
        try:
            decoded = strict_loads(raw)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            self.send(self.error_event(f"Invalid JSON in client event: {exc}", code="invalid_json"))
            return None
        payload = json_object(decoded)
        if payload is None or not isinstance(payload.get("type"), str):
            self.send(
                self.error_event(
                    "Client events must be JSON objects with a string 'type'.",
                    code="invalid_value",
                    param="type",
                )
            )
            return None
        return payload

    def answered_as_planned(
        self, planned: PlannedError | PlannedClose | None, event_id: str | None
    ) -> bool:
        """Answer the client event ``event_id`` with a scripted error or close, if one is
        planned; ``True`` when it was (the event is then not handled).

        >>> out = []
        >>> scripted = ScriptedSession({}, Script(), out.append, lambda c, r: None)
        >>> scripted.answered_as_planned(PlannedError("Rate limited"), "evt_1")
        True
        >>> out[-1]["error"]["event_id"]
        'evt_1'
        """
        if isinstance(planned, PlannedError):
            self.send(
                self.error_event(
                    planned.message,
                    type=planned.type,
                    code=planned.code,
                    param=planned.param,
                    event_id=event_id,
                )
            )
            return True
        if isinstance(planned, PlannedClose):
            self.close(planned.code, planned.reason)
            return True
        return False
