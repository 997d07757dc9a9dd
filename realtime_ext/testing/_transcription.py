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
from ._events import JSON, event

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


def transcription_events(item_id: str, pcm: bytes, transcript: str | None) -> list[JSON]:
    """The events for one committed item: deltas then ``completed``, or ``failed``
    when ``transcript`` is ``None`` or the audio is silence.

    >>> [e["type"].rsplit(".", 1)[1] for e in transcription_events("item_1", b"\\x00\\x40" * 2400, "Hi there")]
    ['delta', 'delta', 'completed']
    """  # noqa: E501
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
    words = transcript.split(" ")
    deltas = [word if i == 0 else " " + word for i, word in enumerate(words)]
    seconds = max(1, round(pcm16_duration_ms(len(pcm)) / 1000))
    audio_tokens = seconds * 10
    text_tokens = len(words)
    out = [
        event(
            "conversation.item.input_audio_transcription.delta",
            item_id=item_id,
            content_index=0,
            delta=delta,
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
            usage={
                "type": "tokens",
                "input_tokens": audio_tokens,
                "output_tokens": text_tokens,
                "total_tokens": audio_tokens + text_tokens,
                "input_token_details": {"text_tokens": 0, "audio_tokens": audio_tokens},
            },
        )
    )
    return out
