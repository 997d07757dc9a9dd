"""Builders for the beta endpoints ``POST /realtime/sessions`` and ``/transcription_sessions``.

They take the same keywords as the GA builders and emit the flat beta field names
(``modalities``, ``input_audio_format``, ``max_response_output_tokens``, ...) with
plain-string audio formats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._checks import UNSET, SessionConfig, Unset, check_name, check_number, check_str, finish
from .._exceptions import SessionConfigError
from . import _normalise as norm
from ._input import put_checked, put_input_audio
from ._tool import ToolDefinition

__all__ = ["beta_session", "beta_transcription_session"]


# The GA keywords whose beta field has another name (the input-audio ones: put_input_audio).
_BETA_FIELDS = {
    "output_modalities": "modalities",
    "max_output_tokens": "max_response_output_tokens",
}


def _temperature(keyword: str, value: object) -> float | int:
    return check_number(keyword, value, low=0.6, high=1.2)


def _beta_tool_choice(keyword: str, value: object) -> str:
    choice = norm.tool_choice(keyword, value)
    if isinstance(choice, str):
        return choice
    # The beta field is a plain string: a forced function is named by itself.
    if choice.get("type") == "function" and isinstance(choice.get("name"), str):
        return str(choice["name"])
    raise SessionConfigError("tool_choice", "beta sessions take a mode string or a function name")


def beta_session(
    *,
    model: str | None = None,
    instructions: str | None = None,
    voice: str | Mapping[str, Any] | None = None,
    speed: float | None = None,
    temperature: float | None = None,
    output_modalities: str | Sequence[str] | None = None,
    input_audio_format: str | Mapping[str, Any] | None = None,
    output_audio_format: str | Mapping[str, Any] | None = None,
    transcription: str | Mapping[str, Any] | Unset | None = UNSET,
    noise_reduction: str | Mapping[str, Any] | Unset | None = UNSET,
    turn_detection: str | Mapping[str, Any] | Unset | None = UNSET,
    tools: Sequence[Mapping[str, Any] | ToolDefinition] | None = None,
    tool_choice: str | Mapping[str, Any] | Any | None = None,
    tracing: str | Mapping[str, Any] | Unset | None = UNSET,
    truncation: str | Mapping[str, Any] | None = None,
    max_output_tokens: int | str | None = None,
    prompt: str | Mapping[str, Any] | Unset | None = UNSET,
    extra: Mapping[str, Any] | None = None,
) -> SessionConfig:
    """The body of the beta ``POST /realtime/sessions`` (``RealtimeSessionCreateRequest``).

    Same keywords as :func:`realtime_session` (plus ``temperature``, 0.6..1.2), emitted
    under the beta names: ``output_modalities`` -> ``modalities``,
    ``max_output_tokens`` -> ``max_response_output_tokens``, ``transcription`` ->
    ``input_audio_transcription``, ``noise_reduction`` -> ``input_audio_noise_reduction``;
    audio formats are plain names (``"pcm16"``, ``"g711_ulaw"``, ``"g711_alaw"``).

    Example:
        >>> beta_session(model="gpt-4o-realtime-preview", input_audio_format="g711_ulaw")
        {'model': 'gpt-4o-realtime-preview', 'input_audio_format': 'g711_ulaw'}
    """
    session: dict[str, Any] = {}
    put_checked(
        session,
        ("model", model, check_name),
        ("instructions", instructions, check_str),
        ("voice", voice, norm.voice),
        ("speed", speed, norm.spec_number("RealtimeSessionCreateRequest", "speed")),
        ("temperature", temperature, _temperature),
        ("output_modalities", output_modalities, norm.modalities),
        fields=_BETA_FIELDS,
    )
    put_input_audio(
        session, input_audio_format, transcription, noise_reduction, turn_detection, beta=True
    )
    put_checked(
        session,
        ("output_audio_format", output_audio_format, norm.beta_audio_format),
        ("tools", tools, norm.tools),
        ("tool_choice", tool_choice, _beta_tool_choice),
        ("tracing", tracing, norm.tracing),
        ("truncation", truncation, norm.truncation),
        ("max_output_tokens", max_output_tokens, norm.max_tokens),
        ("prompt", prompt, norm.prompt),
        fields=_BETA_FIELDS,
    )
    # Imported here, as the GA builders find their models: importing the builders stays cheap.
    from realtime_generated.models import RealtimeSessionCreateRequest

    return finish(session, extra, (), RealtimeSessionCreateRequest)


def beta_transcription_session(
    *,
    input_audio_format: str | Mapping[str, Any] | None = None,
    transcription: str | Mapping[str, Any] | Unset | None = UNSET,
    noise_reduction: str | Mapping[str, Any] | Unset | None = UNSET,
    turn_detection: str | Mapping[str, Any] | Unset | None = UNSET,
    include: Sequence[str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> SessionConfig:
    """The body of the beta ``POST /realtime/transcription_sessions``.

    Example:
        >>> beta_transcription_session(transcription="whisper-1", noise_reduction="far_field")
        {'input_audio_transcription': {'model': 'whisper-1'}, 'input_audio_noise_reduction': {'type': 'far_field'}}
    """  # noqa: E501
    session: dict[str, Any] = {}
    put_input_audio(
        session, input_audio_format, transcription, noise_reduction, turn_detection, beta=True
    )
    put_checked(session, ("include", include, norm.include))
    from realtime_generated.models import RealtimeTranscriptionSessionCreateRequest

    return finish(session, extra, (), RealtimeTranscriptionSessionCreateRequest)
