"""The blocking side of a WebRTC call: its peer held on a private event loop thread
(:class:`SyncPeer`, made by :func:`establish`), its audio (:class:`SyncAudioOutput`) and
how a call opens (:func:`opening`: at once).

The blocking counterpart of :mod:`._peer_async` (what differs between the two drivers of a
call): the blocking call classes (:mod:`._sync`, generated from :mod:`._async` by
``scripts/gen_sync.py``) use these names. aiortc runs only under asyncio, so there is no
blocking WebRTC stack to build on: each blocking call starts a private event loop on a
daemon thread (:class:`LoopThread`; one per call, stopped when the call ends), makes the
peer there with the same :func:`._peer_async.establish` the asyncio calls use, and hands
the ``oai-events`` channel to the blocking conversation through :class:`BlockingChannel`.
So the conversation API is the blocking one, unchanged (typed sends, ``recv``/iteration,
``run_until``, handlers, errors raised); only the peer connection and the RTP audio live on
the loop. Every wait on the loop is bounded or watches the loop: a loop that dies ends the
call with ``APIConnectionError``.

A bridge only: what a call's peer does (establish, redial, close, its state) is written once,
in :mod:`._peer_async`, and run on the loop from here; this module adds nothing but the
loop's own life (started, stopped, gone).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from ._audio import DEFAULT_MAX_RECORD_SECONDS, AudioOutput, InputAudio, WavRecorder
from ._call import AudioStats, CallTimings, PeerOptions
from ._deps import require_aiortc
from ._loop import BlockingChannel, LoopThread
from ._peer_async import AsyncPeer
from ._peer_async import CreateCall as LoopCreateCall
from ._peer_async import establish as establish_async
from ._peer_async import redial as redial_async

if TYPE_CHECKING:
    from realtime_ext import CallAnswer

__all__ = [
    "DEFAULT_HANGUP_TIMEOUT",
    "CreateCall",
    "PeerTransport",
    "SyncAudioOutput",
    "SyncPeer",
    "establish",
    "opening",
    "redial",
]

DEFAULT_HANGUP_TIMEOUT = 10.0
"""Seconds closing the peer connection may take before the loop is stopped anyway."""

T = TypeVar("T")
P = ParamSpec("P")

CreateCall = Callable[[str], "CallAnswer"]
"""POST the offer text (blocking); return the answer (SDP and call id)."""

PeerTransport = BlockingChannel
"""A peer's ``oai-events`` channel as the blocking conversation's transport."""


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
    ``oai-events`` channel as a blocking transport, the audio, and :meth:`close`.

    Made by :func:`establish`; a blocking call class (``RealtimeCall``, ``TranslationCall``)
    puts its conversation on :attr:`transport`.

    Example::

        peer = establish(create, PeerOptions("https://api.openai.com/v1"))
        conversation = Conversation(peer.transport)
    """

    def __init__(self, loop: LoopThread, peer: AsyncPeer) -> None:
        self.loop: LoopThread = loop
        self.peer: AsyncPeer = peer
        self.transport: BlockingChannel = BlockingChannel(loop, peer.transport)
        self.call_id: str = peer.call_id
        self.timings: CallTimings = peer.timings
        self.audio_in: InputAudio = peer.audio_in
        self.audio_out: SyncAudioOutput = SyncAudioOutput(loop, peer.audio_out)

    # What the call is (ended, its state) is the asyncio peer's: this class only adds
    # that a call whose loop is gone is over too.
    @property
    def ended(self) -> bool:
        """Whether the peer was closed or the loop is gone."""
        return self.peer.ended or not self.loop.alive

    def state(self, ended: bool) -> str:
        """The call's state for its repr, as the asyncio peer says it (``closed`` once
        ``ended``, else the peer connection's: ``connected``...)."""
        return self.peer.state(ended)

    def audio_stats(self) -> AudioStats:
        """The asyncio peer's :meth:`~AsyncPeer.audio_stats` run on the loop (the counters
        alone once the call is over)."""
        if self.ended:
            return self.peer.counted()
        return self.loop.run(self.peer.audio_stats(), DEFAULT_HANGUP_TIMEOUT)

    def close(self, timeout: float = DEFAULT_HANGUP_TIMEOUT) -> None:
        """The asyncio peer's :meth:`~AsyncPeer.close` run on the loop (at most ``timeout``
        seconds), then the loop stopped. Idempotent, as both are; never hangs."""
        try:
            if self.loop.alive:
                with contextlib.suppress(Exception):
                    self.loop.run(self.peer.close(), timeout)
        finally:
            self.loop.stop()


def _on_loop(
    create: CreateCall, undo: Callable[[str], object] | None
) -> tuple[LoopCreateCall, Callable[[str], Awaitable[None]]]:
    """The blocking REST POST of the offer (``create``) and the hangup (``undo``) as the
    coroutines the peer's loop awaits, each run on a worker thread."""

    async def post(offer: str) -> CallAnswer:
        return await asyncio.to_thread(create, offer)

    async def hangup(call_id: str) -> None:
        if undo is not None:
            await asyncio.to_thread(undo, call_id)

    return post, hangup


def establish(
    create: CreateCall,
    options: PeerOptions,
    *,
    undo: Callable[[str], object] | None = None,
    keeps_audio: bool = False,
) -> SyncPeer:
    """Start a loop, :func:`._peer_async.establish` the peer on it (``create``: the blocking
    REST POST of the offer, and ``undo``: the hangup, each run on a worker thread), and
    return once ``oai-events`` is open. On failure the loop is stopped and the error raised
    as ``establish`` raised it. ``keeps_audio``: as for the asyncio peer.

    Example::

        peer = establish(create, PeerOptions("https://api.openai.com/v1"), undo=calls.hangup)
    """
    require_aiortc()
    post, hangup = _on_loop(create, undo)
    loop = LoopThread()
    try:
        peer = loop.run(establish_async(post, options, undo=hangup, keeps_audio=keeps_audio))
    except BaseException:
        loop.stop()
        raise
    return SyncPeer(loop, peer)


def redial(
    peer: SyncPeer,
    create: CreateCall,
    options: PeerOptions,
    *,
    undo: Callable[[str], object] | None = None,
) -> SyncPeer:
    """A blocking call's next peer connection (a reconnect), made on the call's own loop by
    :func:`._peer_async.redial`: the old one left, the audio moved over.

    Example::

        peer = redial(peer, create, options, undo=calls.hangup)
    """
    post, hangup = _on_loop(create, undo)
    return SyncPeer(peer.loop, peer.loop.run(redial_async(peer.peer, post, options, undo=hangup)))


def opening(open_call: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """What ``WebRTC(client).connect(...)`` returns in blocking code: the call, opened now
    (``open_call(*args, **kwargs)``; asyncio's waits for ``await``).

    Example::

        call = opening(open_call, calls, options, CallRequest(model="gpt-realtime"))
    """
    return open_call(*args, **kwargs)
