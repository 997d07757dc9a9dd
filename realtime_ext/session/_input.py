"""The input-audio keywords every session builder takes, checked into their wire form.

GA sessions nest them under ``audio.input`` (``format``, ``transcription``, ...); the beta
endpoints take them flat at the top of the session (``input_audio_format``,
``input_audio_transcription``, ...) with plain-string formats.
"""

from __future__ import annotations

from typing import Any

from .._checks import UNSET
from . import _normalise as norm


def put_input_audio(
    out: dict[str, Any],
    *,
    beta: bool = False,
    format: object = None,
    transcription: object = UNSET,
    noise_reduction: object = UNSET,
    turn_detection: object = UNSET,
) -> None:
    """Check and set in ``out`` each keyword the caller passed (``None`` for ``format``,
    ``UNSET`` for the others means not passed; ``None`` there is sent as ``null``).

    Example:
        >>> audio_in: dict[str, Any] = {}
        >>> put_input_audio(audio_in, format="pcm16", turn_detection=None)
        >>> audio_in
        {'format': {'type': 'audio/pcm', 'rate': 24000}, 'turn_detection': None}
        >>> flat: dict[str, Any] = {}
        >>> put_input_audio(flat, beta=True, format="pcm16", noise_reduction="far_field")
        >>> flat
        {'input_audio_format': 'pcm16', 'input_audio_noise_reduction': {'type': 'far_field'}}
    """
    prefix = "input_audio_" if beta else ""
    if format is not None:
        if beta:
            out["input_audio_format"] = norm.beta_audio_format("input_audio_format", format)
        else:
            out["format"] = norm.ga_audio_format("input_audio_format", format)
    if transcription is not UNSET:
        out[prefix + "transcription"] = norm.transcription("transcription", transcription)
    if noise_reduction is not UNSET:
        out[prefix + "noise_reduction"] = norm.noise_reduction("noise_reduction", noise_reduction)
    if turn_detection is not UNSET:
        out["turn_detection"] = norm.turn_detection("turn_detection", turn_detection)
