"""GPT-Live session objects as the API resolves them (``session.started``, ``updated``,
``closed``).

The resource is the config sent in ``session.start`` plus ``id`` (``live_…``), ``expires_at``
(the session's end, two hours after its start by default), ``status: "active"`` (always, even
in ``session.closed``) and the defaults the recordings show: ``audio.output.voice: marin``,
``input: []``, and for Responses delegation ``tools: []`` and ``tool_choice: "auto"``.

>>> session = live_session({"model": "gpt-live-1", "audio": {"format": {"type": "audio/pcm",
...     "rate": 24000}}}, ttl_seconds=60)
>>> session["id"][:8], session["audio"]["output"], session["status"], session["input"]
('live_u0_', {'voice': 'marin'}, 'active', [])
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import Any, cast

from realtime_ext import InvalidArgumentError

from ._events import JSON
from ._ids import new_id
from ._json import json_copy, json_object

LIVE_SESSION_SECONDS = 7200
"""The API's maximum GPT-Live session duration (two hours): the fake's default."""


def live_session_cap(given: float | None) -> float | None:
    """A fake server's ``live_session_seconds=``: ``given``, else the API's two hours; 0 or
    infinity: none.

    >>> live_session_cap(None), live_session_cap(0), live_session_cap(30)
    (7200.0, None, 30.0)
    """
    if given is None:
        return float(LIVE_SESSION_SECONDS)
    if isinstance(given, bool) or not isinstance(given, int | float) or not given >= 0:
        raise InvalidArgumentError(f"live_session_seconds must be a number >= 0, got {given!r}")
    return None if given == 0 or math.isinf(given) else float(given)


DEFAULT_VOICE = "marin"
DEFAULT_LIVE_MODEL = "gpt-live-1"


def new_session_id() -> str:
    """A ``live_…`` session id shaped as the API's (``live_u0_`` and 32 characters)."""
    return new_id("live_u0", 16)


def live_session(config: JSON, *, ttl_seconds: float | None, session_id: str | None = None) -> JSON:
    """The session resource for ``config`` (a checked ``session.start`` session)."""
    given = json_copy(config)
    resource: JSON = {"id": session_id or new_session_id()}
    resource["expires_at"] = int(time.time() + (ttl_seconds or LIVE_SESSION_SECONDS))
    audio = json_object(given.pop("audio", None)) or {}
    output: JSON = {"voice": DEFAULT_VOICE, **(json_object(audio.pop("output", None)) or {})}
    for key in ("model", "instructions"):
        if key in given:
            resource[key] = given.pop(key)
    resource["audio"] = {"output": output, **audio}
    delegation = given.pop("delegation", None)
    if delegation is not None:
        resource["delegation"] = resolve_delegation(delegation)
    client = given.pop("client", None)
    resource.update(given)
    resource.pop("input", None)
    resource["status"] = "active"
    resource["input"] = config.get("input") or []
    if client is not None:
        resource["client"] = client
    return resource


def resolve_delegation(delegation: JSON) -> JSON:
    """``delegation`` with the API's defaults filled in (Responses: ``tools: []``,
    ``tool_choice: "auto"``)."""
    resolved = json_copy(delegation)
    responses = json_object(resolved.get("responses"))
    if resolved.get("type") == "responses" and responses is not None:
        responses.setdefault("tools", [])
        responses.setdefault("tool_choice", "auto")
    return resolved


def delegation_target(session: JSON) -> str:
    """Who the session delegates to: ``client`` (the default), ``responses`` or ``decisions``."""
    delegation = json_object(session.get("delegation")) or {}
    target = delegation.get("type")
    return target if isinstance(target, str) else "client"


def voice_error(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """GPT-Live refuses a voice by name that is not one of its built-in voices (``fable``,
    ``nova`` and ``onyx`` were refused with the code ``forbidden`` in a third party's spike
    against the API; the types take any string, for voices to come).

    >>> voice_error({"session": {"audio": {"output": {"voice": "fable"}}}})["code"]
    'forbidden'
    >>> voice_error({"session": {"audio": {"output": {"voice": {"id": "voice_1"}}}}})
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
