"""Turn tool results and failures into ``conversation.item.create`` client events."""

from __future__ import annotations

from typing import Any

from realtime_ext.events import function_call_output
from realtime_ext.provider import escape_surrogates, redact

__all__ = ["error_event", "output_event", "redact"]


def output_event(call_id: str, result: object) -> dict[str, Any]:
    """The event carrying ``result`` as ``function_call_output`` sends it: a ``str`` as it
    is, anything else as JSON (one rule, whichever way a tool's result is sent)."""
    item = function_call_output(call_id, result)
    # A lone surrogate in a result or an error message would make the event unsendable:
    # the model gets it written as its escape.
    item["output"] = escape_surrogates(item["output"])
    return {"type": "conversation.item.create", "item": item}


def error_event(call_id: str, kind: str, message: str) -> dict[str, Any]:
    """The event telling the model its call failed.

    The output is ``{"error": {"type": kind, "message": ...}}`` so the model can apologise,
    fix its arguments and retry, or pick another tool, and the session goes on.
    """
    return output_event(call_id, {"error": {"type": kind, "message": redact(message)}})
