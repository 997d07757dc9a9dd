"""Tolerant decoding of successful answers that do not match the spec.

The API is the authority on what it sends: a 200 whose session lacks ``id``, or carries a
field of an unexpected shape, must not fail a call that worked (the openai package accepts
it too). When a generated model's ``from_dict`` refuses the body, :func:`construct` builds
the model without validation (openai's ``construct`` idea): known fields are set from the
body as sent (typed models where their own part decodes, the raw value otherwise), missing
ones are ``UNSET``, and unknown keys go to ``additional_properties``. :func:`diagnose` names
every mismatch by its dotted path, for the :class:`ResponseValidationWarning` the caller
emits and for the message of a real decoding failure.

Example::

    diagnose(RealtimeCreateClientSecretResponse, body)  # ['session.id: missing required field']
"""

from __future__ import annotations

import enum
import functools
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar, cast

import attrs

from ._exceptions import ResponseValidationWarning as ResponseValidationWarning

__all__ = ["ResponseValidationWarning", "construct", "diagnose"]

T = TypeVar("T")
_MAX_PROBLEMS = 5


def _json_key(name: str) -> str:
    # The generator appends "_" to names that shadow Python builtins (type_, object_...).
    return name[:-1] if name.endswith("_") else name


class _PackageNames(dict[str, Any]):
    """Names of the models package, looked up on demand (it may import them lazily)."""

    def __init__(self, package: types.ModuleType) -> None:
        super().__init__()
        self._package = package

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self._package, name)
        except AttributeError:
            raise KeyError(name) from None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    module = sys.modules.get(cls.__module__)
    package = sys.modules.get((cls.__module__ or "").rsplit(".", 1)[0])
    if module is None or package is None:
        return {}
    try:
        # Annotations name sibling models imported only under TYPE_CHECKING.
        return typing.get_type_hints(cls, globalns=vars(module), localns=_PackageNames(package))
    except Exception:  # an unresolvable annotation: treat every field as untyped
        return {}


def _members(tp: Any) -> list[Any]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return [m for arg in typing.get_args(tp) for m in _members(arg)]
    return [tp]


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


def _fields(cls: Any) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(cls) if f.name != "additional_properties"]


def diagnose(cls: type, data: Any, path: str = "") -> list[str]:
    """Every way ``data`` fails to match the generated model ``cls``, by dotted path.

    Example::

        diagnose(RealtimeSessionCreateResponseGA, {"type": "realtime"})
        # ['id: missing required field', 'object: missing required field']
    """
    where = path or "body"
    if not isinstance(data, Mapping):
        return [f"{where}: expected an object, got {type(data).__name__}"]
    try:
        cls.from_dict(data)  # type: ignore[attr-defined]
        return []
    except Exception as exc:
        failure = exc
    problems: list[str] = []
    hints = _hints(cls)
    for field in _fields(cls):
        key = _json_key(field.name)
        at = f"{path}.{key}" if path else key
        if key not in data:
            if field.default is attrs.NOTHING:
                problems.append(f"{at}: missing required field")
            continue
        problems.extend(_value_problems(hints.get(field.name), data[key], at))
    if not problems:
        problems.append(f"{where}: {type(failure).__name__} in {cls.__name__}")
    return problems[:_MAX_PROBLEMS]


def _known_models(models: list[Any], value: Mapping[str, Any]) -> list[Any]:
    """The union's model members that may hold ``value``: the generated catch-all
    (``RealtimeUnknownVariant``) only when no other member claims its ``type``; a member
    claims a type by its one-value ``type`` constant (``RealtimeFunctionTool.type``)."""
    from realtime_generated.models import RealtimeUnknownVariant

    known = [m for m in models if m is not RealtimeUnknownVariant]
    if len(known) == len(models):
        return models
    kind = value.get("type")
    if isinstance(kind, str) and not any(getattr(m, "type", None) == kind for m in known):
        return [RealtimeUnknownVariant]
    return known


def _value_problems(tp: Any, value: Any, at: str) -> list[str]:
    members = _members(tp)
    models = [m for m in members if _is_model(m)]
    if models and isinstance(value, Mapping):
        candidates = _known_models(models, cast("Mapping[str, Any]", value))
        return min((diagnose(m, value, at) for m in candidates), key=len)
    if value is None or not members or tp is None:
        return []
    if any(m is Any or (not _is_model(m) and _accepts(m, value)) for m in members):
        return []
    if any(_is_choice(m) for m in members):
        return [f"{at}: unexpected value {value!r:.40}"]
    names = " | ".join(getattr(m, "__name__", str(m)) for m in members)
    return [f"{at}: expected {names}, got {type(value).__name__}"]


def _is_choice(tp: Any) -> bool:
    """An enum or a ``Literal`` (single-value discriminators are ``Enum | Literal[...]``)."""
    if typing.get_origin(tp) is typing.Literal:
        return True
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _accepts(tp: Any, value: Any) -> bool:
    origin = typing.get_origin(tp) or tp
    if origin is typing.Literal:
        return value in typing.get_args(tp)
    if origin is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(origin, type) and issubclass(origin, enum.Enum):
        return any(value == member.value for member in origin)
    if isinstance(origin, type):
        if origin.__name__ == "Unset":
            return False
        return isinstance(value, origin)
    return True


def construct(cls: type[T], data: Mapping[str, Any]) -> T:
    """``cls`` built from ``data`` without validation (see the module docstring).

    Example::

        session = construct(RealtimeSessionCreateResponseGA, {"type": "realtime"})
        session.id  # UNSET
    """
    from realtime_generated.types import UNSET

    obj: Any = object.__new__(cls)
    model: Any = cls
    hints = _hints(model)
    known: set[str] = set()
    for field in _fields(model):
        key = _json_key(field.name)
        known.add(key)
        value: Any = _lenient_value(hints.get(field.name), data[key]) if key in data else UNSET
        object.__setattr__(obj, field.name, value)
    if any(f.name == "additional_properties" for f in attrs.fields(model)):
        extra = {k: v for k, v in data.items() if k not in known}
        object.__setattr__(obj, "additional_properties", extra)
    result: T = obj
    return result


def _lenient_value(tp: Any, value: Any) -> Any:
    members = _members(tp)
    models = [m for m in members if _is_model(m)]
    if not models or not isinstance(value, Mapping):
        for member in members:  # a known enum value still becomes the enum member
            if isinstance(member, type) and issubclass(member, enum.Enum):
                try:
                    return member(value)
                except (ValueError, TypeError):
                    continue
        return value
    data = cast("Mapping[str, Any]", value)
    models = _known_models(models, data)
    for model in models:
        try:
            return model.from_dict(data)
        except Exception:
            continue
    best = min(models, key=lambda m: len(diagnose(m, data)))
    return construct(best, data)
