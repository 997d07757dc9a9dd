"""GPT-Live SIP sessions on the fake server: ``POST /v1/live/sessions/{id}/accept``,
``refer``, ``reject`` and ``hangup``, and the signed ``live.transport.incoming`` webhook
that announces one, as the Live API words them.

A Live SIP session is a :class:`~realtime_ext.testing._calls.FakeCall` under a ``live_...``
id (the same states and transitions as a Realtime call); what differs is the wire: the
accept body is ``{"session": {"type": "live", "model": ...}}`` checked against the
generated Live model, ``reject`` requires its ``status_code``, and an id the server does not
know, or a session that has ended, is a 404 ``session_id_not_found`` (as recorded: a
second hangup is answered so).
"""

from __future__ import annotations

import re
import time
from typing import Any

from ._calls import FakeCall
from ._http import HttpError, Response
from ._ids import new_id

__all__ = ["LIVE_SESSION_ACTION", "LiveSipSessions", "live_incoming_body"]

LIVE_SESSION_ACTION = re.compile(
    r"^/live/sessions/(?P<id>[^/]+)/(?P<action>accept|hangup|refer|reject)$"
)
_ENDED = frozenset({"ended", "rejected"})


def live_incoming_body(
    session_id: str, sip_headers: tuple[tuple[str, str], ...], *, media_security: str = "srtp"
) -> dict[str, object]:
    """The ``live.transport.incoming`` event body, shaped as OpenAI sends it.

    >>> live_incoming_body("live_1", (("From", "x"),))["data"]["type"]
    'sip'
    """
    return {
        "object": "event",
        "id": new_id("evt"),
        "type": "live.transport.incoming",
        "created_at": int(time.time()),
        "data": {
            "type": "sip",
            "session_id": session_id,
            "sip_headers": [{"name": name, "value": value} for name, value in sip_headers],
            "sip_media_security": media_security,
        },
    }


class LiveSipSessions:
    """The Live SIP sessions a fake server knows, and the routes that act on them.

    >>> sessions = LiveSipSessions()
    >>> session = sessions.register()
    >>> answer = sessions.act(session.id, "accept", {"session": {"type": "live", "model": "m"}})
    >>> session.state
    'accepted'
    """

    def __init__(self) -> None:
        self.sessions: dict[str, FakeCall] = {}

    def register(self, session_id: str | None = None) -> FakeCall:
        """Add an incoming Live SIP session so accept/reject/refer/hangup know it."""
        session = FakeCall(session_id or new_id("live_u0", 16), "incoming")
        self.sessions[session.id] = session
        return session

    def act(self, session_id: str, action: str, body: dict[str, Any]) -> Response:
        """Apply ``action`` with the decoded JSON ``body`` ({} when none): 200 with no body
        as the API answers, or raise its :class:`HttpError`."""
        session = self.sessions.get(session_id)
        if session is None or session.state in _ENDED:
            raise HttpError(
                404,
                f"Session '{session_id[:64]}' not found.",
                code="session_id_not_found",
                param="session_id",
            )
        if action == "accept":
            _check_accept(body)
        elif action == "refer" and not isinstance(body.get("target_uri"), str):
            raise _missing("target_uri")
        elif action == "reject":
            status = body.get("status_code")
            if isinstance(status, bool) or not isinstance(status, int):
                raise _missing("status_code")
        session.apply(action, body)
        return Response(200)


def _missing(name: str) -> HttpError:
    return HttpError(
        400, f"Missing required parameter: '{name}'.", param=name, code="missing_required_parameter"
    )


def _check_accept(body: dict[str, Any]) -> None:
    from realtime_generated.models import LiveSessionAcceptParams

    from .._validate import api_error, payload_problem

    if "session" not in body:
        raise _missing("session")
    problem = payload_problem(LiveSessionAcceptParams, body)
    if problem is not None:
        error = api_error(problem)
        raise HttpError(400, error["message"], code=error["code"], param=error["param"])
