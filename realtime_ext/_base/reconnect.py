"""Reconnect policy (sans-I/O): which closes are worth retrying, backoff, the hook, the queue.

The sync and async conversations share everything here; they only sleep and reopen. No
lock: the driver owns the send queue (the asyncio one runs every flow on one loop, the
blocking one steps its flows one thread at a time, ``_actions_sync.SyncActions.step``).
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from realtime_ext._clock import SYSTEM_CLOCK, Clock
from realtime_ext._config import check_count, check_headers, check_max_retries, check_seconds
from realtime_ext._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConnectionClosed,
    InvalidArgumentError,
    MessageTooLargeError,
    ReconnectError,
    SendQueueFullError,
    UnconfirmedSends,
)
from realtime_ext._redact import get_logger

from .carry import DEFAULT_CARRY_MAX_CHARS as DEFAULT_CARRY_MAX_CHARS
from .carry import DEFAULT_CARRY_MAX_ITEMS as DEFAULT_CARRY_MAX_ITEMS
from .carry import Carried, Carry, Reason

logger = get_logger("realtime_ext.conversation")

# RFC 6455 7.4.1 codes that say "try again" (the same set as openai 3.54). 1000 is a normal
# end, 1008 a policy refusal, 1009 too big, 4xxx the API's own (auth, invalid session):
# reconnecting would only repeat them.
RECOVERABLE_CLOSE_CODES = frozenset({1001, 1005, 1006, 1011, 1012, 1013, 1014, 1015})
DEFAULT_MAX_RETRIES = 5
"""Reconnect attempts after a drop (``max_retries``'s default, openai's figure)."""
DEFAULT_MAX_QUEUED_BYTES = 1_048_576
"""Bytes of sends that may wait for the new connection (``max_queued_bytes``'s default)."""
DEFAULT_RECONNECT_DELAY = 0.5
"""The first backoff, in seconds (``reconnect_delay``'s default on every entry point)."""
DEFAULT_MAX_RECONNECT_DELAY = 8.0
"""The longest backoff, in seconds (``max_reconnect_delay``'s default)."""
STABLE_SECONDS = 60.0
"""A reconnected connection that lives this long, or answers a response, gives the
conversation its whole ``max_retries`` again. Until then its attempts stay spent: a server
that accepts every connection and drops it at once would otherwise be reconnected to for
ever (each success restarting the count), and the caller never told."""
DEFAULT_MAX_SESSION_DURATION = 55 * 60.0
"""Seconds before a conversation moves to a new session at a quiet point: below the API's
60-minute cap, so the rollover comes before the server ends the session."""


def is_recoverable_close(code: int | None) -> bool:
    """Whether a close with ``code`` is worth reconnecting for.

    Example:
        >>> is_recoverable_close(1006), is_recoverable_close(1008), is_recoverable_close(4001)
        (True, False, False)
    """
    return code in RECOVERABLE_CLOSE_CODES


def close_code_of(exc: BaseException) -> int | None:
    """The close code a transport error stands for (1006 for a drop), ``None`` otherwise."""
    if isinstance(exc, APITimeoutError | MessageTooLargeError):
        return None  # the caller's own timeout, or our size limit: not a lost connection
    if isinstance(exc, ConnectionClosed):
        return exc.code
    if isinstance(exc, APIConnectionError):
        return 1006
    return None


@dataclass(frozen=True)
class ReconnectingEvent:
    """What ``on_reconnecting`` is told before each attempt (openai's fields, plus ``url``).

    ``extra_headers`` are the caller's headers only: the ``Authorization`` header is never
    shown to the hook (and headers stay out of the repr, which ends up in logs).
    """

    attempt: int
    max_attempts: int
    delay: float
    close_code: int
    url: str
    extra_headers: Mapping[str, str] = field(default_factory=lambda: {}, repr=False)


class ReconnectingOverrides(TypedDict, total=False):
    """What ``on_reconnecting`` may return to change the next attempt (or stop)."""

    url: str
    extra_query: Mapping[str, str]
    extra_headers: Mapping[str, str]
    abort: bool


@dataclass(frozen=True)
class ReconnectedEvent:
    """What ``on_reconnected`` is told once the conversation is on its new connection.

    ``reason``: ``"drop"`` (the line dropped), ``"rollover"`` (``max_session_duration``
    reached, at a quiet point) or ``"expired"`` (the server ended the session:
    ``session_expired``). ``same_session``: the new connection rejoined the same server
    session (a sideband back on its call), which kept its configuration and items, so
    nothing of them was sent again (``resent`` lists the items the lost socket sent and never
    saw confirmed, sent once more). Otherwise ``session_restored`` says whether the merged
    ``session.update`` went out, ``carried_ids`` are the history's items re-created (with
    their original ids, in order), ``resent`` the ids of items sent but never confirmed
    (sent once more), ``audio_bytes`` the input audio appended again (the user was speaking:
    appended since the last commit); ``flushed`` counts the sends queued meanwhile that went
    out. On GPT-Live, the new session's ``session_id``, whether it was ``forked`` (a stored
    session) or started again with ``carried_input``, and in ``resent`` the appends never
    acknowledged, sent again (their ``event_id``, else their type).

    ``carried`` says what the new session was given: ``"conversation"`` or
    ``"configuration"`` (one default on both APIs: the conversation).

    Example::

        def told(event: ReconnectedEvent) -> None:
            print(event.reason, event.carried, len(event.carried_ids), event.resent)
    """

    attempt: int
    close_code: int
    url: str
    session_restored: bool
    flushed: int
    reason: Reason = "drop"
    same_session: bool = False
    carried_ids: tuple[str, ...] = ()
    resent: tuple[str, ...] = ()
    audio_bytes: int = 0
    session_id: str | None = None
    """GPT-Live: the new session's id (from its ``session.started``)."""
    forked: bool = False
    """GPT-Live: the stored session was forked (it has the whole conversation)."""
    carried_input: tuple[Mapping[str, Any], ...] = ()
    """GPT-Live, an unstored session started again: the history it was given as ``input``
    (the most recent items within the API's bounds, or what ``carry=`` chose)."""
    carried: Carried = "conversation"
    """What the new session was given, the same on both APIs: ``"conversation"`` (the
    default, ``carry="history"``: the configuration and the conversation, a Realtime
    conversation's items from a voice's history or, without one, the connection's own log
    of them; a GPT-Live fork's or restart's), or ``"configuration"`` (``carry="session"``:
    the configuration only). The same server session (a sideband rejoining its call) kept
    its conversation."""

    @property
    def items_carried(self) -> int:
        """How many history items the new session got."""
        return len(self.carried_ids)


OnReconnecting = Callable[
    [ReconnectingEvent],
    "ReconnectingOverrides | Awaitable[ReconnectingOverrides | None] | None",
]
"""``on_reconnecting``: told of each attempt before it is made (a
:class:`ReconnectingEvent`), it may answer with :class:`ReconnectingOverrides` (another URL,
headers or query; ``{"abort": True}`` stops); a plain function, or (asyncio connections
only) an ``async def``."""
OnReconnected = Callable[[ReconnectedEvent], Any]
"""``on_reconnected``: told once the conversation is on its new connection (a
:class:`ReconnectedEvent`: what was carried, what was lost)."""


def with_query(url: str, extra: Mapping[str, str]) -> str:
    """``url`` with ``extra`` query parameters set (replacing same-named ones).

    Example:
        >>> with_query("ws://h/v1/realtime?model=m", {"model": "n", "x": "1"})
        'ws://h/v1/realtime?model=n&x=1'
    """
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in extra]
    query.extend(extra.items())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


class Reconnector:
    """Reconnect settings and bookkeeping for one conversation.

    ``jitter`` returns a number in [0, 1) for each backoff delay (75-100 % of the step):
    ``random.random`` unless a test passes its own for exact delays.

    Example:
        >>> r = Reconnector(url="ws://h/realtime", max_retries=3, initial_delay=0.5)
        >>> [round(a.delay / 0.5, 1) <= 2 ** (a.attempt - 1) for a in r.attempts(1006)]
        [True, True, True]
    """

    def __init__(
        self,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        on_reconnecting: OnReconnecting | None = None,
        on_reconnected: OnReconnected | None = None,
        initial_delay: float = DEFAULT_RECONNECT_DELAY,
        max_delay: float = DEFAULT_MAX_RECONNECT_DELAY,
        max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
        clock: Clock | None = None,
        jitter: Callable[[], float] = random.random,
        carry: Carry | None = None,
        max_session_duration: float | None = None,
        rejoins: bool = False,
    ) -> None:
        if max_retries is None:  # on by default, with openai's figures (5 attempts)
            max_retries = DEFAULT_MAX_RETRIES
        max_retries = check_max_retries(max_retries)
        initial = check_seconds(initial_delay, "initial_delay", zero=True, unlimited=False)
        longest = check_seconds(max_delay, "max_delay", zero=True, unlimited=False)
        queued = check_count(max_queued_bytes, "max_queued_bytes", unlimited=False)
        if on_reconnecting is not None and not callable(on_reconnecting):
            raise InvalidArgumentError("on_reconnecting must be callable")
        if on_reconnected is not None and not callable(on_reconnected):
            raise InvalidArgumentError("on_reconnected must be callable")
        if not callable(jitter):
            raise InvalidArgumentError("jitter must be callable")
        self.url: str = url
        self.extra_headers: dict[str, str] = check_headers(extra_headers, "extra_headers")
        self.max_retries = max_retries
        self.on_reconnecting = on_reconnecting
        self.on_reconnected = on_reconnected
        assert initial is not None and longest is not None and queued is not None  # unlimited=False
        self.initial_delay: float = initial
        self.max_delay: float = longest
        self.max_queued_bytes: int = queued
        self.clock: Clock = clock if clock is not None else SYSTEM_CLOCK
        """What the backoff waits on (a ``testing.ManualClock`` in tests)."""
        self.jitter = jitter
        self.rejoins: bool = bool(rejoins)
        """Each new connection rejoins the same server session (a sideband of a call, whose
        session outlives the socket): the API sends nothing on joining, so there is no
        first event to judge the new connection by."""
        self.count = 0
        self.spent: int = 0
        """Attempts made since the conversation last proved stable (:data:`STABLE_SECONDS`)."""
        self._connected_at: float | None = None
        self.closing: bool = False
        self.carry: Carry = carry if carry is not None else Carry()
        """What a new session gets (the merged session, history, unconfirmed sends, audio)."""
        self.max_session_duration: float | None = check_seconds(
            max_session_duration, "max_session_duration", unlimited=True
        )
        """Seconds before a rollover to a new session (``None``: never)."""
        self._reconnecting = False
        # Made when a send is first queued (a reconnect under way), dropped once flushed: an
        # empty deque holds 760 bytes, and a session is rarely reconnecting.
        self._queue: deque[str] | None = None
        self._queued_bytes = 0

    @property
    def enabled(self) -> bool:
        """Whether this conversation reconnects at all."""
        return self.max_retries > 0 and not self.closing

    def recovers(self, code: int) -> bool:
        """Whether a close with ``code`` is moved to a new connection (reconnect on, and the
        code one that says "try again")."""
        return self.enabled and is_recoverable_close(code)

    def should_reconnect(self, exc: BaseException) -> int | None:
        """The close code to reconnect for, or ``None`` when ``exc`` must just propagate."""
        if not self.enabled:
            return None
        code = close_code_of(exc)
        return code if is_recoverable_close(code) else None

    def delay(self, attempt: int) -> float:
        """Exponential backoff with jitter (75-100 % of the capped exponential step)."""
        base = min(self.initial_delay * 2 ** (attempt - 1), self.max_delay)
        return float(base * (0.75 + self.jitter() * 0.25))

    def attempts(self, close_code: int) -> Iterator[ReconnectingEvent]:
        """One event per attempt to make (stops early once the conversation closes).

        The caller shows each to ``on_reconnecting`` and passes its answer to :meth:`apply`.
        Attempts spent on reconnects that did not last (:data:`STABLE_SECONDS`, or a
        response answered since) count against ``max_retries``.
        """
        stable_since = self._connected_at
        if stable_since is not None and self.clock.now() - stable_since >= STABLE_SECONDS:
            self.spent = 0
        for attempt in range(self.spent + 1, self.max_retries + 1):
            if self.closing:
                return
            self.spent = attempt
            yield ReconnectingEvent(
                attempt,
                self.max_retries,
                self.delay(attempt),
                close_code,
                self.url,
                dict(self.extra_headers),
            )

    def connected(self) -> None:
        """A reconnect succeeded: its attempts stay spent until the connection proves stable."""
        self._connected_at = self.clock.now()

    def progressed(self) -> None:
        """A response was answered: the connection works, the next drop gets every attempt."""
        self.spent = 0

    def apply(self, overrides: ReconnectingOverrides | None) -> bool:
        """Take the hook's answer for the next attempt; ``False`` means stop reconnecting."""
        if not overrides:
            return True
        if overrides.get("abort"):
            return False
        self.url = overrides.get("url", self.url)
        if "extra_query" in overrides:
            self.url = with_query(self.url, overrides["extra_query"])
        if "extra_headers" in overrides:
            self.extra_headers = dict(overrides["extra_headers"])
        return True

    @staticmethod
    def fatal(exc: BaseException) -> bool:
        """A failed attempt that says "stop": the handshake was refused for good (4xx)."""
        if isinstance(exc, APIStatusError):
            return exc.status_code < 500 and exc.status_code not in (408, 429)
        return not isinstance(exc, APIConnectionError | OSError | TimeoutError)

    # -- the send queue (sends made while reconnecting) ----------------------------------
    def begin(self) -> None:
        """A reconnect starts: sends from now on are queued until it ends."""
        self._reconnecting = True

    def offer(self, text: str) -> bool:
        """Queue ``text`` if a reconnect is under way; ``False`` when it should be sent now."""
        if not self._reconnecting:
            return False
        self._enqueue(text)
        return True

    def hold(self, text: str) -> None:
        """Queue ``text`` whose send just failed on a lost (recoverable) connection."""
        self._reconnecting = True
        self._enqueue(text)

    def _enqueue(self, text: str) -> None:
        size = len(text)
        if self._queued_bytes + size > self.max_queued_bytes:
            raise SendQueueFullError(
                f"reconnecting: the send queue holds {self._queued_bytes} bytes and this "
                f"message ({size} bytes) would exceed max_queued_bytes={self.max_queued_bytes}; "
                "it was not sent"
            )
        if self._queue is None:
            self._queue = deque()
        self._queue.append(text)
        self._queued_bytes += size

    def queued_texts(self) -> tuple[str, ...]:
        """The messages waiting for a new connection, in order (not taken)."""
        return tuple(self._queue or ())

    @property
    def queued(self) -> int:
        """How many messages wait for a new connection."""
        return len(self._queue or ())

    def next_queued(self) -> str | None:
        """The next queued message to flush; clears the reconnecting flag when empty."""
        if not self._queue:
            self._queue = None
            self._reconnecting = False
            return None
        text = self._queue.popleft()
        self._queued_bytes -= len(text)
        return text

    def requeue_front(self, text: str) -> None:
        """Put back a queued message whose flush failed, first in line again."""
        if self._queue is None:
            self._queue = deque()
        self._queue.appendleft(text)
        self._queued_bytes += len(text)

    def give_up(self) -> list[str]:
        """End the reconnect: return (and forget) what was queued."""
        unsent = list(self._queue or ())
        self._queue = None
        self._queued_bytes = 0
        self._reconnecting = False
        return unsent

    def failed(
        self,
        close_code: int,
        attempts: int,
        cause: BaseException,
        unconfirmed: UnconfirmedSends | None = None,
    ) -> ReconnectError:
        """The error to raise when reconnecting ends without a connection (for good: later
        receives report the closed connection instead of trying again); ``unconfirmed``:
        what the lost connection never confirmed."""
        self.closing = True
        unsent = self.give_up()
        text = (
            f"the Realtime connection was lost (code {close_code}) and {attempts} reconnect "
            f"attempt(s) failed"
        )
        if unsent:
            text += f"; {len(unsent)} queued message(s) were not sent (see .unsent)"
        if unconfirmed:
            text += f"; {unconfirmed} (see .unconfirmed)"
        return ReconnectError(
            text,
            close_code=close_code,
            attempts=attempts,
            unsent=unsent,
            unconfirmed=unconfirmed,
        )
