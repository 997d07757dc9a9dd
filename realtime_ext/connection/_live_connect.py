"""What GPT-Live's entry points return: the open connection (blocking) or an
:class:`AsyncLiveConnect` to ``await`` or ``async with`` (asyncio). Each opens the one
GPT-Live connection class, configured by the plan's socket (``LIVE``, ``LIVE_SIDEBAND``,
``LIVE_FORK``), where every kind opens (``open_started``): ``session.start`` sent (the
primary and fork sockets), ``session.started`` received, then the plan's tools attached."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from realtime_ext._opening import PlanOpening
from realtime_ext.conversation import AsyncLiveConnection, LiveConnection, ToolHandler

from ._async import open_started
from ._options import SessionPlan
from ._sync import open_started as open_sync_started


class _Answering(Protocol):
    def run_tools(self, registry: ToolHandler, *, timeout: float | None = ...) -> object: ...


def _tools(plan: SessionPlan) -> Callable[[_Answering], object] | None:
    """What attaches the plan's tools once the session has started: delegations are
    answered from the first one on."""
    tools, timeout = plan.tools, plan.tool_timeout
    if tools is None:
        return None
    return lambda conn: conn.run_tools(tools, timeout=timeout)


class AsyncLiveConnect(PlanOpening[SessionPlan, AsyncLiveConnection]):
    """What ``client.live.connect(...)`` (and the sideband's and forks') returns on asyncio:
    ``await`` it, or use it with ``async with`` (the session is ended on exit).

    Example::

        async with client.live.connect(model="gpt-live-1") as conn:
            ...
    """

    async def _open(self) -> AsyncLiveConnection:
        # Not under one handshake turn as a whole: the open waits for session.started (the
        # socket's own handshake takes a turn).
        plan = self._plan
        session = partial(AsyncLiveConnection, protocol=plan.protocol)
        return await open_started(session, plan, _tools(plan))


def aconnect_live(plan: SessionPlan) -> AsyncLiveConnect:
    """The asyncio opening of ``plan`` (opens on ``await`` or ``async with``)."""
    return AsyncLiveConnect(plan)


def connect_live(plan: SessionPlan) -> LiveConnection:
    """``plan``'s connection, open and started (blocking)."""
    session = partial(LiveConnection, protocol=plan.protocol)
    return open_sync_started(session, plan, _tools(plan))
