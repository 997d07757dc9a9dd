"""Per-event-type handler registry shared by every conversation (sync, async, any transport)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext._redact import short_repr

ANY = "*"
Handler = Callable[[Any], Any]
H = TypeVar("H", bound=Handler)


def event_type(event: object) -> str:
    """The ``type`` string of a parsed event (generated model or UnknownEvent) or a dict.

    Example:
        >>> event_type({"type": "response.done"})
        'response.done'
    """
    data: Any = event  # read through this name: isinstance narrowing would type no keys
    if isinstance(event, dict):
        kind = data.get("type")
    else:
        kind = getattr(event, "type_", None)
        if kind is None:
            kind = getattr(event, "type", None)
    if isinstance(kind, str):  # a model's type_ is a StrEnum member: the wire string itself
        return kind
    return str(kind) if kind is not None else ""


def _check_kind(kind: object) -> None:
    if not isinstance(kind, str) or not kind:
        raise InvalidArgumentError(f"event type must be a non-empty string, got {short_repr(kind)}")


class _Once:
    """Marks a handler registered with ``once``: removed before its first call."""

    __slots__ = ("fn",)

    def __init__(self, fn: Handler) -> None:
        self.fn = fn

    def __call__(self, event: Any) -> Any:
        return self.fn(event)


class OffLoop:
    """Marks a handler registered with ``off_loop=True``: an asyncio conversation calls it in
    a worker thread (``asyncio.to_thread``) and awaits it there, so the event loop, and every
    other session on it, goes on while it blocks."""

    __slots__ = ("fn",)

    def __init__(self, fn: Handler) -> None:
        self.fn = fn

    def __call__(self, event: Any) -> Any:
        return self.fn(event)


def _registered_fn(registered: Handler) -> Handler:
    """The app's function behind a registration (``once``/``off_loop`` wrap it)."""
    while isinstance(registered, (_Once, OffLoop)):
        registered = registered.fn
    return registered


class Handlers:
    """Handlers by event type; ``"*"`` receives every event after the specific ones.

    Example:
        >>> handlers = Handlers()
        >>> seen = []
        >>> handlers.add("response.done", seen.append)
        >>> [h({"type": "response.done"}) for h in handlers.take("response.done")]
        [None]
        >>> len(seen)
        1
    """

    def __init__(self) -> None:
        self._by_type: dict[str, list[Handler]] = {}

    def add(
        self, kind: str, handler: Handler, *, once: bool = False, off_loop: bool = False
    ) -> None:
        """Register ``handler`` for events of type ``kind`` (or ``"*"`` for all); ``off_loop``:
        called in a worker thread (see :class:`OffLoop`)."""
        _check_kind(kind)
        if not callable(handler):
            raise InvalidArgumentError(f"handler must be callable, got {type(handler).__name__}")
        if not isinstance(off_loop, bool):
            raise InvalidArgumentError(f"off_loop must be a bool, got {short_repr(off_loop)}")
        if off_loop and inspect.iscoroutinefunction(handler):
            raise InvalidArgumentError(
                "off_loop=True is for a blocking handler (a plain def): an async def one is "
                "awaited on the event loop, where it blocks nothing while it awaits"
            )
        registered: Handler = OffLoop(handler) if off_loop else handler
        self._by_type.setdefault(kind, []).append(_Once(registered) if once else registered)

    def remove(self, kind: str, handler: Handler | None = None) -> int:
        """Unregister ``handler`` (every handler when ``None``) for ``kind``; returns how many."""
        _check_kind(kind)
        handlers = self._by_type.get(kind, [])
        if handler is None:
            count = len(handlers)
            handlers.clear()
            return count
        for i, registered in enumerate(handlers):
            if registered is handler or _registered_fn(registered) is handler:
                del handlers[i]
                return 1
        return 0

    def handles(self, kind: str) -> bool:
        """Whether a handler is registered for exactly ``kind`` (``"*"`` does not count)."""
        return bool(self._by_type.get(kind))

    def take(self, kind: str, *, specific: bool = True, catch_all: bool = True) -> list[Handler]:
        """The handlers to call for an event of type ``kind``, in order; ``once`` ones leave.

        ``specific=False`` leaves out those registered for ``kind`` itself, ``catch_all=False``
        those registered for ``"*"`` (an ``error``'s own handlers run as it is received, the
        others in the dispatching loops).
        """
        own = self._by_type.get(kind) if specific else None
        every = self._by_type.get(ANY) if catch_all else None
        if not own and not every:
            return []
        handlers = [*(own or ()), *(every or ())]
        once = False
        for registered in handlers:
            if isinstance(registered, _Once):
                self.remove(ANY if registered not in (own or ()) else kind, registered)
                once = True
        if once:  # called as the function (or its OffLoop mark) it wraps, this once
            return [r.fn if isinstance(r, _Once) else r for r in handlers]
        return handlers
