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
from typing import Any, cast

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


def client_event_error(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``error`` object the API sends for a malformed client event, or ``None``."""
    from realtime_generated import models
    from realtime_generated.event_types import CLIENT_EVENTS

    name = CLIENT_EVENTS.get(str(payload.get("type")))
    if name is None:
        return None
    problem = payload_problem(getattr(models, name), payload, strict=True)
    return None if problem is None else problem.api_error()


def live_client_event_error(
    payload: Mapping[str, Any], events: Mapping[str, str]
) -> dict[str, Any] | None:
    """The ``error`` object GPT-Live sends for a malformed client event (``None`` when it is
    fine); ``events`` is the socket's table (primary, sideband or fork: each takes other
    events), e.g. the generated ``LIVE_CLIENT_EVENTS``."""
    from realtime_generated import models

    name = events.get(str(payload.get("type")))
    if name is None:
        return None
    problem = payload_problem(getattr(models, name), payload, strict=True)
    return live_voice_error(payload) if problem is None else problem.api_error()


def live_body_error(model: str, body: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``error`` object GPT-Live answers (400) for a REST body that is not a valid
    ``model`` (a generated request model's name, e.g. ``LiveSessionReferParams``)."""
    from realtime_generated import models

    problem = payload_problem(getattr(models, model), body, strict=True)
    return live_voice_error(body) if problem is None else problem.api_error()


def live_voice_error(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """GPT-Live refuses a voice by name that is not one of its built-in voices (``fable``,
    ``nova`` and ``onyx`` were refused with the code ``forbidden`` in a third party's spike
    against the API; the types take any string, for voices to come).

    >>> live_voice_error({"session": {"audio": {"output": {"voice": "fable"}}}})["code"]
    'forbidden'
    >>> live_voice_error({"session": {"audio": {"output": {"voice": {"id": "voice_1"}}}}})
    """
    from realtime_generated.models import LiveSessionConfigAudioOutputVoice as Voice

    voice: object = payload
    for key in ("session", "audio", "output", "voice"):
        voice = cast(Mapping[str, object], voice).get(key) if isinstance(voice, Mapping) else None
    if not isinstance(voice, str) or voice in {str(v.value) for v in Voice}:
        return None
    return {
        "type": "invalid_request_error",
        "code": "forbidden",
        "message": f"Voice '{voice[:64]}' is not available to GPT-Live sessions; use a "
        "built-in voice or a custom voice's id.",
        "param": "session.audio.output.voice",
    }
