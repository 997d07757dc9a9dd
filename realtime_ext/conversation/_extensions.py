"""Extensions: objects a conversation tells about every event it receives and sends.

An extension watches the traffic of one conversation (``received`` for each decoded
server event, before handlers; ``sent`` for each client event, once it went out or was
queued for a reconnect) and may send through the connection it was built with. Voice
helpers (barge-in, history) and translation sessions are extensions; so is anything an
app wants to observe without wrapping ``recv`` and ``send``.
"""

from __future__ import annotations

import inspect
import json
from typing import Any, Protocol, runtime_checkable

from realtime_ext._exceptions import InvalidArgumentError


@runtime_checkable
class Extension(Protocol):
    """What ``conn.add_extension`` takes.

    ``received(event)``: each decoded server event (a generated model or ``UnknownEvent``),
    in the receiving loop, before handlers run and before an unhandled ``error`` event is
    raised. ``sent(payload)``: each client event as the JSON object that went out (or was
    queued during a reconnect), after it left; do not modify it. Both return ``None``; on
    an asyncio conversation they may be ``async def`` (then they are awaited in order).
    An exception from either propagates to the caller of ``recv``/``send`` like a
    handler's. On a blocking conversation ``sent`` may run on the tool loop's worker thread.

    Example::

        class Log:
            def received(self, event: ServerEvent) -> None:
                print("<-", event.type)

            def sent(self, payload: dict[str, Any]) -> None:
                print("->", payload["type"])

        conn.add_extension(Log())
    """

    def received(self, event: Any, /) -> object:
        """Called with each decoded server event, before handlers."""
        ...

    def sent(self, payload: dict[str, Any], /) -> object:
        """Called with each client event sent (the JSON object)."""
        ...


def check_extension(ext: object, *, allow_async: bool) -> Extension:
    """``ext`` if it has callable ``received`` and ``sent`` (sync ones unless ``allow_async``)."""
    for name in ("received", "sent"):
        method = getattr(ext, name, None)
        if not callable(method):
            raise InvalidArgumentError(
                f"an extension needs callable received(event) and sent(payload) methods; "
                f"{type(ext).__name__} has no {name}()"
            )
        if not allow_async and inspect.iscoroutinefunction(method):
            raise InvalidArgumentError(
                f"{type(ext).__name__}.{name} is async: async extensions need an asyncio "
                "conversation (aconnect / AsyncRealtimeClient)"
            )
    return ext  # type: ignore[return-value]


def payload_of(text: str) -> dict[str, Any] | None:
    """The JSON object a raw send carried (``None`` if it is not one: nothing to tell)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


class Extensions:
    """The extensions of one conversation, in the order they were added."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: tuple[Extension, ...] = ()

    def add(self, ext: Extension) -> None:
        if any(item is ext for item in self.items):
            raise InvalidArgumentError(f"{type(ext).__name__} extension is already added")
        self.items = (*self.items, ext)

    def remove(self, ext: Extension) -> bool:
        kept = tuple(item for item in self.items if item is not ext)
        removed = len(kept) != len(self.items)
        self.items = kept
        return removed
