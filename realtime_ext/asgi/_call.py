"""``RunningCall``: one call a ``CallRunner`` answered (on either API), and
``current_call()``, the call whose tool is running now."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Awaitable, Callable

from realtime_ext.conversation import AsyncLiveConnection

from ..connection import AsyncRealtimeConnection
from ._answer_on import CallApi, IncomingCall, api_of

__all__ = ["RunningCall", "current_call"]


def current_call() -> RunningCall:
    """The call whose tool is running now (inside a :class:`CallRunner`'s tools only).

    Raises ``LookupError`` outside them.

    Example::

        @tools.register
        def end_call() -> str:
            '''Hang up once the goodbye is said.'''
            current_call().hang_up()
            return "Say goodbye."
    """
    try:
        return _current.get()
    except LookupError:
        raise LookupError(
            "current_call() is only known inside a tool that a CallRunner runs for a call"
        ) from None


class Progress:
    """What the runner tracks of one call, shared with its :class:`RunningCall`."""

    __slots__ = ("ended", "hang_up_after", "now_ms", "referred", "replies", "said_until_ms")

    def __init__(self) -> None:
        # Replies seen: Realtime's response.done events; on GPT-Live, which has no turns,
        # the model's transcript fragments (session.output_transcript.delta).
        self.replies: int = 0
        self.hang_up_after: int | None = None  # end the call at the first reply past this count
        self.referred: bool = False  # transferred: the call is the target's, not hung up
        self.ended: asyncio.Event = asyncio.Event()
        # GPT-Live's timeline (milliseconds from the session's start): how far it has gone,
        # and where the model's latest words end.
        self.now_ms: int = 0
        self.said_until_ms: int = 0


Refer = Callable[[str], Awaitable[object]]
"""The API's refer of one call, given the target URI."""


class RunningCall:
    """One call a :class:`CallRunner` answered: its event, its API, its sideband, its end.

    Example::

        call = current_call()
        call.call_id, call.api, call.event.caller
        call.hang_up()  # after the reply that follows
    """

    def __init__(self, event: IncomingCall, progress: Progress, refer: Refer) -> None:
        self.event: IncomingCall = event
        """The webhook event that announced the call on the API that answered it
        (``realtime.call.incoming``, or GPT-Live's ``live.transport.incoming``)."""
        self.connection: AsyncRealtimeConnection | None = None
        """A Realtime call's sideband (``client.connect(call_id=...)``), once open."""
        self.live_connection: AsyncLiveConnection | None = None
        """A GPT-Live call's sideband (``client.live.sideband.connect(session_id=...)``),
        once open."""
        self._progress = progress
        self._refer = refer

    @property
    def api(self) -> CallApi:
        """The API that answered the call: ``"realtime"`` or ``"live"``."""
        return api_of(self.event)

    @property
    def call_id(self) -> str:
        """The call's id on its API: ``rtc_...`` (Realtime) or ``live_...`` (GPT-Live)."""
        return self.event.subject_id

    @property
    def hanging_up(self) -> bool:
        """True once :meth:`hang_up` (or :meth:`refer`) was asked for."""
        return self._progress.hang_up_after is not None

    def hang_up(self) -> None:
        """End the call once the reply that follows is done (the model's goodbye, after the
        tool output; at most ``GOODBYE_SECONDS``), then hang up. On GPT-Live, which has no
        turns, the goodbye is done at the model's first pause (``GOODBYE_PAUSE_MS`` of
        the session's timeline without its words) once it has spoken again.

        Example::

            current_call().hang_up()
        """
        progress = self._progress
        if progress.hang_up_after is None:
            progress.hang_up_after = progress.replies

    async def refer(self, target_uri: str) -> None:
        """Transfer the call to ``target_uri`` (``tel:`` or ``sip:``/``sips:``) now, through
        the API that answered it (``client.calls.refer`` or ``client.live.sessions.refer``);
        the runner then leaves the call once the reply that follows is done, without
        hanging it up (it is the target's now). A bad URI raises ``InvalidArgumentError``
        before anything is sent; a refused transfer raises the API's error and the call
        goes on.

        Example::

            @tools.register
            async def transfer_to_sales() -> str:
                '''Put the caller through to the sales team.'''
                await current_call().refer("tel:+14155550123")
                return "Tell the caller they are being transferred."
        """
        await self._refer(target_uri)
        self._progress.referred = True
        self.hang_up()

    async def ended(self) -> None:
        """Wait until the call has ended and been hung up (or transferred).

        Example::

            await call.ended()
        """
        await self._progress.ended.wait()

    def __repr__(self) -> str:
        return (
            f"RunningCall(call_id={self.call_id!r}, api={self.api!r}, hanging_up={self.hanging_up})"
        )


_current: contextvars.ContextVar[RunningCall] = contextvars.ContextVar("realtime_ext_call")


def set_current(call: RunningCall) -> None:
    """Make ``call`` the current task's call (its tools, tasks and threads see it)."""
    _current.set(call)
