"""Direct constructors for the high-volume streaming events (audio and text deltas).

A realtime turn is mostly ``response.output_audio.delta`` events. The generated
``from_dict`` copies the dict, pops every key and builds the enum member on each call;
here the member is resolved once and the attrs ``__init__`` is called directly. The fast
path only applies when the event has exactly the spec's fields; anything else goes
through ``from_dict`` (so extra fields still land in ``additional_properties``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

Decode = Callable[[dict[str, Any]], Any]

# The field layout shared by every "delta" streaming event of the GA spec.
_DELTA_FIELDS = (
    "event_id",
    "type_",
    "response_id",
    "item_id",
    "output_index",
    "content_index",
    "delta",
    "additional_properties",
)
_DELTA_KEYS = 7  # the wire keys: the attrs fields minus additional_properties

FAST_TYPES = frozenset(
    {
        "response.output_audio.delta",
        "response.output_audio_transcript.delta",
        "response.output_text.delta",
    }
)


def fast_decoder(cls: type[Any]) -> Decode | None:
    """A direct constructor for ``cls`` if it has the delta layout, else ``None``.

    Checked against the class itself, so a regenerated model with other fields simply
    loses the fast path instead of decoding wrongly.
    """
    if not attrs.has(cls) or tuple(f.name for f in attrs.fields(cls)) != _DELTA_FIELDS:
        return None
    model: Any = cls  # a generated model; attrs' narrowing would hide its fields
    member_type = attrs.fields(model).type_.type
    if isinstance(member_type, str):
        # Postponed annotations: read the enum class from the model's module namespace.
        import sys

        member_type = getattr(sys.modules[model.__module__], member_type, None)
    if member_type is None or not hasattr(member_type, "__members__"):
        return None
    members = list(member_type.__members__.values())
    if len(members) != 1:
        return None
    member = members[0]
    slow = model.from_dict

    def decode(data: dict[str, Any]) -> Any:
        if len(data) == _DELTA_KEYS:
            try:
                return model(
                    event_id=data["event_id"],
                    type_=member,
                    response_id=data["response_id"],
                    item_id=data["item_id"],
                    output_index=data["output_index"],
                    content_index=data["content_index"],
                    delta=data["delta"],
                )
            except KeyError:
                pass  # same count, other keys: let from_dict sort it out
        return slow(data)

    return decode
