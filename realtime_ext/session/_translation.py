"""Builder for translation sessions (``RealtimeTranslationSessionCreateRequest``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._checks import UNSET, SessionConfig, Unset, check_name, check_str, finish
from ._input import put_input_audio

__all__ = ["DEFAULT_TRANSLATION_MODEL", "translation_session"]

DEFAULT_TRANSLATION_MODEL = "gpt-realtime-translate"
"""A translation session's ``model`` (the API requires one) when none is given: the model the
API reference uses. ``translation_session()``, ``client.translations.connect()`` and
``client.translations.client_secrets.create()`` default to it.

Example:
    >>> translation_session()["model"] == DEFAULT_TRANSLATION_MODEL
    True
"""


def translation_session(
    *,
    model: str = DEFAULT_TRANSLATION_MODEL,
    output_language: str | None = None,
    transcription: str | Mapping[str, Any] | Unset | None = UNSET,
    noise_reduction: str | Mapping[str, Any] | Unset | None = UNSET,
    extra: Mapping[str, Any] | None = None,
) -> SessionConfig:
    """A translation session: the ``session`` of ``POST /realtime/translations/client_secrets``.

    ``output_language`` is the target language (e.g. ``"es"``); ``transcription`` a
    model name (or ``{"model": ...}``) for source-language transcript deltas;
    ``None`` for ``transcription``/``noise_reduction`` sends ``null``.

    Example:
        >>> translation_session(output_language="es", noise_reduction="near_field")
        {'model': 'gpt-realtime-translate', 'audio': {'input': {'noise_reduction': {'type': 'near_field'}}, 'output': {'language': 'es'}}}
    """  # noqa: E501
    session: dict[str, Any] = {"model": check_name("model", model)}
    audio_in: dict[str, Any] = {}
    put_input_audio(audio_in, transcription=transcription, noise_reduction=noise_reduction)
    audio: dict[str, Any] = {}
    if audio_in:
        audio["input"] = audio_in
    if output_language is not None:
        audio["output"] = {"language": check_str("output_language", output_language)}
    if audio:
        session["audio"] = audio
    return finish(session, extra, ("translation",))
