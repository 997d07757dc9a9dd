"""Slow tools: what the model says while a call runs past its ``filler_after`` (the tool
loop's filler), and the output telling it a barge-in cancelled a call."""

from __future__ import annotations

from typing import Any

from ._output import error_event

__all__ = [
    "DEFAULT_FILLER_COMMENTARY",
    "DEFAULT_FILLER_INSTRUCTIONS",
    "FILLER_METADATA",
    "cancelled_output",
    "filler_commentary",
    "filler_response",
]

DEFAULT_FILLER_INSTRUCTIONS = (
    "A tool you called is still running. In one short sentence, tell the user you are still "
    "working on it. Do not answer the question yet."
)
"""The instructions of a Realtime filler (``ToolRegistry(filler_instructions=...)``)."""

DEFAULT_FILLER_COMMENTARY = "Still working on it, one moment."
"""What a GPT-Live filler appends as commentary (``ToolRegistry(filler_commentary=...)``)."""

FILLER_METADATA = {"realtime_ext": "filler"}
"""The metadata of a filler's out-of-band response: how an app tells it from its own."""


def filler_response(instructions: str) -> dict[str, Any]:
    """The out-of-band ``response.create`` of a Realtime filler: outside the conversation
    (``conversation: "none"``, so the turn and the call stay as they are).

    Example:
        >>> filler_response("Say you are on it.")["response"]["conversation"]
        'none'
    """
    return {
        "type": "response.create",
        "response": {
            "conversation": "none",
            "instructions": instructions,
            "metadata": dict(FILLER_METADATA),
        },
    }


def filler_commentary(delegation_id: str, content: str) -> dict[str, Any]:
    """The ``session.commentary.append`` of a GPT-Live filler, for ``delegation_id``.

    Example:
        >>> filler_commentary("item_1", "One moment.")["type"]
        'session.commentary.append'
    """
    return {"type": "session.commentary.append", "delegation_id": delegation_id, "content": content}


def cancelled_output(call: dict[str, Any]) -> dict[str, Any]:
    """The output telling the model a barge-in cancelled ``call``.

    Example:
        >>> cancelled_output({"call_id": "c", "name": "f"})["item"]["call_id"]
        'c'
    """
    return error_event(
        str(call.get("call_id", "")),
        "cancelled",
        f"the user spoke while {call.get('name')!r} ran: it was cancelled",
    )
