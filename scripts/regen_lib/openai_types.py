"""``openai_types.py``: the official ``openai`` package's Realtime type names as aliases.

openapi/openai_names.toml states each name once, with what it means in the spec (an event by
its ``type``, a model or union by its generated name, a union of models, a list of another
name). This module resolves every name against the generation (the event tables, the model
index, ``unions.py``) and writes ``realtime_generated/openai_types.py``:

* ``OPENAI_NAMES``: openai name -> generated target, as data (``"unions.X"``: a union alias;
  a tuple: a union of models; ``"list:X"``: a list of the name X);
* one ``TypeAlias`` per name for type checkers, and a module ``__getattr__`` that resolves a
  name on first use (no model is imported before).

GPT-Live's names (``openai.types.live``) are written the same way into
``realtime_generated/openai_live_types.py``, from openapi/openai_live_names.toml, which
scripts/live_overlay.py writes from the overlay's openai origins (a name of each API may
mean another type in the other: ``SessionUpdateEvent``).

A name whose target this spec lacks (an older spec) is left out, with a note.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

from .source import ROOT

CONFIG = ROOT / "openapi" / "openai_names.toml"
# openai.types.live's names, written by scripts/live_overlay.py in the same form.
LIVE_CONFIG = ROOT / "openapi" / "openai_live_names.toml"
MODULES = {
    CONFIG: ("openai_types", "Realtime", "openapi/openai_names.toml (each name stated once there)"),
    LIVE_CONFIG: ("openai_live_types", "GPT-Live", "openapi/openai_live_names.toml"),
}
TABLES = {"server": "SERVER_EVENTS", "client": "CLIENT_EVENTS"}

Target = str | tuple[str, ...]


def resolve(
    config: dict[str, Any],
    tables: dict[str, dict[str, str]],
    index: dict[str, str],
    unions: list[str],
) -> tuple[dict[str, Target], list[str]]:
    """(openai name -> target, notes about the names left out)."""
    known_unions = set(unions)
    resolved: dict[str, Target] = {}
    notes: list[str] = []
    lists: dict[str, str] = {}
    for name, value in sorted(config["names"].items()):
        if isinstance(value, list):
            missing = [m for m in value if m not in index]
            if missing:
                notes.append(f"openai name {name}: no model {', '.join(missing)}")
                continue
            resolved[name] = tuple(value)
        elif value.startswith("list:"):
            lists[name] = value.removeprefix("list:")
        elif ":" in value:
            side, kind = value.split(":", 1)
            model = tables[TABLES[side]].get(kind)
            if model is None:
                notes.append(f"openai name {name}: no {side} event {kind!r}")
                continue
            resolved[name] = model
        elif value in index:
            resolved[name] = value
        elif value in known_unions:
            resolved[name] = f"unions.{value}"
        else:
            notes.append(f"openai name {name}: no model or union {value}")
    for name, of in lists.items():
        if of not in resolved:
            notes.append(f"openai name {name}: {of} is left out")
            continue
        resolved[name] = f"list:{of}"
    return resolved, notes


def _annotation(target: Target) -> str:
    if isinstance(target, tuple):
        return " | ".join(f"_m.{member}" for member in target)
    if target.startswith("unions."):
        return f"_u.{target.removeprefix('unions.')}"
    if target.startswith("list:"):
        return f"list[{target.removeprefix('list:')}]"
    return f"_m.{target}"


def _literal(target: Target) -> str:
    if isinstance(target, tuple):
        return "(" + "".join(f'"{member}", ' for member in target) + ")"
    return f'"{target}"'


_RESOLVE = """

def _resolve(target: str | tuple[str, ...]) -> Any:
    from . import models, unions

    if isinstance(target, tuple):
        members: list[Any] = [getattr(models, name) for name in target]
        return functools.reduce(lambda union, member: union | member, members)
    if target.startswith("unions."):
        return getattr(unions, target.removeprefix("unions."))
    if target.startswith("list:"):
        return list[_resolve(OPENAI_NAMES[target.removeprefix("list:")])]  # type: ignore[misc]
    return getattr(models, target)


def __getattr__(name: str) -> Any:
    try:
        target = OPENAI_NAMES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = _resolve(target)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
"""


def write(package: Path, resolved: dict[str, Target], config_path: Path = CONFIG) -> None:
    module, api, source = MODULES[config_path]
    # Lists last: they name another alias of this module, which must be bound before.
    order = sorted(resolved, key=lambda name: (str(resolved[name]).startswith("list:"), name))
    reexport = "``realtime_ext.types`` re-exports them. " if config_path == CONFIG else ""
    lines = [
        f'"""The official ``openai`` package\'s {api} type names, as aliases of the generated'
        " models.",
        "",
        f"Written by scripts/regen.py from {source};",
        f"{reexport}``OPENAI_NAMES`` is the table: openai name ->",
        'generated model (``"unions.X"``: a union alias; a tuple: a union of models; ``"list:X"``:',
        "a list of the name X). Each name resolves on first use.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        "    from typing import TypeAlias",
        "",
        "    from . import models as _m",
        "    from . import unions as _u",
        "",
        *(f"    {name}: TypeAlias = {_annotation(resolved[name])}" for name in order),
        "",
        "OPENAI_NAMES: dict[str, str | tuple[str, ...]] = {",
        *(f'    "{name}": {_literal(resolved[name])},' for name in sorted(resolved)),
        "}",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in sorted(resolved)),
        "]",
    ]
    text = "\n".join(lines) + "\n" + _RESOLVE
    (package / f"{module}.py").write_text(text, encoding="utf-8")


def run(
    package: Path,
    tables: dict[str, dict[str, str]],
    index: dict[str, str],
    unions: list[str],
    config_path: Path = CONFIG,
) -> dict[str, Target]:
    config = tomllib.loads(config_path.read_text(encoding="utf-8"))
    resolved, notes = resolve(config, tables, index, unions)
    for note in notes:
        print(f"regen: note: {note} (left out of openai_types)", file=sys.stderr)
    write(package, resolved, config_path)
    return resolved
