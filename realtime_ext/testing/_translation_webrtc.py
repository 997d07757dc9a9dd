"""Translation calls over WebRTC on the fake server (``POST /v1/realtime/translations/calls``).

As the translation guide describes the real API: the caller POSTs its SDP offer with a
translation client secret's ``ek_`` as bearer (the session is that secret's; an API key
gets the defaults), speech arrives as the caller's audio track, translated speech leaves
as the server's audio track (Opus, paced in real time) instead of
``session.output_audio.delta`` events, and every other event (``session.created``,
transcript deltas, ``session.closed``, ``error``) travels on the ``oai-events`` data
channel, where the caller may also send ``session.update`` and ``session.close``.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import json
from typing import Any

from realtime_ext.webrtc._deps import aiortc_available

from .._redact import get_logger
from ._audio import SAMPLE_RATE
from ._auth import presented_key
from ._events import JSON
from ._http import HttpError, RecordedRequest, Response
from ._ids import new_id
from ._log import DEFAULT_MAX_BYTES, DEFAULT_MAX_ITEMS, BoundedLog
from ._script import Script
from ._translation import TranslationSession, translation_session
from ._webrtc import (
    EVENTS_CHANNEL,
    MAX_KEPT_AUDIO,
    NEEDS_AIORTC,
    answer_on_loopback,
    make_audio_track,
)

logger = get_logger("realtime_ext.testing")

PATHS = ("/v1/realtime/translations/calls", "/realtime/translations/calls")
_AUDIO_DELTA = "session.output_audio.delta"


class TranslationLiveCall:
    """One translation call held by the fake server's aiortc peer.

    Kept for assertions: ``events`` (client events from the data channel, the newest
    ``max_logged`` within ``max_logged_bytes`` of event text, as the WebSocket path keeps them),
    ``received_audio`` (caller audio as 24 kHz mono PCM16), ``audio_frames_sent``,
    ``channel_open`` and ``ended``.
    """

    def __init__(
        self,
        call_id: str,
        session: JSON,
        script: Script,
        *,
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        from aiortc import RTCConfiguration, RTCPeerConnection

        self.call_id: str = call_id
        self.pc: Any = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self.translation: TranslationSession = TranslationSession(
            session, script, self._deliver, self._close
        )
        # Bounded like a WebSocket connection's log: a long or flooding call keeps the newest.
        self.events: BoundedLog[JSON] = BoundedLog(max_items=max_logged, max_bytes=max_logged_bytes)
        self.received_audio: bytearray = bytearray()
        self.channel_open: asyncio.Event = asyncio.Event()
        self.ended: asyncio.Event = asyncio.Event()
        self._channel: Any = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._audio = make_audio_track(lambda _: None, lambda _: None)

    @property
    def audio_frames_sent(self) -> int:
        """20 ms frames of translated speech sent as RTP."""
        frames: int = self._audio.frames_sent
        return frames

    async def answer(self, offer: str) -> str:
        """Apply the offer and return the SDP answer (ICE on loopback)."""
        return await answer_on_loopback(
            self.pc, offer, self._audio, self._on_channel, self._on_track, self._on_state
        )

    def _on_channel(self, channel: Any) -> None:
        if channel.label != EVENTS_CHANNEL:
            logger.warning("fake Realtime server: ignoring data channel %r", channel.label)
            return
        self._channel = channel
        channel.on("message", self.receive)
        channel.on("close", self.end)
        self.channel_open.set()
        self.translation.start()

    def _on_track(self, track: Any) -> None:
        if track.kind == "audio":
            self._spawn(self._consume(track))

    async def _on_state(self) -> None:
        if self.pc.connectionState in ("failed", "closed"):
            self.end()

    async def _consume(self, track: Any) -> None:
        # The caller's speech: decoded, resampled to 24 kHz mono, translated per 200 ms.
        import av
        from aiortc.mediastreams import MediaStreamError

        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            for out in resampler.resample(frame):
                pcm = bytes(out.planes[0])[: out.samples * 2]
                if len(self.received_audio) + len(pcm) <= MAX_KEPT_AUDIO:
                    self.received_audio += pcm
                if not self.translation.closed and self._channel is not None:
                    self.translation.append(pcm)

    def _deliver(self, payload: JSON) -> None:
        if payload.get("type") == _AUDIO_DELTA:  # translated speech goes out as RTP
            self._audio.play("translation", base64.b64decode(payload["delta"]))
            return
        channel = self._channel
        if channel is not None and channel.readyState == "open":
            channel.send(json.dumps(payload))

    def receive(self, data: str | bytes) -> None:
        """Handle one client event from the data channel."""
        payload = self.translation.parse(data)
        if payload is None:
            return
        self.events.add(payload, len(data))
        self.translation.dispatch(payload)

    def _close(self, code: int | None, reason: str) -> None:
        # session.closed was sent on the channel: end the call once it is on its way.
        asyncio.get_running_loop().call_later(0.2, self.end)

    def end(self) -> None:
        """End the call: close the peer connection (idempotent)."""
        if self.ended.is_set():
            return
        self.ended.set()
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
        """End the call and wait for the peer connection to close."""
        self.end()
        await self.pc.close()
        tasks = [t for t in self._tasks if t is not asyncio.current_task()]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


class TranslationCalls:
    """``POST /v1/realtime/translations/calls`` answered by real peers; live calls by id."""

    def __init__(
        self,
        secrets: dict[str, JSON],
        script: Script,
        *,
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.secrets: dict[str, JSON] = secrets
        self.script: Script = script
        self.live: dict[str, TranslationLiveCall] = {}
        self.max_logged = max_logged
        self.max_logged_bytes = max_logged_bytes

    @staticmethod
    def matches(request: RecordedRequest) -> bool:
        """Whether ``request`` creates a translation call."""
        return request.method == "POST" and request.path.rstrip("/") in PATHS

    async def handle(self, request: RecordedRequest) -> Response:
        """Answer the offer with a real peer (501 without aiortc, 400 for a bad offer)."""
        try:
            if not aiortc_available():
                raise HttpError(501, NEEDS_AIORTC, type="server_error", code="webrtc_unavailable")
            content_type = (request.header("content-type") or "").split(";")[0].strip()
            if content_type != "application/sdp":
                raise HttpError(
                    400,
                    "Translation calls take the SDP offer as the body (Content-Type: "
                    f"application/sdp), got {content_type or 'none'!r}.",
                    param="sdp",
                )
            offer = request.body.decode("utf-8", "replace")
            if "v=0" not in offer:
                raise HttpError(400, "Invalid 'sdp': not an SDP offer.", param="sdp")
            minted = self.secrets.get(presented_key(request.headers) or "")
            session = copy.deepcopy(minted) if minted is not None else translation_session()
            session["id"] = new_id("sess")
            call_id = new_id("rtc", 16)
            live = TranslationLiveCall(
                call_id,
                session,
                self.script,
                max_logged=self.max_logged,
                max_logged_bytes=self.max_logged_bytes,
            )
            try:
                answer = await live.answer(offer)
            except Exception as exc:
                await live.aclose()
                raise HttpError(
                    400, f"Invalid 'sdp': the offer could not be answered ({exc})", param="sdp"
                ) from None
        except HttpError as exc:
            return Response.error(exc)
        self.live[call_id] = live
        return Response(
            201,
            answer.encode(),
            "application/sdp",
            {"Location": f"/v1/realtime/translations/calls/{call_id}"},
        )

    async def close_all(self) -> None:
        """End every call (server shutdown)."""
        calls = list(self.live.values())
        if calls:
            await asyncio.gather(*(c.aclose() for c in calls), return_exceptions=True)
