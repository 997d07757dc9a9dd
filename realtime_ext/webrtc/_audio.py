"""Call audio: PCM in (WAV file, bytes, async iterator, or silence) and PCM out (iterator, WAV).

The wire carries Opus at 48 kHz (aiortc encodes and decodes); the app side speaks the API's
own format, mono PCM16 at 24 kHz, unless told another input rate. PyAV (an aiortc
dependency) does the resampling.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import os
import time
import wave
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Callable
from pathlib import Path
from typing import Any

from realtime_ext import APITimeoutError, InvalidArgumentError

SAMPLE_RATE = 24_000
"""The Realtime API's PCM rate: what :class:`AudioOutput` yields and bytes input default to."""
FRAME_MS = 20
MAX_QUEUED_FRAMES = 500  # 10 s of output kept for a slow (or absent) reader
DEFAULT_MAX_RECORD_SECONDS = 3600.0
"""Audio one recorder keeps at most (an hour: 173 MB of 24 kHz PCM16)."""

AudioInput = str | os.PathLike[str] | bytes | bytearray | memoryview | AsyncIterable[bytes] | None
"""What ``audio_in=`` takes: a WAV path, mono PCM16 bytes, an async iterator of PCM16
chunks, or ``None`` for silence."""


class AudioSource:
    """Validated caller audio: PCM16 chunks at ``sample_rate`` with ``channels`` channels."""

    def __init__(
        self, chunks: AsyncIterator[bytes] | None, *, sample_rate: int, channels: int = 1
    ) -> None:
        self.chunks = chunks
        self.sample_rate = sample_rate
        self.channels = channels

    @property
    def frame_bytes(self) -> int:
        """Bytes in one 20 ms frame."""
        return self.sample_rate * FRAME_MS // 1000 * 2 * self.channels


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _wav(path: Path) -> AudioSource:
    from realtime_ext.audio import read_wav

    wav = read_wav(path, "audio_in")
    return AudioSource(_once(wav.frames), sample_rate=wav.rate, channels=wav.channels)


def audio_source(audio_in: AudioInput, sample_rate: int = SAMPLE_RATE) -> AudioSource:
    """Check ``audio_in`` before the call starts and turn it into an :class:`AudioSource`.

    Example::

        audio_source("hello.wav")          # any rate, 16-bit mono/stereo
        audio_source(pcm_bytes)            # mono PCM16 at 24 kHz
        audio_source(mic_chunks(), 16000)  # an async iterator of PCM16 chunks
        audio_source(None)                 # silence
    """
    if isinstance(sample_rate, bool) or not isinstance(sample_rate, int) or sample_rate <= 0:
        raise InvalidArgumentError(f"sample_rate must be a positive int, got {sample_rate!r}")
    if audio_in is None:
        return AudioSource(None, sample_rate=sample_rate)
    if isinstance(audio_in, str | os.PathLike):
        return _wav(Path(audio_in))
    if isinstance(audio_in, bytes | bytearray | memoryview):
        data = bytes(audio_in)
        if len(data) % 2:
            raise InvalidArgumentError(
                f"audio_in has {len(data)} bytes, not a whole number of 16-bit samples"
            )
        return AudioSource(_once(data), sample_rate=sample_rate)
    if isinstance(audio_in, AsyncIterable):
        return AudioSource(aiter(audio_in), sample_rate=sample_rate)
    raise InvalidArgumentError(
        "audio_in must be a WAV path, PCM16 bytes, an async iterator of PCM16 bytes or None, "
        f"got {type(audio_in).__name__}"
    )


def _frame(pcm: bytes, source: AudioSource, pts: int) -> Any:
    import av

    layout = "mono" if source.channels == 1 else "stereo"
    samples = len(pcm) // (2 * source.channels)
    frame = av.AudioFrame(format="s16", layout=layout, samples=samples)
    frame.planes[0].update(pcm)
    frame.sample_rate = source.sample_rate
    frame.pts = pts
    frame.time_base = fractions.Fraction(1, source.sample_rate)
    return frame


class InputAudio:
    """A call's input (``call.audio_in``): ``source`` played in real time, then silence,
    sent by one peer connection's track at a time (:meth:`track`), so a call that moves to
    a new peer connection (a reconnect) goes on with its input where it stood.

    Silence after the input keeps the stream going like an open microphone (the API's
    voice detection needs it to end a turn). ``frames_sent``/``bytes_sent`` count the
    input only; ``silence_frames`` the rest; ``finished`` is set when the input ran out.

    Example::

        audio_in = InputAudio(audio_source("question.wav"))
        pc.addTransceiver(audio_in.track(), direction="sendrecv")
    """

    def __init__(self, source: AudioSource) -> None:
        self.source = source
        self.frames_sent: int = 0
        self.bytes_sent: int = 0
        self.silence_frames: int = 0
        self.finished: asyncio.Event = asyncio.Event()
        if source.chunks is None:
            self.finished.set()
        self._buffer = bytearray()
        self._pts = 0
        self._start: float | None = None
        # The chunk being read from the source: a task of its own, so a track stopped while
        # it waits (its peer connection closing) leaves the source to the next track instead
        # of closing it (a cancelled anext() finalises an async generator: a microphone).
        self._pull: asyncio.Future[bytes] | None = None
        self._track: Any = None

    def track(self) -> Any:
        """A new aiortc audio track sending this input from where it stands (the previous
        one stops); pacing starts again from now.

        Example::

            pc.addTransceiver(call.audio_in.track(), direction="sendrecv")
        """
        from aiortc import MediaStreamTrack
        from aiortc.mediastreams import MediaStreamError

        audio = self

        class PcmInputTrack(MediaStreamTrack):
            kind = "audio"

            async def recv(self) -> Any:
                if self.readyState != "live":
                    raise MediaStreamError
                return await audio.next_frame()

        self._stop_track()
        self._start = None
        self._track = PcmInputTrack()
        return self._track

    def _stop_track(self) -> None:
        if self._track is not None:
            self._track.stop()
            self._track = None

    def stop(self) -> None:
        """End the input: the current track stops and the source is no longer read."""
        self._stop_track()
        if self._pull is not None:
            self._pull.cancel()
            self._pull = None

    async def _next_chunk(self, chunks: AsyncIterator[bytes]) -> bytes:
        if self._pull is None:
            self._pull = asyncio.ensure_future(anext(chunks))
        try:
            return await asyncio.shield(self._pull)
        finally:
            if self._pull.done():
                self._pull = None

    async def _next_pcm(self) -> bytes | None:
        size = self.source.frame_bytes
        chunks = self.source.chunks
        while chunks is not None and len(self._buffer) < size:
            try:
                chunk = await self._next_chunk(chunks)
            except StopAsyncIteration:
                self.source.chunks = chunks = None
                break
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise InvalidArgumentError(
                    f"audio_in yielded {type(chunk).__name__}, expected PCM16 bytes"
                )
            self._buffer += chunk
        if not self._buffer:
            self.finished.set()
            return None
        pcm = bytes(self._buffer[:size])
        del self._buffer[:size]
        if chunks is None and not self._buffer:
            self.finished.set()
        return pcm

    async def next_frame(self) -> Any:
        """The next 20 ms frame, in real time (what the current track sends)."""
        source = self.source
        step = source.frame_bytes // (2 * source.channels)
        if self._start is None:  # a new track: paced from now, its timestamps going on
            self._start = time.monotonic() - self._pts / source.sample_rate
        else:
            delay = self._start + self._pts / source.sample_rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
        pcm = await self._next_pcm()
        if pcm is None:
            self.silence_frames += 1
            pcm = bytes(source.frame_bytes)
        else:
            self.frames_sent += 1
            self.bytes_sent += len(pcm)
            pcm = pcm.ljust(source.frame_bytes, b"\0")  # the last, short frame
        frame = _frame(pcm, source, self._pts)
        self._pts += step
        return frame


async def track_pcm(track: Any) -> AsyncIterator[list[bytes]]:
    """Each frame of a remote aiortc audio ``track``, as PCM16 mono chunks at
    :data:`SAMPLE_RATE`, until the track ends: the one decoding of received audio (a call's
    :class:`AudioOutput` and the fake server's peer in ``realtime_ext.testing``)."""
    import av
    from aiortc.mediastreams import MediaStreamError

    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    while True:
        try:
            frame = await track.recv()
        except MediaStreamError:
            return
        yield [bytes(out.planes[0])[: out.samples * 2] for out in resampler.resample(frame)]


class WavRecorder:
    """Collects response audio from the moment it is created; writes it as a WAV file.

    It stops by itself after ``max_seconds`` of audio (``truncated`` is then True), so a
    recorder nobody stops cannot grow without limit; :meth:`stop` also releases it from
    the :class:`AudioOutput` that feeds it.

    Example::

        recorder = call.audio_out.record()
        await call.run_until("output_audio_buffer.stopped")
        recorder.save("answer.wav")
    """

    def __init__(
        self,
        *,
        max_seconds: float | None = DEFAULT_MAX_RECORD_SECONDS,
        on_stop: Callable[[WavRecorder], None] | None = None,
    ) -> None:
        if max_seconds is not None and not max_seconds > 0:
            raise InvalidArgumentError(f"max_seconds must be > 0 or None, got {max_seconds!r}")
        self._chunks: list[bytes] = []
        self._bytes = 0
        self._max_bytes = None if max_seconds is None else int(max_seconds * SAMPLE_RATE) * 2
        self._on_stop = on_stop
        self.recording: bool = True
        self.truncated: bool = False

    def feed(self, pcm: bytes) -> None:
        """Add one PCM frame (called by :class:`AudioOutput`)."""
        if not self.recording:
            return
        if self._max_bytes is not None and self._bytes + len(pcm) > self._max_bytes:
            pcm = pcm[: self._max_bytes - self._bytes]
            self.truncated = True
        self._chunks.append(pcm)
        self._bytes += len(pcm)
        if self.truncated:
            self.stop()

    def stop(self) -> None:
        """Stop collecting (what was collected stays) and detach from the audio output."""
        self.recording = False
        on_stop, self._on_stop = self._on_stop, None
        if on_stop is not None:
            on_stop(self)

    @property
    def pcm(self) -> bytes:
        """Everything collected: mono PCM16 at 24 kHz."""
        return b"".join(self._chunks)

    @property
    def duration_ms(self) -> float:
        """Length of what was collected, in milliseconds."""
        return self._bytes / 2 / SAMPLE_RATE * 1000

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write a 24 kHz mono 16-bit WAV file; returns its path."""
        target = Path(path)
        with wave.open(str(target), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(SAMPLE_RATE)
            wav.writeframes(self.pcm)
        return target


class AudioOutput:
    """The model's audio as received over RTP, decoded to 24 kHz mono PCM16 frames.

    Iterate it for the frames (``async for pcm in call.audio_out``; it ends with the call),
    or :meth:`record` a WAV. Counters: ``frames`` (RTP audio frames decoded), ``bytes``
    (PCM bytes produced), ``dropped`` (frames no reader took in time; at most
    ``MAX_QUEUED_FRAMES`` wait in the queue).

    Example::

        async for pcm in call.audio_out:
            speaker.write(pcm)
    """

    def __init__(self) -> None:
        self.frames: int = 0
        self.bytes: int = 0
        self.dropped: int = 0
        self._queue: deque[bytes | None] = deque()
        self._ready = asyncio.Event()
        self._recorders: list[WavRecorder] = []
        self._task: asyncio.Task[None] | None = None
        self._ended = False

    def attach(self, track: Any) -> None:
        """Start decoding a remote audio track (called when the answer brings one). A track
        of the call's next peer connection (a reconnect) takes over from the last one: the
        output goes on, its readers and recorders with it. The output ends with the call
        (:meth:`end`), not with a track."""
        if track.kind != "audio" or self._ended:
            return
        previous = self._task
        if previous is not None and not previous.done():
            previous.cancel()
        self._task = asyncio.get_running_loop().create_task(self._pump(track))

    async def _pump(self, track: Any) -> None:
        try:
            async for chunks in track_pcm(track):
                self.frames += 1
                for pcm in chunks:
                    self._push(pcm)
        except Exception:  # audio that cannot be decoded ends the output, never silently
            self.end()
            raise

    def _push(self, pcm: bytes) -> None:
        self.bytes += len(pcm)
        for recorder in tuple(self._recorders):  # a full recorder stops (and leaves) here
            recorder.feed(pcm)
        if len(self._queue) >= MAX_QUEUED_FRAMES:
            self._queue.popleft()
            self.dropped += 1
        self._queue.append(pcm)
        self._ready.set()

    def record(self, *, max_seconds: float | None = DEFAULT_MAX_RECORD_SECONDS) -> WavRecorder:
        """A new :class:`WavRecorder` collecting every frame from now on, for at most
        ``max_seconds`` (``None``: no limit). Stopped recorders are released (no longer fed
        or held here)."""
        recorder = WavRecorder(max_seconds=max_seconds, on_stop=self._release)
        self._recorders.append(recorder)
        return recorder

    def _release(self, recorder: WavRecorder) -> None:
        with contextlib.suppress(ValueError):
            self._recorders.remove(recorder)

    @property
    def recorders(self) -> int:
        """Recorders still collecting."""
        return len(self._recorders)

    def end(self) -> None:
        """Mark the output finished (the call ended): iteration stops after queued frames."""
        if not self._ended:
            self._ended = True
            self._queue.append(None)
            self._ready.set()

    async def aclose(self) -> None:
        """Stop decoding and end iteration."""
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self.end()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._frames()

    async def read(self, timeout: float | None = None) -> bytes | None:
        """The next frame, ``None`` once the output ended; ``APITimeoutError`` when none
        arrives within ``timeout`` seconds. Safe to cancel (a frame is taken only when
        returned).

        Example::

            pcm = await call.audio_out.read(timeout=5)
        """
        while not self._queue:
            self._ready.clear()
            try:
                async with asyncio.timeout(timeout):
                    await self._ready.wait()
            except TimeoutError:
                raise APITimeoutError(f"no call audio within {timeout}s") from None
        pcm = self._queue.popleft()
        if pcm is None:
            self._queue.appendleft(None)  # later readers see the end too
        return pcm

    async def _frames(self) -> AsyncIterator[bytes]:
        while (pcm := await self.read()) is not None:
            yield pcm
