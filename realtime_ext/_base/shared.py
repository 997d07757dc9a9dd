"""What the blocking and asyncio conversation classes share: everything that does no I/O
(registering handlers, tools and extensions, reading state)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Generic, TypeVar, overload

from realtime_ext._exceptions import ConnectionClosed, InvalidArgumentError, ToolDefinitionError

from .core import Core, TransportT
from .extensions import Extension, check_extension, overrides
from .handlers import H, Handler
from .link import CoreLink
from .tool_handler import ToolHandler, ToolRunner

E = TypeVar("E", bound=Extension)


class ConversationBase(Generic[TransportT]):
    """The I/O-free half of every live session: the conversations (:class:`Conversation`,
    :class:`AsyncConversation`) and the translation connections run on the same core."""

    _async_callbacks = False
    """Whether handlers, hooks and extensions may be ``async def`` (asyncio classes)."""

    _core: Core[TransportT]
    """Set by the driver (``AsyncLiveBase``, ``LiveBase``), which knows whether it can
    reopen: Core's options are said once there, not forwarded through this class."""

    _link: CoreLink
    """What an extension is given when it is added (``Extension.added``); set by the driver,
    which knows its step lock."""

    @property
    def transport(self) -> TransportT:
        """The transport in use (a new one after each reconnect)."""
        return self._core.transport

    @property
    def _moving(self) -> bool:
        """Whether a reconnect (a move to a new connection) is under way."""
        return self._core.recovery is not None

    @property
    def reconnects(self) -> int:
        """How many times this conversation reconnected."""
        return self._core.reconnector.count

    # -- handlers ------------------------------------------------------------------------
    @overload
    def on(self, kind: str, handler: H, *, off_loop: bool = False) -> H: ...
    @overload
    def on(
        self, kind: str, handler: None = None, *, off_loop: bool = False
    ) -> Callable[[H], H]: ...
    def on(
        self, kind: str, handler: H | None = None, *, off_loop: bool = False
    ) -> H | Callable[[H], H]:
        """Register ``handler`` for events of type ``kind`` (``"*"``: all).

        Usable as a decorator. Handlers run inside ``dispatch``, ``dispatch_events``, ``run_until``
        and ``collect_audio``, in registration order, in the receiving thread or task
        (on an asyncio conversation they may be ``async def``: they are awaited). An
        ``error`` handler means the app handles server errors itself: they are then
        delivered as events instead of raised. A handler that raises stops the loop that
        called it: the exception propagates unchanged, the event counts as consumed, the
        handlers after it are skipped for that event, and the connection stays open.

        A plain ``def`` handler on an asyncio conversation runs on the event loop: while it
        blocks (a database call, a lock, heavy CPU), every session of the process waits.
        ``off_loop=True`` runs it in a worker thread instead (``asyncio.to_thread``, the
        loop's default executor) and awaits it there: the other sessions' events are
        delivered meanwhile, while this session's next event waits for it (its handlers
        still run one at a time, in order, and what it raises propagates as above). A
        thread hop costs tens of microseconds: keep fast handlers on the loop. An ``async
        def`` handler is refused with it (awaiting blocks nothing); a blocking
        conversation's handlers already run on its own receiving thread, so there it
        changes nothing.

        Example::

            @conn.on("response.output_text.delta")
            def show(event):
                print(event.delta, end="")

            @conn.on("response.done", off_loop=True)
            def store(event):
                database.save(event.response.id)  # blocks this session only
        """
        return self._core.on(kind, handler, once=False, off_loop=off_loop)

    @overload
    def once(self, kind: str, handler: H, *, off_loop: bool = False) -> H: ...
    @overload
    def once(
        self, kind: str, handler: None = None, *, off_loop: bool = False
    ) -> Callable[[H], H]: ...
    def once(
        self, kind: str, handler: H | None = None, *, off_loop: bool = False
    ) -> H | Callable[[H], H]:
        """Like :meth:`on`, for the next matching event only."""
        return self._core.on(kind, handler, once=True, off_loop=off_loop)

    def off(self, kind: str, handler: Handler | None = None) -> int:
        """Unregister ``handler`` (all handlers of ``kind`` when omitted); returns how many."""
        return self._core.handlers.remove(kind, handler)

    # -- extensions ----------------------------------------------------------------------
    def add_extension(self, ext: E) -> E:
        """Attach ``ext``, an :class:`~realtime_ext.Extension`: from now on it is told
        about every event received and sent, the moves to a new connection, the tool
        loop's calls and the close (the methods its class overrides). Returns it.

        The extension may send through this connection (keep a reference to it); on an
        asyncio conversation its ``received`` and ``sent`` may be ``async def``. Anything
        else than an ``Extension`` is refused (``InvalidArgumentError``), as are async
        methods a blocking conversation could not await.

        Example::

            class Count(Extension):
                def __init__(self) -> None:
                    self.received_count = self.sent_count = 0

                def received(self, event: ServerEvent) -> None:
                    self.received_count += 1

                def sent(self, payload: dict[str, Any]) -> None:
                    self.sent_count += 1

            counter = conn.add_extension(Count())
        """
        extensions = self._core.extensions
        extensions.add(check_extension(ext, allow_async=self._async_callbacks))
        if overrides(ext, "added"):
            try:
                ext.added(self._link)
            except BaseException:  # refused (a blocking extension on asyncio...): not added
                self.remove_extension(ext)
                raise
        self._core.reconnector.carry.history = extensions.carried
        return ext

    def _attach_tools(self, registry: ToolHandler, timeout: float | None) -> ToolRunner:
        """``run_tools`` (on the kinds of session that have one): the registry's loop for
        this conversation, attached in place of the one attached before (stopped)."""
        if not isinstance(registry, ToolHandler):
            # The SDK's tools error, a TypeError as Python's own would be.
            raise ToolDefinitionError(
                "run_tools() takes a realtime_ext.tools.ToolRegistry (add functions with "
                f"@registry.register), got {type(registry).__name__}"
            )
        runner = registry.loop(self, timeout=timeout)
        core = self._core
        if core.tools is not None:
            core.tools.stop()
        core.tools = self.add_extension(runner)
        return runner

    def approve_tool_call(self, call_id: str) -> None:
        """Let the tool call ``call_id`` run: the one a ``tool.approval_required`` event
        (:class:`~realtime_ext.tools.ToolApprovalRequired`) asked about. A function tool then
        runs and its output goes out; an MCP call is answered ``mcp_approval_response``
        (``approve: true``). A plain method on both drivers: the tool loop does the rest off
        the receive loop.

        Example::

            for event in conn:
                if isinstance(event, ToolApprovalRequired):
                    conn.approve_tool_call(event.call_id)
        """
        self._decide(call_id, approved=True, message=None)

    def reject_tool_call(self, call_id: str, *, message: str | None = None) -> None:
        """Refuse the tool call ``call_id`` (see :meth:`approve_tool_call`): a function tool
        is not run, and the model gets a refusal output (``{"error": {"type": "rejected",
        "message": ...}}``, ``message`` if given) and goes on; an MCP call is answered
        ``mcp_approval_response`` (``approve: false``, ``reason``: ``message``).

        Example::

            conn.reject_tool_call(event.call_id, message="Refunds need a manager.")
        """
        if message is not None and not isinstance(message, str):
            raise InvalidArgumentError(f"message must be a str, got {type(message).__name__}")
        self._decide(call_id, approved=False, message=message)

    def _decide(self, call_id: str, *, approved: bool, message: str | None) -> None:
        if not isinstance(call_id, str) or not call_id:
            raise InvalidArgumentError(f"call_id must be a non-empty str, got {call_id!r}")
        tools = self._core.tools
        if tools is None or not tools.active:
            raise InvalidArgumentError(
                "no tool loop is answering this connection (conn.run_tools(registry)): "
                f"no call {call_id!r} waits for approval"
            )
        tools.decide(call_id, approved, message)

    def remove_extension(self, ext: Extension) -> bool:
        """Stop telling ``ext`` about events; ``False`` if it was not added."""
        removed = self._core.extensions.remove(ext)
        self._core.reconnector.carry.history = self._core.extensions.carried
        return removed

    @property
    def extensions(self) -> tuple[Extension, ...]:
        """The extensions added, in order."""
        return self._core.extensions.items

    @property
    def cost(self) -> Decimal | None:
        """What the session cost so far, in US dollars, as its extensions price it: with the
        client's ``telemetry=``, each response's usage (Realtime) or the seconds reported
        (GPT-Live) by the telemetry's price table. ``None`` when nothing prices it, or
        something in it could not be priced (a model with no price).

        Example::

            conn.run_until("response.done")
            print(conn.cost)  # Decimal('0.000336')
        """
        priced = self._core.extensions.cost
        return None if priced is None else priced()

    # -- state ---------------------------------------------------------------------------
    def ends_quietly(self, exc: ConnectionClosed) -> bool:
        """Whether a loop over events should end without an error on ``exc``: only when the
        app closed this connection (``close()``) or the server closed it normally (1000).

        The rule iteration and ``dispatch_events`` follow; a loop of your own over ``recv``
        can follow it too. A drop (1006), a frozen peer caught by the keepalive (1011) or
        any other close is a failure to report, never the end of the conversation.

        Example::

            while True:
                try:
                    event = conn.recv()
                except ConnectionClosed as exc:
                    if conn.ends_quietly(exc):
                        break
                    raise
        """
        return self._core.ends_quietly(exc)

    @property
    def close_code(self) -> int | None:
        """The close code (the server's; ours when it never answered, e.g. 1011 after a
        keepalive timeout; 1006 if the socket dropped), as the error raised says; ``None``
        while open."""
        return self._core.transport.close_code

    @property
    def close_reason(self) -> str | None:
        """The close reason; ``None`` while open."""
        return self._core.transport.close_reason
