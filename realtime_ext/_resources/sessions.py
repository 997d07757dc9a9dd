"""``client.sessions``: the beta ``POST /realtime/sessions`` (a session plus an ephemeral key).

Example::

    client.sessions.create(beta_session(model="gpt-realtime", voice="alloy"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realtime_generated.models.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
)

from ._beta import AsyncBetaSessionsResource, BetaSessionsResource

if TYPE_CHECKING:
    from .._transport import AsyncHTTPTransport, SyncHTTPTransport

__all__ = ["AsyncSessions", "Sessions"]

# The generated operation that owns the path and body shape.
OPERATION = "create_realtime_session"


class Sessions(BetaSessionsResource[RealtimeSessionCreateResponse]):
    """Beta ``POST /realtime/sessions`` with an ephemeral key (GA: ``client_secrets``).

    Example::

        client.sessions.create(beta_session(model="gpt-realtime", voice="alloy"))
    """

    def __init__(self, transport: SyncHTTPTransport) -> None:
        super().__init__(transport, OPERATION, RealtimeSessionCreateResponse.from_dict)


class AsyncSessions(AsyncBetaSessionsResource[RealtimeSessionCreateResponse]):
    """The async twin of :class:`Sessions`.

    Example::

        beta = await client.sessions.create(model="gpt-realtime")
    """

    def __init__(self, transport: AsyncHTTPTransport) -> None:
        super().__init__(transport, OPERATION, RealtimeSessionCreateResponse.from_dict)
