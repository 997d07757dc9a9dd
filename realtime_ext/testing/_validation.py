"""The fake server checks sessions and client events as the real API does.

The walk is the SDK's own (:mod:`realtime_ext.validation`), run strictly: unknown fields,
wrong types, unknown model names and enum values are refused with the API's error shapes
and codes (``unknown_parameter``, ``invalid_type``, ``invalid_value``,
``missing_required_parameter``), so an offline test fails where the API would.

>>> rest_session_error({"type": "realtime", "instrucions": "Hi"}, ("realtime",)).param
'session.instrucions'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..validation import payload_problem, session_problem
from ._http import HttpError


def rest_session_error(
    session: Mapping[str, Any],
    kinds: tuple[str, ...],
    *,
    prefix: str = "session",
    model: type[Any] | None = None,
) -> HttpError | None:
    """The 400 the API answers for ``session`` (``None`` when it is fine); ``model``: a beta
    session endpoint's request model (see ``session_problem``)."""
    problem = session_problem(session, kinds=kinds, strict=True, model=model)
    if problem is None:
        return None
    error = problem.api_error()
    param = error["param"]
    message = error["message"]
    if prefix != "session" and isinstance(param, str) and param.startswith("session"):
        # calls.accept and the beta endpoints take the session as the whole body: paths
        # start at its fields.
        param = param[len("session.") :] if param != "session" else None
        message = message.replace("'session.", "'")
    return HttpError(400, message, type=error["type"], code=error["code"], param=param)


def client_event_error(
    payload: Mapping[str, Any], events: Mapping[str, str] | None = None
) -> dict[str, Any] | None:
    """The ``error`` object the API sends for a malformed client event (``None`` when it is
    fine, or when its type is not one of ``events``); ``events``: the socket's table of the
    client events it takes (a generated ``*CLIENT_EVENTS``; ``None``: the Realtime
    conversation's)."""
    from realtime_generated import models
    from realtime_generated.event_types import CLIENT_EVENTS

    name = (CLIENT_EVENTS if events is None else events).get(str(payload.get("type")))
    if name is None:
        return None
    problem = payload_problem(getattr(models, name), payload, strict=True)
    return None if problem is None else problem.api_error()


def body_error(model: str, body: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``error`` object the API answers (400) for a REST body that is not a valid
    ``model`` (a generated request model's name, e.g. ``LiveSessionReferParams``)."""
    from realtime_generated import models

    problem = payload_problem(getattr(models, model), body, strict=True)
    return None if problem is None else problem.api_error()
