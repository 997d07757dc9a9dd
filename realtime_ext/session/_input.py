"""Check each keyword a session builder was given into its wire field (:func:`put_checked`),
and the input-audio keywords every session builder takes (:func:`put_input_audio`).

GA sessions nest the input-audio keywords under ``audio.input`` (``format``,
``transcription``, ...); the beta endpoints take them flat at the top of the session
(``input_audio_format``, ``input_audio_transcription``, ...) with plain-string formats.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._checks import UNSET
from . import _normalise as norm

# The keywords that default to UNSET: an explicit None there is sent as JSON null (turn it
# off); every other keyword defaults to None, which means "not given".
NULLABLE = frozenset({"transcription", "noise_reduction", "turn_detection", "tracing", "prompt"})

# Where the input-audio keywords go: GA nests them under audio.input, beta names them flat.
_GA_INPUT = {"input_audio_format": "format"}
_BETA_INPUT = {
    "transcription": "input_audio_transcription",
    "noise_reduction": "input_audio_noise_reduction",
}

Row = tuple[str, object, Callable[[str, Any], Any]]


def put_checked(out: dict[str, Any], *rows: Row, fields: Mapping[str, str] | None = None) -> None:
    """For each ``(keyword, value, check)`` given, set ``out[field] = check(keyword, value)``
    in order; ``fields`` maps a keyword to a differently named wire field.

    A value left at its default is skipped: ``UNSET``, or ``None`` for a keyword not in
    :data:`NULLABLE`.

    Example:
        >>> out: dict[str, Any] = {}
        >>> put_checked(out, ("voice", "alloy", norm.voice), ("tracing", None, norm.tracing),
        ...             ("prompt", UNSET, norm.prompt), ("include", None, norm.include))
        >>> out
        {'voice': 'alloy', 'tracing': None}
    """
    names = fields or {}
    for keyword, value, check in rows:
        if value is UNSET or (value is None and keyword not in NULLABLE):
            continue
        out[names.get(keyword, keyword)] = check(keyword, value)


def put_input_audio(
    out: dict[str, Any],
    format: object = None,
    transcription: object = UNSET,
    noise_reduction: object = UNSET,
    turn_detection: object = UNSET,
    *,
    beta: bool = False,
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
    put_checked(
        out,
        ("input_audio_format", format, norm.beta_audio_format if beta else norm.ga_audio_format),
        ("transcription", transcription, norm.transcription),
        ("noise_reduction", noise_reduction, norm.noise_reduction),
        ("turn_detection", turn_detection, norm.turn_detection),
        fields=_BETA_INPUT if beta else _GA_INPUT,
    )
