"""Check and convert JSON values from the model against a hint tree (see ``_hints``)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, cast

from realtime_ext import ToolArgumentsError

from ._hints import (
    AnyNode,
    ArrayNode,
    EnumNode,
    Field,
    LiteralNode,
    MapNode,
    Node,
    NoneNode,
    ObjectNode,
    ScalarNode,
    UnionNode,
)
from ._output import redact

__all__ = ["decode", "decode_fields", "short"]

_JSON_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def short(value: object) -> str:
    """A bounded repr for error messages (model output can be long)."""
    text = redact(repr(value))
    return text if len(text) <= 60 else text[:57] + "..."


def _scalar(py: type, value: Any, path: str) -> Any:
    if py is bool:
        if isinstance(value, bool):
            return value
    elif py is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        # JSON has one number type: 3.0 is a fine integer, 3.5 is not.
        if isinstance(value, float) and value.is_integer():
            return int(value)
    elif py is float:
        finite = isinstance(value, int | float) and math.isfinite(value)
        if finite and not isinstance(value, bool):
            return float(value)
    elif isinstance(value, py):
        return value
    raise ToolArgumentsError(path, f"expected {_JSON_NAMES[py]}, got {short(value)}")


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def decode_fields(fields: tuple[Field, ...], value: Any, path: str) -> dict[str, Any]:
    """Check an object against ``fields``: types, missing and unknown keys."""
    if not isinstance(value, Mapping):
        raise ToolArgumentsError(path, f"expected an object, got {short(value)}")
    known = {f.key: f for f in fields}
    given = cast("Mapping[object, object]", value)
    for key in given:
        if key not in known:
            where = f"{path}.{key}" if path else str(key)
            raise ToolArgumentsError(where, f"unknown argument; expected one of {sorted(known)}")
    out: dict[str, Any] = {}
    for f in fields:
        where = f"{path}.{f.key}" if path else f.key
        if f.key in given:
            out[f.key] = decode(f.node, given[f.key], where)
        elif f.required:
            raise ToolArgumentsError(where, "is required")
    return out


def decode(node: Node, value: Any, path: str) -> Any:
    """Return ``value`` converted to the Python type ``node`` stands for."""
    match node:
        case AnyNode():
            return value
        case NoneNode():
            if value is None:
                return None
            raise ToolArgumentsError(path, f"expected null, got {short(value)}")
        case ScalarNode(py=py):
            return _scalar(py, value, path)
        case LiteralNode(values=values):
            if any(_same(value, v) for v in values):
                return value
            choices = ", ".join(map(repr, values))
            raise ToolArgumentsError(path, f"expected one of {choices}, got {short(value)}")
        case EnumNode(cls=cls):
            for member in cls:
                if _same(member.value, value):
                    return member
            choices = ", ".join(repr(m.value) for m in cls)
            raise ToolArgumentsError(path, f"expected one of {choices}, got {short(value)}")
        case ArrayNode(item=item, as_tuple=as_tuple):
            if not isinstance(value, list):
                raise ToolArgumentsError(path, f"expected an array, got {short(value)}")
            items = [
                decode(item, v, f"{path}[{i}]") for i, v in enumerate(cast("list[object]", value))
            ]
            return tuple(items) if as_tuple else items
        case MapNode(value=inner):
            if not isinstance(value, Mapping):
                raise ToolArgumentsError(path, f"expected an object, got {short(value)}")
            entries = cast("Mapping[object, object]", value).items()
            return {k: decode(inner, v, f"{path}.{k}") for k, v in entries}
        case UnionNode(options=options):
            problems: list[str] = []
            for option in options:
                try:
                    return decode(option, value, path)
                except ToolArgumentsError as exc:
                    problems.append(exc.problem)
            raise ToolArgumentsError(path, " or ".join(problems))
        case ObjectNode(name=name, fields=fields, build=build):
            decoded = decode_fields(fields, value, path)
            try:
                return build(decoded)
            except (TypeError, ValueError) as exc:  # e.g. an attrs validator said no
                raise ToolArgumentsError(path, f"not a valid {name}: {exc}") from exc
    raise AssertionError(f"unhandled node {node!r}")  # pragma: no cover
