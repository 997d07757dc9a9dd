"""The sans-I/O part of a conversation, shared by the sync and async classes.

Everything that decides (what an incoming event means, what to remember from an outgoing
one, whether to reconnect, when the tool loop fires) lives here; the two classes around it
only do the I/O (await or block) and are otherwise line-for-line the same shape.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from realtime_ext.events import to_payload

from ._errors import MessageTooLargeError, server_error
from ._handlers import H, Handlers
from ._reconnect import Reconnector
from ._tools import ToolRunner, check_timeout, function_calls

ERROR = "error"
RESPONSE_DONE = "response.done"
WATCHED = frozenset({ERROR, RESPONSE_DONE})
"""The event types the core looks at; every other event passes through untouched."""


def check_size(data: str | bytes, max_size: int | None) -> None:
    """Raise :class:`MessageTooLargeError` if ``data`` is over ``max_size`` UTF-8 bytes."""
    if max_size is None:
        return
    # A str is at most 4 bytes per char: only encode when the char count is inconclusive.
    if isinstance(data, str) and len(data) * 4 > max_size:
        size = len(data) if len(data) > max_size else len(data.encode())
    else:
        size = len(data)
    if size > max_size:
        raise MessageTooLargeError(
            f"outgoing message is {size} bytes, over max_size={max_size}; not sent "
            "(split audio into smaller input_audio_buffer.append events)",
            size=size,
            max_size=max_size,
        )


class Core:
    """State of one conversation: handlers, reconnect policy, tool loop, limits."""

    __slots__ = ("handlers", "max_size", "reconnector", "tools")

    def __init__(self, *, max_size: int | None, reconnector: Reconnector) -> None:
        self.handlers = Handlers()
        self.max_size = max_size
        self.reconnector = reconnector
        self.tools: ToolRunner | None = None

    def encode(self, event: object) -> str:
        """The wire text of a client event (size-checked); remembers ``session.update``."""
        payload = to_payload(event)
        text = json.dumps(payload, separators=(",", ":"))
        check_size(text, self.max_size)
        self.reconnector.remember(payload["type"], text)
        return text

    def inspect(self, event: Any) -> list[dict[str, Any]]:
        """For a :data:`WATCHED` event: raise an unhandled ``error``; return the function
        calls the tool loop must answer (``[]`` unless it is attached and this one asks)."""
        if event.type_ == ERROR:
            if not self.handlers.handles(ERROR):
                raise server_error(event)
            return []
        return function_calls(event) if self.tools is not None else []

    def attach_tools(self, registry: Any, timeout: float | None) -> ToolRunner:
        from realtime_ext.tools import ToolRegistry

        if not isinstance(registry, ToolRegistry):
            raise TypeError(f"run_tools() takes a ToolRegistry, got {type(registry).__name__}")
        if self.tools is not None:
            self.tools.stop()
        runner = ToolRunner(registry, check_timeout(timeout), lambda: self._detach(runner))
        self.tools = runner
        return runner

    def _detach(self, runner: ToolRunner) -> None:
        if self.tools is runner:
            self.tools = None

    def on(self, kind: str, handler: H | None, *, once: bool) -> H | Callable[[H], H]:
        """``on``/``once`` for both classes: direct or as a decorator."""
        if handler is None:

            def decorator(fn: H) -> H:
                self.handlers.add(kind, fn, once=once)
                return fn

            return decorator
        self.handlers.add(kind, handler, once=once)
        return handler


Dispatch = Callable[[Any], Any]
