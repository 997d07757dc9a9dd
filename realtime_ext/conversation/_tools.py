"""The automatic tool loop: answer every function call of a response, then ask for the next.

This module holds what the loop decides with (which calls an event asks for, the outputs
for timeouts, the handle apps get); the loop itself is a flow of the conversation core.

Trigger: a ``response.done`` whose ``response.status`` is ``completed`` and whose output
holds ``function_call`` items (parallel calls arrive together there). Each call runs through
the :class:`~realtime_ext.tools.ToolRegistry` (async tools concurrently on the loop, sync
ones in worker threads), each ``function_call_output`` is sent as soon as it is ready, and
one ``response.create`` follows when all are in. Tool failures, bad arguments, unknown
tools and timeouts become structured outputs (``{"error": {"type": ..., "message": ...}}``)
the model can read; nothing a tool does can break the connection.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from realtime_ext._json import is_list, is_mapping
from realtime_ext._redact import get_logger
from realtime_ext.events import to_payload

if TYPE_CHECKING:
    from realtime_ext.tools import ToolRegistry

logger = get_logger("realtime_ext.conversation")

DEFAULT_TOOL_TIMEOUT = 60.0
RESPONSE_CREATE: dict[str, Any] = {"type": "response.create"}


def function_calls(event: object) -> list[dict[str, Any]]:
    """The ``function_call`` items of a completed ``response.done`` event (else ``[]``):
    its JSON object (what the receive loop has at hand), or a typed event.

    Example:
        >>> call = {"type": "function_call", "name": "f", "call_id": "c", "arguments": ""}
        >>> done = {"type": "response.done", "response": {"status": "completed",
        ...                                               "output": [call]}}
        >>> function_calls(done) == [call]
        True
    """
    data: Any = event
    if not is_mapping(data):  # a typed event: through to_dict()
        data = to_payload(event, lenient=True)
    response = data.get("response")
    if not is_mapping(response) or response.get("status") != "completed":
        return []
    output = response.get("output")
    if not is_list(output):
        return []
    return [
        dict(item) for item in output if is_mapping(item) and item.get("type") == "function_call"
    ]


def timeout_output(call: Mapping[str, Any], timeout: float) -> dict[str, Any]:
    """The output telling the model a tool did not answer within ``timeout`` seconds."""
    # On use: importing realtime_ext.tools (its registry, schema and hint readers) cost a
    # connection's first event about 6% of its time, and most sessions run no tool.
    from realtime_ext.tools._output import error_event

    return error_event(
        str(call.get("call_id", "")),
        "timeout",
        f"tool {call.get('name')!r} did not finish within {timeout:g} s",
    )


class Answering:
    """One ``response.done``'s calls while the tool loop answers them, and the server
    session (``generation``) they belong to. A conversation that moves to a new session
    carries the calls (their items) with the history; the answers then go to the new
    session (``moving``, until its first event confirms it is a new one)."""

    __slots__ = ("call_ids", "generation", "item_ids", "moving")

    def __init__(self, calls: list[dict[str, Any]], generation: int) -> None:
        self.call_ids = frozenset(str(call.get("call_id", "")) for call in calls)
        self.item_ids = frozenset(str(call.get("id", "")) for call in calls)
        self.generation = generation
        self.moving = False


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
        self.abandoned = 0
        """Calls whose server session was lost before they answered, and that the new
        session was not given (``carry="session"``, or a ``carry`` function that left them
        out): their outputs are not sent."""
        self._detach = detach
        self.active: bool = True

    def stop(self) -> None:
        """Stop answering function calls (calls already running still get their outputs)."""
        if self.active:
            self.active = False
            self._detach()

    def __repr__(self) -> str:
        return f"<ToolRunner tools={len(self.registry)} calls={self.calls} active={self.active}>"

    def failed(self, exc: BaseException) -> None:
        """Record (and log) a send that failed while answering."""
        self.failures.append(exc)
        logger.warning("tool loop: could not send tool outputs: %s", exc)
