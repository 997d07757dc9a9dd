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
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

import attrs

from ._errors import InvalidEventError

Path = tuple[str | int, ...]
Check = Callable[[Any, Path], None]


def _format(path: Path) -> str:
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


class _Mismatch(Exception):
    """Internal: a value does not fit its annotation (path and what was expected)."""

    def __init__(self, path: Path, message: str) -> None:
        where = _format(path)
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path


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


_LOCALS = _LazyModels()
# Checkers are compiled once per annotation (and per model class), so a send costs a few
# isinstance calls per field: the annotations are read with get_type_hints only once.
_CHECKS: dict[Any, Check] = {}


def _wire(name: str) -> str:
    # The generator appends "_" to names that clash with Python (type_, input_, format_).
    return name[:-1] if name.endswith("_") else name


def _describe(tp: Any) -> str:
    if tp is type(None):
        return "None"
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        names = [_describe(a) for a in typing.get_args(tp)]
        last = ["None"] if "None" in names else []
        names = [n for n in names if n not in ("Unset", "None")] + last
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


def _wrong(tp: Any, value: object, path: Path) -> _Mismatch:
    return _Mismatch(path, f"expected {_describe(tp)}, got {type(value).__name__} {_shown(value)}")


def _ok(value: Any, path: Path) -> None:
    return None


def _compile(tp: Any) -> Check:
    check = _CHECKS.get(tp)
    if check is None:
        check = _CHECKS[tp] = _build(tp)
    return check


def _instance_test(tp: type[Any]) -> Callable[[Any], bool]:
    if tp is float:
        return lambda v: isinstance(v, int | float) and not isinstance(v, bool)
    if tp is int:
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    return lambda v: isinstance(v, tp)


def _build(tp: Any) -> Check:
    if tp is Any:
        return _ok
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        return _union(tp)
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        item = _compile(item_type)

        def check_list(value: Any, path: Path) -> None:
            if not isinstance(value, list):
                raise _wrong(tp, value, path)
            if item is not _ok:
                for index, element in enumerate(value):
                    item(element, (*path, index))

        return check_list
    if origin is dict:
        args = typing.get_args(tp)
        entry = _compile(args[1]) if len(args) == 2 else _ok

        def check_dict(value: Any, path: Path) -> None:
            if not isinstance(value, dict):
                raise _wrong(tp, value, path)
            if entry is not _ok:
                for key, element in value.items():
                    entry(element, (*path, str(key)))

        return check_dict
    if tp is type(None):

        def check_none(value: Any, path: Path) -> None:
            if value is not None:
                raise _wrong(tp, value, path)

        return check_none
    if not isinstance(tp, type):
        return _ok  # an annotation form the generator does not emit for request models
    if attrs.has(tp):

        def check_model(value: Any, path: Path) -> None:
            if not isinstance(value, tp):
                raise _wrong(tp, value, path)
            _model_check(tp)(value, path)

        return check_model
    test = _instance_test(tp)

    def check_instance(value: Any, path: Path) -> None:
        if not test(value):
            raise _wrong(tp, value, path)

    return check_instance


def _union(tp: Any) -> Check:
    options = typing.get_args(tp)
    if Any in options:
        return _ok
    # Cheap alternatives decide by isinstance alone; containers and models need a deeper look.
    plain: list[Callable[[Any], bool]] = []
    deep: list[tuple[type[Any], Check]] = []
    for option in options:
        origin = typing.get_origin(option)
        if origin in (list, dict):
            deep.append((origin, _compile(option)))
        elif isinstance(option, type) and attrs.has(option):
            deep.append((option, _compile(option)))
        elif option is type(None):
            plain.append(lambda v: v is None)
        elif isinstance(option, type):
            plain.append(_instance_test(option))

    def check_union(value: Any, path: Path) -> None:
        for test in plain:
            if test(value):
                return
        failure: _Mismatch | None = None
        for kind, check in deep:
            if isinstance(value, kind):
                try:
                    check(value, path)
                    return
                except _Mismatch as exc:
                    failure = failure or exc
        if failure is not None and attrs.has(type(value)):
            # The generated union decoder keeps the first member whose lenient from_dict
            # succeeds, so {"type": "audio/pcmu"} may arrive as the PCM model holding an
            # unmatched str. Give every other model member its own chance at the same data.
            try:
                data = value.to_dict()
            except Exception:  # holds values of the wrong type: report the first mismatch
                raise failure from None
            for kind, check in deep:
                if isinstance(kind, type) and attrs.has(kind) and not isinstance(value, kind):
                    try:
                        check(cast(Any, kind).from_dict(data), path)
                        return
                    except _Mismatch:
                        continue
                    except Exception:  # that member cannot even decode the data
                        continue
        raise failure or _wrong(tp, value, path)

    return check_union


_MODELS: dict[type[Any], Check] = {}


def _model_check(cls: type[Any]) -> Check:
    check = _MODELS.get(cls)
    if check is not None:
        return check
    module = sys.modules[cls.__module__]
    hints = typing.get_type_hints(cls, globalns=vars(module), localns=_LOCALS)
    fields = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
    known = ", ".join(sorted(_wire(name) for name in fields))
    value_args = typing.get_args(hints.get("additional_properties", dict[str, Any]))
    extra_value = _compile(value_args[1]) if len(value_args) == 2 else _ok
    # Placeholder first: a model that (indirectly) contains itself finds its own checker.
    checks: list[tuple[str, str, Check]] = []

    def check_fields(obj: Any, path: Path) -> None:
        for name, wire, field_check in checks:
            field_check(getattr(obj, name), (*path, wire))
        extra = getattr(obj, "additional_properties", None)
        if not extra:
            return
        if fields:
            # A model that names its fields: anything else is most likely a typo.
            unknown = sorted(extra)[0]
            raise _Mismatch(
                (*path, unknown),
                f"unknown field (this object takes {known}); for a field newer than "
                "the spec, send a plain dict with conn.send({...})",
            )
        # A map (metadata, JSON schemas): check the values against the declared value type.
        for key, value in extra.items():
            extra_value(value, (*path, key))

    _MODELS[cls] = check_fields
    checks.extend((name, _wire(name), _compile(hints[name])) for name in fields)
    return check_fields


def _first_difference(sent: object, encoded: object, path: Path) -> Path | None:
    """Where the re-encoded event differs from the input (tuples count as lists)."""
    if isinstance(sent, Mapping) and isinstance(encoded, Mapping):
        for key in sent:
            if key not in encoded:
                return (*path, str(key))
            where = _first_difference(sent[key], encoded[key], (*path, str(key)))
            if where is not None:
                return where
        extra = [k for k in encoded if k not in sent]
        return (*path, str(extra[0])) if extra else None
    if isinstance(sent, list | tuple) and isinstance(encoded, list | tuple):
        if len(sent) != len(encoded):
            return path
        for index, (a, b) in enumerate(zip(sent, encoded, strict=True)):
            where = _first_difference(a, b, (*path, index))
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
        missing = exc.args[0] if exc.args else "?"
        nested = payload.get("session")
        if missing == "type" and isinstance(nested, Mapping) and "type" not in nested:
            # The common slip: a hand-written session dict without its kind.
            raise InvalidEventError(
                f"{kind}: session.type is missing; say which session this is "
                '("type": "realtime" or "transcription"), or build it with '
                "realtime_ext.session.realtime_session(...)"
            ) from None
        raise InvalidEventError(f"{kind}: missing required field {missing!r}") from None
    except Exception as exc:
        raise InvalidEventError(f"{kind} does not match the spec: {exc}") from exc
    try:
        _model_check(type(event))(event, ())
    except _Mismatch as exc:
        raise InvalidEventError(f"{kind}: {exc}") from None
    where = _first_difference(payload, event.to_dict(), ())
    if where is not None:
        raise InvalidEventError(
            f"{kind}: {_format(where) or 'the event'} does not match the spec "
            "(its value does not survive decoding)"
        )
    return event
