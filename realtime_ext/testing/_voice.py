"""What the fake server does with voice: server VAD on input audio, truncation, audio formats.

Server VAD (on whenever the session's ``turn_detection`` is ``server_vad``, the default,
or ``semantic_vad``, as on the API; off with ``turn_detection: null``,
``server.script.detect_speech(False)``, ``serve-fake --no-vad`` or the scenario key
``vad: false``) works on the audio's own timeline, never the wall clock, so tests are
deterministic: each 10 ms
frame of appended audio whose RMS level (0..1 of full scale) is over ``threshold / 10``
is speech. The first speech frame sends ``input_audio_buffer.speech_started``
(``audio_start_ms`` = that frame minus ``prefix_padding_ms``) and, with
``interrupt_response``, cancels the response in progress (status ``cancelled``, reason
``turn_detected``). ``silence_duration_ms`` of quiet then sends ``speech_stopped``,
commits the buffer (the user item gets the id announced in ``speech_started``) and, with
``create_response``, starts a response. ``semantic_vad`` is approximated by the same
energy rule: its ``eagerness`` is read as a silence of 250 ms (``high``), 500 ms (``auto``,
``medium``) or 1,000 ms (``low``), since the fake has no model of what was said. A manual
``input_audio_buffer.commit`` or ``clear`` ends the speech in progress (a commit uses the
item id ``speech_started`` announced). ``idle_timeout_ms`` (``server_vad`` only, as on the
API) counts from the end of the last response's audio (when it is done, plus its length) on
the same timeline: that much quiet sends ``input_audio_buffer.timeout_triggered`` and the
conversation then nudges the model and answers, as the API does; speech disarms it until
the next response is done. Each second of speech heard is reported too (``SpeechHeard``), for
a streaming transcription model's deltas before ``speech_stopped``.

Truncation checks what the real API checks: an assistant message, an audio content part,
``audio_end_ms`` no longer than the item's audio (else an ``error``); it cuts the item's
audio (``conversation.item.retrieve`` returns the cut audio) and removes the part's whole
transcript (not only the unheard part: text cannot be cut at a millisecond).

:class:`Voice` holds only its own state (the VAD timeline, the responses whose audio can be
cut); the conversation passes in what it needs (the session, whether speech detection is
on, its store of item audio) and acts on the turns :meth:`Voice.appended` reports
(sending the events, committing, cancelling or starting a response), so this module sits
below the conversation and the responses and imports neither.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol

from realtime_ext.audio import PCM, AudioFormat, as_audio_format, resample

from ._audio import SAMPLE_RATE, sine_pcm16
from ._events import JSON, ClientError
from ._ids import new_id
from ._json import json_object
from ._kept_audio import MAX_KEPT_AUDIO_BYTES, KeptAudio

FRAME_MS = 10
MAX_TRACKED_RUNS = 256
VAD_TYPES = ("server_vad", "semantic_vad")
# semantic_vad's eagerness as a silence: the fake cannot tell a finished thought.
EAGERNESS_SILENCE_MS = {"low": 1000, "medium": 500, "auto": 500, "high": 250}


def _format(session: JSON, direction: str) -> AudioFormat:
    try:
        audio: JSON = session.get("audio") or {}
        audio_direction: JSON = audio.get(direction) or {}
        return as_audio_format(audio_direction.get("format"))
    except Exception:  # an unknown format: the fake treats it as PCM
        return PCM


def output_audio(session: JSON, ms: int) -> bytes:
    """``ms`` of the synthetic voice in the session's output format (PCM, PCMU, PCMA).

    >>> len(output_audio({"audio": {"output": {"format": {"type": "audio/pcmu"}}}}, 100))
    800
    """
    fmt = _format(session, "output")
    pcm = sine_pcm16(ms)
    if fmt.rate != SAMPLE_RATE:
        pcm = resample(pcm, SAMPLE_RATE, fmt.rate)
    return fmt.encode(pcm)


CALLER_PAUSE_MS = 1100
"""The quiet after a caller's line: longer than any VAD's silence (semantic_vad ``low``)."""


def caller_speech(session: JSON, ms: int) -> bytes:
    """``ms`` of a caller's voice (a tone), then a pause, in the session's input format.

    >>> len(caller_speech({}, 100)) == 48 * (100 + CALLER_PAUSE_MS)
    True
    """
    fmt = _format(session, "input")
    pcm = sine_pcm16(ms, frequency=220.0) + bytes(SAMPLE_RATE * 2 * CALLER_PAUSE_MS // 1000)
    if fmt.rate != SAMPLE_RATE:
        pcm = resample(pcm, SAMPLE_RATE, fmt.rate)
    return fmt.encode(pcm)


def output_format(session: JSON) -> AudioFormat:
    """The session's output audio format."""
    return _format(session, "output")


def input_format(session: JSON) -> AudioFormat:
    """The session's input audio format."""
    return _format(session, "input")


def _rms(pcm: bytes) -> float:
    usable = len(pcm) // 2 * 2
    if pcm.count(0, 0, usable) == usable:  # silence (or nothing): most frames of a call
        return 0.0
    samples = array("h", pcm[:usable])
    # hypot is the square root of the sum of squares, in C: a Python loop over every
    # sample was most of serve-fake's CPU under many sessions' audio.
    return math.hypot(*samples) / math.sqrt(len(samples)) / 32768


def _threshold(turn: JSON) -> float:
    threshold = turn.get("threshold")
    if isinstance(threshold, (int, float)) and 0 <= threshold <= 1:
        return float(threshold)
    return 0.5


def _idle_timeout_ms(turn: JSON) -> int | None:
    # Only server_vad has an idle timeout (the API reference says so).
    idle = turn.get("idle_timeout_ms")
    if turn.get("type") != "server_vad" or isinstance(idle, bool) or not isinstance(idle, int):
        return None
    return idle if idle > 0 else None


def _silence_ms(turn: JSON) -> int:
    if turn.get("type") == "semantic_vad":
        return EAGERNESS_SILENCE_MS.get(str(turn.get("eagerness") or "auto"), 500)
    silence = turn.get("silence_duration_ms")
    return silence if isinstance(silence, int) and silence > 0 else 500


@dataclass(frozen=True)
class SpeechStarted:
    """Server VAD heard speech start: send ``input_audio_buffer.speech_started`` and, with
    ``interrupt_response``, cancel the response in progress (``turn_detected``)."""

    item_id: str
    audio_start_ms: int
    interrupt_response: bool


@dataclass(frozen=True)
class IdleTimeout:
    """``turn_detection.idle_timeout_ms`` of quiet after the last response's audio: send
    ``input_audio_buffer.timeout_triggered``, then (as the API does) a system message asking
    the model to follow up, commit the buffer as ``item_id`` and start a response."""

    item_id: str
    audio_start_ms: int
    audio_end_ms: int


@dataclass(frozen=True)
class SpeechHeard:
    """Another :data:`HEARD_EVERY_MS` of the speech in progress (``item_id``): a streaming
    transcription model transcribes as it hears, before ``speech_stopped``."""

    item_id: str


@dataclass(frozen=True)
class SpeechStopped:
    """Server VAD heard the speech end: send ``input_audio_buffer.speech_stopped``, commit
    the buffer as ``item_id`` and, with ``create_response``, start a response."""

    item_id: str
    audio_end_ms: int
    create_response: bool


Turn = SpeechStarted | SpeechHeard | SpeechStopped | IdleTimeout
HEARD_EVERY_MS = 1000


class StreamedAudio(Protocol):
    """A response being streamed (the fake's ``ResponseRun``): its message's audio so far."""

    @property
    def audio(self) -> bytes:
        """The message's whole audio, in the session's output format."""
        ...


def _streamed_bytes(run: StreamedAudio) -> int:
    return len(run.audio)


class Voice:
    """Server VAD and truncation for one fake conversation.

    ``item_audio`` is the conversation's audio of each item by id (truncation cuts it).
    """

    def __init__(self, item_audio: MutableMapping[str, bytes]) -> None:
        self.item_audio = item_audio
        self._pending = b""  # input audio not yet a whole frame
        self._stream_ms = 0  # input audio heard this session (the VAD timeline)
        self._speaking = False
        self._silence_ms = 0
        self._item_id: str | None = None
        self._runs: KeptAudio[StreamedAudio] = KeptAudio(
            limit=MAX_KEPT_AUDIO_BYTES, size=_streamed_bytes, max_items=MAX_TRACKED_RUNS
        )
        self._idle_from: int | None = None  # where the idle timeout counts from, if armed
        self._spoken_ms = 0  # speech heard in the turn in progress

    # -- server VAD --------------------------------------------------------------------------
    @staticmethod
    def _turn_detection(session: JSON, detect: bool) -> JSON | None:
        if not detect:
            return None
        audio: JSON = session.get("audio") or {}
        audio_input: JSON = audio.get("input") or {}
        turn = json_object(audio_input.get("turn_detection"))
        if turn is not None and turn.get("type") in VAD_TYPES:
            return turn
        return None

    def appended(self, data: bytes, session: JSON, *, detect: bool) -> list[Turn]:
        """Input audio was appended: run VAD over the whole frames it completes.

        ``detect`` is whether speech detection is on (the script's switch); the turns
        heard are returned in order, for the conversation to act on.
        """
        turn = self._turn_detection(session, detect)
        if turn is None:
            return []
        turns: list[Turn] = []
        fmt = _format(session, "input")
        frame = fmt.nbytes(FRAME_MS)
        buffered = self._pending + data
        whole = len(buffered) // frame * frame
        self._pending = buffered[whole:]
        threshold = _threshold(turn) / 10
        idle = _idle_timeout_ms(turn)
        for start in range(0, whole, frame):
            level = _rms(fmt.decode(buffered[start : start + frame]))
            self._stream_ms += FRAME_MS
            if level > threshold:
                self._silence_ms = 0
                self._idle_from = None
                if not self._speaking:
                    turns.append(self._started(turn))
                self._spoken_ms += FRAME_MS
                if self._spoken_ms % HEARD_EVERY_MS == 0 and self._item_id is not None:
                    turns.append(SpeechHeard(self._item_id))
            elif self._speaking:
                self._silence_ms += FRAME_MS
                if self._silence_ms >= _silence_ms(turn):
                    turns.append(self._stopped(turn))
            elif (
                idle is not None
                and self._idle_from is not None
                and self._stream_ms - self._idle_from >= idle
            ):
                start_ms, self._idle_from = self._idle_from, None
                turns.append(IdleTimeout(new_id("item"), start_ms, self._stream_ms))
        return turns

    def responded(self, audio_ms: float) -> None:
        """A response ended, with ``audio_ms`` of audio: the idle timeout (if the session
        sets one) counts from when that audio has played, on the input audio's timeline."""
        self._idle_from = self._stream_ms + round(audio_ms)

    def end_speech(self) -> str | None:
        """A manual commit or clear ends the speech in progress: its announced item id."""
        item_id, self._item_id = self._item_id, None
        self._speaking = False
        self._silence_ms = 0
        self._pending = b""
        return item_id

    def _started(self, turn: JSON) -> SpeechStarted:
        self._speaking = True
        self._spoken_ms = 0
        self._item_id = new_id("item")
        start = max(0, self._stream_ms - FRAME_MS - int(turn.get("prefix_padding_ms") or 0))
        return SpeechStarted(self._item_id, start, bool(turn.get("interrupt_response", True)))

    def _stopped(self, turn: JSON) -> SpeechStopped:
        self._speaking = False
        item_id, self._item_id = self._item_id or new_id("item"), None
        stopped = SpeechStopped(
            item_id,
            self._stream_ms - self._silence_ms,
            bool(turn.get("create_response", True)),
        )
        self._silence_ms = 0
        return stopped

    # -- output audio and truncation ---------------------------------------------------------
    def track(self, item_id: str, run: StreamedAudio) -> None:
        """A response starts: its message ``item_id``'s audio (once streamed) can be
        truncated, while it is among the last :data:`MAX_TRACKED_RUNS` replies and within
        their :data:`~._kept_audio.MAX_KEPT_AUDIO_BYTES`."""
        self._runs[item_id] = run

    def audio_of(self, item_id: str) -> bytes:
        """The audio of ``item_id`` as it stands (cut by truncations)."""
        audio = self.item_audio.get(item_id)
        if audio is not None:
            return audio
        run = self._runs.get(item_id)
        return run.audio if run is not None else b""

    def truncate(self, item: JSON, content_index: int, audio_end_ms: int, session: JSON) -> None:
        """Check and apply ``conversation.item.truncate`` (raises ``ClientError``); the
        item's audio is in ``session``'s output format."""
        if item.get("type") != "message" or item.get("role") != "assistant":
            raise ClientError(
                "Only assistant message items can be truncated.",
                code="invalid_value",
                param="item_id",
            )
        parts: list[Any] = item.get("content") or []
        if content_index < 0 or (parts and content_index >= len(parts)):
            raise ClientError(
                f"Invalid 'content_index': {content_index}. The item has {len(parts)} "
                "content parts.",
                code="invalid_value",
                param="content_index",
            )
        if audio_end_ms < 0:
            raise ClientError(
                f"Invalid 'audio_end_ms': {audio_end_ms}. Expected a value >= 0.",
                code="invalid_value",
                param="audio_end_ms",
            )
        fmt = output_format(session)
        audio = self.audio_of(item["id"])
        duration = fmt.ms(len(audio))
        if audio_end_ms > duration:
            raise ClientError(
                f"Audio content of {math.floor(duration)}ms is already shorter than "
                f"{audio_end_ms}ms",
                code="invalid_value",
                param="audio_end_ms",
            )
        self.item_audio[item["id"]] = audio[: fmt.nbytes(audio_end_ms)]
        # As the API does: the whole transcript goes, so what was never heard leaves the
        # context (the text cannot be cut at the millisecond heard).
        if content_index < len(parts) and isinstance(parts[content_index], dict):
            parts[content_index]["transcript"] = ""
