#!/usr/bin/env python3
"""Write the API reference into ``docs/reference/*.md`` as Markdown, for reading in a checkout.

Each reference page holds ``::: module`` directives, which the documentation site renders
(mkdocstrings) and which say nothing in a checkout or on a repository's web page. Below them
this script writes the same reference as plain Markdown, from the same docstrings: the module's
docstring, then each public name (the directive's ``members``, else the module's ``__all__``)
with its signature and docstring, and a class's public methods and properties. A name a module
only re-exports is listed with the module that documents it. The site cuts the written part
off again (``docs/hooks/reference_text.py``), so it shows each docstring once.

Run it after changing a public docstring (``make reference``); ``--check`` exits 1 when a page
is stale (``tests/docs/test_reference_text.py`` runs it).

Example::

    $ python scripts/render_reference.py --check
"""

from __future__ import annotations

import argparse
import enum
import importlib
import importlib.util
import inspect
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "docs" / "reference"
# docs/hooks/reference_text.py cuts the page here for the site (the same marker).
MARK = "<!-- checkout copy: rendered by scripts/render_reference.py; the site shows the above -->"
DIRECTIVE = re.compile(r"^::: ([\w.]+)[ \t]*$", re.MULTILINE)
MEMBERS = re.compile(r"^[ \t]+members: \[([^\]]*)\]", re.MULTILINE)
# Object reprs with an address would differ on every run.
ADDRESS = re.compile(r" at 0x[0-9a-f]+")
# Where a class's members stop being this project's (object, typing.Generic, enum.Enum...).
OWN = ("realtime_ext", "realtime_generated")
# Private packages whose names public ones export and document: the core's base
# (realtime_ext._base) and each kind's package (_live, _translation) are documented with the
# namespace that exports each name.
_NAMESPACES = ("realtime_ext.conversation", "realtime_ext.connection")
PUBLIC_HOMES = {
    "realtime_ext._base": _NAMESPACES,
    "realtime_ext._live": _NAMESPACES,
    "realtime_ext._translation": _NAMESPACES,
}
# A kind's REST resources (client.live, client.translations), documented under their own
# module on the resources page, as realtime_ext._resources' are.
RESOURCE_MODULES = ("realtime_ext._live.rest", "realtime_ext._translation.rest")


def _rewrite() -> Callable[[str], str]:
    # The site's own docstring rewriting (roles to inline code, Example:: to fences).
    spec = importlib.util.spec_from_file_location(
        "doctest_examples", ROOT / "docs" / "hooks" / "doctest_examples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rewrite: Callable[[str], str] = module.rewrite
    return rewrite


class _Plain(str):
    """An annotation written as in the source (a string, ``from __future__ import
    annotations``), shown without the quotes ``inspect`` would put around it."""

    def __repr__(self) -> str:
        return str(self)


def _signature(name: str, obj: Any) -> str | None:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    params = [
        p.replace(annotation=_Plain(p.annotation)) if isinstance(p.annotation, str) else p
        for p in sig.parameters.values()
    ]
    back = sig.return_annotation
    sig = sig.replace(
        parameters=params, return_annotation=_Plain(back) if isinstance(back, str) else back
    )
    if inspect.isclass(obj):
        sig = sig.replace(return_annotation=inspect.Signature.empty)
    return ADDRESS.sub("", f"{name}{sig}")


def _unindent_fences(text: str) -> str:
    """A fence the rewriting put under a section (``Example:`` then an indented fence, as
    griffe reads it) moved to the margin: indented, plain Markdown shows the fence marks."""
    out: list[str] = []
    inside = False
    for line in text.splitlines():
        if not inside and line.startswith("    ```") and line.strip() != "```":
            inside = True
        if inside:
            out.append(line[4:] if line.startswith("    ") else line)
            if line.strip() == "```" and len(out) > 1 and not out[-2].startswith("```"):
                inside = False
            continue
        out.append(line)
    return "\n".join(out)


def _doc(obj: Any, rewrite: Callable[[str], str]) -> str:
    doc = inspect.getdoc(obj) or ""
    return _unindent_fences(rewrite(doc)).strip()


def _own(cls: type) -> bool:
    return cls.__module__.split(".")[0] in OWN


def _class_members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods and properties this project's classes in the MRO define, first
    definition wins, in name order."""
    seen: dict[str, Any] = {}
    for klass in cls.__mro__:
        if not _own(klass):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            if isinstance(value, staticmethod | classmethod):
                value = cast("Any", value).__func__
            if isinstance(value, property) or inspect.isfunction(value):
                seen[name] = value
    yield from sorted(seen.items())


def _names(module: ModuleType, members: list[str] | None) -> list[str]:
    if members is not None:
        return members
    names: list[str] | None = getattr(module, "__all__", None)
    if names is None:
        names = [
            n
            for n, v in vars(module).items()
            if not n.startswith("_") and getattr(v, "__module__", None) == module.__name__
        ]
    return list(names)


def _home(obj: Any) -> str | None:
    """The public module a re-exported object is documented in (its module without the
    private tail), or None when it is not this project's."""
    module = getattr(obj, "__module__", None)
    if not isinstance(module, str) or module.split(".")[0] not in OWN:
        return None
    if module.startswith(RESOURCE_MODULES):
        return module
    for private, namespaces in PUBLIC_HOMES.items():
        if module == private or module.startswith(private + "."):
            for public in namespaces:
                exported = importlib.import_module(public)
                if any(getattr(exported, name, None) is obj for name in exported.__all__):
                    return public
            return None
    parts = module.split(".")
    while parts and parts[-1].startswith("_"):
        parts.pop()
    return ".".join(parts) or None


def shown(obj: object) -> str:
    """``repr(obj)``, a set's in order (its own repr changes with the hash seed)."""
    if type(obj) not in (frozenset, set):
        return repr(obj)
    ordered = sorted(cast("Iterable[object]", obj), key=repr)
    return f"{type(obj).__name__}({ordered!r})"


def _render_object(
    name: str, obj: Any, where: str, rewrite: Callable[[str], str], out: list[str]
) -> None:
    kind = "class" if inspect.isclass(obj) else "function" if callable(obj) else "data"
    out.append(f"### `{name}`\n")
    if kind == "data":
        value = ADDRESS.sub("", shown(obj))
        if len(value) > 300:
            value = value[:300] + " ..."
        out.append(f"`{where}.{name}`, a `{type(obj).__name__}`: `{value}`\n")
        return
    signature = _signature(name, obj)
    if signature is not None:
        prefix = "class " if kind == "class" else ""
        out.append(f"```python\n{prefix}{signature}\n```\n")
    doc = _doc(obj, rewrite)
    if doc:
        out.append(doc + "\n")
    if not isinstance(obj, type) or issubclass(obj, enum.Enum):
        return
    for member, value in _class_members(cast("type[Any]", obj)):
        if isinstance(value, property):
            out.append(f"#### `{name}.{member}` (property)\n")
            doc = _doc(value, rewrite)
        else:
            out.append(f"#### `{name}.{member}`\n")
            signature = _signature(member, value)
            if signature is not None:
                out.append(f"```python\n{signature}\n```\n")
            doc = _doc(value, rewrite)
        if doc:
            out.append(doc + "\n")


def render_module(dotted: str, members: list[str] | None, rewrite: Callable[[str], str]) -> str:
    """The Markdown reference of one directive's module.

    Example::

        text = render_module("realtime_ext.sdp", None, _rewrite())
    """
    module = importlib.import_module(dotted)
    out: list[str] = []
    if members is None:
        out.append(f"## `{dotted}`\n")
        doc = _doc(module, rewrite)
        if doc:
            out.append(doc + "\n")
    elsewhere: list[str] = []
    for name in _names(module, members):
        obj = getattr(module, name)
        home = _home(obj) if (inspect.isclass(obj) or inspect.isfunction(obj)) else None
        if members is None and home is not None and not dotted.startswith(home):
            elsewhere.append(f"- `{name}`: documented in `{home}`")
            continue
        _render_object(name, obj, dotted, rewrite, out)
    if elsewhere:
        out.append("Also exported here, documented with the module that defines them:\n")
        out.append("\n".join(elsewhere) + "\n")
    return "\n".join(out)


def _directives(head: str) -> list[tuple[str, list[str] | None]]:
    found: list[tuple[str, list[str] | None]] = []
    matches = list(DIRECTIVE.finditer(head))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(head)
        options = MEMBERS.search(head, match.end(), end)
        members = None
        if options is not None:
            members = [m.strip() for m in options.group(1).split(",") if m.strip()]
        found.append((match.group(1), members))
    return found


def render_page(text: str, rewrite: Callable[[str], str]) -> str:
    """The page with its written part (below :data:`MARK`) made from its directives."""
    head = text.split(MARK, 1)[0].rstrip("\n")
    directives = _directives(head)
    if not directives:
        return head + "\n"
    body = "\n".join(render_module(dotted, members, rewrite) for dotted, members in directives)
    return f"{head}\n\n{MARK}\n\n{body.rstrip()}\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a page is stale")
    args = parser.parse_args(argv)
    rewrite = _rewrite()
    stale: list[str] = []
    for page in sorted(PAGES.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        rendered = render_page(text, rewrite)
        if rendered == text:
            continue
        stale.append(str(page.relative_to(ROOT)))
        if not args.check:
            page.write_text(rendered, encoding="utf-8")
    if args.check and stale:
        print(
            "render_reference: stale (a public docstring changed; run `make reference`): "
            + ", ".join(stale),
            file=sys.stderr,
        )
        return 1
    if not args.check:
        print(f"render_reference: wrote {len(stale)} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
