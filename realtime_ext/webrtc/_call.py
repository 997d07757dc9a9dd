"""``AsyncRealtimeCall``: a WebRTC call held from Python, and ``client.webrtc.connect``.

The offer goes through ``client.calls.create`` (so validation, retries, errors and the call
id are the REST client's), the answer is applied, and the ``oai-events`` data channel
carries the conversation. The conversation API itself is :class:`AsyncConversation`'s,
the same implementation the WebSocket connection uses: this module only supplies the
transport (:class:`DataChannelTransport`) and the audio.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from realtime_ext._close_frame import check_close_frame
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import APITimeoutError, InvalidArgumentError
from realtime_ext._opening import Opening
from realtime_ext._redact import short_repr
from realtime_ext.conversation import AsyncConversation
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.voice import History
from realtime_ext.voice._extension import AsyncVoice

from ._audio import SAMPLE_RATE, AudioInput, AudioOutput, audio_source, make_input_track
from ._channel import DataChannelTransport, follow_peer
from ._deps import require_aiortc
from ._ice import is_loopback_url, loopback_only

if TYPE_CHECKING:
    from realtime_ext._resources._shared import BodyInput
    from realtime_ext._resources.calls_async import AsyncCalls
    from realtime_ext._results import CallAnswer

EVENTS_CHANNEL = "oai-events"
DEFAULT_CONNECT_TIMEOUT = 30.0


@dataclass(frozen=True)
class CallTimings:
    """How long setting up the call took, in seconds (``call.timings``)."""

    offer: float
    """Creating the offer (ICE gathering included)."""
    answer: float
    """``POST /realtime/calls`` until the answer is back."""
    connected: float
    """From the start until the ``oai-events`` channel is open (ICE + DTLS + SCTP)."""


@dataclass(frozen=True)
class AudioStats:
    """RTP audio counters of a call (``await call.audio_stats()``)."""

    packets_sent: int
    packets_received: int
    frames_sent: int
    """20 ms frames of ``audio_in`` sent (silence not counted)."""
    bytes_sent: int
    """PCM bytes of ``audio_in`` sent."""
    frames_received: int
    """Audio frames received and decoded."""
    bytes_received: int
    """PCM bytes (24 kHz mono) decoded from them."""


class AsyncPeerCall:
    """The WebRTC side of an asyncio call, a conversation's (:class:`AsyncRealtimeCall`) or
    a translation session's: the peer's parts as attributes, :attr:`ended` and the repr.
    Mixed in before the conversation or session class; :meth:`_hold` takes the peer."""

    pc: Any
    """The aiortc ``RTCPeerConnection``."""
    call_id: str
    """The call's id (``rtc_...``, from the ``Location`` header): for ``calls.hangup`` or a
    sideband ``client.connect(call_id=...)``."""
    audio_in: Any
    """The input audio track and its counters (``frames_sent``, ``bytes_sent``)."""
    audio_out: AudioOutput
    """The audio received: ``async for pcm in call.audio_out`` or ``record()``."""
    timings: CallTimings
    """How long the offer, the answer and the connection took."""

    if TYPE_CHECKING:  # the conversation's or the session's, after this class in the MRO

        @property
        def close_code(self) -> int | None: ...

    def _hold(self, peer: Peer) -> None:
        self._peer = peer
        self._closed = False  # this side closed the call (set as its closing starts)
        self.pc, self.call_id, self.timings = peer.pc, peer.call_id, peer.timings
        self.audio_in, self.audio_out = peer.audio_in, peer.audio_out
        follow_peer(peer.pc, peer.transport, peer.audio_out)

    def __repr__(self) -> str:
        state = "closed" if self._closed else self.pc.connectionState
        return f"<{type(self).__name__} {self.call_id} {state}>"

    @property
    def ended(self) -> bool:
        """Whether the call is over (closed here, by the other side, or dropped)."""
        return self._closed or self.close_code is not None


class AsyncRealtimeCall(AsyncPeerCall, AsyncConversation):
    """A live WebRTC call: the conversation API over ``oai-events``, audio over RTP.

    Everything of :class:`~realtime_ext.conversation.AsyncConversation` works: typed sends
    (``await call.response.create()``), typed receives, handlers, server errors raised,
    the tool loop (``call.run_tools(registry)``). Plus ``call_id`` (for ``calls.hangup``
    or a sideband ``client.connect(call_id=...)``), ``audio_out`` (the model's audio),
    ``audio_in`` (the input track and its counters), :meth:`hangup` and :meth:`close`.

    Example::

        async with client.webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            await call.response.create()
            await call.run_until("output_audio_buffer.stopped")
            recorder.save("answer.wav")
    """

    def __init__(
        self,
        *,
        pc: Any,
        transport: DataChannelTransport,
        call_id: str,
        calls: AsyncCalls,
        audio_in: Any,
        audio_out: AudioOutput,
        timings: CallTimings,
    ) -> None:
        super().__init__(transport, max_size=None, telemetry=telemetry_of(calls))
        self._hold(Peer(pc, transport, call_id, audio_in, audio_out, timings))
        self._calls = calls
        # History only: over WebRTC the audio is RTP, and the server truncates it itself.
        self._voice = self.add_extension(AsyncVoice(self))

    @property
    def history(self) -> History:
        """The call's conversation as it stands (transcripts, text, tool calls; no audio).

        Example::

            print(call.history.transcript())
        """
        return self._voice.history

    async def audio_stats(self) -> AudioStats:
        """RTP packet counts (from the peer connection's stats) and audio frame counters."""
        sent = received = 0
        if not self._closed:
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

    async def hangup(self) -> None:
        """End the call for both sides: ``calls.hangup(call_id)``, then :meth:`close`."""
        try:
            await self._calls.hangup(self.call_id)
        finally:
            await self.close()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the data channel and the peer connection (the API then ends the call).

        Idempotent; iteration over events and ``audio_out`` ends.
        """
        if self._closed:
            return
        check_close_frame(code, reason or "call closed")  # refused: the call stays open
        self._closed = True
        await super().close(code, reason or "call closed")
        await self._peer.close()


def call_session_body(model: str | None, session: BodyInput | None) -> dict[str, Any] | None:
    from realtime_ext._resources._shared import as_body

    if model is not None and not isinstance(model, str):
        raise InvalidArgumentError(f"model must be a str, got {type(model).__name__}")
    body = as_body(session, "session") if session is not None else {}
    if model is not None:
        if body.get("model", model) != model:
            raise InvalidArgumentError(
                f"model={model!r} contradicts session model {body['model']!r}; pass one"
            )
        body["model"] = model
    return body or None


@dataclass(frozen=True)
class PeerOptions:
    """How a call's peer is made: the arguments every ``connect`` and
    ``connect_translation``, asyncio or blocking, passes on to :func:`establish` (which
    checks them).

    Example::

        options = PeerOptions("https://api.openai.com/v1", audio_in="question.wav")
    """

    base_url: str
    audio_in: AudioInput = None
    sample_rate: int = SAMPLE_RATE
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    ice_servers: Sequence[str] | None = None
    loopback: bool | None = None


@dataclass
class Peer:
    """A connected peer: what :func:`establish` hands to the call class."""

    pc: Any
    transport: DataChannelTransport
    call_id: str
    audio_in: Any
    audio_out: AudioOutput
    timings: CallTimings

    async def close(self) -> None:
        """Stop the input, end the output and close the peer connection (every kind of
        call ends its peer so; the caller makes it once)."""
        self.audio_in.stop()
        await self.audio_out.aclose()
        await self.pc.close()


CreateCall = Callable[[str], Awaitable["CallAnswer"]]
"""POST the offer text; return the answer (SDP and call id)."""


DEFAULT_STUN_SERVERS: tuple[str, ...] = ("stun:stun.l.google.com:19302",)
"""The STUN server a call to another machine uses when ``ice_servers`` is not given: aiortc's
own default, named here so it is documented and visible. It learns the machine's public
address (one UDP request to Google's server per call); pass ``ice_servers=[]`` to contact no
STUN server, or your own STUN/TURN URLs."""


def ice_server_urls(ice_servers: Sequence[str] | None, *, local: bool) -> list[str]:
    """The STUN/TURN URLs a call uses: ``ice_servers`` as given (``[]``: none), else none
    for a call to this machine and :data:`DEFAULT_STUN_SERVERS` for any other.

    Example:
        >>> ice_server_urls(None, local=True), ice_server_urls([], local=False)
        ([], [])
        >>> ice_server_urls(None, local=False)
        ['stun:stun.l.google.com:19302']
    """
    if ice_servers is None:
        return [] if local else list(DEFAULT_STUN_SERVERS)
    if isinstance(ice_servers, str):
        raise InvalidArgumentError("ice_servers must be a list of URLs, not one string")
    if not isinstance(ice_servers, Iterable):
        raise InvalidArgumentError(
            f"ice_servers must be a list of URLs or None, got {type(ice_servers).__name__}"
        )
    urls = list(cast("Iterable[object]", ice_servers))
    for url in urls:
        if not isinstance(url, str) or not url.startswith(("stun:", "stuns:", "turn:", "turns:")):
            raise InvalidArgumentError(
                f"ice_servers entries must be stun:/stuns:/turn:/turns: URLs, got {short_repr(url)}"
            )
    return cast("list[str]", urls)


async def establish(
    create: CreateCall,
    options: PeerOptions,
    *,
    undo: Callable[[str], Awaitable[object]] | None = None,
) -> Peer:
    """Offer, ``create`` (the REST call), answer, wait for ``oai-events`` to open.

    One implementation for every kind of call (``create`` posts the offer where the kind
    of session wants it). ``options`` are checked before anything goes on the wire; on any
    failure the peer is closed and, once a call id exists, ``undo(call_id)`` (a hangup)
    runs.
    """
    require_aiortc()
    from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCSessionDescription

    audio_in, sample_rate = options.audio_in, options.sample_rate
    # Everything is checked before anything goes on the wire.
    if isinstance(audio_in, str | os.PathLike):
        # Reading and checking a WAV file is file I/O and work that grows with the file:
        # done on a worker thread, never on the event loop.
        source = await asyncio.to_thread(audio_source, audio_in, sample_rate)
    else:
        source = audio_source(audio_in, sample_rate)
    connect_timeout = check_seconds(options.connect_timeout, "connect_timeout")
    loopback = options.loopback
    if loopback is not None and not isinstance(loopback, bool):
        raise InvalidArgumentError(
            f"loopback must be True, False or None, got {short_repr(loopback)}"
        )
    local = is_loopback_url(options.base_url) if loopback is None else loopback
    urls = ice_server_urls(options.ice_servers, local=local)
    config = RTCConfiguration(iceServers=[RTCIceServer(urls=url) for url in urls])

    start = time.perf_counter()
    pc = RTCPeerConnection(config)
    call_id: str | None = None
    try:
        track = make_input_track(source)
        pc.addTransceiver(track, direction="sendrecv")
        channel = pc.createDataChannel(EVENTS_CHANNEL)
        transport = DataChannelTransport(channel)
        audio_out = AudioOutput()
        pc.on("track", audio_out.attach)
        opened = asyncio.Event()
        channel.on("open", opened.set)
        with loopback_only() if local else contextlib.nullcontext():
            await pc.setLocalDescription(await pc.createOffer())
        offered = time.perf_counter()
        answer = await create(pc.localDescription.sdp)
        call_id = answer.call_id
        answered = time.perf_counter()
        await pc.setRemoteDescription(RTCSessionDescription(sdp=answer.sdp, type="answer"))
        try:
            async with asyncio.timeout(connect_timeout):
                await opened.wait()
        except TimeoutError:
            raise APITimeoutError(
                f"WebRTC call {call_id} did not connect within {connect_timeout}s "
                f"(ICE state {pc.iceConnectionState})"
            ) from None
    except BaseException:
        await pc.close()
        if call_id is not None and undo is not None:
            with contextlib.suppress(Exception):
                await undo(call_id)
        raise
    timings = CallTimings(
        offer=offered - start, answer=answered - offered, connected=time.perf_counter() - start
    )
    return Peer(pc, transport, call_id, track, audio_out, timings)


@dataclass(frozen=True)
class CallRequest:
    """What a conversation call's ``POST /realtime/calls`` carries besides the offer (checked
    when the call opens)."""

    model: str | None = None
    session: BodyInput | None = None
    extra_headers: Mapping[str, str] | None = None


async def open_call(
    calls: AsyncCalls, options: PeerOptions, request: CallRequest
) -> AsyncRealtimeCall:
    """Make a WebRTC call and return it once ``oai-events`` is open (see ``client.webrtc``)."""
    require_aiortc()
    # Checked before anything goes on the wire.
    body = call_session_body(request.model, request.session)

    async def create(offer: str) -> CallAnswer:
        return await calls.create(sdp=offer, session=body, extra_headers=request.extra_headers)

    peer = await establish(create, options, undo=calls.hangup)
    return AsyncRealtimeCall(
        pc=peer.pc,
        transport=peer.transport,
        call_id=peer.call_id,
        calls=calls,
        audio_in=peer.audio_in,
        audio_out=peer.audio_out,
        timings=peer.timings,
    )


class CallConnect(Opening[AsyncRealtimeCall]):
    """What ``client.webrtc.connect(...)`` returns: ``async with`` it, or ``await`` it."""

    def __init__(self, calls: AsyncCalls, options: PeerOptions, request: CallRequest) -> None:
        self._calls = calls
        self._options = options
        self._request = request

    async def _open(self) -> AsyncRealtimeCall:
        return await open_call(self._calls, self._options, self._request)


CallsT = TypeVar("CallsT")
CallT = TypeVar("CallT")


class WebRTCBase(Generic[CallsT, CallT]):
    """``client.webrtc`` on either client: :meth:`connect` takes a call's arguments, the
    driver's ``_connect`` opens the call (:class:`AsyncWebRTC`: an opening to ``await``;
    the blocking ``WebRTC``: the open call)."""

    def __init__(self, calls: CallsT, base_url: str) -> None:
        self._calls = calls
        self._base_url = base_url

    def connect(
        self,
        *,
        model: str | None = None,
        session: BodyInput | None = None,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CallT:
        """Start a call: offer, ``calls.create``, answer, ``oai-events`` open. On the asyncio
        client ``await`` it or ``async with`` it; on the blocking client it returns the open
        call.

        ``audio_in``: a WAV path, mono PCM16 bytes (at ``sample_rate``, default 24 kHz), an
        async iterator of such chunks, or ``None`` (silence); silence follows the input.
        ``loopback`` (default: when the base URL is on this machine) gathers ICE on
        127.0.0.1 only. ``ice_servers``: STUN/TURN URLs; by default none for a call to this
        machine and :data:`DEFAULT_STUN_SERVERS` (Google's public STUN server, aiortc's
        default) for any other; ``[]`` contacts no STUN server. Raises
        ``WebRTCUnavailableError`` without aiortc, ``APITimeoutError`` if the call does not
        connect within ``connect_timeout`` seconds (the call is then hung up).

        Example::

            async with client.webrtc.connect(model="gpt-realtime", audio_in="q.wav") as call:
                print(call.call_id)  # blocking client: with client.webrtc.connect(...) as call
        """
        options = PeerOptions(
            self._base_url, audio_in, sample_rate, connect_timeout, ice_servers, loopback
        )
        return self._connect(options, CallRequest(model, session, extra_headers))

    def _connect(self, options: PeerOptions, request: CallRequest) -> CallT:
        raise NotImplementedError


class AsyncWebRTC(WebRTCBase["AsyncCalls", CallConnect]):
    """``client.webrtc``: WebRTC calls from Python (needs ``realtime-ext[webrtc]``).

    Example::

        async with client.webrtc.connect(model="gpt-realtime") as call:
            await call.response.create(response={"output_modalities": ["text"]})
            done = await call.run_until("response.done")
    """

    def _connect(self, options: PeerOptions, request: CallRequest) -> CallConnect:
        return CallConnect(self._calls, options, request)
