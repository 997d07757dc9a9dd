"""Builders for the GA session kinds: realtime and transcription."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._checks import (
    UNSET,
    SessionConfig,
    Unset,
    check_bool,
    check_name,
    check_str,
    finish,
    put,
)
from . import _normalise as norm
from ._input import put_input_audio

__all__ = ["SessionConfig", "realtime_session", "transcription_session"]


def realtime_session(
    *,
    model: str | None = None,
    instructions: str | None = None,
    voice: str | Mapping[str, Any] | None = None,
    speed: float | None = None,
    output_modalities: str | Sequence[str] | None = None,
    input_audio_format: str | Mapping[str, Any] | None = None,
    output_audio_format: str | Mapping[str, Any] | None = None,
    transcription: str | Mapping[str, Any] | Unset | None = UNSET,
    noise_reduction: str | Mapping[str, Any] | Unset | None = UNSET,
    turn_detection: str | Mapping[str, Any] | Unset | None = UNSET,
    tools: Sequence[Any] | None = None,
    tool_choice: str | Mapping[str, Any] | Any | None = None,
    parallel_tool_calls: bool | None = None,
    reasoning: str | Mapping[str, Any] | None = None,
    tracing: str | Mapping[str, Any] | Unset | None = UNSET,
    truncation: str | Mapping[str, Any] | None = None,
    max_output_tokens: int | str | None = None,
    prompt: str | Mapping[str, Any] | Unset | None = UNSET,
    include: Sequence[str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> SessionConfig:
    """A GA realtime session (``RealtimeSessionCreateRequestGA``) as a plain dict.

    Pass it to ``client_secrets.create(session=...)``, ``calls.create(session=...)``,
    ``calls.accept(call_id, session=...)`` or a ``session.update`` event. Only the
    keywords you pass are emitted, plus ``"type": "realtime"``. Keywords left at
    ``None`` are omitted (the server default applies); for ``transcription``,
    ``noise_reduction``, ``turn_detection``, ``tracing`` and ``prompt`` an explicit
    ``None`` sends JSON ``null`` (turn it off). ``extra`` deep-merges fields this SDK
    does not know yet.

    Example:
        >>> realtime_session(model="gpt-realtime", input_audio_format="pcm16", turn_detection=None)
        {'type': 'realtime', 'model': 'gpt-realtime', 'audio': {'input': {'format': {'type': 'audio/pcm', 'rate': 24000}, 'turn_detection': None}}}
    """  # noqa: E501
    session: dict[str, Any] = {"type": "realtime"}
    if output_modalities is not None:
        session["output_modalities"] = norm.modalities("output_modalities", output_modalities)
    if model is not None:
        session["model"] = check_name("model", model)
    if instructions is not None:
        session["instructions"] = check_str("instructions", instructions)

    audio_in: dict[str, Any] = {}
    put_input_audio(
        audio_in,
        format=input_audio_format,
        transcription=transcription,
        noise_reduction=noise_reduction,
        turn_detection=turn_detection,
    )
    audio_out: dict[str, Any] = {}
    if output_audio_format is not None:
        audio_out["format"] = norm.ga_audio_format("output_audio_format", output_audio_format)
    if voice is not None:
        audio_out["voice"] = norm.voice("voice", voice)
    if speed is not None:
        audio_out["speed"] = norm.spec_number("RealtimeSessionCreateRequestGAAudioOutput", "speed")(
            "speed", speed
        )
    if audio_in or audio_out:
        audio: dict[str, Any] = {}
        session["audio"] = audio
        put(audio, "input", audio_in or None)
        put(audio, "output", audio_out or None)

    if include is not None:
        session["include"] = norm.include("include", include)
    if tracing is not UNSET:
        session["tracing"] = norm.tracing("tracing", tracing)
    if tools is not None:
        session["tools"] = norm.tools("tools", tools)
    if tool_choice is not None:
        session["tool_choice"] = norm.tool_choice("tool_choice", tool_choice)
    if parallel_tool_calls is not None:
        session["parallel_tool_calls"] = check_bool("parallel_tool_calls", parallel_tool_calls)
    if reasoning is not None:
        session["reasoning"] = norm.reasoning("reasoning", reasoning)
    if max_output_tokens is not None:
        session["max_output_tokens"] = norm.max_tokens("max_output_tokens", max_output_tokens)
    if truncation is not None:
        session["truncation"] = norm.truncation("truncation", truncation)
    if prompt is not UNSET:
        session["prompt"] = norm.prompt("prompt", prompt)
    return finish(session, extra, ("realtime",))


def transcription_session(
    *,
    input_audio_format: str | Mapping[str, Any] | None = None,
    transcription: str | Mapping[str, Any] | Unset | None = UNSET,
    noise_reduction: str | Mapping[str, Any] | Unset | None = UNSET,
    turn_detection: str | Mapping[str, Any] | Unset | None = UNSET,
    include: Sequence[str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> SessionConfig:
    """A GA transcription session (``RealtimeTranscriptionSessionCreateRequestGA``).

    Use it as the ``session`` of ``client_secrets.create`` or of a ``session.update``
    event on a transcription connection. ``transcription`` takes a model name or
    :func:`transcription`; ``None`` for the nullable keywords sends ``null``.

    Example:
        >>> transcription_session(transcription="gpt-4o-transcribe", turn_detection="server_vad")
        {'type': 'transcription', 'audio': {'input': {'transcription': {'model': 'gpt-4o-transcribe'}, 'turn_detection': {'type': 'server_vad'}}}}
    """  # noqa: E501
    session: dict[str, Any] = {"type": "transcription"}
    audio_in: dict[str, Any] = {}
    put_input_audio(
        audio_in,
        format=input_audio_format,
        transcription=transcription,
        noise_reduction=noise_reduction,
        turn_detection=turn_detection,
    )
    if audio_in:
        session["audio"] = {"input": audio_in}
    if include is not None:
        session["include"] = norm.include("include", include)
    return finish(session, extra, ("transcription",))
