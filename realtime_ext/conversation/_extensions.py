"""Extensions: objects a conversation tells about every event it receives and sends.

An extension watches the traffic of one conversation (``received`` for each decoded
server event, before handlers; ``sent`` for each client event, once it went out or was
queued for a reconnect) and may send through the connection it was built with. The
features above the core are extensions the factories attach (a connection's barge-in and
history, its per-response metrics, a translation connection's transcript); so is anything an
app wants to observe without wrapping ``recv`` and ``send``. The core names none of them:
what it offers them is the optional methods :class:`Extension` lists.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
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

    Optional, for speed: ``observe(event, data) -> bool``, a plain method that only updates
    the extension's own state. When present it is called instead, for every event, and
    ``received`` only when it returns ``True`` (the extension has something to send or
    tell). Most events then cost one method call, not a trip through the driver. ``data``
    is the JSON object the event was decoded from (read-only: nested objects are read
    there, with no ``to_dict()``), or ``None`` for a flat event (only plain fields: the
    deltas) decoded straight from the wire bytes, whose fields are read from the event;
    an ``observe(event)`` taking the event alone is called with the event alone.

    Optional, with ``observe``: ``audio_received(item_id) -> int | None``, the decoded audio
    bytes the extension counted for an output item from the start (a connection's voice
    extension has it). An extension with ``count_audio_with(source)`` is told it (``None``
    when no observer counts): a connection's metrics take each response's ``audio_ms`` from
    it instead of counting every audio delta a second time.

    Optional, for an extension that watches a few event types (the metrics): ``noted``, a
    dict it keeps current from event type to a plain function (``None``: not now). The
    conversation reads it for each event, after the observers, and calls the function with
    the event's JSON object (the event itself for a flat one); such an extension gets no
    ``received`` or ``observe`` call, and its ``sent`` is called directly (plain, not async).
    ``tool_started(call)`` may return a function the tool loop calls with the tool's output
    (or the exception it raised) when it ends; ``closed()`` is called once ``close()`` ends;
    ``response_lost(event)`` is called with the :class:`ResponseLostEvent` of a reconnect to a
    new session that lost responses, before the app is told (by ``ResponseLostError`` or its
    ``response.lost`` handlers). These three are plain methods.
    ``history``: the items a new session is given after a drop or a rollover (``carry=``;
    the first extension that has one).

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


Observe = Callable[[Any, dict[str, Any] | None], bool]
"""``observe(event, data)``: the event and the JSON object it was decoded from (or
``None``: see :class:`Extension`)."""


class Extensions:
    """The extensions of one conversation, in the order they were added."""

    __slots__ = ("_observers", "items", "only", "plain", "tables", "told")

    def __init__(self) -> None:
        self.items: tuple[Extension, ...] = ()
        # Per extension told of received events, its ``observe`` (None: it has none and
        # gets every event).
        self._observers: tuple[tuple[Extension, Observe | None], ...] = ()
        self.only: tuple[Observe, tuple[Extension]] | None = None
        """When the one extension observes (a connection's voice, the usual case): its
        ``observe`` and what :meth:`observe` returns when it asks for ``received``. The
        conversation then calls it directly, one call per event instead of two."""
        self.tables: tuple[dict[str, Any], ...] = ()
        """The ``noted`` tables (see :class:`Extension`), read once per event."""
        self.plain: tuple[Extension, ...] = ()
        """The extensions with a table: their ``sent`` is called directly."""
        self.told: tuple[Extension, ...] = ()
        """The others: their ``sent`` is a call the driver makes (it may be awaited)."""

    def add(self, ext: Extension) -> None:
        if any(item is ext for item in self.items):
            raise InvalidArgumentError(f"{type(ext).__name__} extension is already added")
        observer_of(ext)  # refused before anything changes
        self.items = (*self.items, ext)
        self._changed()

    def remove(self, ext: Extension) -> bool:
        kept = tuple(item for item in self.items if item is not ext)
        removed = len(kept) != len(self.items)
        self.items = kept
        self._changed()
        return removed

    def _changed(self) -> None:
        plain: list[Extension] = []
        tables: list[dict[str, Any]] = []
        told: list[Extension] = []
        for ext in self.items:
            table = getattr(ext, "noted", None)
            if isinstance(table, dict):
                plain.append(ext)
                tables.append(table)  # pyright: ignore[reportUnknownArgumentType]
            else:
                told.append(ext)
        self.plain, self.tables, self.told = tuple(plain), tuple(tables), tuple(told)
        observers = self._observers = tuple((ext, observer_of(ext)) for ext in told)
        if len(observers) == 1 and (observe := observers[0][1]) is not None:
            self.only = (observe, (observers[0][0],))
        else:
            self.only = None
        # An observer that counts audio per item (a connection's voice) counts it for the
        # extensions that ask (the metrics): observers see each event before the tables.
        counter: Any = None
        for ext, observe in observers:
            found = getattr(ext, "audio_received", None)
            if observe is not None and callable(found):
                counter = found
                break
        for count_audio_with in self.hooks("count_audio_with"):
            count_audio_with(counter)

    def hooks(self, name: str) -> list[Callable[..., Any]]:
        """The extensions' optional ``name`` methods (``tool_started``, ``closed``,
        ``response_lost``), in order."""
        return [found for ext in self.items if callable(found := getattr(ext, name, None))]

    def history(self) -> Iterable[Any]:
        """The first extension's ``history`` (none: nothing to carry)."""
        for ext in self.items:
            found = getattr(ext, "history", None)
            if found is not None and not callable(found):
                return found  # type: ignore[no-any-return]
        return ()

    def observe(self, event: object, data: dict[str, Any] | None) -> tuple[Extension, ...]:
        """Tell the observing extensions about ``event`` (decoded from ``data``); the
        extensions whose ``received`` must still be called (those without ``observe``, and
        observers that asked), in order. Observing first, for all, is safe: ``observe`` only
        updates the observer's own state."""
        told: tuple[Extension, ...] = ()
        for ext, observe in self._observers:
            if observe is None or observe(event, data):
                told = (*told, ext)
        return told


def observer_of(ext: object) -> Observe | None:
    """``ext.observe`` if it has a synchronous one (async ones are refused), as a
    two-argument call: one that takes the event alone is called without ``data``."""
    observe: Any = getattr(ext, "observe", None)
    if observe is None:
        return None
    if not callable(observe) or inspect.iscoroutinefunction(observe):
        raise InvalidArgumentError(
            f"{type(ext).__name__}.observe must be a plain (not async) method: "
            "observe(event, data) -> bool"
        )
    method: Any = observe  # a callable, of unknown arity until read
    if _takes_data(method):
        found: Observe = method
        return found
    return lambda event, data: bool(method(event))


def _takes_data(fn: Callable[..., object]) -> bool:
    """Whether ``fn`` accepts a second positional argument (``data``)."""
    try:
        parameters = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):  # no signature to read (a builtin): the event alone
        return False
    positional = 0
    for parameter in parameters:
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            return True
        if parameter.kind in (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        ):
            positional += 1
    return positional >= 2
