"""``ToolRegistry``: route the model's function calls to Python functions."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ParamSpec, TypeVar, cast, overload

import attrs

from realtime_ext import (
    InvalidArgumentError,
    InvalidEventError,
    ToolArgumentsError,
    ToolEventError,
)
from realtime_ext.conversation import DEFAULT_TOOL_TIMEOUT, AsyncLiveConnection, LiveConnection
from realtime_ext.provider import check_seconds, get_logger

from ._approval import DEFAULT_APPROVAL_TIMEOUT
from ._context import ToolContext
from ._filler import DEFAULT_FILLER_COMMENTARY, DEFAULT_FILLER_INSTRUCTIONS
from ._function_tool import FunctionTool, NeedsApproval, function_tool
from ._live import LiveToolLoop
from ._loop import ToolLoop
from ._output import error_event, output_event, redact
from ._running import LoopConn

__all__ = ["FunctionCall", "ToolRegistry"]

P = ParamSpec("P")
R = TypeVar("R")

logger = get_logger("realtime_ext.tools")

_CALL_EVENTS = {"response.function_call_arguments.done", "function_call"}
_ITEM_EVENTS = {"response.output_item.done", "conversation.item.done", "conversation.item.added"}


@attrs.frozen
class FunctionCall:
    """The parts of a function call the registry needs.

    Example:
        >>> FunctionCall.from_event({"type": "function_call", "name": "f", "call_id": "c1",
        ...                          "arguments": "{}"})
        FunctionCall(name='f', call_id='c1', arguments='{}')
    """

    name: str
    call_id: str
    arguments: str

    @classmethod
    def from_event(cls, event: object) -> FunctionCall:
        """Read a ``response.function_call_arguments.done`` event or a ``function_call`` item.

        Also accepts ``response.output_item.done``/``conversation.item.done`` events
        wrapping a ``function_call`` item; anything with ``to_dict()`` is converted first.
        """
        data = _as_dict(event)
        kind = data.get("type")
        if kind in _ITEM_EVENTS and isinstance(data.get("item"), Mapping | object):
            data = _as_dict(data.get("item"))
            kind = data.get("type")
        if kind not in _CALL_EVENTS:
            raise ToolEventError(f"expected a function call event or item, got type {kind!r}")
        call_id, name, arguments = data.get("call_id"), data.get("name"), data.get("arguments")
        if not isinstance(call_id, str):
            raise ToolEventError(f"{kind} has no call_id")
        if not isinstance(name, str):
            # Beta-API arguments.done events carry no name: hand over the item instead.
            raise ToolEventError(
                f"{kind} has no tool name; pass the function_call item "
                "(e.g. from response.output_item.done)"
            )
        return cls(name, call_id, arguments if isinstance(arguments, str) else "")


def _as_dict(event: object) -> dict[str, Any]:
    # Imported here: realtime_ext.tools stays importable without the event tables.
    from realtime_ext.events import to_payload

    try:
        return to_payload(event, name="a function call event or item")
    except InvalidEventError as exc:  # a malformed event given to handle(): the tool layer's error
        raise ToolEventError(str(exc)) from None


class ToolRegistry:
    """Function tools by name: their session ``tools`` list, and call dispatch.

    ``handle``/``ahandle`` take a function call (event or item, dict or object with
    ``to_dict()``) and return the ``conversation.item.create`` event to send back.
    Failures never raise: bad arguments, an unknown tool name or an exception inside
    the tool become an output ``{"error": {"type": ..., "message": ...}}`` so the model
    can recover and the session goes on (exceptions are also logged with their
    traceback on the ``realtime_ext.tools`` logger). Only a malformed event raises
    :class:`ToolEventError`, since that is a programming error.

    Example:
        >>> registry = ToolRegistry()
        >>> @registry.register
        ... def add(a: int, b: int) -> int:
        ...     '''Add two numbers.'''
        ...     return a + b
        >>> registry.handle({"type": "function_call", "name": "add", "call_id": "c1",
        ...                  "arguments": '{"a": 1, "b": 2}'})["item"]["output"]
        '3'
    """

    def __init__(
        self,
        *,
        sync_in_thread: bool = True,
        approval_timeout: float | None = DEFAULT_APPROVAL_TIMEOUT,
        filler_instructions: str = DEFAULT_FILLER_INSTRUCTIONS,
        filler_commentary: str = DEFAULT_FILLER_COMMENTARY,
    ) -> None:
        # ahandle() runs sync tools in a worker thread so a slow one does not stall audio.
        self._tools: dict[str, FunctionTool[..., Any]] = {}
        self._sync_in_thread = sync_in_thread
        self.approval_timeout: float | None = check_seconds(approval_timeout, "approval_timeout")
        """Seconds a call of a ``needs_approval`` tool waits for the app's answer before it
        is rejected (default 120; ``None``: no deadline)."""
        self.filler_instructions: str = _text(filler_instructions, "filler_instructions")
        """The instructions of the out-of-band response a slow call's filler asks for
        (Realtime)."""
        self.filler_commentary: str = _text(filler_commentary, "filler_commentary")
        """What a slow call's filler appends as commentary to its delegation (GPT-Live)."""

    @overload
    def register(
        self,
        fn: Callable[P, R],
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        needs_approval: NeedsApproval | None = None,
        filler_after: float | None = None,
    ) -> FunctionTool[P, R]: ...

    @overload
    def register(
        self,
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        needs_approval: NeedsApproval | None = None,
        filler_after: float | None = None,
    ) -> Callable[[Callable[P, R]], FunctionTool[P, R]]: ...

    def register(
        self,
        fn: Callable[P, R] | None = None,
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        needs_approval: NeedsApproval | None = None,
        filler_after: float | None = None,
    ) -> FunctionTool[P, R] | Callable[[Callable[P, R]], FunctionTool[P, R]]:
        """Add a function (or a ``FunctionTool``); usable bare or as ``@register(name=...)``.

        Example:
            >>> registry = ToolRegistry()
            >>> @registry.register(name="lookup")
            ... async def find(order_id: str) -> dict[str, str]: ...
            >>> find.name, "lookup" in registry
            ('lookup', True)

        ``needs_approval``: ``True``, or a function ``(arguments, name) -> bool`` (sync or
        async), makes the tool loop ask the app before a call runs (a
        ``tool.approval_required`` event; ``conn.approve_tool_call(call_id)`` or
        ``conn.reject_tool_call(call_id, message=...)``; rejected at the registry's
        ``approval_timeout``). ``None`` keeps a ``FunctionTool``'s own.

            >>> @registry.register(needs_approval=True)
            ... def refund(order_id: str) -> str:
            ...     return "refunded"
            >>> refund.needs_approval
            True

        ``filler_after``: seconds after which a call still running has the model say
        something meanwhile (once per call, never while the user speaks: on Realtime an
        out-of-band ``response.create`` with the registry's ``filler_instructions``, on
        GPT-Live ``session.commentary.append`` of its ``filler_commentary``); a barge-in
        (the user starts speaking) while it runs cancels the call if the tool is async and
        tells the model (``{"error": {"type": "cancelled", ...}}``); a sync one finishes
        and its output is still sent, once.

            >>> @registry.register(filler_after=1.5)
            ... async def search_flights(city: str) -> str:
            ...     return "two flights"
            >>> search_flights.filler_after
            1.5
        """

        def add(inner: Callable[P, R]) -> FunctionTool[P, R]:
            keeps = (
                name is None
                and description is None
                and needs_approval is None
                and filler_after is None
            )
            if isinstance(inner, FunctionTool) and keeps:
                tool = cast("FunctionTool[P, R]", inner)
            else:
                target: Callable[P, R] = inner.fn if isinstance(inner, FunctionTool) else inner
                approval: NeedsApproval = (
                    needs_approval
                    if needs_approval is not None
                    else inner.needs_approval
                    if isinstance(inner, FunctionTool)
                    else False
                )
                tool = function_tool(
                    target, name=name, description=description, needs_approval=approval
                )
                kept = inner.filler_after if isinstance(inner, FunctionTool) else None
                tool.filler_after = check_seconds(
                    filler_after if filler_after is not None else kept, "filler_after"
                )
            if tool.name in self._tools:
                raise InvalidArgumentError(f"a tool named {tool.name!r} is already registered")
            self._tools[tool.name] = tool
            return tool

        return add(fn) if fn is not None else add

    @property
    def tools(self) -> list[dict[str, Any]]:
        """The wire dicts for a session's ``tools``.

        Example:
            >>> registry = ToolRegistry()
            >>> @registry.register
            ... def add(a: int, b: int) -> int:
            ...     return a + b
            >>> [tool["name"] for tool in registry.tools]  # realtime_session(tools=registry.tools)
            ['add']
        """
        return [tool.to_dict() for tool in self._tools.values()]

    def loop(
        self, conn: LoopConn, /, *, timeout: float | None = DEFAULT_TOOL_TIMEOUT
    ) -> ToolLoop | LiveToolLoop:
        """The tool loop answering ``conn`` with these tools, not yet attached: a Realtime
        conversation's function calls (:class:`ToolLoop`), or a GPT-Live connection's
        delegations (:class:`LiveToolLoop`). ``conn.run_tools(registry)`` attaches it (and is
        the call to use).

        Example::

            runner = conn.run_tools(registry)  # conn.add_extension(registry.loop(conn))
        """
        if isinstance(conn, AsyncLiveConnection | LiveConnection):
            return LiveToolLoop(conn, self, timeout=timeout)
        return ToolLoop(conn, self, timeout=timeout)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._tools

    def __iter__(self) -> Iterator[FunctionTool[..., Any]]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def get(self, name: str) -> FunctionTool[..., Any] | None:
        """The tool called ``name``, if registered (``None`` for anything else)."""
        return self._tools.get(name) if isinstance(name, str) else None

    def _lookup(self, call: FunctionCall) -> FunctionTool[..., Any] | dict[str, Any]:
        tool = self._tools.get(call.name)
        if tool is None:
            known = ", ".join(sorted(self._tools)) or "none"
            return error_event(
                call.call_id, "unknown_tool", f"no tool named {call.name!r}; available: {known}"
            )
        return tool

    def _failed(self, call: FunctionCall, exc: Exception) -> dict[str, Any]:
        if isinstance(exc, ToolArgumentsError):
            return error_event(call.call_id, "invalid_arguments", str(exc))
        # The traceback is formatted here so it can be redacted like the message.
        trace = redact("".join(traceback.format_exception(exc)))
        logger.warning("tool %r raised an exception:\n%s", call.name, trace)
        return error_event(call.call_id, "tool_error", f"{type(exc).__name__}: {exc}")

    def handle(
        self,
        event: object,
        *,
        context: ToolContext | None = None,
    ) -> dict[str, Any]:
        """Run the called tool and return the ``conversation.item.create`` event.
        ``context``: what a tool's parameter typed a :class:`ToolContext` gets (GPT-Live's
        tool loop gives its client-delegation tool a :class:`DelegationContext`).

        An async tool is run to completion with ``asyncio.run`` when no event loop is
        running in this thread; inside a running loop use :meth:`ahandle`.

        Example:
            >>> registry = ToolRegistry()
            >>> @registry.register
            ... def add(a: int, b: int) -> int:
            ...     return a + b
            >>> event = {"type": "response.function_call_arguments.done", "name": "add",
            ...          "call_id": "call_1", "arguments": '{"a": 1, "b": 2}'}
            >>> registry.handle(event)["item"]  # conn.send(registry.handle(event))
            {'type': 'function_call_output', 'call_id': 'call_1', 'output': '3'}
        """
        call = FunctionCall.from_event(event)
        tool = self._lookup(call)
        if isinstance(tool, dict):
            return tool
        if tool.is_async and _loop_running():
            raise RuntimeError(f"tool {call.name!r} is async: use 'await registry.ahandle(...)'")
        try:
            result = tool.invoke(call.arguments, context=context)
            if tool.is_async:
                result = asyncio.run(result)
            return output_event(call.call_id, result)
        except Exception as exc:
            return self._failed(call, exc)

    async def ahandle(
        self,
        event: object,
        *,
        context: ToolContext | None = None,
    ) -> dict[str, Any]:
        """Like :meth:`handle`, awaiting async tools; sync tools run in a worker thread.

        Example:
            >>> import asyncio
            >>> registry = ToolRegistry()
            >>> @registry.register
            ... async def add(a: int, b: int) -> int:
            ...     return a + b
            >>> event = {"type": "function_call", "name": "add", "call_id": "call_1",
            ...          "arguments": '{"a": 1, "b": 2}'}
            >>> asyncio.run(registry.ahandle(event))["item"]["output"]  # await conn.send(...)
            '3'
        """
        call = FunctionCall.from_event(event)
        tool = self._lookup(call)
        if isinstance(tool, dict):
            return tool
        try:
            if tool.is_async or not self._sync_in_thread:
                result = await tool.ainvoke(call.arguments, context=context)
            else:
                result = await asyncio.to_thread(tool.invoke, call.arguments, context=context)
            return output_event(call.call_id, result)
        except Exception as exc:
            return self._failed(call, exc)


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} must be a non-empty str, got {value!r}")
    return value


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
