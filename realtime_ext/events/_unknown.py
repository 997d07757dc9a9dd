"""The event that stands in for anything the generated models cannot (yet) represent."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

import attrs

UNKNOWN_TYPE: Literal["unknown"] = "unknown"
"""``UnknownEvent.type``: a value no spec event uses (tests/typing checks every table)."""


@attrs.define(repr=False, eq=True)
class UnknownEvent:
    """An event whose ``type`` is not in the spec, or that did not decode; never raised.

    Narrowing: every generated event has ``type`` typed as its one literal
    (``Literal["response.done"]``), so ``if event.type == "response.done":`` narrows a parsed
    event to that model in mypy and pyright. ``UnknownEvent.type`` is always the literal
    ``"unknown"`` (no spec event uses it), so it never matches a known type and never spoils
    that narrowing, not even when a known type arrived with a shape that did not decode.
    The real wire ``type`` is :attr:`wire_type` (also :attr:`type_`, like the models' field,
    which is what handlers registered with ``conn.on(...)`` are matched on).

    ``raw`` is the decoded JSON object, untouched. ``error`` is ``None`` for an unknown
    ``type`` and holds the decode failure when a known type came with a shape the spec
    does not describe (so newer servers never crash older clients).

    Example:
        >>> from realtime_ext.events import parse_server_event
        >>> event = parse_server_event('{"type": "brand.new", "event_id": "e1"}')
        >>> if event.type == "unknown":
        ...     print(event.wire_type, event.raw["event_id"], event.error)
        brand.new e1 None
    """

    wire_type: str
    raw: dict[str, Any]
    error: Exception | None = attrs.field(default=None, eq=False)
    type: ClassVar[Literal["unknown"]] = UNKNOWN_TYPE

    @property
    def type_(self) -> str:
        """The wire ``type`` (same as :attr:`wire_type`), as ``type_`` is on every model."""
        return self.wire_type

    @property
    def event_id(self) -> str | None:
        """The event's ``event_id`` when it carries a string one."""
        value = self.raw.get("event_id")
        return value if isinstance(value, str) else None

    @property
    def known_type(self) -> bool:
        """``True`` when the type is in the spec but this payload failed to decode."""
        return self.error is not None

    def to_dict(self) -> dict[str, Any]:
        """The raw event, as received (a shallow copy)."""
        return dict(self.raw)

    def __repr__(self) -> str:
        # Payloads can be megabytes of audio (and, in principle, hold secrets): show keys only.
        error = f", error={type(self.error).__name__}: {self.error}" if self.error else ""
        return f"UnknownEvent(wire_type={self.wire_type!r}, keys={sorted(self.raw)!r}{error})"
