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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from realtime_generated import models
from realtime_generated._fast_events import DECODERS

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
