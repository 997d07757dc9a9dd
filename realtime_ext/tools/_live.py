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
  output goes back as ``response.item.create``, and once no call of that delegation is still
  running, one ``response.create`` lets the backend go on (as the real API was recorded
  doing: before the first response's ``response.completed``).

Bad arguments, unknown tools, exceptions and timeouts become the structured output the
Realtime loop gives (``{"error": {"type": ..., "message": ...}}``), which the model reads;
nothing a tool does breaks the session. Tools run off the receive loop (asyncio tasks on an
asyncio connection, daemon threads on a blocking one), so events keep flowing meanwhile; a
close stops them and nothing more is sent.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any, Literal, Protocol

import attrs

from realtime_ext.conversation import DEFAULT_TOOL_TIMEOUT
from realtime_generated.models import (
    LiveDelegationCreatedEvent,
    LiveInputTranscriptDeltaEvent,
    LiveResponseEvent,
)

from .._exceptions import InvalidArgumentError
from .._json import is_dict
from .._redact import get_logger
from ._function_tool import FunctionTool
from ._running import RESPONSE_CREATE, Calls, Loop, LoopConn, awaited

__all__ = ["LiveToolLoop"]

logger = get_logger("realtime_ext.tools")

MAX_PENDING_TRANSCRIPT = 8_000
"""Characters of input transcript kept for the next client delegation (the latest ones): a
long session without delegations must not grow it without bound."""

_TRANSCRIPT = "session.input_transcript.delta"
_DELEGATION = "session.delegation.created"
_RESPONSE_EVENT = "response.event"
_WATCHED = frozenset({_TRANSCRIPT, _DELEGATION, _RESPONSE_EVENT})


class Tools(Calls, Protocol):
    """What the loop runs delegations with (a :class:`~realtime_ext.tools.ToolRegistry`):
    calls, and its tools by name (the client tool)."""

    def __iter__(self) -> Iterator[FunctionTool[..., Any]]: ...

    def get(self, name: str) -> FunctionTool[..., Any] | None: ...


@attrs.frozen
class DelegatedCall:
    """One call the loop runs: the delegation it answers, how (``target``), and the
    ``function_call`` item given to the registry."""

    delegation_id: str
    target: Literal["client", "responses"]
    call: dict[str, Any]


class LiveToolLoop(Loop):
    """Answers GPT-Live delegations with a :class:`ToolRegistry`'s tools (both client and
    Responses delegation); also the handle: counts, and :meth:`stop`.

    ``conn.run_tools(registry)`` attaches one to an open Live connection (or
    ``conn.add_extension(LiveToolLoop(conn, registry, client_tool=...))``, to name the
    client tool); it works on asyncio and blocking connections alike. ``client_tool`` names
    the tool that answers client delegations (default: the registry's only tool, when it has
    exactly one; with several, client delegations are left to the app and logged). That tool
    takes at most one parameter, given the user's words since the last delegation. Responses
    delegation calls any tool by the name the backend model uses (list the registry's tools
    in ``delegation.responses.tools`` at start). ``timeout``: seconds per call.

    ``calls`` counts tool outputs sent (``response.item.create``), ``commentary`` the client
    delegations answered, ``responses`` the ``response.create`` sent after outputs,
    ``failures`` the sends that failed (connection lost; logged); ``abandoned`` stays 0 (a
    Live session does not move to a new one with calls running).

    Example::

        loop = conn.add_extension(LiveToolLoop(conn, registry))
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
    ) -> None:
        super().__init__(conn, registry, timeout, "LiveToolLoop")
        self._client_tool, self._client_parameter = _client_tool(registry, client_tool)
        self._transcript = ""
        self._ready: list[DelegatedCall] = []
        self._running: dict[str, int] = {}  # delegation id -> its Responses calls running
        self._warned = False
        self._undecoded_seen = False
        self.commentary = 0

    def __repr__(self) -> str:
        return (
            f"<LiveToolLoop tools={len(self.registry)} calls={self.calls} "
            f"commentary={self.commentary} active={self.active}>"
        )

    # -- the Extension interface ---------------------------------------------------------
    def observe(self, event: Any, data: dict[str, Any] | None) -> bool:
        """Note the input transcript; ask for :meth:`received` when a delegation needs a
        tool (the call is decided here, once, from the typed event)."""
        kind = event.type_
        if kind not in _WATCHED:
            return False
        if isinstance(event, LiveInputTranscriptDeltaEvent):
            self._transcript = (self._transcript + event.delta)[-MAX_PENDING_TRANSCRIPT:]
            return False
        if isinstance(event, LiveResponseEvent):
            found = self._backend_call(event)
        elif isinstance(event, LiveDelegationCreatedEvent):
            found = self._client_call(event)
        else:  # not decoded: a shape openai's types do not describe
            self._undecoded(kind, event)
            return False
        if found is None:
            return False
        self._ready.append(found)
        return True

    def received(self, event: Any) -> None:
        """Start the calls :meth:`observe` decided on, off the receive loop."""
        ready, self._ready = self._ready, []
        for delegated in ready:
            if delegated.target == "responses":
                key = delegated.delegation_id
                with self._runner.lock:
                    self._running[key] = self._running.get(key, 0) + 1
            self._runner.start(
                functools.partial(self._aanswer, delegated),
                functools.partial(self._answer, delegated),
            )

    # -- deciding ------------------------------------------------------------------------
    def _client_call(self, event: LiveDelegationCreatedEvent) -> DelegatedCall | None:
        """The client tool's call answering a client delegation (the user's words since the
        last delegation as its one argument); Responses and Decisions delegations are the
        server's own (the former's calls arrive in ``response.event``)."""
        delegation = event.delegation
        if delegation.target != "client":
            return None
        request, self._transcript = self._transcript.strip(), ""
        if self._client_tool is None:
            if not self._warned:
                self._warned = True
                logger.warning(
                    "live tool loop: a client delegation arrived and no client_tool is "
                    "set (the registry has %d tools): left to the app",
                    len(self.registry),
                )
            return None
        arguments = {} if self._client_parameter is None else {self._client_parameter: request}
        call = {
            "type": "function_call",
            "name": self._client_tool,
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
        if inner.type != "response.output_item.done" or inner.item.type != "function_call":
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

    def _last(self, delegated: DelegatedCall) -> bool:
        """Count ``delegated`` answered; whether it was its delegation's last running call
        (then ``response.create`` follows)."""
        if delegated.target != "responses":
            return False
        key = delegated.delegation_id
        with self._runner.lock:
            left = self._running.get(key, 1) - 1
            if left > 0:
                self._running[key] = left
                return False
            self._running.pop(key, None)
            return True

    def _counted(self, delegated: DelegatedCall) -> None:
        self._count("commentary" if delegated.target == "client" else "calls")

    # -- asyncio -------------------------------------------------------------------------
    async def _aanswer(self, delegated: DelegatedCall) -> None:
        # Told to the extensions watching tool calls (the metrics' tool span), as on Realtime.
        output = await self._runner.arun(delegated.call, self._started(delegated.call))
        last = self._last(delegated)
        if self.closing:  # the app closed: no socket for it
            return
        try:
            for payload in self._sends(delegated, output):
                await awaited(self._conn.send(payload))
            self._counted(delegated)
            if last:
                await awaited(self._conn.send(RESPONSE_CREATE))
                self._count("responses")
        except Exception as exc:  # the connection is gone: its receive loop reports that
            self._failed(exc)

    # -- blocking ------------------------------------------------------------------------
    def _answer(self, delegated: DelegatedCall) -> None:
        try:
            output = self._runner.run(delegated.call, self._started(delegated.call))
        except Exception as exc:  # handle() raises only for a malformed call: none is made
            self._last(delegated)
            self._failed(exc)
            return
        last = self._last(delegated)
        if self.closing:  # the app closed: no socket for it
            return
        try:
            for payload in self._sends(delegated, output):
                self._conn.send(payload)
            self._counted(delegated)
            if last:
                self._conn.send(RESPONSE_CREATE)
                self._count("responses")
        except Exception as exc:  # the connection is gone: its receive loop reports that
            self._failed(exc)


def _client_tool(registry: Tools, name: str | None) -> tuple[str | None, str | None]:
    """The tool answering client delegations and the parameter given the request."""
    if name is None:
        tools = list(registry)
        if len(tools) != 1:
            return None, None
        tool = tools[0]
    else:
        found = registry.get(name) if isinstance(name, str) else None
        if found is None:
            known = ", ".join(sorted(t.name for t in registry)) or "none"
            raise InvalidArgumentError(
                f"client_tool={name!r} is not a tool of the registry (it has: {known})"
            )
        tool = found
    found_properties = tool.parameters.get("properties")
    properties: dict[str, Any] = found_properties if is_dict(found_properties) else {}
    if len(properties) > 1:
        raise InvalidArgumentError(
            f"the client-delegation tool {tool.name!r} takes at most one parameter (given the "
            f"user's request as text); it has {len(properties)}: {', '.join(properties)}"
        )
    return tool.name, next(iter(properties), None)
