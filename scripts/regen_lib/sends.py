"""``sends.py``: the typed send namespaces (``conn.response.create(...)`` and friends).

One method per client event of the spec, reached by the event's own ``type`` read as an
attribute path (``conversation.item.truncate`` -> ``sends.conversation.item.truncate``), with
the event schema's fields as keyword-only parameters (required ones without a default,
``type`` left out). A field's annotation follows its schema: an object (a reference, a union,
``type: object``) is ``Params`` (a dict or anything with ``to_dict()``), a base64 string
(``Base64-encoded ...``) is ``Audio`` (raw bytes or base64 text), strings, integers, numbers
and booleans are themselves.

The namespaces are grouped by the ``type``'s dotted prefixes: one class per prefix
(``ConversationItemSends`` for ``conversation.item.*``), one root per event table
(``RealtimeSends``: ``CLIENT_EVENTS``; ``BetaRealtimeSends``; ``TranslationSends``). A later
table reuses an earlier table's class where its methods are the same (the beta session.update
is ``SessionSends``); where they differ the class carries the table's prefix
(``TranslationSessionSends``).

The generated classes only shape the call: each method hands ``(type, fields)`` to an
``Emitter`` (which realtime_ext supplies: it encodes nested objects and audio, validates the
event against its model and sends it), and turns a call with a bad keyword into the
emitter's error.
"""

from __future__ import annotations

import keyword
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (event table, class-name prefix, root class, root docstring). A later table reuses an
# earlier table's classes where the methods are the same.
PROTOCOLS: tuple[tuple[str, str, str, str], ...] = (
    (
        "CLIENT_EVENTS",
        "",
        "RealtimeSends",
        "Every GA client event as a typed method, grouped as openai groups them.",
    ),
    (
        "BETA_CLIENT_EVENTS",
        "Beta",
        "BetaRealtimeSends",
        "The beta protocol's client events (``OpenAI-Beta: realtime=v1``).",
    ),
    (
        "TRANSLATION_CLIENT_EVENTS",
        "Translation",
        "TranslationSends",
        "Every translation client event as a typed method (``conn.session.*``).",
    ),
    (
        "LIVE_CLIENT_EVENTS",
        "Live",
        "LiveSends",
        "Every GPT-Live client event of the primary WebSocket as a typed method.",
    ),
    (
        "LIVE_CONNECT_CLIENT_EVENTS",
        "LiveConnect",
        "LiveConnectSends",
        "Every GPT-Live client event of a sideband (``/live/sessions/{id}/attach``).",
    ),
    (
        "LIVE_FORK_CLIENT_EVENTS",
        "LiveFork",
        "LiveForkSends",
        "Every GPT-Live client event of a fork (``/live/sessions/{id}/fork``).",
    ),
)

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True)
class Field:
    name: str
    annotation: str  # "Params", "Audio", "str", ...
    required: bool

    def parameter(self) -> str:
        if self.required:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} | None = None"

    def value(self) -> str:
        if self.annotation == "Params":
            return f'e.nested({self.name}, "{self.name}")'
        if self.annotation == "Audio":
            call = f"e.audio({self.name})"
            return call if self.required else f"None if {self.name} is None else {call}"
        return self.name


@dataclass
class Node:
    path: tuple[str, ...]
    methods: dict[str, tuple[str, str, list[Field]]] = field(default_factory=dict)
    children: dict[str, Node] = field(default_factory=dict)


def _kinds(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    return kinds - {"null"}


def annotation(schema: dict[str, Any]) -> str:
    """The parameter type of one event field (see the module docstring)."""
    kinds = _kinds(schema)
    if "$ref" in schema or "anyOf" in schema or "oneOf" in schema or "object" in kinds:
        return "Params"
    if kinds == {"string"} and str(schema.get("description", "")).startswith("Base64"):
        return "Audio"
    if len(kinds) == 1 and next(iter(kinds)) in _SCALARS:
        return _SCALARS[next(iter(kinds))]
    return "Any"


def fields(schema: dict[str, Any]) -> list[Field]:
    """The keyword parameters of one client event: required ones first, each group sorted."""
    required = set(schema.get("required") or [])
    out = []
    for name, prop in (schema.get("properties") or {}).items():
        if name == "type":
            continue
        if not name.isidentifier() or keyword.iskeyword(name):
            raise RuntimeError(f"client event field {name!r} is no Python keyword argument")
        out.append(Field(name, annotation(prop), name in required))
    return sorted(out, key=lambda f: (not f.required, f.name))


def _camel(path: tuple[str, ...]) -> str:
    return "".join(word.capitalize() for part in path for word in part.split("_"))


def _summary(schema: dict[str, Any]) -> str:
    """The first sentence of the schema's description, as docstring text."""
    text = " ".join(str(schema.get("description", "")).split())
    end = text.find(". ")
    sentence = text if end < 0 else text[: end + 1]
    return sentence.replace("\\", "\\\\").replace('"""', "'''")


def tree(table: dict[str, str], schemas: dict[str, Any]) -> Node:
    root = Node(())
    for kind, model in sorted(table.items()):
        *parents, method = kind.split(".")
        node = root
        for part in parents:
            node = node.children.setdefault(part, Node((*node.path, part)))
        node.methods[method] = (kind, model, fields(schemas[model]))
    _check_names(root)
    return root


def _check_names(node: Node) -> None:
    for name in [*node.methods, *node.children]:
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            raise RuntimeError(f"event type part {name!r} is no Python attribute name")
    clash = set(node.methods) & set(node.children)
    if clash:
        raise RuntimeError(f"{'.'.join(node.path)}: {sorted(clash)} is both an event and a group")
    for child in node.children.values():
        _check_names(child)


class Renderer:
    """Renders the classes of every table, reusing one class for the same methods."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.classes: list[str] = []
        self.by_key: dict[tuple[tuple[str, ...], str], str] = {}
        self.names: set[str] = set()

    def node(self, node: Node, prefix: str, root: tuple[str, str] | None = None) -> str:
        children = {name: self.node(child, prefix) for name, child in node.children.items()}
        signature = self._signature(node, children)
        key = (node.path, signature)
        if root is None and key in self.by_key:
            return self.by_key[key]
        name = root[0] if root else f"{prefix}{_camel(node.path)}Sends"
        if name in self.names:
            raise RuntimeError(f"two send namespaces would be named {name}")
        self.names.add(name)
        if root is None:
            self.by_key[key] = name
        self.classes.append(self._render(name, node, children, root[1] if root else None))
        return name

    @staticmethod
    def _signature(node: Node, children: dict[str, str]) -> str:
        parts = [f"{n}={c}" for n, c in sorted(children.items())]
        for method, (kind, _, params) in sorted(node.methods.items()):
            parts.append(f"{method}:{kind}({', '.join(p.parameter() for p in params)})")
        return ";".join(parts)

    def _render(self, name: str, node: Node, children: dict[str, str], doc: str | None) -> str:
        if doc is None:
            own = ", ".join(f"``{kind}``" for kind, _, _ in sorted(node.methods.values()))
            groups = ", ".join(f"``{'.'.join(c.path)}.*``" for c in node.children.values())
            doc = "; ".join(part for part in (own and f"Sends {own}", groups) if part) + "."
        text = textwrap.wrap(doc, 92)
        if len(text) == 1:
            docstring = [f'    """{text[0]}"""']
        else:
            docstring = [f'    """{text[0]}', *(f"    {line}" for line in text[1:]), '    """']
        lines = [
            f"class {name}(_Namespace[R]):",
            *docstring,
            "",
            f"    __slots__ = ({''.join(f'{n!r}, ' for n in sorted(children))})",
        ]
        if children:
            lines += [
                "",
                "    def __init__(self, emitter: Emitter[R]) -> None:",
                "        super().__init__(emitter)",
                *(
                    f"        self.{child}: {cls}[R] = {cls}(emitter)"
                    for child, cls in sorted(children.items())
                ),
            ]
        for method, (kind, model, params) in sorted(node.methods.items()):
            lines += ["", *self._method(method, kind, model, params)]
        return "\n".join(lines) + "\n"

    def _method(self, method: str, kind: str, model: str, params: list[Field]) -> list[str]:
        keywords = "".join(f", {p.parameter()}" for p in params)
        star = ", *" if params else ""
        summary = _summary(self.schemas[model])
        doc = [f"Send ``{kind}`` (``{model}``)."]
        if summary:
            doc += ["", *textwrap.wrap(summary, 96)]
        body = ", ".join(f'"{p.name}": {p.value()}' for p in params)
        uses_e = any(p.annotation in ("Params", "Audio") for p in params)
        return [
            f'    @_keywords("{kind}")',
            f"    def {method}(self{star}{keywords}) -> R:",
            f'        """{doc[0]}',
            *(f"        {line}".rstrip() for line in doc[1:]),
            '        """',
            *(["        e = self._emitter"] if uses_e else []),
            f'        return {"e" if uses_e else "self._emitter"}.emit("{kind}", {{{body}}})',
        ]


_HEADER = '''"""Typed send namespaces: one method per client event, its fields as keywords.

Written by scripts/regen.py from the spec's client events (never edit by hand). The event
``type`` read as an attribute path names the method (``conversation.item.truncate`` ->
``sends.conversation.item.truncate``). The classes only shape the call: every method hands
``(type, fields)`` to its ``Emitter``, which encodes the nested objects and the audio, checks
the event and sends it (``realtime_ext`` supplies one per connection: ``conn.response`` ...).
A call with an unknown or missing keyword raises the emitter's ``error`` naming the event.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any, Generic, ParamSpec, Protocol, TypeAlias, TypeVar

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
P = ParamSpec("P")
T = TypeVar("T")


class SupportsToDict(Protocol):
    """A generated model (or anything) that serialises to a JSON object."""

    def to_dict(self) -> dict[str, Any]: ...


Params: TypeAlias = Mapping[str, Any] | SupportsToDict
"""A nested object: a dict or a generated model."""

Audio: TypeAlias = str | bytes | bytearray | memoryview
"""Audio: raw bytes (base64-encoded by the emitter) or a base64 string."""


class Emitter(Protocol[R_co]):
    """Where the namespaces hand their events: what each method returns, ``emit`` returns."""

    def emit(self, kind: str, fields: dict[str, Any], /) -> R_co:
        """Send the event ``{"type": kind, **fields}`` (``None`` fields are not set)."""
        ...

    def nested(self, value: object, name: str, /) -> dict[str, Any] | None:
        """The JSON object of the nested field ``name`` (``None`` stays ``None``)."""
        ...

    def audio(self, value: object, /) -> str:
        """Audio as base64 text."""
        ...

    def error(self, message: str, /) -> Exception:
        """The exception a call with a bad keyword raises."""
        ...


class _Namespace(Generic[R]):
    __slots__ = ("_emitter",)

    def __init__(self, emitter: Emitter[R]) -> None:
        self._emitter = emitter


def _keywords(kind: str) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Turn Python's "unexpected keyword" TypeError into the emitter's error, naming ``kind``.

    The call itself is untouched (no binding on the happy path); only when it raises
    TypeError is the signature consulted to tell a bad call from an error further in.
    """

    def decorate(fn: Callable[P, T]) -> Callable[P, T]:
        signature = inspect.signature(fn)
        accepted = [name for name in signature.parameters if name != "self"]

        @functools.wraps(fn)
        def checked(*args: P.args, **kwargs: P.kwargs) -> T:
            try:
                return fn(*args, **kwargs)
            except TypeError as exc:
                namespace = args[0] if args else None
                if not isinstance(namespace, _Namespace):
                    raise
                try:
                    signature.bind(*args, **kwargs)
                except TypeError:
                    unknown = sorted(set(kwargs) - set(accepted))
                    what = str(exc).split("() ", 1)[-1]
                    if unknown:
                        what = f"unknown keyword {unknown[0]!r}"
                    message = f"{kind}: {what} (keywords: {', '.join(accepted) or 'none'})"
                    raise namespace._emitter.error(message) from None
                raise

        return checked

    return decorate
'''


def write(package: Path, tables: dict[str, dict[str, str]], schemas: dict[str, Any]) -> None:
    renderer = Renderer(schemas)
    roots: list[str] = []
    for table, prefix, root, doc in PROTOCOLS:
        if table not in tables:
            continue
        renderer.node(tree(tables[table], schemas), prefix, root=(root, doc))
        roots.append(root)
    exported = sorted(
        [*renderer.names, "Audio", "Emitter", "Params", "SupportsToDict"], key=str.lower
    )
    text = "\n\n".join(
        [
            _HEADER,
            *renderer.classes,
            "__all__ = [\n" + "".join(f'    "{name}",\n' for name in exported) + "]\n",
        ]
    )
    (package / "sends.py").write_text(text, encoding="utf-8")
