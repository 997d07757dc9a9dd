# generated from realtime_ext/webrtc/_async.py by scripts/gen_sync.py; do not edit
"""``RealtimeCall``: a WebRTC call held from Python, and ``client.webrtc`` (``WebRTC``).

The offer goes through ``client.calls.create`` (so validation, retries, errors and the call
id are the REST client's), the answer is applied, and the ``oai-events`` data channel
carries the conversation. The conversation API itself is :class:`Conversation`'s,
the same implementation the WebSocket connection uses: this module only holds the peer
(the driver's side of it: :mod:`._peer_sync`) and the audio.

The asyncio call and the blocking one are one source: ``scripts/gen_sync.py`` writes the
blocking module from the asyncio one (edit the asyncio one). The blocking call's peer lives
on a private event loop thread (aiortc runs only under asyncio), so what only the asyncio
call has (``pc``, ``audio_stats()``) is marked ``# unasync: async only`` there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from realtime_ext._close_frame import check_close_frame
from realtime_ext.conversation import Conversation
from realtime_ext.telemetry import SessionMetrics, measure
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.voice import History
from realtime_ext.voice._extension import Voice

from ._call import CallRequest, CallTimings, PeerOptions, WebRTCBase, call_session_body
from ._deps import require_aiortc
from ._peer_sync import SyncAudioOutput, SyncPeer, establish, opening

if TYPE_CHECKING:
    from realtime_ext._resources.calls_sync import Calls
    from realtime_ext._results import CallAnswer


class SyncPeerCall:
    """The WebRTC side of a call, a conversation's (:class:`RealtimeCall`) or a
    translation connection's: the peer's parts as attributes, :attr:`ended` and the repr.
    Mixed in before the conversation or session class; :meth:`_hold` takes the peer."""

    call_id: str
    """The call's id (``rtc_...``, from the ``Location`` header): for ``calls.hangup`` or a
    sideband ``client.connect(call_id=...)``."""
    audio_in: Any
    """The input audio track and its counters (``frames_sent``, ``bytes_sent``)."""
    audio_out: SyncAudioOutput
    """The audio received: ``for pcm in call.audio_out``, ``read()`` or ``record()``."""
    timings: CallTimings
    """How long the offer, the answer and the connection took."""

    if TYPE_CHECKING:  # the conversation's or the session's, after this class in the MRO

        @property
        def close_code(self) -> int | None: ...

    def _hold(self, peer: SyncPeer) -> None:
        self._peer = peer
        self.call_id, self.timings = peer.call_id, peer.timings
        self.audio_in, self.audio_out = peer.audio_in, peer.audio_out

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.call_id} {self._peer.state(self.ended)}>"

    @property
    def ended(self) -> bool:
        """Whether the call is over (closed here, by the other side, or dropped)."""
        return self._peer.ended or self.close_code is not None


class RealtimeCall(SyncPeerCall, Conversation):
    """A live WebRTC call: the conversation API over ``oai-events``, audio over RTP.

    Everything of :class:`~realtime_ext.conversation.Conversation` works: typed sends
    (``call.response.create()``), typed receives, handlers, server errors raised,
    the tool loop (``call.run_tools(registry)``). Plus ``call_id`` (for ``calls.hangup``
    or a sideband ``client.connect(call_id=...)``), ``timings``, ``history``, ``audio_out``
    (the model's audio), ``audio_in`` (the input track and its counters), :meth:`hangup`
    and :meth:`close`. Closing it (or leaving ``with``) ends the call.

    Example::

        with client.webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            call.response.create()
            call.run_until("output_audio_buffer.stopped", timeout=60)
            recorder.save("answer.wav")
    """

    def __init__(self, peer: SyncPeer, calls: Calls) -> None:
        super().__init__(peer.transport, max_size=None)
        self._hold(peer)
        self._calls = calls

    voice: Voice
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

    def hangup(self) -> None:
        """End the call for both sides: ``calls.hangup(call_id)``, then :meth:`close`.

        Example::

            call.hangup()
        """
        try:
            self._calls.hangup(self.call_id)
        finally:
            self.close()

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the data channel and the peer connection (the API then ends the call).

        Idempotent; iteration over events and ``audio_out`` ends.

        Example::

            call.close()
        """
        check_close_frame(code, reason or "call closed")  # refused: the call stays open
        try:
            super().close(code, reason or "call closed")
        finally:
            self._peer.close()


def open_call(calls: Calls, options: PeerOptions, request: CallRequest) -> RealtimeCall:
    """Make a WebRTC call and return it once ``oai-events`` is open (see ``client.webrtc``).

    Example::

        call = open_call(client.calls, PeerOptions(base_url), CallRequest("gpt-realtime"))
    """
    require_aiortc()
    # Checked before anything goes on the wire.
    body = call_session_body(request.model, request.session)

    def create(offer: str) -> CallAnswer:
        return calls.create(sdp=offer, session=body, extra_headers=request.extra_headers)

    call = RealtimeCall(establish(create, options, undo=calls.hangup), calls)
    voice = call.voice = call.add_extension(Voice(call))
    # The metrics read each response's audio from voice's count.
    measure(call, telemetry_of(calls) or True, audio_source=voice.audio_received)
    return call


class WebRTC(WebRTCBase["Calls", RealtimeCall]):
    """``client.webrtc``: WebRTC calls from Python (needs ``realtime-ext[webrtc]``).

    Example::

        with client.webrtc.connect(model="gpt-realtime") as call:
            call.response.create(response={"output_modalities": ["text"]})
            done = call.run_until("response.done", timeout=30)
    """

    def _connect(self, options: PeerOptions, request: CallRequest) -> RealtimeCall:
        return opening(open_call, self._calls, options, request)
