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
import json

from ._auth import presented_key
from ._events import JSON
from ._http import HttpError, RecordedRequest
from ._ids import new_id
from ._json import json_copy
from ._log import DEFAULT_MAX_BYTES, DEFAULT_MAX_ITEMS
from ._routes import answer_client_message
from ._script import Script
from ._translation import TranslationSession, translation_session
from ._webrtc import PeerCall, PeerCalls, make_audio_track

_AUDIO_DELTA = "session.output_audio.delta"


class TranslationPeerCall(PeerCall):
    """One translation call held by the fake server's aiortc peer: the caller's speech is
    translated as it arrives, and ``audio_frames_sent`` counts the translated speech (the
    rest: :class:`~realtime_ext.testing._webrtc.PeerCall`).
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
        audio = make_audio_track(lambda _: None, lambda _: None)  # no buffer events here
        super().__init__(call_id, audio, max_logged, max_logged_bytes)
        self.translation: TranslationSession = TranslationSession(
            session, script, self._deliver, self._close
        )

    def _opened(self) -> None:
        self.translation.start()

    def _heard(self, pcm: bytes) -> None:
        # The caller's speech, translated per 200 ms.
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
        answer_client_message(self.translation, data, self.events, self.translation.send)

    def _close(self, code: int | None, reason: str) -> None:
        # session.closed was sent on the channel: end the call once it is on its way.
        asyncio.get_running_loop().call_later(0.2, self.end)


class TranslationCalls(PeerCalls[TranslationPeerCall]):
    """``POST /v1/realtime/translations/calls`` answered by real peers; peer calls by id."""

    path = "/v1/realtime/translations/calls"

    def __init__(
        self,
        secrets: dict[str, JSON],
        script: Script,
        *,
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        super().__init__(max_logged=max_logged, max_logged_bytes=max_logged_bytes)
        self.secrets: dict[str, JSON] = secrets
        self.script: Script = script

    def _open(self, request: RecordedRequest) -> tuple[str, TranslationPeerCall]:
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
        session = json_copy(minted) if minted is not None else translation_session()
        session["id"] = new_id("sess")
        peer = TranslationPeerCall(
            new_id("rtc", 16),
            session,
            self.script,
            max_logged=self.max_logged,
            max_logged_bytes=self.max_logged_bytes,
        )
        return offer, peer
