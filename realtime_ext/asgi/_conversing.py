"""How a ``CallRunner`` follows one call's sideband until the call is over: the caller
left (the sideband closed), or the reply after ``hang_up()`` (the goodbye) was said.

What ends a reply is the session kind's (the sideband's ``protocol``): an event
(``reply_end``: the Realtime API's ``response.done``), or, for a kind with no turns whose
model speaks on a timeline (``start_ms``/``end_ms``, which the sideband's output audio and
transcripts carry: GPT-Live), the model's first pause once it spoke after ``hang_up()``.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from realtime_ext import OpenAIError
from realtime_ext.conversation import SessionKind
from realtime_ext.provider import get_logger

from ._call import Progress, RunningCall

__all__ = ["GOODBYE_PAUSE_MS", "GOODBYE_SECONDS", "converse"]

GOODBYE_SECONDS = 15.0
"""Seconds the reply that follows ``hang_up()`` (the goodbye) gets before the call ends."""
GOODBYE_PAUSE_MS = 1000
"""Milliseconds of a session's timeline without the model's words that end its goodbye, on
a kind with no end-of-reply event (GPT-Live)."""

_logger = get_logger("realtime_ext.asgi")


class Sideband(Protocol):
    """What the loop needs of a sideband (a Realtime or a GPT-Live connection)."""

    @property
    def protocol(self) -> SessionKind: ...

    async def recv(self, timeout: float | None = None) -> Any: ...

    async def dispatch(self, event: object) -> int: ...


def _noted(progress: Progress, event: Any, kind: SessionKind) -> bool:
    """Note what ``event`` says of the call's progress; whether a reply ended (a kind with
    an end-of-reply event) or a fragment of the model's words arrived (a timeline's)."""
    if kind.reply_end is not None:
        return bool(event.type == kind.reply_end)
    end = getattr(event, "end_ms", None)
    if isinstance(end, int):  # the timeline moved (output audio, transcripts)
        progress.now_ms = max(progress.now_ms, end)
        if event.type == kind.words_out:
            progress.said_until_ms = end
            return True
    return False


def _goodbye_said(progress: Progress, kind: SessionKind) -> bool:
    after = progress.hang_up_after
    if after is None or progress.replies <= after:
        return False
    return (
        kind.reply_end is not None or progress.now_ms - progress.said_until_ms >= GOODBYE_PAUSE_MS
    )


async def converse(call: RunningCall, progress: Progress, conn: Sideband) -> None:
    """Receive and dispatch ``conn``'s events (to the app's handlers) until the call is over."""
    loop = asyncio.get_running_loop()
    kind = conn.protocol
    goodbye_by: float | None = None
    while True:
        if goodbye_by is None and call.hanging_up:
            goodbye_by = loop.time() + GOODBYE_SECONDS
        left = None if goodbye_by is None else max(0.0, goodbye_by - loop.time())
        try:
            event = await conn.recv(left)
        except OpenAIError as exc:  # closed (the caller left), dropped, or goodbye timed out
            if not call.hanging_up:
                _logger.info("call %s: the sideband ended (%s)", call.call_id, exc)
            return
        if _noted(progress, event, kind):
            progress.replies += 1  # first: hang_up() in its handler waits for the next
        try:
            await conn.dispatch(event)  # the app's handlers (on_start registered them)
        except Exception:
            # The app's bug, not the caller's: logged, and the call goes on.
            _logger.exception("call %s: a handler of %s failed", call.call_id, event.type)
        if event.type == "session.closed":
            return  # GPT-Live: the call is over (the caller hung up, or it expired)
        if _goodbye_said(progress, kind):
            return  # the reply that followed hang_up() is done: the goodbye was said
