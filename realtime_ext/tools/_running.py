"""Running a registry's calls for a tool loop, off the connection's receive loop: asyncio
tasks on an asyncio connection, daemon threads on a blocking one (a tool that never returns
must not keep the process up, nor hold its answer past the timeout)."""

from __future__ import annotations

import asyncio
import functools
import inspect
import threading
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from typing import Any, Protocol

from realtime_ext import ToolDefinitionError
from realtime_ext.conversation import Link, ToolEnded, ToolRunner
from realtime_ext.provider import check_seconds, get_logger

from ._approval import (
    DEFAULT_APPROVAL_TIMEOUT,
    Approvals,
    ToolApprovalRequired,
    needs_approval,
    refusal_output,
)
from ._context import ToolContext
from ._filler import cancelled_output
from ._function_tool import FunctionTool
from ._output import error_event

logger = get_logger("realtime_ext.tools")

RESPONSE_CREATE: dict[str, Any] = {"type": "response.create"}

Context = ToolContext | None
"""What a call's tool may ask for (GPT-Live's client delegation's), if anything."""


class Calls(Protocol):
    """What a loop runs calls with (a :class:`~realtime_ext.tools.ToolRegistry`); ``context``
    is what a tool asking for a tool context gets."""

    def handle(self, event: object, /, *, context: Context = None) -> dict[str, Any]: ...

    async def ahandle(self, event: object, /, *, context: Context = None) -> dict[str, Any]: ...

    def __len__(self) -> int: ...

    def get(self, name: str) -> FunctionTool[..., Any] | None:
        """The tool called ``name`` (its ``needs_approval`` is read), or ``None``."""
        ...


class LoopConn(Protocol):
    """The connection a loop answers (asyncio or blocking): it sends, and it can detach the
    loop."""

    def send(self, event: object, /) -> Awaitable[None] | None:
        """Send a client event (a dict)."""
        ...

    def remove_extension(self, ext: Any, /) -> bool:
        """Detach an extension."""
        ...


def check_registry(registry: object, who: str) -> None:
    """Refuse anything but a registry (what ``handle``/``ahandle`` calls need)."""
    if not callable(getattr(registry, "handle", None)) or not callable(
        getattr(registry, "ahandle", None)
    ):
        # The SDK's tools error, a TypeError as Python's own would be.
        raise ToolDefinitionError(
            f"{who} takes a realtime_ext.tools.ToolRegistry (add functions with "
            f"@registry.register), got {type(registry).__name__}"
        )


def timeout_output(call: Mapping[str, Any], timeout: float | None) -> dict[str, Any]:
    """The output telling the model a tool did not answer within ``timeout`` seconds: the
    structured error the tools' own failures give.

    Example:
        >>> timeout_output({"call_id": "c", "name": "f"}, 2)["item"]["call_id"]
        'c'
    """
    return error_event(
        str(call.get("call_id", "")),
        "timeout",
        f"tool {call.get('name')!r} did not finish within {timeout or 0.0:g} s",
    )


class Runner:
    """Starts a loop's work and runs its calls, the connection's way (see the module)."""

    __slots__ = ("calls", "cancels", "interrupted", "is_async", "lock", "tasks", "timeout")

    def __init__(self, conn: LoopConn, calls: Calls, timeout: float | None) -> None:
        self.calls = calls
        self.timeout = timeout
        self.is_async = inspect.iscoroutinefunction(conn.send)
        self.lock = threading.Lock()  # a loop's counts, from its threads
        self.tasks: set[asyncio.Task[None]] = set()
        self.cancels: dict[str, Callable[[], object]] = {}
        """How to cancel each cancellable call running (an async tool's task), by call id."""
        self.interrupted: set[str] = set()
        """The calls a barge-in cancelled (their outputs say so)."""

    def interrupt(self) -> list[str]:
        """Cancel every cancellable call running (a barge-in); their call ids."""
        with self.lock:
            cancels, self.cancels = self.cancels, {}
            self.interrupted.update(cancels)
        for cancel in cancels.values():
            cancel()
        return list(cancels)

    def _cancelled(self, call: dict[str, Any]) -> bool:
        call_id = str(call.get("call_id", ""))
        with self.lock:
            self.cancels.pop(call_id, None)
            if call_id in self.interrupted:
                self.interrupted.discard(call_id)
                return True
            return False

    def start(
        self, work: Callable[[], Coroutine[Any, Any, None]], blocking: Callable[[], None]
    ) -> None:
        """Start ``work()`` as a task (asyncio) or ``blocking()`` on a daemon thread."""
        if self.is_async:
            task = asyncio.get_running_loop().create_task(work(), name="realtime-tools")
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        else:
            threading.Thread(target=blocking, name="realtime-tools", daemon=True).start()

    def cancel(self) -> None:
        """Cancel the tasks still running (a close: their outputs have no socket)."""
        for task in list(self.tasks):
            task.cancel()

    async def arun(
        self,
        call: dict[str, Any],
        ends: Ends = (),
        context: Context = None,
        *,
        cancellable: bool = False,
    ) -> dict[str, Any]:
        """The output event of ``call`` (a timeout's when it does not answer in time); each
        of ``ends`` is called with it (or the exception raised) first. ``context``: what a
        tool asking for a tool context gets. ``cancellable``: a barge-in
        (:meth:`interrupt`) may cancel it (its output then says so)."""
        task = asyncio.ensure_future(self.calls.ahandle(call, context=context))
        if cancellable:
            with self.lock:
                self.cancels[str(call.get("call_id", ""))] = task.cancel
        try:
            async with asyncio.timeout(self.timeout):  # not wait_for: it cancels cleanly
                output = await task
        except TimeoutError:
            output = timeout_output(call, self.timeout)
        except asyncio.CancelledError as exc:
            current = asyncio.current_task()
            if not self._cancelled(call) or (current is not None and current.cancelling()):
                _ended(ends, exc)
                raise
            output = cancelled_output(call)
        except BaseException as exc:
            self._cancelled(call)
            _ended(ends, exc)
            raise
        self._cancelled(call)
        _ended(ends, output)
        return output

    async def _cancellable(self, call: dict[str, Any], context: Context) -> dict[str, Any]:
        """A blocking loop's async tool, on its thread's event loop, cancellable from the
        receive loop's thread."""
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        with self.lock:
            self.cancels[str(call.get("call_id", ""))] = lambda: loop.call_soon_threadsafe(
                task.cancel
            )
        return await self.calls.ahandle(call, context=context)

    def run(
        self,
        call: dict[str, Any],
        ends: Ends = (),
        context: Context = None,
        *,
        cancellable: bool = False,
    ) -> dict[str, Any]:
        """:meth:`arun`, blocking: the tool runs on a daemon thread of its own (an async
        one ``cancellable``: on that thread's event loop)."""
        done = threading.Event()
        result: list[dict[str, Any]] = []
        failed: list[BaseException] = []

        def target() -> None:
            try:
                if cancellable:
                    result.append(asyncio.run(self._cancellable(call, context)))
                else:
                    result.append(self.calls.handle(call, context=context))
            except BaseException as exc:  # handle() raises only for a malformed call
                failed.append(exc)
            finally:
                done.set()

        threading.Thread(target=target, name="realtime-tool", daemon=True).start()
        if not done.wait(self.timeout):
            output = timeout_output(call, self.timeout)
        elif failed and isinstance(failed[0], asyncio.CancelledError) and self._cancelled(call):
            output = cancelled_output(call)
        elif failed:
            self._cancelled(call)
            _ended(ends, failed[0])
            raise failed[0]
        else:
            output = result[0]
        self._cancelled(call)
        _ended(ends, output)
        return output


Ends = Sequence[ToolEnded]
"""What :meth:`Runner.arun` tells when a call ends (``Link.tool_started``'s answers)."""


def _ended(ends: Ends, outcome: object) -> None:
    for end in ends:
        end(outcome)


async def awaited(sent: Awaitable[None] | None) -> None:
    """Await what a send returned (an asyncio connection's), if anything."""
    if sent is not None:
        await sent


class Loop(ToolRunner):
    """What the tool loops share (the Realtime one and GPT-Live's): the registry, the
    connection, the runner, the counts, :meth:`stop`, and the interface's ``added`` and
    ``closed``."""

    def __init__(self, conn: LoopConn, registry: Calls, timeout: float | None, who: str) -> None:
        check_registry(registry, who)
        self._conn = conn
        self.registry = registry
        self.timeout: float | None = check_seconds(timeout, "timeout")
        self._runner = Runner(conn, registry, self.timeout)
        self._link: Link | None = None
        self.active: bool = True
        self.calls = 0
        self.responses = 0
        self.abandoned = 0
        self.approval_requests: int = 0
        self.approved: int = 0
        self.rejected: int = 0
        self.fillers: int = 0
        self.fillers_skipped: int = 0
        self.cancelled: int = 0
        self.late: int = 0
        self.barge_ins: int = 0
        self.speaking: bool = False
        """Whether the user is speaking (server VAD's speech started, not yet stopped): no
        filler is said over them."""
        self._running_slow: set[str] = set()
        self._overtaken: set[str] = set()
        self._barged: set[str] = set()  # slow calls a barge-in cancelled or overtook
        self._hit: set[str] = set()  # slow calls running that a barge-in hit already
        self.failures: list[BaseException] = []
        approval_timeout = getattr(registry, "approval_timeout", DEFAULT_APPROVAL_TIMEOUT)
        self.approvals: Approvals = Approvals(check_seconds(approval_timeout, "approval_timeout"))
        """The calls waiting for the app's approval (``conn.approve_tool_call``)."""

    # -- slow tools ----------------------------------------------------------------------
    def _filler_after(self, call: dict[str, Any]) -> float | None:
        """The seconds after which ``call`` gets a filler (its tool's ``filler_after``)."""
        tool = self.registry.get(str(call.get("name", "")))
        return None if tool is None else tool.filler_after

    def _cancellable(self, call: dict[str, Any]) -> bool:
        """Whether a barge-in may cancel ``call``: a slow tool's, async."""
        tool = self.registry.get(str(call.get("name", "")))
        return tool is not None and tool.filler_after is not None and tool.is_async

    def _filler(self, call: dict[str, Any]) -> dict[str, Any] | None:
        """What this loop sends as ``call``'s filler (``None``: none)."""
        return None

    def _filler_due(self, call: dict[str, Any]) -> dict[str, Any] | None:
        """``call`` ran past its ``filler_after``: its filler, unless the user speaks (never
        over them), the call ended, or the app closed."""
        call_id = str(call.get("call_id", ""))
        with self._runner.lock:
            running = call_id in self._running_slow
        if not running or self.closing:
            return None
        if self.speaking:
            self._count("fillers_skipped")
            return None
        return self._filler(call)

    async def _asay_filler(self, call: dict[str, Any]) -> None:
        payload = self._filler_due(call)
        if payload is None:
            return
        try:
            await awaited(self._conn.send(payload))
            self._count("fillers")
        except Exception as exc:
            self._failed(exc)

    def _say_filler(self, call: dict[str, Any]) -> None:
        payload = self._filler_due(call)
        if payload is None:
            return
        try:
            self._conn.send(payload)
            self._count("fillers")
        except Exception as exc:
            self._failed(exc)

    async def _arun_slow(
        self, call: dict[str, Any], ends: Ends, context: Context = None
    ) -> dict[str, Any]:
        """Run ``call``; a slow tool's gets its filler when it runs past ``filler_after``,
        and a barge-in may cancel it (if async)."""
        after = self._filler_after(call)
        if after is None:
            return await self._runner.arun(call, ends, context)
        call_id = str(call.get("call_id", ""))
        with self._runner.lock:
            self._running_slow.add(call_id)
        loop = asyncio.get_running_loop()
        timer = loop.call_later(
            after,
            self._runner.start,
            functools.partial(self._asay_filler, call),
            functools.partial(self._say_filler, call),
        )
        try:
            return await self._runner.arun(call, ends, context, cancellable=self._cancellable(call))
        finally:
            timer.cancel()
            with self._runner.lock:
                self._running_slow.discard(call_id)
                self._hit.discard(call_id)

    def _run_slow(
        self, call: dict[str, Any], ends: Ends, context: Context = None
    ) -> dict[str, Any]:
        """:meth:`_arun_slow`, blocking (the filler from a timer thread)."""
        after = self._filler_after(call)
        if after is None:
            return self._runner.run(call, ends, context)
        call_id = str(call.get("call_id", ""))
        with self._runner.lock:
            self._running_slow.add(call_id)
        timer = threading.Timer(after, self._say_filler, (call,))
        timer.daemon = True
        timer.start()
        try:
            return self._runner.run(call, ends, context, cancellable=self._cancellable(call))
        finally:
            timer.cancel()
            with self._runner.lock:
                self._running_slow.discard(call_id)
                self._hit.discard(call_id)

    def _speech(self, started: bool) -> None:
        """Server VAD heard the user start (a barge-in: the slow async calls running are
        cancelled, the others overtaken) or stop speaking."""
        self.speaking = started
        if started:
            self._barge_in()

    def _barge_in(self) -> None:
        """The user spoke over the slow calls running: the async ones are cancelled (their
        outputs say so), the others overtaken (delivered late, once)."""
        with self._runner.lock:
            fresh = self._running_slow - self._hit
            if not fresh:  # none running, or each already hit by this barge-in
                return
            self.barge_ins += 1
            self._hit.update(fresh)
            self._overtaken.update(fresh)
            self._barged.update(fresh)
        cancelled = self._runner.interrupt()
        if cancelled:
            with self._runner.lock:
                self.cancelled += len(cancelled)
                self._overtaken.difference_update(cancelled)

    def _barged_in(self, calls: list[dict[str, Any]]) -> bool:
        """Whether a barge-in cancelled or overtook a slow call of ``calls`` (forgotten
        here): the user's turn then asks for the next response."""
        ids = {str(call.get("call_id", "")) for call in calls}
        with self._runner.lock:
            hit = bool(ids & self._barged)
            self._barged -= ids
        return hit

    def _delivered(self, call: dict[str, Any]) -> None:
        """``call``'s output went out: counted as late when a barge-in overtook it."""
        call_id = str(call.get("call_id", ""))
        with self._runner.lock:
            if call_id in self._overtaken:
                self._overtaken.discard(call_id)
                self.late += 1

    def decide(self, call_id: str, approved: bool, message: str | None) -> None:
        """The app's answer to a ``tool.approval_required``: see
        ``conn.approve_tool_call``."""
        self.approvals.decide(call_id, approved, message)

    def _check(self, call: dict[str, Any]) -> bool | Awaitable[bool]:
        """Whether ``call`` waits for approval (an awaitable from an async
        ``needs_approval``); a check that raises asks the app (the safe side)."""
        try:
            return needs_approval(self.registry.get(str(call.get("name", ""))), call)
        except Exception as exc:
            logger.warning("needs_approval of %r raised %s: asking the app", call.get("name"), exc)
            return True

    def _ask(self, call: dict[str, Any], server_label: str | None = None) -> None:
        """Hold ``call`` for the app's answer and tell the app
        (:class:`~realtime_ext.tools.ToolApprovalRequired`, next in its receives)."""
        call_id = str(call.get("call_id", ""))
        self.approvals.ask(call_id, self._runner.is_async)
        self._count("approval_requests")
        if self._link is not None:
            arguments = call.get("arguments")
            self._link.deliver(
                ToolApprovalRequired(
                    call_id=call_id,
                    name=str(call.get("name", "")),
                    arguments=arguments if isinstance(arguments, str) else "",
                    server_label=server_label,
                )
            )

    def _decided(
        self, call: dict[str, Any], approved: bool, message: str | None
    ) -> dict[str, Any] | None:
        self._count("approved" if approved else "rejected")
        return None if approved else refusal_output(call, message)

    async def _agate(self, call: dict[str, Any]) -> dict[str, Any] | None:
        """For a call waiting for approval: ``None`` once approved (it runs), else the
        refusal to send instead of its output."""
        call_id = str(call.get("call_id", ""))
        if not self.approvals.waits(call_id):
            return None
        approved, message = await self.approvals.await_decision(call_id)
        return self._decided(call, approved, message)

    def _gate(self, call: dict[str, Any]) -> dict[str, Any] | None:
        """:meth:`_agate`, blocking."""
        call_id = str(call.get("call_id", ""))
        if not self.approvals.waits(call_id):
            return None
        approved, message = self.approvals.wait_decision(call_id)
        return self._decided(call, approved, message)

    def stop(self) -> None:
        """Stop answering (calls already running still send their outputs)."""
        if self.active:
            self.active = False
            self._conn.remove_extension(self)

    def added(self, link: Link) -> None:
        self._link = link

    def _started(self, call: dict[str, Any]) -> list[ToolEnded]:
        """Tell the extensions watching tool calls that ``call`` runs; their ends."""
        return [] if self._link is None else self._link.tool_started(call)

    @property
    def closing(self) -> bool:
        """Whether the app closed the connection (nothing more is sent)."""
        return self._link is None or self._link.closing

    def closed(self) -> None:
        """Tool calls still running are abandoned: asyncio cancels their tasks; blocking
        ones finish on their threads, and their outputs are not sent; calls waiting for
        approval are rejected (never run)."""
        self.approvals.clear()
        self._runner.cancel()

    COUNTS: tuple[str, ...] = (
        "calls",
        "responses",
        "abandoned",
        "approval_requests",
        "approved",
        "rejected",
        "fillers",
        "fillers_skipped",
        "cancelled",
        "late",
        "barge_ins",
    )
    """The counts :meth:`tool_counts` reports (the telemetry's)."""

    def tool_counts(self) -> dict[str, int]:
        """The loop's counts so far, by name (see :attr:`COUNTS`): what the session's
        metrics report (``SessionMetrics.of(conn).tool_counts``).

        Example::

            loop = conn.run_tools(registry)
            print(loop.tool_counts()["fillers"])
        """
        with self._runner.lock:
            return {name: int(getattr(self, name)) for name in self.COUNTS}

    def _count(self, name: str) -> None:
        with self._runner.lock:
            setattr(self, name, getattr(self, name) + 1)

    def _failed(self, exc: BaseException) -> None:
        with self._runner.lock:
            self.failures.append(exc)
        logger.warning("tool loop: could not send a tool output: %s", exc)
