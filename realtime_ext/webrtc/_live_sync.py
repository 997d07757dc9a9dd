# generated from realtime_ext/webrtc/_live_async.py by scripts/gen_sync.py; do not edit
"""``LiveCall``: a GPT-Live WebRTC call held from Python
(``WebRTC(client).connect_live``).

The offer goes to ``POST /live/sessions`` through ``client.live.create`` (so the session is
checked, the request never repeated and the errors the REST client's), the answer is
applied, and the ``oai-events`` data channel carries the session's events, decoded as
GPT-Live events by the one GPT-Live connection class configured for a data channel
(:data:`~realtime_ext.conversation.LIVE_WEBRTC`): ``session.started`` comes first, unasked
(the create started the session), the model's and the caller's audio are RTP, and what a
channel takes (commentary, thinking, instructions, delegation answers, ``session.close``)
is sent with the same typed sends as on a socket. The trusted server's side of the call is a
sideband on the same session: ``client.live.sideband.connect(session_id=call.session_id)``.

A call whose peer connection fails (or whose session the API ends: ``expired``,
``connection_lost``) goes on as a new GPT-Live session on a new peer connection, moved by the
conversation core as a ``client.live.connect`` socket is: a stored session forked
(``POST /live/sessions/{id}/fork``, the session inherited), an unstored one created again
with its history as startup ``input`` (``POST /live/sessions``), the audio moved over. The
core starts a new GPT-Live session with a ``session.start``; over WebRTC that event is the
body of the POST (the create starts the session), so the new session's transport is a
:class:`NextSession` until its first send makes the call.

The asyncio call and the blocking one (its peer on a private event loop thread) are one
source: ``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit the
asyncio one).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Generator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

from realtime_ext import (
    APIConnectionError,
    APIError,
    CallAnswer,
    InvalidArgumentError,
    attach_instrumentation,
)
from realtime_ext.conversation import (
    DEFAULT_LIVE_CLOSE_TIMEOUT,
    LIVE_WEBRTC,
    ConnectionClosed,
    LiveCarry,
    LiveCarryMode,
    LiveConnection,
    ReconnectPolicy,
)
from realtime_ext.provider import is_dict
from realtime_ext.validation import check_live_session

from ._call import PeerOptions
from ._deps import require_aiortc
from ._live_request import LiveCallRequest
from ._peer_call_sync import SyncPeerCall
from ._peer_sync import PeerTransport, SyncPeer, establish, redial
from ._redial import CallReconnect, policy_at

if TYPE_CHECKING:
    from realtime_ext import Instrumentation, Live
    from realtime_ext.conversation import ReconnectPolicy
    from realtime_generated.models import LiveSessionClosedEvent

__all__ = [
    "LiveCall",
    "NextSession",
    "forked_session",
    "live_call_policy",
    "live_sessions_url",
    "open_live_call",
]

T = TypeVar("T")
FORK = "/fork"


def live_sessions_url(base_url: str) -> str:
    """Where a GPT-Live call's offer goes (``ReconnectingEvent.url`` of a Live call); a
    stored session's fork is under it.

    Example:
        >>> live_sessions_url("https://api.openai.com/v1/")
        'https://api.openai.com/v1/live/sessions'
    """
    return base_url.rstrip("/") + "/live/sessions"


def live_call_policy(
    reconnect: CallReconnect,
    carry: LiveCarryMode,
    base_url: str,
    extra_headers: Mapping[str, str] | None,
) -> ReconnectPolicy:
    """The reconnect policy of a GPT-Live call: its carry is GPT-Live's (a stored session
    forked, an unstored one started again with its history as ``input``, ``carry`` choosing
    what; checked here, before the wire).

    Example::

        policy = live_call_policy(CallReconnect(), "history", "https://api.openai.com/v1", None)
    """
    url = live_sessions_url(base_url)
    return replace(
        policy_at(reconnect, url, extra_headers), carry=LiveCarry(carry, sessions_url=url)
    )


def forked_session(url: str, sessions_url: str) -> str | None:
    """The stored session a GPT-Live call's next session forks (``url``:
    ``.../live/sessions/{id}/fork``, as the Live carry targets it), or ``None`` for a new
    session (``url``: ``sessions_url``). Any other URL (an ``on_reconnecting`` override) is
    refused: a call's new session is posted to the client's own Live endpoint, only its
    ``extra_headers`` may change.

    Example:
        >>> forked_session("https://h/v1/live/sessions/live_1/fork", "https://h/v1/live/sessions")
        'live_1'
        >>> forked_session("https://h/v1/live/sessions", "https://h/v1/live/sessions") is None
        True
    """
    if url == sessions_url:
        return None
    head, sep, session_id = url.removesuffix(FORK).rpartition("/")
    if url.endswith(FORK) and sep and head == sessions_url and session_id:
        return unquote(session_id)
    raise InvalidArgumentError(
        "a GPT-Live WebRTC call reconnects through POST /live/sessions on the client's base "
        "URL: on_reconnecting may change its extra_headers, not its url or extra_query"
    )


class LiveCall(SyncPeerCall, LiveConnection):
    """A GPT-Live WebRTC call: the session's events on ``oai-events``, audio over RTP.

    Everything of :class:`~realtime_ext.conversation.LiveConnection` works on the data
    channel: typed GPT-Live events that narrow on ``event.type``, ``run_until``, handlers,
    server errors raised, the typed sends a channel takes (``call.commentary(text)``,
    ``call.thinking``, ``call.instructions``, ``call.response.create()``), the delegation loop
    (``call.run_tools(registry)``), ``history``. Plus ``session_id`` (the ``live_...`` id:
    for ``client.live.sideband.connect`` and ``client.live.sessions``; a new session's after
    a reconnect), ``audio_in`` (what the model hears), ``audio_out`` (what it says),
    ``timings``, :meth:`hangup` and :meth:`close`. A failed peer connection is reconnected
    as ``client.live.connect``'s socket is (``connect_live``'s reconnect keywords).

    Example::

        webrtc = WebRTC(client)
        with webrtc.connect_live(model="gpt-live-1", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            call.run_until("session.output_transcript.done", timeout=60)
            recorder.save("answer.wav")
    """

    def __init__(
        self,
        peer: SyncPeer,
        live: Live,
        *,
        options: PeerOptions | None = None,
        reconnect: ReconnectPolicy | None = None,
    ) -> None:
        # A call moves to a new session when it knows how to make a peer connection again.
        reopen = self._next_session if options is not None else None
        super().__init__(
            peer.transport,
            protocol=LIVE_WEBRTC,
            url=f"webrtc:{peer.call_id}",
            reopen=reopen,
            reconnect=reconnect,
        )
        self._hold(peer)
        self._live = live
        self._options = options

    @property
    def session_id(self) -> str:
        """The session's ``live_...`` id (from the create's answer; a new session's after a
        reconnect): a sideband attaches with it
        (``client.live.sideband.connect(session_id=call.session_id)``)."""
        return self.call_id

    def _reconnects(self, code: int) -> bool:
        return self._options is not None and self._core.reconnector.recovers(code)

    def _next_session(self, url: str, headers: Mapping[str, str]) -> NextSession:
        # The conversation core's reopen (``url``: the Live carry's target, a stored
        # session's fork or a new session): the session is made by its session.start,
        # which the core sends next (NextSession).
        carry = self._core.reconnector.carry
        assert isinstance(carry, LiveCarry)  # see live_call_policy
        fork = forked_session(url, carry.sessions_url)
        # An ended peer (closed here; a blocking call's: its loop gone) cannot hand its audio
        # on: no attempt can work, so the reconnect stops (an APIError is not retried).
        if self._peer.ended:
            raise APIError("the WebRTC call ended: no new peer connection can take it over")
        return NextSession(functools.partial(self._start_session, fork, headers))

    def _start_session(
        self, fork: str | None, headers: Mapping[str, str], start: Mapping[str, Any]
    ) -> PeerTransport:
        """The new session of ``start`` (a ``session.start``) on a new peer connection: the
        stored session ``fork`` forked with its overrides, else a new session created; the
        audio moved over and the new peer made the call's."""
        assert self._options is not None  # see __init__: a call that moves has them
        session = start.get("session")
        body: Mapping[str, Any] = session if is_dict(session) else {}
        live = self._live

        def create(offer: str) -> CallAnswer:
            if fork is not None:
                answer = live.sessions.fork(fork, sdp=offer, session=body, extra_headers=headers)
            else:
                answer = live.create(sdp=offer, session=body, extra_headers=headers)
            return CallAnswer(sdp=answer.sdp, call_id=answer.session_id, response=answer.response)

        peer = redial(self._peer, create, self._options, undo=live.sessions.hangup)
        return self._take_over(peer)

    def _run(self, flow: Generator[Any, Any, T]) -> T:
        return self._guarded(super()._run, flow)

    def hangup(self) -> None:
        """End the session for every side (``client.live.sessions.hangup``), then close the
        peer connection here.

        Example::

            call.hangup()
        """
        try:
            self._live.sessions.hangup(self.call_id)
        finally:
            self.abort()

    def close(
        self, *, timeout: float | None = DEFAULT_LIVE_CLOSE_TIMEOUT
    ) -> LiveSessionClosedEvent | None:
        """End the session gracefully: ``session.close`` on the data channel, what the
        server still sends until ``session.closed`` (returned), then the peer connection is
        closed. Idempotent.

        Example::

            closed = call.close()
        """
        return self._then_close_peer(super().close, timeout=timeout)

    def abort(self, code: int = 1000, reason: str = "") -> None:
        """End the call now, without ``session.close`` (the API ends a session whose peer
        connection closes).

        Example::

            call.abort()
        """
        self._then_close_peer(super().abort, code, reason)


class NextSession:
    """A GPT-Live call's next session until it is made: the transport the conversation core
    opens for a move, whose first send (the ``session.start`` a new GPT-Live session begins
    with) makes it: ``POST /live/sessions/{id}/fork`` (a stored session; the event's session
    as the overrides, ``{}`` inheriting everything) or ``POST /live/sessions`` (the event's
    session, the carried history as its ``input``), on a new peer connection. From then on
    it is that peer connection's ``oai-events`` channel, whose first event is the new
    session's ``session.started``."""

    def __init__(self, start: Callable[[Mapping[str, Any]], PeerTransport]) -> None:
        self._start = start
        self._channel: PeerTransport | None = None
        self._code: int | None = None
        self._reason: str | None = None

    def send_text(self, data: str) -> None:
        """The first: the session made of this ``session.start``; then the channel's."""
        if self._channel is not None:
            self._channel.send_text(data)
            return
        if self._code is not None:
            raise ConnectionClosed(self._code, self._reason or "")
        start = json.loads(data)
        if not is_dict(start) or start.get("type") != "session.start":
            raise InvalidArgumentError("a new GPT-Live session begins with its session.start")
        self._channel = self._start(start)

    def recv_message(self, timeout: float | None) -> str | bytes:
        """The new session's next event (``session.started`` first)."""
        if self._channel is None:
            raise APIConnectionError("the new GPT-Live session was not made (no session.start)")
        return self._channel.recv_message(timeout)

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the channel, or see that no session is made any more (idempotent)."""
        if self._channel is not None:
            self._channel.close(code, reason)
        elif self._code is None:
            self._code, self._reason = code, reason

    @property
    def close_code(self) -> int | None:
        """The channel's close code (``None`` while open or not made yet)."""
        return self._code if self._channel is None else self._channel.close_code

    @property
    def close_reason(self) -> str | None:
        """Why the channel closed (``None`` while open or not made yet)."""
        return self._reason if self._channel is None else self._channel.close_reason


def open_live_call(
    live: Live,
    options: PeerOptions,
    request: LiveCallRequest,
    telemetry: Instrumentation | None = None,
) -> LiveCall:
    """Make a GPT-Live WebRTC call and return it once ``session.started`` has come on
    ``oai-events`` (see ``WebRTC(client).connect_live``); ``telemetry`` (the client's)
    measures it, as it does a ``client.live.connect`` session.

    Example::

        call = open_live_call(
            client.live, PeerOptions(base_url), LiveCallRequest({"model": "gpt-live-1"})
        )
    """
    require_aiortc()
    # The session and the reconnect keywords are checked before the peer is made and
    # anything goes out (ICE gathering may reach a STUN server): as it will be posted, with a
    # stand-in for the offer, which is checked when it is.
    check_live_session(request.session, **request.fields)
    policy = live_call_policy(
        request.reconnect, request.carry, options.base_url, request.extra_headers
    )

    def create(offer: str) -> CallAnswer:
        answer = live.create(
            sdp=offer,
            session=request.session,
            extra_headers=request.extra_headers,
            **request.fields,
        )
        return CallAnswer(sdp=answer.sdp, call_id=answer.session_id, response=answer.response)

    peer = establish(create, options, undo=live.sessions.hangup, keeps_audio=policy.reconnects)
    call = LiveCall(peer, live, options=options, reconnect=policy)
    # The create was this session's session.start: the history and the carry take it as
    # they take a socket's (the startup input, what a restart starts again from).
    started = request.started()
    carry = policy.carry  # the very carry the call's core moves with (a LiveCarry is not copied)
    assert isinstance(carry, LiveCarry)  # see live_call_policy
    carry.sent(started, "")
    call.history.sent(started)
    # Before session.started: the session's whole life is measured.
    attach_instrumentation(call, telemetry, kind=LIVE_WEBRTC.api)
    try:
        call.run_until("session.started", timeout=options.connect_timeout)
        if request.tools is not None:  # delegations are answered from the first one on
            call.run_tools(request.tools, timeout=request.tool_timeout)
    except BaseException:
        call.abort()
        raise
    return call
