"""Tool calls that wait for the app's approval: the ``tool.approval_required`` event the
tool loops give the app, and the book of calls waiting for an answer
(``conn.approve_tool_call`` / ``conn.reject_tool_call``), each with a deadline that rejects.

A function tool registered with ``needs_approval`` (``True``, or a function of the call's
arguments and name, sync or async) is not run when the model calls it: the loop hands the
app a :class:`ToolApprovalRequired` (through the receives, iteration and handlers, as a
server event), and runs the call once it is approved; a rejected call is answered with a
refusal the model reads. MCP approval requests (the server's ``mcp_approval_request``
items) come the same way, and are answered ``mcp_approval_response``.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import threading
from collections.abc import Awaitable, Coroutine
from typing import Any, Literal

import attrs

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import is_dict

from ._function_tool import FunctionTool
from ._output import error_event

__all__ = [
    "APPROVAL_REQUIRED",
    "DEFAULT_APPROVAL_TIMEOUT",
    "Approvals",
    "ToolApprovalRequired",
    "mcp_approval_response",
]

APPROVAL_REQUIRED = "tool.approval_required"

DEFAULT_APPROVAL_TIMEOUT = 120.0
"""Seconds a call waits for ``approve_tool_call``/``reject_tool_call`` before it is rejected
(``ToolRegistry(approval_timeout=...)`` sets another)."""


@attrs.frozen
class ToolApprovalRequired:
    """A tool call waiting for the app's approval (``type == "tool.approval_required"``):
    answer ``conn.approve_tool_call(event.call_id)`` or ``conn.reject_tool_call(event.call_id,
    message=...)``. Returned by ``recv`` and iteration, and given to handlers of its type, as
    a server event is. ``arguments``: the model's JSON arguments; ``server_label``: the MCP
    server of an MCP approval request (``None`` for a function tool).

    Example:
        >>> event = ToolApprovalRequired(call_id="call_1", name="refund",
        ...                              arguments='{"amount": 500}')
        >>> event.type, event.call_id
        ('tool.approval_required', 'call_1')
    """

    call_id: str
    name: str
    arguments: str
    server_label: str | None = None
    type: Literal["tool.approval_required"] = "tool.approval_required"

    @property
    def type_(self) -> str:
        """The event's type, as the SDK's decoded events have it."""
        return self.type


Decision = tuple[bool, str | None]
"""Whether a call was approved, and the app's message (a rejection's reason)."""


def mcp_approval_response(request_id: str, approved: bool, reason: str | None) -> dict[str, Any]:
    """The ``mcp_approval_response`` item answering the MCP approval request ``request_id``.

    Example:
        >>> mcp_approval_response("mcpr_1", True, None)
        {'type': 'mcp_approval_response', 'approval_request_id': 'mcpr_1', 'approve': True}
    """
    item: dict[str, Any] = {
        "type": "mcp_approval_response",
        "approval_request_id": request_id,
        "approve": approved,
    }
    if reason is not None:
        item["reason"] = reason
    return item


def refusal_output(call: dict[str, Any], message: str | None) -> dict[str, Any]:
    """The output telling the model the app refused ``call`` (not run).

    Example:
        >>> refusal_output({"call_id": "c", "name": "f"}, None)["item"]["output"]
        '{"error": {"type": "rejected", "message": "the app did not approve the call to \\'f\\'"}}'
    """
    text = message or f"the app did not approve the call to {call.get('name')!r}"
    return error_event(str(call.get("call_id", "")), "rejected", text)


def call_arguments(call: dict[str, Any]) -> dict[str, Any]:
    """The JSON object of a call's arguments (``{}`` when they are not one)."""
    raw = call.get("arguments")
    try:
        value: object = json.loads(raw) if isinstance(raw, str) and raw.strip() else {}
    except (ValueError, RecursionError):
        return {}
    return dict(value) if is_dict(value) else {}


async def _awaited(value: Awaitable[bool]) -> bool:
    return await value


class _Waiter:
    """One call's answer: set once, from any thread; awaited or waited for."""

    __slots__ = ("decision", "done", "future", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop | None) -> None:
        self.decision: Decision | None = None
        self.done = threading.Event()
        self.loop = loop
        self.future: asyncio.Future[None] | None = None if loop is None else loop.create_future()

    def set(self, decision: Decision) -> None:
        self.decision = decision
        self.done.set()
        future, loop = self.future, self.loop
        if future is not None and loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(_resolve, future)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Approvals:
    """The calls of one tool loop waiting for the app's answer (thread-safe)."""

    __slots__ = ("_lock", "_waiting", "timeout")

    def __init__(self, timeout: float | None) -> None:
        self.timeout: float | None = timeout
        self._waiting: dict[str, _Waiter] = {}
        self._lock = threading.Lock()

    def ask(self, call_id: str, on_asyncio: bool) -> None:
        """Note that ``call_id`` waits (before the app can learn of it)."""
        loop = asyncio.get_running_loop() if on_asyncio else None
        with self._lock:
            self._waiting[call_id] = _Waiter(loop)

    def waits(self, call_id: str) -> bool:
        """Whether ``call_id`` was asked about and not yet taken by its worker."""
        with self._lock:
            return call_id in self._waiting

    def decide(self, call_id: str, approved: bool, message: str | None) -> None:
        """The app's answer for ``call_id``; a call not waiting (never asked, already
        answered, past its deadline) is an error."""
        with self._lock:
            waiter = self._waiting.get(call_id)
            if waiter is None or waiter.decision is not None:
                raise InvalidArgumentError(
                    f"no tool call {call_id!r} waits for approval (answered already, past "
                    "its deadline, or never asked)"
                )
            waiter.set((approved, message))

    def _take(self, call_id: str) -> Decision:
        with self._lock:
            waiter = self._waiting.pop(call_id, None)
            if waiter is None:
                return (False, None)
            if waiter.decision is None:  # the deadline: refused (a late answer is an error)
                waiter.decision = (False, self._late())
            return waiter.decision

    def _late(self) -> str:
        return f"the app did not approve the call within {self.timeout or 0.0:g} s"

    async def await_decision(self, call_id: str) -> Decision:
        """The app's answer, or a rejection at the deadline."""
        with self._lock:
            waiter = self._waiting.get(call_id)
        if waiter is not None and waiter.future is not None:
            try:
                async with asyncio.timeout(self.timeout):
                    await waiter.future
            except TimeoutError:
                pass
        return self._take(call_id)

    def wait_decision(self, call_id: str) -> Decision:
        """:meth:`await_decision`, blocking."""
        with self._lock:
            waiter = self._waiting.get(call_id)
        if waiter is not None:
            waiter.done.wait(self.timeout)
        return self._take(call_id)

    def clear(self) -> None:
        """A close: every waiting call is rejected (its worker ends)."""
        with self._lock:
            waiters = list(self._waiting.values())
        for waiter in waiters:
            if waiter.decision is None:
                waiter.set((False, "the connection closed"))


def needs_approval(
    tool: FunctionTool[..., Any] | None, call: dict[str, Any]
) -> bool | Awaitable[bool]:
    """Whether ``call`` of ``tool`` (``None``: unknown) waits for approval: the tool's
    ``needs_approval`` flag, or what its function says (maybe an awaitable, from an async
    one)."""
    if tool is None:
        return False
    flag = tool.needs_approval
    if isinstance(flag, bool):
        return flag
    answer = flag(call_arguments(call), str(call.get("name", "")))
    if inspect.isawaitable(answer):
        return answer
    return bool(answer)


def run_check(answer: bool | Awaitable[bool]) -> bool:
    """A blocking loop's answer: an async ``needs_approval`` is run to its end here (the
    receive loop of a blocking connection has no event loop running)."""
    if isinstance(answer, bool):
        return answer
    coro: Coroutine[Any, Any, bool] = _awaited(answer)
    return bool(asyncio.run(coro))


async def arun_check(answer: bool | Awaitable[bool]) -> bool:
    """An asyncio loop's answer (an async ``needs_approval`` awaited)."""
    if isinstance(answer, bool):
        return answer
    return bool(await answer)
