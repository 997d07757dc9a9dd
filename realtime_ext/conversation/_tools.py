"""The automatic tool loop: answer every function call of a response, then ask for the next.

Trigger: a ``response.done`` whose ``response.status`` is ``completed`` and whose output
holds ``function_call`` items (parallel calls arrive together there). Each call runs through
the :class:`~realtime_ext.tools.ToolRegistry` (async tools concurrently on the loop, sync
ones in worker threads), each ``function_call_output`` is sent as soon as it is ready, and
one ``response.create`` follows when all are in. Tool failures, bad arguments, unknown
tools and timeouts become structured outputs (``{"error": {"type": ..., "message": ...}}``)
the model can read; nothing a tool does can break the connection.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from realtime_ext._errors import InvalidArgumentError
from realtime_ext._redact import get_logger
from realtime_ext.tools._output import error_event

if TYPE_CHECKING:
    from realtime_ext.tools import ToolRegistry

logger = get_logger("realtime_ext.conversation")

DEFAULT_TOOL_TIMEOUT = 60.0
RESPONSE_CREATE: dict[str, Any] = {"type": "response.create"}


def function_calls(event: object) -> list[dict[str, Any]]:
    """The ``function_call`` items of a completed ``response.done`` event (else ``[]``).

    Example:
        >>> call = {"type": "function_call", "name": "f", "call_id": "c", "arguments": ""}
        >>> done = {"type": "response.done", "response": {"status": "completed",
        ...                                               "output": [call]}}
        >>> function_calls(done) == [call]
        True
    """
    data: Any = event
    if not isinstance(data, Mapping):
        to_dict = getattr(event, "to_dict", None)
        data = to_dict() if callable(to_dict) else {}
    response = data.get("response") if isinstance(data, Mapping) else None
    if not isinstance(response, Mapping) or response.get("status") != "completed":
        return []
    output = response.get("output")
    if not isinstance(output, list):
        return []
    return [
        dict(item)
        for item in output
        if isinstance(item, Mapping) and item.get("type") == "function_call"
    ]


def timeout_output(call: Mapping[str, Any], timeout: float) -> dict[str, Any]:
    """The output telling the model a tool did not answer within ``timeout`` seconds."""
    return error_event(
        str(call.get("call_id", "")),
        "timeout",
        f"tool {call.get('name')!r} did not finish within {timeout:g} s",
    )


def check_timeout(timeout: float | None) -> float | None:
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0
    ):
        raise InvalidArgumentError(f"timeout must be a positive number or None, got {timeout!r}")
    return timeout


class ToolRunner:
    """The handle :meth:`run_tools` returns: counts, and :meth:`stop` to detach the loop.

    ``calls`` counts function calls answered, ``responses`` the ``response.create`` sent
    after them, ``failures`` the send failures (connection lost while answering; logged).
    """

    def __init__(
        self, registry: ToolRegistry, timeout: float | None, detach: Callable[[], None]
    ) -> None:
        self.registry = registry
        self.timeout = timeout
        self.calls = 0
        self.responses = 0
        self.failures: list[BaseException] = []
        self._detach = detach
        self.active = True

    def stop(self) -> None:
        """Stop answering function calls (calls already running still get their outputs)."""
        if self.active:
            self.active = False
            self._detach()

    def __repr__(self) -> str:
        return f"<ToolRunner tools={len(self.registry)} calls={self.calls} active={self.active}>"

    # -- async ---------------------------------------------------------------------------
    async def aanswer(self, calls: list[dict[str, Any]], send: Callable[[Any], Any]) -> None:
        """Run ``calls`` concurrently, send each output as it is ready, then one response."""

        async def one(call: dict[str, Any]) -> None:
            try:
                output = await asyncio.wait_for(self.registry.ahandle(call), self.timeout)
            except TimeoutError:
                output = timeout_output(call, self.timeout or 0.0)
            await send(output)
            self.calls += 1

        try:
            await asyncio.gather(*(one(call) for call in calls))
            await send(RESPONSE_CREATE)
            self.responses += 1
        except Exception as exc:  # the connection is gone: recv() reports that itself
            self._failed(exc)

    # -- sync ----------------------------------------------------------------------------
    def answer(self, calls: list[dict[str, Any]], send: Callable[[Any], Any]) -> None:
        """Blocking :meth:`aanswer`: one worker thread per call (async tools run there too)."""
        pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=len(calls), thread_name_prefix="realtime-tool"
        )
        try:
            futures = {pool.submit(self.registry.handle, call): call for call in calls}
            pending = set(futures)
            try:
                # Each output goes out as soon as its tool returns.
                for future in concurrent.futures.as_completed(futures, timeout=self.timeout):
                    pending.discard(future)
                    send(future.result())
                    self.calls += 1
            except TimeoutError:
                for future in pending:
                    send(timeout_output(futures[future], self.timeout or 0.0))
                    self.calls += 1
            send(RESPONSE_CREATE)
            self.responses += 1
        except Exception as exc:
            self._failed(exc)
        finally:
            # A timed-out sync tool cannot be interrupted: its thread finishes on its own.
            pool.shutdown(wait=False)

    def _failed(self, exc: BaseException) -> None:
        self.failures.append(exc)
        logger.warning("tool loop: could not send tool outputs: %s", exc)
