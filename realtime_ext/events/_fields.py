"""Reading fields of typed or dict events, for the extensions and the recorder that watch a
conversation's traffic (voice, telemetry): attribute first (the typed events are the hot
path). The conversation hands them the decoded JSON of each event as an argument, so
nested objects are read from it, never from a second conversion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from realtime_generated.types import Unset

from ._payload import to_payload
from ._unknown import UnknownEvent

__all__ = ["as_dict", "b64_size", "field"]


def b64_size(data: str) -> int:
    """Decoded length of base64 ``data`` without decoding it (0 when malformed).

    Example:
        >>> b64_size("AAE="), b64_size("AAAA"), b64_size("A")
        (2, 3, 0)
    """
    n = len(data)
    if n % 4 or not n:
        return 0
    return n // 4 * 3 - (data[-1] == "=") - (data[-2] == "=")  # the padding


def as_dict(event: object) -> Mapping[str, Any]:
    """The event as a JSON-like mapping (typed events through ``to_dict()``; ``{}`` for
    anything :func:`realtime_ext.events.to_payload` cannot convert). Receive loops pass
    the decoded JSON itself, which comes back as it is.

    Example:
        >>> as_dict({"type": "response.done"})
        {'type': 'response.done'}
    """
    data: Any = event  # read through this name: isinstance narrowing would type no keys
    mapping: Mapping[str, Any]
    if type(event) is dict:  # the decoded JSON (what the conversation hands on)
        mapping = data
        return mapping
    if isinstance(event, Mapping):  # an ABC check: slow, so not first
        mapping = data
        return mapping
    return to_payload(event, lenient=True)


def field(event: object, name: str) -> Any:
    """One top-level field of a typed or dict event (``None`` when absent or unset).

    Example:
        >>> field({"type": "response.done", "event_id": "e1"}, "event_id")
        'e1'
    """
    # Attribute first: the typed events are the hot path and an ABC isinstance is slow.
    data: Any = event  # read through this name: narrowing ``event`` would type no keys
    if type(event) is dict:
        return data.get(name)
    value = getattr(event, name, None)
    if value is None:
        if isinstance(event, UnknownEvent):  # a known type that failed to decode: its JSON
            return event.raw.get(name)
        return data.get(name) if isinstance(event, Mapping) else None
    # The generated models mark absent fields with the falsy ``Unset`` sentinel.
    return None if type(value) is Unset else value
