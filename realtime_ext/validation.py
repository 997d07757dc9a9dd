"""What the API would answer for a payload: the SDK's one validator, as the server runs it.

Every typed send and every REST call checks what it sends before the wire (and raises the
SDK's own errors). Code that receives payloads from elsewhere and must answer as the API
does (a relay in front of the API that checks what a browser sends, or the SDK's fake
server) asks here instead: :func:`payload_problem` and :func:`session_problem` return the
first :class:`Problem`, whose :meth:`Problem.api_error` is the ``error`` object the API
sends for it (``invalid_request_error`` with ``unknown_parameter``, ``invalid_type``,
``invalid_value`` or ``missing_required_parameter``).

``strict=True`` checks as the server does: a value newer than the spec the SDK was
generated from (a model name, an enum value) is refused, where the SDK's own sends take it
(forward compatible).

Example:
    >>> from realtime_generated import models
    >>> found = payload_problem(
    ...     models.RealtimeClientEventInputAudioBufferAppend, {"type": "input_audio_buffer.append"}
    ... )
    >>> found.api_error()["code"], found.path
    ('missing_required_parameter', 'audio')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import _validate

__all__ = [
    "Problem",
    "check_expires_after",
    "check_live_session",
    "payload_problem",
    "session_problem",
]

_STRICT = frozenset({"model", _validate.STRICT_ALL})


@dataclass(frozen=True, slots=True)
class Problem:
    """The first mistake found in a payload.

    ``path`` is the field's path (``session.audio.input.format.rate``; ``""`` for the
    payload itself), ``message`` the SDK's wording (with the names the object takes and a
    did-you-mean), ``code`` and ``api_message`` what the API answers for it.

    Example::

        problem = session_problem({"type": "realtime", "instrucions": "Hi"})
        problem.path  # 'session.instrucions'
    """

    path: str
    message: str
    code: str
    api_message: str

    def api_error(self) -> dict[str, Any]:
        """The API's ``error`` object for this mistake.

        Example::

            problem.api_error()
            # {'type': 'invalid_request_error', 'code': 'unknown_parameter', ...}
        """
        return {
            "type": "invalid_request_error",
            "code": self.code,
            "message": self.api_message,
            "param": self.path or None,
        }


def _problem(found: Any) -> Problem | None:
    if found is None:
        return None
    api = _validate.api_error(found)
    return Problem(
        path=api["param"] or "", message=str(found), code=api["code"], api_message=api["message"]
    )


def payload_problem(
    model: type[Any], payload: Mapping[str, Any], *, strict: bool = False
) -> Problem | None:
    """The first mistake in ``payload`` as a ``model`` (a generated model class: a client
    event, a request body), or ``None``.

    Example::

        from realtime_generated import models

        payload_problem(models.RealtimeClientEventResponseCreate, {"type": "response.create"})
        # None
    """
    return _problem(
        _validate.payload_problem(model, payload, strict=_STRICT if strict else frozenset())
    )


def session_problem(
    session: Mapping[str, Any],
    *,
    kinds: tuple[str, ...] = ("realtime", "transcription"),
    strict: bool = False,
    model: type[Any] | None = None,
) -> Problem | None:
    """The first mistake in ``session`` (paths start at ``session``), or ``None``.

    ``kinds``: the session types accepted (``("translation",)`` for the translation
    endpoints); ``model``: instead, the generated request model whose whole body is the
    session (a beta or GPT-Live endpoint's).

    Example:
        >>> session_problem({"type": "realtime", "instrucions": "Hi"}).api_error()["param"]
        'session.instrucions'
    """
    return _problem(_validate.session_problem(session, kinds=kinds, strict=strict, model=model))


def check_live_session(session: object = None, /, **fields: object) -> None:
    """The session of ``client.live.create`` (openai's ``session=``, or its keyword fields
    such as ``model=``), checked as that call checks it, nothing sent: a
    :class:`~realtime_ext.SessionConfigError` or :class:`~realtime_ext.InvalidArgumentError`
    naming the field (``model`` is required). For code that makes GPT-Live sessions from one
    fixed session (``live_offer_endpoint``, a WebRTC call) and should fail before it starts.

    Example:
        >>> check_live_session({"model": "gpt-live-1", "instructions": "Be brief."})
        >>> check_live_session(model="gpt-live-1", instructions="Be brief.")
    """
    # Here, not at the top: the REST requests load httpx, which a validation of payloads
    # (a relay, the fake) does not need.
    from ._live.rest import checked_create_session, create_wire
    from .sdp import sample_offer
    from .session.body import as_body

    if not fields and session is not None:
        checked_create_session(session)
        return
    # As posted, with a stand-in for the offer (which is checked when it is sent).
    body = None if session is None else as_body(session, "session")
    create_wire(sample_offer(), None, body, fields, None)


def check_expires_after(expires_after: object) -> None:
    """``expires_after`` of ``client.client_secrets.create`` checked as that call checks it
    (seconds, or the object; the spec's 10-7200 seconds), nothing sent: a server that mints
    tokens with one fixed expiry checks it at startup, so a wrong value fails there and not
    at each request.

    Example:
        >>> check_expires_after(600)
        >>> check_expires_after({"anchor": "created_at", "seconds": 600})
    """
    from ._resources.client_secrets import checked_expiry  # loads httpx: on use only

    checked_expiry(expires_after)
