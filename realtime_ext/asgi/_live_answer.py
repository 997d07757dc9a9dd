"""A SIP call answered on GPT-Live: ``client.live.sessions`` with the runner's
``live_session`` (the tools listed for a Responses backend), the sideband
``client.live.sideband.connect(session_id=...)``, its tool loop (``LiveToolLoop``, its client
tool checked before any call is accepted) and ``on_live_start``. Live has no request to speak:
its model greets as its instructions say."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from functools import partial
from typing import Any, Protocol, cast

from realtime_ext import AsyncRealtimeClient, CallAction, InvalidArgumentError
from realtime_ext.conversation import AsyncLiveConnection

from ..tools import LiveToolLoop, ToolRegistry
from ._answer import Running, log_errors, started, with_tools
from ._call import Progress, RunningCall
from ._conversing import converse

__all__ = ["LiveAnswer", "LiveCallStart", "check_client_tool", "check_live_session"]

LiveCallStart = Callable[[RunningCall, AsyncLiveConnection], Awaitable[object]]
"""``async def on_live_start(call, conn)``: called once a GPT-Live call's sideband is open.
``conn`` is what ``client.live.sideband.connect(session_id=...)`` gives:
``realtime_ext.conversation.AsyncLiveConnection``."""


class LiveOptions(Protocol):
    """The runner's options a GPT-Live call reads (when it is answered: the app may change
    them between calls)."""

    @property
    def client(self) -> AsyncRealtimeClient: ...
    @property
    def live_session(self) -> dict[str, Any] | None: ...
    @property
    def tools(self) -> ToolRegistry | None: ...
    @property
    def timeout(self) -> float | None: ...
    @property
    def client_tool(self) -> str | None: ...
    @property
    def on_live_start(self) -> LiveCallStart | None: ...


def check_live_session(live_session: object) -> None:
    """Refuse a ``live_session`` GPT-Live's accept would refuse: not a dict, or no model."""
    if live_session is None:
        return
    if not isinstance(live_session, Mapping):
        raise InvalidArgumentError(
            "live_session must be a dict (GPT-Live's accept session, such as "
            f"{{'model': 'gpt-live-1'}}), got {type(live_session).__name__}"
        )
    if "model" not in live_session:
        raise InvalidArgumentError(
            "live_session needs a model (GPT-Live's accept requires it), such as "
            "{'model': 'gpt-live-1'}"
        )


def check_client_tool(
    live_session: Mapping[str, Any] | None, tools: ToolRegistry | None, client_tool: object
) -> None:
    """Refuse, before any call is accepted, a tool loop that could not start on a GPT-Live
    call: ``client_tool`` not a tool of ``tools``, or a client tool that takes more than the
    caller's words, or none named among several, when ``live_session`` delegates to the
    client (GPT-Live's default).
    Under Responses delegation every tool is a function tool: nothing to check."""
    if client_tool is not None and not isinstance(client_tool, str):
        raise InvalidArgumentError(
            f"client_tool must be the name of a tool (a str), got {type(client_tool).__name__}"
        )
    if client_tool is not None and live_session is None:
        raise InvalidArgumentError(
            "client_tool= names the tool answering GPT-Live's client delegations: give "
            "live_session= too"
        )
    if live_session is None:
        return
    given = live_session.get("delegation")
    owner: object = "client"  # delegation omitted: GPT-Live's default
    if isinstance(given, Mapping):
        owner = cast("Mapping[str, Any]", given).get("type", "client")
    if owner != "client":
        if client_tool is not None:
            raise InvalidArgumentError(
                f"client_tool={client_tool!r}: live_session delegates to {owner!r}, not to "
                "the client; every tool is a function tool there (drop client_tool)"
            )
        return
    if tools is None:
        if client_tool is not None:
            raise InvalidArgumentError(f"client_tool={client_tool!r} needs tools=")
        return
    if LiveToolLoop.client_tool_for(tools, client_tool, on_asyncio=True) is None and len(tools):
        names = ", ".join(sorted(tool.name for tool in tools))
        raise InvalidArgumentError(
            f"live_session delegates to the client and tools has {len(tools)} tools ({names}): "
            "name the one answering client delegations with client_tool="
        )


class LiveAnswer:
    """Calls announced by ``live.transport.incoming`` (or its deprecated
    ``live.call.incoming``), by their ``live_…`` session id."""

    __slots__ = ("_options",)

    def __init__(self, options: LiveOptions) -> None:
        self._options = options

    def _session(self) -> dict[str, Any]:
        options = self._options
        assert options.live_session is not None  # check_answer_on: chosen only with it
        session = dict(options.live_session)
        given = session.get("delegation")
        delegation = dict(cast("Mapping[str, Any]", given)) if isinstance(given, Mapping) else {}
        if delegation.get("type") == "responses":
            # The backend model calls the registry's tools by name: list them for it.
            responses = dict(cast("Mapping[str, Any]", delegation.get("responses") or {}))
            defined = [] if options.tools is None else list(options.tools.tools)
            listed = with_tools(responses.get("tools"), defined)
            if listed:
                responses["tools"] = listed
                delegation["responses"] = responses
                session["delegation"] = delegation
        return session

    async def accept(self, call_id: str) -> CallAction:
        sessions = self._options.client.live.sessions
        return await sessions.accept(call_id, session=self._session())

    async def refer(self, call_id: str, target_uri: str) -> CallAction:
        return await self._options.client.live.sessions.refer(call_id, target_uri=target_uri)

    async def hangup(self, call_id: str) -> CallAction:
        return await self._options.client.live.sessions.hangup(call_id)

    async def run(self, call: RunningCall, progress: Progress, running: Running) -> None:
        options = self._options
        async with options.client.live.sideband.connect(session_id=call.call_id) as conn:
            call.live_connection = conn
            conn.on("error", log_errors(call))
            tools, hook = options.tools, options.on_live_start

            def tool_loop(registry: ToolRegistry) -> None:
                loop = LiveToolLoop(
                    conn, registry, timeout=options.timeout, client_tool=options.client_tool
                )
                conn.add_extension(loop)

            await started(
                running,
                None if tools is None else partial(tool_loop, tools),
                None if hook is None else partial(hook, call, conn),
            )
            await converse(call, progress, conn)
