"""What the conversation knows of a tool loop: the handle ``run_tools`` returns, and what it
takes. The loop itself is a feature, an :class:`~realtime_ext.Extension` of the tools package
(``realtime_ext.tools``): the core names no tool module, and runs no tool.

``conn.run_tools(registry)`` asks the registry for its loop (:meth:`ToolHandler.loop`, which a
``ToolRegistry`` answers with the tools package's ``ToolLoop``), attaches it, and returns it.
What the loop needs of the conversation it has through the extension interface (its
:class:`~.link.Link`): the calls it will answer are counted as a response owed and carried to
a new server session, and the conversation says whether their answers still belong.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from .extensions import Extension

DEFAULT_TOOL_TIMEOUT = 60.0
"""Seconds a tool has to answer before the model is told it timed out."""


class ToolRunner(Extension):
    """The handle :meth:`run_tools` returns, an :class:`~realtime_ext.Extension` (the tools
        package's ``ToolLoop`` is the one the SDK attaches): counts, and :meth:`stop`.

        ``calls`` counts function calls answered, ``responses`` the ``response.create`` sent after
        them, ``failures`` the send failures (connection lost while answering; logged),
        ``abandoned`` the calls whose server session was lost before they answered and that the new
        session was not given (``carry="session"``, or a ``carry`` function that left them out):
        their outputs are not sent. Calls waiting for the app's approval: ``approval_requests``
        asked, ``approved``, ``rejected`` (by the app, the deadline or a close). Slow tools:
        ``fillers`` said, ``fillers_skipped`` (the user was speaking), ``cancelled`` by a barge-in,
        ``late`` (delivered after a barge-in overtook them), ``barge_ins`` (heard over slow calls
    running).
    """

    registry: Any
    timeout: float | None
    calls: int
    responses: int
    abandoned: int
    approval_requests: int
    approved: int
    rejected: int
    fillers: int
    fillers_skipped: int
    cancelled: int
    late: int
    barge_ins: int
    failures: list[BaseException]
    active: bool

    def stop(self) -> None:
        """Stop answering function calls (calls already running still get their outputs)."""
        raise NotImplementedError

    def decide(self, call_id: str, approved: bool, message: str | None) -> None:
        """Answer the approval the call ``call_id`` waits for (``conn.approve_tool_call``,
        ``conn.reject_tool_call``); raises when no call waits under that id."""
        raise NotImplementedError


@runtime_checkable
class ToolHandler(Protocol):
    """What ``run_tools`` takes: ``realtime_ext.tools.ToolRegistry`` is one. Named here,
    structurally, so the core imports no feature package."""

    def loop(self, conn: Any, /, *, timeout: float | None) -> ToolRunner:
        """The tool loop answering ``conn``'s function calls with these tools (not attached)."""
        ...


class Answering:
    """Calls an extension is answering (one ``response.done``'s, for the tool loop), and the
    server session (``generation``) they belong to. A conversation that moves to a new session
    carries the calls (their items) with the history; the answers then go to the new session
    (``moving``, until its first event confirms it is a new one)."""

    __slots__ = ("call_ids", "generation", "item_ids", "moving")

    def __init__(self, calls: list[dict[str, Any]], generation: int) -> None:
        self.call_ids = frozenset(str(call.get("call_id", "")) for call in calls)
        self.item_ids = frozenset(str(call.get("id", "")) for call in calls)
        self.generation = generation
        self.moving = False
