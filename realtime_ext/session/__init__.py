"""Keyword builders for Realtime session configurations.

Each builder returns a plain, validated, JSON-serialisable ``dict`` holding only what
you passed (plus required fields such as ``"type": "realtime"``), ready for
``client_secrets.create(session=...)``, ``calls.accept(...)`` or a ``session.update``
event.

Example:
    >>> from realtime_ext.session import realtime_session, semantic_vad, transcription
    >>> session = realtime_session(
    ...     model="gpt-realtime",
    ...     instructions="Be brief.",
    ...     transcription=transcription("gpt-4o-transcribe", language="en"),
    ...     turn_detection=semantic_vad(eagerness="auto"),
    ... )
    >>> session["type"]
    'realtime'
"""

from .._exceptions import SessionConfigError
from ._beta import beta_session, beta_transcription_session
from ._ga import SessionConfig, realtime_session, transcription_session
from ._parts import (
    audio_format,
    noise_reduction,
    prompt,
    semantic_vad,
    server_vad,
    tool_choice_function,
    tool_choice_mcp,
    tracing,
    transcription,
    truncation,
)
from ._tool import ToolDefinition
from ._translation import DEFAULT_TRANSLATION_MODEL, translation_session

__all__ = [
    "DEFAULT_TRANSLATION_MODEL",
    "SessionConfig",
    "SessionConfigError",
    "ToolDefinition",
    "audio_format",
    "beta_session",
    "beta_transcription_session",
    "noise_reduction",
    "prompt",
    "realtime_session",
    "semantic_vad",
    "server_vad",
    "tool_choice_function",
    "tool_choice_mcp",
    "tracing",
    "transcription",
    "transcription_session",
    "translation_session",
    "truncation",
]
