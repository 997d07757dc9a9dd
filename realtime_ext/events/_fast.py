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
regen states as optional and keeps in ``additional_properties``), which the generated
builder is handed directly and builds the event from.
tests/events/test_wire_decode.py holds it to the dict way on every spec example.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.util import find_spec
from typing import Any, Union

from realtime_generated import models
from realtime_generated._fast_events import DECODERS, WIRE, WireBuild, WireFields

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


_MSGSPEC = find_spec("msgspec") is not None
"""Whether msgspec's parse is here (not CPython, or left out: flat events take the dict way)."""


def _wire_factory(cls: type[Any]) -> tuple[str, tuple[WireFields, WireBuild]] | None:
    """The name of the generated flat event class ``cls`` and what regen wrote for reading
    it from the wire (its fields, its builder), or ``None``: not flat, not the generated
    class of that name, or no msgspec to parse with."""
    name = getattr(cls, "__name__", "")
    factory = WIRE.get(name)
    if factory is None or not _MSGSPEC or getattr(models, name, None) is not cls:
        return None
    return name, factory()


WireDecode = Callable[[bytes | str], Any]
"""A flat event's decoder from the wire message; raises on any other shape."""


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
    found = _wire_factory(cls)
    if found is None:
        return None
    name, (fields, build) = found
    from msgspec import defstruct
    from msgspec.json import Decoder

    parse = Decoder(defstruct(name, fields, forbid_unknown_fields=True, gc=False)).decode

    def decode(message: bytes | str) -> Any:
        return build(parse(message))

    return decode


WireStruct = tuple[type[Any], WireBuild]
"""A flat event's struct, tagged by its ``type`` (see :func:`wire_struct_of`), and the
function building the event from a parsed one."""


def wire_struct_of(cls: type[Any], kind: str) -> WireStruct | None:
    """The tagged struct of the generated flat event class ``cls`` (of wire type ``kind``)
    and its builder, or ``None`` (not flat, or no msgspec): what :func:`union_decoder`
    parses many types with at once, by the value of ``type``. The builder takes the parsed
    struct itself, as :func:`wire_decoder_of`'s decode gives it its parse.

    Example:
        >>> from realtime_generated import models
        >>> cls = models.RealtimeServerEventInputAudioBufferCleared
        >>> struct, build = wire_struct_of(cls, "input_audio_buffer.cleared")
        >>> decode = union_decoder([struct])
        >>> build(decode(b'{"type":"input_audio_buffer.cleared","event_id":"e1"}')).event_id
        'e1'
    """
    found = _wire_factory(cls)
    if found is None:
        return None
    name, (fields, build) = found
    from msgspec import defstruct

    stated = [field for field in fields if field[0] != "type"]  # the tag: not a field
    struct = defstruct(
        name, stated, forbid_unknown_fields=True, gc=False, tag_field="type", tag=kind
    )
    return struct, build


def dict_way_struct(name: str, kind: str) -> type[Any]:
    """A struct tagged ``kind`` that reads no field and skips every key: the member of
    :func:`union_decoder`'s union for a type that is not flat (the generated class ``name``),
    so the union tells that type apart without raising, and the caller then decodes the
    message the dict way. (msgspec only; a refused parse raises, which costs more than
    skipping the rest of a small event.)

    Example:
        >>> struct = dict_way_struct("ResponseDone", "response.done")
        >>> type(union_decoder([struct])(b'{"type":"response.done","response":{}}')).__name__
        'ResponseDone'
    """
    from msgspec import defstruct

    struct: type[Any] = defstruct(name, [], gc=False, tag_field="type", tag=kind)
    return struct


def union_decoder(structs: Iterable[type[Any]]) -> WireDecode:
    """One msgspec parse of a message into whichever of ``structs`` its ``type`` names
    (:func:`wire_struct_of`); raises for any other type or shape."""
    from msgspec.json import Decoder

    members = tuple(structs)
    decoder: Decoder[Any] = Decoder(Union[members])  # noqa: UP007 (a tuple of members)
    decode: WireDecode = decoder.decode
    return decode
