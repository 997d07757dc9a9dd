"""``AsyncPeerCall``: what every WebRTC call held from Python has besides its session (a
Realtime conversation's, a GPT-Live session's, a translation's): the peer's parts as
attributes, :attr:`~AsyncPeerCall.ended` and the repr. Mixed in before the session class.

The blocking twin (``_peer_call_sync``) is generated from this one by
``scripts/gen_sync.py``: edit this one.
"""

# unasync: source

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from realtime_ext import APIConnectionError, APIError, APITimeoutError, ReconnectError

from ._audio import InputAudio
from ._call import AudioStats, CallTimings
from ._peer_async import AsyncAudioOutput, AsyncPeer, PeerTransport

__all__ = ["AsyncPeerCall", "ends_call"]

T = TypeVar("T")
P = ParamSpec("P")


class AsyncPeerCall:
    """The WebRTC side of a call, a Realtime conversation's (``AsyncRealtimeCall``), a
    GPT-Live session's (``AsyncLiveCall``) or a translation connection's: the peer's parts
    as attributes, :attr:`ended` and the repr. Mixed in before the conversation or session
    class; :meth:`_hold` takes the peer."""

    # unasync: async only
    pc: Any
    """The aiortc ``RTCPeerConnection``."""
    # unasync: end
    call_id: str
    """The call's id (``rtc_...``, from the ``Location`` header): for ``calls.hangup`` or a
    sideband ``client.connect(call_id=...)``; a new call's after a reconnect. A GPT-Live
    call's is its session's ``live_...`` id."""
    audio_in: InputAudio
    """The input audio and its counters (``frames_sent``, ``bytes_sent``, ``finished``),
    sent by each peer connection of the call in turn."""
    audio_out: AsyncAudioOutput
    """The audio received: ``async for pcm in call.audio_out``, ``read()`` or ``record()``."""
    timings: CallTimings
    """How long the offer, the answer and the connection took."""

    if TYPE_CHECKING:  # the conversation's or the session's, after this class in the MRO

        @property
        def close_code(self) -> int | None: ...

        @property
        def _moving(self) -> bool: ...

    def _hold(self, peer: AsyncPeer) -> None:
        self._peer = peer
        self.call_id, self.timings = peer.call_id, peer.timings
        self.audio_in, self.audio_out = peer.audio_in, peer.audio_out
        # unasync: async only
        self.pc = peer.pc
        # unasync: end

    async def _take_over(self, peer: AsyncPeer) -> PeerTransport:
        """Hold ``peer``, the new peer connection a reconnect made, and return its
        transport; the app closed the call meanwhile: it is closed, not kept (``APIError``)."""
        if self._peer.ended:
            await peer.close()
            raise APIError("the WebRTC call was closed while it reconnected")
        self._hold(peer)
        return peer.transport

    async def _guarded(
        self, run: Callable[[Generator[Any, Any, T]], Awaitable[T]], flow: Generator[Any, Any, T]
    ) -> T:
        """``run(flow)`` (the session's ``_run``), the peer connection closed when a
        connection error it raises ends the call (:func:`ends_call`): its audio ends with
        it, so iterating ``audio_out`` stops instead of waiting."""
        try:
            return await run(flow)
        except APIConnectionError as exc:
            if ends_call(exc, self._moving):
                with contextlib.suppress(Exception):  # the connection error is what to report
                    await self._peer.close()
            raise

    async def _then_close_peer(
        self, end: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``end(*args, **kwargs)`` (the session's own close or abort), then the peer
        connection closed, whatever the end raised."""
        try:
            return await end(*args, **kwargs)
        finally:
            await self._peer.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.call_id} {self._peer.state(self.ended)}>"

    @property
    def ended(self) -> bool:
        """Whether the call is over: closed here, hung up by the other side, or dropped and
        not to be reconnected (a call that reconnects is not over while it does)."""
        code = self.close_code
        return self._peer.ended or (code is not None and not self._reconnects(code))

    async def audio_stats(self) -> AudioStats:
        """RTP packet counts (the current peer connection's) and the audio frame counters.

        Example::

            stats = await call.audio_stats()
            print(stats.packets_received, stats.frames_received)
        """
        return await self._peer.audio_stats()

    def _reconnects(self, code: int) -> bool:
        """Whether the call moves to a new peer connection after closing with ``code``."""
        return False


def ends_call(exc: APIConnectionError, recovering: bool) -> bool:
    """Whether the connection error ``exc`` a call's receive or send raised ends the call
    (its peer connection is then closed and its audio ends with it, so iterating
    ``audio_out`` stops instead of waiting): a drop for good (no reconnect, or none could
    take the call over: ``ReconnectError``), not a receive's timeout nor one raised while a
    reconnect goes on in the background (``recovering``)."""
    if isinstance(exc, ReconnectError):
        return True
    return not (isinstance(exc, APITimeoutError) or recovering)
