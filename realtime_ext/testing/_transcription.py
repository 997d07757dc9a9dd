"""Input audio transcription after a commit, when the session asks for it.

The real API runs a separate ASR model on each committed user turn and reports it with
``conversation.item.input_audio_transcription.delta`` events and one ``.completed`` (or
``.failed``). The fake transcribes to the script's next transcript (or a fixed sentence);
committed audio that is silence fails, as the real model does on silence.
"""

from __future__ import annotations

import sys
from array import array

from ._audio import pcm16_duration_ms
from ._events import JSON, event, obfuscation, tokens
from ._json import json_object

SILENCE_PEAK = 64  # int16 amplitude below which a whole turn counts as silence


def is_silence(pcm: bytes) -> bool:
    """Whether ``pcm`` (PCM16 LE mono) never rises above a low amplitude.

    >>> is_silence(bytes(4800)), is_silence(b"\\x00\\x40" * 2400)
    (True, False)
    """
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return all(-SILENCE_PEAK < s < SILENCE_PEAK for s in samples)


def transcription_enabled(session: JSON) -> bool:
    """Whether ``session`` (GA shape) has ``audio.input.transcription`` set."""
    audio: JSON = session.get("audio") or {}
    audio_input: JSON = audio.get("input") or {}
    transcription = audio_input.get("transcription")
    return isinstance(transcription, dict)


STREAMING_MODELS = ("gpt-realtime-whisper",)
"""Transcription models that transcribe as they hear: their deltas come while the user is
still speaking (before ``speech_stopped``), the rest after the commit."""


def transcription_model(session: JSON) -> str:
    """The session's ``audio.input.transcription.model`` (``""`` when unset)."""
    audio: JSON = session.get("audio") or {}
    audio_input: JSON = audio.get("input") or {}
    transcription = json_object(audio_input.get("transcription")) or {}
    model = transcription.get("model")
    return model if isinstance(model, str) else ""


def _usage(model: str, seconds: int, words: int) -> JSON:
    if "whisper" in model:
        # Whisper models bill by duration, and the API reports it so (as recorded).
        return {"type": "duration", "seconds": seconds}
    audio_tokens = seconds * 10
    return {
        "type": "tokens",
        "input_tokens": audio_tokens,
        "output_tokens": words,
        "total_tokens": audio_tokens + words,
        "input_token_details": {"text_tokens": 0, "audio_tokens": audio_tokens},
    }


def transcription_events(
    item_id: str, pcm: bytes, transcript: str | None, model: str = ""
) -> list[JSON]:
    """The events for one committed item: deltas then ``completed``, or ``failed``
    when ``transcript`` is ``None`` or the audio is silence. ``usage`` is a duration for a
    whisper ``model`` (``gpt-realtime-whisper``, ``whisper-1``), tokens for the others.

    >>> events = transcription_events("item_1", b"\\x00\\x40" * 2400, "Hi there", "whisper-1")
    >>> [e["type"].rsplit(".", 1)[1] for e in events], events[-1]["usage"]
    (['delta', 'delta', 'completed'], {'type': 'duration', 'seconds': 1})
    """
    whisper = "whisper" in model
    if transcript is not None and whisper and is_silence(pcm):
        # A whisper model hears nothing in silence, and says so: an empty transcript of 0 s
        # (as recorded), where the other models fail.
        return [
            event(
                "conversation.item.input_audio_transcription.completed",
                item_id=item_id,
                content_index=0,
                transcript="",
                usage=_usage(model, 0, 0),
            )
        ]
    if transcript is None or is_silence(pcm):
        return [
            event(
                "conversation.item.input_audio_transcription.failed",
                item_id=item_id,
                content_index=0,
                error={
                    "type": "transcription_error",
                    "code": "audio_unintelligible",
                    "message": "Audio could not be transcribed: no speech detected.",
                    "param": None,
                },
            )
        ]
    deltas = tokens(transcript)
    seconds = max(1, round(pcm16_duration_ms(len(pcm)) / 1000))
    out = [
        event(
            "conversation.item.input_audio_transcription.delta",
            item_id=item_id,
            content_index=0,
            delta=delta,
            obfuscation=obfuscation(delta),
        )
        for delta in deltas
        if delta
    ]
    out.append(
        event(
            "conversation.item.input_audio_transcription.completed",
            item_id=item_id,
            content_index=0,
            transcript=transcript,
            usage=_usage(model, seconds, len(deltas)),
        )
    )
    return out
