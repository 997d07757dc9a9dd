"""Opening a GPT-Live socket (asyncio): the socket, then ``session.start``, then
``session.started``. The blocking twin (``_live_sync``) is generated from this one by
``scripts/gen_sync.py``: edit this one.
"""

from __future__ import annotations

from collections.abc import Mapping

from realtime_ext._instrument import attach_instrumentation
from realtime_ext.conversation import AsyncLiveConnection

from ._live import LivePlan
from ._transport import AsyncWebSocketTransport, open_async


async def open_live(plan: LivePlan) -> AsyncLiveConnection:
    """The connection ``plan`` describes, once its session is live: ``session.start`` sent
    (the primary and fork sockets) and ``session.started`` received within the plan's
    ``open_timeout``; a server ``error`` instead raises ``RealtimeServerError``. Whatever
    fails closes the socket again."""
    prepared = plan.prepared

    async def reopen(url: str, extra_headers: Mapping[str, str]) -> AsyncWebSocketTransport:
        # The same opener as the first socket (and client.connect's): headers and auth
        # are asked for again on every reconnect.
        return await open_async(prepared, url, extra_headers)

    conn = AsyncLiveConnection(
        await open_async(prepared),
        protocol=plan.protocol,
        url=prepared.url,
        max_size=prepared.max_size,
        reopen=reopen,
        reconnect=plan.policy,
    )
    try:
        # The client's telemetry: attached before the session starts.
        attach_instrumentation(
            conn, plan.telemetry, kind="live", now=plan.policy.clock.now, url=prepared.url
        )
        if plan.start is not None:
            await conn.send(plan.start)  # checked by the plan: sent as it is
        await conn.run_until("session.started", timeout=plan.start_timeout)
        if plan.tools is not None:  # delegations are answered from the first one on
            conn.run_tools(plan.tools, timeout=plan.tool_timeout)
    except BaseException:
        await conn.abort()
        raise
    return conn
