"""The two beta session endpoints, which differ only in path and answer model.

``POST /realtime/sessions`` and ``POST /realtime/transcription_sessions`` take a JSON body
and answer a session carrying a ``client_secret``; ``AsyncBetaSessionsResource``
(:mod:`.sessions_async`) and the blocking ``BetaSessionsResource`` written from it
(``sessions_sync``) implement both, with the request and answer built here.

Example::

    beta_result(response, RealtimeSessionCreateResponse.from_dict).client_secret.value
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

import httpx

from .._checks import SessionConfig
from .._results import BetaSession, ClientSecret, mask_secret, timestamp
from ..session.body import BodyInput, as_body, checked_session
from .shared import (
    Operation,
    Wire,
    body_model,
    decode_json,
    json_wire,
    merge_body,
)

__all__ = [
    "beta_result",
    "request_wire",
    "sessions_operation",
    "transcription_sessions_operation",
]

T = TypeVar("T")


def sessions_operation() -> Operation:
    """The generated ``POST /realtime/sessions`` operation (its route and request model)."""
    from realtime_generated.api.realtime import create_realtime_session

    return create_realtime_session


def transcription_sessions_operation() -> Operation:
    """The generated ``POST /realtime/transcription_sessions`` operation."""
    from realtime_generated.api.realtime import create_realtime_transcription_session

    return create_realtime_transcription_session


class _SecretDict(dict[str, Any]):
    """A ``client_secret`` object kept as sent, whose repr hides the key."""

    def __repr__(self) -> str:
        shown = {k: mask_secret(v) if k == "value" else v for k, v in self.items()}
        return repr(shown)


def _raw_secret(model: object) -> object:
    secret: object = getattr(model, "client_secret", None)
    if secret is None:
        # The spec's beta realtime session response omits client_secret; it lands in
        # additional_properties, which the generated repr prints: mask it there.
        extra: object = getattr(model, "additional_properties", None)
        if isinstance(extra, dict):
            properties = cast("dict[str, object]", extra)
            secret = properties.get("client_secret")
            if isinstance(secret, dict):
                secret = properties["client_secret"] = _SecretDict(
                    cast("dict[str, object]", secret)
                )
    to_dict: object = getattr(secret, "to_dict", None)
    return cast("Callable[[], object]", to_dict)() if callable(to_dict) else secret


def beta_result(
    response: httpx.Response, from_dict: Callable[[dict[str, Any]], T]
) -> BetaSession[T]:
    """Decode a beta session answer; ``client_secret`` is None when the server sent none.

    Example::

        beta_result(response, RealtimeTranscriptionSessionCreateResponse.from_dict)
    """
    session = decode_json(response, from_dict)
    raw = _raw_secret(session)
    secret: ClientSecret[T, T] | None = None
    if isinstance(raw, dict):
        fields = cast("dict[str, object]", raw)
        value, expires_at = fields.get("value"), fields.get("expires_at")
        if (
            isinstance(value, str)
            and isinstance(expires_at, int)
            and not isinstance(expires_at, bool)
        ):
            secret = ClientSecret(
                value=value,
                expires_at=timestamp(expires_at),
                session=session,
                parsed=session,
                response=response,
            )
    return BetaSession(session=session, client_secret=secret, response=response)


def request_wire(
    operation: Operation, session: BodyInput | None, fields: Mapping[str, Any]
) -> Wire:
    """``operation``'s request as sent: ``session`` (a builder dict or a model) plus keyword
    ``fields``, checked against the operation's request model by the one session validator
    (a builder's ``extra=`` fields pass) and encoded once, before anything is sent; the
    route and Content-Type are the generated operation's.

    Example::

        request_wire(sessions_operation(), None, {"model": "gpt-realtime"}).content
        # b'{"model":"gpt-realtime"}'
    """
    base = {} if session is None else as_body(session, "session")
    body = SessionConfig(merge_body(base, fields))
    body.newer = getattr(base, "newer", frozenset())
    content = checked_session(body, (), None, body_model(operation))[1]
    return json_wire(operation, operation.path(), content)
