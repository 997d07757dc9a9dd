"""``client.client_secrets``: mint ephemeral keys (``POST /realtime/client_secrets``).

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

from .._config import OMIT, Omit, TimeoutTypes
from .._results import ClientSecret
from ._shared import (
    BodyInput,
    decode_client_secret,
    expires_after_body,
    generated_wire,
    json_args,
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

    from .._transport import AsyncHTTPTransport, SyncHTTPTransport

__all__ = ["AsyncClientSecrets", "ClientSecrets", "RealtimeClientSecret"]

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


class ClientSecrets:
    """Create ephemeral client secrets for browsers and devices.

    Example::

        client.client_secrets.create(session={"type": "realtime", "model": "gpt-realtime"})
    """

    def __init__(self, transport: SyncHTTPTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        session: BodyInput | None = None,
        expires_after: int | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> RealtimeClientSecret:
        """Mint an ``ek_...`` key for a realtime or transcription ``session``.

        ``expires_after`` is seconds (10-7200) or the API's ``{"anchor", "seconds"}`` dict.

        Example::

            secret = client.client_secrets.create(session=realtime_session(), expires_after=600)
        """
        wire = generated_wire(OPERATION, build_body(session, expires_after, extra_body))
        args = json_args(wire, extra_headers, timeout, max_retries)
        response = self._transport.request(wire.method, wire.path, **args)
        return parse(response)


class AsyncClientSecrets:
    """The async twin of :class:`ClientSecrets`.

    Example::

        secret = await client.client_secrets.create(expires_after=600)
    """

    def __init__(self, transport: AsyncHTTPTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        session: BodyInput | None = None,
        expires_after: int | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> RealtimeClientSecret:
        """Mint an ``ek_...`` key; see :meth:`ClientSecrets.create`.

        Example::

            secret = await client.client_secrets.create(session=realtime_session())
        """
        wire = generated_wire(OPERATION, build_body(session, expires_after, extra_body))
        args = json_args(wire, extra_headers, timeout, max_retries)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse(response)
