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
from ..session.body import BodyInput, session_json
from .shared import (
    Wire,
    decode_client_secret,
    expires_after_body,
    json_wire,
    secret_body,
)

if TYPE_CHECKING:
    from realtime_generated.models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from realtime_generated.models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )

__all__ = ["RealtimeClientSecret", "checked_expiry", "parse", "request_wire"]

RealtimeClientSecret: TypeAlias = ClientSecret[
    "RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA",
    RealtimeCreateClientSecretResponse,
]


def checked_expiry(expires_after: object) -> dict[str, Any]:
    """``expires_after`` of a client secret as it is sent, checked as ``client_secrets.create``
    checks it (seconds or the object; the spec's 10-7200 seconds): the token endpoint runs it
    at startup, so a wrong value fails there and not at each request.

    Example::

        checked_expiry(600)  # {'anchor': 'created_at', 'seconds': 600}
    """
    from realtime_generated.models import (
        RealtimeCreateClientSecretRequestExpiresAfter,
        RealtimeCreateClientSecretRequestExpiresAfterAnchor,
    )

    return expires_after_body(
        expires_after,
        RealtimeCreateClientSecretRequestExpiresAfter,
        RealtimeCreateClientSecretRequestExpiresAfterAnchor.CREATED_AT,
    )


def request_wire(
    session: BodyInput | None,
    expires_after: int | Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> Wire:
    """``POST /realtime/client_secrets`` as sent; only the arguments given are in the body.

    The route and Content-Type are the generated operation's
    (``create_realtime_client_secret``); the session is checked and encoded once, and its
    checked bytes are the ones sent.

    Example::

        request_wire(None, 600, None).content
        # b'{"expires_after":{"anchor":"created_at","seconds":600}}'
    """
    from realtime_generated.api.realtime import create_realtime_client_secret as operation

    expiry = None if expires_after is None else checked_expiry(expires_after)
    checked = None if session is None else session_json(session, ("realtime", "transcription"))
    return json_wire(operation, operation.path(), secret_body(expiry, checked, extra_body))


def parse(response: httpx.Response) -> RealtimeClientSecret:
    """Decode the answer into a :class:`ClientSecret`."""
    return decode_client_secret(response, RealtimeCreateClientSecretResponse.from_dict)
