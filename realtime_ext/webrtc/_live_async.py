"""``AsyncLiveCall``: a GPT-Live WebRTC call held from Python
(``AsyncWebRTC(client).connect_live``).

The offer goes to ``POST /live/sessions`` through ``client.live.create`` (so the session is
checked, the request never repeated and the errors the REST client's), the answer is
applied, and the ``oai-events`` data channel carries the session's events, decoded as
GPT-Live events by the one GPT-Live connection class configured for a data channel
(:data:`~realtime_ext.conversation.LIVE_WEBRTC`): ``session.started`` comes first, unasked
(the create started the session), the model's and the caller's audio are RTP, and what a
channel takes (commentary, thinking, instructions, delegation answers, ``session.close``)
is sent with the same typed sends as on a socket. The trusted server's side of the call is a
sideband on the same session: ``client.live.sideband.connect(session_id=call.session_id)``.

A call is not moved to a new peer connection when its own fails: a GPT-Live session is
continued elsewhere by ``client.live.sessions.fork`` (a stored one) or started again.

The asyncio call and the blocking one (its peer on a private event loop thread) are one
source: ``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit the
asyncio one).
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from realtime_ext import CallAnswer
from realtime_ext._exceptions import APIConnectionError, APITimeoutError
from realtime_ext._resources.live import create_wire
from realtime_ext.conversation import (
    DEFAULT_LIVE_CLOSE_TIMEOUT,
    DEFAULT_TOOL_TIMEOUT,
    LIVE_WEBRTC,
    AsyncLiveConnection,
    ToolHandler,
)
from realtime_ext.sdp import sample_offer

from ._call import PeerOptions
from ._deps import require_aiortc
from ._peer_async import AsyncPeer, establish
from ._peer_call_async import AsyncPeerCall

if TYPE_CHECKING:
    from realtime_ext._resources.live_async import AsyncLive
    from realtime_generated.models import LiveSessionClosedEvent

__all__ = ["AsyncLiveCall", "LiveCallRequest", "open_live_call"]

T = TypeVar("T")


@dataclass(frozen=True)
class LiveCallRequest:
    """What a Live call's ``POST /live/sessions`` carries besides the offer: the session as
    ``client.live.create`` takes it (its keyword fields, or openai's ``session=``; checked
    there, before the offer is sent), and what answers the session's delegations."""

    fields: Mapping[str, Any] = field(default_factory=dict[str, Any])
    session: Mapping[str, Any] | None = None
    extra_headers: Mapping[str, str] | None = None
    tools: ToolHandler | None = None
    tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT


class AsyncLiveCall(AsyncPeerCall, AsyncLiveConnection):
    """A GPT-Live WebRTC call: the session's events on ``oai-events``, audio over RTP.

    Everything of :class:`~realtime_ext.conversation.AsyncLiveConnection` works on the data
    channel: typed GPT-Live events that narrow on ``event.type``, ``run_until``, handlers,
    server errors raised, the typed sends a channel takes (``await call.commentary(text)``,
    ``call.thinking``, ``call.instructions``, ``call.response.create()``), the delegation loop
    (``call.run_tools(registry)``). Plus ``session_id`` (the ``live_...`` id: for
    ``client.live.sideband.connect`` and ``client.live.sessions``), ``audio_in`` (what the
    model hears), ``audio_out`` (what it says), ``timings``, :meth:`hangup` and :meth:`close`.

    Example::

        webrtc = AsyncWebRTC(client)
        async with webrtc.connect_live(model="gpt-live-1", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            await call.run_until("session.output_transcript.done", timeout=60)
            recorder.save("answer.wav")
    """

    def __init__(self, peer: AsyncPeer, live: AsyncLive) -> None:
        super().__init__(peer.transport, protocol=LIVE_WEBRTC, url=f"webrtc:{peer.call_id}")
        self._hold(peer)
        self._live = live

    @property
    def session_id(self) -> str:
        """The session's ``live_...`` id (from the create's answer): a sideband attaches with
        it (``client.live.sideband.connect(session_id=call.session_id)``)."""
        return self.call_id

    async def _run(self, flow: Generator[Any, Any, T]) -> T:
        try:
            return await super()._run(flow)
        except APIConnectionError as exc:
            # A dropped call is over (it is not moved to a new peer connection): its peer
            # connection is closed and its audio ends with it, so iterating audio_out stops
            # instead of waiting. A receive's timeout leaves it be.
            if not isinstance(exc, APITimeoutError):
                with contextlib.suppress(Exception):  # the connection error is what to report
                    await self._peer.close()
            raise

    async def hangup(self) -> None:
        """End the session for every side (``client.live.sessions.hangup``), then close the
        peer connection here.

        Example::

            await call.hangup()
        """
        try:
            await self._live.sessions.hangup(self.call_id)
        finally:
            await self.abort()

    async def close(
        self, *, timeout: float | None = DEFAULT_LIVE_CLOSE_TIMEOUT
    ) -> LiveSessionClosedEvent | None:
        """End the session gracefully: ``session.close`` on the data channel, what the
        server still sends until ``session.closed`` (returned), then the peer connection is
        closed. Idempotent.

        Example::

            closed = await call.close()
        """
        try:
            return await super().close(timeout=timeout)
        finally:
            await self._peer.close()

    async def abort(self, code: int = 1000, reason: str = "") -> None:
        """End the call now, without ``session.close`` (the API ends a session whose peer
        connection closes).

        Example::

            await call.abort()
        """
        try:
            await super().abort(code, reason)
        finally:
            await self._peer.close()


async def open_live_call(
    live: AsyncLive, options: PeerOptions, request: LiveCallRequest
) -> AsyncLiveCall:
    """Make a GPT-Live WebRTC call and return it once ``session.started`` has come on
    ``oai-events`` (see ``AsyncWebRTC(client).connect_live``).

    Example::

        call = await open_live_call(
            client.live, PeerOptions(base_url), LiveCallRequest({"model": "gpt-live-1"})
        )
    """
    require_aiortc()
    # The session is checked before the peer is made and anything goes out (ICE gathering
    # may reach a STUN server): as it will be posted, with a stand-in for the offer, which
    # is checked when it is.
    create_wire(sample_offer(), None, request.session, request.fields, None)

    async def create(offer: str) -> CallAnswer:
        answer = await live.create(
            sdp=offer,
            session=request.session,
            extra_headers=request.extra_headers,
            **request.fields,
        )
        return CallAnswer(sdp=answer.sdp, call_id=answer.session_id, response=answer.response)

    peer = await establish(create, options, undo=live.sessions.hangup)
    call = AsyncLiveCall(peer, live)
    try:
        await call.run_until("session.started", timeout=options.connect_timeout)
        if request.tools is not None:  # delegations are answered from the first one on
            call.run_tools(request.tools, timeout=request.tool_timeout)
    except BaseException:
        await call.abort()
        raise
    return call
