"""function_tool: names, descriptions and the JSON Schema of each supported hint."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from typing import Annotated, Any, Literal, NotRequired, Optional, Required, TypedDict

import attrs
import pytest

from realtime_ext.tools import FunctionTool, ToolDefinitionError, function_tool


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Point(TypedDict):
    x: int
    y: int


class Filters(TypedDict, total=False):
    tag: str
    limit: Required[int]


class Mixed(TypedDict):
    name: str
    note: NotRequired[str]


@attrs.define
class Address:
    """A postal address."""

    street: str
    zip_code: str | None = None


@attrs.define
class Order:
    item: str
    address: Address
    quantity: int = 1


@dataclasses.dataclass
class Box:
    width: float
    tags: list[str] = dataclasses.field(default_factory=list)


def params(fn: Any) -> dict[str, Any]:
    tool: FunctionTool[..., Any] = function_tool(fn)
    result: dict[str, Any] = tool.to_dict()["parameters"]
    return result


def prop(hint: Any) -> dict[str, Any]:
    def fn(value):  # type: ignore[no-untyped-def]
        return value

    fn.__annotations__ = {"value": hint}
    result: dict[str, Any] = params(fn)["properties"]["value"]
    return result


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        (str, {"type": "string"}),
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (Any, {}),
        (Literal["a", "b"], {"type": "string", "enum": ["a", "b"]}),
        (Literal[1, "x"], {"enum": [1, "x"]}),
        # A bool is an int too: true/false literals are booleans, mixed with ints untyped.
        (Literal[True, False], {"type": "boolean", "enum": [True, False]}),
        (Literal[1, True], {"enum": [1, True]}),
        (Color, {"type": "string", "enum": ["red", "blue"]}),
        (Level, {"type": "integer", "enum": [1, 2]}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (Sequence[str], {"type": "array", "items": {"type": "string"}}),
        (tuple[float, ...], {"type": "array", "items": {"type": "number"}}),
        (list, {"type": "array", "items": {}}),
        (dict[str, int], {"type": "object", "additionalProperties": {"type": "integer"}}),
        (Optional[str], {"anyOf": [{"type": "string"}, {"type": "null"}]}),  # noqa: UP045
        (int | None, {"anyOf": [{"type": "integer"}, {"type": "null"}]}),
        (int | str, {"anyOf": [{"type": "integer"}, {"type": "string"}]}),
        (Annotated[int, "How many."], {"type": "integer", "description": "How many."}),
        (
            Point,
            {
                "type": "object",
                "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                "required": ["x", "y"],
                "additionalProperties": False,
            },
        ),
        (
            Filters,
            {
                "type": "object",
                "properties": {"tag": {"type": "string"}, "limit": {"type": "integer"}},
                "required": ["limit"],
                "additionalProperties": False,
            },
        ),
        (
            Mixed,
            {
                "type": "object",
                "properties": {"name": {"type": "string"}, "note": {"type": "string"}},
                "required": ["name"],
                "additionalProperties": False,
            },
        ),
        (
            Order,
            {
                "type": "object",
                "properties": {
                    "item": {"type": "string"},
                    "address": {
                        "description": "A postal address.",
                        "type": "object",
                        "properties": {
                            "street": {"type": "string"},
                            "zip_code": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "default": None,
                            },
                        },
                        "required": ["street"],
                        "additionalProperties": False,
                    },
                    "quantity": {"type": "integer", "default": 1},
                },
                "required": ["item", "address"],
                "additionalProperties": False,
            },
        ),
        (
            Box,
            {
                "type": "object",
                "properties": {
                    "width": {"type": "number"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["width"],
                "additionalProperties": False,
            },
        ),
        (
            list[dict[str, Point | None]],
            {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                                "required": ["x", "y"],
                                "additionalProperties": False,
                            },
                            {"type": "null"},
                        ]
                    },
                },
            },
        ),
    ],
)
def test_hint_schema(hint: Any, expected: dict[str, Any]) -> None:
    assert prop(hint) == expected


def test_google_docstring_and_defaults() -> None:
    @function_tool
    def search(query: str, limit: int = 5, color: Color = Color.RED) -> list[str]:
        """Search the catalogue.

        Use for product questions.

        Args:
            query: Free text.
            limit: Max results.
        """
        return []

    assert search.to_dict() == {
        "type": "function",
        "name": "search",
        "description": "Search the catalogue.\n\nUse for product questions.",
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Free text."},
                "limit": {"type": "integer", "description": "Max results.", "default": 5},
                "color": {"type": "string", "enum": ["red", "blue"], "default": "red"},
            },
            "required": ["query"],
            "additionalProperties": False,
        },
    }


def test_numpy_and_rest_docstrings() -> None:
    def numpy_style(city: str) -> None:
        """Look up a city.

        Parameters
        ----------
        city : str
            The city name.
        """

    def rest_style(city: str) -> None:
        """Look up a city.

        :param city: The city name.
        """

    for fn in (numpy_style, rest_style):
        tool = function_tool(fn)
        assert tool.description == "Look up a city."
        assert tool.parameters["properties"]["city"]["description"] == "The city name."


def test_decorator_with_options_keeps_function_callable() -> None:
    @function_tool(name="add-numbers", description="Adds.")
    def add(a: int, b: int = 0) -> int:
        return a + b

    assert add(2, 3) == 5
    assert add.name == "add-numbers"
    assert add.to_dict()["description"] == "Adds."
    assert "description" not in function_tool(lambda_free_fn).to_dict()


def lambda_free_fn() -> None:
    pass


def test_no_parameters() -> None:
    assert params(lambda_free_fn) == {
        "type": "object",
        "properties": {},
        "additionalProperties": False,
    }


@dataclasses.dataclass
class Node:
    child: Node | None


def test_lambda_needs_a_name() -> None:
    with pytest.raises(ToolDefinitionError, match="<lambda>"):
        function_tool(lambda x: x)
    assert function_tool(lambda x: x, name="echo").name == "echo"


def test_unsupported_definitions() -> None:
    def varargs(*items: int) -> None: ...

    def weird(x: complex) -> None: ...

    def bad_keys(x: dict[int, str]) -> None: ...

    def recursive(node: Node) -> None: ...

    def fixed_tuple(x: tuple[int, str]) -> None: ...

    cases: list[tuple[Any, str]] = [
        (varargs, "*args"),
        (weird, "weird.x"),
        (bad_keys, "keys are strings"),
        (recursive, "recursive type Node"),
        (fixed_tuple, "tuple[T, ...]"),
    ]
    for fn, text in cases:
        with pytest.raises(ToolDefinitionError) as info:
            function_tool(fn)
        assert text in str(info.value)
