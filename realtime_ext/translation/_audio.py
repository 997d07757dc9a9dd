"""Audio for translation sessions: frames of a WAV file, transcripts kept, a WAV recorder.

The connection takes PCM (``conn.send_audio``, re-cut into the engine's 200 ms frames by
the core's :class:`~realtime_ext.conversation.Framer`); :func:`frames` adds what an app
may have besides: a WAV file at any rate, converted. :class:`TranslationTranscript` and
:class:`TranslationRecorder` are extensions (``realtime_ext.Extension``) an app attaches to
a translation connection or call with ``conn.add_extension(...)``.
"""

from __future__ import annotations

import base64
import binascii
import os
import wave
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias, cast

from realtime_ext import InvalidArgumentError
from realtime_ext.audio import WavSource, resample
from realtime_ext.conversation import Extension, Framer
from realtime_ext.provider import DEFAULT_MAX_TEXT_CHARS, BoundedText, show

__all__ = ["TranslationAudio", "TranslationRecorder", "TranslationTranscript", "frames"]

SAMPLE_RATE = 24_000
"""A translation session's audio: 24 kHz PCM16 mono, both ways."""
FRAME_MS = 200

INPUT_APPEND = "session.input_audio_buffer.append"
OUTPUT_AUDIO = "session.output_audio.delta"
OUTPUT_TRANSCRIPT = "session.output_transcript.delta"
INPUT_TRANSCRIPT = "session.input_transcript.delta"
SESSION_CLOSED = "session.closed"

Bytes: TypeAlias = bytes | bytearray | memoryview
TranslationAudio: TypeAlias = Bytes | str | os.PathLike[str] | Iterable[Bytes]
"""What :func:`frames` takes: PCM16 24 kHz mono bytes, a WAV file path, or an iterator of
PCM16 24 kHz mono chunks of any size."""


def _wav_pcm(path: str | os.PathLike[str]) -> bytes:
    # WavSource reads 16-bit mono/stereo at any rate and converts to the session format.
    try:
        source = WavSource(Path(path), format="audio/pcm", chunk_ms=FRAME_MS)
    except ValueError as exc:  # e.g. a NUL in the path: wave.open raises ValueError
        if isinstance(exc, InvalidArgumentError):
            raise
        raise InvalidArgumentError(f"cannot read WAV file {str(path)!r}: {exc}") from None
    return b"".join(source.chunks())


def frames(source: TranslationAudio) -> Iterator[bytes]:
    """``source`` as 200 ms frames of 24 kHz PCM16 mono (the last one may be shorter), what
    a translation connection's ``send_audio`` takes: a WAV file (16-bit, mono or stereo, any
    rate: converted), PCM bytes or an iterator of PCM chunks.

    Bytes and WAV files are checked before the first frame is produced; an iterator's
    chunks as they come.

    Example:
        >>> [len(f) for f in frames(bytes(20_000))]
        [9600, 9600, 800]

    With a connection::

        conn.send_audio(frames("speech.wav"))
    """
    if isinstance(source, str | os.PathLike):
        return Framer().frames(_wav_pcm(source))
    return Framer().frames(source)


def _field(event: object, name: str) -> Any:
    if isinstance(event, dict):
        return cast("dict[str, Any]", event).get(name)  # a JSON event
    return getattr(event, name, None)


def _kind(event: object) -> str:
    kind = _field(event, "type")
    return kind if isinstance(kind, str) else ""


DEFAULT_MAX_TRANSCRIPT_CHARS = DEFAULT_MAX_TEXT_CHARS
"""About 10 hours of speech per transcript; older text is dropped beyond it."""


class TranslationTranscript(Extension):
    """Both transcripts of a session so far, whoever reads the events (an extension).

    Attach one to a translation connection or call,
    ``transcript = conn.add_extension(TranslationTranscript())``, then read
    ``transcript.target`` (the translation, from ``session.output_transcript.delta``),
    ``transcript.source`` (what was said, from ``session.input_transcript.delta``: only with
    input transcription on) and ``transcript.audio_ms`` (translated speech received as
    events; a WebRTC call's speech is RTP: ``call.audio_out``).

    Example:
        >>> t = TranslationTranscript()
        >>> t.received({"type": "session.output_transcript.delta", "delta": "Hola"})
        >>> t.target
        'Hola'
    """

    def __init__(self, *, max_chars: int = DEFAULT_MAX_TRANSCRIPT_CHARS) -> None:
        if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0:
            raise InvalidArgumentError(f"max_chars must be a positive int, got {max_chars!r}")
        self.max_chars: int = max_chars
        """Each transcript keeps at most its last ``max_chars`` characters (bounded memory
        however long the session or hostile the server)."""
        self._source = BoundedText(limit=max_chars)
        self._target = BoundedText(limit=max_chars)
        self.audio_bytes: int = 0
        """Bytes of translated PCM16 audio received."""

    @property
    def source(self) -> str:
        """The source-language transcript (deltas joined as sent: no spaces added)."""
        return self._source.text()

    @property
    def target(self) -> str:
        """The translated transcript."""
        return self._target.text()

    @property
    def audio_ms(self) -> float:
        """Milliseconds of translated speech received (24 kHz PCM16 mono)."""
        return self.audio_bytes * 1000 / (SAMPLE_RATE * 2)

    def received(self, event: object) -> None:
        """Keep a transcript delta, count an audio delta (called for each server event)."""
        kind = _kind(event)
        if kind == OUTPUT_TRANSCRIPT:
            self._target.add(str(_field(event, "delta") or ""))
        elif kind == INPUT_TRANSCRIPT:
            self._source.add(str(_field(event, "delta") or ""))
        elif kind == OUTPUT_AUDIO:
            delta = _field(event, "delta")
            if isinstance(delta, str):
                # base64 length -> decoded length, without decoding (no copy on this path)
                self.audio_bytes += len(delta) * 3 // 4 - delta[-2:].count("=")


class TranslationRecorder(Extension):
    """Writes a session's translated speech (and optionally the input) to WAV files.

    An extension: ``recorder = conn.add_extension(TranslationRecorder("out.wav"))``.
    Each ``session.output_audio.delta`` is appended to ``target`` as it arrives (resampled
    to 24 kHz if a delta says another rate); with ``source=`` every
    ``session.input_audio_buffer.append`` sent goes to that file too. The files are
    finished on ``session.closed``, on :meth:`close`, and when the session closes (``close()``
    or ``abort()``). On a WebRTC translation call the translated speech arrives as RTP, not
    as events: record it with ``call.audio_out.record()``.

    Example::

        recorder = conn.add_extension(TranslationRecorder("translated.wav", source="spoken.wav"))
        conn.send_audio(frames("speech.wav"))
        conn.close()
        print(recorder.target_ms)
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | None,
        *,
        source: str | os.PathLike[str] | None = None,
    ) -> None:
        if target is None and source is None:
            raise InvalidArgumentError(
                "TranslationRecorder needs a target and/or a source WAV path"
            )
        self.target_path: Path | None = _wav_path(target, "target")
        """The translated-speech WAV file (``None``: not recorded)."""
        self.source_path: Path | None = _wav_path(source, "source")
        """The sent-audio WAV file (``None``: not recorded)."""
        self.target_bytes: int = 0
        """PCM bytes of translated speech written."""
        self.source_bytes: int = 0
        """PCM bytes of sent audio written."""
        self._files: list[BinaryIO] = []
        self._target = self._open(self.target_path, self._files)
        try:
            self._source = self._open(self.source_path, self._files)
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _open(path: Path | None, files: list[BinaryIO]) -> wave.Wave_write | None:
        if path is None:
            return None
        # Open for the session's lifetime (written event by event), closed by close().
        # The file is opened first: wave.open(path) failing leaves a half-built writer
        # whose __del__ raises (an "Exception ignored" warning).
        try:
            file = open(path, "wb")  # noqa: SIM115
        except (OSError, ValueError) as exc:  # ValueError: a NUL or a lone surrogate in it
            raise InvalidArgumentError(f"cannot write WAV file {str(path)!r}: {exc}") from None
        files.append(file)  # a writer given a file object leaves it open: close() does
        wav = wave.open(file, "wb")  # noqa: SIM115
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        return wav

    @property
    def target_ms(self) -> float:
        """Milliseconds of translated speech written."""
        return self.target_bytes * 1000 / (SAMPLE_RATE * 2)

    @property
    def source_ms(self) -> float:
        """Milliseconds of input audio written."""
        return self.source_bytes * 1000 / (SAMPLE_RATE * 2)

    @property
    def finished(self) -> bool:
        """Whether the files are finished."""
        return self._target is None and self._source is None

    def received(self, event: object) -> None:
        """Write an output audio delta; finish the files on ``session.closed``."""
        kind = _kind(event)
        if kind == OUTPUT_AUDIO and self._target is not None:
            pcm = _decode(_field(event, "delta"))
            rate = _field(event, "sample_rate")
            if isinstance(rate, int) and not isinstance(rate, bool) and rate != SAMPLE_RATE:
                pcm = resample(pcm, rate, SAMPLE_RATE)
            self._target.writeframes(pcm)
            self.target_bytes += len(pcm)
        elif kind == SESSION_CLOSED:
            self.close()

    def sent(self, payload: dict[str, Any]) -> None:
        """Write the audio of a ``session.input_audio_buffer.append`` sent (``source=``)."""
        if payload.get("type") == INPUT_APPEND and self._source is not None:
            pcm = _decode(payload.get("audio"))
            self._source.writeframes(pcm)
            self.source_bytes += len(pcm)

    def closed(self) -> None:
        """The session closed: finish the files."""
        self.close()

    def close(self) -> None:
        """Finish the files (idempotent)."""
        for name in ("_target", "_source"):
            wav = getattr(self, name)
            setattr(self, name, None)
            if wav is not None:
                wav.close()
        for file in self._files:
            file.close()


def _wav_path(value: object, name: str) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str | os.PathLike):
        raise InvalidArgumentError(
            f"{name} must be a WAV file path (str or os.PathLike) or None, got {show(value)}"
        )
    return Path(cast("str | os.PathLike[str]", value))  # a str or a PathLike: checked above


def _decode(data: object) -> bytes:
    if not isinstance(data, str):
        return b""
    try:
        return base64.b64decode(data)
    except (binascii.Error, ValueError):
        return b""
