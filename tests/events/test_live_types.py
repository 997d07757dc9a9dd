"""realtime_generated.openai_live_types: every name openai.types.live publishes resolves to the
generated type with the same meaning, or is listed as not applicable, with why."""

from __future__ import annotations

import inspect
import sys
import tomllib
import typing
from pathlib import Path

import openai.types.live as openai_live
import pytest

import realtime_generated.openai_live_types as aliases
from realtime_generated import models, unions

# Written by scripts/live_overlay.py; regen makes openai_live_types.py of its [names].
LIVE_NAMES = Path(__file__).resolve().parents[2] / "openapi" / "openai_live_names.toml"

pytestmark = pytest.mark.once(
    reason="openai's published names against the generated table: a fact of the pinned packages"
)


def openai_names() -> set[str]:
    """What openai.types.live publishes (it has no ``__all__``): its types and aliases, not
    its submodules nor its ``from __future__ import annotations``."""
    return {
        name
        for name, value in vars(openai_live).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }


def not_applicable() -> dict[str, str]:
    config = tomllib.loads(LIVE_NAMES.read_text(encoding="utf-8"))
    table: dict[str, str] = config["not_applicable"]
    return table


def test_every_openai_live_name_is_here_or_listed_with_a_reason() -> None:
    names = openai_names()
    assert len(names) > 100
    skipped = not_applicable()
    assert set(aliases.__all__).isdisjoint(skipped)
    assert set(aliases.__all__) | set(skipped) == names
    assert all(len(reason) > 20 for reason in skipped.values())
    assert aliases.__all__ == sorted(aliases.OPENAI_NAMES)
    for name in aliases.__all__:
        assert getattr(aliases, name) is not None, name


def test_event_aliases_carry_openai_type_constants() -> None:
    checked = 0
    for name in aliases.__all__:
        theirs = getattr(openai_live, name)
        fields = getattr(theirs, "model_fields", {})
        if "type" not in fields:
            continue
        literal = typing.get_args(fields["type"].annotation)
        if len(literal) != 1 or not isinstance(literal[0], str) or "." not in literal[0]:
            continue  # items and configs: a `type` but no event constant
        ours = getattr(aliases, name)
        enum_name = ours.__attrs_attrs__.type_.type.partition(" | ")[0]
        enum = getattr(sys.modules[ours.__module__], enum_name)
        assert [m.value for m in enum] == [literal[0]], name
        checked += 1
    assert checked >= 30


def test_unions_and_request_forms_by_meaning() -> None:
    assert aliases.SessionStartEvent is models.LiveSessionStartEvent
    # openai's request TypedDict is the same shape: one model here.
    assert aliases.SessionStartEventParam is aliases.SessionStartEvent
    # One union for the three sockets' server events (a type has one shape on all three).
    assert aliases.ServerEvent == unions.LiveServerEvent
    assert aliases.ForkServerEvent == unions.LiveServerEvent
    assert aliases.ClientEvent == unions.LiveClientEvent
    assert set(typing.get_args(aliases.AudioFormat)) == {
        models.LiveAudioPCM,
        models.LiveAudioPCMU,
        models.LiveAudioPCMA,
    }


def test_a_name_of_the_other_api_is_not_taken_for_its_namesake() -> None:
    import realtime_ext.types as realtime

    assert aliases.SessionUpdateEvent is not realtime.SessionUpdateEvent
    with pytest.raises(AttributeError, match="BuiltInVoice"):
        aliases.BuiltInVoice  # noqa: B018
