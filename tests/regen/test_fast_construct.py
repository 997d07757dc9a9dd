"""regen's direct decoders build a model by stores on a bare instance only where attrs'
``__init__`` would build the very same object (``fast_nested.bare``); elsewhere they call
the model. Both are checked against ``from_dict`` on every spec example in
tests/events/test_fast_decode.py; here, what ``bare`` accepts and refuses."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from regen_lib.fast_nested import bare


@attrs.define
class Plain:
    a: int
    b: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


def _built(model: Any, values: list[tuple[str, str]]) -> Any:
    lines = bare(model, "model", "obj", values)
    assert lines is not None
    scope: dict[str, Any] = {"model": model, "_new": object.__new__}
    exec("\n".join(lines), scope)  # the lines regen writes into _fast_events.py
    return scope["obj"]


def test_stores_build_what_the_constructor_builds() -> None:
    first = _built(Plain, [("b", "'x'"), ("a", "1")])  # in the from_dict's order
    assert first == Plain(1, "x") and type(first) is Plain
    second = _built(Plain, [("a", "1"), ("b", "'x'")])
    second.additional_properties["k"] = 1
    assert first.additional_properties == {}  # a fresh dict each time, as the factory's


@attrs.define
class Validated:
    a: int = attrs.field(validator=attrs.validators.instance_of(int))
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class Converted:
    a: int = attrs.field(converter=int)
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class PostInit:
    a: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        self.a += 1


@attrs.frozen
class Frozen:
    a: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class OtherNonInit:
    a: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    seen: int = attrs.field(init=False, default=0)


@attrs.define
class NoExtras:
    a: int


@attrs.define
class SharedDefault:
    a: int
    additional_properties: dict[str, Any] = attrs.field(init=False, default=attrs.Factory(list))


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Validated, [("a", "1")]),
        (Converted, [("a", "1")]),
        (PostInit, [("a", "1")]),
        (Frozen, [("a", "1")]),
        (OtherNonInit, [("a", "1")]),
        (NoExtras, [("a", "1")]),
        (SharedDefault, [("a", "1")]),
        (Plain, [("a", "1")]),  # b missing: __init__ would raise
        (Plain, [("a", "1"), ("b", "'x'"), ("a", "2")]),  # a field twice
        (Plain, [("a", "1"), ("b", "'x'"), ("c", "3")]),  # not a field
    ],
)
def test_anything_init_does_besides_storing_keeps_the_call(model: Any, values: Any) -> None:
    assert bare(model, "model", "obj", values) is None
