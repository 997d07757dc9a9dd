"""Check every assumption regen makes about the spec before generating, and report all at once.

A spec move must fail loudly and completely: one run lists every problem (subset names the
spec no longer has, event unions that moved, event types that are neither a one-value
``enum`` nor a ``const``, overlay targets that vanished, class names that would collide) as
a ``regen:`` list, with no traceback. Overlay fixes that upstream has made itself are notes
("no longer needed"), skipped, and the run goes on.
"""

from __future__ import annotations

import tomllib
from typing import Any

from . import live, naming, normalise, postprocess, subset


class RegenProblems(Exception):
    """Everything wrong with the spec or the regen inputs, found in one pass."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems

    def render(self, outcome: str = "nothing was written") -> str:
        lines = [f"regen: {len(self.problems)} problem(s), {outcome}:"]
        for problem in self.problems:
            first, *rest = problem.splitlines() or [""]
            lines.append(f"  - {first}")
            lines += [f"    {line}" for line in rest]
        return "\n".join(lines)


def _subset_problems(doc: dict[str, Any], rules: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(problems, notes): optional entries the spec lacks are notes."""
    problems: list[str] = []
    optional = set(rules.get("optional", []))
    schemas = (doc.get("components") or {}).get("schemas") or {}
    paths = doc.get("paths") or {}
    for prefix in rules["path_prefixes"]:
        if not any(p.startswith(prefix) for p in paths):
            problems.append(f"subset.toml: no path starts with {prefix!r}")
    for prefix in rules["schema_prefixes"]:
        if not any(n.startswith(prefix) for n in schemas):
            problems.append(f"subset.toml: no schema name starts with {prefix!r}")
    notes: list[str] = []
    for name in rules["extra_schemas"]:
        if name not in schemas:
            (notes if name in optional else problems).append(
                f"subset.toml names schema {name!r}, which the spec does not have"
            )
    hooks = doc.get("webhooks") or {}
    for name in rules["webhooks"]:
        if name not in hooks:
            (notes if name in optional else problems).append(
                f"subset.toml names webhook {name!r}, which the spec does not have "
                f"(it has: {', '.join(sorted(hooks)) or 'none'})"
            )
    return problems, notes


def _event_problems(schemas: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for table, union, prefix in postprocess.EVENT_UNIONS:
        if union is not None:
            schema = schemas.get(union)
            if schema is None:
                problems.append(f"event union {union} ({table}) is not in the spec")
                continue
            members = schema.get("anyOf") or schema.get("oneOf")
            if not members:
                problems.append(f"event union {union} ({table}) has no anyOf/oneOf members")
                continue
            refs = [m.get("$ref", "") for m in members if isinstance(m, dict)]
            if not all(refs):
                problems.append(f"event union {union} ({table}) has inline members")
            names = [r.rsplit("/", 1)[1] for r in refs if r]
        else:
            names = sorted(n for n in schemas if prefix and n.startswith(prefix))
            if not names:
                problems.append(f"no event schema starts with {prefix} ({table})")
        seen: dict[str, str] = {}
        for name in names:
            schema = schemas.get(name)
            if schema is None:
                problems.append(f"{table}: member {name} is not in the spec")
                continue
            value = postprocess.event_type_value(schema)
            if value is None:
                problems.append(
                    f"{table}: event {name} has no single `type` value "
                    "(neither a one-value enum nor a const)"
                )
            elif value in seen:
                problems.append(f"{table}: {seen[value]} and {name} both claim type {value!r}")
            else:
                seen[value] = name
    return problems


def prepare(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str], list[str]]:
    """Subset, overlay and rules applied; (subset, class name origins, notes).

    Raises RegenProblems listing every problem found.

    Example::

        sub, origins, notes = prepare(source.parse_yaml(spec.raw))
    """
    rules = tomllib.loads(subset.SUBSET_FILE.read_text(encoding="utf-8"))
    problems, subset_notes = _subset_problems(doc, rules)
    try:
        sub = subset.select(doc, strict=False)
    except ValueError as exc:
        raise RegenProblems([*problems, str(exc)]) from None
    try:
        subset_notes += live.apply(sub, doc)
    except normalise.OverlayError as exc:
        problems.append(str(exc))
    problems += _event_problems(sub["components"]["schemas"])
    notes, overlay_problems = normalise.apply_overlay_collecting(sub, normalise.load_overlay())
    problems += overlay_problems
    origins: dict[str, str] = {}
    try:
        origins = normalise.apply_rules(sub)
    except naming.NamingError as exc:
        problems += str(exc).split("; ")
    except (ValueError, KeyError) as exc:  # a rule meeting a shape it does not know
        problems.append(f"normalisation failed: {exc!r}")
    if problems:
        raise RegenProblems(problems)
    return sub, origins, [*subset_notes, *notes]
