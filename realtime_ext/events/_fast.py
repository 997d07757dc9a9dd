"""Direct constructors for server events, built once per event class from its attrs fields.

The generated ``from_dict`` copies the dict, pops every key, builds enum members through
``Enum.__call__``, and decodes a union field (``conversation.item.added``'s ``item``: nine
item kinds) by trying each member's ``from_dict`` in turn until one does not raise, which
costs an exception per miss. For an event whose fields are all plain values (``str``,
``int``, ``bool``, optional or nullable), its one-member ``type`` enum, nested models, or
unions of models told apart by strict one-value enum fields (``type``, ``role``), this
module writes a constructor that reads the keys directly and picks the union member by
those values, then calls only that member's ``from_dict``.

Correctness rests on three rules, checked per class (anything else keeps ``from_dict``):

- every field's wire key is read by the generated ``from_dict`` (``d.pop("key"``);
- a union is used only when its members are exclusive: each has a required, strict
  (unknown values raise) one-value enum field, and no two members accept the same values;
  so the member ``from_dict``'s try-chain would pick is the one these values pick;
- whenever anything is off (a missing key, no or several members matching, a member
  ``from_dict`` raising), the event goes through the generated ``from_dict`` unchanged.

Keys the spec does not describe still land in ``additional_properties``. A test compares
both paths on every spec example and the bench's recorded mix.
"""

from __future__ import annotations

import enum
import inspect
import re
import sys
from collections.abc import Callable
from typing import Any

import attrs

Decode = Callable[[dict[str, Any]], Any]

_PLAIN = frozenset({"str", "int", "bool", "None", "Unset"})
_POP = re.compile(r"""d\.pop\(\s*["']([^"']+)["']""")


def _resolve(model: type[Any], name: str) -> Any:
    """A class named in a postponed annotation of ``model`` (its module, else the models)."""
    found = getattr(sys.modules[model.__module__], name, None)
    if found is None:
        from realtime_generated import models

        found = getattr(models, name, None)
    return found


def _is_model(value: Any) -> bool:
    """``attrs.has`` without its type narrowing (the generated models' API is untyped here)."""
    return isinstance(value, type) and attrs.has(value)


def _one_member(enum_cls: Any) -> Any:
    if not (isinstance(enum_cls, type) and issubclass(enum_cls, enum.Enum)):
        return None
    members = list(enum_cls.__members__.values())
    return members[0] if len(members) == 1 else None


def _strict(enum_cls: type[enum.Enum]) -> bool:
    """Whether an unknown value raises (open enums keep unknown values: no discriminator)."""
    try:
        enum_cls("\x00 not a value \x00")
    except ValueError:
        return True
    return False


def _wire_keys(model: type[Any]) -> set[str] | None:
    try:
        source = inspect.getsource(model.from_dict)
    except (OSError, TypeError):
        return None
    return set(_POP.findall(source))


_LITERAL_ALTERNATIVE = re.compile(r"\s*\|\s*Literal\[[^\]]*\]$")


def _hint(field: Any) -> Any:
    """A field's annotation without the ``| Literal["value"]`` a one-value enum also takes."""
    hint = field.type
    return _LITERAL_ALTERNATIVE.sub("", hint) if isinstance(hint, str) else hint


def _wire(name: str) -> str:
    return name[:-1] if name.endswith("_") else name


class _Union:
    """Picks the one member of an exclusive union of models by its one-value enum fields."""

    __slots__ = ("by_type", "key")

    def __init__(
        self, key: str, by_type: dict[Any, list[tuple[tuple[tuple[str, Any], ...], Any]]]
    ) -> None:
        self.key = key
        self.by_type = by_type

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return None
        candidates = self.by_type.get(value.get(self.key))
        if candidates is None:
            return None
        found = None
        for checks, member in candidates:
            for wire, expected in checks:
                if value.get(wire) != expected:
                    break
            else:
                if found is not None:
                    return None
                found = member
        return None if found is None else found.from_dict(value)


def _discriminators(member: Any) -> dict[str, Any] | None:
    """``{wire key: value}`` of the required, strict, one-value enum fields of ``member``."""
    if not attrs.has(member):
        return None
    wires = _wire_keys(member)
    if wires is None:
        return None
    checks = {}
    for field in attrs.fields(member):
        hint = _hint(field)
        if field.default is not attrs.NOTHING or not isinstance(hint, str):
            continue
        enum_cls = _resolve(member, hint)
        only = _one_member(enum_cls)
        if only is not None and _wire(field.name) in wires and _strict(enum_cls):
            checks[_wire(field.name)] = only.value
    return checks


def _union(model: type[Any], names: list[str]) -> _Union | None:
    members = [_resolve(model, name) for name in names]
    specs = []
    for member in members:
        checks = _discriminators(member) if member is not None else None
        if not checks or "type" not in checks:
            return None
        specs.append((checks, member))
    for i, (a, _) in enumerate(specs):  # exclusive: every pair differs on a shared key
        for b, _ in specs[i + 1 :]:
            if all(a[k] == b[k] for k in a.keys() & b.keys()):
                return None
    by_type: dict[Any, list[tuple[tuple[tuple[str, Any], ...], Any]]] = {}
    for checks, member in specs:
        rest = tuple((k, v) for k, v in checks.items() if k != "type")
        by_type.setdefault(checks["type"], []).append((rest, member))
    return _Union("type", by_type)


def _positional(model: Any, kwargs: list[str]) -> list[str]:
    """``name=value`` arguments as positional ones while they follow the ``__init__`` order
    (a keyword call costs a name match per argument); keywords from the first mismatch."""
    order = [f.name for f in attrs.fields(model) if f.init and not f.kw_only]
    args: list[str] = []
    positional = True
    for position, argument in enumerate(kwargs):
        name, _, value = argument.partition("=")
        positional = positional and position < len(order) and order[position] == name
        args.append(value if positional else argument)
    return args


def fast_decoder(cls: type[Any]) -> Decode | None:
    """A direct constructor for the generated event class ``cls``, or ``None`` (keep
    ``from_dict``) when a field has a shape this module does not handle.

    Example:
        >>> from realtime_generated import models
        >>> decode = fast_decoder(models.RealtimeServerEventInputAudioBufferCleared)
        >>> decode({"type": "input_audio_buffer.cleared", "event_id": "e1"}).event_id
        'e1'
    """
    if not attrs.has(cls):
        return None
    model: Any = cls
    wires = _wire_keys(model)
    if wires is None:
        return None
    from realtime_generated.types import UNSET

    env: dict[str, Any] = {"cls": model, "slow": model.from_dict, "UNSET": UNSET}
    before: list[str] = []  # statements computing nested values
    kwargs: list[str] = []
    required: list[str] = []
    optional: list[str] = []
    for index, field in enumerate(attrs.fields(model)):
        name, hint = field.name, _hint(field)
        if name == "additional_properties":
            continue
        if not isinstance(hint, str):
            return None
        wire = _wire(name)
        if wire not in wires:
            return None
        parts = [p.strip() for p in hint.split("|")]
        is_optional = "Unset" in parts
        (optional if is_optional else required).append(wire)
        get = f"data.get({wire!r}, UNSET)" if is_optional else f"data[{wire!r}]"
        if set(parts) <= _PLAIN:
            kwargs.append(f"{name}={get}")
            continue
        if name == "type_" and not is_optional:
            only = _one_member(_resolve(model, hint))
            if only is None:
                return None
            env["member"] = only
            # from_dict builds the member from the wire value: same KeyError/ValueError cases.
            before.append(f"if data[{wire!r}] != {only.value!r}: return slow(data)")
            kwargs.append("type_=member")
            continue
        models = [p for p in parts if p != "Unset"]
        if any(p in _PLAIN for p in models):
            return None  # nullable model or mixed value: the generated parser decides
        if len(models) == 1:
            nested: Any = _resolve(model, models[0])
            if nested is None or not _is_model(nested):
                return None
            env[f"m{index}"] = nested.from_dict
            call = f"m{index}(data[{wire!r}])"
        else:
            picker = _union(model, models)
            if picker is None:
                return None
            env[f"u{index}"] = picker
            call = f"u{index}(data[{wire!r}])"
        if is_optional:
            call = f"({call} if {wire!r} in data else UNSET)"
        before.append(f"v{index} = {call}")
        if len(models) > 1:
            before.append(f"if v{index} is None: return slow(data)")
        kwargs.append(f"{name}=v{index}")
    if "member" not in env:
        return None
    env["known"] = frozenset(required + optional)
    count = " + ".join([str(len(required)), *(f"({w!r} in data)" for w in optional)])
    body = [
        "def decode(data):",
        "    try:",
        *(f"        {line}" for line in before),
        f"        event = cls({', '.join(_positional(model, kwargs))})",
        "    except Exception:",
        "        return slow(data)",
        f"    if len(data) != {count}:",
        "        event.additional_properties = {k: v for k, v in data.items() if k not in known}",
        "    return event",
    ]
    # Generated source (not a closure over a field list): one straight-line function per
    # class, as fast as hand-written code; inputs are attrs field names from the generated
    # package, never wire data.
    exec("\n".join(body), env)
    decode: Decode = env["decode"]
    return decode
