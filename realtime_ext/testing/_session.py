"""Session objects with the real API's defaults, and the merge applied by ``session.update``."""

from __future__ import annotations

import time
from typing import Any

from ._ids import new_id
from ._json import json_copy, json_object

DEFAULT_MODEL = "gpt-realtime"
SESSION_TTL_SECONDS = 3600
"""The API's maximum session duration (60 minutes): the fake's default session cap."""


def session_expired_message(seconds: float) -> str:
    """What the API says when a session hits its maximum duration (in the ``error`` event,
    ``code`` ``session_expired``, and as the 1001 close reason that follows it).

    >>> session_expired_message(3600)
    'Your session hit the maximum duration of 60 minutes.'
    >>> session_expired_message(2.5)
    'Your session hit the maximum duration of 2.5 seconds.'
    """
    if seconds >= 60 and seconds % 60 == 0:
        amount, unit = f"{seconds // 60:g}", "minutes"
    else:
        amount, unit = f"{seconds:g}", "seconds"
    if amount == "1":
        unit = unit[:-1]
    return f"Your session hit the maximum duration of {amount} {unit}."


JSON = dict[str, Any]


def _pcm() -> JSON:
    return {"type": "audio/pcm", "rate": 24000}


def _transcription_vad() -> JSON:
    # A transcription session's turn detection reports no response settings (the spec's
    # RealtimeTranscriptionSessionCreateResponseGA): it commits turns, never answers them.
    return {
        "type": "server_vad",
        "threshold": 0.5,
        "prefix_padding_ms": 300,
        "silence_duration_ms": 200,
    }


def _server_vad() -> JSON:
    # A conversation's: the same detection, and what it does with a turn (as recorded).
    return {
        **_transcription_vad(),
        "idle_timeout_ms": None,
        "create_response": True,
        "interrupt_response": True,
    }


def realtime_session(model: str = DEFAULT_MODEL) -> JSON:
    """A GA ``realtime`` session as sent in ``session.created``.

    >>> realtime_session("gpt-realtime")["output_modalities"]
    ['audio']
    """
    return {
        "type": "realtime",
        "object": "realtime.session",
        "id": new_id("sess"),
        "model": model,
        "output_modalities": ["audio"],
        "instructions": "You are a helpful assistant. (fake Realtime server)",
        "tools": [],
        "tool_choice": "auto",
        "max_output_tokens": "inf",
        "tracing": None,
        "truncation": "auto",
        "prompt": None,
        "expires_at": int(time.time()) + SESSION_TTL_SECONDS,
        "include": None,
        "audio": {
            "input": {
                "format": _pcm(),
                "transcription": None,
                "noise_reduction": None,
                "turn_detection": _server_vad(),
            },
            "output": {"format": _pcm(), "voice": "alloy", "speed": 1.0},
        },
    }


def transcription_session() -> JSON:
    """A GA ``transcription`` session (``?intent=transcription`` or client secrets).

    >>> transcription_session()["type"]
    'transcription'
    """
    return {
        "type": "transcription",
        "object": "realtime.transcription_session",
        "id": new_id("sess"),
        "expires_at": int(time.time()) + SESSION_TTL_SECONDS,
        "include": None,
        "audio": {
            "input": {
                "format": _pcm(),
                "transcription": {"model": "gpt-4o-transcribe", "language": None, "prompt": ""},
                "noise_reduction": None,
                "turn_detection": _transcription_vad(),
            }
        },
    }


def merge(base: JSON, update: JSON) -> JSON:
    """Deep-merge ``update`` into a copy of ``base``: objects merge, anything else replaces.

    >>> merge({"a": {"b": 1, "c": 2}}, {"a": {"c": 3}})
    {'a': {'b': 1, 'c': 3}}
    """
    out = json_copy(base)
    for key, value in update.items():
        current = out.get(key)
        value_object, current_object = json_object(value), json_object(current)
        if value_object is not None and current_object is not None:
            out[key] = merge(current_object, value_object)
        else:
            out[key] = json_copy(value)
    return out


def session_for(requested: JSON | None, model: str = DEFAULT_MODEL) -> JSON:
    """Defaults for the requested session type with the request merged in (id kept)."""
    requested = requested or {}
    kind = requested.get("type", "realtime")
    if kind == "transcription":
        base = transcription_session()
    elif kind == "realtime":
        base = realtime_session(str(requested.get("model") or model))
    else:
        raise ValueError(
            f"Invalid value: {str(kind)[:40]!r}. Supported values are: 'realtime' and "
            "'transcription'."
        )
    merged = merge(base, requested)
    merged["id"] = base["id"]
    merged["object"] = base["object"]
    return resolved(merged)


def resolved(session: JSON) -> JSON:
    """``session`` as the API echoes it: a transcription it was given names its language and
    prompt, ``None`` when not given (recorded on ``session.updated`` and client secrets).

    >>> session = {"audio": {"input": {"transcription": {"model": "gpt-realtime-whisper"}}}}
    >>> resolved(session)["audio"]["input"]["transcription"]
    {'model': 'gpt-realtime-whisper', 'language': None, 'prompt': None}
    """
    audio_input = json_object((json_object(session.get("audio")) or {}).get("input")) or {}
    transcription = json_object(audio_input.get("transcription"))
    if transcription is not None:
        transcription.setdefault("language", None)
        transcription.setdefault("prompt", None)
    return session
