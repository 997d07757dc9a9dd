"""GPT-Live delegation answered from a :class:`ToolRegistry`: the tool loop of a Live session.

GPT-Live hands work to the app in two of its delegation modes, and this extension answers
both with the same registry (the third, Decisions, is answered by the server and arrives
typed as ``decision.event``):

- **client delegation**: ``session.delegation.created`` (target ``client``) carries no task
  text, only an id; the app reconstructs the request from the user's words. The loop keeps
  the input transcript heard since the last delegation, calls the registry's client tool
  with it, and appends the result as ``session.commentary.append`` (the only way to answer
  client delegation: ``response.item.create`` is refused outside Responses delegation).
- **Responses delegation**: the backend's stream arrives in ``response.event`` envelopes; a
  ``function_call`` item (``response.output_item.done``) runs through the registry, its
  output goes back as ``response.item.create``, and once every output of that delegation is
  sent (no call of it running, waiting, or still being sent), one ``response.create`` lets
  the backend go on (as the real API was recorded doing: before the first response's
  ``response.completed``; a backend whose response completed on its own goes on the same
  way). A call counts as answered only once its output is on the wire, so the
  ``response.create`` never passes an output of its delegation. (A call the backend
  streams after every earlier call of its delegation was answered starts a round of its
  own: the stream does not say which call is a response's last before the response
  completes, which the recorded API does only after ``response.create``.)

Bad arguments, unknown tools, exceptions and timeouts become the structured output the
Realtime loop gives (``{"error": {"type": ..., "message": ...}}``), which the model reads;
nothing a tool does breaks the session. Tools run off the receive loop (asyncio tasks on an
asyncio connection, daemon threads on a blocking one), so events keep flowing meanwhile, at
most ``max_concurrent_calls`` at once (each worker takes the next waiting call when done); a
close stops them and nothing more is sent.
"""

from __future__ import annotations

import functools
import inspect
import json
from collections import OrderedDict
from collections.abc import Awaitable
from typing import Any, Literal, Protocol

import attrs

from realtime_ext import InvalidArgumentError
from realtime_ext.conversation import DEFAULT_TOOL_TIMEOUT, AsyncLiveConnection, LiveConnection
from realtime_ext.provider import get_logger
from realtime_generated.models import (
    LiveDelegationCreatedEvent,
    LiveInputTranscriptDeltaEvent,
    LiveResponseEvent,
)

from ._approval import arun_check, mcp_approval_response, run_check
from ._filler import DEFAULT_FILLER_COMMENTARY, filler_commentary
from ._live_client_tool import ClientTool, Named, find_client_tool, session_delegation
from ._live_context import AsyncDelegationContext, DelegationContext
from ._output import error_event
from ._running import RESPONSE_CREATE, Calls, Context, Loop, LoopConn, awaited
from ._slots import DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_MAX_QUEUED_CALLS, Slots

__all__ = ["LiveToolLoop"]

logger = get_logger("realtime_ext.tools")

MAX_DELEGATIONS = 256
"""Delegations whose start the loop remembers (a slow call's barge-in is judged by it)."""

MAX_PENDING_TRANSCRIPT = 8_000
"""Characters of input transcript kept for the next client delegation (the latest ones): a
long session without delegations must not grow it without bound."""

_TRANSCRIPT = "session.input_transcript.delta"
_DELEGATION = "session.delegation.created"
_RESPONSE_EVENT = "response.event"
_WATCHED = frozenset({_TRANSCRIPT, _DELEGATION, _RESPONSE_EVENT})


class Tools(Calls, Named, Protocol):
    """What the loop runs delegations with (a :class:`~realtime_ext.tools.ToolRegistry`):
    calls, and its tools by name (the client tool)."""


@attrs.frozen
class DelegatedCall:
    """One call the loop runs: the delegation it answers, how (``target``), and the
    ``function_call`` item given to the registry."""

    delegation_id: str
    target: Literal["client", "responses"]
    call: dict[str, Any]


def _is_mcp(delegated: DelegatedCall) -> bool:
    """Whether ``delegated`` is an MCP approval request (answered by the app, not run)."""
    return delegated.call.get("type") == "mcp_approval_request"


class LiveToolLoop(Loop):
    """Answers GPT-Live delegations with a :class:`ToolRegistry`'s tools (both client and
    Responses delegation); also the handle: counts, and :meth:`stop`.

    ``conn.run_tools(registry)`` attaches one to an open Live connection (or
    ``conn.add_extension(LiveToolLoop(conn, registry, client_tool=...))``, to name the
    client tool or set the bounds); it works on asyncio and blocking connections alike.

    The client tool answers client delegations, and exists only when the session delegates
    to the client (GPT-Live's default): ``client_tool`` names it, else it is the registry's
    only tool (with several, client delegations are left to the app and logged). It takes at
    most one parameter, given the user's words since the last delegation, and may ask for
    its delegation by a parameter typed :class:`DelegationContext` (an asyncio connection's
    ``async def`` tool: :class:`AsyncDelegationContext`) to append progress to it. Under
    Responses delegation every tool is a function tool: the backend calls any of them by
    name, with any parameters (list them in ``delegation.responses.tools`` at start).
    ``timeout``: seconds per call.

    At most ``max_concurrent_calls`` calls run at once (default 16); up to
    ``max_queued_calls`` more wait in order (default 256); past that a call is not run and
    its output tells the model so (``{"error": {"type": "too_many_calls", ...}}``). Every
    output of a Responses delegation is sent (``response.item.create``) before the one
    ``response.create`` that lets its backend go on, once no call of it is running or
    waiting.

    A call waiting for the app's approval (``needs_approval``, or an MCP approval request)
    holds its slot until it is answered or its deadline passes. A slow tool's filler
    (``filler_after``) is ``session.commentary.append`` for its delegation.

    ``calls`` counts tool outputs sent (``response.item.create``), ``commentary`` the client
    delegations answered, ``responses`` the ``response.create`` sent after outputs,
    ``refused`` the calls refused past the bounds, ``failures`` the sends that failed
    (connection lost; logged); ``abandoned`` stays 0 (a Live session does not move to a new
    one with calls running).

    Example::

        loop = conn.add_extension(LiveToolLoop(conn, registry, max_concurrent_calls=4))
        async for event in conn:  # delegations are answered as they arrive
            ...
    """

    def __init__(
        self,
        conn: LoopConn,
        registry: Tools,
        *,
        timeout: float | None = DEFAULT_TOOL_TIMEOUT,
        client_tool: str | None = None,
        max_concurrent_calls: int = DEFAULT_MAX_CONCURRENT_CALLS,
        max_queued_calls: int = DEFAULT_MAX_QUEUED_CALLS,
    ) -> None:
        super().__init__(conn, registry, timeout, "LiveToolLoop")
        self._slots: Slots[DelegatedCall] = Slots(max_concurrent_calls, max_queued_calls)
        self._client_name = client_tool
        self._client: ClientTool | None = None
        owner = session_delegation(conn)
        # Under Responses or Decisions delegation there is no client tool: every tool is a
        # function tool. Not started yet, it is found at the first client delegation.
        self._client_known = owner is not None
        if client_tool is not None or owner == "client":
            # Checked now (at connect): the session delegates to the client, or the app
            # named the tool.
            self._client = self._find_client_tool()
        self._transcript = ""
        self._ready: list[DelegatedCall] = []
        self._pending: dict[str, int] = {}  # delegation id -> its calls whose outputs are unsent
        self._delegation_of: dict[str, str] = {}  # a slow call running -> its delegation
        # When each recent delegation began (session.delegation.created's offset_ms).
        self._offsets: OrderedDict[str, int] = OrderedDict()
        self._warned = False
        self._undecoded_seen = False
        self.commentary = 0
        self.refused = 0

    COUNTS: tuple[str, ...] = (*Loop.COUNTS, "commentary", "refused")

    def __repr__(self) -> str:
        return (
            f"<LiveToolLoop tools={len(self.registry)} calls={self.calls} "
            f"commentary={self.commentary} active={self.active}>"
        )

    @property
    def max_concurrent_calls(self) -> int:
        """Calls run at once."""
        return self._slots.limit

    @property
    def max_queued_calls(self) -> int:
        """Calls that may wait for a free slot (past these, refused)."""
        return self._slots.queued

    @staticmethod
    def client_tool_for(
        registry: Tools, client_tool: str | None = None, *, on_asyncio: bool = True
    ) -> str | None:
        """The tool that would answer client delegations from ``registry`` (``client_tool``,
        else its only tool; ``None`` with several), checked as the loop checks it when the
        session delegates to the client: raises :class:`InvalidArgumentError` for a tool
        that takes more than the request, or asks for the context of the other kind of
        connection (``on_asyncio``: the connection is an asyncio one). What an app (or
        ``CallRunner``) checks before a session starts.

        Example:
            >>> from realtime_ext.tools import ToolRegistry
            >>> registry = ToolRegistry()
            >>> @registry.register
            ... def front_desk(request: str) -> str:
            ...     return "Your order shipped on Monday."
            >>> LiveToolLoop.client_tool_for(registry)
            'front_desk'
        """
        found = find_client_tool(registry, client_tool, is_async=on_asyncio)
        return None if found is None else found.name

    def _find_client_tool(self) -> ClientTool | None:
        self._client_known = True
        return find_client_tool(self.registry, self._client_name, is_async=self._runner.is_async)

    # -- the Extension interface ---------------------------------------------------------
    def observe(self, event: Any, data: dict[str, Any] | None) -> bool:
        """Note the input transcript; ask for :meth:`received` when a delegation needs a
        tool (the call is decided here, once, from the typed event)."""
        kind = event.type_
        if kind not in _WATCHED:
            return False
        if isinstance(event, LiveInputTranscriptDeltaEvent):
            self._transcript = (self._transcript + event.delta)[-MAX_PENDING_TRANSCRIPT:]
            if self._delegation_of:
                self._heard(event.start_ms)
            return False
        if isinstance(event, LiveResponseEvent):
            found = self._backend_call(event)
        elif isinstance(event, LiveDelegationCreatedEvent):
            self._offsets[event.delegation.id] = event.offset_ms
            while len(self._offsets) > MAX_DELEGATIONS:
                self._offsets.popitem(last=False)
            found = self._client_call(event)
        else:  # not decoded: a shape openai's types do not describe
            self._undecoded(kind, event)
            return False
        if found is None:
            return False
        self._ready.append(found)
        return True

    def received(self, event: Any) -> Awaitable[None] | None:
        """Start the calls :meth:`observe` decided on, off the receive loop (within the
        bounds: the others wait, or are refused); those that need the app's approval (and
        MCP approval requests) are told to the app first (an async ``needs_approval`` is
        awaited on an asyncio connection)."""
        ready, self._ready = self._ready, []
        flags = [True if _is_mcp(delegated) else self._check(delegated.call) for delegated in ready]
        if any(inspect.isawaitable(flag) for flag in flags):
            if self._runner.is_async:
                return self._abegin(ready, flags)
            flags = [run_check(flag) for flag in flags]
        self._begin(ready, [flag is True for flag in flags])
        return None

    async def _abegin(
        self, ready: list[DelegatedCall], flags: list[bool | Awaitable[bool]]
    ) -> None:
        self._begin(ready, [await arun_check(flag) for flag in flags])

    def _begin(self, ready: list[DelegatedCall], flags: list[bool]) -> None:
        for delegated, flag in zip(ready, flags, strict=True):
            if flag:
                label = delegated.call.get("server_label")
                self._ask(delegated.call, label if isinstance(label, str) else None)
        for delegated in ready:
            if delegated.target == "responses":
                key = delegated.delegation_id
                with self._runner.lock:  # counted before it can end: response.create waits
                    self._pending[key] = self._pending.get(key, 0) + 1
            admitted = self._slots.admit(delegated)
            if admitted == "run":
                self._runner.start(
                    functools.partial(self._awork, delegated),
                    functools.partial(self._work, delegated),
                )
            elif admitted == "refused":
                self._refuse(delegated)

    def closed(self) -> None:
        """As every loop's; the calls still waiting are not run."""
        self._slots.clear()
        super().closed()

    # -- deciding ------------------------------------------------------------------------
    def _client_call(self, event: LiveDelegationCreatedEvent) -> DelegatedCall | None:
        """The client tool's call answering a client delegation (the user's words since the
        last delegation as its one argument); Responses and Decisions delegations are the
        server's own (the former's calls arrive in ``response.event``)."""
        delegation = event.delegation
        if delegation.target != "client":
            return None
        request, self._transcript = self._transcript.strip(), ""
        if not self._client_known:
            try:
                self._client = self._find_client_tool()
            except InvalidArgumentError as exc:
                logger.warning("live tool loop: %s; client delegations are left to the app", exc)
                self._warned = True
        tool = self._client
        if tool is None:
            if not self._warned:
                self._warned = True
                logger.warning(
                    "live tool loop: a client delegation arrived and no client_tool is "
                    "set (the registry has %d tools): left to the app",
                    len(self.registry),
                )
            return None
        arguments = {} if tool.parameter is None else {tool.parameter: request}
        call = {
            "type": "function_call",
            "name": tool.name,
            "call_id": delegation.id,
            "arguments": json.dumps(arguments),
        }
        return DelegatedCall(delegation.id, "client", call)

    def _undecoded(self, kind: str, event: Any) -> None:
        """A watched event that did not decode: a delegation or call in it cannot be
        answered. Said once (the backend streams many), by the error's name (no values)."""
        if kind == _TRANSCRIPT or self._undecoded_seen:
            return
        self._undecoded_seen = True
        logger.warning(
            "live tool loop: a %s did not decode (%s): a tool call in it is not answered",
            kind,
            type(getattr(event, "error", None)).__name__,
        )

    def _backend_call(self, event: LiveResponseEvent) -> DelegatedCall | None:
        """A function call the backend made, once its item is done (typed: the nested event
        and its item narrow on their ``type``; a hosted tool's item, a message, reasoning or
        a type this SDK does not know yet is the backend's own business)."""
        inner = event.event
        if inner.type != "response.output_item.done":
            return None
        delegation_id = event.delegation_id
        key = delegation_id if isinstance(delegation_id, str) else ""
        if inner.item.type == "mcp_approval_request":
            request = inner.item
            mcp = {
                "type": "mcp_approval_request",
                "name": request.name,
                "call_id": request.id,
                "arguments": request.arguments,
                "server_label": request.server_label,
            }
            return DelegatedCall(key, "responses", mcp)
        if inner.item.type != "function_call":
            return None
        item = inner.item
        call = {
            "type": "function_call",
            "name": item.name,
            "call_id": item.call_id,
            "arguments": item.arguments,
        }
        delegation_id = event.delegation_id
        return DelegatedCall(
            delegation_id if isinstance(delegation_id, str) else "", "responses", call
        )

    def _context(self, delegated: DelegatedCall) -> Context:
        """What the client tool may ask for: its delegation, on this connection."""
        if delegated.target != "client":
            return None
        conn = self._conn
        if isinstance(conn, AsyncLiveConnection):
            return AsyncDelegationContext(delegated.delegation_id, conn)
        if isinstance(conn, LiveConnection):
            return DelegationContext(delegated.delegation_id, conn)
        return None

    def _sends(self, delegated: DelegatedCall, output: dict[str, Any]) -> list[dict[str, Any]]:
        """The client events answering ``delegated`` with the registry's ``output`` event."""
        item = output["item"]
        if delegated.target == "client":
            return [
                {
                    "type": "session.commentary.append",
                    "delegation_id": delegated.delegation_id,
                    "content": item["output"],
                }
            ]
        return [{"type": "response.item.create", "item": item}]

    def _refusal(self, delegated: DelegatedCall) -> dict[str, Any]:
        self._count("refused")
        slots = self._slots
        logger.warning(
            "live tool loop: %d calls running and %d waiting: %r refused",
            slots.limit,
            slots.queued,
            delegated.call.get("name"),
        )
        return error_event(
            str(delegated.call.get("call_id", "")),
            "too_many_calls",
            f"{slots.limit} tool calls are running and {slots.queued} waiting: "
            f"{delegated.call.get('name')!r} was not run; call it again later",
        )

    def _settled(self, delegated: DelegatedCall) -> bool:
        """``delegated``'s output is sent (or never will be): whether it was the last of its
        delegation's calls not yet answered (then ``response.create`` follows). Counted
        down only once its output is on the wire, so that no ``response.create`` can pass
        an output of its delegation still being sent."""
        if delegated.target != "responses":
            return False
        key = delegated.delegation_id
        with self._runner.lock:
            left = self._pending.get(key, 1) - 1
            if left > 0:
                self._pending[key] = left
                return False
            self._pending.pop(key, None)
            return True

    def _heard(self, start_ms: int) -> None:
        """The user's words from ``start_ms`` on the session's timeline: spoken after a
        running slow call's delegation began, they are a barge-in (GPT-Live has no speech
        event: its transcript is when the user speaks); words of the request that started
        the delegation came before it."""
        with self._runner.lock:
            delegations = set(self._delegation_of.values())
        offsets = [self._offsets.get(d) for d in delegations]
        if any(offset is not None and start_ms > offset for offset in offsets):
            self._barge_in()

    def _note_delegation(self, delegated: DelegatedCall) -> None:
        """Which delegation a slow call's filler speaks for (until it ends)."""
        if self._filler_after(delegated.call) is None:
            return
        with self._runner.lock:
            self._delegation_of[str(delegated.call.get("call_id", ""))] = delegated.delegation_id

    def _forget_delegation(self, delegated: DelegatedCall) -> None:
        with self._runner.lock:
            self._delegation_of.pop(str(delegated.call.get("call_id", "")), None)
        self._barged_in([delegated.call])  # Live's backend gets response.create regardless

    def _filler(self, call: dict[str, Any]) -> dict[str, Any] | None:
        """Commentary for the call's delegation (the registry's ``filler_commentary``): Live
        says it in its own words, at its own turn (it never talks over the user)."""
        with self._runner.lock:
            delegation_id = self._delegation_of.get(str(call.get("call_id", "")))
        if not delegation_id:
            return None
        content = getattr(self.registry, "filler_commentary", DEFAULT_FILLER_COMMENTARY)
        return filler_commentary(delegation_id, str(content))

    def _counted(self, delegated: DelegatedCall) -> None:
        self._count("commentary" if delegated.target == "client" else "calls")

    # -- asyncio -------------------------------------------------------------------------
    async def _awork(self, delegated: DelegatedCall) -> None:
        """A worker: ``delegated``, then each waiting call, while there is one."""
        item: DelegatedCall | None = delegated
        while item is not None:
            await self._aanswer(item)
            item = self._slots.next()

    async def _aanswer(self, delegated: DelegatedCall) -> None:
        if _is_mcp(delegated):
            decision = await self.approvals.await_decision(delegated.call["call_id"])
            await self._adeliver(delegated, self._mcp_answer(delegated, *decision))
            return
        refused = await self._agate(delegated.call)
        if refused is not None:
            await self._adeliver(delegated, refused)
            return
        # Told to the extensions watching tool calls (the metrics' tool span), as on Realtime.
        started = self._started(delegated.call)
        self._note_delegation(delegated)
        try:
            output = await self._arun_slow(delegated.call, started, self._context(delegated))
        finally:
            self._forget_delegation(delegated)
        await self._adeliver(delegated, output)

    def _mcp_answer(
        self, delegated: DelegatedCall, approved: bool, reason: str | None
    ) -> dict[str, Any]:
        """The answer to an MCP approval request: its ``mcp_approval_response`` item."""
        self._count("approved" if approved else "rejected")
        return {"item": mcp_approval_response(delegated.call["call_id"], approved, reason)}

    async def _adeliver(self, delegated: DelegatedCall, output: dict[str, Any]) -> None:
        """Send ``delegated``'s answer, then ``response.create`` if it was its delegation's
        last."""
        if self.closing:  # the app closed: no socket for it
            self._settled(delegated)
            return
        try:
            for payload in self._sends(delegated, output):
                await awaited(self._conn.send(payload))
            self._counted(delegated)
        except Exception as exc:  # the connection is gone: its receive loop reports that
            self._settled(delegated)
            self._failed(exc)
            return
        if self._settled(delegated):
            try:
                await awaited(self._conn.send(RESPONSE_CREATE))
                self._count("responses")
            except Exception as exc:
                self._failed(exc)

    # -- blocking ------------------------------------------------------------------------
    def _work(self, delegated: DelegatedCall) -> None:
        """A worker thread: ``delegated``, then each waiting call, while there is one."""
        item: DelegatedCall | None = delegated
        while item is not None:
            self._answer(item)
            item = self._slots.next()

    def _answer(self, delegated: DelegatedCall) -> None:
        if _is_mcp(delegated):
            decision = self.approvals.wait_decision(delegated.call["call_id"])
            self._deliver(delegated, self._mcp_answer(delegated, *decision))
            return
        refused = self._gate(delegated.call)
        if refused is not None:
            self._deliver(delegated, refused)
            return
        started = self._started(delegated.call)
        self._note_delegation(delegated)
        try:
            output = self._run_slow(delegated.call, started, self._context(delegated))
            self._forget_delegation(delegated)
        except Exception as exc:  # handle() raises only for a malformed call: none is made
            self._settled(delegated)
            self._failed(exc)
            return
        self._deliver(delegated, output)

    def _deliver(self, delegated: DelegatedCall, output: dict[str, Any]) -> None:
        """:meth:`_adeliver`, blocking."""
        if self.closing:  # the app closed: no socket for it
            self._settled(delegated)
            return
        try:
            for payload in self._sends(delegated, output):
                self._conn.send(payload)
            self._counted(delegated)
        except Exception as exc:  # the connection is gone: its receive loop reports that
            self._settled(delegated)
            self._failed(exc)
            return
        if self._settled(delegated):
            try:
                self._conn.send(RESPONSE_CREATE)
                self._count("responses")
            except Exception as exc:
                self._failed(exc)

    # -- refused -------------------------------------------------------------------------
    def _refuse(self, delegated: DelegatedCall) -> None:
        """Answer a call past the bounds without running it: a task on asyncio; on a
        blocking connection sent here, on the receive loop (no thread for it)."""
        output = self._refusal(delegated)
        if self._runner.is_async:
            self._runner.start(
                functools.partial(self._adeliver, delegated, output),
                functools.partial(self._deliver, delegated, output),
            )
        else:
            self._deliver(delegated, output)
