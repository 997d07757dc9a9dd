"""Decoding the model's JSON arguments against the function's hints."""

from __future__ import annotations

import enum
import json
from typing import Any, Literal, NotRequired, TypedDict

import attrs
import pytest

from realtime_ext.tools import ToolArgumentsError, function_tool


class Unit(enum.Enum):
    C = "celsius"
    F = "fahrenheit"


class Where(TypedDict):
    city: str
    country: NotRequired[str]


@attrs.define
class Window:
    days: int = attrs.field(validator=attrs.validators.ge(1))
    hourly: bool = False


@function_tool
def forecast(
    where: Where,
    unit: Unit = Unit.C,
    window: Window | None = None,
    tags: tuple[str, ...] = (),
    scale: float = 1.0,
    mode: Literal["brief", "full"] = "brief",
    extra: dict[str, int] | None = None,
) -> dict[str, Any]:
    """Weather forecast."""
    return {"where": where, "unit": unit, "window": window, "tags": tags, "scale": scale}


def test_decodes_to_declared_types() -> None:
    args = forecast.decode_arguments(
        json.dumps(
            {
                "where": {"city": "Oslo", "country": "NO"},
                "unit": "fahrenheit",
                "window": {"days": 3},
                "tags": ["a", "b"],
                "scale": 2,
                "mode": "full",
                "extra": {"k": 1},
            }
        )
    )
    assert args == {
        "where": {"city": "Oslo", "country": "NO"},
        "unit": Unit.F,
        "window": Window(days=3),
        "tags": ("a", "b"),
        "scale": 2.0,
        "mode": "full",
        "extra": {"k": 1},
    }
    assert isinstance(args["scale"], float)


def test_defaults_are_not_required_and_null_is_allowed_for_optional() -> None:
    assert forecast.decode_arguments('{"where": {"city": "Rome"}, "window": null}') == {
        "where": {"city": "Rome"},
        "window": None,
    }
    assert forecast.invoke('{"where": {"city": "Rome"}}')["unit"] is Unit.C


def test_integral_float_is_an_int() -> None:
    assert forecast.decode_arguments('{"where": {"city": "x"}, "window": {"days": 2.0}}')[
        "window"
    ] == Window(days=2)


@pytest.mark.parametrize(
    ("arguments", "argument", "fragment"),
    [
        ("{", "", "not valid JSON"),
        ("[1]", "", "expected an object"),
        ("{}", "where", "is required"),
        ('{"where": {"city": "x"}, "color": 1}', "color", "unknown argument"),
        ('{"where": {"city": 3}}', "where.city", "expected a string"),
        ('{"where": {"town": "x", "city": "y"}}', "where.town", "unknown argument"),
        ('{"where": {"city": "x"}, "unit": "kelvin"}', "unit", "'celsius', 'fahrenheit'"),
        ('{"where": {"city": "x"}, "mode": "short"}', "mode", "'brief', 'full'"),
        ('{"where": {"city": "x"}, "tags": "a"}', "tags", "expected an array"),
        ('{"where": {"city": "x"}, "tags": ["a", 1]}', "tags[1]", "expected a string"),
        ('{"where": {"city": "x"}, "scale": true}', "scale", "expected a number"),
        ('{"where": {"city": "x"}, "window": {"days": 1.5}}', "window", "expected an integer"),
        ('{"where": {"city": "x"}, "window": {"days": 0}}', "window", "not a valid Window"),
        ('{"where": {"city": "x"}, "window": {}}', "window", "is required"),
        ('{"where": {"city": "x"}, "extra": {"k": "v"}}', "extra", "expected an integer"),
    ],
)
def test_mismatches_name_the_argument(arguments: str, argument: str, fragment: str) -> None:
    with pytest.raises(ToolArgumentsError) as info:
        forecast.decode_arguments(arguments)
    assert info.value.argument == argument
    assert fragment in str(info.value)


def test_bool_is_not_an_int_and_literal_types_are_strict() -> None:
    @function_tool
    def pick(n: int, flag: Literal[1, 2]) -> int:
        """Pick."""
        return n

    with pytest.raises(ToolArgumentsError, match="'n'"):
        pick.decode_arguments('{"n": true, "flag": 1}')
    with pytest.raises(ToolArgumentsError, match="'flag'"):
        pick.decode_arguments('{"n": 1, "flag": true}')


def test_empty_arguments_mean_no_arguments() -> None:
    @function_tool
    def ping() -> str:
        """Ping."""
        return "pong"

    assert ping.invoke("") == "pong"
    assert ping.decode_arguments({}) == {}


async def test_async_function_tool() -> None:
    @function_tool
    async def slow_add(a: int, b: int) -> int:
        """Add later."""
        return a + b

    assert slow_add.is_async
    assert await slow_add.ainvoke('{"a": 2, "b": 5}') == 7
    assert await slow_add(1, 1) == 2
    assert not forecast.is_async


def test_positional_only_parameters() -> None:
    @function_tool
    def sub(a: int, b: int, /) -> int:
        """Subtract."""
        return a - b

    assert sub.invoke('{"b": 1, "a": 10}') == 9
