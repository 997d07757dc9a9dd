"""GPT-Live over WebRTC on the fake server: ``POST /v1/live/sessions`` (and a stored
session's ``POST …/fork``) answered by a real aiortc peer on 127.0.0.1.

As on the API: the body is JSON, ``{session, transport: {type: "webrtc", sdp}}`` (the media
session has no ``audio.format``: media is negotiated), and the answer is a 201 JSON
``{session: {id: "live_…"}, transport: {type: "webrtc", sdp}}``. The create starts the
session: ``session.started`` is the first event on the ``oai-events`` data channel (the
client never sends ``session.start`` there). The caller's audio is the session's input (its
clock); the model's audio leaves as RTP (Opus), not as events; the data channel carries
every other event. A sideband attaches by the session id; ``hangup`` ends the call.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from ._audio import sine_pcm16
from ._events import JSON, event
from ._http import HttpError, RecordedRequest, Response
from ._json import json_copy, json_object
from ._live import FakeLiveSession
from ._live_session import live_session, new_session_id
from ._live_sessions import ChannelHandler, LiveSessions
from ._log import DEFAULT_MAX_BYTES, DEFAULT_MAX_ITEMS
from ._routes import answer_client_message
from ._session import merge
from ._webrtc import PeerCall, PeerCalls, make_audio_track

_FORK = "/fork"


class LivePeer(PeerCall):
    """One Live session held by the fake's aiortc peer (an ``Observer`` of the session)."""

    def __init__(
        self,
        sessions: LiveSessions,
        config: JSON,
        *,
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        audio = make_audio_track(lambda _: None, lambda _: None)  # Live has no buffer events
        session_id = new_session_id()
        super().__init__(session_id, audio, max_logged, max_logged_bytes)
        self.config = config
        self.live: FakeLiveSession = sessions.new_session(
            lambda payload: None, self.close, primary_audio=False
        )
        self.handler = ChannelHandler(self.live, self.send, self.close)
        self._sessions = sessions

    def begin(self) -> None:
        """Start the session (the create starts it, before the channel opens)."""
        resource = live_session(
            self.config, ttl_seconds=self._sessions.ttl_seconds(), session_id=self.call_id
        )
        self.live.begin(resource)
        self.live.start()  # its clock: it expires as a socket's session does
        self.live.observers.append(self)

    # -- the session's channel (Observer) -------------------------------------------------
    def send(self, payload: JSON) -> None:
        channel = self._channel
        if channel is not None and channel.readyState == "open":
            channel.send(json.dumps(payload))

    def close(self, code: int | None, reason: str) -> None:
        # session.closed is on its way on the channel: end the call once it has gone.
        asyncio.get_running_loop().call_later(0.2, self.end)

    def heard(self, at: int, speech: bool) -> None:
        """Nothing to reflect: the caller's audio is this channel's own."""

    def spoke(self, at: int, voiced: bool) -> None:
        self._audio.play("live", sine_pcm16(100) if voiced else bytes(4800))

    # -- the peer -------------------------------------------------------------------------
    def _opened(self) -> None:
        self.send(event("session.started", session=json_copy(self.live.session)))

    def _heard(self, pcm: bytes) -> None:
        if not self.live.ended:
            self.live.feed(pcm)

    def receive(self, data: str | bytes) -> None:
        """Handle one client event from the data channel."""
        answer_client_message(self.handler, data, self.events, self.send)

    def _ending(self) -> None:
        if self in self.live.observers:
            self.live.observers.remove(self)
        self.live.detach()


class LivePeers(PeerCalls[LivePeer]):
    """``POST /v1/live/sessions`` and ``POST /v1/live/sessions/{id}/fork``, answered by
    real peers; the live calls by session id."""

    path = "/v1/live/sessions"

    def __init__(
        self,
        sessions: LiveSessions,
        *,
        max_logged: int = DEFAULT_MAX_ITEMS,
        max_logged_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        super().__init__(max_logged=max_logged, max_logged_bytes=max_logged_bytes)
        self.sessions = sessions

    def matches(self, request: RecordedRequest) -> bool:
        path = request.path.rstrip("/").removeprefix("/v1")
        if request.method != "POST":
            return False
        if path == "/live/sessions":
            return True
        parts = path.split("/")
        return len(parts) == 5 and parts[1:3] == ["live", "sessions"] and parts[4] == "fork"

    def _open(self, request: RecordedRequest) -> tuple[str, LivePeer]:
        path = request.path.rstrip("/")
        said: list[str] | None = None  # a fork's: what was said in its stored session
        if path.endswith(_FORK):
            body = self.sessions.body(request, "LiveSessionForkParams")
            parent_id = path.removesuffix(_FORK).rsplit("/", 1)[-1]
            stored = self.sessions.stored(parent_id)
            said = stored.said
            parent = stored.session
            inherited = {k: v for k, v in parent.items() if k not in ("id", "expires_at", "status")}
            inherited.pop("audio", None)  # the fork's media is negotiated again
            config = merge(inherited, json_object(body.get("session")) or {})
        else:
            body = self.sessions.body(request, "LiveCreateParams")
            config = json_copy(body["session"])
        transport: Any = body["transport"]
        if transport.get("type") != "webrtc":
            raise HttpError(
                400,
                "The fake server answers WebRTC sessions only (transport.type 'webrtc').",
                code="unsupported_transport",
                param="transport.type",
            )
        peer = LivePeer(
            self.sessions,
            config,
            max_logged=self.max_logged,
            max_logged_bytes=self.max_logged_bytes,
        )
        peer.live.fork_said = said
        return str(transport["sdp"]), peer

    def _answered(self, peer: LivePeer) -> None:
        peer.begin()
        # Ended calls are let go here: a long-running server keeps only the live ones.
        for ended in [key for key, other in self.peers.items() if other.ended.is_set()]:
            del self.peers[ended]

    def _created(self, peer: LivePeer, answer: str) -> Response:
        return Response.json(
            201, {"session": {"id": peer.call_id}, "transport": {"type": "webrtc", "sdp": answer}}
        )
