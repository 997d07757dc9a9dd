"""Read Python type hints into a small tree shared by the JSON Schema writer and the decoder.

Hand-written on purpose: the schema and the argument check must cover exactly the same
hints. cattrs converts leniently (``int(1.5)``, ``int("3")``) and writes no schema;
pydantic writes schemas but does not know attrs classes and is slow to import.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from realtime_ext import ToolDefinitionError

if typing.TYPE_CHECKING:
    import docstring_parser

__all__ = [
    "AnyNode",
    "ArrayNode",
    "EnumNode",
    "Field",
    "LiteralNode",
    "MapNode",
    "Node",
    "NoneNode",
    "ObjectNode",
    "ScalarNode",
    "UnionNode",
    "analyse",
    "unwrap_annotated",
]

_NO_DEFAULT: Any = object()


@attrs.frozen
class AnyNode:
    pass


@attrs.frozen
class NoneNode:
    pass


@attrs.frozen
class ScalarNode:
    py: type


@attrs.frozen
class LiteralNode:
    values: tuple[Any, ...]


@attrs.frozen
class EnumNode:
    cls: type[enum.Enum]


@attrs.frozen
class ArrayNode:
    item: Node
    as_tuple: bool


@attrs.frozen
class MapNode:
    value: Node


@attrs.frozen
class UnionNode:
    options: tuple[Node, ...]


@attrs.frozen
class Field:
    key: str
    node: Node
    required: bool
    description: str | None = None
    default: Any = _NO_DEFAULT

    @property
    def has_default(self) -> bool:
        return self.default is not _NO_DEFAULT


@attrs.frozen
class ObjectNode:
    name: str
    fields: tuple[Field, ...]
    build: Callable[[dict[str, Any]], Any]
    description: str | None


Node = (
    AnyNode
    | NoneNode
    | ScalarNode
    | LiteralNode
    | EnumNode
    | ArrayNode
    | MapNode
    | UnionNode
    | ObjectNode
)

_SCALARS = (str, int, float, bool)
_ARRAYS = {list, set, frozenset, Sequence, typing.Sequence}
_MAPS = {dict, Mapping, typing.Mapping}


def unwrap_annotated(hint: Any) -> tuple[Any, str | None]:
    """``Annotated[T, "text"]`` -> ``(T, "text")``; other hints -> ``(hint, None)``."""
    if typing.get_origin(hint) is typing.Annotated:
        base, *meta = typing.get_args(hint)
        text = next((m for m in meta if isinstance(m, str)), None)
        return base, text
    return hint, None


def parse_doc(text: str) -> docstring_parser.Docstring:
    """``docstring_parser.parse(text)``, the package imported on first use.

    A connection imports :mod:`realtime_ext.tools` (its tool loop encodes outputs with
    ``_output``), and docstring_parser with its five parsers was about 5% of the import
    time of a process's first ``connect``, tools or not: it now loads with the first tool.
    """
    import docstring_parser

    return docstring_parser.parse(text)


def _summary(cls: type) -> str | None:
    doc = cls.__doc__
    if not doc or doc.startswith(f"{cls.__name__}("):  # attrs/dataclass auto-docs
        return None
    return parse_doc(doc).short_description


def _field_docs(cls: type) -> dict[str, str]:
    doc = parse_doc(cls.__doc__ or "")
    return {p.arg_name: p.description.strip() for p in doc.params if p.description}


def _typed_dict(cls: Any, where: str, stack: tuple[type, ...]) -> ObjectNode:
    hints = typing.get_type_hints(cls, include_extras=True)
    required_keys: frozenset[str] = cls.__required_keys__
    docs = _field_docs(cls)
    fields: list[Field] = []
    for key, raw in hints.items():
        hint, text = unwrap_annotated(raw)
        required = key in required_keys
        # Python 3.11 misses Required[]/NotRequired[] in string annotations when it
        # computes __required_keys__, so the markers seen here take precedence.
        while (marker := typing.get_origin(hint)) in (typing.Required, typing.NotRequired):
            required = marker is typing.Required
            hint, more = unwrap_annotated(typing.get_args(hint)[0])
            text = text or more
        node = analyse(hint, f"{where}.{key}", stack)
        fields.append(Field(key, node, required, text or docs.get(key)))
    return ObjectNode(cls.__name__, tuple(fields), dict, _summary(cls))


# One constructor argument of an attrs class or dataclass: (attribute name, keyword, required,
# default to show or _NO_DEFAULT).
_InitArg = tuple[str, str, bool, Any]


def _attrs_args(cls: type) -> list[_InitArg]:
    out: list[_InitArg] = []
    for f in attrs.fields(cls):
        if not f.init:
            continue
        has_default = f.default is not attrs.NOTHING
        # A Factory default is computed per instance: there is no fixed value to show.
        shown = has_default and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
        default = f.default if shown else _NO_DEFAULT
        out.append((f.name, f.alias or f.name, not has_default, default))
    return out


def _dataclass_args(cls: type) -> list[_InitArg]:
    out: list[_InitArg] = []
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        has_default = f.default is not dataclasses.MISSING
        required = not has_default and f.default_factory is dataclasses.MISSING
        out.append((f.name, f.name, required, f.default if has_default else _NO_DEFAULT))
    return out


def _init_class(cls: type, args: list[_InitArg], where: str, stack: tuple[type, ...]) -> ObjectNode:
    """An attrs class or dataclass: one field per constructor argument, built by calling it."""
    hints = typing.get_type_hints(cls, include_extras=True)
    docs = _field_docs(cls)
    fields: list[Field] = []
    for name, key, required, default in args:
        hint, text = unwrap_annotated(hints.get(name, Any))
        node = analyse(hint, f"{where}.{key}", stack)
        fields.append(Field(key, node, required, text or docs.get(name), default))
    return ObjectNode(cls.__name__, tuple(fields), lambda kw: cls(**kw), _summary(cls))


def _object(cls: type, where: str, stack: tuple[type, ...]) -> ObjectNode:
    if cls in stack:
        raise ToolDefinitionError(f"{where}: recursive type {cls.__name__} is not supported")
    inner = (*stack, cls)
    if typing.is_typeddict(cls):
        return _typed_dict(cls, where, inner)
    if attrs.has(cls):
        return _init_class(cls, _attrs_args(cls), where, inner)
    return _init_class(cls, _dataclass_args(cls), where, inner)


def analyse(hint: Any, where: str, stack: tuple[type, ...] = ()) -> Node:
    """Describe ``hint``; ``where`` names the parameter for error messages."""
    hint, _ = unwrap_annotated(hint)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is Any or hint is object:
        return AnyNode()
    if hint is None or hint is type(None):
        return NoneNode()
    if hint in _SCALARS:
        return ScalarNode(hint)
    if origin is typing.Literal:
        return LiteralNode(args)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return EnumNode(hint)
    if origin in (typing.Union, types.UnionType):
        return UnionNode(tuple(analyse(a, where, stack) for a in args))
    if hint in _ARRAYS or origin in _ARRAYS:
        return ArrayNode(analyse(args[0], where, stack) if args else AnyNode(), False)
    if hint is tuple or origin is tuple:
        if args and (len(args) != 2 or args[1] is not Ellipsis):
            raise ToolDefinitionError(f"{where}: only tuple[T, ...] is supported, got {hint}")
        return ArrayNode(analyse(args[0], where, stack) if args else AnyNode(), True)
    if hint in _MAPS or origin in _MAPS:
        if args and args[0] is not str:
            raise ToolDefinitionError(f"{where}: JSON object keys are strings, got {hint}")
        return MapNode(analyse(args[1], where, stack) if args else AnyNode())
    if isinstance(hint, type) and (
        typing.is_typeddict(hint) or attrs.has(hint) or dataclasses.is_dataclass(hint)
    ):
        return _object(hint, where, stack)
    raise ToolDefinitionError(f"{where}: unsupported type hint {hint!r}")
