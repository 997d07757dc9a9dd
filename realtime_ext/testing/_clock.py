"""``ManualClock``: a clock that moves only when the test says so."""

from __future__ import annotations

import asyncio
import math
import threading
from dataclasses import dataclass, field

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import Clock, check_count, check_seconds, short_repr

POLL = 0.01  # how often a blocked sleeper looks at its ``until`` event (real seconds)


@dataclass
class _Sleeper:
    deadline: float
    woken: threading.Event = field(default_factory=threading.Event)
    loop: asyncio.AbstractEventLoop | None = None
    future: asyncio.Future[None] | None = None

    def wake(self) -> None:
        self.woken.set()
        if self.loop is not None and self.future is not None:
            self.loop.call_soon_threadsafe(self._resolve, self.future)

    @staticmethod
    def _resolve(future: asyncio.Future[None]) -> None:
        if not future.done():
            future.set_result(None)


class ManualClock(Clock):
    """A :class:`~realtime_ext._clock.Clock` for tests: time stands still until
    :meth:`advance`; every wait is recorded in :attr:`sleeps`.

    Pass it as ``clock=`` to ``connect``/``aconnect``/the clients; then ``wait_for_sleepers``
    (the code under test reached a wait) and ``advance`` (let it go on) replace sleeping in
    the test. Waits from any thread or event loop. With ``advance_on_sleep=True`` every wait
    returns at once and moves time on by its length (for retry backoffs).

    Example:
        >>> clock = ManualClock()
        >>> import threading
        >>> t = threading.Thread(target=clock.sleep, args=(5.0,)); t.start()
        >>> clock.wait_for_sleepers(1)
        >>> clock.advance(5.0); t.join(); clock.sleeps
        [5.0]
    """

    def __init__(self, start: float = 0.0, *, advance_on_sleep: bool = False) -> None:
        self._now = start
        self.advance_on_sleep = advance_on_sleep
        """Every wait moves time on by its length and returns at once (retry tests)."""
        self._cond = threading.Condition()
        self._sleepers: list[_Sleeper] = []
        self.sleeps: list[float] = []
        """Every wait asked for, in seconds, in order."""

    def now(self) -> float:
        with self._cond:
            return self._now

    def _register(self, seconds: float, sleeper: _Sleeper) -> bool:
        # A NaN or a string would never be due: that wait would hang its test. A wait of 0
        # or less returns at once, as the system clock's does.
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds != seconds:
            raise InvalidArgumentError(f"seconds must be a number, got {short_repr(seconds)}")
        with self._cond:
            self.sleeps.append(seconds)
            if self.advance_on_sleep:
                self._now += max(seconds, 0.0)
            if seconds <= 0 or self.advance_on_sleep:
                return False
            sleeper.deadline = self._now + seconds
            self._sleepers.append(sleeper)
            self._cond.notify_all()
            return True

    def _forget(self, sleeper: _Sleeper) -> None:
        with self._cond:
            if sleeper in self._sleepers:
                self._sleepers.remove(sleeper)
            self._cond.notify_all()

    def sleep(self, seconds: float, *, until: threading.Event | None = None) -> bool:
        sleeper = _Sleeper(0.0)
        if not self._register(seconds, sleeper):
            return False
        try:
            while not sleeper.woken.wait(POLL):
                if until is not None and until.is_set():
                    return True
            return False
        finally:
            self._forget(sleeper)

    async def asleep(self, seconds: float, *, until: asyncio.Event | None = None) -> bool:
        loop = asyncio.get_running_loop()
        sleeper = _Sleeper(0.0, loop=loop, future=loop.create_future())
        if not self._register(seconds, sleeper):
            return False
        assert sleeper.future is not None
        stopped = loop.create_task(until.wait()) if until is not None else None
        try:
            waits: set[asyncio.Future[object]] = {sleeper.future}  # type: ignore[arg-type]
            if stopped is not None:
                waits.add(stopped)  # type: ignore[arg-type]
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            return until is not None and until.is_set() and not sleeper.woken.is_set()
        finally:
            if stopped is not None:
                stopped.cancel()
            self._forget(sleeper)

    def advance(self, seconds: float) -> None:
        """Move time on by ``seconds``; wakes every wait that is due."""
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not 0 <= seconds < math.inf  # time goes forward, by a finite step
        ):
            raise InvalidArgumentError(
                f"advance() takes a finite number of seconds >= 0, got {short_repr(seconds)}"
            )
        with self._cond:
            self._now += seconds
            due = [s for s in self._sleepers if s.deadline <= self._now]
            self._sleepers = [s for s in self._sleepers if s.deadline > self._now]
        for sleeper in due:
            sleeper.wake()

    @property
    def sleepers(self) -> int:
        """How many waits are pending now."""
        with self._cond:
            return len(self._sleepers)

    def wait_for_sleepers(self, count: int = 1, timeout: float = 10.0) -> None:
        """Block (real time) until ``count`` waits are pending; ``TimeoutError`` otherwise."""
        check_count(count, "count", unlimited=False)
        limit = check_seconds(timeout, "timeout", unlimited=False)  # a test must not hang
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._sleepers) >= count, limit):
                raise TimeoutError(f"{len(self._sleepers)} of {count} expected waits pending")
