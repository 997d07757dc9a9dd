"""How many WebSocket opening handshakes an event loop runs at once (the connect storm).

Opening a session is a burst of work on the event loop (the TCP connect, TLS, the HTTP
upgrade, its first frames). A worker that restarts, or a campaign that starts, opens
hundreds at one instant: unbounded, their steps crowd the loop and every session already
running waits behind them. The asyncio opens (a connection's, a GPT-Live or translation
session's, and each reconnect's) take a turn here: at most :data:`DEFAULT_MAX_HANDSHAKES`
opens run at once per event loop, the others wait (that wait is not part of
``open_timeout``, which bounds the handshake itself). A Realtime or translation
connection's turn covers its whole open, not only the socket's handshake: the credentials
asked for, the options made, the connection built around the socket. Before, each open of
a storm did that work before it waited for its turn, all of them in the same turn of the
loop (500 opens at once: a 38 ms stall in which no running session was served, 29 ms with
it under the turn; most of the rest is each ``aconnect(...)`` call's own argument checks,
about 40 µs, made where the app calls it). A GPT-Live open's turn is its socket's
handshake only: the open goes on to wait for ``session.started``, which must not hold a
turn. Blocking connections each open on their own thread and are not bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncGenerator

from realtime_ext._exceptions import InvalidArgumentError

__all__ = ["DEFAULT_MAX_HANDSHAKES", "handshake_turn", "limit_handshakes"]

DEFAULT_MAX_HANDSHAKES = 16
"""WebSocket opening handshakes in flight at once per event loop, by default: a storm of 500
opens in about 500 / 16 loop turns of handshakes, while the sessions already running keep
their latency."""

_limit: int | None = DEFAULT_MAX_HANDSHAKES
_holders: weakref.WeakSet[asyncio.Task[object]] = weakref.WeakSet()
"""The tasks whose open holds a turn now: the socket's own open, inside it, takes no second
one (two per open would let a full loop's opens wait on each other for ever). By task, not
a context variable: a task the open starts (a keepalive, a background flow) would inherit
the variable, and its reconnects would then take no turn."""
_turns: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def limit_handshakes(limit: int | None) -> None:
    """Let at most ``limit`` WebSocket opening handshakes run at once on each event loop
    (``None``: no bound); the default is :data:`DEFAULT_MAX_HANDSHAKES`. Opens already
    waiting keep the bound they waited under.

    Example:
        >>> from realtime_ext.connection import DEFAULT_MAX_HANDSHAKES, limit_handshakes
        >>> limit_handshakes(64)  # a worker that opens many sessions at once, on fast links
        >>> limit_handshakes(DEFAULT_MAX_HANDSHAKES)
    """
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise InvalidArgumentError(
            f"the handshake limit must be an int >= 1 or None, got {limit!r}"
        )
    global _limit
    _limit = limit
    _turns.clear()


@contextlib.asynccontextmanager
async def handshake_turn() -> AsyncGenerator[None]:
    """Hold one of the running loop's handshake turns for the block (waiting for one first);
    within a block that holds one already, take none."""
    task = asyncio.current_task()
    if _limit is None or task is None or task in _holders:
        yield
        return
    loop = asyncio.get_running_loop()
    turn = _turns.get(loop)
    if turn is None:
        turn = _turns[loop] = asyncio.Semaphore(_limit)
    async with turn:
        _holders.add(task)
        try:
            yield
        finally:
            _holders.discard(task)
