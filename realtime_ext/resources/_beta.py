"""Decoding shared by the two beta session endpoints (their answers carry a ``client_secret``).

Example::

    beta_result(response, RealtimeSessionCreateResponse.from_dict).client_secret.value
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .._results import BetaSession, ClientSecret, timestamp
from ._shared import decode_json

__all__ = ["beta_result"]

T = TypeVar("T")


def _raw_secret(model: object) -> object:
    secret = getattr(model, "client_secret", None)
    if secret is None:
        # The spec's beta realtime session response omits client_secret; it lands here.
        extra = getattr(model, "additional_properties", None)
        secret = extra.get("client_secret") if isinstance(extra, dict) else None
    to_dict = getattr(secret, "to_dict", None)
    return to_dict() if callable(to_dict) else secret


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
        value, expires_at = raw.get("value"), raw.get("expires_at")
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
