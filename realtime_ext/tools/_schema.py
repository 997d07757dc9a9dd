"""Write the JSON Schema of a hint tree (see ``_hints``)."""

from __future__ import annotations

import enum
from typing import Any

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

__all__ = ["json_default", "object_schema", "schema"]

# Python scalar -> JSON Schema type; bool first, as a bool is also an int (see _json_type).
_SCALAR_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string"}


def _enum_schema(values: list[Any]) -> dict[str, Any]:
    kinds = {_json_type(v) for v in values}
    out: dict[str, Any] = {}
    if len(kinds) == 1 and None not in kinds:
        out["type"] = kinds.pop()
    out["enum"] = values
    return out


def _json_type(value: object) -> str | None:
    return next((name for py, name in _SCALAR_TYPES.items() if isinstance(value, py)), None)


def json_default(value: object) -> tuple[bool, Any]:
    """``(True, json_value)`` when ``value`` can be shown as a schema default."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, str | int | float | bool):
        return True, value
    return False, None


def object_schema(fields: tuple[Field, ...]) -> dict[str, Any]:
    """An object schema; unknown keys are refused so typos surface as errors."""
    properties: dict[str, Any] = {}
    for f in fields:
        prop = schema(f.node)
        if f.description:
            prop = {**prop, "description": f.description}
        if f.has_default:
            ok, value = json_default(f.default)
            if ok:
                prop = {**prop, "default": value}
        properties[f.key] = prop
    out: dict[str, Any] = {"type": "object", "properties": properties}
    required = [f.key for f in fields if f.required]
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    return out


def schema(node: Node) -> dict[str, Any]:
    """JSON Schema for one node."""
    match node:
        case AnyNode():
            return {}
        case NoneNode():
            return {"type": "null"}
        case ScalarNode(py=py):
            return {"type": _SCALAR_TYPES[py]}
        case LiteralNode(values=values):
            return _enum_schema(list(values))
        case EnumNode(cls=cls):
            return _enum_schema([m.value for m in cls])
        case ArrayNode(item=item):
            return {"type": "array", "items": schema(item)}
        case MapNode(value=value):
            return {"type": "object", "additionalProperties": schema(value)}
        case UnionNode(options=options):
            return {"anyOf": [schema(o) for o in options]}
        case ObjectNode(fields=fields, description=description):
            out = object_schema(fields)
            return {"description": description, **out} if description else out
    raise AssertionError(f"unhandled node {node!r}")  # pragma: no cover
