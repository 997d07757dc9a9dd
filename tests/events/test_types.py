"""realtime_ext.types: every openai Realtime type name resolves to a generated type."""

from __future__ import annotations

import re
import sys
import typing

import openai.types.realtime as openai_types
import pytest

import realtime_ext.types as aliases
from support import vendored

# openai's Realtime type listing (its api.md), vendored in tests/data.
SEEDS = "openai-python/realtime-api.md"


def seed_names() -> list[str]:
    return re.findall(r"^\s+(\w+),$", vendored.require(SEEDS).read_text(), re.M)


def test_every_seed_name_resolves() -> None:
    names = seed_names()
    assert len(names) > 100
    assert set(names) <= set(aliases.__all__)
    for name in names:
        assert getattr(aliases, name) is not None, name


def test_all_lists_every_alias_once_sorted() -> None:
    from realtime_generated.openai_types import OPENAI_NAMES

    assert aliases.__all__ == sorted(OPENAI_NAMES)
    assert sorted(dir(aliases)) == aliases.__all__


def test_the_generated_table_is_the_seed_listing() -> None:
    """regen resolves every name of openapi/openai_names.toml on the pinned spec, and the
    names are openai's listing, no more."""
    assert sorted(aliases.__all__) == sorted(seed_names())


def test_event_aliases_carry_openai_type_constants() -> None:
    checked = 0
    for name in seed_names():
        theirs = getattr(openai_types, name, None)
        fields = getattr(theirs, "model_fields", {})
        if "type" not in fields:
            continue
        literal = typing.get_args(fields["type"].annotation)
        if len(literal) != 1 or not isinstance(literal[0], str) or "." not in literal[0]:
            continue  # items and tools: a `type` but no event constant
        ours = getattr(aliases, name)
        # Generated annotations are strings, "<Enum> | Literal['<value>']" (the field takes
        # either): read the enum class from the model's module.
        enum_name, _, also = ours.__attrs_attrs__.type_.type.partition(" | ")
        enum = getattr(sys.modules[ours.__module__], enum_name)
        assert [m.value for m in enum] == [literal[0]], name
        assert also == f"Literal[{literal[0]!r}]", name
        checked += 1
    assert checked >= 50


def test_non_event_aliases_by_meaning() -> None:
    from realtime_generated import models, unions

    assert aliases.RealtimeSessionCreateRequest is models.RealtimeSessionCreateRequestGA
    assert aliases.RealtimeServerEvent == unions.RealtimeServerEvent
    assert aliases.RealtimeError is models.RealtimeServerEventErrorError
    assert typing.get_args(aliases.RealtimeToolsConfig) == (aliases.RealtimeToolsConfigUnion,)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NotAType"):
        aliases.NotAType  # noqa: B018
