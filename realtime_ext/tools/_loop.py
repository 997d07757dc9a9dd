"""The automatic tool loop of a Realtime conversation: answer every function call of a
response, then ask for the next. An extension of the tools package, attached by
``conn.run_tools(registry)`` through the public extension interface.

Trigger: a ``response.done`` whose ``response.status`` is ``completed`` and whose output
holds ``function_call`` items (parallel calls arrive together there). Each call runs through
the registry (async tools concurrently on the loop, sync ones in worker threads), each
``function_call_output`` is sent as soon as it is ready, and one ``response.create`` follows
when all are in. Tool failures, bad arguments, unknown tools and timeouts become structured
outputs (``{"error": {"type": ..., "message": ...}}``) the model can read; nothing a tool
does can break the connection.

Policy when the server session is lost meanwhile (a reconnect to a new session): the loop
tells the conversation which calls it answers (``Link.will_answer``), so a new session given
them with the history (``carry="history"``, the default) gets their outputs and the
follow-up ``response.create`` as if nothing had happened: a tool is not run twice, and its
work is not lost. A new session not given them (``carry="session"``, or a ``carry`` function
that left them out) knows nothing of their ``call_id``s: the outputs and the follow-up are
not sent (``abandoned`` counts the calls), and the app learns it through
``ResponseLostError`` / ``response.lost`` (the follow-up counts as a request owed).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import threading
from collections.abc import Awaitable
from typing import Any

from realtime_ext.conversation import DEFAULT_TOOL_TIMEOUT, Reply
from realtime_ext.provider import get_logger, is_dict, is_list

from ._approval import arun_check, mcp_approval_response, run_check
from ._filler import DEFAULT_FILLER_INSTRUCTIONS, filler_response
from ._running import RESPONSE_CREATE, Calls, Loop, LoopConn, awaited

SPEECH_STARTED = "input_audio_buffer.speech_started"
_SPEECH = frozenset({SPEECH_STARTED, "input_audio_buffer.speech_stopped"})

Batch = tuple[list[dict[str, Any]], Reply | None, list[dict[str, Any]]]
"""One ``response.done``'s function calls, their :class:`Reply`, and its MCP approval
requests (as calls: ``call_id`` is the request's id)."""

__all__ = ["ToolLoop", "function_calls", "mcp_approval_requests"]

logger = get_logger("realtime_ext.tools")


def function_calls(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``function_call`` items of a completed ``response.done`` event's JSON object
    (else ``[]``).

    Example:
        >>> call = {"type": "function_call", "name": "f", "call_id": "c", "arguments": ""}
        >>> done = {"type": "response.done", "response": {"status": "completed",
        ...                                               "output": [call]}}
        >>> function_calls(done) == [call]
        True
    """
    response = data.get("response")
    if not is_dict(response) or response.get("status") != "completed":
        return []
    output = response.get("output")
    if not is_list(output):
        return []
    return [dict(item) for item in output if is_dict(item) and item.get("type") == "function_call"]


def mcp_approval_requests(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``mcp_approval_request`` items of a completed ``response.done`` event's JSON
    object, as calls (``call_id``: the request's ``id``; ``name``, ``arguments``,
    ``server_label``).

    Example:
        >>> item = {"type": "mcp_approval_request", "id": "mcpr_1", "name": "search",
        ...         "arguments": "{}", "server_label": "docs"}
        >>> done = {"type": "response.done", "response": {"status": "completed",
        ...                                               "output": [item]}}
        >>> mcp_approval_requests(done)[0]["call_id"]
        'mcpr_1'
    """
    response = data.get("response")
    if not is_dict(response) or response.get("status") != "completed":
        return []
    output = response.get("output")
    if not is_list(output):
        return []
    return [
        {
            "type": "mcp_approval_request",
            "call_id": str(item.get("id", "")),
            "name": str(item.get("name", "")),
            "arguments": item.get("arguments") if isinstance(item.get("arguments"), str) else "",
            "server_label": str(item.get("server_label", "")),
        }
        for item in output
        if is_dict(item) and item.get("type") == "mcp_approval_request"
    ]


class ToolLoop(Loop):
    """The tool loop ``conn.run_tools(registry)`` attaches (see the module): an
    :class:`~realtime_ext.Extension`, and the handle ``run_tools`` returns.

    ``calls`` counts function calls answered, ``responses`` the ``response.create`` sent after
    them, ``failures`` the send failures (connection lost while answering; logged),
    ``abandoned`` the calls whose server session was lost before they answered and that the
    new session was not given: their outputs are not sent.

    Example::

        runner = conn.run_tools(registry)  # a ToolLoop
        conn.response.create()
        conn.run_until("response.done")  # the call; the answer follows
    """

    def __init__(
        self, conn: LoopConn, registry: Calls, *, timeout: float | None = DEFAULT_TOOL_TIMEOUT
    ) -> None:
        super().__init__(conn, registry, timeout, "run_tools()")
        self._batches: list[Batch] = []

    def __repr__(self) -> str:
        return f"<ToolRunner tools={len(self.registry)} calls={self.calls} active={self.active}>"

    # -- the Extension interface ---------------------------------------------------------
    def observe(self, event: Any, data: dict[str, Any] | None) -> bool:
        """A completed ``response.done`` with calls (or MCP approval requests): tell the
        conversation the calls will be answered (before it looks at the event itself), and
        ask for :meth:`received`, which starts answering them."""
        kind = event.type_
        if kind in _SPEECH:
            self._speech(kind == SPEECH_STARTED)
            return False
        if kind != "response.done" or self._link is None:
            return False
        payload = data if data is not None else event.to_dict()
        calls = function_calls(payload)
        requests = mcp_approval_requests(payload)
        if not calls and not requests:
            return False
        reply = self._link.will_answer(calls) if calls else None
        self._batches.append((calls, reply, requests))
        return True

    def received(self, event: Any) -> Awaitable[None] | None:
        """Decide which calls wait for approval (an async ``needs_approval`` is awaited on
        an asyncio connection), tell the app of them, and start answering, off the receive
        loop."""
        batches, self._batches = self._batches, []
        checked = [(batch, [self._check(call) for call in batch[0]]) for batch in batches]
        if any(inspect.isawaitable(flag) for _, flags in checked for flag in flags):
            if self._runner.is_async:
                return self._abegin(checked)
            checked = [(batch, [run_check(flag) for flag in flags]) for batch, flags in checked]
        for batch, flags in checked:
            self._begin(batch, [flag is True for flag in flags])
        return None

    async def _abegin(self, checked: list[tuple[Batch, list[bool | Awaitable[bool]]]]) -> None:
        for batch, flags in checked:
            self._begin(batch, [await arun_check(flag) for flag in flags])

    def _begin(self, batch: Batch, flags: list[bool]) -> None:
        calls, reply, requests = batch
        for call, flag in zip(calls, flags, strict=True):
            if flag:
                self._ask(call)
        for request in requests:
            self._ask(request, str(request.get("server_label", "")) or None)
        if calls and reply is not None:
            self._runner.start(
                functools.partial(self._aanswer, calls, reply),
                functools.partial(self._answer, calls, reply),
            )
        if requests:
            self._runner.start(
                functools.partial(self._amcp, requests),
                functools.partial(self._mcp, requests),
            )

    # -- MCP approval requests -----------------------------------------------------------
    def _mcp_answer(
        self, request: dict[str, Any], approved: bool, reason: str | None
    ) -> dict[str, Any]:
        self._count("approved" if approved else "rejected")
        item = mcp_approval_response(str(request.get("call_id", "")), approved, reason)
        return {"type": "conversation.item.create", "item": item}

    async def _amcp(self, requests: list[dict[str, Any]]) -> None:
        answers = [
            self._mcp_answer(request, *(await self.approvals.await_decision(request["call_id"])))
            for request in requests
        ]
        if self.closing:
            return
        try:
            for answer in answers:
                await awaited(self._conn.send(answer))
            await awaited(self._conn.send(RESPONSE_CREATE))
            self._count("responses")
        except Exception as exc:
            self._failed(exc)

    def _mcp(self, requests: list[dict[str, Any]]) -> None:
        answers = [
            self._mcp_answer(request, *self.approvals.wait_decision(request["call_id"]))
            for request in requests
        ]
        if self.closing:
            return
        try:
            for answer in answers:
                self._conn.send(answer)
            self._conn.send(RESPONSE_CREATE)
            self._count("responses")
        except Exception as exc:
            self._failed(exc)

    # -- answering -----------------------------------------------------------------------
    def _sendable(self, call: dict[str, Any], reply: Reply) -> bool:
        """Whether ``call``'s output may go out (not after a close, nor to a new session
        that was not given the call)."""
        if self.closing:  # the app closed while the tool ran: no socket for its output
            logger.info("tool loop: closed before %r answered; output not sent", call.get("name"))
            return False
        if not reply.current:  # its server session is gone, not carried
            self._count("abandoned")
            return False
        return True

    def _filler(self, call: dict[str, Any]) -> dict[str, Any] | None:
        """An out-of-band response with the registry's ``filler_instructions``."""
        instructions = getattr(self.registry, "filler_instructions", DEFAULT_FILLER_INSTRUCTIONS)
        return filler_response(str(instructions))

    async def _aanswer(self, calls: list[dict[str, Any]], reply: Reply) -> None:
        try:
            await asyncio.gather(*(self._aanswer_one(call, reply) for call in calls))
        except Exception as exc:  # the connection is gone: recv() reports that itself
            reply.done()
            self._failed(exc)
            return
        barged = self._barged_in(calls)
        if not reply.done() or barged:
            return  # a barge-in: the user's turn asks for the next response
        try:
            await awaited(self._conn.send(RESPONSE_CREATE))
            self._count("responses")
        except Exception as exc:
            self._failed(exc)

    async def _aanswer_one(self, call: dict[str, Any], reply: Reply) -> None:
        refused = await self._agate(call)
        output = refused or await self._arun_slow(call, self._started(call))
        if self._sendable(call, reply):
            await awaited(self._conn.send(output))
            self._count("calls")
            self._delivered(call)

    def _answer(self, calls: list[dict[str, Any]], reply: Reply) -> None:
        errors: list[Exception] = []

        def one(call: dict[str, Any]) -> None:
            try:
                self._answer_one(call, reply)
            except Exception as exc:
                errors.append(exc)

        threads = [
            threading.Thread(target=one, args=(call,), name="realtime-tools", daemon=True)
            for call in calls
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:  # the connection is gone: recv() reports that itself
            reply.done()
            self._failed(errors[0])
            return
        barged = self._barged_in(calls)
        if not reply.done() or barged:
            return  # a barge-in: the user's turn asks for the next response
        try:
            self._conn.send(RESPONSE_CREATE)
            self._count("responses")
        except Exception as exc:
            self._failed(exc)

    def _answer_one(self, call: dict[str, Any], reply: Reply) -> None:
        refused = self._gate(call)
        output = refused or self._run_slow(call, self._started(call))
        if self._sendable(call, reply):
            self._conn.send(output)
            self._count("calls")
            self._delivered(call)
