"""The conversation's sans-I/O core: every decision, written once, as flows of actions.

A *flow* is a generator. It yields an *action* (send this text, receive with this timeout,
sleep, reopen, call this handler, start this flow in the background, close) and is resumed
with the action's result, or with the exception the action raised thrown in. It never
blocks, awaits or touches a socket. The two drivers (``Conversation._run`` in
``conversation_sync`` and ``AsyncConversation._run`` in ``conversation_async``) only carry
actions out, by blocking or by awaiting: httpx's one ``auth_flow`` generator driven by
``sync_auth_flow``/``async_auth_flow``, and websockets' I/O-free ``protocol.py``, applied to
a whole conversation.

What lives here, once: receiving and decoding, extensions told, server ``error`` events
raised unless handled, the responses owed (the app's requests, and the follow-ups an
extension said it will ask for: the tool loop's, ``Link.will_answer``), handler calls, the
send queue during a reconnect, reconnect itself (hook, backoff, reopen, session restore, flush)
and the moves to a new session (rollover, expired session), each in the background so a
receive call's timeout holds, and responses lost to a new server session.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Final, Generic, NamedTuple, TypeVar, cast

from realtime_ext._clock import Clock
from realtime_ext._close_frame import check_close_frame
from realtime_ext._config import check_seconds
from realtime_ext._encode import json_text
from realtime_ext._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConnectionClosed,
    InvalidArgumentError,
    MessageTooLargeError,
    OpenAIError,
    ResponseLostError,
    SessionClosedError,
    UnconfirmedSends,
    UndeliveredError,
)
from realtime_ext._json import is_dict
from realtime_ext._redact import get_logger, short_repr
from realtime_ext.events import Decoded, to_payload, wire_decoder

from .carry import WATCHED as CARRY_WATCHED
from .carry import Carry, Reason, item_id_of
from .errors import server_error
from .extensions import Extension, Extensions
from .handlers import H, Handler, Handlers, event_type
from .pcm import AudioCollector
from .protocol import REALTIME, SessionKind
from .reconnect import ReconnectedEvent, Reconnector, close_code_of
from .tool_handler import Answering, ToolRunner
from .transport import ClosingState
from .unconfirmed import CONFIRMING, Unconfirmed

if TYPE_CHECKING:
    from realtime_ext.events import ServerEvent

logger = get_logger("realtime_ext.conversation")

ERROR = "error"
RESPONSE_CREATE = "response.create"
RESPONSE_CREATED = "response.created"
RESPONSE_DONE = "response.done"
RESPONSE_LOST = "response.lost"
SESSION_CREATED = "session.created"
SESSION_EXPIRED = "session_expired"
"""The ``error`` code of a session the server ended at its maximum duration (then it closes
the socket, 1001)."""
WATCHED = (
    frozenset({ERROR, RESPONSE_CREATED, RESPONSE_DONE, SESSION_CREATED})
    | CONFIRMING
    | CARRY_WATCHED
)
"""The event types the core looks at (its own, those that confirm a send:
:data:`.unconfirmed.CONFIRMING`, and those the carry reads); every other event passes
through untouched."""
QUIET_WAIT = 0.1
"""How long a rollover due waits for a quiet point, as a fraction of
``max_session_duration`` (at most :data:`MAX_QUIET_WAIT`): then it rolls at the next
response's end, output frame or pause, quiet or not, before the server's cap ends the
session mid-turn (a conversation that is never quiet was moved by every expiry)."""
MAX_QUIET_WAIT = 60.0
"""The longest wait for a quiet point, in seconds (well inside the margin the default
durations leave below the APIs' caps: 5 minutes)."""
EXPIRY_LEAD = 300.0
"""The most a rollover falls due before the session's own end (``session.created``'s
``expires_at``): 5 minutes, the margin the default ``max_session_duration`` leaves below the
API's 60-minute cap; a sixth of the session's life when that is shorter."""
MIN_EXPIRY_LIFE = 60.0
"""A session that ends sooner than this after it starts is not rolled over before its end:
it is moved after it, through the reconnect's backoff and ``max_retries`` (a server that
ends every session at once is never moved to in a tight loop)."""
FIRST_EVENT_TIMEOUT = 10.0
"""Seconds a new connection has to send its first event (``session.created``): what it says
decides what the new session is sent."""

T = TypeVar("T")
TransportT = TypeVar("TransportT", bound=ClosingState)


# -- actions: what a flow asks its driver to do -------------------------------------------
# Named tuples, not frozen dataclasses: as immutable, and each class costs a first connection
# next to nothing to define (a frozen slotted dataclass execs generated source, about
# 0.3 ms a class: 3 ms of a 40 ms first connect for these ten) and less to build per message.
class Receive(NamedTuple):
    """``transport.recv_message(timeout)``; resumes with the message."""

    transport: Any
    timeout: float | None


class Later(Enum):
    """What :meth:`Core.recv_now` gives when the receive must run as a flow (``Later.FLOW``:
    one member, so ``wait is Later.FLOW`` narrows the wait to a number or ``None``)."""

    FLOW = 0


FLOW: Final = Later.FLOW
"""``Later.FLOW``, read as a module's name (an enum member read from its class goes
through the enum's metaclass: about 90 ns, on the hot path)."""


class Send(NamedTuple):
    """``transport.send_text(text)``."""

    transport: Any
    text: str


class Call(NamedTuple):
    """``fn(arg)``: a handler, hook or extension (awaited when async; a blocking driver
    refuses an awaitable with ``refusal``); resumes with its result."""

    fn: Callable[[Any], Any]
    arg: Any
    refusal: str


class Sleep(NamedTuple):
    """Wait ``seconds`` (on the conversation's clock); resumes with ``True`` if a close
    cut the wait short."""

    seconds: float


class Reopen(NamedTuple):
    """Open a new transport to ``url`` with ``headers``; resumes with it."""

    url: str
    headers: dict[str, str]


class Background(NamedTuple):
    """Start ``flow`` without waiting for it (it must catch its own errors); a close stops it.
    Its handle for :class:`Join` (a task, or a thread named ``realtime-<name>``) goes to
    ``holder.handle`` before the flow starts, as one step with the start (so a close in
    another thread never finds a flow started and its handle not yet set)."""

    flow: Flow[None]
    name: str = "reconnect"
    holder: Recovery | None = None


class Join(NamedTuple):
    """Wait, at most ``timeout``, for the background flow ``handle`` (what :class:`Background`
    resumed with) to end, without stopping it; resumes with whether it has ended. A flow
    never waits for itself: from inside it (a hook it calls), resumes with ``None`` at once."""

    handle: Any
    timeout: float | None


class Retire(NamedTuple):
    """``transport.close(code, reason)`` of a connection the conversation has left (a
    rollover): background flows and sleeps go on."""

    transport: Any
    code: int
    reason: str
    within: float | None = None


class Close(NamedTuple):
    """Stop background flows and pending sleeps, then ``transport.close(code, reason)``,
    its closing handshake bounded by ``within`` seconds when the transport can bound it
    (:class:`~.transport.BoundedClose`; ``None``: the transport's own bound)."""

    transport: Any
    code: int
    reason: str
    within: float | None = None


WireDecode = Callable[[str | bytes], Decoded]
"""Wire message -> (typed event, the JSON object it was decoded from): what the receive
loop calls, once per message (:func:`~realtime_ext.events.wire_decoder`)."""

Action = Receive | Send | Call | Sleep | Reopen | Background | Join | Retire | Close
Flow = Generator[Action, Any, T]
"""A flow: yields actions, is resumed with their results, returns ``T``."""

Route = Callable[[Any, "dict[str, Any] | None"], "Flow[None] | None"]
"""What :meth:`Core.take` does with an event of one type: see :attr:`Core.routes`."""


_WATCH_LISTS: dict[type[Carry], tuple[frozenset[str], frozenset[str]]] = {}


def _watch_lists(carry: type[Carry]) -> tuple[frozenset[str], frozenset[str]]:
    """The core's watch list with its carry's and its kind's acknowledgements, and what the
    book of unconfirmed sends is told of (:data:`CONFIRMING` and those acknowledgements):
    made once per kind of carry (its class's tables; a few classes, so the cache is bounded)
    and shared by every connection of it, rather than two frozensets (1.2 KB) made for each.
    Two threads making the same entry at once make equal values: either one is kept."""
    found = _WATCH_LISTS.get(carry)
    if found is None:
        acks = frozenset(carry.acks)
        found = _WATCH_LISTS.setdefault(carry, (WATCHED | carry.watched | acks, CONFIRMING | acks))
    return found


def deadline_of(timeout: float | None) -> float | None:
    """When a wait of ``timeout`` seconds from now ends (``None``: never). A caller's timeout
    is real time, as the transports wait it: not the conversation's clock, which times the
    reconnect backoff and the rollover (a test's ``ManualClock``)."""
    return None if timeout is None else time.monotonic() + timeout


def left_until(deadline: float | None) -> float | None:
    """The seconds left before ``deadline`` (0 once passed; ``None``: no limit)."""
    return None if deadline is None else max(0.0, deadline - time.monotonic())


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


_NO_FIELDS: dict[str, Any] = {}
"""What a watched event whose fields nobody reads stands in for (read only)."""


def _field(data: dict[str, Any], outer: str, inner: str) -> str | None:
    """``data[outer][inner]`` of an event's JSON object, when it is a string."""
    value = data.get(outer)
    found = value.get(inner) if is_dict(value) else None
    return found if isinstance(found, str) else None


@dataclass(slots=True)
class Owed:
    """Responses a conversation waits for: started ones (by id) and asked-for ones; after
    a reconnect, also the sends the lost connection never confirmed."""

    started: dict[str, None]
    asked: int
    close_code: int = 0
    unconfirmed: Unconfirmed | None = None
    carried: bool = False
    """The new session was given the unconfirmed items and audio (the carry's plan)."""


@dataclass(slots=True)
class Recovery:
    """A move to a new connection running in the background: a reconnect after a drop
    (:meth:`Core.reconnect`), a rollover or the move after the server ended the session
    (:meth:`Core.move`), which receive calls wait for within their own timeouts
    (:meth:`Core.rejoin`)."""

    code: int
    reason: Reason = "drop"
    handle: Any = None
    """The driver's handle of the background flow (for :class:`Join`), set as it starts."""
    error: Exception | None = None
    """Why it failed (a ``ReconnectError``): raised by the receive call that sees it end."""
    lost: Unconfirmed | None = None
    """What the lost connection never confirmed (``None``: a rollover, whose old connection
    is alive): reported by a close that stops the move."""


def handler_refusal(fn: object) -> str:
    name = getattr(fn, "__qualname__", type(fn).__name__)
    return (
        f"{name} returned an awaitable: a blocking conversation calls handlers, hooks and "
        "extensions synchronously (use aconnect / AsyncRealtimeClient for async ones)"
    )


class Core(Generic[TransportT]):
    """State of one conversation and the flows that act on it."""

    __slots__ = (
        "_held",
        "_recovery",
        "_stashed",
        "answering",
        "app_closed",
        "audio_out",
        "can_reopen",
        "candidate",
        "confirming",
        "counting",
        "cut",
        "deadline",
        "decode",
        "due",
        "ended",
        "ending_reasons",
        "errored",
        "expiring",
        "extensions",
        "force_at",
        "generation",
        "given",
        "handlers",
        "local",
        "max_size",
        "moving_reasons",
        "now",
        "owed",
        "quick",
        "reconnected",
        "reconnector",
        "roll_at",
        "routes",
        "session_id",
        "step_lock",
        "tools",
        "transport",
        "unconfirmed",
        "watched",
    )

    def __init__(
        self,
        transport: TransportT,
        *,
        max_size: int | None,
        reconnector: Reconnector | None,
        can_reopen: bool,
        protocol: SessionKind = REALTIME,
    ) -> None:
        # A bare conversation (no policy given) does not reconnect; the entry points
        # (connect, aconnect, client.connect) give one that does by default.
        reconnector = reconnector if reconnector is not None else Reconnector(url="", max_retries=0)
        # The wire protocol's event decoder (SessionKind.decode: the Realtime
        # conversation's by default). It gives the event and its JSON object (None for a
        # flat event decoded straight from the bytes), both handed on to extensions.
        self.decode: WireDecode = wire_decoder(protocol.decode)
        # What the core reads of its protocol on the receive path, read once here: the
        # event that ends its session and the reasons it gives, and its output audio event
        # (a point where a rollover due may start).
        self.ended: str | None = protocol.ended
        self.moving_reasons: frozenset[str] = protocol.moving_reasons
        self.ending_reasons: frozenset[str] = protocol.ending_reasons
        self.audio_out: str = protocol.audio_out
        if not can_reopen:
            reconnector.max_retries = 0
            reconnector.max_session_duration = None
        self.transport = transport
        # The clock the rollover is timed on, read without a method's frame for the system
        # clock (the receive's hot path reads it once per message).
        clock = reconnector.clock
        self.now: Callable[[], float] = time.monotonic if type(clock) is Clock else clock.now
        # What a receive may have to do before waiting (see held, stashed, recovery).
        self._held: tuple[ServerEvent, dict[str, Any] | None] | None = None
        self._stashed: str | bytes | None = None
        self._recovery: Recovery | None = None
        # A list, not a deque: an empty one is 56 bytes, not 760, and most sessions have none.
        self.local: list[object] = []
        """Events an extension made (:meth:`deliver`: a tool call waiting for approval),
        returned by the next receives before any message is read."""
        self.quick: float | None = None
        """The rollover's due time (:attr:`roll_at`) while a receive needs nothing but the
        wait until it (no event held, no new connection's first message stashed, no move
        under way), else ``None``: what the drivers' hot path reads, one attribute for the
        state :meth:`recv_now` checks (kept by :meth:`_requick` wherever that changes)."""
        self.watched: frozenset[str]
        """What the core looks at: its own events and its carry's (a protocol's own)."""
        self.confirming: frozenset[str]
        """What :attr:`unconfirmed` is told of (:data:`CONFIRMING`, the kind's acks)."""
        self.watched, self.confirming = _watch_lists(type(reconnector.carry))
        self.due = False
        """The rollover's due time has passed (as a receive's wait read the clock): what a
        counted event (a carry's output frames) checks before a quiet point may roll."""
        self.deadline: float | None = None
        """When the caller's timeout of the receive under way ends (:meth:`recv_now`), and
        whether its wait is shorter for a rollover falling due first (``cut``)."""
        self.cut = False
        self.can_reopen = can_reopen
        self.handlers = Handlers()
        self.extensions = Extensions()
        self.max_size = max_size
        self.reconnector = reconnector
        self.counting: dict[str, Route] = dict(reconnector.carry.counters())
        """The carry's counters (:meth:`~.carry.Carry.counters`): the routes of the types
        it only counts while the rollover is not due."""
        self.routes: dict[str, Route] = self._routes()
        """What :meth:`take` does with an event of each type when no extension is told of
        it: settle it (the types the core watches), count it (those the carry only counts),
        or, for any type not in it, nothing."""
        self.tools: ToolRunner | None = None  # the loop conn.run_tools attached last
        # The calls extensions are answering (Link.will_answer: the tool loop's): each holds
        # one follow-up in owed.asked.
        self.answering: list[Answering] = []
        # Lost-response bookkeeping: what is owed now, what was owed when a reconnect
        # finished (judged on the new connection's first event), the event held back while
        # ResponseLostError is raised, and a counter of sessions lost (the tool loop drops
        # answers meant for an older one).
        self.owed = Owed({}, 0)
        self.reconnected: Owed | None = None
        # The last error event its own handlers were given as it arrived (dispatch skips
        # them for it): one reference, replaced by the next.
        self.errored: ServerEvent | None = None
        self.session_id: str | None = None
        self.generation = 0
        # Moving to a new session: the first message of a new connection, read to decide
        # what it is sent and delivered next (``stashed``); the server said the session
        # expired (``expiring``: its close is then a rollover); when the next rollover is
        # due (``roll_at``, on the reconnector's clock; None: never).
        self.expiring: Reason | None = None
        self.roll_at: float | None = None
        self.force_at: float | None = None
        """When the rollover stops waiting for a quiet point (:data:`QUIET_WAIT`)."""
        self._schedule_rollover()
        # Sends the server has not confirmed on this connection (a new book per connection).
        self.unconfirmed = self.new_book()
        # The ids of the items the last move's plan gave its new session (carried or sent
        # again): a send whose write met the drop is not given them twice (send_text).
        self.given: frozenset[str] = frozenset()
        self.app_closed = False
        # The new connection a reconnect under way (recovery) is setting up (not yet the
        # conversation's: a close closes it too).
        self.candidate: TransportT | None = None
        self.step_lock: AbstractContextManager[Any] | None = None
        """What :meth:`take` runs :meth:`take_now` under: nothing, unless a driver whose
        steps run on several threads gives its step lock (:mod:`.actions_async`)."""

    def new_book(self) -> Unconfirmed:
        """The unconfirmed sends of a new connection, its audio bounded as the carry's."""
        carry = self.reconnector.carry
        return Unconfirmed(limit=carry.audio_limit, appends=carry.acked_appends, acks=carry.acks)

    # -- registration (no I/O) ---------------------------------------------------------
    def on(
        self, kind: str, handler: H | None, *, once: bool, off_loop: bool = False
    ) -> H | Callable[[H], H]:
        """``on``/``once`` for both classes: direct or as a decorator."""
        if handler is None:

            def decorator(fn: H) -> H:
                self.handlers.add(kind, fn, once=once, off_loop=off_loop)
                return fn

            return decorator
        self.handlers.add(kind, handler, once=once, off_loop=off_loop)
        return handler

    @property
    def closing(self) -> bool:
        return self.reconnector.closing

    # -- what a receive may have to do first (each kept in quick) --------------------------
    @property
    def held(self) -> tuple[ServerEvent, dict[str, Any] | None] | None:
        """The event (and its JSON object) held back while ``ResponseLostError`` is raised:
        the next receive returns it."""
        return self._held

    @held.setter
    def held(self, value: tuple[ServerEvent, dict[str, Any] | None] | None) -> None:
        self._held = value
        self._requick()

    @property
    def stashed(self) -> str | bytes | None:
        """A new connection's first message, read to decide what it is sent and delivered
        next: the next receive delivers it."""
        return self._stashed

    @stashed.setter
    def stashed(self, value: str | bytes | None) -> None:
        self._stashed = value
        self._requick()

    @property
    def recovery(self) -> Recovery | None:
        """The reconnect under way in the background."""
        return self._recovery

    @recovery.setter
    def recovery(self, value: Recovery | None) -> None:
        self._recovery = value
        self._requick()

    def _requick(self) -> None:
        steady = (
            self._held is None
            and self._stashed is None
            and self._recovery is None
            and not self.local
        )
        self.quick = self.roll_at if steady else None

    # -- rollover -----------------------------------------------------------------------
    def _schedule_rollover(self) -> None:
        duration = self.reconnector.max_session_duration
        self._roll_at(None if duration is None else self.now() + duration)

    def _roll_at(self, when: float | None, wait: float | None = None) -> None:
        """The next rollover falls due at ``when`` (``None``: never), not yet passed; it
        waits for a quiet point until :attr:`force_at`, no longer (``wait`` seconds at most
        when given)."""
        self.roll_at = when
        duration = self.reconnector.max_session_duration or 0.0
        longest = min(QUIET_WAIT * duration, MAX_QUIET_WAIT)
        if wait is not None:
            longest = min(longest, wait)
        self.force_at = None if when is None else when + longest
        self._requick()
        if self.due:
            self.due = False
            self.routes.update(self.counting)

    def _expires(self, session: object) -> None:
        """The new session says when it ends (``session.created``'s ``session.expires_at``,
        Unix seconds): a rollover scheduled later (``max_session_duration`` is longer than
        the server's cap, as on a deployment whose sessions last less than an hour) falls due
        before that end instead, by :data:`EXPIRY_LEAD` at most, its wait for a quiet point
        ending halfway there. ``max_session_duration=None`` (no rollover) is left alone."""
        expires_at = session.get("expires_at") if is_dict(session) else None
        if (
            self.roll_at is None
            or isinstance(expires_at, bool)
            or not isinstance(expires_at, int | float)
        ):
            return
        left = expires_at - time.time()  # the server's wall clock, read on ours
        if left < MIN_EXPIRY_LIFE:
            return
        lead = min(EXPIRY_LEAD, left / 6)
        when = self.now() + left - lead
        if when < self.roll_at:
            self._roll_at(when, lead / 2)

    def _past(self, roll_at: float) -> float:
        """The seconds left until ``roll_at`` (the clock read once); noted when passed: the
        types the carry counts are then settled, so a quiet point may start the rollover."""
        left = roll_at - self.now()
        if left <= 0 and not self.due:
            self.due = True
            self.routes.update(dict.fromkeys(self.counting, self._settle_locked))
        return left

    @property
    def movable(self) -> bool:
        """No move under way or being judged, nothing held back: the conversation can start
        one."""
        return (
            self.reconnected is None
            and self.recovery is None
            and self.held is None
            and self.stashed is None
        )

    @property
    def quiet(self) -> bool:
        """No response in progress or asked for, the user not speaking, no reconnect under
        way: a point where the conversation can move to a new session, cutting nothing."""
        owed = self.owed
        return (
            not owed.started
            and not owed.asked
            and not self.reconnector.carry.speaking
            and self.movable
            and not self.reconnector.queued
        )

    def rollover_due(self) -> bool:
        """``max_session_duration`` has passed and the conversation is quiet, or has waited
        for a quiet point as long as it may (:attr:`force_at`) and no response is under way:
        a conversation that is never quiet (the user always speaking, a session's endless
        output frames) still rolls over before the server's cap ends the session,
        instead of being moved by the expiry, cut, every time. A response under way is
        never cut by the rollover: it rolls at that response's end."""
        roll_at = self.roll_at
        if roll_at is None or self.closing or self._past(roll_at) > 0:
            return False
        return self.quiet or (self.movable and not self.owed.started and self._forced())

    def _forced(self) -> bool:
        """The rollover's wait for a quiet point is over."""
        force_at = self.force_at
        return force_at is not None and self.now() >= force_at

    def bounded(self, timeout: float | None) -> float | None:
        """The wait for the next message: ``timeout``, or shorter when a rollover falls due
        first (then the very object ``timeout`` is not returned). Past the due time a busy
        conversation waits as asked, until :attr:`force_at` at most: its rollover comes with
        the event that makes it quiet, or once its wait for one is over."""
        roll_at = self.roll_at
        if roll_at is None:
            return timeout
        left = self._past(roll_at)
        if left > 0:
            return timeout if timeout is not None and timeout <= left else left
        if self.closing:
            return timeout
        if self.quiet:
            return 0.0
        force_at = self.force_at
        if force_at is None or not self.movable or self.owed.started:
            # A response under way is never cut by the rollover: it comes with that
            # response's end (a short session's tenth is shorter than one answer).
            return timeout
        until = force_at - self.now()
        if until <= 0:
            return 0.0
        return timeout if timeout is not None and timeout <= until else until

    # -- sending -----------------------------------------------------------------------
    def encode(self, event: object, text: str | None = None) -> tuple[dict[str, Any], str]:
        """The payload and wire text of a client event (size-checked; an item to create given
        an id), noted for a new session (:class:`~.carry.Carry`).

        ``text``: the wire text of ``event``, a dict the SDK built, when it made that text
        itself (``send_audio``'s appends: :func:`~.pcm.append_text`), so it is not
        encoded again."""
        carry = self.reconnector.carry
        if text is None:
            payload = to_payload(event)
            if self.can_move:  # ids only matter to a conversation that can move to a new session
                payload = carry.prepare(payload)
            text = json_text(payload)
        else:
            payload = cast("dict[str, Any]", event)
        check_size(text, self.max_size)
        carry.sent(payload, text)
        return payload, text

    def send(self, event: object) -> Flow[None]:
        payload, text = self.encode(event)
        book = yield from self.send_text(text)
        told = self.sent(payload, text, book)
        if told is not None:
            yield from told

    def send_now(
        self, event: object, text: str | None = None
    ) -> tuple[dict[str, Any], str, Any, Unconfirmed | None]:
        """:meth:`send` without a flow, for the drivers' hot path, as :meth:`recv_now` is
        the receive's: ``event`` encoded, queued when a reconnect is under way, and what
        the driver writes: (payload, text, the transport to write it on, ``None`` when
        queued, and its book). The driver writes the text (a write's error goes to
        :meth:`send_failed`, a flow), then gives the book to :meth:`sent_now` (and runs
        the flow it returns, if any): the same steps as :meth:`send`, under
        :attr:`step_lock` as a flow's steps are.

        Why not always the flow: a generator, its driver loop and a step per action were
        a tenth of the conversation's own work per 100 ms audio frame (a live call sends
        ten a second). ``text``: as :meth:`encode`'s."""
        lock = self.step_lock
        if lock is None:
            return self._send_start(event, text)
        with lock:
            return self._send_start(event, text)

    def _send_start(
        self, event: object, text: str | None
    ) -> tuple[dict[str, Any], str, Any, Unconfirmed | None]:
        payload, text = self.encode(event, text)
        if self.reconnector.offer(text):
            return payload, text, None, None
        return payload, text, self.transport, self.unconfirmed

    def sent_now(
        self, payload: dict[str, Any], text: str, book: Unconfirmed | None
    ) -> Flow[None] | None:
        """:meth:`sent` under :attr:`step_lock` (see :meth:`send_now`)."""
        lock = self.step_lock
        if lock is None:
            return self.sent(payload, text, book)
        with lock:
            return self.sent(payload, text, book)

    def sent(
        self, payload: dict[str, Any], text: str, book: Unconfirmed | None
    ) -> Flow[None] | None:
        """Note a send ``book`` holds now (``None``: queued, or given the new session
        already) and tell the extensions' plain ``sent``; the flow that tells the others
        (each a call), if any."""
        if book is not None:
            kind = payload["type"]
            # A started session's response.create continues a delegated turn that no
            # response.created answers on the socket: neither a response owed nor a send to confirm.
            if kind != RESPONSE_CREATE or not self.reconnector.carry.starts:
                book.sent(kind, payload, text)
                if kind == RESPONSE_CREATE and book is self.unconfirmed:
                    self.owed.asked += 1
        extensions = self.extensions
        for sent in extensions.plain:
            sent(payload)
        return self.tell_sent(payload) if extensions.told else None

    def send_text(self, text: str) -> Flow[Unconfirmed | None]:
        """Send now; queue during a reconnect; on a lost (recoverable) connection, leave it
        to the reconnect the receiving side will make. The book of the connection the text
        went to (its sends the server has not confirmed yet), ``None`` when it is queued for
        the new connection or the new session was already given it.

        Each send reaches a new session at most once. A write that meets the drop may have
        reached the lost session (its bytes can be in the socket when the error comes), so
        it counts as sent there, as every send just before a drop does: the lost
        connection's book decides what the new session gets (an item not confirmed is sent
        again once, with its id; one the server confirmed comes with the history; a
        ``response.create`` is reported lost). Were it also queued, an item confirmed
        before the drop would reach the new session twice, once with the history and once
        from the queue."""
        if self.reconnector.offer(text):
            return None
        transport, book = self.transport, self.unconfirmed
        try:
            yield Send(transport, text)
        except OpenAIError as exc:
            return (yield from self.send_failed(exc, transport, book, text))
        return book

    def send_failed(
        self, exc: OpenAIError, transport: TransportT, book: Unconfirmed | None, text: str
    ) -> Flow[Unconfirmed | None]:
        """The write of ``text`` on ``transport`` (``book`` its sends then) failed with
        ``exc``: raise it, or leave it to the reconnect (see :meth:`send_text`)."""
        reconnector = self.reconnector
        if reconnector.should_reconnect(exc) is None or not self.can_reopen:
            raise exc
        if reconnector.rejoins:
            # A sideband rejoins the same session, which is given nothing again (its
            # items are there): the lost book is not replayed, so the text goes out
            # once on the rejoined socket, as a send made while the line is down does.
            if self.transport is not transport:  # the rejoin finished meanwhile
                yield Send(self.transport, text)
                return self.unconfirmed
            reconnector.hold(text)
            return None
        if self.unconfirmed is book:  # no move took the lost connection's book yet
            reconnector.begin()  # the sends after it wait for the new connection
            return book
        # A move took the book before this write failed: the new session gets the text
        # once, unless the move gave it already (an item the history carried).
        if self.transport is not transport:  # the move finished meanwhile
            if self.given_again(text):
                return None
            yield Send(self.transport, text)
            return self.unconfirmed
        reconnector.hold(text)  # the move's flush sends it (or skips it: given)
        return None

    def given_again(self, text: str) -> bool:
        """Whether ``text`` creates an item the last move gave its new session already (carried
        with the history, or sent again as unconfirmed)."""
        return bool(self.given) and item_id_of(text) in self.given

    def tell_sent(self, payload: dict[str, Any]) -> Flow[None]:
        for sent in self.extensions.told:
            yield Call(sent, payload, handler_refusal(sent))

    # -- receiving ---------------------------------------------------------------------
    def receive(self, timeout: float | None) -> Flow[str | bytes]:
        """The next message, undecoded, within ``timeout`` seconds; reconnects first when that
        is enabled and allowed (in the background: :meth:`rejoin`)."""
        if timeout is not None:  # >= 0: 0 takes a message already received, or times out
            timeout = check_seconds(timeout, "timeout", zero=True)
        deadline = deadline_of(timeout)
        while True:
            # A move under way first: its new connection's first message (stashed) is handed
            # out only once the move has told the extensions and ``on_reconnected`` what was
            # carried, so no event of the new session reaches the app before that news. A
            # hook of the move itself (``on_reconnected`` receiving) does not wait for it.
            inside = False
            if self.recovery is not None:
                inside = yield from self.rejoin(left_until(deadline))
                if not inside:
                    continue
            if self.stashed is not None:  # a new connection's first message
                return self.take_stashed()
            left = left_until(deadline)
            wait = self.bounded(left)
            try:
                message: str | bytes = yield Receive(self.transport, wait)
            except OpenAIError as exc:
                if inside:  # the move's own hook: the move answers for its new connection
                    raise
                # A roll or a reconnect runs in the background: waited for above with the
                # rest of the timeout.
                yield from self.missed(exc, wait is not left)
                continue
            return message

    def deliver(self, event: object) -> None:
        """Give the app ``event``, an event an extension made, as the next receive's (after
        the event being received now): see :attr:`local`."""
        self.local.append(event)
        self._requick()

    def recv(self, timeout: float | None) -> Flow[ServerEvent]:
        if self.local:  # an extension's event (Link.deliver), typed by its own class
            event = self.local.pop(0)
            self._requick()
            return cast("ServerEvent", event)
        if self.held is not None:  # the event behind a ResponseLostError
            (event, data), self.held = self.held, None
            if event.type_ in self.watched:
                yield from self.inspect(event, data)
            return event
        message = yield from self.receive(timeout)
        return (yield from self.received(message))

    def recv_now(self, timeout: float | None) -> float | Later | None:
        """:meth:`recv` without a flow, for the drivers' hot path: the wait (seconds, or
        ``None``: no limit) of the one receive it starts with, on :attr:`transport`, when
        that is all the state asks for. The driver carries it out, then decodes the message
        and gives it to :meth:`take` as :meth:`received` does (running the flow it returns,
        if any), or gives the error to :meth:`recv_failed` (and runs that flow).
        ``Later.FLOW`` when :meth:`recv` must run as a flow (an event held, a new
        connection's first message stashed, a move under way).

        Why not always the flow: a generator, its driver loop and a step per action cost
        about as much again as receiving and decoding a small event does; this is the same
        decision, taken here, in one call, with no action built. The drivers take its
        default (no timeout, a rollover scheduled, its due time ahead) without calling it:
        the wait is :attr:`quick` less :attr:`now`."""
        if (
            self._held is not None
            or self._stashed is not None
            or self._recovery is not None
            or self.local
        ):
            return FLOW
        roll_at = self.roll_at
        if timeout is None:
            if roll_at is None:
                return None
            # The default (a rollover scheduled): what bounded(None) gives before the due
            # time, with one clock read.
            left = roll_at - self.now()
            return left if left > 0 else self.bounded(None)
        timeout = check_seconds(timeout, "timeout", zero=True)  # >= 0, as receive checks it
        self.deadline = deadline_of(timeout)
        wait = timeout if roll_at is None else self.bounded(timeout)
        self.cut = wait is not timeout
        return wait

    def recv_failed(
        self, exc: OpenAIError, timeout: float | None, wait: float | None
    ) -> Flow[ServerEvent]:
        """:meth:`recv` after the hot path's receive (``wait``: what :meth:`recv_now` gave
        for ``timeout``) raised ``exc``: :meth:`missed` (the wait was cut short for a
        rollover when it is not the caller's), then ``recv`` goes on with what is left of
        the timeout."""
        if timeout is None:
            yield from self.missed(exc, wait is not None)
            return (yield from self.recv(None))
        yield from self.missed(exc, self.cut)
        return (yield from self.recv(left_until(self.deadline)))

    def missed(self, exc: OpenAIError, cut: bool) -> Flow[None]:
        """After a receive raised ``exc``: a wait ``cut`` short for a rollover that timed out
        rolls if it is time (in the background); any other failure is recovered from."""
        if cut and isinstance(exc, APITimeoutError):
            if self.rollover_due():
                yield from self.roll("rollover", 1000)
        else:
            yield from self.recover(exc)

    def received(self, message: str | bytes) -> Flow[ServerEvent]:
        """Decode ``message`` and carry out what the event needs (the drivers' hot path
        does the same two calls, :meth:`recv_now`)."""
        event: ServerEvent
        event, data = self.decode(message)
        follow = self.take(event, data)
        if follow is not None:
            yield from follow
        return event

    def take(self, event: ServerEvent, data: dict[str, Any] | None) -> Flow[None] | None:
        """What a just-decoded event needs, decided by its type once: with an extension
        told of every event (an observer) or a reconnect to judge, :meth:`take_now`; else,
        with an extension's table noting its type, :meth:`take_now`; else its route
        (:attr:`routes`: settled, counted, or, for a type the core does not watch, nothing
        at all: one lookup). :meth:`take_now` and settling run under :attr:`step_lock` when
        there is one (the blocking driver's: a tool thread's send step may change the same
        state); counting does not (what it counts only the receiving side touches)."""
        extensions = self.extensions
        if extensions.observers or self.reconnected is not None:
            return self._take_locked(event, data)
        kind = event.type_
        for noted in extensions.tables:  # read per event: an extension changes its table
            if noted.get(kind) is not None:
                return self._take_locked(event, data)
        route = self.routes.get(kind)
        return None if route is None else route(event, data)

    def _take_locked(self, event: ServerEvent, data: dict[str, Any] | None) -> Flow[None] | None:
        lock = self.step_lock
        if lock is None:
            return self.take_now(event, data)
        with lock:
            return self.take_now(event, data)

    def _settle_locked(self, event: ServerEvent, data: dict[str, Any] | None) -> Flow[None] | None:
        lock = self.step_lock
        if lock is None:
            return self.settle(event.type_, event, data)
        with lock:
            return self.settle(event.type_, event, data)

    def _routes(self) -> dict[str, Route]:
        """:attr:`routes`: each type the core watches settled; those its carry only counts
        (:meth:`~.carry.Carry.counters`) counted, until the rollover is due (then settled:
        a quiet point may start it)."""
        routes: dict[str, Route] = dict.fromkeys(self.watched, self._settle_locked)
        routes.update(self.counting)
        return routes

    def take_now(self, event: ServerEvent, data: dict[str, Any] | None) -> Flow[None] | None:
        """What a just-decoded event (and ``data``, the JSON object it was decoded from, or
        ``None`` for a flat event decoded straight from the bytes) needs from a driver, or
        ``None`` when nothing (the hot path: the drivers then return it without running a
        flow).

        Extensions that override ``observe`` are told here, directly, with the event and
        its JSON object: observing is pure and synchronous. Those that override only
        ``received``, and the observers that ask for it, get ``received``. Then the
        extensions' tables (``notes()``: the metrics') are read for the type, and the
        function found gets the JSON object.
        What the core itself watches (:data:`WATCHED`) is settled here too, unless it must
        come after a flow (extensions to call, a reconnect to judge) or start one (a
        rollover)."""
        extensions = self.extensions
        told: tuple[Extension, ...]
        if (only := extensions.only) is not None:  # one observer: called directly
            told = only[1] if only[0](event, data) else ()
        else:
            told = extensions.observe(event, data) if extensions.observers else ()
        # The wire type (also of an event that failed to decode, so a malformed ``error``
        # still raises): the event's own ``type_`` (a str: the enum member of a model is
        # one), looked up as it is, with no conversion.
        kind = event.type_
        for noted in extensions.tables:
            note = noted.get(kind)
            if note is not None:
                note(data if data is not None else event)
        if told or self.reconnected is not None:
            return self.follow(event, data, told)
        if kind in self.watched:
            count = self.counting.get(kind)
            if count is not None and not self.due:  # only counted (see routes)
                count(event, data)
                return None
            return self.settle(kind, event, data)
        return None

    def follow(
        self, event: ServerEvent, data: dict[str, Any] | None, told: tuple[Extension, ...]
    ) -> Flow[None]:
        for ext in told:
            yield Call(ext.received, event, handler_refusal(ext.received))
        if self.reconnected is not None:
            yield from self.judge_reconnect(event, data)
        if event.type_ in self.watched:
            yield from self.inspect(event, data)

    def inspect(self, event: ServerEvent, data: dict[str, Any] | None) -> Flow[None]:
        """:meth:`settle` as a flow (after the extensions' flow, or a held event)."""
        flow = self.settle(event.type_, event, data)
        if flow is not None:
            yield from flow

    def settle(
        self, kind: str, event: ServerEvent, data: dict[str, Any] | None
    ) -> Flow[None] | None:
        """Bookkeeping for a watched event (``kind``, read from ``data``), done now; raises
        for an unhandled ``error``. Returns the flow that follows (the error's handlers, a
        rollover), else ``None``."""
        carry = self.reconnector.carry
        if data is None:  # a flat event, decoded straight from the wire bytes
            # An event the carry only counts (output frames, ten a second, each with its
            # audio): no dict is built from each one.
            data = _NO_FIELDS if kind in carry.counted else to_payload(event, lenient=True)
        if kind in self.confirming:
            self.unconfirmed.received(kind, data)
        if kind in carry.watched:
            carry.received(kind, data)
            if carry.starts:  # a session the client starts: its end, and its quiet points
                return self.settle_started(kind, carry.closed_reason)
        elif kind == ERROR:
            handled = self.handlers.handles(ERROR)
            if _field(data, "error", "code") == SESSION_EXPIRED and self.can_move:
                # The server ends the session and closes: that close is a rollover.
                self.expiring = "expired"
                logger.info("the server ended the session (session_expired): rolling over")
            elif not handled:
                raise server_error(event, data)
            if handled:
                # The error's handlers stand in for the raise, so every receive calls them
                # (recv and iteration too, which call no other handler).
                return self.dispatch_error(event)
        elif kind == RESPONSE_CREATED:
            owed = self.owed
            owed.asked = max(0, owed.asked - 1)
            if (response_id := _field(data, "response", "id")) is not None:
                owed.started[response_id] = None
        elif kind == RESPONSE_DONE:
            self.reconnector.progressed()
            if (response_id := _field(data, "response", "id")) is not None:
                self.owed.started.pop(response_id, None)
            if self.roll_at is not None and self.rollover_due():
                return self.roll("rollover", 1000)
        elif kind == SESSION_CREATED:
            self.session_id = _field(data, "session", "id")
            self._expires(data.get("session"))
        return None

    def settle_started(self, kind: str, reason: str | None) -> Flow[None] | None:
        """An event the carry of a session the client starts read: the protocol's
        :attr:`~.protocol.SessionKind.ended` says how the close that follows is
        taken (one of its ``moving_reasons``: moved to a new session, as a drop; one of its
        ``ending_reasons``: the conversation ends with ``SessionClosedError``); an output
        audio frame is a point where a rollover due may start (the carry says whether it is
        quiet)."""
        if kind == self.ended:
            if reason in self.moving_reasons and self.can_move and not self.app_closed:
                self.expiring = "expired" if reason == "expired" else "drop"
                logger.info("the server ended the session (%s): moving on", reason)
            return None
        # The output track's frames come ten a second, speech or silence: the carry says
        # whether this one is a quiet point. (Past the due time only, as the receive's wait
        # read it: no clock read a frame before it.)
        if kind == self.audio_out and self.due and self.rollover_due():
            return self.roll("rollover", 1000)
        return None

    def judge_reconnect(self, event: ServerEvent, data: dict[str, Any] | None) -> Flow[None]:
        """The first event after a reconnect: the same server session (a sideband rejoining
        its call) keeps what was owed; a new one lost it: tell ``response.lost`` handlers,
        else raise, unless a ``response.create`` already went out on the new connection
        (the app asked again from ``on_reconnected``: the wait ends with that answer)."""
        owed, self.reconnected = self.reconnected, None
        assert owed is not None
        moving = [batch for batch in self.answering if batch.moving]
        for batch in moving:
            batch.moving = False
        if (
            event.type_ == SESSION_CREATED
            and self.session_id is not None
            and _field(data or {}, "session", "id") == self.session_id
        ):
            self.owed.started.update(owed.started)
            self.owed.asked += owed.asked
            return
        self.generation += 1
        for batch in moving:  # their calls were carried: they answer in the new session
            batch.generation = self.generation
        unconfirmed = owed.unconfirmed.report() if owed.unconfirmed else None
        if not owed.started and not owed.asked:
            if unconfirmed and not owed.carried:
                logger.warning(
                    "reconnected to a new server session: %d item(s) and %d audio append(s) "
                    "the old one never confirmed are not in it",
                    len(unconfirmed.items),
                    len(unconfirmed.audio),
                )
            return
        lost = ResponseLostError(
            response_ids=tuple(owed.started),
            requests=owed.asked,
            close_code=owed.close_code,
            unconfirmed=unconfirmed,
        )
        # Extensions learn it whichever way the app does (a speaker drops what it still
        # had of the lost reply): a handler the SDK registered would change the app's way.
        for told in self.extensions.response_lost:
            told(lost.event)
        if self.handlers.handles(RESPONSE_LOST):
            yield from self.dispatch(lost.event)
        elif not self.owed.asked:  # unless the app already asked again (on_reconnected)
            self.held = (event, data)
            raise lost

    def dispatch(self, event: object) -> Flow[int]:
        kind = event_type(event)
        # An error's own handlers ran as it was received (dispatch_error): once is enough,
        # whichever loop dispatches it next (run_until, or an app's recv() and dispatch()).
        again = kind == ERROR and event is self.errored
        return (yield from self.call(event, self.handlers.take(kind, specific=not again)))

    def dispatch_error(self, event: ServerEvent) -> Flow[None]:
        """Call the handlers registered for ``error`` itself with ``event``, as it arrives."""
        self.errored = event
        yield from self.call(event, self.handlers.take(ERROR, catch_all=False))

    def call(self, event: object, handlers: list[Handler]) -> Flow[int]:
        for handler in handlers:
            yield Call(handler, event, handler_refusal(handler))
        return len(handlers)

    def run_until(self, kinds: Iterable[str], timeout: float | None) -> Flow[ServerEvent]:
        """Events until one of ``kinds``, all within ``timeout`` (one deadline for the call)."""
        kinds = _event_kinds(kinds, "run_until")
        deadline = deadline_of(check_seconds(timeout, "timeout", zero=True))
        while True:
            event = yield from self.recv(left_until(deadline))
            yield from self.dispatch(event)
            if event_type(event) in kinds:
                return event

    def ends_quietly(self, exc: ConnectionClosed) -> bool:
        """Whether a loop over events (iteration, ``dispatch_events``) ends without an error
        on ``exc``: only when the app closed the connection or the server closed it normally
        (1000) with every send confirmed. A drop, a keepalive timeout, any other close, or a
        1000 that left sends unconfirmed raises: a loop never ends as if the conversation
        were over when it was cut."""
        if isinstance(exc, SessionClosedError):
            return False
        # A normal close by the server that leaves sends unconfirmed (a commentary never
        # acknowledged) is reported with them (ConnectionClosed.unconfirmed), never quiet.
        return self.app_closed or (exc.code == 1000 and not exc.unconfirmed)

    def run(self) -> Flow[None]:
        while True:
            try:
                event = yield from self.recv(None)
            except ConnectionClosed as exc:
                if self.ends_quietly(exc):
                    return
                raise
            yield from self.dispatch(event)

    def collect_audio(
        self, until: str, collector: AudioCollector | None, timeout: float | None
    ) -> Flow[bytes]:
        _event_kinds((until,), "collect_audio")
        collector = collector if collector is not None else AudioCollector()
        deadline = deadline_of(check_seconds(timeout, "timeout", zero=True))
        while True:
            event = yield from self.recv(left_until(deadline))
            yield from self.dispatch(event)
            collector.feed(event)
            if event_type(event) == until:
                return collector.audio

    # -- reconnect -----------------------------------------------------------------------
    def recover(self, exc: OpenAIError) -> Flow[None]:
        """After ``exc``, reconnect when allowed (in the background: the caller then waits
        for it with :meth:`rejoin`), else re-raise ``exc``."""
        if self.recovery is not None:  # another receive started it meanwhile
            return
        reconnector = self.reconnector
        code = reconnector.should_reconnect(exc) if self.can_reopen else None
        expired = (
            self.expiring is not None
            and isinstance(exc, APIConnectionError | ConnectionClosed)
            and not isinstance(exc, APITimeoutError)
        )
        # The session hit its maximum duration: a new one, carried, at once (in the
        # background; if that fails, the reconnect policy follows there). A session
        # the server says lost its connection moves as after a drop.
        if expired and self.expiring is not None:
            if self.expiring == "drop":
                code = 1006 if reconnector.enabled else None
            else:
                yield from self.roll(self.expiring, close_code_of(exc) or 1001, exc)
                return
        if code is None:
            raise self.gone(exc)
        # Sends wait for the new connection from now on; what the lost one never confirmed
        # goes to the reconnect (the new connection starts a book of its own).
        reconnector.begin()
        before, self.unconfirmed = self.unconfirmed, self.new_book()
        recovery = self.recovery = Recovery(code, lost=before)
        yield Background(self.recovering(recovery, exc, before), "reconnect", recovery)

    def gone(self, exc: OpenAIError) -> OpenAIError:
        """The error to raise for ``exc`` when the connection is not moved to a new one: ``exc``
        itself, what the lost connection never confirmed listed on it, or the
        ``ReconnectError`` listing the sends queued meanwhile."""
        lost = close_code_of(exc) is not None or isinstance(exc, ConnectionClosed)
        if not lost or self.app_closed:
            return exc
        reason = self.reconnector.carry.closed_reason
        if reason in self.ending_reasons and isinstance(exc, ConnectionClosed):
            ended = SessionClosedError(exc.code, exc.reason, closed_reason=reason)
            ended.__cause__ = exc
            exc = ended
        unconfirmed = self.unconfirmed.take()
        reconnector = self.reconnector
        if reconnector.queued:
            failed = reconnector.failed(close_code_of(exc) or 1006, 0, exc, unconfirmed)
            failed.__cause__ = exc
            return failed
        if unconfirmed and isinstance(exc, ConnectionClosed):
            exc.unconfirmed = unconfirmed
            exc.args = (f"{exc}; {unconfirmed} (see .unconfirmed)",)
        return exc

    def rejoin(self, timeout: float | None) -> Flow[bool]:
        """Wait for the reconnect (or move to a new session) under way, at most ``timeout``;
        raise its error if it failed. ``True`` when called from inside the move (one of its
        hooks): nothing is waited for, and the move is still under way. Policy: a caller
        whose time is up is answered (``APITimeoutError``) and the move goes on in the
        background; the next receive waits for it again, and the one that sees it end gets
        its outcome (the new connection's events, or the ``ReconnectError`` listing what was
        not sent). ``close()`` stops it."""
        recovery = self.recovery
        assert recovery is not None
        joined: bool | None = yield Join(recovery.handle, timeout)
        if joined is None:  # from inside the move: a hook's own receive
            return True
        if not joined:
            reconnector = self.reconnector
            within = "" if timeout is None else f" within {timeout:.3g} s"
            if recovery.reason == "drop":
                under_way = (
                    f"the connection was lost (code {recovery.code}) and the reconnect goes "
                    f"on in the background (attempt {reconnector.spent} of "
                    f"{reconnector.max_retries})"
                )
            else:
                under_way = (
                    f"a move to a new session ({recovery.reason}) is under way in the background"
                )
            raise APITimeoutError(
                f"no server event{within}: {under_way}; receive again to wait for it, sends "
                "meanwhile are queued"
            )
        if self.recovery is recovery:
            self.recovery = None
        error, recovery.error = recovery.error, None  # the first to see it end gets it
        if error is not None:
            raise error
        return False

    def recovering(
        self, recovery: Recovery, cause: OpenAIError | None, before: Unconfirmed
    ) -> Flow[None]:
        """:meth:`reconnect` (after a drop) or :meth:`move` (a rollover, an expired session)
        as a background flow: its error is kept for :meth:`rejoin`. ``cause``: the lost
        connection's error (``None`` for a rollover: the old connection is alive)."""
        try:
            if cause is None:  # a rollover: the old connection is alive
                yield from self.move(recovery, before)
            else:  # a drop, or a session the server ended: the same attempts and backoff
                yield from self.reconnect(recovery.code, cause, before, recovery.reason)
        except Exception as exc:
            recovery.error = exc
        except BaseException:  # an asyncio close cancelled it: stopped, as a blocking close
            if cause is None:  # a rollover: the conversation stays on the old connection
                self.unconfirmed = before
            else:
                reconnector = self.reconnector
                recovery.error = reconnector.failed(
                    recovery.code, reconnector.spent, cause, before.report()
                )
            raise

    def reconnect(
        self, code: int, cause: BaseException, before: Unconfirmed, reason: Reason = "drop"
    ) -> Flow[None]:
        """Attempts (hook, backoff, reopen, :meth:`switch`) until one holds; raises
        ``ReconnectError`` when they run out, are stopped or the conversation closes.
        ``before``: what the lost connection never confirmed; ``reason``: why it was lost
        (a drop, or ``"expired"``: the server ended the session). Every move after a lost
        connection goes through here: a server that ends each new session at once is moved
        to at most ``max_retries`` times, after the backoff, never in a tight loop."""
        reconnector = self.reconnector
        made = 0
        offered = False
        last: BaseException = cause
        try:
            for attempt in reconnector.attempts(code):
                offered = True
                for reconnecting in self.extensions.reconnecting:
                    reconnecting(attempt)
                if reconnector.on_reconnecting is not None:
                    hook = reconnector.on_reconnecting
                    overrides = yield Call(hook, attempt, handler_refusal(hook))
                    if not reconnector.apply(overrides):
                        break
                made = attempt.attempt
                if (yield Sleep(attempt.delay)):
                    break
                try:
                    url = reconnector.carry.target(reconnector.url)
                    transport = yield Reopen(url, reconnector.extra_headers)
                    self.candidate = transport
                    if self.closing:  # closed while it opened
                        yield from self.drop_candidate()
                        break
                    told = yield from self.switch(transport, made, code, reason, before)
                except Exception as exc:
                    last = exc
                    yield from self.drop_candidate()
                    if reconnector.fatal(exc) and not reconnector.carry.refused(exc):
                        break
                    continue
                self.candidate = None
                reconnector.connected()
                yield from self.tell(told)
                return
        except Exception as exc:  # a hook failed: stop, report
            last = exc
        # None left to offer: they were spent on moves that did not last (say how many).
        spent = made if offered else reconnector.spent
        raise reconnector.failed(code, spent, last, before.report()) from last

    def drop_candidate(self, within: float | None = None) -> Flow[None]:
        """Close the new connection a failed (or closed) reconnect attempt opened (its
        closing handshake bounded by ``within`` seconds: see :class:`Close`)."""
        candidate, self.candidate = self.candidate, None
        if candidate is not None:
            yield Retire(candidate, 1000, "", within)

    @property
    def can_move(self) -> bool:
        """Whether this conversation can move to a new connection (reconnect or rollover)."""
        reconnector = self.reconnector
        return (
            self.can_reopen
            and not reconnector.closing
            and (reconnector.max_retries > 0 or reconnector.max_session_duration is not None)
        )

    def take_stashed(self) -> str | bytes:
        """The new connection's first message (read by :meth:`switch`), delivered now."""
        stashed, self.stashed = self.stashed, None
        assert stashed is not None  # switch() stashes it before the connection is used
        return stashed

    def roll(self, reason: Reason, code: int, cause: OpenAIError | None = None) -> Flow[None]:
        """Start moving the conversation to a new session in the background (a rollover, or
        ``cause``: the close of a session the server ended), which receive calls wait for
        within their own timeouts (:meth:`rejoin`), as for a reconnect."""
        self.reconnector.begin()  # sends made meanwhile wait for the new connection
        before, self.unconfirmed = self.unconfirmed, self.new_book()
        recovery = self.recovery = Recovery(code, reason)
        if cause is not None:
            recovery.lost = before
        yield Background(self.recovering(recovery, cause, before), "reconnect", recovery)

    def move(self, recovery: Recovery, before: Unconfirmed) -> Flow[None]:
        """Roll over to a new session in one attempt (the old connection is alive). If the
        new connection fails, the conversation stays on the old one and tries again after
        the reconnect's backoff; each failure spends one of ``max_retries``, and once they
        are spent it stops rolling over (the session goes on until the server ends it)."""
        reconnector = self.reconnector
        reason, code = recovery.reason, recovery.code
        old = self.transport
        try:
            url = reconnector.carry.target(reconnector.url)
            transport = yield Reopen(url, reconnector.extra_headers)
            self.candidate = transport
            if self.closing:  # closed while it opened
                raise APIConnectionError("the conversation was closed")
            told = yield from self.switch(transport, 1, code, reason, before)
        except Exception as exc:
            logger.warning("moving to a new session (%s) failed: %r", reason, exc)
            yield from self.drop_candidate()
            self.unconfirmed = before
            attempt = reconnector.spent + 1
            if attempt > reconnector.max_retries:
                logger.warning(
                    "rolling over failed %d time(s): staying on this session", reconnector.spent
                )
                reconnector.spent = 0  # the session it stays on is alive
                self._roll_at(None)
            else:
                reconnector.spent = attempt
                self._roll_at(self.now() + reconnector.delay(attempt))
            while (text := reconnector.next_queued()) is not None:
                yield Send(old, text)
            return
        self.candidate = None
        reconnector.connected()
        yield Retire(old, 1000, "session rollover")
        yield from self.tell(told)

    def tell(self, told: ReconnectedEvent) -> Flow[None]:
        for reconnected in self.extensions.reconnected:
            reconnected(told)
        done = self.reconnector.on_reconnected
        if done is not None:
            yield Call(done, told, handler_refusal(done))

    def switch(
        self,
        transport: TransportT,
        attempt: int,
        code: int,
        reason: Reason,
        before: Unconfirmed,
    ) -> Flow[ReconnectedEvent]:
        """Give the new connection what it needs, then make it the conversation's.

        Its first event says whether it is the same server session (a sideband rejoining
        its call: nothing to send again) or a new one, which gets the carry's plan: the
        merged session, the history, the unconfirmed items and the pending audio
        (:meth:`~.carry.Carry.plan`); then the sends queued meanwhile, except those the
        plan already sent. That first event is delivered next (``stashed``).
        """
        reconnector = self.reconnector
        carry = reconnector.carry
        first: str | bytes | None = None
        forked = False
        if reconnector.rejoins:
            # A sideband back on its call: the same session, which says nothing on a join
            # (no session.created, as the real API shows), so nothing is awaited or judged.
            same = True
        elif carry.starts:
            # A session the client starts: a new one (forked or started again), silent until
            # its start.
            same = False
            forked = carry.target(reconnector.url) != reconnector.url
        else:
            received: str | bytes = yield Receive(transport, FIRST_EVENT_TIMEOUT)
            first = received
            same = self._same_session(received)
        items = before.pending_texts()[0] if carry.tracks_items else []
        answering = [batch for batch in self.answering if batch.generation == self.generation]
        plan = carry.plan(
            same_session=same,
            unconfirmed=items,
            queued=reconnector.queued_texts(),
            running=[call_id for batch in answering for call_id in batch.call_ids],
        )
        texts = plan.texts
        if carry.starts:  # the start first, its session.started (or error) read, then the rest
            yield Send(transport, texts[0])
            first = yield Receive(transport, FIRST_EVENT_TIMEOUT)
            texts = texts[1:]
        for text in texts:
            yield Send(transport, text)
            self.unconfirmed.sent_text(text)  # unconfirmed on the new connection, in turn
        replayed = Counter(plan.replayed)
        self.given = frozenset(plan.carried_ids).union(plan.resent) - {""}
        flushed = 0
        while (queued := reconnector.next_queued()) is not None:
            text = queued
            if replayed[text] > 0:  # an unconfirmed item or pending audio: sent above
                replayed[text] -= 1
                continue
            if self.given_again(text):  # an item the plan gave (its write met the drop)
                continue
            text = carry.flushed(text)
            try:
                yield Send(transport, text)
            except BaseException:
                reconnector.requeue_front(queued)
                raise
            self.unconfirmed.sent_text(text)
            flushed += 1
        self.transport = transport
        self.stashed = first
        reconnector.count += 1
        # Judged on the new connection's first event (same session or a new one).
        # What the lost connection never confirmed is reported with a lost response (the
        # items and audio among it were given to a new session, unless carry="session").
        carried = not same and reconnector.carry.tracks_items
        # Tool calls carried into the new session are answered there: their follow-ups are
        # owed by the new connection, not lost with the old one.
        kept = {*plan.carried_ids, *plan.resent}  # resent: a call the last session never confirmed
        if first is not None:
            moving = 0
            for batch in answering:
                batch.moving = bool(kept) and batch.item_ids <= kept
                moving += batch.moving
            self.reconnected = Owed(
                dict(self.owed.started),
                max(0, self.owed.asked - moving),
                code,
                before,
                carried=carried,
            )
            self.owed = Owed({}, moving)
        # else: rejoined, there is no first event to judge; what was owed is still owed.
        self.expiring = None
        reconnector.carry.forget_session()
        self._schedule_rollover()
        return ReconnectedEvent(
            attempt,
            code,
            reconnector.url,
            plan.session_restored,
            flushed,
            reason=reason,
            same_session=same,
            carried_ids=plan.carried_ids,
            resent=plan.resent,
            audio_bytes=plan.audio_bytes,
            session_id=self._session_of(first) if carry.starts else None,
            forked=forked,
            carried_input=carry.given_input(),
            carried="conversation" if same else carry.carries,
        )

    def _session_of(self, first: str | bytes | None) -> str | None:
        """The new session's id, from its first event (its protocol's ``started``)."""
        try:
            event, data = self.decode(first) if first is not None else (None, None)
        except Exception:  # delivered next, and reported then
            return None
        if event is None:
            return None
        if data is None:
            data = to_payload(event, lenient=True)
        return _field(data, "session", "id") if data.get("type") == "session.started" else None

    def _same_session(self, first: str | bytes) -> bool:
        if self.session_id is None:
            return False
        try:
            event, data = self.decode(first)
        except Exception:  # judged again (and reported) when it is delivered
            return False
        if data is None:
            data = to_payload(event, lenient=True)
        return (
            data.get("type") == SESSION_CREATED and _field(data, "session", "id") == self.session_id
        )

    # -- closing -----------------------------------------------------------------------
    def ending(self) -> None:
        """The app ends the session gracefully: no move to a new session from now on (a
        rollover would start one the end never reaches); a move under way finishes first."""
        self.reconnector.closing = True

    def close(
        self,
        code: int,
        reason: str,
        within: float | None = None,
        *,
        report: bool = True,
        unsent: Iterable[str] = (),
        unconfirmed: UnconfirmedSends | None = None,
    ) -> Flow[None]:
        """Close, and stop a reconnect under way: returns once it has ended (the new
        connection it was opening closed), so nothing of it outlives the close. ``within``:
        the seconds the close may take (the socket's closing handshake and the wait for the
        reconnect to stop; ``None``: their own bounds).

        What the close leaves behind is reported, never dropped: the sends queued during a
        reconnect (never sent), and what the connection a reconnect under way lost never
        confirmed.
        ``report``: raised as :class:`~realtime_ext.UndeliveredError` once closed, else
        (an abort, which must not hide the app's own error) logged. ``unsent`` and
        ``unconfirmed``: what the caller's own wait for the session's end met (a graceful
        end cut short), reported with the rest."""
        check_close_frame(code, reason)
        deadline = deadline_of(within)
        self.app_closed = True
        self.reconnector.closing = True
        unsent = (*unsent, *self.reconnector.give_up())
        recovery = self.recovery  # kept: a receive waiting for it gets its ReconnectError
        try:
            # cuts the reconnect's backoff short
            yield Close(self.transport, code, reason, within)
            # and the new connection's first wait
            yield from self.drop_candidate(left_until(deadline))
            if recovery is not None:
                yield Join(recovery.handle, left_until(deadline))
        finally:
            for closed in self.extensions.closed:
                closed()
        books = [unconfirmed] if unconfirmed is not None else []
        if recovery is not None and recovery.lost is not None:
            books.append(recovery.lost.report())
        merged = merge_unconfirmed(books)
        if not unsent and not merged:
            return
        left = UndeliveredError(code, reason, unsent=unsent, unconfirmed=merged)
        if report:
            raise left
        logger.warning("%s", left)


def merge_unconfirmed(books: Iterable[UnconfirmedSends]) -> UnconfirmedSends:
    """The reports of several connections' unconfirmed sends as one, in order."""
    found = [book for book in books if book]
    if len(found) == 1:
        return found[0]
    return UnconfirmedSends(
        items=tuple(item for book in found for item in book.items),
        responses=tuple(item for book in found for item in book.responses),
        audio=tuple(chunk for book in found for chunk in book.audio),
        audio_dropped=sum(book.audio_dropped for book in found),
    )


def _event_kinds(kinds: Iterable[object], what: str) -> frozenset[str]:
    """The event types a wait stops at, checked: none, or one that is not a str, would
    match no event and wait until the timeout (or forever without one)."""
    found: list[str] = []
    for kind in kinds:
        if not isinstance(kind, str) or not kind:
            raise InvalidArgumentError(
                f"{what}(): an event type is a non-empty str such as 'response.done', "
                f"got {short_repr(kind)}"
            )
        found.append(kind)
    if not found:
        raise InvalidArgumentError(f"{what}() needs at least one event type to stop at")
    return frozenset(found)
