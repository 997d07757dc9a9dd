"""Reading the few fields the voice extensions need from typed or dict events."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from realtime_ext.conversation._handlers import event_type
from realtime_ext.events._fields import as_dict, b64_size, field

__all__ = ["as_dict", "b64_size", "event_type", "field", "kind_of"]


def kind_of(event: object) -> str:
    """The event's type string, fast for the generated models (their ``type_`` is a
    ``StrEnum`` member, so it is the string) and ``UnknownEvent`` (a plain string)."""
    kind = getattr(event, "type_", None)
    if isinstance(kind, str):  # a model's StrEnum member or UnknownEvent's wire type
        return kind
    data: Any = event  # read through this name: isinstance narrowing would type no keys
    if isinstance(event, Mapping):
        kind = data.get("type")
        return kind if isinstance(kind, str) else ""
    if isinstance(kind, Enum):
        value = kind.value
        return value if isinstance(value, str) else ""
    return event_type(event)
