"""``AsyncCalls``: ``client.calls``, WebRTC call creation (SDP offer -> answer) and SIP
call control.

``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one); the
requests and answers are :mod:`.calls`'s.

Example::

    answer = await client.calls.create(sdp=offer, session=realtime_session(model="gpt-realtime"))
    await client.calls.hangup(answer.call_id)
"""

# unasync: source

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._config import OMIT, Omit, TimeoutTypes
from .._exceptions import APIStatusError
from .._results import CallAction, CallAnswer
from .calls import (
    ACTION_POLICIES,
    RecentAccepts,
    accept_wire,
    already_in_state,
    checked_wire_async,
    hangup_wire,
    logger,
    offer_args,
    parse_answer,
    refer_wire,
    reject_wire,
)
from .shared import wire_args

if TYPE_CHECKING:
    import httpx

    from .._transport import AsyncHTTPTransport, RequestArgs
    from ..sdp import SessionDescription
    from ..session.body import BodyInput
    from .shared import Wire

__all__ = ["AsyncCalls", "act"]


async def act(
    transport: AsyncHTTPTransport,
    accepted: RecentAccepts,
    subject: str,
    action: str,
    wire: Wire,
    args: RequestArgs,
) -> httpx.Response:
    """Send a call or Live session action (accept, hangup, refer, reject); the answer.

    A repeat (a redelivered webhook, another worker, a retry whose answer was lost) that
    finds ``subject`` already where the action takes it is done, not a failure: the API's
    4xx answer is returned (the result's ``already_done``). ``accepted`` remembers what this
    client accepted, which tells its own repeat from someone else's accept.
    """
    try:
        response = await transport.request(wire.method, wire.path, **args)
    except APIStatusError as exc:
        if not already_in_state(action, exc.response, accepted_here=subject in accepted):
            raise
        outcome = "already_accepted" if action == "accept" else "already_ended"
        logger.info("call %s: %s reported as done (%s)", subject, action, outcome)
        return exc.response
    if action == "accept":
        accepted.add(subject)
    return response


class AsyncCalls:
    """Create WebRTC calls and control SIP calls.

    Example::

        answer = await client.calls.create(sdp=offer)
        await client.calls.accept("rtc_123", session=realtime_session(model="gpt-realtime"))
    """

    def __init__(self, transport: AsyncHTTPTransport) -> None:
        self._transport = transport
        # The calls this client accepted: a repeated accept of one is reported as done.
        self._accepted = RecentAccepts()

    async def create(
        self,
        *,
        sdp: str | SessionDescription,
        session: BodyInput | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> CallAnswer:
        """Send a WebRTC SDP offer; get the SDP answer and the call id.

        Raises :class:`realtime_ext.sdp.SDPError` (a ``ValueError``) for an empty or invalid
        offer before anything is sent.

        Example::

            answer = await client.calls.create(sdp=offer, session={"model": "gpt-realtime"})
            answer.sdp, answer.call_id
        """
        wire = await checked_wire_async(sdp, session)
        args = offer_args(wire, extra_headers, timeout, max_retries)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse_answer(response)

    async def _action(
        self,
        call_id: str,
        action: str,
        wire: Wire,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | Omit,
        max_retries: int | Omit,
    ) -> CallAction:
        args = wire_args(wire, extra_headers, timeout, max_retries, policy=ACTION_POLICIES[action])
        response = await act(self._transport, self._accepted, call_id, action, wire, args)
        return CallAction(call_id=call_id, action=action, response=response)

    async def accept(
        self,
        call_id: str,
        *,
        session: BodyInput | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> CallAction:
        """Accept an incoming SIP call with the session that will answer it.

        Example::

            await client.calls.accept("rtc_123", session=realtime_session(instructions="Hi!"))
        """
        wire = accept_wire(call_id, session, extra_body)
        return await self._action(call_id, "accept", wire, extra_headers, timeout, max_retries)

    async def hangup(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> CallAction:
        """End a call (WebRTC or SIP).

        Example::

            await client.calls.hangup("rtc_123")
        """
        wire = hangup_wire(call_id)
        return await self._action(call_id, "hangup", wire, extra_headers, timeout, max_retries)

    async def refer(
        self,
        call_id: str,
        *,
        target_uri: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> CallAction:
        """Transfer a SIP call to a ``tel:`` or ``sip:``/``sips:`` URI.

        Example::

            await client.calls.refer("rtc_123", target_uri="tel:+14155550123")
        """
        wire = refer_wire(call_id, target_uri)
        return await self._action(call_id, "refer", wire, extra_headers, timeout, max_retries)

    async def reject(
        self,
        call_id: str,
        *,
        status_code: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> CallAction:
        """Decline an incoming SIP call with a SIP status (the server's default is 603).

        Example::

            await client.calls.reject("rtc_123", status_code=486)  # Busy Here
        """
        wire = reject_wire(call_id, status_code)
        return await self._action(call_id, "reject", wire, extra_headers, timeout, max_retries)
