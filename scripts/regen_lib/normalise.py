"""Make the realtime subset digestible for openapi-python-client.

Two kinds of change, kept apart on purpose:

* Mechanical rules, in code here, that change no meaning of the API:
  ``strip_titles`` - the generator names a class after a schema's ``title`` when there is
  one. Upstream reuses titles ("Function tool", "MCP tool", "Realtime session configuration
  object", ...) for different inline schemas, so the generator refuses them as duplicates
  and silently drops the endpoints that use them. Without titles, class names come from
  component keys (``RealtimeSessionCreateRequestGA``) and from parent + property names for
  inline schemas, which are unique by construction.

  ``hoist_union_members`` - an inline object inside a top-level union component (the
  "Retention ratio truncation" member of ``RealtimeTruncation``) is built twice by the
  generator and refused as a duplicate. Each such member becomes a component of its own,
  named ``<Union><Title>`` (``RealtimeTruncationRetentionRatioTruncation``), and the union
  refers to it. The JSON on the wire is unchanged.

  ``binary_opaque_bodies`` - SDP offers and answers travel as ``application/sdp``, which
  openapi-python-client does not know; ``openapi/generator.yaml`` maps it to
  ``application/octet-stream``, and this rule marks those string schemas ``format: binary``
  so the generated code passes a ``File`` (bytes) and reads the answer as bytes. The
  ``Content-Type`` sent stays ``application/sdp``.

  ``nullable_optionals`` - the API sends ``null`` for optional values it has nothing for
  (``"status_details": null``, ``"transcription": null``, ``"prompt": null``, ...) where the
  spec declares a plain object, and the generated decoder then fails on real traffic. Every
  optional property therefore also accepts ``null``. Inline objects keep their names (the
  type becomes ``[object, null]``); references are wrapped as ``anyOf: [ref, null]``.
  Nothing changes on the way out: ``None`` is only sent when the caller passes it.

  ``server_defaults`` - a ``default`` on an optional property is what the *server* assumes
  when the field is absent. Given to the generator, it becomes the constructor's default
  and goes on the wire although the caller never set it (a session built with only its type
  and model sent ``"tool_choice": "auto"``, ``"speed": 1.0`` and 17 more). The default is
  moved into the description ("Server default: ..."), so the field stays UNSET until set,
  and decoding leaves an absent field UNSET. Required properties keep theirs.

* Corrections of the spec, as data in ``openapi/overlay.yaml`` (OpenAPI Overlay 1.0 shape):
  each action names its target and says why in ``description``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .source import ROOT

OVERLAY_FILE = ROOT / "openapi" / "overlay.yaml"

# Keys whose values are schemas, or containers of schemas, in JSON Schema 2020-12.
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)


def strip_titles(schema: Any) -> None:
    """Remove ``title`` from a schema and every schema nested in it (in place)."""
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("title"), str):
        del schema["title"]
    for key in _SCHEMA_MAPS:
        for sub in (schema.get(key) or {}).values():
            strip_titles(sub)
    for key in _SCHEMA_LISTS:
        for sub in schema.get(key) or []:
            strip_titles(sub)
    for key in _SCHEMA_VALUES:
        strip_titles(schema.get(key))


def _media(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(media type, media object) of every request and response body of every operation."""
    items = list(doc["paths"].values()) + list(doc.get("webhooks", {}).values())
    for item in items:
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            responses = list(operation.get("responses", {}).values())
            for body in [operation.get("requestBody", {}), *responses]:
                yield from (body.get("content") or {}).items()


def _media_schemas(doc: dict[str, Any]) -> list[Any]:
    found = [media.get("schema") for _, media in _media(doc)]
    for item in doc["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                found.extend(p.get("schema") for p in operation.get("parameters", []))
    return found


def _pascal(title: str) -> str:
    # "PCM audio format" -> "PCMAudioFormat": keep acronyms, capitalise the rest.
    words = re.findall(r"[A-Za-z0-9]+", title)
    return "".join(word[:1].upper() + word[1:] for word in words)


def hoist_union_members(schemas: dict[str, Any]) -> None:
    """Give inline object members of top-level unions their own component (in place)."""
    from .naming import member_suffix

    for name in list(schemas):
        schema = schemas[name]
        for key in ("anyOf", "oneOf"):
            members: list[Any] = (schema.get(key) if isinstance(schema, dict) else None) or []
            for index, member in enumerate(members):
                is_object = member.get("type") == "object" or "properties" in member
                if "$ref" in member or not is_object:
                    continue
                # Without a title: discriminator, single enum value or kind, never a position.
                suffix = (
                    _pascal(member["title"]) if member.get("title") else member_suffix(member, name)
                )
                new_name = f"{name}{suffix}"
                if new_name in schemas:
                    raise ValueError(f"hoisting {name}[{index}] would overwrite {new_name}")
                schemas[new_name] = member
                members[index] = {"$ref": f"#/components/schemas/{new_name}"}


def _accepts_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind) or schema.get("nullable"):
        return True
    if "enum" in schema and None in schema["enum"]:
        return True
    return any(
        isinstance(s, dict) and _accepts_null(s)
        for key in ("anyOf", "oneOf")
        for s in schema.get(key) or []
    )


def _make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if _accepts_null(schema):
        return schema
    for key in ("anyOf", "oneOf"):
        if key in schema:
            schema[key] = [*schema[key], {"type": "null"}]
            return schema
    kind = schema.get("type")
    if isinstance(kind, str):
        # [type, null] (and null among an enum's values) keeps the generator's class name
        # for inline objects and enums; an anyOf wrapper would rename them "...Type0".
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        else:
            schema["type"] = [kind, "null"]
        return schema
    wrapped: dict[str, Any] = {"anyOf": [schema, {"type": "null"}]}
    if "description" in schema:
        wrapped["description"] = schema["description"]
    return wrapped


def _nullable_in(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    required = set(schema.get("required") or [])
    for name, prop in (schema.get("properties") or {}).items():
        _nullable_in(prop)
        if name not in required and isinstance(prop, dict):
            schema["properties"][name] = _make_nullable(prop)
    for key in _SCHEMA_LISTS:
        for sub in schema.get(key) or []:
            _nullable_in(sub)
    for key in ("items", "additionalProperties"):
        _nullable_in(schema.get(key))


def _server_defaults_in(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    required = set(schema.get("required") or [])
    for name, prop in (schema.get("properties") or {}).items():
        _server_defaults_in(prop)
        if name not in required and isinstance(prop, dict) and "default" in prop:
            default = prop.pop("default")
            note = f"Server default: {json.dumps(default)}."
            text = prop.get("description", "").rstrip()
            prop["description"] = f"{text}\n\n{note}" if text else note
    for key in _SCHEMA_LISTS:
        for sub in schema.get(key) or []:
            _server_defaults_in(sub)
    for key in ("items", "additionalProperties"):
        _server_defaults_in(schema.get(key))


def server_defaults(schemas: dict[str, Any]) -> None:
    for schema in schemas.values():
        _server_defaults_in(schema)


def nullable_optionals(schemas: dict[str, Any]) -> None:
    for schema in schemas.values():
        _nullable_in(schema)


OPAQUE_MEDIA_TYPES = ("application/sdp",)


def binary_opaque_bodies(doc: dict[str, Any]) -> None:
    for media_type, media in _media(doc):
        schema = media.get("schema") or {}
        if media_type in OPAQUE_MEDIA_TYPES and schema.get("type") == "string":
            schema["format"] = "binary"


def apply_rules(doc: dict[str, Any]) -> dict[str, str]:
    """Apply the mechanical rules in place; return every class name and its origin."""
    from .naming import NamingError, name_inline_schemas

    binary_opaque_bodies(doc)
    hoist_union_members(doc["components"]["schemas"])
    server_defaults(doc["components"]["schemas"])
    nullable_optionals(doc["components"]["schemas"])
    names, problems = name_inline_schemas(doc["components"]["schemas"])
    if problems:
        raise NamingError("; ".join(problems))
    # After naming: every union member is a reference by now (see variants.py).
    from .postprocess import EVENT_UNIONS, event_members
    from .variants import UNKNOWN, add_unknown_variants, from_server

    schemas = doc["components"]["schemas"]
    events = {union for _, union, _ in EVENT_UNIONS if union}
    roots = {
        name
        for table, union, prefix in EVENT_UNIONS
        if "SERVER" in table
        for name in event_members(schemas, union, prefix)
    }
    if add_unknown_variants(doc, from_server(doc, roots), events):
        names[UNKNOWN] = "-"
    doc["components"]["schemas"] = dict(sorted(doc["components"]["schemas"].items()))
    for schema in doc["components"]["schemas"].values():
        strip_titles(schema)
    for schema in _media_schemas(doc):
        strip_titles(schema)
    return names


# --- overlay ---------------------------------------------------------------------------------


class OverlayError(ValueError):
    """An overlay action is malformed or its target does not exist."""


def _parse_target(target: str) -> list[str]:
    """Parse the JSONPath subset the overlay uses: ``$.a.b['c/d'].e`` (no wildcards)."""
    if not target.startswith("$"):
        raise OverlayError(f"target must start with '$': {target}")
    parts: list[str] = []
    i, n = 1, len(target)
    while i < n:
        if target[i] == ".":
            j = i + 1
            while j < n and target[j] not in ".[":
                j += 1
            parts.append(target[i + 1 : j])
            i = j
        elif target.startswith("['", i):
            j = target.find("']", i + 2)
            if j < 0:
                raise OverlayError(f"unclosed ['...'] in target: {target}")
            parts.append(target[i + 2 : j])
            i = j + 2
        else:
            raise OverlayError(f"unsupported JSONPath syntax at {target[i:]!r} in {target}")
    if not parts or any(not part or part == "*" for part in parts):
        raise OverlayError(f"target must name one node, without wildcards: {target}")
    return parts


def _resolve(doc: Any, parts: list[str], target: str) -> tuple[Any, str]:
    node = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node.get(part)
        if node is None:
            raise OverlayError(f"overlay target does not exist: {target}")
    return node, parts[-1]


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    # Overlay 1.0 semantics: objects merge recursively, arrays are appended to, scalars replace.
    for key, value in update.items():
        current = into.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(v for v in value if v not in current)
        else:
            into[key] = value


def load_overlay(path: Path = OVERLAY_FILE) -> list[dict[str, Any]]:
    import yaml

    # libyaml's loader when PyYAML has it (as source.py reads the spec): the same data in a
    # tenth of the time (the GPT-Live overlay is large; the pure-Python parse was most of a
    # cached regeneration's CPU).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict) or data.get("overlay") != "1.0.0":
        raise OverlayError(f"{path} is not an Overlay 1.0.0 document")
    actions = data.get("actions") or []
    for action in actions:
        if not action.get("description"):
            raise OverlayError(f"every overlay action must say why: {action.get('target')}")
        if ("update" in action) == bool(action.get("remove")):
            raise OverlayError(f"an action needs exactly one of update/remove: {action}")
    return list(actions)


def apply_overlay(doc: dict[str, Any], actions: list[dict[str, Any]]) -> None:
    for action in actions:
        target = action["target"]
        parent, key = _resolve(doc, _parse_target(target), target)
        if action.get("remove"):
            if isinstance(parent, list):
                parent.pop(int(key))
            elif key in parent:
                del parent[key]
            else:
                raise OverlayError(f"overlay target does not exist: {target}")
            continue
        update = action["update"]
        if isinstance(parent, dict) and key not in parent:
            raise OverlayError(f"overlay target does not exist: {target}")
        node = parent[int(key)] if isinstance(parent, list) else parent[key]
        if isinstance(node, dict) and isinstance(update, dict):
            _merge(node, update)
        elif isinstance(node, list) and isinstance(update, list):
            node.extend(v for v in update if v not in node)
        else:
            raise OverlayError(f"update must match the target's kind (object/array): {target}")


def _contains(node: Any, update: Any) -> bool:
    """True when merging ``update`` into ``node`` would change nothing."""
    if isinstance(node, dict) and isinstance(update, dict):
        return all(k in node and _contains(node[k], v) for k, v in update.items())
    if isinstance(node, list) and isinstance(update, list):
        return all(v in node for v in update)
    return bool(node == update)


def apply_overlay_collecting(
    doc: dict[str, Any], actions: list[dict[str, Any]]
) -> tuple[list[str], list[str]]:
    """Apply every action that still does something; return (notes, problems).

    A ``remove`` whose target is gone, or an ``update`` already present, is a fix upstream
    made itself: a "no longer needed" note (delete it from openapi/overlay.yaml), skipped.
    An ``update`` whose target is gone is a problem: the fix no longer lands anywhere.
    """
    notes: list[str] = []
    problems: list[str] = []
    for action in actions:
        target = action["target"]
        try:
            parent, key = _resolve(doc, _parse_target(target), target)
            exists = (isinstance(parent, dict) and key in parent) or (
                isinstance(parent, list) and key.isdigit() and int(key) < len(parent)
            )
        except (OverlayError, KeyError, IndexError, ValueError, AttributeError):
            exists, parent, key = False, None, ""
        if action.get("remove"):
            if not exists:
                notes.append(f"overlay fix no longer needed (upstream made it): remove {target}")
                continue
        elif not exists:
            problems.append(f"overlay target no longer exists: {target} (update)")
            continue
        elif _contains(
            parent[int(key)] if isinstance(parent, list) else parent[key], action["update"]
        ):
            notes.append(f"overlay fix no longer needed (upstream made it): update {target}")
            continue
        try:
            apply_overlay(doc, [action])
        except OverlayError as exc:
            problems.append(str(exc))
    return notes, problems


def normalise(doc: dict[str, Any], overlay: Path = OVERLAY_FILE) -> dict[str, str]:
    # Overlay first: it is written against upstream's shape, titles included.
    apply_overlay(doc, load_overlay(overlay))
    return apply_rules(doc)
