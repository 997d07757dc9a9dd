"""The official ``openai`` package's Realtime type names, as aliases of the generated models.

Code (and search results) written against ``openai.types.realtime`` carries over::

    from realtime_ext.types import ResponseAudioDeltaEvent, SessionUpdateEvent

Each name resolves lazily (module ``__getattr__``) to the generated model with the same
meaning: events by their ``type`` constant, others by the schema they describe. Where the
spec only defines the type inline (openai names the inline object, the generator names it
after its parent field, e.g. ``...GAAudio``), the alias points at that inline model.
openai's union aliases become unions of the generated members (``RealtimeToolsConfig`` is
``list[RealtimeToolsConfigUnion]``).

The names and what each means are stated once, in openapi/openai_names.toml; regen writes
them into ``realtime_generated.openai_types`` (its ``OPENAI_NAMES`` table and one type alias
per name), which this module re-exports.

Note: ``realtime_ext.types.RealtimeError`` is openai's *model* of an ``error`` event's
``error`` object, not the exception ``realtime_ext.OpenAIError``.

Unmapped: none; every name of the openai Realtime API listing resolves here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from realtime_generated import openai_types as _generated

if TYPE_CHECKING:
    from realtime_generated.openai_types import *  # noqa: F403  # pyright: ignore[reportWildcardImportFromLibrary]
else:
    __all__ = list(_generated.__all__)


def __getattr__(name: str) -> Any:
    if name not in _generated.OPENAI_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(_generated, name)
    return value


def __dir__() -> list[str]:
    return list(_generated.__all__)
