"""``realtime_generated/_fast_events.py``: a direct constructor per event class, written by regen.

The generated ``from_dict`` copies the dict, pops every key, builds enum members through
``Enum.__call__`` and decodes a union of models by trying each member in turn. For an event
whose fields are plain values (``str``, ``int``, ``bool``, optional or nullable), its
one-member ``type`` enum, nested models, lists of one model, or unions of models told apart
by strict one-value enum fields (``type``, ``role``), this module writes straight-line source
that reads the keys directly, picks the union member by those values and decodes only that
member. Nested models are decoded by their direct decoders where fast_nested.py can write
one (their ``from_dict`` otherwise).
realtime_ext's decoder uses these (``realtime_ext/events/_fast.py``); nothing is built at run
time from source (no ``inspect.getsource``, no ``exec``).

Correctness rests on three rules, checked per class here (anything else keeps ``from_dict``):

- every field's wire key is read by the generated ``from_dict`` (``d.pop("key"``);
- a union is used only when its members are exclusive: each has a required, strict (unknown
  values raise) one-value enum field, and no two members accept the same values, so the
  member ``from_dict``'s try-chain would pick is the one these values pick;
- whenever anything is off at run time (a missing key, no member matching, a member
  ``from_dict`` raising), the event goes through the generated ``from_dict`` unchanged.

Keys the spec does not describe still land in ``additional_properties``. tests/events
compares both paths on every spec example.

Flat events (every field a ``str``, ``int`` or ``bool``, optional or nullable as the spec
says, and the one-value ``type``: the deltas, most of the traffic; GPT-Live's carry optional
``start_ms``/``end_ms``/``client_event_id``) also get a decoder straight from the wire
message (``WIRE``). An optional field is stated with ``UNSET`` as its default, so an absent
key reads as the dict way's ``d.pop(key, UNSET)``; a nullable one takes ``None`` too.
Its factory states the fields (wire key and type, ``type`` a ``Literal``) and returns them
with the builder of the event from a parse of exactly those fields (one attribute each):
realtime_ext parses with msgspec, a struct of those fields with unknown keys refused (this
package imports no parser), and hands the struct to the builder itself, so no dict is built,
every value is read once and no call stands between the parse and the builder. The parse
accepts only that exact shape: anything else (an undescribed key, a missing one, a null
where none is allowed, another value type, what it refuses) raises, and the caller decodes
the message the dict way. The one exception is :data:`WIRE_EXTRAS`, keys the live
API adds beyond the spec: each is stated as an optional string (``(key, str, None)``: absent
reads as ``None``), and, when present, put in ``additional_properties`` as the dict way puts
it, so the deltas real servers send stay on this path.

The classes are introspected by importing the freshly generated package in a child
interpreter (``python fast_events.py DIST``, which prints the module), so the regen process
never imports a half-written ``realtime_generated``.
"""

from __future__ import annotations

import enum
import keyword
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

if __package__:
    from .fast_nested import TOP_IMPORTS, Nested, constructed, helpers, snake
    from .variants import UNKNOWN as UNKNOWN_VARIANT
else:  # run as the child interpreter's script
    from fast_nested import TOP_IMPORTS, Nested, constructed, helpers, snake  # type: ignore[no-redef]
    from variants import UNKNOWN as UNKNOWN_VARIANT  # type: ignore[no-redef]

MODULE = "_fast_events.py"
_PLAIN = frozenset({"str", "int", "bool", "None", "Unset"})
WIRE_EXTRAS = ("obfuscation",)
"""Keys real servers add to flat events beyond the spec: every text, transcript and
arguments delta of the recorded sessions carries ``obfuscation`` (a random string padding
the frame's size; ../shared/realtraffic). Refused as undescribed, each of those deltas was
parsed twice (the wire decoder's failed try, then the dict way): a quarter of a voice
session's events, at three times a plain delta's cost. Read as optional strings instead
(any other value still refuses), they land in ``additional_properties`` as before."""
_POP = re.compile(r"""d\.pop\(\s*["']([^"']+)["']""")
_LITERAL_ALTERNATIVE = re.compile(r"\s*\|\s*Literal\[[^\]]*\]$")


def write(package: Path, tables: dict[str, dict[str, str]]) -> None:
    """Write ``package / MODULE`` (introspection runs in a child interpreter)."""
    classes = sorted({name for entries in tables.values() for name in entries.values()})
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), str(package.parent), *classes],
        check=True,
        capture_output=True,
        text=True,
    )
    (package / MODULE).write_text(done.stdout, encoding="utf-8")


# --- run in the child: introspect the generated classes, print the module --------------------


class _Skip(Exception):
    """This class keeps its ``from_dict`` (a field shape the constructor does not handle)."""


class _Writer:
    def __init__(self) -> None:
        from realtime_generated import models

        self.models: Any = models
        self.index: dict[str, str] = dict(models._MODULES)
        self.nested = Nested(self.resolve)

    def decode_of(self, name: str, imports: set[str]) -> str:
        """The expression for nested model ``name``'s decoder: its direct one (fast_nested)
        when it has one, else its ``from_dict``."""
        factory = self.nested.decoder(name)
        if factory is not None:
            return f'_nested("{name}", {factory})'
        imports.add(name)
        return f"{name}.from_dict"

    # helpers on the generated classes -------------------------------------------------------
    def resolve(self, name: str) -> Any:
        return getattr(self.models, name, None) if name in self.index else None

    def wire_keys(self, model: Any) -> set[str]:
        path = Path(sys.modules[model.__module__].__file__ or "")
        return set(_POP.findall(path.read_text(encoding="utf-8")))

    @staticmethod
    def one_member(enum_cls: Any) -> Any:
        if not (isinstance(enum_cls, type) and issubclass(enum_cls, enum.Enum)):
            return None
        members = list(enum_cls.__members__.values())
        return members[0] if len(members) == 1 else None

    @staticmethod
    def strict(enum_cls: type[enum.Enum]) -> bool:
        try:
            enum_cls("\x00 not a value \x00")
        except ValueError:
            return True
        return False

    @staticmethod
    def hint(field: Any) -> Any:
        hint = field.type
        return _LITERAL_ALTERNATIVE.sub("", hint) if isinstance(hint, str) else hint

    def discriminators(self, member: Any) -> dict[str, str]:
        import attrs

        if not (isinstance(member, type) and attrs.has(member)):
            return {}
        wires = self.wire_keys(member)
        checks: dict[str, str] = {}
        for field in attrs.fields(member):
            hint = self.hint(field)
            if field.default is not attrs.NOTHING or not isinstance(hint, str):
                continue
            enum_cls = self.resolve(hint)
            only = self.one_member(enum_cls)
            wire = _wire(field.name)
            if only is not None and wire in wires and self.strict(enum_cls):
                checks[wire] = str(only.value)
        return checks

    # source ---------------------------------------------------------------------------------
    def union(self, names: list[str], fn: str, imports: set[str]) -> list[str]:
        """A picker ``fn(value)``: the one member's ``from_dict(value)``, else ``None``."""
        specs: list[tuple[dict[str, str], str]] = []
        # regen's catch-all member (variants.py) takes any other string `type`; from_dict
        # gets there too, after every known member refused it.
        unknown = UNKNOWN_VARIANT in names
        names = [name for name in names if name != UNKNOWN_VARIANT]
        for name in names:
            checks = self.discriminators(self.resolve(name))
            if not checks or "type" not in checks:
                raise _Skip(f"union member {name} has no strict one-value `type`")
            specs.append((checks, name))
        for i, (a, _) in enumerate(specs):  # exclusive: every pair differs on a shared key
            for b, _ in specs[i + 1 :]:
                if all(a[k] == b[k] for k in a.keys() & b.keys()):
                    raise _Skip("union members not exclusive")
        by_type: dict[str, list[tuple[dict[str, str], str]]] = {}
        for checks, name in specs:
            rest = {k: v for k, v in checks.items() if k != "type"}
            by_type.setdefault(checks["type"], []).append((rest, name))
        lines = [
            *(
                line
                for i, (_, name) in enumerate(specs)
                for line in _bound(f"{fn}_{i}", self.decode_of(name, imports))
            ),
            f"def {fn}(value: Any) -> Any:",
            "    if not isinstance(value, dict):",
            "        return None",
            '    kind = value.get("type")',
        ]
        position = {name: i for i, (_, name) in enumerate(specs)}
        for kind, candidates in by_type.items():
            lines.append(f"    if kind == {kind!r}:")
            cond = ""
            for rest, name in candidates:
                decode = f"{fn}_{position[name]}"
                cond = " and ".join(f"value.get({k!r}) == {v!r}" for k, v in rest.items())
                if cond:
                    lines.append(f"        if {cond}:")
                    lines.append(f"            return {decode}(value)")
                else:
                    lines.append(f"        return {decode}(value)")
            if cond:
                lines.append("        return None")
        if unknown:
            lines[:0] = _bound(f"{fn}_unknown", self.decode_of(UNKNOWN_VARIANT, imports))
            lines.append("    if type(kind) is str:")
            lines.append(f"        return {fn}_unknown(value)")
        lines.append("    return None")
        return lines

    def factory(self, cls_name: str) -> list[str]:
        import attrs

        model = self.resolve(cls_name)
        if model is None or not attrs.has(model):
            raise _Skip("not an attrs model")
        wires = self.wire_keys(model)
        imports: set[str] = {cls_name}
        setup: list[str] = []
        before: list[str] = []
        values: list[tuple[str, str]] = []  # (field, value expression), in from_dict's order
        required: list[str] = []
        optional: list[str] = []
        has_type = False
        for index, field in enumerate(attrs.fields(model)):
            name, hint = field.name, self.hint(field)
            if name == "additional_properties":
                continue
            if not isinstance(hint, str):
                raise _Skip("annotation is not a string")
            wire = _wire(name)
            if wire not in wires:
                raise _Skip(f"from_dict does not read {wire!r}")
            parts = [p.strip() for p in hint.split("|")]
            is_optional = "Unset" in parts
            (optional if is_optional else required).append(wire)
            get = f"data.get({wire!r}, UNSET)" if is_optional else f"data[{wire!r}]"
            if set(parts) <= _PLAIN:
                values.append((name, get))
                continue
            if name == "type_" and not is_optional:
                only = self.one_member(self.resolve(hint))
                if only is None:
                    raise _Skip("`type` is not a one-value enum")
                imports.add(hint)
                setup.append(f"member = {hint}({only.value!r})")
                # from_dict builds the member from the wire value: same KeyError/ValueError.
                before.append(f"if data[{wire!r}] != {only.value!r}:")
                before.append("    return slow(data)")
                values.append(("type_", "member"))
                has_type = True
                continue
            members = [p for p in parts if p != "Unset"]
            if any(p in _PLAIN for p in members):
                raise _Skip("nullable model or mixed value")
            if len(members) == 1 and members[0].startswith("list[") and members[0][-1] == "]":
                # A list of one model: from_dict iterates it the same way (any error: slow).
                nested = self.resolve(members[0][5:-1])
                if nested is None or not attrs.has(nested):
                    raise _Skip(f"{members[0]} is not a list of models")
                setup += _bound(f"m{index}", self.decode_of(nested.__name__, imports))
                call = f"[m{index}(item) for item in data[{wire!r}]]"
            elif len(members) == 1:
                nested = self.resolve(members[0])
                if nested is None or not attrs.has(nested):
                    raise _Skip(f"{members[0]} is not a model")
                setup += _bound(f"m{index}", self.decode_of(members[0], imports))
                call = f"m{index}(data[{wire!r}])"
            else:
                setup += self.union(members, f"u{index}", imports)
                call = f"u{index}(data[{wire!r}])"
            if is_optional:
                call = f"({call} if {wire!r} in data else UNSET)"
            before.append(f"v{index} = {call}")
            if len(members) > 1:
                before.append(f"if v{index} is None:")
                before.append("    return slow(data)")
            values.append((name, f"v{index}"))
        if not has_type:
            raise _Skip("no one-value `type`")
        count = " + ".join([str(len(required)), *(f"({w!r} in data)" for w in optional)])
        known = ", ".join(repr(w) for w in [*required, *optional])
        body = [
            f"def _{snake(cls_name)}() -> Decode:",
            *(f"    from .models.{self.index[n]} import {n}" for n in sorted(imports)),
            "",
            f"    slow = {cls_name}.from_dict",
            f"    known = frozenset(({known},))",
            *(f"    {line}" for line in setup),
            "",
            f"    def decode(data: dict[str, Any]) -> {cls_name}:",
            "        try:",
            *(f"            {line}" for line in before),
            *(f"            {line}" for line in constructed(model, cls_name, "event", values)),
            "        except Exception:",
            "            return slow(data)",
            f"        if len(data) != {count}:",
            "            event.additional_properties = {k: v for k, v in data.items() "
            "if k not in known}",
            "        return event",
            "",
            "    return decode",
        ]
        return body

    def wire_factory(self, cls_name: str) -> list[str]:
        """The factory of ``cls_name``'s decoder from wire bytes (see the module docstring),
        or a :class:`_Skip` when the event is not flat."""
        import attrs

        model = self.resolve(cls_name)
        if model is None or not attrs.has(model):
            raise _Skip("not an attrs model")
        wires = self.wire_keys(model)
        imports = {cls_name}
        fields: list[tuple[str, ...]] = []  # (wire key, msgspec type expression[, default])
        values: list[tuple[str, str]] = []
        kind = None
        for field in attrs.fields(model):
            name, hint = field.name, self.hint(field)
            if name == "additional_properties":
                continue
            wire = _wire(name)
            if not isinstance(hint, str) or wire not in wires:
                raise _Skip("not a read field")
            if name == "type_":
                only = self.one_member(self.resolve(hint))
                if only is None or field.default is not attrs.NOTHING:
                    raise _Skip("`type` is not a required one-value enum")
                imports.add(hint)
                kind = str(only.value)
                fields.append((wire, f"Literal[{kind!r}]"))
                values.append(("type_", "member"))
                continue
            parts = [part.strip() for part in hint.split("|")]
            values_of = [part for part in parts if part not in ("None", "Unset")]
            if len(values_of) != 1 or values_of[0] not in ("str", "int", "bool"):
                raise _Skip(f"{name} is not a plain value")
            if ("Unset" in parts) != (field.default is not attrs.NOTHING):
                raise _Skip(f"{name}: optional in the hint and the default differ")
            # msgspec reads exactly the hint's values; a key the hint makes optional reads as
            # UNSET when absent, as from_dict's d.pop(key, UNSET) gives.
            read = " | ".join([values_of[0], *(["None"] if "None" in parts else [])])
            fields.append((wire, read, *(["UNSET"] if "Unset" in parts else [])))
            values.append((name, f"wired.{wire}"))
        if kind is None:
            raise _Skip("no one-value `type`")
        if any(not field[0].isidentifier() or keyword.iskeyword(field[0]) for field in fields):
            raise _Skip("a wire key that is no attribute name")
        struct = [f"        ({wire!r}, {', '.join(rest)})," for wire, *rest in fields]
        extras = [key for key in WIRE_EXTRAS if key not in {field[0] for field in fields}]
        struct += [f"        ({key!r}, str, None)," for key in extras]
        # A fresh {} from the construction above: an extra present goes in, as the dict way's
        # additional_properties would hold it (the one undescribed key).
        keep = [
            line
            for key in extras
            for line in (
                f"if wired.{key} is not None:",
                f"    event.additional_properties[{key!r}] = wired.{key}",
            )
        ]
        hint_name = next(n for n in imports if n != cls_name)
        return [
            f"def _w_{snake(cls_name)}() -> tuple[WireFields, WireBuild]:",
            *(f"    from .models.{self.index[n]} import {n}" for n in sorted(imports)),
            "",
            f"    member = {hint_name}({kind!r})",
            "",
            f"    def build(wired: Any) -> {cls_name}:",
            *(f"        {line}" for line in constructed(model, cls_name, "event", values)),
            *(f"        {line}" for line in keep),
            "        return event",
            "",
            "    return [",
            *struct,
            "    ], build",
        ]

    def module(self, classes: list[str]) -> str:
        out = [
            '"""Direct event constructors, one factory per event class (written by regen).',
            "",
            "``DECODERS[class name]()`` returns ``decode(data)``: the same event as",
            "``cls.from_dict(data)`` (any doubt goes to ``from_dict``), built straight from the",
            "keys. Generated by scripts/regen_lib/fast_events.py; see its docstring for the rules.",
            "A factory imports its classes when called, so importing this module loads no model.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "from collections.abc import Callable",
            "from typing import Any, Literal",
            "",
            f"from .types import {', '.join(sorted(TOP_IMPORTS))}",
            "",
            "Decode = Callable[[dict[str, Any]], Any]",
            "WireFields = list[tuple[Any, ...]]",
            '"""A flat event\'s fields as its wire message holds them (see ``WIRE``): ``(wire key,',
            "type)``, or ``(wire key, type, default)`` for an optional one (``default`` when",
            "absent); ``type`` is a ``Literal`` of the one value. A parse must refuse any other",
            'key."""',
            "WireBuild = Callable[[Any], Any]",
            '"""Builds a flat event from a parse of its message into an object with one attribute',
            'per field of its ``WireFields``."""',
            "",
            "",
            *helpers(),
            "",
        ]
        table: list[str] = []
        wire_table: list[str] = []
        for cls_name in classes:
            try:
                body = self.factory(cls_name)
            except _Skip:
                continue
            out += ["", *body, ""]
            table.append(f'    "{cls_name}": _{snake(cls_name)},')
            try:
                body = self.wire_factory(cls_name)
            except _Skip:
                continue
            out += ["", *body, ""]
            wire_table.append(f'    "{cls_name}": _w_{snake(cls_name)},')
        nested = sorted(self.nested.factories.items())
        for _, body in nested:
            out += ["", *body, ""]
        models = [name for name, _ in nested if "." not in name]  # not the parse functions
        out += [
            "",
            "DECODERS: dict[str, Callable[[], Decode]] = {",
            *table,
            "}",
            "",
            "# The flat events, decoded straight from the wire message: their fields and builder.",
            "WIRE: dict[str, Callable[[], tuple[WireFields, WireBuild]]] = {",
            *wire_table,
            "}",
            "",
            "# The nested models with a direct decoder (tests compare each with its from_dict).",
            "NESTED: dict[str, Callable[[], Decode]] = {",
            *(f'    "{name}": _n_{snake(name)},' for name in models),
            "}",
            "",
            '__all__ = ("DECODERS", "NESTED", "WIRE", "Decode", "WireBuild", "WireFields")',
            "",
        ]
        return "\n".join(out)


def _wire(name: str) -> str:
    return name[:-1] if name.endswith("_") else name


def _bound(name: str, decoder: str) -> list[str]:
    """``name = decoder`` in an event's factory; a nested model's direct decoder
    (``_nested(...)``) is built on its first call instead: a stub that rebinds ``name``
    (``nonlocal``), so later calls reach the decoder directly. Why: the first event of a
    connection (``session.created``) built the decoders of every member of its unions
    (the transcription session's too), importing their model modules before it arrived."""
    if not decoder.startswith("_nested("):
        return [f"{name} = {decoder}"]
    return [
        f"def {name}(value: Any, /) -> Any:",  # positional-only, as the decoder it becomes
        f"    nonlocal {name}",
        f"    {name} = {decoder}",
        f"    return {name}(value)",
    ]


if __name__ == "__main__":
    sys.path.insert(0, sys.argv[1])
    sys.stdout.write(_Writer().module(sys.argv[2:]))
