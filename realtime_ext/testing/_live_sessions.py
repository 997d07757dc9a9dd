"""The fake server's GPT-Live sessions by id: sidebands, forks and the REST controls.

- ``WSS /v1/live/sessions/{id}/attach``: a sideband joins a running session. As recorded, it
  gets ``session.started`` first (the session as it is), then every event; audio comes as
  ``session.input_audio.append`` (what the primary channel heard) and
  ``session.output_audio.delta`` with ``start_ms``/``end_ms``, 200 ms each, PCM16 24 kHz,
  neither with an ``event_id``. It may send what a sideband may (openai's
  ``ConnectClientEvent``); closing it leaves the session running.
- ``WSS /v1/live/sessions/{id}/fork``: a stored session (``store: true``) goes on as a new
  session: ``session.start`` with overrides (``{}`` inherits) gets ``session.started`` with a
  new id, the stored session's settings and input, and holds what was said in it. Stored
  sessions are read from the server's :class:`~._live_store.LiveStore`, which a server
  started again on the same state directory reads too (the one it replaced was killed).
- ``POST /v1/live/sessions/{id}/hangup`` ends a session (``session.closed``,
  ``close_requested``), 200; a second hangup is a 404 ``session_id_not_found`` in the API's
  words. ``accept``/``reject``/``refer`` answer an incoming SIP session
  (:meth:`LiveSessions.incoming`); ``GET …/content`` is a stored session's recording (WAV).

Every body is checked strictly against the generated request models first.
"""

from __future__ import annotations

import base64
import io
import re
import wave
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from realtime_ext import InvalidArgumentError

from ._audio import SAMPLE_RATE, sine_pcm16
from ._calls import FakeCall
from ._events import JSON, event
from ._http import HttpError, RecordedRequest, Response
from ._incoming import sip_call_body
from ._json import json_copy, json_object
from ._live import OUTPUT_LAG_MS, FakeLiveSession, LiveClock, LiveRegistry
from ._live_errors import LiveErrorEvents
from ._live_hearing import FRAME_MS
from ._live_session import live_session, new_session_id, voice_error
from ._live_store import LiveStore, StoredSession
from ._routes import Close, OpenedSocket, Opener, Query, Send, SocketRoute
from ._script import Script
from ._scripted import ScriptedSession
from ._validation import body_error

LIVE_PATHS = ("/v1/live/sessions", "/live/sessions")
MAX_KEPT = 64
"""Ended sessions kept (stored ones can be forked or downloaded); older ones are let go."""
_SOCKET = re.compile(r"(?:/v1)?/live/sessions/([^/]+)/(attach|fork)")
_CONTROL = re.compile(r"(?:/v1)?/live/sessions/([^/]+)/(accept|reject|refer|hangup|fork|content)")
CHUNK_MS = 200
"""A sideband's audio chunk: every recorded sideband audio event carries 200 ms."""
OUTPUT_STAMP_LAG_MS = 200
"""How far behind the input a sideband has been shown its output audio is stamped: on the
recorded WebRTC call's sideband each output delta came stamped ``[X - 400, X - 200]`` once
the input was shown to ``X`` ms (three in four; the rest a chunk sooner, or lost: a real
call's jitter; the first, at 600 ms of input, stamped ``[200, 400]``). Not the output
track's own time, on which the model's words are stamped (their transcript windows): the
chunk that carries a word is stamped 400 ms after the word's window."""
_BODIES = {
    "accept": "LiveSessionAcceptParams",
    "reject": "LiveSessionRejectParams",
    "refer": "LiveSessionReferParams",
    "fork": "LiveSessionForkParams",
}


def not_found(session_id: str) -> HttpError:
    """The API's 404 for an unknown (or ended) session, as recorded."""
    return HttpError(
        404,
        "No session found for the provided session_id",
        code="session_id_not_found",
        param="session_id",
    )


@dataclass
class LiveEntry:
    """One session known to the server."""

    live: FakeLiveSession
    state: str = "active"
    """``incoming`` (a SIP call not yet answered), ``active``, ``referred``, ``ended``."""
    events: list[JSON] = field(default_factory=list[JSON])
    """For a SIP session: what the API was asked (accept, reject, refer), in order."""
    twin: FakeCall | None = None
    """The same SIP call on the Realtime API (``rtc_…``): the first accept on either claims
    the call, and the other API refuses it then."""

    @property
    def stored(self) -> bool:
        return self.live.session.get("store") is True


class Sideband:
    """A sideband's view of a session (an :class:`~realtime_ext.testing._live.Observer`).

    Its audio comes in 200 ms chunks of the session's timeline, as recorded on a WebRTC
    call's sideband: with each chunk of the caller's input (``session.input_audio.append``,
    no stamps) the model's audio going out then (``session.output_audio.delta``), stamped
    on the input's clock :data:`OUTPUT_STAMP_LAG_MS` behind the input shown, from the chunk
    in which the session's output begins (:data:`~._live.OUTPUT_LAG_MS` in).

    >>> seen = []
    >>> sideband = Sideband(seen.append, lambda code, reason: None)
    >>> for at in range(0, 800, 100):
    ...     sideband.heard(at, speech=False)
    ...     sideband.spoke(at - OUTPUT_LAG_MS, voiced=False)
    >>> [(e["type"][8:], e.get("start_ms")) for e in seen]  # doctest: +NORMALIZE_WHITESPACE
    [('input_audio.append', None), ('input_audio.append', None), ('input_audio.append', None),
     ('output_audio.delta', 200), ('input_audio.append', None), ('output_audio.delta', 400)]
    """

    def __init__(self, send: Send, close: Close) -> None:
        self._send = send
        self._close = close
        self._heard: list[bool] = []
        self._spoke: list[bool] = []

    def send(self, payload: JSON) -> None:
        self._send(payload)

    def close(self, code: int | None, reason: str) -> None:
        self._close(code, reason)

    def heard(self, at: int, speech: bool) -> None:
        self._heard.append(speech)
        if (at + FRAME_MS) % CHUNK_MS == 0:  # a chunk of the timeline ends with this frame
            self._send({"type": "session.input_audio.append", "audio": _pcm200(any(self._heard))})
            self._heard.clear()

    def spoke(self, at: int, voiced: bool) -> None:
        self._spoke.append(voiced)
        shown = at + OUTPUT_LAG_MS + FRAME_MS  # the input's clock at the end of this frame
        if shown % CHUNK_MS == 0:
            if shown >= OUTPUT_LAG_MS:
                end = shown - OUTPUT_STAMP_LAG_MS
                self._send(
                    {
                        "type": "session.output_audio.delta",
                        "delta": _pcm200(any(self._spoke)),
                        "start_ms": end - CHUNK_MS,
                        "end_ms": end,
                    }
                )
            self._spoke.clear()


def _pcm200(voiced: bool) -> str:
    pcm = sine_pcm16(200) if voiced else bytes(SAMPLE_RATE * 2 // 5)
    return base64.b64encode(pcm).decode()


class ChannelHandler(LiveErrorEvents, ScriptedSession):
    """Parses a further channel's messages (a sideband, a WebRTC data channel) and hands
    them to its session, which checks them against openai's ``ConnectClientEvent`` types
    (no ``session.start``, no audio appends); an error, or what the script planned for the
    event, goes back on that channel alone."""

    def __init__(self, live: FakeLiveSession, send: Send, close: Close) -> None:
        super().__init__(live.session, live.script, send, close)
        self.live = live

    def dispatch(self, payload: JSON) -> None:
        from realtime_generated.event_types import LIVE_CONNECT_CLIENT_EVENTS

        self.live.dispatch_from(payload, LIVE_CONNECT_CLIENT_EVENTS, self)


class LiveSessions(LiveRegistry):
    """Every Live session of one fake server, by id (bounded: see :data:`MAX_KEPT`); the
    stored ones also in ``store`` (in memory unless given one)."""

    def __init__(
        self,
        script: Script,
        ttl_seconds: Callable[[], float | None],
        store: LiveStore | None = None,
        clock: LiveClock = "test",
    ) -> None:
        self.script = script
        self.ttl_seconds = ttl_seconds
        self.clock: LiveClock = clock
        """What moves the sessions' timelines (``FakeRealtimeServer(live_clock=...)``)."""
        self.entries: OrderedDict[str, LiveEntry] = OrderedDict()
        self.store: LiveStore = store if store is not None else LiveStore(retention=ttl_seconds)
        """Stored sessions (``store: true``) as a fork finds them."""

    # -- the registry ---------------------------------------------------------------------
    def started(self, live: FakeLiveSession) -> None:
        """A session began (``session.start``, a WebRTC create, an accepted SIP call)."""
        session_id = str(live.session["id"])
        entry = self.entries.get(session_id)
        if entry is None:
            self.entries[session_id] = LiveEntry(live)
        else:
            entry.live, entry.state = live, "active"
        self.changed(live)
        self._bound()

    def changed(self, live: FakeLiveSession) -> None:
        """What a fork of ``live`` would inherit changed (it started, was updated, heard
        the user): a stored session is written to the store."""
        self._keep(live)

    def _keep(self, live: FakeLiveSession, reason: str | None = None) -> None:
        if live.session.get("store") is True:
            session_id = str(live.session["id"])
            self.store.put(session_id, live.session, live.said, live.now_ms, reason=reason)

    def ended(self, live: FakeLiveSession, reason: str) -> None:
        """A session ended (``reason``): its sidebands close; it is kept while room remains
        (a stored one in the store, for forks)."""
        entry = self.entries.get(str(live.session.get("id")))
        if entry is not None and entry.live is live:
            entry.state = "ended"
        self._keep(live, reason)
        self._bound()

    def _bound(self) -> None:
        ended = [key for key, entry in self.entries.items() if entry.state == "ended"]
        for key in ended[: max(0, len(ended) - MAX_KEPT)]:
            del self.entries[key]

    def get(self, session_id: str, *, ended: bool = False) -> LiveEntry:
        """The session ``session_id`` (404 in the API's words if unknown, or ended)."""
        entry = self.entries.get(session_id)
        if entry is None or (entry.state == "ended" and not ended):
            raise not_found(session_id)
        return entry

    def new_session(
        self,
        send: Send,
        close: Close,
        *,
        events: Mapping[str, str] | None = None,
        primary_audio: bool = True,
    ) -> FakeLiveSession:
        """A new session on a channel, known to this registry once it starts."""
        return FakeLiveSession(
            self.script,
            send,
            close,
            ttl_seconds=self.ttl_seconds(),
            events=events,
            primary_audio=primary_audio,
            registry=self,
            clock=self.clock,
        )

    # -- SIP ------------------------------------------------------------------------------
    def incoming(self, session_id: str | None = None, *, twin: FakeCall | None = None) -> str:
        """An incoming SIP session, waiting for ``accept`` or ``reject``: its id (``twin``:
        the same call on the Realtime API)."""
        session_id = session_id or new_session_id()
        live = self.new_session(lambda payload: None, lambda code, reason: None)
        live.session = {"id": session_id}
        self.entries[session_id] = LiveEntry(live, state="incoming", twin=twin)
        return session_id

    @staticmethod
    def incoming_body(
        session_id: str,
        sip_headers: tuple[tuple[str, str], ...],
        sip_media_security: str | None = None,
    ) -> dict[str, object]:
        """The ``live.transport.incoming`` webhook an incoming SIP session raises (with
        ``sip_media_security`` when given).

        >>> body = LiveSessions.incoming_body("live_1", (), "srtp")
        >>> body["type"], body["data"]["session_id"], body["data"]["sip_media_security"]
        ('live.transport.incoming', 'live_1', 'srtp')
        """
        ids: dict[str, object] = {"type": "sip", "session_id": session_id}
        return sip_call_body("live.transport.incoming", ids, sip_headers, sip_media_security)

    def answered_sip(self, session_id: str) -> FakeLiveSession:
        """The running session of answered SIP call ``session_id`` (what its caller speaks
        and presses keys to), or :class:`~realtime_ext.InvalidArgumentError`."""
        entry = self.entries.get(session_id)
        if entry is None or entry.state != "active" or not entry.live.sip:
            raise InvalidArgumentError(f"no answered Live SIP session {session_id[:64]!r}")
        return entry.live

    def caller_dtmf(self, session_id: str, digits: str) -> None:
        """The caller on SIP session ``session_id`` presses ``digits``: one
        ``transport.dtmf.received`` each, on the session's sidebands. From the server's loop
        (``FakeRealtimeServer.live_caller_dtmf`` calls it from any thread)."""
        entry = self.get(session_id)
        if not entry.live.sip or entry.state != "active":
            raise HttpError(400, f"Session '{session_id[:64]}' is not an answered SIP call.")
        for digit in digits:
            entry.live.emit("transport.dtmf.received", event=digit)

    # -- sockets --------------------------------------------------------------------------
    def primary_route(self, query: Query, headers: Mapping[str, str]) -> Opener:
        """``/v1/live/sessions``: each socket a new session, started by ``session.start``."""

        def open_session(send: Send, close: Close) -> OpenedSocket:
            live = self.new_session(send, close)
            return OpenedSocket(live, start=live.start, detach=live.detach, expires=False)

        return open_session

    def socket_route(self, path: str) -> SocketRoute | None:
        """The route for ``/live/sessions/{id}/attach`` or ``/fork`` (``None``: not one)."""
        match = _SOCKET.fullmatch(path.rstrip("/"))
        if match is None:
            return None
        session_id, kind = match.groups()

        def route(query: Query, headers: Mapping[str, str]) -> Opener:
            if kind == "attach":
                return self._attach(session_id, query)
            return self._fork(session_id)

        return route

    def _attach(self, session_id: str, query: Query) -> Opener:
        entry = self.get(session_id)
        if entry.state == "incoming":
            raise HttpError(
                400,
                f"Session '{session_id[:64]}' has not been accepted yet.",
                code="invalid_session_state",
            )
        graceful = query.get("graceful_close", ["false"])[0]
        if graceful not in ("true", "false"):
            raise HttpError(
                400,
                f"Invalid value: '{graceful[:20]}'. graceful_close must be true or false.",
                code="invalid_value",
                param="graceful_close",
            )

        def join(send: Send, close: Close) -> OpenedSocket:
            sideband = Sideband(send, close)
            live = entry.live
            handler = ChannelHandler(live, send, close)

            def start() -> None:
                live.observers.append(sideband)
                send(event("session.started", session=json_copy(live.session)))

            def detach() -> None:
                if sideband in live.observers:
                    live.observers.remove(sideband)

            return OpenedSocket(handler, start=start, detach=detach, expires=False)

        return join

    def _fork(self, session_id: str) -> Opener:
        parent = self.stored(session_id)

        def open_fork(send: Send, close: Close) -> OpenedSocket:
            from realtime_generated.event_types import LIVE_FORK_CLIENT_EVENTS

            live = self.new_session(send, close, events=LIVE_FORK_CLIENT_EVENTS)
            live.fork_of = parent.session
            live.fork_said = parent.said
            return OpenedSocket(live, start=live.start, detach=live.detach, expires=False)

        return open_fork

    def stored(self, session_id: str) -> StoredSession:
        """The stored session ``session_id`` as the store holds it (404 if unknown or
        forgotten; 400 in the API's words if it was not stored)."""
        found = self.store.get(session_id)
        if found is not None:
            return found
        entry = self.get(session_id, ended=True)
        if entry.stored:  # stored once, forgotten since (expired, or beyond the cap)
            raise not_found(session_id)
        raise HttpError(
            400,
            f"Session '{session_id[:64]}' was not stored: only sessions started with "
            "store: true can be forked or downloaded.",
            code="session_not_stored",
            param="session_id",
        )

    # -- REST -----------------------------------------------------------------------------
    def matches(self, request: RecordedRequest) -> bool:
        """Whether ``request`` is a Live session control this registry answers."""
        match = _CONTROL.fullmatch(request.path.rstrip("/"))
        return match is not None and not (match.group(2) == "fork" and request.method == "POST")

    def handle(self, request: RecordedRequest) -> Response:
        """Answer ``accept``, ``reject``, ``refer``, ``hangup`` or ``GET …/content``."""
        match = _CONTROL.fullmatch(request.path.rstrip("/"))
        assert match is not None
        session_id, action = match.groups()
        expected = "GET" if action == "content" else "POST"
        if request.method != expected:
            raise HttpError(405, f"Method {request.method} not allowed; use {expected}.")
        if action == "content":
            return self._content(session_id)
        body = self.body(request, _BODIES.get(action))
        entry = self.get(session_id)
        if action == "hangup":
            entry.live.finish("close_requested")
            entry.state = "ended"
            self._bound()
            return Response(200)
        twin = entry.twin
        if action in ("accept", "reject") and twin is not None and twin.state != "incoming":
            raise HttpError(
                400,
                f"Session '{session_id[:64]}' was answered on the Realtime API "
                f"(call '{twin.id}'): the first accept on either API claims the call.",
                code="invalid_session_state",
            )
        if action in ("accept", "reject") and entry.state != "incoming":
            raise HttpError(
                400,
                f"Session '{session_id[:64]}' is {entry.state}: only an incoming call can be "
                f"{'accepted' if action == 'accept' else 'rejected'}.",
                code="invalid_session_state",
            )
        entry.events.append({"action": action, **body})
        del entry.events[:-MAX_KEPT]  # a call referred again and again keeps its latest
        if action == "accept":
            config = {k: v for k, v in json_copy(body["session"]).items() if k != "type"}
            resource = live_session(config, ttl_seconds=self.ttl_seconds(), session_id=session_id)
            entry.live.sip = True
            entry.live.begin(resource)
            entry.state = "active"
            if twin is not None:
                twin.state = "claimed"  # answered here: the Realtime API refuses it now
        elif action == "reject":
            entry.state = "ended"
        else:
            entry.state = "referred"
        return Response(200)

    @staticmethod
    def body(request: RecordedRequest, model: str | None) -> JSON:
        """The request's JSON body, checked strictly against ``model`` (400 if not)."""
        if model is None:
            return {}
        try:
            body = json_object(request.json())
        except ValueError:
            body = None
        if body is None:
            raise HttpError(400, "The request body must be a JSON object.", code="invalid_json")
        problem = body_error(model, body) or voice_error(body)
        if problem is not None:
            raise HttpError(400, problem["message"], code=problem["code"], param=problem["param"])
        return body

    def _content(self, session_id: str) -> Response:
        stored = self.stored(session_id)
        # The store's timeline is as of its last write; a session still running here is
        # further on (its clock is not written at every frame).
        entry = self.entries.get(session_id)
        now_ms = stored.now_ms
        if entry is not None and entry.state == "active":
            now_ms = max(now_ms, entry.live.now_ms)
        seconds = max(1, now_ms // 1000)
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(SAMPLE_RATE)
            wav.writeframes(bytes(SAMPLE_RATE * 2 * min(seconds, 60)))
        return Response(200, buffer.getvalue(), "audio/wav")
