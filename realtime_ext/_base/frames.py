"""A translation session's input audio as the engine takes it: 200 ms frames.

The API consumes 24 kHz PCM16 mono in 200 ms engine frames (9600 bytes): shorter appends
wait for the rest of their frame, longer ones are split. :class:`Framer` re-cuts chunks of
any size into exactly those frames, so each ``session.input_audio_buffer.append`` a
translation connection's ``send_audio`` sends is one frame. Reading a WAV file (any rate,
converted) is the translation feature's (``realtime_ext.translation.frames``): the core
takes PCM only.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import TypeAlias

from realtime_ext._checks import show
from realtime_ext._exceptions import InvalidArgumentError

__all__ = [
    "FRAME_BYTES",
    "FRAME_MS",
    "SAMPLE_RATE",
    "Bytes",
    "Framer",
    "PcmInput",
    "aframes",
    "frames",
]

SAMPLE_RATE = 24_000
FRAME_MS = 200
FRAME_BYTES = SAMPLE_RATE * 2 * FRAME_MS // 1000
"""One engine frame: 200 ms of 24 kHz PCM16 mono (9600 bytes)."""

Bytes: TypeAlias = bytes | bytearray | memoryview
PcmInput: TypeAlias = Bytes | Iterable[Bytes]
"""What a translation connection's ``send_audio`` takes: PCM16 24 kHz mono bytes, or an
iterator of such chunks of any size (a microphone's, or ``realtime_ext.translation.frames``
of a WAV file)."""


class Framer:
    """Re-cuts a stream of PCM16 chunks of any size into 200 ms frames.

    Example:
        >>> framer = Framer()
        >>> [len(f) for f in framer.feed(bytes(10_000))], len(framer.flush() or b"")
        ([9600], 400)
    """

    __slots__ = ("_pending",)

    def __init__(self) -> None:
        self._pending = bytearray()

    def feed(self, chunk: Bytes) -> list[bytes]:
        """Add ``chunk``; return the whole frames now available."""
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise InvalidArgumentError(f"audio chunks must be PCM16 bytes, got {show(chunk)}")
        self._pending += chunk
        out: list[bytes] = []
        while len(self._pending) >= FRAME_BYTES:
            out.append(bytes(self._pending[:FRAME_BYTES]))
            del self._pending[:FRAME_BYTES]
        return out

    def flush(self) -> bytes | None:
        """The last, shorter frame (``None`` if nothing is left); a half sample is an error."""
        rest, self._pending = bytes(self._pending), bytearray()
        if len(rest) % 2:
            raise InvalidArgumentError(
                f"audio ends with {len(rest)} bytes left, not a whole number of 16-bit samples"
            )
        return rest or None

    def frames(self, source: PcmInput) -> Iterator[bytes]:
        """``source`` (PCM16 24 kHz mono bytes, or an iterator of such chunks of any size)
        as 200 ms frames, the last one flushed (it may be shorter). Bytes are checked before
        the first frame is produced; an iterator's chunks as they come.

        Example:
            >>> [len(f) for f in Framer().frames(bytes(20_000))]
            [9600, 9600, 800]
        """
        if isinstance(source, bytes | bytearray | memoryview):
            pcm = bytes(source)
            if len(pcm) % 2:
                raise InvalidArgumentError(
                    f"pcm has {len(pcm)} bytes, not a whole number of 16-bit samples "
                    "(24 kHz PCM16 mono expected)"
                )
            return self._framed([pcm])
        if isinstance(source, str) or not isinstance(source, Iterable):
            raise InvalidArgumentError(
                f"audio must be PCM16 bytes or an iterator of PCM16 chunks, got {show(source)} "
                "(a WAV file path: send realtime_ext.translation.frames(path))"
            )
        return self._framed(source)

    def _framed(self, chunks: Iterable[Bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            yield from self.feed(chunk)
        last = self.flush()
        if last is not None:
            yield last


def frames(source: PcmInput) -> Iterator[bytes]:
    """:meth:`Framer.frames` of a new framer (what the blocking ``send_audio`` sends)."""
    return Framer().frames(source)


async def aframes(source: PcmInput | AsyncIterable[Bytes]) -> AsyncIterator[bytes]:
    """:func:`frames` for asyncio: also takes an async iterator of chunks.

    Example::

        async for frame in aframes(microphone_chunks()):
            ...
    """
    if not isinstance(source, AsyncIterable):
        for frame in frames(source):
            yield frame
        return
    framer = Framer()
    async for chunk in source:
        for frame in framer.feed(chunk):
            yield frame
    last = framer.flush()
    if last is not None:
        yield last
