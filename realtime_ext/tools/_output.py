"""Turn tool results and failures into ``conversation.item.create`` client events."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from typing import Any, cast

import attrs

from .._redact import escape_surrogates, redact

__all__ = ["error_event", "output_event", "redact"]


def _to_json(value: Any) -> Any:
    """``json.dumps`` fallback for the Python types tools commonly return."""
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(cast("type[object]", type(value))):
        return attrs.asdict(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(cast("set[object] | frozenset[object] | tuple[object, ...]", value))
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _event(call_id: str, output: str) -> dict[str, Any]:
    return {
        "type": "conversation.item.create",
        "item": {
            "type": "function_call_output",
            "call_id": call_id,
            # A lone surrogate in a result or an error message would make the event
            # unsendable: the model gets it written as its escape.
            "output": escape_surrogates(output),
        },
    }


def output_event(call_id: str, result: Any) -> dict[str, Any]:
    """The event carrying ``result`` as a JSON string."""
    return _event(call_id, json.dumps(result, default=_to_json, ensure_ascii=False))


def error_event(call_id: str, kind: str, message: str) -> dict[str, Any]:
    """The event telling the model its call failed.

    The output is ``{"error": {"type": kind, "message": ...}}`` so the model can apologise,
    fix its arguments and retry, or pick another tool, and the session goes on.
    """
    body = {"error": {"type": kind, "message": redact(message)}}
    return _event(call_id, json.dumps(body, ensure_ascii=False))
