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
from ._input import put_input_audio

__all__ = ["beta_session", "beta_transcription_session"]


def _beta_tool_choice(value: object) -> str:
    choice = norm.tool_choice("tool_choice", value)
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
    tools: Sequence[Any] | None = None,
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
    if model is not None:
        session["model"] = check_name("model", model)
    if instructions is not None:
        session["instructions"] = check_str("instructions", instructions)
    if voice is not None:
        session["voice"] = norm.voice("voice", voice)
    if speed is not None:
        session["speed"] = norm.spec_number("RealtimeSessionCreateRequest", "speed")("speed", speed)
    if temperature is not None:
        session["temperature"] = check_number("temperature", temperature, low=0.6, high=1.2)
    if output_modalities is not None:
        session["modalities"] = norm.modalities("output_modalities", output_modalities)
    put_input_audio(
        session,
        beta=True,
        format=input_audio_format,
        transcription=transcription,
        noise_reduction=noise_reduction,
        turn_detection=turn_detection,
    )
    if output_audio_format is not None:
        session["output_audio_format"] = norm.beta_audio_format(
            "output_audio_format", output_audio_format
        )
    if tools is not None:
        session["tools"] = norm.tools("tools", tools)
    if tool_choice is not None:
        session["tool_choice"] = _beta_tool_choice(tool_choice)
    if tracing is not UNSET:
        session["tracing"] = norm.tracing("tracing", tracing)
    if truncation is not None:
        session["truncation"] = norm.truncation("truncation", truncation)
    if max_output_tokens is not None:
        session["max_response_output_tokens"] = norm.max_tokens(
            "max_output_tokens", max_output_tokens
        )
    if prompt is not UNSET:
        session["prompt"] = norm.prompt("prompt", prompt)
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
        session,
        beta=True,
        format=input_audio_format,
        transcription=transcription,
        noise_reduction=noise_reduction,
        turn_detection=turn_detection,
    )
    if include is not None:
        session["include"] = norm.include("include", include)
    from realtime_generated.models import RealtimeTranscriptionSessionCreateRequest

    return finish(session, extra, (), RealtimeTranscriptionSessionCreateRequest)
