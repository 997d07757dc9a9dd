"""Direct constructors for server events: the ones regen writes into the generated package.

``realtime_generated._fast_events`` (written by ``scripts/regen_lib/fast_events.py``) holds
one factory per event class whose fields it can read straight from the keys: plain values,
the one-member ``type`` enum, nested models, and unions of models told apart by strict
one-value enum fields (``type``, ``role``). Each built decoder gives exactly what the
generated ``from_dict`` gives (anything unexpected goes through ``from_dict``); undescribed
keys still land in ``additional_properties``. Nested objects (items, responses, rate limits)
get direct decoders of their own, written the same way (``scripts/regen_lib/fast_nested.py``).
Nothing is built from source at run time. tests/events/test_fast_decode.py compares both
paths on every spec example, and every nested decoder on every object inside them.

Flat events (plain fields only: the deltas) also have a decoder from the wire message
(:func:`wire_decoder_of`): regen states their fields, and msgspec reads exactly those into
a struct (unknown keys refused, but for the few the live API adds beyond the spec, which
regen states as optional and keeps in ``additional_properties``), from which the generated
code builds the event.
tests/events/test_wire_decode.py holds it to the dict way on every spec example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from realtime_generated import models
from realtime_generated._fast_events import DECODERS, WIRE, WireDecode

Decode = Callable[[dict[str, Any]], Any]


def fast_decoder(cls: type[Any]) -> Decode | None:
    """The generated direct constructor for the generated event class ``cls``, or ``None``
    (keep ``from_dict``) when regen wrote none for it.

    Example:
        >>> from realtime_generated import models
        >>> decode = fast_decoder(models.RealtimeServerEventInputAudioBufferCleared)
        >>> decode({"type": "input_audio_buffer.cleared", "event_id": "e1"}).event_id
        'e1'
    """
    name = getattr(cls, "__name__", "")
    factory = DECODERS.get(name)
    if factory is None or getattr(models, name, None) is not cls:
        return None
    return factory()


def _msgspec_reader() -> Callable[[str, list[tuple[Any, ...]]], WireDecode] | None:
    """The reader regen's flat-event decoders take: msgspec parsing the message into a
    struct of exactly the given fields (``(key, type)``, or ``(key, type, default)`` for an
    optional one), refusing any other key (``None`` without msgspec)."""
    try:
        from msgspec import defstruct
        from msgspec.json import Decoder
    except ImportError:  # not CPython, or left out: flat events take the dict way too
        return None

    def reader(name: str, fields: list[tuple[Any, ...]]) -> WireDecode:
        struct = defstruct(name, fields, forbid_unknown_fields=True, gc=False)
        decode: WireDecode = Decoder(struct).decode
        return decode

    return reader


_READER = _msgspec_reader()


def wire_decoder_of(cls: type[Any]) -> WireDecode | None:
    """The decoder from the wire message (bytes or text) of the generated flat event class
    ``cls``, or ``None`` (not flat, or no msgspec). It raises on any shape but the one
    the spec describes exactly; callers then decode the dict way.

    Example:
        >>> from realtime_generated import models
        >>> decode = wire_decoder_of(models.RealtimeServerEventInputAudioBufferCleared)
        >>> decode(b'{"type":"input_audio_buffer.cleared","event_id":"e1"}').event_id
        'e1'
    """
    name = getattr(cls, "__name__", "")
    factory = WIRE.get(name)
    if factory is None or _READER is None or getattr(models, name, None) is not cls:
        return None
    return factory(_READER)
