"""``client.sessions``: the beta ``POST /realtime/sessions`` (a session plus an ephemeral key).

Example::

    beta = client.sessions.create(model="gpt-realtime", modalities=["audio", "text"])
    beta.client_secret.value  # 'ek_...'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from realtime_generated.models.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
)

from .._config import OMIT, Omit, TimeoutTypes
from .._results import BetaSession
from ._beta import beta_result
from ._shared import BodyInput, as_body, merge_body

if TYPE_CHECKING:
    from .._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncSessions", "Sessions"]

PATH = "/realtime/sessions"


def build_body(session: BodyInput | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The request: ``session`` (a dict such as ``beta_session(...)`` or a model) plus ``fields``.

    Example::

        build_body(None, {"model": "gpt-realtime"})  # {'model': 'gpt-realtime'}
    """
    base = {} if session is None else as_body(session, "session")
    return merge_body(base, fields)


def parse(response: httpx.Response) -> BetaSession[RealtimeSessionCreateResponse]:
    """Decode the answer into a :class:`BetaSession`."""
    return beta_result(response, RealtimeSessionCreateResponse.from_dict)


class Sessions:
    """Beta realtime sessions with an ephemeral key (prefer ``client_secrets`` for GA).

    Example::

        client.sessions.create(beta_session(model="gpt-realtime", voice="alloy"))
    """

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        session: BodyInput | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        **fields: Any,
    ) -> BetaSession[RealtimeSessionCreateResponse]:
        """Create a beta session; keywords are request fields (``model=``, ``voice=``...).

        Example::

            beta = client.sessions.create(model="gpt-realtime", instructions="Be brief.")
        """
        response = self._transport.request(
            "POST",
            PATH,
            json_body=build_body(session, fields),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse(response)


class AsyncSessions:
    """The async twin of :class:`Sessions`.

    Example::

        beta = await client.sessions.create(model="gpt-realtime")
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        session: BodyInput | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        **fields: Any,
    ) -> BetaSession[RealtimeSessionCreateResponse]:
        """Create a beta session; see :meth:`Sessions.create`.

        Example::

            beta = await client.sessions.create(model="gpt-realtime")
        """
        response = await self._transport.request(
            "POST",
            PATH,
            json_body=build_body(session, fields),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse(response)
