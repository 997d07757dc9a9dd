"""``client.client_secrets``: mint ephemeral keys (``POST /realtime/client_secrets``).

The request and the answer, shared by ``AsyncClientSecrets`` (:mod:`.client_secrets_async`)
and the blocking ``ClientSecrets`` written from it (``client_secrets_sync``).

Example::

    secret = client.client_secrets.create(
        session=realtime_session(model="gpt-realtime"), expires_after=600
    )
    secret.value  # 'ek_...' for the browser
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from realtime_generated.models.realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse,
)

from .._results import ClientSecret
from ._shared import (
    BodyInput,
    decode_client_secret,
    expires_after_body,
    merge_body,
    session_body,
)

if TYPE_CHECKING:
    from realtime_generated.models import RealtimeCreateClientSecretRequestExpiresAfter
    from realtime_generated.models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from realtime_generated.models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )

__all__ = ["OPERATION", "RealtimeClientSecret", "build_body", "expires_in", "parse"]

# The generated operation that owns the path and body shape.
OPERATION = "create_realtime_client_secret"

RealtimeClientSecret: TypeAlias = ClientSecret[
    "RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA",
    RealtimeCreateClientSecretResponse,
]


def expires_in(seconds: int) -> RealtimeCreateClientSecretRequestExpiresAfter:
    """``expires_after`` of ``seconds`` from the secret's creation, as the generated model.

    Example::

        expires_in(600).to_dict()  # {'anchor': 'created_at', 'seconds': 600}
    """
    from realtime_generated.models import (
        RealtimeCreateClientSecretRequestExpiresAfter,
        RealtimeCreateClientSecretRequestExpiresAfterAnchor,
    )

    return RealtimeCreateClientSecretRequestExpiresAfter(
        anchor=RealtimeCreateClientSecretRequestExpiresAfterAnchor.CREATED_AT, seconds=seconds
    )


def build_body(
    session: BodyInput | None,
    expires_after: int | Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The request JSON object; only the arguments given are sent.

    Example::

        build_body(None, 600, None)  # {'expires_after': {'anchor': 'created_at', 'seconds': 600}}
    """
    body: dict[str, Any] = {}
    if expires_after is not None:
        body["expires_after"] = expires_after_body(expires_after, expires_in)
    if session is not None:
        body["session"] = session_body(session, ("realtime", "transcription"))
    return merge_body(body, extra_body)


def parse(response: httpx.Response) -> RealtimeClientSecret:
    """Decode the answer into a :class:`ClientSecret`."""
    return decode_client_secret(response, RealtimeCreateClientSecretResponse.from_dict)
