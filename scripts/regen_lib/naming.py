"""Stable, meaningful class names for inline schemas the generator would number.

openapi-python-client names every inline member of a union after its position:
``RealtimeTurnDetectionType0Type1``, ``RealtimeSessionCreateRequestGAAudioType0``. A nullable
inline object (``type: [object, null]``) or a nullable enum is such a union too. Those names
say nothing and change silently when upstream reorders ``anyOf`` members.

``name_inline_schemas`` gives each of them its own component before generation, so the
generator names the class after the component key. The key comes from, in this order:

* the property path (``RealtimeSessionCreateRequestGA`` + ``audio`` -> ``...GAAudio``),
  when the union has one member that becomes a class;
* the member's ``title``, less the words the parent's name already says
  (``Server VAD`` under ``RealtimeTurnDetection`` -> ``RealtimeTurnDetectionServerVAD``);
* its discriminator value (``type`` with one ``enum`` value or a ``const``);
* its single enum value (``auto`` -> ``...TracingAuto``);
* otherwise its kind (``Enum`` / ``Object``), refused if two members would collide.

Nothing on the wire changes: a reference to an equal schema replaces the inline one.
Every public class name is also recorded with where it comes from (``origin``), which
regen writes to ``openapi/names.lock`` and spec-diff compares to report renames.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import pascal_case, split_words

SCHEMA_REF = "#/components/schemas/"
HOISTED = "x-realtime-ext-hoisted-from"


class NamingError(ValueError):
    """Two schemas would get the same class name."""


def _types(schema: dict[str, Any]) -> list[Any]:
    kind = schema.get("type")
    return list(kind) if isinstance(kind, list) else [kind]


def class_worthy(schema: Any) -> bool:
    """True where the generator makes a class (a model or an enum) for an inline schema."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if any(key in schema for key in ("anyOf", "oneOf", "allOf")):
        return False
    return "enum" in schema or "object" in _types(schema) or "properties" in schema


def _nullable(schema: dict[str, Any]) -> bool:
    return "null" in _types(schema) or None in (schema.get("enum") or [])


def _strip_null(schema: dict[str, Any]) -> dict[str, Any]:
    out = dict(schema)
    kinds = [k for k in _types(out) if k != "null"]
    if isinstance(out.get("type"), list):
        out["type"] = kinds[0] if len(kinds) == 1 else kinds
    if "enum" in out:
        out["enum"] = [v for v in out["enum"] if v is not None]
    if out.get("default", 0) is None:
        del out["default"]
    # Upstream sometimes puts an array's default on its items (``default: [text, audio]``
    # on an enum item); as a component of its own that default no longer parses.
    if "enum" in out and "default" in out and out["default"] not in out["enum"]:
        del out["default"]
    out.pop("nullable", None)
    return out


def _discriminator(schema: dict[str, Any]) -> str | None:
    kind = (schema.get("properties") or {}).get("type")
    if not isinstance(kind, dict):
        return None
    if "const" in kind:
        return str(kind["const"])
    values = [v for v in kind.get("enum") or [] if v is not None]
    return str(values[0]) if len(values) == 1 else None


def _words(name: str) -> set[str]:
    return {w.lower() for w in split_words(name)}


def member_suffix(member: dict[str, Any], parent: str) -> str:
    title = member.get("title")
    if isinstance(title, str) and title.strip():
        known = _words(parent)
        kept = [w for w in split_words(title) if w.lower() not in known]
        return pascal_case(" ".join(kept) or title)
    discriminator = _discriminator(member)
    if discriminator:
        return pascal_case(discriminator)
    values = [v for v in member.get("enum") or [] if v is not None]
    if len(values) == 1:
        return pascal_case(str(values[0]))
    return "Enum" if "enum" in member else "Object"


class _Namer:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.components = set(schemas)
        self.names: dict[str, str] = {}
        self.problems: list[str] = []

    def claim(self, name: str, origin: str) -> None:
        if name in self.names and self.names[name] != origin:
            self.problems.append(
                f"class name {name} claimed by both {self.names[name]} and {origin}"
            )
        self.names[name] = origin

    def member_names(self, name: str, members: list[Any]) -> list[str]:
        worthy = [i for i, m in enumerate(members) if class_worthy(m)]
        out = [name] * len(members)
        if len(worthy) == 1 and name not in self.components:
            return out
        seen: dict[str, int] = {}
        for i in worthy:
            candidate = name + member_suffix(members[i], name)
            if candidate in seen:
                self.problems.append(
                    f"{name}: union members {seen[candidate]} and {i} would both be named "
                    f"{candidate}; give them titles in openapi/overlay.yaml"
                )
            seen[candidate] = i
            out[i] = candidate
        return out

    def visit(self, node: Any, name: str, origin: str, in_union: bool) -> Any:
        if not isinstance(node, dict):
            return node
        if class_worthy(node) and (in_union or _nullable(node)):
            if name in self.components:
                self.problems.append(f"{origin}: its class name {name} is a component already")
                return node
            hoisted = _strip_null(node)
            hoisted[HOISTED] = origin
            self.schemas[name] = hoisted
            self.components.add(name)
            self.claim(name, origin)
            self.children(hoisted, name, origin, in_union=False)
            ref: dict[str, Any] = {"$ref": SCHEMA_REF + name}
            if not _nullable(node):
                return ref
            wrapped: dict[str, Any] = {"anyOf": [ref, {"type": "null"}]}
            if "description" in node:
                wrapped["description"] = node["description"]
            return wrapped
        if class_worthy(node):
            self.claim(name, origin)
        self.children(node, name, origin, in_union=in_union or _nullable(node))
        return node

    def children(self, node: dict[str, Any], name: str, origin: str, *, in_union: bool) -> None:
        properties = node.get("properties")
        if isinstance(properties, dict):
            for prop, value in properties.items():
                child = pascal_case(name) + pascal_case(prop)
                properties[prop] = self.visit(value, child, f"{origin}.{prop}", False)
        if isinstance(node.get("items"), dict):
            node["items"] = self.visit(node["items"], name + "Item", f"{origin}[]", in_union)
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list):
                continue
            names = self.member_names(name, members)
            for i, member in enumerate(members):
                # The origin names the member by what it is (its class name's suffix), not
                # its position: upstream reordering members moves no origin in names.lock.
                at = f"{origin}|{names[i][len(name) :] or '*'}"
                members[i] = self.visit(member, names[i], at, True)


def name_inline_schemas(schemas: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """Hoist numbered inline schemas into named components (in place).

    Returns (class name -> origin for every class the schemas produce, problems).

    Example::

        names, problems = name_inline_schemas(doc["components"]["schemas"])
    """
    namer = _Namer(schemas)
    for key in list(schemas):
        schema = schemas[key]
        if not isinstance(schema, dict):
            continue
        origin = f"#{key}"
        if HOISTED in schema:
            continue
        namer.claim(key, schema.get(HOISTED, origin))
        namer.children(schema, key, origin, in_union=False)
    return dict(sorted(namer.names.items())), namer.problems


def is_hoisted(schema: Any) -> bool:
    return isinstance(schema, dict) and HOISTED in schema


def strip_markers(schemas: dict[str, Any]) -> None:
    for schema in schemas.values():
        if isinstance(schema, dict):
            schema.pop(HOISTED, None)
