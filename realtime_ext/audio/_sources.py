"""Sources: WAV audio (and the pieces the microphone shares) in the session format.

Sources yield chunks already in the session's input format (PCM16 24 kHz by default, or
G.711 u-law/A-law at 8 kHz) and ``send_to`` turns them into ``input_audio_buffer.append``
events. The microphone is in ``_microphone.py``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from realtime_ext import InvalidArgumentError
from realtime_ext.audio._wav import WavInput, read_wav, wav_path
from realtime_ext.provider import SYSTEM_CLOCK, Clock

from ._formats import AudioFormat, as_audio_format
from ._resample import Resampler

FormatLike = AudioFormat | str | Mapping[str, Any] | None


def check_chunk_ms(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 10 <= value <= 1000:
        raise InvalidArgumentError(f"chunk_ms must be an int in 10..1000, got {value!r}")
    return value


class Encoder:
    """PCM16 at ``rate`` -> the session format."""

    def __init__(self, rate: int, fmt: AudioFormat) -> None:
        self.format: AudioFormat = fmt
        self._resampler = Resampler(rate, fmt.rate) if rate != fmt.rate else None

    def __call__(self, pcm: bytes, *, last: bool = False) -> bytes:
        if self._resampler is not None:
            pcm = self._resampler.process(pcm) + (self._resampler.flush() if last else b"")
        return self.format.encode(pcm)


def append_event(chunk: bytes) -> dict[str, str]:
    """The ``input_audio_buffer.append`` event carrying ``chunk``.

    Example:
        >>> append_event(b"\\x00\\x00")["audio"]
        'AAA='
    """
    return {"type": "input_audio_buffer.append", "audio": base64.b64encode(chunk).decode()}


class _NowClock(Clock):
    """Real waits, with the time read from a callable (``clock=time.monotonic`` style)."""

    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now

    def now(self) -> float:
        return self._now()


def _pacing_clock(clock: Clock | Callable[[], float] | None) -> Clock:
    if clock is None:
        return SYSTEM_CLOCK
    if isinstance(clock, Clock):
        return clock
    if callable(clock):
        return _NowClock(clock)
    raise InvalidArgumentError(
        f"clock must be a Clock (with now()) or a callable returning seconds, got {clock!r}"
    )


class WavSource:
    """A WAV file as microphone input: mono/stereo 16-bit at any rate, in ``chunk_ms`` pieces.

    ``source`` is the file's path (``str`` or ``os.PathLike``), its bytes, or a binary file
    object (``open(path, "rb")``, ``io.BytesIO``, an upload), read at once; anything else,
    or a file that is not such a WAV, raises :class:`~realtime_ext.InvalidArgumentError`.

    ``realtime=True`` paces the chunks at wall-clock speed, as a microphone would deliver
    them; ``False`` yields them at once. Pacing reads and waits on ``clock`` (a clock object
    as ``connect(clock=...)`` takes, e.g. :class:`realtime_ext.testing.ManualClock` in tests;
    a callable returning seconds is read for the time only).

    Example::

        source = WavSource("question.wav", format="audio/pcm")
        source.send_to(conn)          # blocking connection
        await source.asend_to(conn)   # asyncio connection
        WavSource(upload_bytes)       # or the bytes, or WavSource(open("q.wav", "rb"))
    """

    def __init__(
        self,
        source: WavInput,
        /,
        *,
        format: FormatLike = None,
        chunk_ms: int = 20,
        realtime: bool = False,
        clock: Clock | Callable[[], float] | None = None,
    ) -> None:
        path = None if (given := wav_path(source)) is None else Path(given)
        self.path: Path | None = path
        """The file's path, when ``source`` was one (``None`` for bytes or a file object)."""
        self.format: AudioFormat = as_audio_format(format)
        self.chunk_ms: int = check_chunk_ms(chunk_ms)
        self.realtime = realtime
        self.clock: Clock = _pacing_clock(clock)
        wav = read_wav(source, path.name if path is not None else "WavSource")
        frames, channels = wav.frames, wav.channels
        self.rate: int = wav.rate
        if channels == 2:  # keep the left channel (one C-level strided copy, not a loop)
            frames = memoryview(frames)[: len(frames) // 4 * 4].cast("h")[::2].tobytes()
        self.pcm = frames

    @property
    def duration_ms(self) -> float:
        """The file's length in milliseconds."""
        return len(self.pcm) * 1000 / (self.rate * 2)

    def chunks(self) -> Iterator[bytes]:
        """The file in ``chunk_ms`` pieces, in the session format (not paced)."""
        encode = Encoder(self.rate, self.format)
        size = self.rate * self.chunk_ms // 1000 * 2
        for start in range(0, len(self.pcm), size):
            piece = self.pcm[start : start + size]
            out = encode(piece, last=start + size >= len(self.pcm))
            if out:
                yield out

    def send_to(self, conn: Any) -> int:
        """Send the file to a blocking connection; returns how many chunks were sent (paced
        by the source's ``clock`` when ``realtime``)."""
        start, count = self.clock.now(), 0
        for count, chunk in enumerate(self.chunks(), 1):
            conn.send(append_event(chunk))
            if self.realtime:
                delay = start + count * self.chunk_ms / 1000 - self.clock.now()
                if delay > 0:
                    self.clock.sleep(delay)
        return count

    async def asend_to(self, conn: Any) -> int:
        """Send the file to an asyncio connection; returns how many chunks were sent."""
        start, count = self.clock.now(), 0
        for count, chunk in enumerate(self.chunks(), 1):
            await conn.send(append_event(chunk))
            if self.realtime:
                delay = start + count * self.chunk_ms / 1000 - self.clock.now()
                if delay > 0:
                    await self.clock.asleep(delay)
        return count
