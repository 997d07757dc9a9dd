"""``AsyncClientSecrets``: ``client.client_secrets``, ephemeral keys for GA sessions.

``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one); the
request and the answer are :mod:`.client_secrets`'s.

Example::

    secret = await client.client_secrets.create(
        session=realtime_session(model="gpt-realtime"), expires_after=600
    )
    secret.value  # 'ek_...' for the browser
"""

# unasync: source

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._config import OMIT, Omit, TimeoutTypes
from ..session.body import BodyInput
from .client_secrets import RealtimeClientSecret, parse, request_wire
from .shared import wire_args

if TYPE_CHECKING:
    from .._transport import AsyncHTTPTransport

__all__ = ["AsyncClientSecrets"]


class AsyncClientSecrets:
    """Create ephemeral client secrets for browsers and devices.

    Example::

        secret = await client.client_secrets.create(
            session={"type": "realtime", "model": "gpt-realtime"}, expires_after=600
        )
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
        """Mint an ``ek_...`` key for a realtime or transcription ``session``.

        ``expires_after`` is seconds (10-7200) or the API's ``{"anchor", "seconds"}`` dict.

        Example::

            secret = await client.client_secrets.create(
                session=realtime_session(), expires_after=600
            )
        """
        wire = request_wire(session, expires_after, extra_body)
        args = wire_args(wire, extra_headers, timeout, max_retries)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse(response)
