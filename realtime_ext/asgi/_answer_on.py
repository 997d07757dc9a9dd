"""Which API answers an incoming SIP call: ``CallRunner``'s ``answer_on`` choice.

One SIP call is announced twice, by the Realtime API (``realtime.call.incoming``, an
``rtc_…`` call id) and by GPT-Live (``live.transport.incoming``, a ``live_…`` session id),
and the first accept on either API claims it. The app chooses per call; the runner accepts
only the announcement of the chosen API and acknowledges the other.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Literal, TypeAlias, get_args

from realtime_ext import InvalidArgumentError
from realtime_ext.webhooks import IncomingCall, RealtimeCallIncomingEvent

__all__ = [
    "AnswerOn",
    "CallApi",
    "IncomingCall",
    "api_of",
    "check_answer_on",
    "choose",
]

CallApi: TypeAlias = Literal["realtime", "live"]
"""The API a call is answered on: ``"realtime"`` (``client.calls``, the sideband
``client.connect(call_id=...)``) or ``"live"`` (``client.live.sessions``, the sideband
``client.live.sideband.connect(session_id=...)``)."""

AnswerOn: TypeAlias = CallApi | Callable[[IncomingCall], CallApi | Awaitable[CallApi]]
"""``"realtime"``, ``"live"``, or a function (plain or ``async``) of the incoming call
returning one of them."""

_APIS: tuple[str, ...] = get_args(CallApi)


def api_of(event: IncomingCall) -> CallApi:
    """The API that announced ``event`` (and would answer it)."""
    return "realtime" if isinstance(event, RealtimeCallIncomingEvent) else "live"


def check_answer_on(answer_on: object, *, realtime: bool, live: bool) -> AnswerOn:
    """``answer_on`` checked (``realtime``, ``live``: a session was given for that API); its
    default (``None``) is the API given a session for (Realtime when none was)."""
    if answer_on is None:
        if realtime and live:
            raise InvalidArgumentError(
                "session= and live_session= are both given: say which API answers with "
                "answer_on= ('realtime', 'live' or a function of the incoming call)"
            )
        return "live" if live else "realtime"
    if isinstance(answer_on, str):
        if answer_on not in _APIS:
            raise InvalidArgumentError(
                f"answer_on must be 'realtime', 'live' or a function of the incoming call, "
                f"got {answer_on!r}"
            )
    elif not callable(answer_on):
        raise InvalidArgumentError(
            "answer_on must be 'realtime', 'live' or a function of the incoming call, "
            f"got {type(answer_on).__name__}"
        )
    if answer_on != "realtime" and not live:
        raise InvalidArgumentError(
            "answer_on may choose GPT-Live: give live_session= too (the session a Live call "
            "is accepted with; its model is required)"
        )
    # A session the choice never uses would look like a setting that is not there.
    if answer_on == "live" and realtime:
        raise InvalidArgumentError("session= is never used with answer_on='live': leave it out")
    if answer_on == "realtime" and live:
        raise InvalidArgumentError(
            "live_session= is never used with answer_on='realtime': leave it out"
        )
    return answer_on  # type: ignore[return-value]  # a str among _APIS, or a callable


async def choose(answer_on: AnswerOn, event: IncomingCall) -> CallApi:
    """The API ``answer_on`` chooses for ``event``'s call."""
    if not callable(answer_on):
        return answer_on
    chosen = answer_on(event)
    if inspect.isawaitable(chosen):
        chosen = await chosen
    if chosen not in _APIS:
        raise InvalidArgumentError(
            f"answer_on returned {chosen!r} for {event.type}: it must return 'realtime' or 'live'"
        )
    return chosen
