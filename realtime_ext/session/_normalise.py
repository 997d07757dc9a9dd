"""Turn one keyword value (shortcut string, part-builder dict or raw dict) into wire form.

Every session builder and part builder funnels through these, so a raw dict gets the
same checks as the part builder that would have produced it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, cast

from .._checks import (
    Checker,
    check_bool,
    check_int,
    check_mapping,
    check_name,
    check_number,
    check_str,
    check_str_list,
    show,
)
from .._exceptions import SessionConfigError
from .._validate import did_you_mean
from ._tool import ToolDefinition

# Short names the beta API uses, and the GA objects they stand for.
_GA_FORMATS: dict[str, dict[str, Any]] = {
    "pcm16": {"type": "audio/pcm", "rate": 24000},
    "g711_ulaw": {"type": "audio/pcmu"},
    "g711_alaw": {"type": "audio/pcma"},
}
# Rates the spec allows per format ("Always 24000" for PCM); other formats have no rate.
_RATES: dict[str, tuple[int, ...]] = {"audio/pcm": (24000,)}
_TURN_DETECTION_TYPES = ("server_vad", "semantic_vad")
_BETA_NAMES = {"audio/pcm": "pcm16", "audio/pcmu": "g711_ulaw", "audio/pcma": "g711_alaw"}
_ALIASES = {"pcm": "pcm16", "pcmu": "g711_ulaw", "ulaw": "g711_ulaw", "pcma": "g711_alaw"}
_ALIASES["alaw"] = "g711_alaw"


@functools.cache
def spec_range(model: str, field: str) -> tuple[Any, Any]:
    """``(minimum, maximum)`` the spec states for generated ``model``'s ``field`` (``None``
    where it states none), read from the table the generated module writes (``_BOUNDS``),
    so the builders check the spec's numbers rather than a copy of them.

    Example:
        >>> spec_range("RealtimeSessionCreateRequestGAAudioOutput", "speed")
        (0.25, 1.5)
    """
    from realtime_generated import models

    module = sys.modules[getattr(models, model).__module__]
    bounds: dict[str, float] = getattr(module, "_BOUNDS", {}).get(field, {})
    return bounds.get("minimum"), bounds.get("maximum")


_N = TypeVar("_N", int, float | int)


def _spec_bounded(check: Callable[..., _N], model: str, field: str) -> Callable[[str, object], _N]:
    """``check`` (:func:`check_int` or :func:`check_number`) within the spec's bounds of
    ``model``'s ``field``."""

    def checked(keyword: str, value: object) -> _N:
        low, high = spec_range(model, field)
        return check(keyword, value, low=low, high=high)

    return checked


def spec_number(model: str, field: str) -> Callable[[str, object], float | int]:
    """A checker of a number within the spec's bounds of ``model``'s ``field``."""
    return _spec_bounded(check_number, model, field)


def spec_int(model: str, field: str) -> Callable[[str, object], int]:
    """A checker of an integer within the spec's bounds of ``model``'s ``field``."""
    return _spec_bounded(check_int, model, field)


def _required(keyword: str, out: Mapping[str, Any], key: str) -> None:
    if key not in out:
        raise SessionConfigError(f"{keyword}.{key}", "is required")


def _positive(keyword: str, value: object) -> int:
    return check_int(keyword, value, low=1)


def _non_negative(keyword: str, value: object) -> int:
    return check_int(keyword, value, low=0)


def _unit_interval(keyword: str, value: object) -> float | int:
    return check_number(keyword, value, low=0.0, high=1.0)


def _any_mapping(keyword: str, value: object) -> dict[str, Any]:
    return check_mapping(keyword, value, {})


def _nullable(check: Checker) -> Checker:
    def checker(keyword: str, value: object) -> Any:
        return None if value is None else check(keyword, value)

    return checker


def ga_audio_format(keyword: str, value: object) -> dict[str, Any]:
    """``"pcm16"`` / ``"g711_ulaw"`` / ``"audio/pcmu"`` / a dict -> the GA format object."""
    if isinstance(value, str):
        name = _ALIASES.get(value, value)
        if name in _GA_FORMATS:
            return dict(_GA_FORMATS[name])
        if "/" in value:  # a MIME type the API added after this SDK
            return {"type": value}
        known = ", ".join(sorted(_GA_FORMATS))
        raise SessionConfigError(
            keyword,
            f"unknown audio format {show(value)}; use one of {known}, a MIME type or a dict",
        )
    out = check_mapping(keyword, value, {"type": check_str, "rate": _positive})
    _required(keyword, out, "type")
    allowed = _RATES.get(out["type"])
    if "rate" in out and allowed is not None and out["rate"] not in allowed:
        rates = ", ".join(str(r) for r in allowed)
        raise SessionConfigError(
            f"{keyword}.rate",
            f"{out['rate']} Hz is not a rate the API takes for {out['type']} (use {rates})",
        )
    return out


def beta_audio_format(keyword: str, value: object) -> str:
    """The beta endpoints take plain names (``"pcm16"``); GA objects are mapped back."""
    if isinstance(value, str):
        return _BETA_NAMES.get(value, _ALIASES.get(value, value))
    out = ga_audio_format(keyword, value)
    name = _BETA_NAMES.get(out["type"])
    if name is None or out.get("rate", 24000) != 24000:
        raise SessionConfigError(keyword, f"{show(out)} has no beta-API equivalent")
    return name


_SERVER_VAD: dict[str, Checker] = {
    "type": check_str,
    "threshold": _unit_interval,
    "prefix_padding_ms": _non_negative,
    "silence_duration_ms": _non_negative,
    "create_response": check_bool,
    "interrupt_response": check_bool,
    "idle_timeout_ms": _nullable(spec_int("RealtimeTurnDetectionServerVAD", "idle_timeout_ms")),
    "eagerness": check_str,
}


def turn_detection(keyword: str, value: object) -> dict[str, Any] | None:
    """``None`` (off), ``"server_vad"``/``"semantic_vad"``, or a dict with ``type``."""
    if value is None:
        return None
    if isinstance(value, str):
        if value not in _TURN_DETECTION_TYPES:
            # A string is a shortcut for the known types; a newer type goes in a dict.
            hint = did_you_mean(value, _TURN_DETECTION_TYPES)
            raise SessionConfigError(
                keyword,
                f"unknown turn detection {show(value)}{hint and ',' + hint}; use 'server_vad', "
                "'semantic_vad', None (off) or a dict such as {'type': 'server_vad', ...}",
            )
        return {"type": value}
    out = check_mapping(keyword, value, _SERVER_VAD)
    _required(keyword, out, "type")
    return out


_TRANSCRIPTION: dict[str, Checker] = {
    "model": check_str,
    "language": check_str,
    "languages": lambda k, v: check_str_list(k, v, non_empty=True),
    "keywords": check_str_list,
    "prompt": check_str,
    "delay": check_str,
}


def transcription(keyword: str, value: object) -> dict[str, Any] | None:
    """``None`` (off), a model name, or a dict of transcription settings."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"model": value}
    return check_mapping(keyword, value, _TRANSCRIPTION)


def noise_reduction(keyword: str, value: object) -> dict[str, Any] | None:
    """``None`` (off), ``"near_field"``/``"far_field"``, or ``{"type": ...}``."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"type": value}
    return check_mapping(keyword, value, {"type": check_str})


_TRACING: dict[str, Checker] = {
    "workflow_name": check_str,
    "group_id": check_str,
    "metadata": _any_mapping,
}


def tracing(keyword: str, value: object) -> str | dict[str, Any] | None:
    """``None`` (off), ``"auto"``, or a dict with workflow_name / group_id / metadata."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return check_mapping(keyword, value, _TRACING)


def _token_limits(keyword: str, value: object) -> dict[str, Any]:
    return check_mapping(
        keyword,
        value,
        {
            "post_instructions": spec_int(
                "RealtimeTruncationRetentionRatioTruncationTokenLimits", "post_instructions"
            )
        },
    )


def truncation(keyword: str, value: object) -> str | dict[str, Any]:
    """``"auto"``, ``"disabled"``, or a retention-ratio dict."""
    if isinstance(value, str):
        return value
    out = check_mapping(
        keyword,
        value,
        {
            "type": check_str,
            "retention_ratio": spec_number(
                "RealtimeTruncationRetentionRatioTruncation", "retention_ratio"
            ),
            "token_limits": _token_limits,
        },
    )
    _required(keyword, out, "type")
    if out["type"] == "retention_ratio":
        _required(keyword, out, "retention_ratio")
    return out


def prompt(keyword: str, value: object) -> dict[str, Any] | None:
    """``None``, a prompt id, or ``{"id", "version", "variables"}``."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"id": value}
    out = check_mapping(
        keyword,
        value,
        {"id": check_str, "version": _nullable(check_str), "variables": _nullable(_any_mapping)},
    )
    _required(keyword, out, "id")
    return out


def voice(keyword: str, value: object) -> str | dict[str, Any]:
    """A voice name (any string: new voices appear often) or a custom ``{"id": ...}``."""
    if isinstance(value, str):
        return check_name(keyword, value)
    if not isinstance(value, Mapping):
        raise SessionConfigError(
            keyword, f'expected a voice name or {{"id": ...}}, got {type(value).__name__}'
        )
    voice_object = cast("Mapping[object, object]", value)  # the app's, checked next
    out = check_mapping(keyword, voice_object, {"id": check_name})
    _required(keyword, out, "id")
    return out


def modalities(keyword: str, value: object) -> list[str]:
    """``"audio"``, ``"text"`` or a list of them."""
    if isinstance(value, str):
        return [value]
    return check_str_list(keyword, value, non_empty=True)


def max_tokens(keyword: str, value: object) -> int | str:
    """An integer 1..4096 or ``"inf"``."""
    if value == "inf":
        return "inf"
    if isinstance(value, str):
        raise SessionConfigError(keyword, f'expected an integer or "inf", got {show(value)}')
    return spec_int("RealtimeSessionCreateRequestGA", "max_output_tokens")(keyword, value)


def reasoning(keyword: str, value: object) -> dict[str, Any]:
    """An effort string (``"low"``, ...) or ``{"effort": ...}``."""
    if isinstance(value, str):
        return {"effort": value}
    return check_mapping(keyword, value, {"effort": check_str})


def _tool(keyword: str, value: object) -> dict[str, Any]:
    if isinstance(value, ToolDefinition):
        value = value.to_dict()
    elif callable(value):
        raise SessionConfigError(
            keyword,
            f"{show(value)} is a function, not a tool: wrap it with "
            "realtime_ext.tools.function_tool (or register it on a ToolRegistry) to "
            "describe its arguments",
        )
    out = check_mapping(
        keyword, value, {"type": check_str, "name": check_str, "description": check_str}
    )
    _required(keyword, out, "type")
    return out


def tools(keyword: str, value: object) -> list[dict[str, Any]]:
    """A list of tool dicts and :class:`~._tool.ToolDefinition` objects (``FunctionTool``)."""
    kind = type(value).__name__
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise SessionConfigError(keyword, f"expected a list of tools, got {kind}")
    items = cast("Sequence[object]", value)  # the app's list, each item checked by _tool
    return [_tool(f"{keyword}[{i}]", item) for i, item in enumerate(items)]


def _object_name(value: object) -> object:
    """The ``name`` of a non-mapping (a ``FunctionTool``...), else ``None``."""
    return None if isinstance(value, Mapping) else getattr(value, "name", None)


def tool_choice(keyword: str, value: object) -> str | dict[str, Any]:
    """``"auto"``/``"none"``/``"required"``, a tool object/function name dict, or a FunctionTool."""
    if isinstance(value, str):
        return value
    name = _object_name(value)
    if isinstance(name, str):  # a FunctionTool (or anything named)
        return {"type": "function", "name": name}
    out = check_mapping(
        keyword,
        value,
        {"type": check_str, "name": _nullable(check_str), "server_label": check_str},
    )
    _required(keyword, out, "type")
    return out


def include(keyword: str, value: object) -> list[str]:
    """A list such as ``["item.input_audio_transcription.logprobs"]``."""
    return check_str_list(keyword, value)
