"""Decode a server event from the wire: ``decode_server_event(data)`` (the Realtime API),
``decode_live_server_event(data)`` (GPT-Live: the same promises, its own event table).

Copied into the generated package by scripts/regen.py (``openapi/templates/decoding.py``).
Built on the generated direct decoders (``_fast_events``, about five times faster than
``from_dict``): one JSON parse, one table lookup, one decoder call. What it promises:

* a known ``type`` gives its model; its unions' unknown members come back as
  ``RealtimeUnknownVariant`` and unknown enum values as pseudo-members, never as another
  member (a new ``audio/opus`` format is not the PCM class);
* an unknown ``type`` gives an ``UnknownServerEvent`` (never an error: servers add events);
* anything else raises ``errors.EventDecodeError``: not JSON, not an object, no string
  ``type``, or a known ``type`` with a required field missing (named) or a field of the
  wrong shape. Its message never carries a value from the event.

Example::

    from realtime_generated import decode_server_event

    event = decode_server_event(b'{"type": "response.output_text.delta", "event_id": "e",'
                                b' "response_id": "r", "item_id": "i", "output_index": 0,'
                                b' "content_index": 0, "delta": "Hi"}')
    if event.type == "response.output_text.delta":
        print(event.delta)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from ._fast_events import DECODERS
from .errors import EventDecodeError
from .event_types import LIVE_SERVER_EVENTS, SERVER_EVENTS

if TYPE_CHECKING:
    from .event_unions import LiveServerEvent, ServerEvent

# One cache per table: the two APIs share type names with different shapes ("error").
_DECODE: dict[str, Callable[[dict[str, Any]], Any]] = {}
_DECODE_LIVE: dict[str, Callable[[dict[str, Any]], Any]] = {}


class UnknownServerEvent:
    """A server event whose ``type`` this package was not generated with, kept whole.

    ``type`` is the literal ``"unknown"`` (no spec event uses it), so ``if event.type ==
    "response.done":`` still narrows the union; the wire type is ``wire_type`` (and
    ``type_``, as on the models), the object as received is ``raw``.

    Example::

        event = decode_server_event('{"type": "brand.new", "event_id": "e1"}')
        assert event.type == "unknown" and event.wire_type == "brand.new"
    """

    __slots__ = ("raw", "wire_type")
    type: ClassVar[Literal["unknown"]] = "unknown"
    wire_type: str
    raw: dict[str, Any]

    def __init__(self, wire_type: str, raw: dict[str, Any]) -> None:
        self.wire_type = wire_type
        self.raw = raw

    @property
    def type_(self) -> str:
        """The wire ``type`` (``type_`` is the field's name on every model)."""
        return self.wire_type

    def to_dict(self) -> dict[str, Any]:
        """The event as received (a shallow copy)."""
        return dict(self.raw)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnknownServerEvent):
            return NotImplemented
        return self.wire_type == other.wire_type and self.raw == other.raw

    def __repr__(self) -> str:
        # Keys only: a payload can be large and could hold anything.
        return f"UnknownServerEvent(wire_type={self.wire_type!r}, keys={sorted(self.raw)!r})"


def decode_server_event(data: str | bytes | bytearray) -> ServerEvent | UnknownServerEvent:
    """The typed server event a WebSocket or data-channel message holds.

    Raises ``errors.EventDecodeError`` for a message that is not a usable event (see the
    module docstring); an unknown ``type`` returns ``UnknownServerEvent``.

    Example::

        event = decode_server_event('{"type": "input_audio_buffer.cleared", "event_id": "e"}')
        assert event.type == "input_audio_buffer.cleared"
    """
    event: ServerEvent | UnknownServerEvent = _decode(data, SERVER_EVENTS, _DECODE)
    return event


def decode_live_server_event(
    data: str | bytes | bytearray,
) -> LiveServerEvent | UnknownServerEvent:
    """The typed GPT-Live server event a message holds (a primary, sideband or fork socket,
    or a WebRTC data channel).

    Raises ``errors.EventDecodeError`` for a message that is not a usable event (see the
    module docstring); an unknown ``type`` returns ``UnknownServerEvent``.

    Example::

        event = decode_live_server_event(
            '{"type": "session.input_audio.muted", "event_id": "e"}'
        )
        assert event.type == "session.input_audio.muted"
    """
    live: LiveServerEvent | UnknownServerEvent = _decode(data, LIVE_SERVER_EVENTS, _DECODE_LIVE)
    return live


def _decode(
    data: str | bytes | bytearray,
    table: dict[str, str],
    decoders: dict[str, Callable[[dict[str, Any]], Any]],
) -> Any:
    if not isinstance(data, str | bytes | bytearray):
        raise EventDecodeError(f"expected str or bytes, got {type(data).__name__}")
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
        raise EventDecodeError(f"not valid JSON ({type(exc).__name__})", error=exc) from None
    if type(obj) is not dict:
        raise EventDecodeError(f"not a JSON object but {type(obj).__name__}")
    kind = obj.get("type")
    if type(kind) is not str:
        raise EventDecodeError("the object has no string `type`")
    decode = decoders.get(kind)
    if decode is None:
        name = table.get(kind)
        if name is None:
            return UnknownServerEvent(kind, obj)
        factory = DECODERS.get(name)
        if factory is not None:
            decode = factory()
        else:
            from . import models

            decode = getattr(models, name).from_dict
        decoders[kind] = decode
    try:
        return decode(obj)
    except KeyError as exc:
        field = exc.args[0] if exc.args and isinstance(exc.args[0], str) else None
        where = "a nested object lacks" if field is not None and field in obj else "lacks"
        raise EventDecodeError(
            f"{where} the required field {field!r}", event_type=kind, field=field, error=exc
        ) from None
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise EventDecodeError(
            f"a field has a shape the spec does not allow ({type(exc).__name__})",
            event_type=kind,
            error=exc,
        ) from None


__all__ = ("UnknownServerEvent", "decode_live_server_event", "decode_server_event")
