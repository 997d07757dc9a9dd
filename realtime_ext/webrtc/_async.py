"""``AsyncRealtimeCall``: a WebRTC call held from Python, and ``AsyncWebRTC(client)``, through
which it and the other kinds' calls (translation's, :mod:`._translation_async`; GPT-Live's,
:mod:`._live_async`) are made.

The offer goes through ``client.calls.create`` (so validation, retries, errors and the call
id are the REST client's), the answer is applied, and the ``oai-events`` data channel
carries the conversation. The conversation API itself is :class:`AsyncConversation`'s,
the same implementation the WebSocket connection uses: this module only holds the peer
(the driver's side of it: :mod:`._peer_async`) and the audio.

The asyncio call and the blocking one are one source: ``scripts/gen_sync.py`` writes the
blocking module from the asyncio one (edit the asyncio one). The blocking call's peer lives
on a private event loop thread (aiortc runs only under asyncio), so what only the asyncio
call has (``pc``, the aiortc peer connection) is marked ``# unasync: async only`` there.
"""

# unasync: source

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from realtime_ext import (
    APIError,
    AsyncRealtimeClient,
    InvalidArgumentError,
    attach_instrumentation,
)
from realtime_ext.conversation import (
    AsyncConversation,
)
from realtime_ext.provider import Opening, check_close_frame, short_repr

from ._call import (
    CallRequest,
    PeerOptions,
    WebRTCBase,
    call_session_body,
)
from ._deps import require_aiortc
from ._live_async import AsyncLiveCall, open_live_call
from ._live_request import LiveCallRequest
from ._peer_async import (
    AsyncPeer,
    CreateCall,
    PeerTransport,
    establish,
    opening,
    redial,
)
from ._peer_call_async import AsyncPeerCall
from ._redial import (
    call_policy,
    calls_url,
    check_redial,
)
from ._translation_async import AsyncTranslationCall, open_translation_call

if TYPE_CHECKING:
    from realtime_ext import (
        AsyncCalls,
        AsyncLive,
        AsyncTranslationCalls,  # noqa: F401 (the string in AsyncWebRTC's bases)
        CallAnswer,
        Instrumentation,
    )
    from realtime_ext.conversation import ReconnectPolicy

T = TypeVar("T")
Dial = Callable[[Mapping[str, str] | None], CreateCall]
"""A call's ``POST /realtime/calls`` of an offer, with these extra headers."""


class AsyncRealtimeCall(AsyncPeerCall, AsyncConversation):
    """A live WebRTC call: the conversation API over ``oai-events``, audio over RTP.

    Everything of :class:`~realtime_ext.conversation.AsyncConversation` works: typed sends
    (``await call.response.create()``), typed receives, handlers, server errors raised,
    the tool loop (``call.run_tools(registry)``). Plus ``call_id`` (for ``calls.hangup``
    or a sideband ``client.connect(call_id=...)``), ``timings``, ``history``, ``audio_out``
    (the model's audio), ``audio_in`` (the input audio and its counters), :meth:`hangup`
    and :meth:`close`. Closing it (or leaving ``async with``) ends the call. A failed peer
    connection is reconnected as a WebSocket is (``AsyncWebRTC(client).connect``'s reconnect
    keywords): a new call on a new peer connection, the audio moved over, the conversation
    carried.

    Example::

        webrtc = AsyncWebRTC(client)
        async with webrtc.connect(model="gpt-realtime", audio_in="question.wav") as call:
            recorder = call.audio_out.record()
            await call.response.create()
            await call.run_until("output_audio_buffer.stopped", timeout=60)
            recorder.save("answer.wav")
    """

    def __init__(
        self,
        peer: AsyncPeer,
        calls: AsyncCalls,
        *,
        dial: Dial | None = None,
        options: PeerOptions | None = None,
        reconnect: ReconnectPolicy | None = None,
    ) -> None:
        # A call reconnects (a new peer connection) when it knows how to dial again.
        reopen = self._redial if dial is not None and options is not None else None
        super().__init__(peer.transport, max_size=None, reopen=reopen, reconnect=reconnect)
        self._hold(peer)
        self._calls = calls
        self._dial = dial
        self._options = options

    def _reconnects(self, code: int) -> bool:
        return self._dial is not None and self._core.reconnector.recovers(code)

    async def _redial(self, url: str, headers: Mapping[str, str]) -> PeerTransport:
        # The conversation core's reopen: a new call on a new peer connection, the audio
        # moved over; the core gives it the conversation (carry) and makes it its own.
        assert self._dial is not None and self._options is not None  # see __init__
        check_redial(url, calls_url(self._options.base_url))
        # An ended peer (closed here; a blocking call's: its loop gone) cannot hand its audio
        # on: no attempt can work, so the reconnect stops (an APIError is not retried).
        if self._peer.ended:
            raise APIError("the WebRTC call ended: no new peer connection can take it over")
        peer = await redial(self._peer, self._dial(headers), self._options, undo=self._calls.hangup)
        return await self._take_over(peer)

    async def _run(self, flow: Generator[Any, Any, T]) -> T:
        return await self._guarded(super()._run, flow)

    async def hangup(self) -> None:
        """End the call for both sides: ``calls.hangup(call_id)``, then :meth:`close`.

        Example::

            await call.hangup()
        """
        try:
            await self._calls.hangup(self.call_id)
        finally:
            await self.close()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the data channel and the peer connection (the API then ends the call).

        Idempotent; iteration over events and ``audio_out`` ends.

        Example::

            await call.close()
        """
        check_close_frame(code, reason or "call closed")  # refused: the call stays open
        try:
            await super().close(code, reason or "call closed")
        finally:
            await self._peer.close()


async def open_call(
    calls: AsyncCalls,
    options: PeerOptions,
    request: CallRequest,
    telemetry: Instrumentation | None = None,
) -> AsyncRealtimeCall:
    """Make a WebRTC call and return it once ``oai-events`` is open (see :class:`AsyncWebRTC`);
    ``telemetry`` (the client's) measures it.

    Example::

        call = await open_call(client.calls, PeerOptions(base_url), CallRequest("gpt-realtime"))
    """
    require_aiortc()
    # Checked before anything goes on the wire.
    body = call_session_body(request.model, request.session)
    policy = call_policy(request.reconnect, options.base_url, request.extra_headers)
    dial = dialing(calls, body)
    peer = await establish(
        dial(request.extra_headers), options, undo=calls.hangup, keeps_audio=policy.reconnects
    )
    call = AsyncRealtimeCall(peer, calls, dial=dial, options=options, reconnect=policy)
    for ext in request.extensions:  # the app's, checked before the offer went out
        call.add_extension(ext)
    attach_instrumentation(call, telemetry)
    return call


def dialing(calls: AsyncCalls, body: dict[str, Any] | None) -> Dial:
    """How a call posts each offer (the first, and a reconnect's): ``calls.create`` with the
    session ``body`` and the extra headers of the moment (``on_reconnecting`` may change
    them)."""

    def dial(headers: Mapping[str, str] | None) -> CreateCall:
        async def create(offer: str) -> CallAnswer:
            return await calls.create(sdp=offer, session=body, extra_headers=headers)

        return create

    return dial


class AsyncWebRTC(
    WebRTCBase[
        "AsyncCalls",
        Opening[AsyncRealtimeCall],
        "AsyncTranslationCalls",
        Opening[AsyncTranslationCall],
        Opening[AsyncLiveCall],
    ]
):
    """WebRTC calls from Python through a client (needs ``realtime-ext[webrtc]``):
    conversations (:meth:`connect`), GPT-Live calls (:meth:`connect_live`) and translation
    sessions (:meth:`connect_translation`). Each call's offer goes through the client's REST
    resources (its key, route, retries and HTTP transport), and the client's ``telemetry=``
    measures each call as it measures its WebSocket connections.

    Example::

        webrtc = AsyncWebRTC(client)
        async with webrtc.connect(model="gpt-realtime") as call:
            await call.response.create(response={"output_modalities": ["text"]})
            done = await call.run_until("response.done", timeout=30)
    """

    _live: AsyncLive | None

    def __init__(self, client: AsyncRealtimeClient) -> None:
        if not isinstance(client, AsyncRealtimeClient):
            raise InvalidArgumentError(
                f"{type(self).__name__}(client) takes the client to call through (an "
                f"{AsyncRealtimeClient.__name__} or its Azure subclass), got {short_repr(client)}"
            )
        super().__init__(
            client.calls,
            client.base_url,
            client.translations.calls,
            client.route.deployment,
            live=client.live,
            telemetry=client.telemetry,
        )

    # unasync: async only
    _async_extensions = True

    # unasync: end
    def _connect(self, options: PeerOptions, request: CallRequest) -> Opening[AsyncRealtimeCall]:
        return opening(open_call, self._calls, options, request, self._telemetry)

    def _connect_live(
        self, options: PeerOptions, request: LiveCallRequest
    ) -> Opening[AsyncLiveCall]:
        assert self._live is not None  # connect_live refused one made without it
        return opening(open_live_call, self._live, options, request, self._telemetry)

    def _connect_translation(
        self, options: PeerOptions, extra_headers: Mapping[str, str] | None
    ) -> Opening[AsyncTranslationCall]:
        return opening(
            open_translation_call, self._translation_calls, options, extra_headers, self._telemetry
        )
