"""Part builders: one small function per nested piece of a session configuration.

Each returns the plain wire dict for its piece, checked, with only the keys you set.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .._checks import UNSET, Unset, check_str, put
from . import _normalise as norm


def audio_format(name: str = "pcm16", *, rate: int | None = None) -> dict[str, Any]:
    """A GA audio format object.

    ``name`` is ``"pcm16"`` (24 kHz PCM), ``"g711_ulaw"``, ``"g711_alaw"`` or a MIME type
    such as ``"audio/pcmu"``. The beta builders turn these back into plain names.

    Example:
        >>> audio_format("pcm16")
        {'type': 'audio/pcm', 'rate': 24000}
        >>> audio_format("g711_ulaw")
        {'type': 'audio/pcmu'}
    """
    out = norm.ga_audio_format("audio_format", name)
    if rate is not None:
        out = norm.ga_audio_format("audio_format", {**out, "rate": rate})
    return out


def server_vad(
    *,
    threshold: float | None = None,
    prefix_padding_ms: int | None = None,
    silence_duration_ms: int | None = None,
    create_response: bool | None = None,
    interrupt_response: bool | None = None,
    idle_timeout_ms: int | Unset | None = UNSET,
) -> dict[str, Any]:
    """Volume-based turn detection (``type: server_vad``).

    ``threshold`` is 0.0..1.0, the ``*_ms`` values are non-negative integers and
    ``idle_timeout_ms`` is 5000..30000 or ``None``.

    Example:
        >>> server_vad(threshold=0.6, silence_duration_ms=400)
        {'type': 'server_vad', 'threshold': 0.6, 'silence_duration_ms': 400}
    """
    out: dict[str, Any] = {"type": "server_vad"}
    put(out, "threshold", threshold)
    put(out, "prefix_padding_ms", prefix_padding_ms)
    put(out, "silence_duration_ms", silence_duration_ms)
    put(out, "create_response", create_response)
    put(out, "interrupt_response", interrupt_response)
    if idle_timeout_ms is not UNSET:
        out["idle_timeout_ms"] = idle_timeout_ms
    return norm.turn_detection("server_vad", out) or out


def semantic_vad(
    *,
    eagerness: str | None = None,
    create_response: bool | None = None,
    interrupt_response: bool | None = None,
) -> dict[str, Any]:
    """Model-based turn detection (``type: semantic_vad``).

    ``eagerness`` is ``"low"``, ``"medium"``, ``"high"`` or ``"auto"`` (newer values pass).

    Example:
        >>> semantic_vad(eagerness="high")
        {'type': 'semantic_vad', 'eagerness': 'high'}
    """
    out: dict[str, Any] = {"type": "semantic_vad"}
    put(out, "eagerness", eagerness)
    put(out, "create_response", create_response)
    put(out, "interrupt_response", interrupt_response)
    return norm.turn_detection("semantic_vad", out) or out


def transcription(
    model: str | None = None,
    *,
    language: str | None = None,
    languages: list[str] | None = None,
    keywords: list[str] | None = None,
    prompt: str | None = None,
    delay: str | None = None,
) -> dict[str, Any]:
    """Input audio transcription settings.

    ``model`` is e.g. ``"whisper-1"`` or ``"gpt-4o-transcribe"``; ``language`` an
    ISO-639-1 code such as ``"en"``.

    Example:
        >>> transcription("gpt-4o-transcribe", language="en")
        {'model': 'gpt-4o-transcribe', 'language': 'en'}
    """
    out: dict[str, Any] = {}
    put(out, "model", model)
    put(out, "language", language)
    put(out, "languages", languages)
    put(out, "keywords", keywords)
    put(out, "prompt", prompt)
    put(out, "delay", delay)
    return norm.transcription("transcription", out) or out


def noise_reduction(kind: str) -> dict[str, Any]:
    """Input noise reduction: ``"near_field"`` (headsets) or ``"far_field"`` (laptops, rooms).

    Example:
        >>> noise_reduction("near_field")
        {'type': 'near_field'}
    """
    return {"type": check_str("noise_reduction", kind)}


def tracing(
    *,
    workflow_name: str | None = None,
    group_id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Granular tracing settings (pass ``"auto"`` to the session for defaults).

    Example:
        >>> tracing(workflow_name="support-bot", group_id="tenant-42")
        {'workflow_name': 'support-bot', 'group_id': 'tenant-42'}
    """
    out: dict[str, Any] = {}
    put(out, "workflow_name", workflow_name)
    put(out, "group_id", group_id)
    put(out, "metadata", metadata)
    return cast(dict[str, Any], norm.tracing("tracing", out))


def truncation(
    retention_ratio: float, *, post_instructions_tokens: int | None = None
) -> dict[str, Any]:
    """Retention-ratio truncation (pass ``"auto"``/``"disabled"`` to the session otherwise).

    ``retention_ratio`` is 0.0..1.0: the share of the context kept after truncation.

    Example:
        >>> truncation(0.8)
        {'type': 'retention_ratio', 'retention_ratio': 0.8}
    """
    out: dict[str, Any] = {"type": "retention_ratio", "retention_ratio": retention_ratio}
    if post_instructions_tokens is not None:
        out["token_limits"] = {"post_instructions": post_instructions_tokens}
    return cast(dict[str, Any], norm.truncation("truncation", out))


def prompt(
    id: str,
    *,
    version: str | Unset | None = UNSET,
    variables: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A reference to a stored prompt template and its variables.

    Example:
        >>> prompt("pmpt_123", variables={"city": "Paris"})
        {'id': 'pmpt_123', 'variables': {'city': 'Paris'}}
    """
    out: dict[str, Any] = {"id": id}
    if version is not UNSET:
        out["version"] = version
    put(out, "variables", variables)
    return norm.prompt("prompt", out) or out


def tool_choice_function(name: str) -> dict[str, Any]:
    """Force the model to call the function tool ``name``.

    Example:
        >>> tool_choice_function("get_weather")
        {'type': 'function', 'name': 'get_weather'}
    """
    return {"type": "function", "name": check_str("tool_choice_function", name)}


def tool_choice_mcp(server_label: str, name: str | None = None) -> dict[str, Any]:
    """Force the model to use an MCP server (optionally one of its tools).

    Example:
        >>> tool_choice_mcp("deepwiki", "ask_question")
        {'type': 'mcp', 'server_label': 'deepwiki', 'name': 'ask_question'}
    """
    out: dict[str, Any] = {"type": "mcp", "server_label": server_label}
    put(out, "name", name)
    return cast(dict[str, Any], norm.tool_choice("tool_choice_mcp", out))
