"""The microphone: a sound card's input in the session's format, blocking or asyncio.

``with Microphone() as mic`` (blocking) or ``async with Microphone() as mic`` (asyncio)
opens the device; :meth:`Microphone.chunks` is iterated with ``for`` or ``async for``;
``send_to``/``asend_to`` send ``input_audio_buffer.append`` events. ``mic.attach(conn)``
follows the session's input format from ``session.created``/``session.updated``, so the
app does not have to repeat it.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Self

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import close_stream, load_sounddevice, open_stream

from ._formats import AudioFormat, as_audio_format, check_rate, input_format_of
from ._sources import Encoder, FormatLike, append_event, check_chunk_ms
from ._speakers import event_field, event_kind

MAX_QUEUED = 256
"""Device blocks held for a consumer that is not reading (more are dropped, not kept)."""
_SESSION_EVENTS = ("session.created", "session.updated")


def _duration(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidArgumentError(f"duration_ms must be a number > 0 or None, got {value!r}")
    return float(value)


class _Chunks:
    """What :meth:`Microphone.chunks` returns: iterate it with ``for`` (a microphone opened
    with ``with``) or ``async for`` (opened with ``async with``)."""

    def __init__(
        self,
        sync_chunks: Callable[[], Iterator[bytes]],
        async_chunks: Callable[[], AsyncIterator[bytes]],
    ) -> None:
        self._sync_chunks = sync_chunks
        self._async_chunks = async_chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._sync_chunks()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._async_chunks()


class Microphone:
    """The default (or given) input device, in the session format (``sounddevice`` extra).

    Blocking or asyncio; ``attach(conn)`` keeps the format in step with the session (the
    session's word wins over ``format=``: it is what the server decodes).

    Example::

        with Microphone().attach(conn) as mic:       # blocking connection
            mic.send_to(conn, duration_ms=5000)      # five seconds, then stop

        async with Microphone().attach(conn) as mic:  # asyncio connection
            await mic.asend_to(conn)                  # until cancelled
    """

    def __init__(
        self,
        *,
        format: FormatLike = None,
        chunk_ms: int = 20,
        rate: int | None = None,
        device: Any = None,
    ) -> None:
        self.format: AudioFormat = as_audio_format(format)
        self.chunk_ms: int = check_chunk_ms(chunk_ms)
        self.rate: int = check_rate(rate, "rate") if rate is not None else self._preferred_rate()
        self.device = device
        self._fixed_rate = rate is not None
        self._stream: Any = None
        self._encoder: Encoder | None = None
        self._encoder_rate = 0
        self._blocks: queue.Queue[bytes | None] | None = None
        self._async_blocks: asyncio.Queue[bytes | None] | None = None

    def _preferred_rate(self) -> int:
        # Sound cards rarely open at 8 kHz: G.711 sessions record at 16 kHz and resample.
        return self.format.rate if self.format.rate >= 16000 else 16000

    # -- following the session -------------------------------------------------------------
    def attach(self, conn: Any) -> Self:
        """Follow ``conn``'s session input format (blocking or asyncio); returns self.

        Example::

            mic = Microphone().attach(conn)
        """
        from ._feeds import MicrophoneFeed  # with the first microphone attached: see _feeds

        conn.add_extension(MicrophoneFeed(self))
        return self

    def received(self, event: Any) -> None:
        """Take the input format from ``session.created``/``updated`` (told by its feed)."""
        if event_kind(event) in _SESSION_EVENTS:
            found = input_format_of(event_field(event, "session"))
            if found is not None:
                self.format = found  # chunks encoded from now on use it

    def _encode(self, pcm: bytes) -> bytes:
        encoder = self._encoder
        if encoder is None or encoder.format != self.format or self._encoder_rate != self.rate:
            encoder = self._encoder = Encoder(self.rate, self.format)
            self._encoder_rate = self.rate
        return encoder(pcm)

    # -- the device ------------------------------------------------------------------------
    def _open(self, put: Any) -> None:
        sd = load_sounddevice()

        def on_audio(data: Any, frames: int, time_info: Any, status: Any) -> None:
            put(bytes(data))  # the device's thread: hand over a copy, never block

        def open_at(rate: int) -> Any:
            return sd.RawInputStream(
                samplerate=rate,
                channels=1,
                dtype="int16",
                blocksize=rate * self.chunk_ms // 1000,
                device=self.device,
                callback=on_audio,
            )

        if not self._fixed_rate:
            self.rate = self._preferred_rate()  # attach() may have changed the format
        # A device that cannot record at that rate records at its own; chunks are resampled.
        self._stream, self.rate = open_stream(
            open_at, self.rate, self.device, "input", fixed=self._fixed_rate
        )

    def _close(self) -> None:
        close_stream(self._stream)
        self._stream = None

    def __enter__(self) -> Self:
        blocks: queue.Queue[bytes | None] = queue.Queue(maxsize=MAX_QUEUED)
        self._blocks = blocks

        def put(data: bytes) -> None:
            with contextlib.suppress(queue.Full):  # a stalled consumer drops audio, not memory
                blocks.put_nowait(data)

        self._open(put)
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()
        if self._blocks is not None:
            _end(self._blocks)  # a blocked 'for' loop ends instead of waiting forever

    async def __aenter__(self) -> Self:
        loop = asyncio.get_running_loop()
        blocks: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=MAX_QUEUED)
        self._async_blocks = blocks

        def put(data: bytes) -> None:
            def put_now() -> None:
                if not blocks.full():  # a stalled consumer drops audio, never memory
                    blocks.put_nowait(data)

            loop.call_soon_threadsafe(put_now)

        self._open(put)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._close()
        if self._async_blocks is not None:
            _end(self._async_blocks)

    # -- reading and sending ---------------------------------------------------------------
    def chunks(self, *, duration_ms: float | None = None) -> _Chunks:
        """Chunks in the session format as the device delivers them, with ``for`` (inside
        ``with``) or ``async for`` (inside ``async with``); until the microphone closes or,
        given ``duration_ms``, after that much audio.

        Example::

            with Microphone() as mic:
                for chunk in mic.chunks(duration_ms=1000):
                    conn.send_audio(chunk)
        """
        duration = _duration(duration_ms)
        return _Chunks(lambda: self._sync_chunks(duration), lambda: self._async_chunks(duration))

    def _over(self, heard_ms: float, duration_ms: float | None) -> bool:
        return duration_ms is not None and heard_ms >= duration_ms

    def _sync_chunks(self, duration_ms: float | None) -> Iterator[bytes]:
        blocks = self._blocks
        if blocks is None:
            raise InvalidArgumentError("iterate with 'for' inside 'with Microphone()'")
        heard_ms = 0.0
        while not self._over(heard_ms, duration_ms):
            data = blocks.get()
            if data is None:  # closed
                return
            heard_ms += len(data) * 1000 / (self.rate * 2)
            out = self._encode(data)
            if out:
                yield out

    async def _async_chunks(self, duration_ms: float | None) -> AsyncIterator[bytes]:
        blocks = self._async_blocks
        if blocks is None:
            raise InvalidArgumentError("iterate with 'async for' inside 'async with Microphone()'")
        heard_ms = 0.0
        while not self._over(heard_ms, duration_ms):
            data = await blocks.get()
            if data is None:
                return
            heard_ms += len(data) * 1000 / (self.rate * 2)
            out = self._encode(data)
            if out:
                yield out

    def send_to(self, conn: Any, *, duration_ms: float | None = None) -> int:
        """Send what the microphone hears to a blocking connection (inside ``with``);
        returns how many chunks were sent. Runs until ``duration_ms`` of audio or the
        microphone closes (from another thread), so apps often run it in a thread.

        Example::

            with Microphone().attach(conn) as mic:
                mic.send_to(conn, duration_ms=3000)
        """
        count = 0
        for chunk in self.chunks(duration_ms=duration_ms):
            conn.send(append_event(chunk))
            count += 1
        return count

    async def asend_to(self, conn: Any, *, duration_ms: float | None = None) -> int:
        """Send what the microphone hears to an asyncio connection (inside ``async with``)
        until cancelled or ``duration_ms`` of audio; returns how many chunks were sent.

        Example::

            async with Microphone().attach(conn) as mic:
                await mic.asend_to(conn)
        """
        count = 0
        async for chunk in self.chunks(duration_ms=duration_ms):
            await conn.send(append_event(chunk))
            count += 1
        return count


def _end(blocks: queue.Queue[bytes | None] | asyncio.Queue[bytes | None]) -> None:
    """Queue the end marker, making room for it if the queue is full."""
    while True:
        try:
            blocks.put_nowait(None)
            return
        except (queue.Full, asyncio.QueueFull):
            with contextlib.suppress(queue.Empty, asyncio.QueueEmpty):
                blocks.get_nowait()
