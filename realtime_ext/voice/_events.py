"""Reading the few fields the voice extensions need from typed or dict events."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from realtime_ext.conversation import event_type

__all__ = ["as_dict", "b64_size", "event_type", "field", "kind_of"]


def kind_of(event: object) -> str:
    """The event's type string, fast for the generated models (their ``type_`` is an enum)."""
    if isinstance(event, Mapping):
        kind = event.get("type")
        return kind if isinstance(kind, str) else ""
    kind = getattr(event, "type_", None)
    if isinstance(kind, Enum):
        value = kind.value
        return value if isinstance(value, str) else ""
    return kind if isinstance(kind, str) else event_type(event)


def b64_size(data: str) -> int:
    """Decoded length of base64 ``data`` without decoding it (0 when malformed).

    Example:
        >>> b64_size("AAE="), b64_size("AAAA"), b64_size("A")
        (2, 3, 0)
    """
    if len(data) % 4:
        return 0
    return len(data) // 4 * 3 - data[-2:].count("=") if data else 0


def as_dict(event: object) -> Mapping[str, Any]:
    """The event as a JSON-like mapping (typed events through ``to_dict()``)."""
    if isinstance(event, Mapping):
        return event
    to_dict = getattr(event, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, Mapping):
            return data
    return {}


def field(event: object, name: str) -> Any:
    """One top-level field of a typed or dict event (``None`` when absent or unset)."""
    if isinstance(event, Mapping):
        return event.get(name)
    value = getattr(event, name, None)
    # The generated models mark absent fields with the falsy ``Unset`` sentinel.
    if value is not None and type(value).__name__ == "Unset":
        return None
    return value
