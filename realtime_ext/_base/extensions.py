"""Extensions: the one interface features attach to a live session through.

An extension subclasses :class:`Extension` and overrides the methods it needs: the traffic
(``received`` for each decoded server event, ``sent`` for each client event), the moves to
a new connection (``reconnecting``, ``reconnected``, ``response_lost``, and ``carried``:
the conversation a new server session is given), the tool loop's calls (``tool_started``)
and counts (``tool_counts``), what the session cost (``cost``) and the end (``closed``).
The features above the core are extensions the app attaches (``extensions=[Voice()]`` on
``connect``: barge-in and history; the metrics of ``telemetry=``; the tool loop of
``run_tools``); so is anything an app wants to observe without wrapping ``recv`` and
``send``. The core names none of them.

Which paths an extension takes is read once, when it is added, from the interface alone:
the methods its class overrides and what :meth:`Extension.notes` returns. Nothing is found
by name or signature.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol

from realtime_ext._checks import show
from realtime_ext._exceptions import InvalidArgumentError, ResponseLostEvent

from .carry import CarriedItem
from .reconnect import ReconnectedEvent, ReconnectingEvent

Note = Callable[[Any], None]
"""A function of an extension's :meth:`~Extension.notes` table: called with the JSON object
of a received event of its type (the event itself for a flat one: see
:meth:`Extension.observe`)."""

ToolEnded = Callable[[object], None]
"""What :meth:`Extension.tool_started` may return: called with the tool's output event (a
dict) or the exception it raised, once the tool ends."""


class Reply(Protocol):
    """Calls an extension will answer (:meth:`Link.will_answer`). Until :meth:`done`, the
    conversation counts the follow-up response they will ask for (a rollover waits for it; a
    new server session that loses it reports it lost: ``ResponseLostError``) and gives a new
    server session the calls' items with the history (``carry="history"``)."""

    @property
    def current(self) -> bool:
        """Whether the answers still belong to the conversation's server session: ``False``
        once it moved to a new one that was not given the calls (their ids mean nothing
        there: do not send the answers)."""
        ...

    def done(self) -> bool:
        """The answers are in (or failed): stop counting them. ``True`` when the follow-up
        ``response.create`` should go out now (the session is still theirs and the app has
        not closed it); it is counted again as it goes out."""
        ...


class Link(Protocol):
    """A conversation's services for an extension, given to :meth:`Extension.added`: the
    conversation itself (to send through), and what an extension that answers the server
    later (the tool loop) needs.

    Example::

        class Answers(Extension):
            def added(self, link: Link) -> None:
                self.link = link

            def observe(self, event: ServerEvent, data: dict[str, Any] | None) -> bool:
                ...  # on a response.done with calls: self.reply = self.link.will_answer(calls)
    """

    @property
    def conversation(self) -> object:
        """The conversation the extension was added to: a
        :class:`~realtime_ext.conversation.Conversation` or an
        :class:`~realtime_ext.conversation.AsyncConversation` (a connection, a call...).
        Check which with ``isinstance`` before sending through it.

        Example::

            def added(self, link: Link) -> None:
                if not isinstance(link.conversation, Conversation):
                    raise InvalidArgumentError("this extension is for a blocking conversation")
                self.conn = link.conversation
        """
        ...

    @property
    def closing(self) -> bool:
        """Whether the app closed the conversation: send nothing more."""
        ...

    def will_answer(self, calls: Sequence[Mapping[str, Any]], /) -> Reply:
        """Say that ``calls`` (``function_call`` items) will be answered, then followed by
        one ``response.create``: see :class:`Reply`. Call it from :meth:`Extension.observe`
        of the event that asked, so the conversation counts it before it looks at the
        event itself."""
        ...

    def tool_started(self, call: dict[str, Any], /) -> list[ToolEnded]:
        """Tell the extensions that watch tool calls (:meth:`Extension.tool_started`) that
        ``call`` runs; the functions to call with its output (or exception) when it ends."""
        ...

    def deliver(self, event: object, /) -> None:
        """Give the app an event the extension made (the tool loop's
        ``tool.approval_required``): the receives return it next, after the event being
        received now, and ``run_until``/``dispatch_events`` give it to the handlers of its
        ``type``, as a server event's. Call it from :meth:`Extension.observe` or
        :meth:`Extension.received` (the receive loop): a receive already waiting for the
        server is not woken.

        Example::

            def received(self, event: ServerEvent) -> None:
                self.link.deliver(MyEvent(type="my.event"))
        """
        ...


class Extension:
    """Base class of everything that attaches to a live session (``conn.add_extension``).

    Subclass it and override what you need; every method has a default that does nothing.
    The conversation reads which methods a subclass overrides once, when it is added, and
    calls only those: an extension that overrides only ``sent`` costs nothing per event
    received.

    Traffic:

    - :meth:`received`: each decoded server event, in the receiving loop (``recv``,
      iteration, ``run_until``...), before handlers run and before an unhandled ``error``
      event is raised.
    - :meth:`sent`: each client event as the JSON object that went out (or was queued
      during a reconnect), after it left.

    Both may send through the connection the extension was built with. On an asyncio
    conversation they may be ``async def`` (awaited in order); a blocking conversation
    refuses async ones when they are added. An exception from either propagates to the
    caller of ``recv``/``send``, like a handler's.

    For speed, two optional paths: :meth:`observe` (a plain method told of every event
    that decides whether ``received`` is called) and :meth:`notes` (a table from event
    type to a plain function, read for each event).

    Being added, moving to a new connection, tools and the end, all plain (not async)
    methods called by the conversation: :meth:`added` (with the :class:`Link`: the
    conversation to send through), :meth:`carried` (what a new server session is given),
    :meth:`reconnecting`, :meth:`reconnected`, :meth:`response_lost`, :meth:`tool_started`,
    :meth:`closed`.

    An extension is attached when the connection opens (``connect(...,
    extensions=[...])``) or later (``conn.add_extension``); it keeps its own state, read on
    the extension itself (``voice.history``).

    Example::

        class Log(Extension):
            def received(self, event: ServerEvent) -> None:
                print("<-", event.type)

            def sent(self, payload: dict[str, Any]) -> None:
                print("->", payload["type"])

        with client.connect(model="gpt-realtime", extensions=[Log()]) as conn:
            ...
    """

    __slots__ = ()

    # -- traffic -------------------------------------------------------------------------
    def received(self, event: Any, /) -> Awaitable[None] | None:
        """Called with each decoded server event (a generated model, or ``UnknownEvent``
        for a type this SDK does not know; on a translation connection, its own events),
        before handlers. With :meth:`observe` overridden, only for the events it asks for.

        Example::

            def received(self, event: ServerEvent) -> None:
                if event.type == "response.done":
                    self.done += 1
        """
        return None

    def sent(self, payload: dict[str, Any], /) -> Awaitable[None] | None:
        """Called with each client event sent, as the JSON object that went out (read it,
        do not change it). Replays after a reconnect are not told twice.

        Example::

            def sent(self, payload: dict[str, Any]) -> None:
                self.kinds.append(payload["type"])
        """
        return None

    def observe(self, event: Any, data: dict[str, Any] | None, /) -> bool:
        """The fast path of :meth:`received`: overridden, it is called instead for every
        event, directly (one method call, no trip through the driver), and ``received``
        only when it returns ``True`` (the extension has something to send or tell).

        It must only update the extension's own state. ``data`` is the JSON object the
        event was decoded from (read-only: read nested objects there, with no
        ``to_dict()``), or ``None`` for a flat event (plain fields only: the deltas)
        decoded straight from the wire bytes, whose fields are read from the event.

        Example::

            def observe(self, event: ServerEvent, data: dict[str, Any] | None) -> bool:
                self.count += 1
                return event.type == "response.done"  # received() for this one only
        """
        return True

    def notes(self) -> dict[str, Note | None] | None:
        """A table from event type to a plain function the conversation calls with the
        event's JSON object (the event itself for a flat one), or ``None`` (the default):
        no table. Called once, when the extension is added; the conversation then reads the
        very dict returned for each event received, after ``observe``, so the extension
        changes what it notes by changing the dict in place (a type mapped to ``None`` is
        not noted now). For an extension that watches a few event types (the metrics).

        Example::

            def notes(self) -> dict[str, Callable[[Any], None] | None]:
                return {"response.done": self.response_done}
        """
        return None

    # -- lifecycle -----------------------------------------------------------------------
    def added(self, link: Link, /) -> None:
        """Called once, when the extension is added to a conversation (``add_extension``),
        with its :class:`Link`: what an extension that answers the server later needs
        (the tool loop's). Sends go through the connection the extension was built with.

        Example::

            def added(self, link: Link) -> None:
                self.link = link
        """

    # -- the tool loop -------------------------------------------------------------------
    def tool_started(self, call: dict[str, Any], /) -> ToolEnded | None:
        """The tool loop (``conn.run_tools``) starts running a function call (``call``: the
        ``function_call`` item). May return a function the loop calls with the tool's
        output event or the exception it raised, when it ends.

        Example::

            def tool_started(self, call: dict[str, Any]) -> Callable[[object], None]:
                started = time.monotonic()
                return lambda output: print(call["name"], time.monotonic() - started)
        """
        return None

    def tool_counts(self) -> Mapping[str, int] | None:
        """What this extension's tool loop counted so far, by name (``calls``,
        ``fillers``, ``approved``...), or ``None`` (the default): it runs no tools. The
        metrics of the client's ``telemetry=`` read it from every extension added, and add
        up the counts (``SessionMetrics.of(conn).tool_counts``, the session span's
        attributes).

        Example::

            def tool_counts(self) -> Mapping[str, int]:
                return {"calls": self.calls}
        """
        return None

    # -- what the session cost -----------------------------------------------------------
    def cost(self) -> Decimal | None:
        """What the session cost so far, in US dollars, as this extension prices it
        (``None``: not known). ``conn.cost`` reads the first extension added that
        overrides it: the metrics of the client's ``telemetry=``.

        Example::

            def cost(self) -> Decimal | None:
                return Decimal(self.seconds) * PER_SECOND
        """
        return None

    # -- moving to a new connection ------------------------------------------------------
    def carried(self) -> Iterable[CarriedItem]:
        """The conversation's items a new server session is given after a drop or a
        rollover (``carry="history"``, the default; a ``carry=`` function chooses among
        them), oldest first; read at the move. The conversation reads the first extension
        added that overrides it (voice's history); with none, a new session is given the
        conversation's own log of its items (messages as their words, function calls and
        outputs).

        Example::

            def carried(self) -> Iterable[CarriedItem]:
                return self.history.items
        """
        return ()

    def reconnecting(self, event: ReconnectingEvent, /) -> None:
        """The connection dropped and the conversation is about to try reconnecting
        (``event``: the attempt, its delay and the close code); called before each
        attempt, before the app's ``on_reconnecting``."""

    def reconnected(self, event: ReconnectedEvent, /) -> None:
        """The conversation moved to a new connection (a reconnect after a drop, or a
        rollover at ``max_session_duration``): ``event`` says whether it is the same server
        session and what the new one was given (``carried_ids``, ``resent``,
        ``audio_bytes``). Called before the app's ``on_reconnected``."""

    def response_lost(self, event: ResponseLostEvent, /) -> None:
        """A reconnect to a new server session lost responses (``event.response_ids``) or
        requests for them; called before the app learns it (``ResponseLostError`` or its
        ``response.lost`` handlers)."""

    # -- the end -------------------------------------------------------------------------
    def closed(self) -> None:
        """The conversation was closed (``close()`` ended); called once."""


_PLAIN = (
    "added",
    "carried",
    "cost",
    "observe",
    "notes",
    "tool_started",
    "tool_counts",
    "reconnecting",
    "reconnected",
    "response_lost",
    "closed",
)
"""The methods the conversation calls directly: never ``async def`` (a coroutine made and
never awaited would drop what the method does, silently)."""


def check_extension(ext: object, *, allow_async: bool) -> Extension:
    """``ext`` if it is an :class:`Extension` whose methods this conversation can call
    (async ``received``/``sent`` only when ``allow_async``)."""
    if not isinstance(ext, Extension):
        raise InvalidArgumentError(
            f"an extension subclasses realtime_ext.Extension (and overrides received(), "
            f"sent() or the other hooks it needs); {type(ext).__name__} does not"
        )
    name = type(ext).__name__
    for hook in _PLAIN:
        if inspect.iscoroutinefunction(getattr(ext, hook)):
            raise InvalidArgumentError(
                f"{name}.{hook} must be a plain (not async) method: the conversation calls "
                "it directly"
            )
    if not allow_async:
        for hook in ("received", "sent"):
            if inspect.iscoroutinefunction(getattr(ext, hook)):
                raise InvalidArgumentError(
                    f"{name}.{hook} is async: async extensions need an asyncio "
                    "conversation (aconnect / AsyncRealtimeClient)"
                )
    return ext


def checked_extensions(value: object, *, allow_async: bool) -> tuple[Extension, ...]:
    """An entry point's ``extensions=`` (a sequence of :class:`Extension`), checked as
    ``add_extension`` checks each, before anything opens: a blocking entry point refuses
    async ones; the same extension twice is refused.

    Example:
        >>> checked_extensions([Extension()], allow_async=False)[0].__class__.__name__
        'Extension'
    """
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise InvalidArgumentError(
            f"extensions must be a list of realtime_ext.Extension objects, got {show(value)}"
        )
    items: Sequence[object] = value  # pyright: ignore[reportUnknownVariableType]
    checked = tuple(check_extension(ext, allow_async=allow_async) for ext in items)
    for i, ext in enumerate(checked):
        if any(other is ext for other in checked[:i]):
            raise InvalidArgumentError(f"extensions lists {type(ext).__name__} twice")
    return checked


def overrides(ext: Extension, hook: str) -> bool:
    """Whether ``ext``'s class overrides the :class:`Extension` method ``hook``."""
    return getattr(type(ext), hook) is not getattr(Extension, hook)


Observe = Callable[[Any, dict[str, Any] | None], bool]
"""``observe(event, data)``: see :meth:`Extension.observe`."""


class Extensions:
    """The extensions of one conversation, in the order they were added, and the paths
    each takes (read from what its class overrides)."""

    __slots__ = (
        "_notes",
        "carried",
        "closed",
        "cost",
        "items",
        "observers",
        "only",
        "plain",
        "receiving",
        "reconnected",
        "reconnecting",
        "response_lost",
        "tables",
        "told",
        "tool_started",
    )

    def __init__(self) -> None:
        self.items: tuple[Extension, ...] = ()
        # Per extension told of received events, its ``observe`` (None: it does not
        # override it and gets every event).
        self.observers: tuple[tuple[Extension, Observe | None], ...] = ()
        self.only: tuple[Observe, tuple[Extension]] | None = None
        """When the one extension told of events observes (a connection's voice, the usual
        case): its ``observe`` and what :meth:`observe` returns when it asks for
        ``received``. The conversation then calls it directly, one call per event instead
        of two."""
        self._notes: tuple[tuple[Extension, dict[str, Note | None]], ...] = ()
        self.tables: tuple[dict[str, Note | None], ...] = ()
        """The :meth:`Extension.notes` tables, read once per event."""
        self.receiving = False
        """Whether any extension is told of received events (observes, or has a table)."""
        self.plain: tuple[Callable[[dict[str, Any]], object], ...] = ()
        """The overridden ``sent`` methods when none is async: called directly."""
        self.told: tuple[Callable[[dict[str, Any]], object], ...] = ()
        """The overridden ``sent`` methods when one is async: calls the driver makes (it
        awaits them), in order."""
        self.tool_started: tuple[Callable[[dict[str, Any]], ToolEnded | None], ...] = ()
        self.reconnecting: tuple[Callable[[ReconnectingEvent], None], ...] = ()
        self.reconnected: tuple[Callable[[ReconnectedEvent], None], ...] = ()
        self.response_lost: tuple[Callable[[ResponseLostEvent], None], ...] = ()
        self.closed: tuple[Callable[[], None], ...] = ()
        self.carried: Callable[[], Iterable[CarriedItem]] | None = None
        """The first overridden :meth:`Extension.carried`: what a new session is given."""
        self.cost: Callable[[], Decimal | None] | None = None
        """The first overridden :meth:`Extension.cost`: what ``conn.cost`` reads."""

    def add(self, ext: Extension) -> None:
        if any(item is ext for item in self.items):
            raise InvalidArgumentError(f"{type(ext).__name__} extension is already added")
        table = ext.notes() if overrides(ext, "notes") else None
        self.items = (*self.items, ext)
        if table is not None:
            self._notes = (*self._notes, (ext, table))
        self._changed()

    def remove(self, ext: Extension) -> bool:
        kept = tuple(item for item in self.items if item is not ext)
        removed = len(kept) != len(self.items)
        self.items = kept
        self._notes = tuple(pair for pair in self._notes if pair[0] is not ext)
        self._changed()
        return removed

    def _changed(self) -> None:
        items = self.items
        self.tables = tuple(table for _, table in self._notes)
        observers: list[tuple[Extension, Observe | None]] = []
        for ext in items:
            if overrides(ext, "observe"):
                observers.append((ext, ext.observe))
            elif overrides(ext, "received"):
                observers.append((ext, None))
        self.observers = tuple(observers)
        self.receiving = bool(observers or self.tables)
        if len(observers) == 1 and (observe := observers[0][1]) is not None:
            self.only = (observe, (observers[0][0],))
        else:
            self.only = None
        sent = [ext.sent for ext in items if overrides(ext, "sent")]
        if any(inspect.iscoroutinefunction(method) for method in sent):
            self.plain, self.told = (), tuple(sent)
        else:
            self.plain, self.told = tuple(sent), ()
        self.tool_started = tuple(
            ext.tool_started for ext in items if overrides(ext, "tool_started")
        )
        self.reconnecting = tuple(
            ext.reconnecting for ext in items if overrides(ext, "reconnecting")
        )
        self.reconnected = tuple(ext.reconnected for ext in items if overrides(ext, "reconnected"))
        self.response_lost = tuple(
            ext.response_lost for ext in items if overrides(ext, "response_lost")
        )
        self.closed = tuple(ext.closed for ext in items if overrides(ext, "closed"))
        self.carried = next((ext.carried for ext in items if overrides(ext, "carried")), None)
        self.cost = next((ext.cost for ext in items if overrides(ext, "cost")), None)

    def observe(self, event: object, data: dict[str, Any] | None) -> tuple[Extension, ...]:
        """Tell the observing extensions about ``event`` (decoded from ``data``); the
        extensions whose ``received`` must still be called (those that do not observe, and
        observers that asked), in order. Observing first, for all, is safe: ``observe`` only
        updates the observer's own state."""
        told: tuple[Extension, ...] = ()
        for ext, observe in self.observers:
            if observe is None or observe(event, data):
                told = (*told, ext)
        return told
