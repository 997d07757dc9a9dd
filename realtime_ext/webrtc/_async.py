"""``AsyncRealtimeCall``: a WebRTC call held from Python, and ``client.webrtc`` (``AsyncWebRTC``).

The offer goes through ``client.calls.create`` (so validation, retries, errors and the call
id are the REST client's), the answer is applied, and the ``oai-events`` data channel
carries the conversation. The conversation API itself is :class:`AsyncConversation`'s,
the same implementation the WebSocket connection uses: this module only holds the peer
(the driver's side of it: :mod:`._peer_async`) and the audio.

The asyncio call and the blocking one are one source: ``scripts/gen_sync.py`` writes the
blocking module from the asyncio one (edit the asyncio one). The blocking call's peer lives
on a private event loop thread (aiortc runs only under asyncio), so what only the asyncio
call has (``pc``, ``audio_stats()``) is marked ``# unasync: async only`` there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from realtime_ext._close_frame import check_close_frame
from realtime_ext._opening import Opening
from realtime_ext.conversation import AsyncConversation
from realtime_ext.telemetry import SessionMetrics, measure
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.voice import History
from realtime_ext.voice._extension import AsyncVoice

from ._call import AudioStats, CallRequest, CallTimings, PeerOptions, WebRTCBase, call_session_body
from ._deps import require_aiortc
from ._peer_async import AsyncAudioOutput, AsyncPeer, establish, opening

if TYPE_CHECKING:
    from realtime_ext._resources.calls_async import AsyncCalls
    from realtime_ext._results import CallAnswer


class AsyncPeerCall:
    """The WebRTC side of a call, a conversation's (:class:`AsyncRealtimeCall`) or a
    translation connection's: the peer's parts as attributes, :attr:`ended` and the repr.
    Mixed in before the conversation or session class; :meth:`_hold` takes the peer."""

    # unasync: async only
    pc: Any
    """The aiortc ``RTCPeerConnection``."""
    # unasync: end
    call_id: str
    """The call's id (``rtc_...``, from the ``Location`` header): for ``calls.hangup`` or a
    sideband ``client.connect(call_id=...)``."""
    audio_in: Any
    """The input audio track and its counters (``frames_sent``, ``bytes_sent``)."""
    audio_out: AsyncAudioOutput
    """The audio received: ``async for pcm in call.audio_out``, ``read()`` or ``record()``."""
    timings: CallTimings
    """How long the offer, the answer and the connection took."""

    if TYPE_CHECKING:  # the conversation's or the session's, after this class in the MRO

        @property
        def close_code(self) -> int | None: ...

    def _hold(self, peer: AsyncPeer) -> None:
        self._peer = peer
        self.call_id, self.timings = peer.call_id, peer.timings
        self.audio_in, self.audio_out = peer.audio_in, peer.audio_out
        # unasync: async only
        self.pc = peer.pc
        # unasync: end

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.call_id} {self._peer.state(self.ended)}>"

    @property
    def ended(self) -> bool:
        """Whether the call is over (closed here, by the other side, or dropped)."""
        return self._peer.ended or self.close_code is not None


class AsyncRealtimeCall(AsyncPeerCall, AsyncConversation):
    """A live WebRTC call: the conversation API over ``oai-events``, audio over RTP.

    Everything of :class:`~realtime_ext.conversation.AsyncConversation` works: typed sends
    (``await call.response.create()``), typed receives, handlers, server errors raised,
    the tool loop (``call.run_tools(registry)``). Plus ``call_id`` (for ``calls.hangup``
    or a sideband ``client.connect(call_id=...)``), ``timings``, ``history``, ``audio_out``
    (the model's audio), ``audio_in`` (the input track and its counters), :meth:`hangup`
    and :meth:`close`. Closing it (or leaving ``async with``) ends the call.

    Example::

        async with client.webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            await call.response.create()
            await call.run_until("output_audio_buffer.stopped", timeout=60)
            recorder.save("answer.wav")
    """

    def __init__(self, peer: AsyncPeer, calls: AsyncCalls) -> None:
        super().__init__(peer.transport, max_size=None)
        self._hold(peer)
        self._calls = calls

    voice: AsyncVoice
    """The history extension :func:`open_call` attaches (no barge-in: over WebRTC the audio
    is RTP, and the server truncates it itself)."""

    @property
    def history(self) -> History:
        """The call's conversation as it stands (transcripts, text, tool calls; no audio).

        Example::

            print(call.history.transcript())
        """
        return self.voice.history

    @property
    def metrics(self) -> SessionMetrics:
        """The figures of every response so far, as a connection's ``conn.metrics`` (audio
        timed from ``output_audio_buffer.started``); empty with ``telemetry=False``.

        Example::

            print(call.metrics[-1].time_to_first_audio_ms)
        """
        return SessionMetrics.of(self)

    # unasync: async only
    async def audio_stats(self) -> AudioStats:
        """RTP packet counts (from the peer connection's stats) and audio frame counters."""
        sent = received = 0
        if not self._peer.ended:
            report = await self.pc.getStats()
            for stats in report.values():
                if stats.type == "outbound-rtp" and stats.kind == "audio":
                    sent += stats.packetsSent
                elif stats.type == "inbound-rtp" and stats.kind == "audio":
                    received += stats.packetsReceived
        return AudioStats(
            packets_sent=sent,
            packets_received=received,
            frames_sent=self.audio_in.frames_sent,
            bytes_sent=self.audio_in.bytes_sent,
            frames_received=self.audio_out.frames,
            bytes_received=self.audio_out.bytes,
        )

    # unasync: end
    async def hangup(self) -> None:
        """End the call for both sides: ``calls.hangup(call_id)``, then :meth:`close`.

        Example::

            await call.hangup()
        """
        try:
            await self._calls.hangup(self.call_id)
        finally:
            await self.close()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the data channel and the peer connection (the API then ends the call).

        Idempotent; iteration over events and ``audio_out`` ends.

        Example::

            await call.close()
        """
        check_close_frame(code, reason or "call closed")  # refused: the call stays open
        try:
            await super().close(code, reason or "call closed")
        finally:
            await self._peer.close()


async def open_call(
    calls: AsyncCalls, options: PeerOptions, request: CallRequest
) -> AsyncRealtimeCall:
    """Make a WebRTC call and return it once ``oai-events`` is open (see ``client.webrtc``).

    Example::

        call = await open_call(client.calls, PeerOptions(base_url), CallRequest("gpt-realtime"))
    """
    require_aiortc()
    # Checked before anything goes on the wire.
    body = call_session_body(request.model, request.session)

    async def create(offer: str) -> CallAnswer:
        return await calls.create(sdp=offer, session=body, extra_headers=request.extra_headers)

    call = AsyncRealtimeCall(await establish(create, options, undo=calls.hangup), calls)
    voice = call.voice = call.add_extension(AsyncVoice(call))
    # The metrics read each response's audio from voice's count.
    measure(call, telemetry_of(calls) or True, audio_source=voice.audio_received)
    return call


class AsyncWebRTC(WebRTCBase["AsyncCalls", Opening[AsyncRealtimeCall]]):
    """``client.webrtc``: WebRTC calls from Python (needs ``realtime-ext[webrtc]``).

    Example::

        async with client.webrtc.connect(model="gpt-realtime") as call:
            await call.response.create(response={"output_modalities": ["text"]})
            done = await call.run_until("response.done", timeout=30)
    """

    def _connect(self, options: PeerOptions, request: CallRequest) -> Opening[AsyncRealtimeCall]:
        return opening(open_call, self._calls, options, request)
