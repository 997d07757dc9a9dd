"""A readable report of what changed in the realtime surface between two specs.

Compares the *subsets* (what regen would generate from), before normalisation, so the
report speaks in upstream's terms: endpoints, schemas, and fields (type, required, enum).
"""

from __future__ import annotations

from typing import Any

from . import source, subset

_OPS = ("get", "put", "post", "delete", "patch")


def _load(path_or_url: str) -> dict[str, Any]:
    _, raw = source.load_raw(path_or_url)
    return subset.select(source.parse_yaml(raw))


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


def _walk(a: Any, b: Any, path: list[str], out: list[str], docs: list[str]) -> None:
    """Structural differences of two spec nodes, with documentation changes kept apart."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.get("$ref") != b.get("$ref") and ("$ref" in a or "$ref" in b):
            out.append(f"~ {_label(path)}: {_type_of(a)} -> {_type_of(b)}")
            return
        for key in sorted(a.keys() | b.keys()):
            if key in _DOC_KEYS or key.startswith("x-"):
                if a.get(key) != b.get(key):
                    docs.append(f"{_label(path)} {key}")
                continue
            here = [*path, key]
            if key == "enum" and isinstance(a.get(key), list) and isinstance(b.get(key), list):
                added = [v for v in b[key] if v not in a[key]]
                removed = [v for v in a[key] if v not in b[key]]
                if added or removed:
                    change = [f"+{v}" for v in added] + [f"-{v}" for v in removed]
                    out.append(f"~ {_label(path)} enum: {', '.join(change)}")
            elif key == "required" and isinstance(a.get(key, []), list):
                old, new = set(a.get(key, [])), set(b.get(key, []))
                for name in sorted(new - old):
                    out.append(f"~ {_label([*path, name])}: now required")
                for name in sorted(old - new):
                    out.append(f"~ {_label([*path, name])}: no longer required")
            elif key not in a:
                out.append(f"+ {_label(here)}: {_describe(b[key])}")
            elif key not in b:
                out.append(f"- {_label(here)}: {_describe(a[key])}")
            else:
                _walk(a[key], b[key], here, out, docs)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(
                f"~ {_label(path)}: {len(a)} -> {len(b)} entries ({_describe(a)} -> {_describe(b)})"
            )
            return
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _walk(x, y, [*path, f"[{i}]"], out, docs)
    elif a != b:
        out.append(f"~ {_label(path)}: {a!r} -> {b!r}")


def _describe(node: Any) -> str:
    if isinstance(node, dict):
        return _type_of(node)
    if isinstance(node, list):
        return "[" + ", ".join(_describe(n) for n in node) + "]"
    return repr(node)


def _section(title: str, old: dict[str, Any], new: dict[str, Any], label: str) -> list[str]:
    lines = [f"{title}:"]
    docs_changed: list[str] = []
    for key in sorted(new.keys() - old.keys()):
        lines.append(f"  + {label} {key}")
    for key in sorted(old.keys() - new.keys()):
        lines.append(f"  - {label} {key}")
    for key in sorted(old.keys() & new.keys()):
        out: list[str] = []
        docs: list[str] = []
        _walk(old[key], new[key], [], out, docs)
        if out:
            lines.append(f"  ~ {label} {key}")
            lines += [f"      {line}" for line in out]
        elif docs:
            docs_changed.append(key)
    if docs_changed:
        lines.append(f"  documentation or examples only: {', '.join(docs_changed)}")
    if len(lines) == 1:
        lines.append("  (no change)")
    return [*lines, ""]


def report(old_spec: str, new_spec: str) -> str:
    """Compare the realtime surface of two specs (paths or URLs); return the report text.

    Example::

        print(report("previous/openapi.yaml", "openapi.yaml"))
    """
    old, new = _load(old_spec), _load(new_spec)
    endpoints_old = {
        f"{m.upper()} {p}": op
        for p, item in old["paths"].items()
        for m, op in item.items()
        if m in _OPS
    }
    endpoints_new = {
        f"{m.upper()} {p}": op
        for p, item in new["paths"].items()
        for m, op in item.items()
        if m in _OPS
    }
    out = [f"Realtime surface: {old_spec}  ->  {new_spec}", ""]
    out += _section("Endpoints", endpoints_old, endpoints_new, "endpoint")
    out += _section("Schemas", old["components"]["schemas"], new["components"]["schemas"], "schema")
    out += _section("Webhooks", old.get("webhooks", {}), new.get("webhooks", {}), "webhook")
    return "\n".join(out)
