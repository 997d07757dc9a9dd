"""How many WebSocket opening handshakes an event loop runs at once (the connect storm).

Opening a session is a burst of work on the event loop (the TCP connect, TLS, the HTTP
upgrade, its first frames). A worker that restarts, or a campaign that starts, opens
hundreds at one instant: unbounded, their steps crowd the loop and every session already
running waits behind them. The asyncio opens (a connection's, a GPT-Live or translation
session's, and each reconnect's) take a turn here: at most :data:`DEFAULT_MAX_HANDSHAKES`
handshakes run at once per event loop, the others wait (that wait is not part of
``open_timeout``, which bounds the handshake itself). Blocking connections each open on
their own thread and are not bounded.
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
    """Hold one of the running loop's handshake turns for the block (waiting for one first)."""
    if _limit is None:
        yield
        return
    loop = asyncio.get_running_loop()
    turn = _turns.get(loop)
    if turn is None:
        turn = _turns[loop] = asyncio.Semaphore(_limit)
    async with turn:
        yield
