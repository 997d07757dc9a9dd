"""The validator's walk skips a field whose value's exact type always passes, and takes a
union's model member by its exact type: both shortcuts must give the verdicts of the whole
walk. Checked here over every field of every generated model, so a spec change that breaks
either assumption fails this test rather than letting a wrong value through."""

from __future__ import annotations

import enum
import sys
import typing
from typing import Any

import attrs

from realtime_ext import _validate
from realtime_generated import models
from realtime_generated.types import UNSET

# One value of each exact type a shortcut may take, and ones it must not.
SAMPLES: list[object] = [UNSET, None, "text", 7, 1.5, True, [], {}]


def _model_classes() -> list[type[Any]]:
    found = (getattr(models, name) for name in dir(models))
    return [cls for cls in found if isinstance(cls, type) and attrs.has(cls)]


def _field_types() -> list[Any]:
    seen: dict[str, Any] = {}
    for cls in _model_classes():
        module = sys.modules[cls.__module__]
        hints = typing.get_type_hints(cls, globalns=vars(module), localns=_validate._LOCALS)
        for field in attrs.fields(cls):
            if field.name != "additional_properties":
                seen.setdefault(repr(hints[field.name]), hints[field.name])
    return list(seen.values())


FIELD_TYPES = _field_types()


def test_the_walk_covers_many_field_types() -> None:
    # A guard on the test itself: the spec's models give a few hundred distinct annotations.
    assert len(FIELD_TYPES) > 100


def test_a_type_skipped_by_the_walk_is_one_its_check_passes() -> None:
    for tp in FIELD_TYPES:
        passing = _validate._passing(tp)
        check = _validate._compile(tp)
        for value in SAMPLES:
            if type(value) in passing:
                check(value, ("field",))  # raises if the shortcut let a mistake by


def test_the_walk_skips_no_container_enum_or_model() -> None:
    # Those need a closer look (items, known members, fields); and a bool or an int is only
    # skipped where the annotation takes one (an int field never takes a bool).
    for tp in FIELD_TYPES:
        passing = _validate._passing(tp)
        options = {tp, *typing.get_args(tp)}
        for kind in passing:
            assert kind not in (list, dict, tuple), tp
            assert not issubclass(kind, enum.Enum), tp
            assert not attrs.has(kind), tp
        if bool in passing:
            assert bool in options, tp
        if int in passing:
            assert {int, float} & options, tp


def test_no_generated_model_subclasses_another() -> None:
    # A union's model member is taken by the value's exact type: sound only while no model
    # is another's subclass (an isinstance test would then match two members).
    classes = _model_classes()
    for cls in classes:
        parents = [other for other in classes if other is not cls and issubclass(cls, other)]
        assert parents == [], f"{cls.__name__} subclasses {parents}"


def test_a_misspelt_variant_is_still_caught_with_the_shortcut() -> None:
    # The decoder's unknown variant is an attrs model too; its own fields pass, and the
    # shortcut must leave it to the union's judgement of its "type".
    problem = _validate.session_problem(
        {"type": "realtime", "audio": {"input": {"turn_detection": {"type": "server_vda"}}}}
    )
    assert problem is not None
    assert problem.path == ("session", "audio", "input", "turn_detection", "type")
