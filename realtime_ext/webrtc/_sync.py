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

import contextlib
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from realtime_ext._close_frame import check_close_frame
from realtime_ext._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ReconnectError,
)
from realtime_ext.conversation import Conversation
from realtime_ext.conversation._reconnect import is_recoverable_close
from realtime_ext.telemetry import measure
from realtime_ext.telemetry._options import telemetry_of

from ._audio import InputAudio
from ._call import CallRequest, CallTimings, PeerOptions, WebRTCBase, call_session_body
from ._deps import require_aiortc
from ._peer_sync import (
    CreateCall,
    PeerTransport,
    SyncAudioOutput,
    SyncPeer,
    establish,
    opening,
    redial,
)
from ._redial import call_policy, calls_url, check_redial

if TYPE_CHECKING:
    from realtime_ext import CallAnswer
    from realtime_ext._resources.calls_sync import Calls
    from realtime_ext.conversation._reconnect import Reconnector

T = TypeVar("T")
Dial = Callable[[Mapping[str, str] | None], CreateCall]
"""A call's ``POST /realtime/calls`` of an offer, with these extra headers."""


class SyncPeerCall:
    """The WebRTC side of a call, a conversation's (:class:`RealtimeCall`) or a
    translation connection's: the peer's parts as attributes, :attr:`ended` and the repr.
    Mixed in before the conversation or session class; :meth:`_hold` takes the peer."""

    call_id: str
    """The call's id (``rtc_...``, from the ``Location`` header): for ``calls.hangup`` or a
    sideband ``client.connect(call_id=...)``; a new call's after a reconnect."""
    audio_in: InputAudio
    """The input audio and its counters (``frames_sent``, ``bytes_sent``, ``finished``),
    sent by each peer connection of the call in turn."""
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
        """Whether the call is over: closed here, hung up by the other side, or dropped and
        not to be reconnected (a call that reconnects is not over while it does)."""
        code = self.close_code
        return self._peer.ended or (code is not None and not self._reconnects(code))

    def _reconnects(self, code: int) -> bool:
        """Whether the call moves to a new peer connection after closing with ``code``."""
        return False


class RealtimeCall(SyncPeerCall, Conversation):
    """A live WebRTC call: the conversation API over ``oai-events``, audio over RTP.

    Everything of :class:`~realtime_ext.conversation.Conversation` works: typed sends
    (``call.response.create()``), typed receives, handlers, server errors raised,
    the tool loop (``call.run_tools(registry)``). Plus ``call_id`` (for ``calls.hangup``
    or a sideband ``client.connect(call_id=...)``), ``timings``, ``history``, ``audio_out``
    (the model's audio), ``audio_in`` (the input audio and its counters), :meth:`hangup`
    and :meth:`close`. Closing it (or leaving ``with``) ends the call. A failed peer
    connection is reconnected as a WebSocket is (``client.webrtc.connect``'s reconnect
    keywords): a new call on a new peer connection, the audio moved over, the conversation
    carried.

    Example::

        with client.webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            call.response.create()
            call.run_until("output_audio_buffer.stopped", timeout=60)
            recorder.save("answer.wav")
    """

    def __init__(
        self,
        peer: SyncPeer,
        calls: Calls,
        *,
        dial: Dial | None = None,
        options: PeerOptions | None = None,
        reconnector: Reconnector | None = None,
    ) -> None:
        # A call reconnects (a new peer connection) when it knows how to dial again.
        reopen = self._redial if dial is not None and options is not None else None
        super().__init__(peer.transport, max_size=None, reopen=reopen, reconnector=reconnector)
        self._hold(peer)
        self._calls = calls
        self._dial = dial
        self._options = options

    def _reconnects(self, code: int) -> bool:
        policy = self._core.reconnector
        return self._dial is not None and policy.enabled and is_recoverable_close(code)

    def _redial(self, url: str, headers: Mapping[str, str]) -> PeerTransport:
        # The conversation core's reopen: a new call on a new peer connection, the audio
        # moved over; the core gives it the conversation (carry) and makes it its own.
        assert self._dial is not None and self._options is not None  # see __init__
        check_redial(url, calls_url(self._options.base_url))
        # An ended peer (closed here; a blocking call's: its loop gone) cannot hand its audio
        # on: no attempt can work, so the reconnect stops (an APIError is not retried).
        if self._peer.ended:
            raise APIError("the WebRTC call ended: no new peer connection can take it over")
        peer = redial(self._peer, self._dial(headers), self._options, undo=self._calls.hangup)
        if self._peer.ended:  # the app closed the call meanwhile: the new one is not kept
            peer.close()
            raise APIError("the WebRTC call was closed while it reconnected")
        self._hold(peer)
        return peer.transport

    def _run(self, flow: Generator[Any, Any, T]) -> T:
        try:
            return super()._run(flow)
        except APIConnectionError as exc:
            # The call is over when it dropped for good (no reconnect, or none could take
            # it over): its peer connection is closed and its audio ends with it (iteration
            # over audio_out stops instead of waiting). A receive's timeout, or one while a
            # reconnect goes on in the background, leaves it be.
            if not isinstance(exc, ReconnectError) and (
                isinstance(exc, APITimeoutError) or self._core.recovery is not None
            ):
                raise
            with contextlib.suppress(Exception):  # the connection error is what to report
                self._peer.close()
            raise

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
    policy = call_policy(request.reconnect, options.base_url, request.extra_headers)
    dial = dialing(calls, body)
    peer = establish(
        dial(request.extra_headers), options, undo=calls.hangup, keeps_audio=policy.enabled
    )
    call = RealtimeCall(peer, calls, dial=dial, options=options, reconnector=policy)
    for ext in request.extensions:  # the app's, checked before the offer went out
        call.add_extension(ext)
    measure(call, telemetry_of(calls))
    return call


def dialing(calls: Calls, body: dict[str, Any] | None) -> Dial:
    """How a call posts each offer (the first, and a reconnect's): ``calls.create`` with the
    session ``body`` and the extra headers of the moment (``on_reconnecting`` may change
    them)."""

    def dial(headers: Mapping[str, str] | None) -> CreateCall:
        def create(offer: str) -> CallAnswer:
            return calls.create(sdp=offer, session=body, extra_headers=headers)

        return create

    return dial


class WebRTC(WebRTCBase["Calls", RealtimeCall]):
    """``client.webrtc``: WebRTC calls from Python (needs ``realtime-ext[webrtc]``).

    Example::

        with client.webrtc.connect(model="gpt-realtime") as call:
            call.response.create(response={"output_modalities": ["text"]})
            done = call.run_until("response.done", timeout=30)
    """

    def _connect(self, options: PeerOptions, request: CallRequest) -> RealtimeCall:
        return opening(open_call, self._calls, options, request)
