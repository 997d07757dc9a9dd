"""Real WebRTC calls on the fake server: an aiortc peer per ``POST /v1/realtime/calls``.

Each call gets a real ICE/DTLS/SCTP peer on 127.0.0.1. Its ``oai-events`` data channel
carries the same scripted conversation as the WebSocket (the shared
:class:`~realtime_ext.testing._conversation.FakeConversation`); response audio leaves as RTP
(Opus) on the audio track instead of ``response.output_audio.delta`` events, with
``output_audio_buffer.started``/``stopped`` around it, as on the real API. Audio the caller
sends is decoded and kept (:attr:`RealtimePeerCall.received_audio`) so tests can assert it arrived.
A sideband WebSocket (``?call_id=``) joins the same conversation.
"""

from __future__ import annotations

import asyncio
import base64
import fractions
import json
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from realtime_ext.provider import get_logger
from realtime_ext.webrtc import INSTALL_HINT, aiortc_available, track_pcm

from ._audio import SAMPLE_RATE
from ._auth import presented_key
from ._calls import FakeCall
from ._events import JSON, event
from ._http import HttpError, RecordedRequest, Response
from ._json import json_object
from ._log import DEFAULT_MAX_BYTES, DEFAULT_MAX_ITEMS, BoundedLog
from ._routes import answer_client_message
from ._session import merge

if TYPE_CHECKING:
    from ._call_sessions import CallSession
    from ._conversation import FakeConversation
    from ._rest import RestApi

logger = get_logger("realtime_ext.testing")

EVENTS_CHANNEL = "oai-events"
FRAME_MS = 20
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000
MAX_KEPT_AUDIO = 16 * 2**20  # bytes of received caller PCM kept for assertions
NEEDS_AIORTC = (
    "WebRTC calls on the fake server need the optional aiortc package "
    f"({INSTALL_HINT}); without it POST /v1/realtime/calls cannot be answered."
)
_AUDIO_DELTA = "response.output_audio.delta"


def _pcm_frame(pcm: bytes, pts: int) -> Any:
    import av

    frame = av.AudioFrame(format="s16", layout="mono", samples=len(pcm) // 2)
    frame.planes[0].update(pcm)
    frame.sample_rate = SAMPLE_RATE
    frame.pts = pts
    frame.time_base = fractions.Fraction(1, SAMPLE_RATE)
    return frame


def _track_base() -> type[Any]:
    from aiortc import MediaStreamTrack

    return MediaStreamTrack


class _Segment:
    __slots__ = ("pcm", "response_id", "sent")

    def __init__(self, response_id: str, pcm: bytes) -> None:
        self.response_id = response_id
        self.pcm = pcm
        self.sent = 0


def make_audio_track(on_started: Callable[[str], None], on_stopped: Callable[[str], None]) -> Any:
    """The scripted response audio as a real-time paced 24 kHz mono track (Opus on the wire)."""

    class ScriptedAudioTrack(_track_base()):  # type: ignore[misc]
        kind = "audio"

        def __init__(self) -> None:
            # aiortc ships no types: its MediaStreamTrack.__init__ is unknown to pyright
            super().__init__()  # pyright: ignore[reportUnknownMemberType]
            self.queue: deque[_Segment] = deque()
            self.ready = asyncio.Event()
            self.frames_sent = 0
            self._pts = 0
            self._clock: float | None = None
            self._started: set[str] = set()

        def play(self, response_id: str, pcm: bytes) -> None:
            if not pcm:
                return
            self.queue.append(_Segment(response_id, pcm))
            self.ready.set()
            if response_id not in self._started:
                # The stream starts when a response's first audio is queued: the real API
                # announces it after the audio content part, long before response.done. The
                # fake makes a whole response at once, so announced at the first frame sent
                # it came after response.done, and clients saw a response's audio start after
                # the response had ended (no time to first audio on a WebRTC call).
                self._started.add(response_id)
                on_started(response_id)

        def clear(self) -> str | None:
            dropped = self.queue[0].response_id if self.queue else None
            self.queue.clear()
            return dropped

        async def recv(self) -> Any:
            while not self.queue:
                self.ready.clear()
                self._clock = None  # idle: pacing restarts with the next segment
                await self.ready.wait()
            if self._clock is None:
                self._clock = time.monotonic()
            else:
                self._clock += FRAME_MS / 1000
                delay = self._clock - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            if not self.queue:  # cleared while waiting
                return await self.recv()
            segment = self.queue[0]
            size = FRAME_SAMPLES * 2
            chunk = segment.pcm[segment.sent : segment.sent + size]
            segment.sent += size
            if segment.sent >= len(segment.pcm):
                self.queue.popleft()
                if not any(s.response_id == segment.response_id for s in self.queue):
                    on_stopped(segment.response_id)
            chunk = chunk.ljust(size, b"\0")
            frame = _pcm_frame(chunk, self._pts)
            self._pts += FRAME_SAMPLES
            self.frames_sent += 1
            return frame

    return ScriptedAudioTrack()


async def answer_on_loopback(
    pc: Any,
    offer: str,
    audio: Any,
    on_channel: Callable[[Any], None],
    on_track: Callable[[Any], None],
    on_state: Callable[[], Any],
) -> str:
    """Apply ``offer`` to the fake's peer ``pc`` and return its SDP answer, with ICE on
    loopback; ``audio`` is sent when the offer has an audio section (every fake call,
    conversation or translation, negotiates this way)."""
    from aiortc import RTCSessionDescription

    from ._ice import keep_local_candidates, loopback_only

    pc.on("datachannel", on_channel)
    pc.on("track", on_track)
    pc.on("connectionstatechange", on_state)
    with loopback_only():
        await pc.setRemoteDescription(RTCSessionDescription(keep_local_candidates(offer), "offer"))
        if any(t.kind == "audio" for t in pc.getTransceivers()):
            pc.addTrack(audio)
        await pc.setLocalDescription(await pc.createAnswer())
    return str(pc.localDescription.sdp)


class PeerCall:
    """What every fake WebRTC call's peer does, conversation or translation: answers the
    offer on loopback, takes the ``oai-events`` channel, keeps the caller's audio (24 kHz mono
    PCM16) and ends once.

    Kept for assertions: ``events`` (client events from the data channel, the newest
    ``max_logged`` within ``max_logged_bytes`` of event text, as the WebSocket path keeps
    them), ``received_audio``, ``audio_frames_received``, ``audio_bytes_received``,
    ``audio_frames_sent``, ``channel_open`` and ``ended`` (:class:`asyncio.Event` on the
    server's loop). A call says what it does with a client event (:meth:`receive`), with the
    opened channel (:meth:`_opened`) and with the caller's audio (:meth:`_heard`).
    """

    def __init__(self, call_id: str, audio: Any, max_logged: int, max_logged_bytes: int) -> None:
        from aiortc import RTCConfiguration, RTCPeerConnection

        self.call_id: str = call_id
        self.pc: Any = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        # Bounded like a WebSocket connection's log: a long or flooding call keeps the newest.
        self.events: BoundedLog[JSON] = BoundedLog(max_items=max_logged, max_bytes=max_logged_bytes)
        self.received_audio: bytearray = bytearray()
        self.audio_frames_received: int = 0
        self.audio_bytes_received: int = 0
        self.channel_open: asyncio.Event = asyncio.Event()
        self.ended: asyncio.Event = asyncio.Event()
        self._channel: Any = None
        self._dropped = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._audio: Any = audio

    @property
    def audio_frames_sent(self) -> int:
        """How many 20 ms frames of scripted audio went out as RTP."""
        frames: int = self._audio.frames_sent
        return frames

    def receive(self, data: str | bytes) -> None:
        """Handle one client event from the data channel."""
        raise NotImplementedError

    def _opened(self) -> None:
        """The ``oai-events`` channel is open: the call's first events may go out."""

    def _heard(self, pcm: bytes) -> None:
        """One decoded chunk of the caller's audio (already kept in ``received_audio``)."""

    def _ending(self) -> None:
        """The call ends (once): let go of what it is attached to."""

    # -- negotiation ----------------------------------------------------------------------
    async def answer(self, offer: str) -> str:
        """Apply the caller's offer and return the SDP answer (ICE gathered on loopback)."""
        return await answer_on_loopback(
            self.pc, offer, self._audio, self._on_channel, self._on_track, self._on_state
        )

    def _on_channel(self, channel: Any) -> None:
        if channel.label != EVENTS_CHANNEL:
            logger.warning("fake Realtime server: ignoring data channel %r", channel.label)
            return
        self._channel = channel
        channel.on("message", self.receive)
        channel.on("close", self._channel_closed)
        self.channel_open.set()
        self._opened()

    def _on_track(self, track: Any) -> None:
        if track.kind == "audio":
            self._spawn(self._consume(track))

    def _channel_closed(self) -> None:
        # A drop (ours) leaves the peer connection standing, as a fault does: ending the
        # call here would close it at once, and the caller could see its association go
        # before its channel's close, a hangup. The call ends when the caller closes its
        # peer connection (having moved to a new one, or given up) or the server stops.
        if not self._dropped:
            self.end()

    async def _on_state(self) -> None:
        if self.pc.connectionState in ("failed", "closed"):
            self.end()

    async def _consume(self, track: Any) -> None:
        async for chunks in track_pcm(track):
            self.audio_frames_received += 1
            for pcm in chunks:
                self.audio_bytes_received += len(pcm)
                if len(self.received_audio) + len(pcm) <= MAX_KEPT_AUDIO:
                    self.received_audio += pcm
                self._heard(pcm)

    # -- ending ---------------------------------------------------------------------------
    def drop(self) -> None:
        """Close the ``oai-events`` channel alone, as a fault would, not as a hangup (which
        closes the whole peer connection): the caller's channel closes while its peer
        connection stands, a dropped call; the call ends here once the caller closes that
        peer connection."""
        channel = self._channel
        if channel is not None and channel.readyState == "open":
            self._dropped = True
            channel.close()

    def end(self) -> None:
        """End the call: close the peer connection (idempotent, from the server's loop)."""
        if self.ended.is_set():
            return
        self.ended.set()
        self._ending()
        self._spawn(self._shutdown())

    async def _shutdown(self) -> None:
        self._audio.stop()
        await self.pc.close()
        for task in list(self._tasks):
            if task is not asyncio.current_task():
                task.cancel()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        """End the call and wait until the peer connection is closed."""
        self.end()
        await self.pc.close()
        tasks = [t for t in self._tasks if t is not asyncio.current_task()]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


_Peer = TypeVar("_Peer", bound=PeerCall)


class PeerCalls(Generic[_Peer]):
    """The peer calls of one ``POST …/calls`` route, each answered by a real peer, by id."""

    path: ClassVar[str]
    """The route under ``/v1`` (answered without the ``/v1`` too); a call's ``Location`` is
    ``{path}/{call_id}``."""

    def __init__(
        self, *, max_logged: int = DEFAULT_MAX_ITEMS, max_logged_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        self.peers: dict[str, _Peer] = {}
        self.max_logged = max_logged
        self.max_logged_bytes = max_logged_bytes

    def matches(self, request: RecordedRequest) -> bool:
        """Whether ``request`` creates a call on this route (answered asynchronously)."""
        path = request.path.rstrip("/")
        return request.method == "POST" and path in (self.path, self.path.removeprefix("/v1"))

    def _open(self, request: RecordedRequest) -> tuple[str, _Peer]:
        """The offer and the peer that answers it (an :class:`HttpError` refuses the call)."""
        raise NotImplementedError

    def _refused(self, peer: _Peer) -> None:
        """The offer could not be answered: forget what :meth:`_open` registered."""

    def _answered(self, peer: _Peer) -> None:
        """The call is answered (kept in ``peers``)."""

    async def handle(self, request: RecordedRequest) -> Response:
        """Answer the offer with a real peer (501 without aiortc, 400 for a bad offer)."""
        try:
            if not aiortc_available():
                raise HttpError(501, NEEDS_AIORTC, type="server_error", code="webrtc_unavailable")
            offer, peer = self._open(request)
            try:
                answer = await peer.answer(offer)
            except Exception as exc:
                self._refused(peer)
                await peer.aclose()
                raise HttpError(
                    400, f"Invalid 'sdp': the offer could not be answered ({exc})", param="sdp"
                ) from None
        except HttpError as exc:
            return Response.error(exc)
        self._answered(peer)
        self.peers[peer.call_id] = peer
        return self._created(peer, answer)

    def _created(self, peer: _Peer, answer: str) -> Response:
        """The 201 for an answered call: the SDP answer, and the call's ``Location``."""
        return Response(
            201, answer.encode(), "application/sdp", {"Location": f"{self.path}/{peer.call_id}"}
        )

    async def close_all(self) -> None:
        """End every call (server shutdown)."""
        calls = list(self.peers.values())
        if calls:
            await asyncio.gather(*(c.aclose() for c in calls), return_exceptions=True)


class RealtimePeerCall(PeerCall):
    """One WebRTC call held by the fake server's aiortc peer: its ``oai-events`` channel is
    one more channel of the call's conversation (``hub``), and ``audio_frames_sent`` counts
    the scripted response audio (the rest: :class:`PeerCall`).
    """

    def __init__(
        self,
        call: FakeCall,
        hub: CallSession,
        *,
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        audio = make_audio_track(self._audio_started, self._audio_stopped)
        super().__init__(call.id, audio, max_logged, max_logged_bytes)
        self.call = call
        self.hub = hub
        self._detach: Callable[[], None] | None = None

    @property
    def conversation(self) -> FakeConversation:
        """The call's conversation (shared with sideband WebSockets on the same call)."""
        return self.hub.conversation

    def _opened(self) -> None:
        # The data channel is one more channel of the call's conversation: it gets
        # session.created now and every event from then on (sideband sockets see them too).
        self._detach = self.hub.attach(self._deliver, self._close)

    # -- events ---------------------------------------------------------------------------
    def _deliver(self, payload: JSON) -> None:
        # Response audio becomes RTP on the audio track instead, as on the real API.
        kind = payload.get("type")
        if kind == _AUDIO_DELTA:
            self._audio.play(payload.get("response_id", ""), base64.b64decode(payload["delta"]))
            return
        if kind == "output_audio_buffer.cleared":
            self._audio.clear()
        channel = self._channel
        if channel is not None and channel.readyState == "open":
            channel.send(json.dumps(payload))

    def _audio_started(self, response_id: str) -> None:
        self.conversation.send(event("output_audio_buffer.started", response_id=response_id))

    def _audio_stopped(self, response_id: str) -> None:
        self.conversation.send(event("output_audio_buffer.stopped", response_id=response_id))

    def receive(self, data: str | bytes) -> None:
        """Handle one client event from the data channel."""
        answer_client_message(self.conversation, data, self.events, self.conversation.send)

    def _close(self, code: int | None, reason: str) -> None:
        # A scripted close (PlannedClose) ends the call: WebRTC has no close codes.
        self.end()

    def _ending(self) -> None:
        if self._detach is not None:
            self._detach()
        if self.call.state != "ended":
            self.call.state = "ended"


class WebRtcCalls(PeerCalls[RealtimePeerCall]):
    """``POST /v1/realtime/calls`` answered by real peers; the peer calls by id.

    ``hub_for(call_id)`` gives the call's shared conversation (the server's
    ``call_session``), so a sideband WebSocket on the same ``call_id`` joins it.
    """

    path = "/v1/realtime/calls"

    def __init__(
        self,
        rest: RestApi,
        hub_for: Callable[[str], CallSession],
        *,
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        super().__init__(max_logged=max_logged, max_logged_bytes=max_logged_bytes)
        self.rest = rest
        self.hub_for = hub_for

    def _open(self, request: RecordedRequest) -> tuple[str, RealtimePeerCall]:
        offer, requested = self.rest.parse_call_create(request)
        session = self._session(presented_key(request.headers), requested)
        call = self.rest.add_call("created", offer, session)
        peer = RealtimePeerCall(
            call,
            self.hub_for(call.id),
            max_logged=self.max_logged,
            max_logged_bytes=self.max_logged_bytes,
        )
        return offer, peer

    def _refused(self, peer: RealtimePeerCall) -> None:
        del self.rest.calls[peer.call_id]

    def _answered(self, peer: RealtimePeerCall) -> None:
        peer.call.peer = peer

    def _session(self, key: str | None, requested: Any) -> JSON | None:
        # A call made with a minted ephemeral key starts with that key's session.
        minted = self.rest.secrets.get(key or "")
        base: JSON = {}
        if minted is not None:
            base = {k: v for k, v in minted.items() if k not in ("expires_at", "id", "object")}
        given = json_object(requested)
        if given is not None:
            base = merge(base, given)
        return base or None
