"""Events that narrow: one union alias per event table, and a check that each one narrows.

The model template (openapi/templates/model.py.jinja) gives every model whose ``type`` has
one allowed value a ``type: ClassVar[Literal["<value>"]]`` constant. A union of such models
narrows in mypy and pyright on ``event.type == "<value>"``. This step:

* writes ``realtime_generated/event_unions.py``: ``ServerEvent``, ``ClientEvent``,
  ``BetaServerEvent``, ``BetaClientEvent``, ``TranslationServerEvent`` and
  ``TranslationClientEvent``, each the union of exactly the models of its dispatch table in
  ``event_types.py`` (the spec gives no union for the beta events; these cover them too);
* fails the run if any event model lacks its literal ``type`` constant, if the constant
  differs from the table's key, or if a spec event is called ``unknown`` (the value that
  ``realtime_ext.events.UnknownEvent.type`` reserves), so a spec change cannot silently
  stop narrowing.
"""

from __future__ import annotations

import ast
from pathlib import Path

RESERVED_UNKNOWN = "unknown"

ALIASES = {
    "SERVER_EVENTS": "ServerEvent",
    "CLIENT_EVENTS": "ClientEvent",
    "BETA_SERVER_EVENTS": "BetaServerEvent",
    "BETA_CLIENT_EVENTS": "BetaClientEvent",
    "TRANSLATION_SERVER_EVENTS": "TranslationServerEvent",
    "TRANSLATION_CLIENT_EVENTS": "TranslationClientEvent",
    "LIVE_SERVER_EVENTS": "LiveServerEvent",
    "LIVE_CLIENT_EVENTS": "LiveClientEvent",
    "LIVE_CONNECT_CLIENT_EVENTS": "LiveConnectClientEvent",
    "LIVE_FORK_CLIENT_EVENTS": "LiveForkClientEvent",
}


def literal_type(path: Path, cls_name: str) -> str | None:
    """The ``"<value>"`` of ``type: ClassVar[Literal["<value>"]] = "<value>"``, else None."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name == cls_name):
            continue
        for item in node.body:
            if (
                isinstance(item, ast.AnnAssign)
                and isinstance(item.target, ast.Name)
                and item.target.id == "type"
                and isinstance(item.value, ast.Constant)
                and ast.unparse(item.annotation) == f"ClassVar[Literal[{item.value.value!r}]]"
            ):
                return str(item.value.value)
    return None


def check_literal_types(
    package: Path, tables: dict[str, dict[str, str]], index: dict[str, str]
) -> None:
    problems: list[str] = []
    for table, entries in tables.items():
        for event_type, cls in entries.items():
            if event_type == RESERVED_UNKNOWN:
                problems.append(f"{table}: a spec event is called {event_type!r}")
            found = literal_type(package / "models" / f"{index[cls]}.py", cls)
            if found != event_type:
                problems.append(f"{table}: {cls}.type is {found!r}, expected {event_type!r}")
    if problems:
        raise RuntimeError(
            "events would not narrow on `.type` (see openapi/templates/model.py.jinja):\n  "
            + "\n  ".join(problems)
        )


def write_event_unions(
    package: Path, tables: dict[str, dict[str, str]], index: dict[str, str]
) -> None:
    check_literal_types(package, tables, index)
    names = sorted({cls for entries in tables.values() for cls in entries.values()})
    lines = [
        '"""One union per event table of ``event_types.py``; each narrows on ``event.type``.',
        "",
        'Every member has ``type: ClassVar[Literal["..."]]``, so after',
        '``if event.type == "response.done":`` mypy and pyright know the one model.',
        "Importing this module loads every event model: import it under TYPE_CHECKING.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TypeAlias",
        "",
        *(f"from .models.{index[n]} import {n}" for n in names),
        "",
    ]
    for table, alias in ALIASES.items():
        members = sorted(set(tables[table].values()))
        lines.append(f"{alias}: TypeAlias = (")
        lines += [f"    {'| ' if i else ''}{m}" for i, m in enumerate(members)]
        lines += [")", ""]
    lines += ["__all__ = (", *(f'    "{a}",' for a in ALIASES.values()), ")", ""]
    (package / "event_unions.py").write_text("\n".join(lines), encoding="utf-8")
