"""Check a client event against its generated model before it goes on the wire.

The generated ``from_dict`` is lenient on purpose (it decodes what servers send, and servers
move faster than the spec): it does not check primitive types and it keeps unknown keys in
``additional_properties``. For what *we* send that leniency hides mistakes, so every typed
send and every ``events.*`` builder runs the payload through :func:`check_client_event`:

1. decode with the model's ``from_dict`` (missing required fields, closed enums);
2. walk the decoded model against its attrs annotations: a wrong type anywhere (``5`` where
   a string belongs, a dict where a list belongs) or an unknown key in a model that declares
   its fields is an :class:`InvalidEventError` naming the field path;
3. re-encode with ``to_dict`` and compare with the input, so nothing is silently dropped.

Unknown values of an *open* enum (a new voice, a new model name) are accepted: the generated
enums keep them (forward compatible). The annotations are read once per model class.
"""

from __future__ import annotations

import enum
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ._errors import InvalidEventError


class _Mismatch(Exception):
    """Internal: a value does not fit its annotation (path and what was expected)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


class _LazyModels(Mapping[str, Any]):
    """Names the generated modules import only under TYPE_CHECKING, resolved on demand."""

    def __getitem__(self, name: str) -> Any:
        from realtime_generated import models

        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_HINTS: dict[type[Any], dict[str, Any]] = {}
_LOCALS = _LazyModels()


def _hints(cls: type[Any]) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        module = sys.modules[cls.__module__]
        hints = typing.get_type_hints(cls, globalns=vars(module), localns=_LOCALS)
        _HINTS[cls] = hints
    return hints


def _wire(name: str) -> str:
    # The generator appends "_" to names that clash with Python (type_, input_, format_).
    return name[:-1] if name.endswith("_") else name


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _describe(tp: Any) -> str:
    if tp is type(None):
        return "None"
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        names = [_describe(a) for a in typing.get_args(tp)]
        names = [n for n in names if n not in ("Unset", "None")] + (
            ["None"] if "None" in names else []
        )
        return " or ".join(dict.fromkeys(names))
    if origin is list:
        return "list"
    if origin is dict:
        return "dict"
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return "str"
        if attrs.has(tp):
            return "dict"
        return tp.__name__
    return str(tp)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_model(obj: Any, path: str) -> None:
    cls = type(obj)
    hints = _hints(cls)
    fields = attrs.fields(cls)
    declared = 0
    for field in fields:
        if field.name == "additional_properties":
            continue
        declared += 1
        _check_value(getattr(obj, field.name), hints[field.name], _join(path, _wire(field.name)))
    extra = getattr(obj, "additional_properties", None)
    if not extra:
        return
    if declared:
        # A model that names its fields: anything else is most likely a typo.
        unknown = sorted(extra)
        known = sorted(_wire(f.name) for f in fields if f.name != "additional_properties")
        raise _Mismatch(
            _join(path, unknown[0]),
            f"unknown field (this object takes {', '.join(known)}); for a field newer than "
            "the spec, send a plain dict with conn.send({...})",
        )
    # A map (metadata, JSON schemas): check the values against the declared value type.
    value_type = typing.get_args(hints.get("additional_properties", dict[str, Any]))
    if len(value_type) == 2:
        for key, value in extra.items():
            _check_value(value, value_type[1], _join(path, key))


def _check_value(value: Any, tp: Any, path: str) -> None:
    if tp is Any:
        return
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        failures: list[_Mismatch] = []
        for option in typing.get_args(tp):
            try:
                _check_value(value, option, path)
                return
            except _Mismatch as exc:
                failures.append(exc)
        # Prefer the deepest explanation (a nested field), else name the expected types.
        deeper = [f for f in failures if f.path != path]
        if deeper:
            raise deeper[0]
        raise _Mismatch(
            path, f"expected {_describe(tp)}, got {type(value).__name__} {_shown(value)}"
        )
    if origin is list:
        if not isinstance(value, list):
            raise _Mismatch(path, f"expected a list, got {type(value).__name__} {_shown(value)}")
        (item_type,) = typing.get_args(tp) or (Any,)
        for index, item in enumerate(value):
            _check_value(item, item_type, _join(path, index))
        return
    if origin is dict:
        if not isinstance(value, dict):
            raise _Mismatch(path, f"expected a dict, got {type(value).__name__} {_shown(value)}")
        args = typing.get_args(tp)
        if len(args) == 2:
            for key, item in value.items():
                _check_value(item, args[1], _join(path, str(key)))
        return
    if tp is type(None):
        if value is not None:
            raise _Mismatch(path, f"expected None, got {type(value).__name__}")
        return
    if not isinstance(tp, type):
        return  # an annotation form the generator does not emit for request models
    if tp is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, tp)
    if not ok:
        raise _Mismatch(
            path, f"expected {_describe(tp)}, got {type(value).__name__} {_shown(value)}"
        )
    if attrs.has(tp):
        _check_model(value, path)


def _first_difference(sent: object, encoded: object, path: str) -> str | None:
    """Where the re-encoded event differs from the input (tuples count as lists)."""
    if isinstance(sent, Mapping) and isinstance(encoded, Mapping):
        for key in sent:
            if key not in encoded:
                return _join(path, str(key))
            where = _first_difference(sent[key], encoded[key], _join(path, str(key)))
            if where is not None:
                return where
        extra = [k for k in encoded if k not in sent]
        return _join(path, str(extra[0])) if extra else None
    if isinstance(sent, list | tuple) and isinstance(encoded, list | tuple):
        if len(sent) != len(encoded):
            return path
        for index, (a, b) in enumerate(zip(sent, encoded, strict=True)):
            where = _first_difference(a, b, _join(path, index))
            if where is not None:
                return where
        return None
    return None if sent == encoded else path


def check_client_event(model: type[Any], payload: dict[str, Any]) -> Any:
    """Decode ``payload`` with ``model``, check every field's type, and return the model.

    Raises :class:`InvalidEventError` naming the event type and the field path.

    Example:
        >>> from realtime_generated.models import RealtimeClientEventResponseCreate as M
        >>> check_client_event(M, {"type": "response.create", "response": {"instructions": 5}})
        Traceback (most recent call last):
        ...
        realtime_ext.events._errors.InvalidEventError: response.create: response.instructions: \
expected str or None, got int 5
    """
    kind = payload.get("type", model.__name__)
    try:
        event = model.from_dict(payload)
    except KeyError as exc:
        raise InvalidEventError(f"{kind}: missing required field {exc.args[0]!r}") from None
    except Exception as exc:
        raise InvalidEventError(f"{kind} does not match the spec: {exc}") from exc
    try:
        _check_model(event, "")
    except _Mismatch as exc:
        raise InvalidEventError(f"{kind}: {exc}") from None
    where = _first_difference(payload, event.to_dict(), "")
    if where is not None:
        raise InvalidEventError(
            f"{kind}: {where} does not match the spec (its value does not survive decoding)"
        )
    return event
