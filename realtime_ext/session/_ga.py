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
from ._input import put_checked, put_input_audio
from ._tool import ToolDefinition

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
    tools: Sequence[Mapping[str, Any] | ToolDefinition] | None = None,
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
    put_checked(
        session,
        ("output_modalities", output_modalities, norm.modalities),
        ("model", model, check_name),
        ("instructions", instructions, check_str),
    )
    audio_in: dict[str, Any] = {}
    put_input_audio(audio_in, input_audio_format, transcription, noise_reduction, turn_detection)
    audio_out: dict[str, Any] = {}
    put_checked(
        audio_out,
        ("output_audio_format", output_audio_format, norm.ga_audio_format),
        ("voice", voice, norm.voice),
        ("speed", speed, norm.spec_number("RealtimeSessionCreateRequestGAAudioOutput", "speed")),
        fields={"output_audio_format": "format"},
    )
    if audio_in or audio_out:
        audio: dict[str, Any] = {}
        session["audio"] = audio
        put(audio, "input", audio_in or None)
        put(audio, "output", audio_out or None)
    put_checked(
        session,
        ("include", include, norm.include),
        ("tracing", tracing, norm.tracing),
        ("tools", tools, norm.tools),
        ("tool_choice", tool_choice, norm.tool_choice),
        ("parallel_tool_calls", parallel_tool_calls, check_bool),
        ("reasoning", reasoning, norm.reasoning),
        ("max_output_tokens", max_output_tokens, norm.max_tokens),
        ("truncation", truncation, norm.truncation),
        ("prompt", prompt, norm.prompt),
    )
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
    put_input_audio(audio_in, input_audio_format, transcription, noise_reduction, turn_detection)
    if audio_in:
        session["audio"] = {"input": audio_in}
    put_checked(session, ("include", include, norm.include))
    return finish(session, extra, ("transcription",))
