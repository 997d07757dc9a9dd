"""What GPT-Live's entry points return: the open connection (blocking) or an
:class:`AsyncLiveConnect` to ``await`` or ``async with`` (asyncio)."""

from __future__ import annotations

from realtime_ext._opening import PlanOpening
from realtime_ext.conversation import AsyncLiveConnection, LiveConnection

from ._live import LivePlan
from ._live_async import open_live
from ._live_sync import open_live as open_sync_live


class AsyncLiveConnect(PlanOpening[LivePlan, AsyncLiveConnection]):
    """What ``client.live.connect(...)`` (and the sideband's and forks') returns on asyncio:
    ``await`` it, or use it with ``async with`` (the session is ended on exit).

    Example::

        async with client.live.connect(model="gpt-live-1") as conn:
            ...
    """

    async def _open(self) -> AsyncLiveConnection:
        # Not under one handshake turn as a whole: the open waits for session.started.
        return await open_live(self._plan)


def aconnect_live(plan: LivePlan) -> AsyncLiveConnect:
    """The asyncio opening of ``plan`` (opens on ``await`` or ``async with``)."""
    return AsyncLiveConnect(plan)


def connect_live(plan: LivePlan) -> LiveConnection:
    """``plan``'s connection, open and started (blocking)."""
    return open_sync_live(plan)
