"""``openapi/names.lock``: every public class name of realtime_generated and where it comes from.

Committed, so a rename is a visible diff in review; spec-diff reports renames as breaking.
One line per name: ``<ClassName> <origin>``, the origin being the schema path naming.py
derived it from (``#Component``, ``#Component.property``, ``...|<member's class-name suffix>``
for a union member, ``...|*`` for the one class a union holds) or ``-`` where the generator
named it itself. No origin holds a member's position, so upstream reordering a union moves
nothing here; regen needs ``--accept-names`` only when a name goes away (renamed or removed).
"""

from __future__ import annotations

from pathlib import Path

HEADER = (
    "# Public class names of realtime_generated (models, enums, union aliases) and the spec\n"
    "# location each comes from. Written by scripts/regen.py; a rename shows up here.\n"
)


def read(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    names: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, origin = line.partition(" ")
            names[name] = origin
    return names


def write(path: Path, names: dict[str, str]) -> None:
    body = "".join(f"{name} {origin}\n" for name, origin in sorted(names.items()))
    path.write_text(HEADER + body, encoding="utf-8")


def renames(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str]]:
    """(old name, new name) pairs: a name gone whose origin now carries another name."""
    by_origin = {origin: name for name, origin in new.items() if origin != "-"}
    return sorted(
        (name, by_origin[origin])
        for name, origin in old.items()
        if name not in new and origin in by_origin and by_origin[origin] not in old
    )


def describe(old: dict[str, str], new: dict[str, str], limit: int = 40) -> str:
    moved = renames(old, new)
    renamed_old = {a for a, _ in moved}
    renamed_new = {b for _, b in moved}
    removed = sorted(set(old) - set(new) - renamed_old)
    added = sorted(set(new) - set(old) - renamed_new)
    lines = [f"renamed {a} -> {b}" for a, b in moved]
    lines += [f"removed {n}" for n in removed] + [f"added {n}" for n in added]
    more = len(lines) - limit
    return "\n".join(lines[:limit] + ([f"... and {more} more"] if more > 0 else []))
