"""A report of what changed in the realtime surface between two specs, fit to gate a release.

Compares the *subsets* (what regen would generate from), before normalisation, so the
report speaks in upstream's terms: endpoints, schemas, fields (type, required, enum), union
members. Every change is classified:

* breaking   something a caller relied on is gone or different (removed endpoint, schema,
             field or enum value; a type change; a field that became required; a renamed
             schema or generated class; an overlay fix that no longer lands; a regen check
             that would fail);
* additive   something new (endpoint, schema, optional field, enum value, union member);
* docs-only  descriptions and examples.

Configuration notes are none of these: they are about this repository's own files (an
overlay fix upstream has made itself, an optional subset entry the spec no longer has), so
they get their own section, each naming the file to edit (``openapi/overlay.yaml`` or
``openapi/subset.toml``).

The summary comes first; ``regen.py --diff`` exits 1 on any breaking change unless
``--allow-breaking``. It also reports the generated Python class names that change (from
openapi/names.lock's rules), overlay fixes upstream made or broke, and realtime changes
*outside* the subset (sibling webhooks such as ``live_call_incoming``, schemas about
realtime calls that subset.toml does not select), which need a decision.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import checks, names_lock, source, subset

_OPS = ("get", "put", "post", "delete", "patch")


def _type_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[1]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return f"{key}(" + ", ".join(_type_of(s) for s in schema[key]) + ")"
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = "|".join(str(k) for k in kind)
    if kind == "array":
        return f"array[{_type_of(schema.get('items') or {})}]"
    if "enum" in schema:
        return f"{kind} enum"
    return str(kind)


_DOC_KEYS = {"description", "summary", "example", "examples", "x-oaiMeta", "title"}


def _label(path: list[str]) -> str:
    out = ""
    for part in path:
        if part.startswith("["):
            out += part
        elif part == "properties":
            continue
        else:
            out += ("." if out else "") + part
    return out or "(the schema itself)"


def _describe(node: Any) -> str:
    if isinstance(node, dict):
        return _type_of(node)
    if isinstance(node, list):
        return "[" + ", ".join(_describe(n) for n in node) + "]"
    return repr(node)


@dataclass
class Changes:
    breaking: list[str] = field(default_factory=list)
    additive: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    config: list[str] = field(default_factory=list)


def config_note(note: str) -> str:
    """A regen note with the file it asks to edit.

    Example::

        >>> config_note("overlay fix no longer needed (upstream made it): remove #/x")[-38:]
        'delete that action from openapi/overlay.yaml)'
    """
    if "overlay_live.yaml" in note:
        return note  # names its own remedy (scripts/live_overlay.py)
    if note.startswith("subset.toml"):
        return (
            f"{note} (it is optional there: delete it from openapi/subset.toml once "
            "upstream has dropped it for good)"
        )
    return f"{note} (delete that action from openapi/overlay.yaml)"


def _walk(a: Any, b: Any, path: list[str], where: str, out: Changes, docs: list[str]) -> None:
    """Structural differences of two spec nodes, classified."""
    at = f"{where} {_label(path)}"
    if isinstance(a, dict) and isinstance(b, dict):
        if a.get("$ref") != b.get("$ref") and ("$ref" in a or "$ref" in b):
            out.breaking.append(f"~ {at}: {_type_of(a)} -> {_type_of(b)}")
            return
        for key in sorted(a.keys() | b.keys()):
            if _is_doc_key(key, path):
                if a.get(key) != b.get(key):
                    docs.append(f"{_label(path)} {key}")
                continue
            here = [*path, key]
            if key == "enum" and isinstance(a.get(key), list) and isinstance(b.get(key), list):
                added = [v for v in b[key] if v not in a[key]]
                removed = [v for v in a[key] if v not in b[key]]
                if added:
                    out.additive.append(f"~ {at} enum: + {', '.join(map(str, added))}")
                if removed:
                    out.breaking.append(f"~ {at} enum: - {', '.join(map(str, removed))}")
            elif key == "required" and isinstance(a.get(key, []), list):
                old, new = set(a.get(key, [])), set(b.get(key, []))
                for name in sorted(new - old):
                    out.breaking.append(f"~ {where} {_label([*path, name])}: now required")
                for name in sorted(old - new):
                    out.additive.append(f"~ {where} {_label([*path, name])}: no longer required")
            elif (
                key in ("anyOf", "oneOf")
                and isinstance(a.get(key), list)
                and isinstance(b.get(key), list)
            ):
                # Union members are matched by what they are, never by position: upstream
                # reordering them changes nothing a caller sees.
                _members(a[key], b[key], here, where, out, docs)
            elif (
                key == "type"
                and isinstance(a.get(key), list)
                and isinstance(b.get(key), list)
                and sorted(map(str, a[key])) == sorted(map(str, b[key]))
            ):
                continue  # [string, "null"] and ["null", string] are one type
            elif key not in a:
                target = out.additive if path and path[-1] == "properties" else out.breaking
                if key in ("properties", "items", "additionalProperties", "default"):
                    target = out.additive
                target.append(f"+ {where} {_label(here)}: {_describe(b[key])}")
            elif key not in b:
                out.breaking.append(f"- {where} {_label(here)}: {_describe(a[key])}")
            else:
                _walk(a[key], b[key], here, where, out, docs)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            _members(a, b, path, where, out, docs)
            return
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _walk(x, y, [*path, f"[{i}]"], where, out, docs)
    elif a != b:
        out.breaking.append(f"~ {at}: {a!r} -> {b!r}")


def _is_doc_key(key: str, path: list[str]) -> bool:
    # A property may be called ``description`` or ``title``: only schema keywords are docs.
    if path and path[-1] == "properties":
        return False
    return key in _DOC_KEYS or str(key).startswith("x-")


def _canon(node: Any) -> str:
    return _json(_strip_docs(node))


_UNORDERED = ("anyOf", "oneOf", "enum", "required", "type")


def _strip_docs(node: Any, parent: str = "") -> Any:
    # Docs dropped, and lists whose order means nothing sorted: a schema compares equal to
    # itself with its union members (or enum values, required names) reordered.
    if isinstance(node, dict):
        return {k: _strip_docs(v, k) for k, v in node.items() if not _is_doc_key(k, [parent])}
    if isinstance(node, list):
        items = [_strip_docs(v) for v in node]
        if parent in _UNORDERED:
            items.sort(key=_json)
        return items
    return node


def _member_key(node: Any) -> str:
    """What identifies a union member whatever its position: its reference, title, type
    value or (for an inline schema with none of those) its structure."""
    if not isinstance(node, dict):
        return repr(node)
    if "$ref" in node:
        return _type_of(node)
    base = _type_of(node)
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            base = f"{key}(" + ", ".join(sorted(_member_key(m) for m in node[key])) + ")"
    title = node.get("title")
    if isinstance(title, str) and title:
        return f"{base} {title!r}"
    kind = (node.get("properties") or {}).get("type")
    if isinstance(kind, dict) and ("const" in kind or len(kind.get("enum") or []) == 1):
        value = kind["const"] if "const" in kind else kind["enum"][0]
        return f"{base} type={value}"
    return base if base not in ("object", "any") else _canon(node)


def _keyed(members: list[Any]) -> dict[str, Any] | None:
    keyed = {_member_key(m): m for m in members}
    return keyed if len(keyed) == len(members) else None


def _members(
    a: list[Any], b: list[Any], path: list[str], where: str, out: Changes, docs: list[str]
) -> None:
    """Union (or list) members added and removed, one line each, never the whole list."""
    old, new = _keyed(a), _keyed(b)
    if old is None or new is None:
        # Two members look alike: match them by position (as openapi-python-client tries them).
        if len(a) == len(b):
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                _walk(x, y, [*path, f"[{i}]"], where, out, docs)
            return
        old = {f"{_member_key(m)} [{i}]": m for i, m in enumerate(a)}
        new = {f"{_member_key(m)} [{i}]": m for i, m in enumerate(b)}
    at = f"{where} {_label(path)}"
    for key in sorted(old.keys() & new.keys()):
        _walk(old[key], new[key], [*path, key], where, out, docs)
    for key, member in new.items():
        if key not in old:
            out.additive.append(f"~ {at}: member added {_describe(member)}")
    for key, member in old.items():
        if key not in new:
            out.breaking.append(f"~ {at}: member removed {_describe(member)}")


def _section(
    title: str, old: dict[str, Any], new: dict[str, Any], label: str, out: Changes
) -> None:
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    # A schema gone and another added with the same content is a rename (breaking).
    by_content = {_canon(new[k]): k for k in added}
    for key in list(removed):
        twin = by_content.get(_canon(old[key]))
        if twin is not None:
            out.breaking.append(f"renamed {label} {key} -> {twin}")
            removed.remove(key)
            added.remove(twin)
    out.additive += [f"+ {label} {key}" for key in added]
    out.breaking += [f"- {label} {key}" for key in removed]
    for key in sorted(old.keys() & new.keys()):
        docs: list[str] = []
        _walk(old[key], new[key], [], f"{label} {key}", out, docs)
        if docs:
            out.docs.append(f"{label} {key}: {', '.join(sorted(set(docs)))[:200]}")


def _endpoints(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        f"{m.upper()} {p}": op
        for p, item in doc.get("paths", {}).items()
        for m, op in item.items()
        if m in _OPS
    }


_REALTIME_WORDS = ("realtime", "live_call", "livecall", "sip")


def _outside(full: dict[str, Any], sub: dict[str, Any]) -> dict[str, Any]:
    """Realtime-looking webhooks and schemas the subset does not select."""
    found: dict[str, Any] = {}
    for name, hook in (full.get("webhooks") or {}).items():
        if name not in sub.get("webhooks", {}) and any(w in name.lower() for w in _REALTIME_WORDS):
            found[f"webhook {name}"] = hook
    for name, schema in full["components"]["schemas"].items():
        if name not in sub["components"]["schemas"] and any(
            w in name.lower() for w in _REALTIME_WORDS
        ):
            found[f"schema {name}"] = schema
    return found


def _generation(doc: dict[str, Any]) -> tuple[dict[str, str], list[str], list[str]]:
    """(class name -> origin, overlay notes, regen problems) for one spec."""
    try:
        _, origins, notes = checks.prepare(copy.deepcopy(doc))
    except checks.RegenProblems as exc:
        return {}, [], exc.problems
    return origins, notes, []


def _digest(value: Any) -> str:
    return "sha256:" + hashlib.sha256(_json(value).encode()).hexdigest()[:16]


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def _digest_docs(node: Any, path: list[str]) -> Any:
    """The node with every description, example and ``x-`` value replaced by its digest:
    spec-diff still sees a docs change, and the record holds no upstream prose."""
    if isinstance(node, dict):
        return {
            k: _digest(v) if _is_doc_key(k, path) else _digest_docs(v, [*path, k])
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_digest_docs(v, [*path, f"[{i}]"]) for i, v in enumerate(node)]
    return node


SURFACE_PARTS = ("endpoints", "schemas", "webhooks", "outside")


def surface(doc: dict[str, Any], origins: dict[str, str] | None = None) -> dict[str, Any]:
    """The realtime surface of a parsed spec, as spec-diff compares it (JSON-ready).

    ``origins`` are the class names ``checks.prepare`` derived from the same spec (computed
    when not given). Regen records this for the spec ``generated/`` is built from
    (``generated/SURFACE.json``), so a move is classified against what was generated,
    offline, whatever a spec folder or a checksum file says.

    Example::

        >>> sorted(surface(source.parse_yaml(source.load(None).raw)))[:2]
        ['endpoints', 'names']
    """
    sub = subset.select(doc, strict=False)
    parts = {
        "endpoints": _endpoints(sub),
        "schemas": sub["components"]["schemas"],
        "webhooks": sub.get("webhooks", {}),
        "outside": _outside(doc, sub),
    }
    out: dict[str, Any] = {
        part: {key: _digest_docs(node, []) for key, node in sorted(parts[part].items())}
        for part in SURFACE_PARTS
    }
    out["names"] = dict(sorted((origins if origins is not None else _generation(doc)[0]).items()))
    # Through JSON once, so a fresh surface and a recorded one compare alike (tuples, keys).
    loaded: dict[str, Any] = json.loads(_json(out))
    return loaded


def compare_surfaces(
    old: dict[str, Any],
    new: dict[str, Any],
    notes: Sequence[str] = (),
    problems: Sequence[str] = (),
) -> Changes:
    """Classified changes between two surfaces (``surface``); ``notes`` and ``problems``
    are the new spec's regen notes and problems."""
    out = Changes()
    _section("Endpoints", old["endpoints"], new["endpoints"], "endpoint", out)
    _section("Schemas", old["schemas"], new["schemas"], "schema", out)
    _section("Webhooks", old["webhooks"], new["webhooks"], "webhook", out)
    outside = Changes()
    _section("Outside", old["outside"], new["outside"], "outside-subset", outside)
    out.additive += [
        f"{line} (not generated: decide whether subset.toml should select it)"
        for line in outside.additive + outside.breaking
    ]
    out.docs += outside.docs
    old_names, new_names = old["names"], new["names"]
    if old_names and new_names:
        moved = names_lock.renames(old_names, new_names)
        out.breaking += [f"generated class renamed {a} -> {b}" for a, b in moved]
        gone = set(old_names) - set(new_names) - {a for a, _ in moved}
        came = set(new_names) - set(old_names) - {b for _, b in moved}
        out.breaking += [f"generated class removed {n}" for n in sorted(gone)]
        out.additive += [f"generated class added {n}" for n in sorted(came)]
    out.config += [config_note(note) for note in notes]
    out.breaking += [f"regen would fail: {p}" for p in problems]
    return out


def compare(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> Changes:
    """Classified changes between two full specs (parsed)."""
    new_names, notes, problems = _generation(new_doc)
    return compare_surfaces(surface(old_doc), surface(new_doc, new_names), notes, problems)


def verdict(out: Changes) -> str:
    """``BREAKING``, ``additive``, ``docs-only`` or ``no change``."""
    if out.breaking:
        return "BREAKING"
    return "additive" if out.additive else ("docs-only" if out.docs else "no change")


def summary(out: Changes) -> str:
    """The verdict and the counts (``additive: 0 breaking, 2 additive, 0 docs-only``): the
    report's summary line and the CHANGELOG entry's."""
    return (
        f"{verdict(out)}: {len(out.breaking)} breaking, {len(out.additive)} additive, "
        f"{len(out.docs)} docs-only"
    )


def sections(out: Changes) -> list[tuple[str, list[str]]]:
    """(name, items) of each class of change, breaking first: the report's sections and the
    CHANGELOG entry's."""
    return [
        ("breaking", out.breaking),
        ("additive", out.additive),
        ("docs-only", out.docs),
        ("configuration notes", out.config),
    ]


def render(out: Changes, title: str) -> str:
    lines = [
        title,
        f"summary: {summary(out)}"
        + (f", {len(out.config)} configuration notes" if out.config else ""),
        "",
    ]
    for name, items in sections(out):
        if items:
            lines.append(f"{name} ({len(items)}):")
            lines += [f"  {item}" for item in items]
            lines.append("")
    return "\n".join(lines)


def report(old_spec: str, new_spec: str) -> tuple[str, bool]:
    """Compare two specs (paths, .yaml.gz or URLs); return (report text, any breaking).

    Example::

        text, breaking = report("previous/openapi.yaml", "openapi.yaml")
    """
    old_doc = source.parse_yaml(source.load_raw(old_spec)[1])
    new_doc = source.parse_yaml(source.load_raw(new_spec)[1])
    out = compare(old_doc, new_doc)
    return render(out, f"Realtime surface: {old_spec}  ->  {new_spec}"), bool(out.breaking)
