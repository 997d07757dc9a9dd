"""How one API answers a SIP call: what ``CallRunner`` asks of each (:class:`CallAnswer`),
and the state of one call a worker runs (:class:`Running`).

The runner claims, accepts, takes over and hangs up a call the same way whichever API answers
it; what differs (the accept's session, the REST calls, the sideband and its tool loop) is the
API's answer: ``_realtime_answer.py`` and ``_live_answer.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import Any, Protocol, cast

from realtime_ext import CallAction
from realtime_ext.provider import get_logger

from ._call import Progress, RunningCall

__all__ = ["CallAnswer", "Running", "log_errors", "started", "with_tools"]

_logger = get_logger("realtime_ext.asgi")


class Running:
    """One call this worker runs: its run claim, and whether its sideband opened."""

    __slots__ = (
        "attached",
        "ending",
        "greet",
        "key",
        "lost",
        "owner",
        "taken_over",
        "tools_failed",
    )

    def __init__(
        self,
        key: str,
        owner: str,
        attached: asyncio.Future[bool],
        taken_over: bool,
        greet: bool,
    ) -> None:
        self.key = key
        self.owner = owner
        self.attached = attached  # True once open and on_start ran; False if it never was
        self.taken_over = taken_over  # another worker accepted it (and died)
        self.greet = greet  # a first reply is asked for, where the API has a request for it
        self.lost = False  # its run claim ran out and another worker took the call over
        self.ending = False  # the call is over here: hung up and its claim finished next
        self.tools_failed: Exception | None = None  # why its tool loop could not start

    @contextlib.contextmanager
    def starting_tools(self) -> Generator[None]:
        """Note why the call's tool loop could not start (then raised on)."""
        try:
            yield
        except Exception as exc:
            self.tools_failed = exc
            raise


class CallAnswer(Protocol):
    """One API's answer to the calls it announces: its REST calls on a call (by the id the
    API knows it by) and the call's run over its sideband."""

    async def accept(self, call_id: str) -> CallAction:
        """Accept the call with the runner's session for this API (its tools listed)."""
        ...

    async def refer(self, call_id: str, target_uri: str) -> CallAction: ...

    async def hangup(self, call_id: str) -> CallAction: ...

    async def run(self, call: RunningCall, progress: Progress, running: Running) -> None:
        """Open the call's sideband, start its tool loop and the app's start hook, set
        ``running.attached``, and follow the call until it is over."""
        ...


def log_errors(call: RunningCall) -> Callable[[object], None]:
    """A sideband's ``error`` handler: a server error event is logged; it ends nothing (the
    call goes on)."""

    def log_error(event: object) -> None:
        _logger.warning("call %s: %s", call.call_id, event)

    return log_error


async def started(
    running: Running,
    tool_loop: Callable[[], object] | None,
    on_start: Callable[[], Awaitable[object]] | None,
) -> None:
    """A call's open sideband started: its tool loop (``tool_loop`` starts it; why it could
    not is noted on ``running`` and raised), then the app's start hook awaited, then
    ``running.attached`` set."""
    if tool_loop is not None:
        with running.starting_tools():
            tool_loop()
    if on_start is not None:
        await on_start()
    running.attached.set_result(True)


def with_tools(listed: object, definitions: list[dict[str, Any]]) -> list[Any]:
    """``listed`` (a session's tools, if any) with the registry's ``definitions`` added, those
    whose name it lists already left out."""
    tools: list[Any] = list(cast("list[Any]", listed or []))
    names = {cast("Mapping[str, Any]", t).get("name") for t in tools if isinstance(t, Mapping)}
    tools.extend(t for t in definitions if t["name"] not in names)
    return tools
