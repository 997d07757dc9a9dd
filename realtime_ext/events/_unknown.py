"""The event that stands in for anything the generated models cannot (yet) represent."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(repr=False, eq=True)
class UnknownEvent:
    """An event whose ``type`` is not in the spec, or that did not decode; never raised.

    ``raw`` is the decoded JSON object, untouched. ``error`` is ``None`` for an unknown
    ``type`` and holds the decode failure when a known type came with a shape the spec
    does not describe (so newer servers never crash older clients).

    Example:
        >>> from realtime_ext.events import parse_server_event
        >>> event = parse_server_event('{"type": "brand.new", "event_id": "e1"}')
        >>> event.type, event.raw["event_id"], event.error
        ('brand.new', 'e1', None)
    """

    type: str
    raw: dict[str, Any]
    error: Exception | None = attrs.field(default=None, eq=False)

    @property
    def type_(self) -> str:
        """Same as :attr:`type`, so ``event.type_`` works on every parsed event."""
        return self.type

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
        return f"UnknownEvent(type={self.type!r}, keys={sorted(self.raw)!r}{error})"
