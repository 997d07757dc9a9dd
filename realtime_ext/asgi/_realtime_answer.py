"""A SIP call answered on the Realtime API: ``client.calls`` with the runner's ``session``,
the sideband ``client.connect(call_id=...)``, its tool loop, ``on_start`` and the greeting."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Protocol

from realtime_ext import AsyncRealtimeClient, CallAction

from ..connection import AsyncRealtimeConnection
from ..tools import ToolRegistry
from ._answer import Running, log_errors, started, with_tools
from ._call import Progress, RunningCall
from ._conversing import converse

__all__ = ["CallStart", "RealtimeAnswer"]

CallStart = Callable[[RunningCall, AsyncRealtimeConnection], Awaitable[object]]
"""``async def on_start(call, conn)``: called once a Realtime call's sideband is open.
``conn`` is what ``client.connect(call_id=...)`` gives, so annotate it as the guides do:
``realtime_ext.connection.AsyncRealtimeConnection``."""


class RealtimeOptions(Protocol):
    """The runner's options a Realtime call reads (when it is answered: the app may change
    them between calls)."""

    @property
    def client(self) -> AsyncRealtimeClient: ...
    @property
    def session(self) -> dict[str, Any]: ...
    @property
    def tools(self) -> ToolRegistry | None: ...
    @property
    def timeout(self) -> float | None: ...
    @property
    def on_start(self) -> CallStart | None: ...


class RealtimeAnswer:
    """Calls announced by ``realtime.call.incoming``, by their ``rtc_…`` call id."""

    __slots__ = ("_options",)

    def __init__(self, options: RealtimeOptions) -> None:
        self._options = options

    def _session(self) -> dict[str, Any]:
        options = self._options
        session = dict(options.session)
        if options.tools is not None and len(options.tools):
            session["tools"] = with_tools(session.get("tools"), list(options.tools.tools))
        return session

    async def accept(self, call_id: str) -> CallAction:
        return await self._options.client.calls.accept(call_id, session=self._session())

    async def refer(self, call_id: str, target_uri: str) -> CallAction:
        return await self._options.client.calls.refer(call_id, target_uri=target_uri)

    async def hangup(self, call_id: str) -> CallAction:
        return await self._options.client.calls.hangup(call_id)

    async def run(self, call: RunningCall, progress: Progress, running: Running) -> None:
        options = self._options
        async with options.client.connect(call_id=call.call_id) as conn:
            call.connection = conn
            conn.on("error", log_errors(call))
            tools, hook = options.tools, options.on_start
            await started(
                running,
                None if tools is None else partial(conn.run_tools, tools, timeout=options.timeout),
                None if hook is None else partial(hook, call, conn),
            )
            if running.greet:
                await conn.response.create()
            await converse(call, progress, conn)
