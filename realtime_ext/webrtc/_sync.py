"""Blocking WebRTC calls: ``RealtimeClient().webrtc.connect(...)``.

Why a façade: aiortc runs only under asyncio, so there is no blocking WebRTC stack to
build on. Each blocking call starts a private event loop on a daemon thread
(:class:`LoopThread`; one per call, stopped when the call ends), makes the peer there with
the same :func:`establish` the asyncio calls use, and hands the ``oai-events`` channel to
the blocking conversation (:class:`~realtime_ext.conversation.Conversation`) through
:class:`BlockingChannel`. So the conversation API is the blocking one, unchanged (typed
sends, ``recv``/iteration, ``run_until``, handlers, errors raised); only the peer
connection and the RTP audio live on the loop. Every wait on the loop is bounded or
watches the loop: a loop that dies ends the call with ``APIConnectionError``.

Example::

    with RealtimeClient() as client, client.webrtc.connect(model="gpt-realtime") as call:
        call.response.create(response={"output_modalities": ["text"]})
        done = call.run_until("response.done", timeout=30)
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from realtime_ext._close_frame import check_close_frame
from realtime_ext.conversation import Conversation
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.voice import History
from realtime_ext.voice._extension import Voice

from ._audio import DEFAULT_MAX_RECORD_SECONDS, AudioOutput, WavRecorder
from ._call import (
    CallRequest,
    CallTimings,
    Peer,
    PeerOptions,
    WebRTCBase,
    call_session_body,
    establish,
)
from ._channel import follow_peer
from ._deps import require_aiortc
from ._loop import BlockingChannel, LoopThread

if TYPE_CHECKING:
    from realtime_ext._resources.calls_sync import Calls
    from realtime_ext._results import CallAnswer

DEFAULT_HANGUP_TIMEOUT = 10.0
"""Seconds closing the peer connection may take before the loop is stopped anyway."""


_PCM = bytes  # the class below has a ``bytes`` counter, as AudioOutput does


class SyncAudioOutput:
    """The call's received audio (24 kHz mono PCM16) for blocking code.

    ``record()`` a WAV, ``read(timeout)`` the next frame, or iterate (ends with the call).
    Counters as on :class:`AudioOutput`: ``frames``, ``bytes``, ``dropped``.

    Example::

        recorder = call.audio_out.record()
        call.run_until("output_audio_buffer.stopped", timeout=30)
        recorder.save("answer.wav")
    """

    def __init__(self, loop: LoopThread, output: AudioOutput) -> None:
        self._loop = loop
        self._output = output

    @property
    def frames(self) -> int:
        """RTP audio frames decoded."""
        return self._output.frames

    @property
    def bytes(self) -> int:
        """PCM bytes produced."""
        return self._output.bytes

    @property
    def dropped(self) -> int:
        """Frames no reader took in time."""
        return self._output.dropped

    def record(self, *, max_seconds: float | None = DEFAULT_MAX_RECORD_SECONDS) -> WavRecorder:
        """A :class:`WavRecorder` fed with every frame from now on (see ``AudioOutput.record``).

        Example::

            recorder = call.audio_out.record(max_seconds=60)
        """
        if not self._loop.alive:  # the call is over: an empty recorder, nothing feeds it
            return WavRecorder(max_seconds=max_seconds)
        return self._loop.call(lambda: self._output.record(max_seconds=max_seconds), 10.0)

    def read(self, timeout: float | None = None) -> _PCM | None:
        """The next frame, ``None`` once the call's audio ended; ``APITimeoutError`` if none
        arrives within ``timeout`` seconds.

        Example::

            pcm = call.audio_out.read(timeout=5)
        """
        if not self._loop.alive:
            return None
        return self._loop.run(self._output.read(timeout))

    def __iter__(self) -> Iterator[_PCM]:
        while (pcm := self.read()) is not None:
            yield pcm


class SyncPeer:
    """A connected WebRTC peer held from blocking code: the loop it lives on, the
    ``oai-events`` channel as a blocking transport, the audio, and :meth:`hang_up`.

    Built by :meth:`open`; a blocking call class (:class:`RealtimeCall`, or one built on
    this package by a feature) puts its conversation on :attr:`channel`.

    Example::

        peer = SyncPeer.open(create, PeerOptions("https://api.openai.com/v1"))
        conversation = Conversation(peer.channel)
    """

    def __init__(self, loop: LoopThread, peer: Peer) -> None:
        self.loop: LoopThread = loop
        self.peer: Peer = peer
        self.channel: BlockingChannel = BlockingChannel(loop, peer.transport)
        self.audio_out: SyncAudioOutput = SyncAudioOutput(loop, peer.audio_out)
        self._ended = False

    @classmethod
    def open(
        cls,
        create: Callable[[str], CallAnswer],
        options: PeerOptions,
        *,
        undo: Callable[[str], object] | None = None,
    ) -> SyncPeer:
        """Start a loop, :func:`establish` the peer on it (``create``: the blocking REST
        POST of the offer, run on a worker thread), and return once ``oai-events`` is open.
        On failure the loop is stopped and the error raised as ``establish`` raised it."""
        require_aiortc()
        loop = LoopThread()
        try:
            peer = loop.run(_establish(create, options, undo))
        except BaseException:
            loop.stop()
            raise
        return cls(loop, peer)

    @property
    def ended(self) -> bool:
        """Whether :meth:`hang_up` ran or the loop is gone."""
        return self._ended or not self.loop.alive

    def hang_up(self, timeout: float = DEFAULT_HANGUP_TIMEOUT) -> None:
        """Stop the input, end the output, close the peer connection (at most ``timeout``
        seconds), then stop the loop. Idempotent; never hangs."""
        if self._ended:
            return
        self._ended = True
        try:
            if self.loop.alive:
                with contextlib.suppress(Exception):
                    self.loop.run(self.peer.close(), timeout)
        finally:
            self.loop.stop()


async def _establish(
    create: Callable[[str], CallAnswer], options: PeerOptions, undo: Callable[[str], object] | None
) -> Peer:
    """:func:`establish` with blocking REST calls moved off the loop, plus the hook that
    ends the channel and the audio when the peer connection closes or fails."""

    async def post(offer: str) -> CallAnswer:
        return await asyncio.to_thread(create, offer)

    async def hangup(call_id: str) -> None:
        if undo is not None:
            await asyncio.to_thread(undo, call_id)

    peer = await establish(post, options, undo=hangup)

    follow_peer(peer.pc, peer.transport, peer.audio_out)
    return peer


class SyncPeerCall:
    """The WebRTC side of a blocking call, a conversation's (:class:`RealtimeCall`) or a
    translation session's: the peer's parts as attributes, :attr:`ended` and the repr.
    Mixed in before the conversation or session class; :meth:`_hold` takes the peer."""

    call_id: str
    """The call's id (``rtc_...``), for ``calls.hangup`` or a sideband connection."""
    timings: CallTimings
    """How long the offer, the answer and the connection took."""
    audio_out: SyncAudioOutput
    """The audio received: ``record()``, ``read()`` or iterate."""
    audio_in: Any
    """The input audio track (its ``frames_sent``/``bytes_sent`` counters)."""

    if TYPE_CHECKING:  # the conversation's or the session's, after this class in the MRO

        @property
        def close_code(self) -> int | None: ...

    def _hold(self, peer: SyncPeer) -> None:
        self._peer = peer
        self.call_id, self.timings = peer.peer.call_id, peer.peer.timings
        self.audio_out, self.audio_in = peer.audio_out, peer.peer.audio_in

    @property
    def ended(self) -> bool:
        """Whether the call is over (closed here, by the other side, or dropped)."""
        return self._peer.ended or self.close_code is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.call_id} {'ended' if self.ended else 'open'}>"


class RealtimeCall(SyncPeerCall, Conversation):
    """A live WebRTC call held from blocking code (the asyncio twin: ``AsyncRealtimeCall``).

    The conversation API is :class:`~realtime_ext.conversation.Conversation`'s (typed
    sends, ``recv``/iteration, ``run_until``, handlers, errors raised, the tool loop),
    plus ``call_id``, ``timings``, ``history``, ``audio_out`` (:class:`SyncAudioOutput`),
    :meth:`hangup` and :meth:`close`. A context manager; closing it ends the call's loop.

    Example::

        with client.webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            call.response.create()
            call.run_until("output_audio_buffer.stopped", timeout=60)
            recorder.save("answer.wav")
    """

    def __init__(self, peer: SyncPeer, calls: Calls) -> None:
        super().__init__(peer.channel, max_size=None, telemetry=telemetry_of(calls))
        self._hold(peer)
        self._calls = calls
        self._voice = self.add_extension(Voice(self))  # history only, as on AsyncRealtimeCall

    @property
    def history(self) -> History:
        """The call's conversation (transcripts, text, tool calls; no audio)."""
        return self._voice.history

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
        """Close the data channel and the peer connection, then stop the call's loop.

        Idempotent; iteration over events and ``audio_out`` ends.

        Example::

            call.close()
        """
        check_close_frame(code, reason or "call closed")  # refused: the call stays open
        try:
            super().close(code, reason or "call closed")
        finally:
            self._peer.hang_up()


class WebRTC(WebRTCBase["Calls", RealtimeCall]):
    """``client.webrtc`` on the blocking client (``realtime-ext[webrtc]``).

    Example::

        with client.webrtc.connect(model="gpt-realtime") as call:
            call.response.create(response={"output_modalities": ["text"]})
            done = call.run_until("response.done", timeout=30)
    """

    def _connect(self, options: PeerOptions, request: CallRequest) -> RealtimeCall:
        # Checked before anything goes on the wire.
        body = call_session_body(request.model, request.session)
        calls = self._calls

        def create(offer: str) -> CallAnswer:
            return calls.create(sdp=offer, session=body, extra_headers=request.extra_headers)

        return RealtimeCall(SyncPeer.open(create, options, undo=calls.hangup), calls)
