"""Per-event-type handler registry shared by the sync and async connections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from realtime_ext._errors import InvalidArgumentError

ANY = "*"
Handler = Callable[[Any], Any]


def event_type(event: object) -> str:
    """The ``type`` string of a parsed event (generated model or UnknownEvent) or a dict.

    Example:
        >>> event_type({"type": "response.done"})
        'response.done'
    """
    kind = event.get("type") if isinstance(event, dict) else getattr(event, "type_", None)
    return str(kind) if kind is not None else ""


class Handlers:
    """Handlers by event type; ``"*"`` receives every event after the specific ones.

    Example:
        >>> handlers = Handlers()
        >>> seen = []
        >>> handlers.add("response.done", seen.append)
        >>> [h({"type": "response.done"}) for h in handlers.for_type("response.done")]
        [None]
        >>> len(seen)
        1
    """

    def __init__(self) -> None:
        self._by_type: dict[str, list[Handler]] = {}

    def add(self, kind: str, handler: Handler) -> None:
        """Register ``handler`` for events of type ``kind`` (or ``"*"`` for all)."""
        if not isinstance(kind, str) or not kind:
            raise InvalidArgumentError(f"event type must be a non-empty string, got {kind!r}")
        if not callable(handler):
            raise InvalidArgumentError(f"handler must be callable, got {type(handler).__name__}")
        self._by_type.setdefault(kind, []).append(handler)

    def remove(self, kind: str, handler: Handler) -> None:
        """Unregister ``handler`` for ``kind``; unknown pairs are ignored."""
        handlers = self._by_type.get(kind, [])
        if handler in handlers:
            handlers.remove(handler)

    def for_type(self, kind: str) -> list[Handler]:
        """The handlers to call for an event of type ``kind``, in registration order."""
        return [*self._by_type.get(kind, ()), *self._by_type.get(ANY, ())]
