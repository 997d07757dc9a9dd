"""The asyncio Realtime connection: the conversation over the ``websockets`` asyncio client."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from ssl import SSLContext
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from realtime_ext._clock import Clock
from realtime_ext.conversation import AsyncConversation, Reconnector
from realtime_ext.telemetry import Telemetry
from realtime_ext.voice import DEFAULT_MAX_AUDIO_BYTES, History, Interruption, PlaybackTracker
from realtime_ext.voice._extension import AsyncVoice, VoiceOptions, voice_options

from ._options import (
    DEFAULT_MAX_QUEUE,
    DEFAULT_MAX_SIZE,
    DEFAULT_OPEN_TIMEOUT,
    Prepared,
    prepare,
    websocket_options,
)
from ._reconnect_args import DEFAULT_MAX_QUEUED_BYTES, reconnector
from ._transport import AsyncWebSocketTransport, open_async

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

    from realtime_ext.conversation import AsyncReopen
    from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting


class AsyncRealtimeConnection(AsyncConversation):
    """An open Realtime WebSocket: send client events, receive typed server events.

    Everything but the socket comes from :class:`~realtime_ext.conversation.AsyncConversation`:
    typed sends, handlers, errors raised, reconnect, the tool loop.

    Example::

        async with aconnect(api_key=key, base_url="https://api.openai.com/v1",
                            model="gpt-realtime") as conn:
            await conn.response.create(response={"instructions": "Say hi"})
            async for event in conn:
                if event.type == "response.done":
                    break
    """

    def __init__(
        self,
        transport: AsyncWebSocketTransport,
        *,
        url: str,
        max_size: int | None,
        reopen: AsyncReopen | None = None,
        reconnector: Reconnector | None = None,
        voice: VoiceOptions | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        super().__init__(
            transport,
            max_size=max_size,
            reopen=reopen,
            reconnector=reconnector,
            telemetry=telemetry,
        )
        self._url = url
        self._voice = self.add_extension(AsyncVoice(self, voice))

    @property
    def voice(self) -> AsyncVoice:
        """The barge-in and history extension (``conn.history``, ``conn.interrupt()``)."""
        return self._voice

    @property
    def history(self) -> History:
        """The live conversation: typed items in server order (see :class:`History`).

        Deltas, truncations, deletions and cancelled responses applied; after a reconnect
        (a new server session) a new history, the old one as ``history.previous``.

        Example::

            print(conn.history.transcript())
        """
        return self._voice.history

    @property
    def playback(self) -> PlaybackTracker | None:
        """The ``playback=`` tracker (``None``: played time is estimated from a clock)."""
        return self._voice.playback

    async def interrupt(self) -> Interruption:
        """Interrupt the assistant now (push-to-talk): what a barge-in does, on demand.

        Sends ``response.cancel`` if a response is in progress and
        ``conversation.item.truncate`` for the item playing at the milliseconds heard
        (from ``playback=``, else estimated), never more than the audio received, never
        twice; then calls the ``"interrupted"`` handlers. Returns what it did.

        Example::

            done = await conn.interrupt()
            print(done.item_id, done.audio_end_ms)
        """
        return await self._voice.interrupt()

    def __repr__(self) -> str:
        state = self._socket.websocket.state.name
        return f"<AsyncRealtimeConnection {self._url} state={state}>"

    @property
    def _socket(self) -> AsyncWebSocketTransport:
        transport = self.transport
        assert isinstance(transport, AsyncWebSocketTransport)  # opened (and reopened) as one
        return transport

    @property
    def websocket(self) -> ClientConnection:
        """The underlying ``websockets`` connection (a new one after a reconnect)."""
        return self._socket.websocket


class AsyncConnect:
    """What :func:`aconnect` returns: ``await`` it, or use it with ``async with``.

    Example::

        conn = await aconnect(...)          # close it yourself
        async with aconnect(...) as conn:   # closed on exit
            ...
    """

    def __init__(
        self,
        prepared: Prepared,
        policy: Reconnector,
        voice: VoiceOptions | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        self._prepared = prepared
        self._policy = policy
        self._voice = voice
        self._telemetry = telemetry
        self._connection: AsyncRealtimeConnection | None = None

    def __repr__(self) -> str:
        return f"<AsyncConnect {self._prepared.url}>"

    async def _open(self) -> AsyncRealtimeConnection:
        prepared = self._prepared

        async def reopen(url: str, extra_headers: Mapping[str, str]) -> AsyncWebSocketTransport:
            return await open_async(prepared, url, extra_headers)

        return AsyncRealtimeConnection(
            await open_async(prepared),
            url=prepared.url,
            max_size=prepared.max_size,
            reopen=reopen,
            reconnector=self._policy,
            voice=self._voice,
            telemetry=self._telemetry,
        )

    def __await__(self) -> Generator[Any, None, AsyncRealtimeConnection]:
        return self._open().__await__()

    async def __aenter__(self) -> AsyncRealtimeConnection:
        self._connection = await self._open()
        return self._connection

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._connection is not None:
            await self._connection.close()


def aconnect(
    *,
    api_key: str,
    base_url: str,
    model: str | None = None,
    call_id: str | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    max_queue: int | None = DEFAULT_MAX_QUEUE,
    open_timeout: float | None = DEFAULT_OPEN_TIMEOUT,
    extra_query: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    on_reconnecting: OnReconnecting | None = None,
    on_reconnected: OnReconnected | None = None,
    reconnect_delay: float = 0.5,
    max_reconnect_delay: float = 8.0,
    max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
    playback: PlaybackTracker | None = None,
    auto_interrupt: bool | None = None,
    keep_audio: bool = False,
    max_audio_bytes: int = DEFAULT_MAX_AUDIO_BYTES,
    clock: Clock | None = None,
    close_timeout: float | None = 10.0,
    ping_interval: float | None = 20.0,
    ping_timeout: float | None = 20.0,
    compression: Literal["deflate"] | None = "deflate",
    ssl: SSLContext | None = None,
    proxy: str | Literal[True] | None = True,
    telemetry: bool | Telemetry = True,
) -> AsyncConnect:
    """Open a Realtime WebSocket for asyncio: ``async with aconnect(...) as conn``.

    Arguments, limits, backpressure, reconnect and errors are those of :func:`connect`
    (``on_reconnecting`` and ``on_reconnected`` may also be ``async def``), WebSocket options
    included. Arguments are checked here, the socket opens on ``await``/``async with``.

    Example::

        async with aconnect(api_key="ek_...", base_url="https://api.openai.com/v1",
                            model="gpt-realtime") as conn:
            print((await conn.recv()).type)
    """
    measured = Telemetry.of(telemetry)
    voice = voice_options(
        playback=playback,
        auto_interrupt=auto_interrupt,
        keep_audio=keep_audio,
        max_audio_bytes=max_audio_bytes,
        clock=clock,
    )
    prepared = prepare(
        api_key=api_key,
        base_url=base_url,
        model=model,
        call_id=call_id,
        headers=headers,
        websocket_base_url=websocket_base_url,
        max_size=max_size,
        max_queue=max_queue,
        open_timeout=open_timeout,
        extra_query=extra_query,
        options=websocket_options(
            close_timeout=close_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            compression=compression,
            ssl=ssl,
            proxy=proxy,
        ),
    )
    policy = reconnector(
        prepared,
        max_retries=max_retries,
        on_reconnecting=on_reconnecting,
        on_reconnected=on_reconnected,
        reconnect_delay=reconnect_delay,
        max_reconnect_delay=max_reconnect_delay,
        max_queued_bytes=max_queued_bytes,
        clock=clock,
    )
    return AsyncConnect(prepared, policy, voice, measured)
