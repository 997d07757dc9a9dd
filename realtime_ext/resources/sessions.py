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
    from .._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncSessions", "Sessions"]

PATH = "/realtime/sessions"


class Sessions(BetaSessionsResource[RealtimeSessionCreateResponse]):
    """Beta ``POST /realtime/sessions`` with an ephemeral key (GA: ``client_secrets``).

    Example::

        client.sessions.create(beta_session(model="gpt-realtime", voice="alloy"))
    """

    def __init__(self, transport: SyncTransport) -> None:
        super().__init__(transport, PATH, RealtimeSessionCreateResponse.from_dict)


class AsyncSessions(AsyncBetaSessionsResource[RealtimeSessionCreateResponse]):
    """The async twin of :class:`Sessions`.

    Example::

        beta = await client.sessions.create(model="gpt-realtime")
    """

    def __init__(self, transport: AsyncTransport) -> None:
        super().__init__(transport, PATH, RealtimeSessionCreateResponse.from_dict)
