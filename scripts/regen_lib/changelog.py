"""``generated/CHANGELOG.md``: one entry per generation of realtime-ext-generated, newest first.

Each entry names the version, the upstream spec (commit, date, ``info.version``, sha256) and
what changed in the realtime surface since the generation before, as spec-diff classifies
it: breaking changes first, then additive, docs-only and configuration notes. Regen writes
an entry only when it makes a new generation (its inputs changed); ``--check`` keeps the
file as it is, so the same inputs still give a byte-identical ``generated/``. The wheel
ships it as ``realtime_generated/CHANGELOG.md``, so an SDK author reads what a version bump
means where pip put it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .spec_diff import Changes, sections, summary

FILE = "CHANGELOG.md"
HEADER = (
    "# Changelog of realtime-ext-generated\n"
    "\n"
    "Written by `scripts/regen.py`, one entry per generation, newest first. Each names the\n"
    "OpenAI spec it was generated from and what changed in the realtime surface since the\n"
    "generation before it, breaking changes first. A breaking entry means code written\n"
    "against the previous version may no longer type-check or run: read it before you\n"
    "move a pin.\n"
)
_ENTRY = re.compile(r"^## (\S+)", re.MULTILINE)


@dataclass(frozen=True)
class Spec:
    """The upstream spec a generation was built from."""

    commit: str
    date: str
    version: str
    sha256: str


def entry(version: str, spec: Spec, changes: Changes | None, *, moved: bool) -> str:
    """One generation's entry.

    ``changes`` is None when nothing recorded the generation before (its surface is unknown).

    Example::

        >>> text = entry("2.3.0.20260821.1", Spec("f" * 40, "2026-08-21", "2.3.0", "d" * 64),
        ...              Changes(breaking=["- schema X"]), moved=True)
        >>> text.splitlines()[4]
        '- Realtime surface: BREAKING: 1 breaking, 0 additive, 0 docs-only'
    """
    lines = [
        f"## {version}",
        "",
        f"- Spec: openai/openai-openapi commit `{spec.commit}` ({spec.date}), "
        f"info.version {spec.version}, sha256 `{spec.sha256[:16]}`",
    ]
    if changes is None:
        lines.append(
            "- Realtime surface: not compared (the generation before it recorded no surface)"
        )
    else:
        lines.append(f"- Realtime surface: {summary(changes)}")
        if not moved:
            lines.append(
                "- Regenerated from the same spec: the templates, overlay, subset or regen "
                "code changed"
            )
    lines.append("")
    if changes is not None:
        for name, items in sections(changes):
            if items:
                lines += [f"### {name.capitalize()} ({len(items)})", ""]
                lines += [f"- {_escape(item)}" for item in items]
                lines.append("")
    return "\n".join(lines)


def _escape(item: str) -> str:
    # Schema paths hold ``|``, ``[]`` and ``*``: code spans keep Markdown from reading them.
    first, _, rest = item.partition(" ")
    return f"`{first}` {rest}" if first in ("+", "-", "~") else item


def prepend(existing: str | None, new_entry: str) -> str:
    """The changelog with ``new_entry`` on top (a fresh one when there was none)."""
    body = ""
    if existing:
        found = _ENTRY.search(existing)
        body = existing[found.start() :] if found else ""
    return HEADER + "\n" + new_entry.rstrip("\n") + "\n" + ("\n" + body if body else "")


def versions(text: str) -> list[str]:
    """The versions the changelog has entries for, newest first."""
    return _ENTRY.findall(text)
