"""Unknown members of discriminated unions decode as ``RealtimeUnknownVariant``, never as a
known member.

A union whose members are all objects told apart by a one-value ``type`` (audio formats,
tools, turn detection, ...) is how the API grows: a new ``audio/opus`` format or a
``web_search`` tool is a new member. openapi-python-client tries the members in order and
keeps the first whose ``from_dict`` does not raise, and a member whose ``type`` is optional
accepts any string there: ``{"type": "audio/opus"}`` came back as the PCM format class, a
``web_search`` tool as a function tool, and an unknown turn detection as a raw dict that
the annotation does not allow.

Two changes make that exact (with the union template, ``property_templates/
union_property.py.jinja``):

* every such union gets ``RealtimeUnknownVariant`` as its last member (a component of
  regen's own: ``type`` and every other key kept whole, ``to_dict()`` gives back what was
  received), so the annotation says what can come back; its ``.type`` is the class constant
  ``"unknown"`` (openapi/templates/model.py.jinja), as realtime_ext's ``UnknownEvent``, so
  ``item.type == "function_call"`` narrows the union to that member, and the wire value is
  its ``type_`` field. A member whose ``type`` is ``"unknown"`` would spoil that narrowing:
  the run fails instead (:func:`add_unknown_variants`);
* a ``type`` property whose schema allows one value (optional or nullable included) refuses
  any other string, so a known member never takes an unknown ``type``.

Only schemas the server sends get it (a union only clients send keeps its known members,
so a typo there is still an error before anything goes on the wire), and the event unions
are left alone: an unknown event is the decoder's business
(``realtime_generated.decode_server_event``, realtime_ext's ``UnknownEvent``).
"""

from __future__ import annotations

from typing import Any

UNKNOWN = "RealtimeUnknownVariant"
# The catch-all's `.type` (a class constant), as realtime_ext's UnknownEvent.type.
RESERVED_TYPE = "unknown"
REF = "#/components/schemas/"
SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": (
        "A member of a union this client was not generated with (a new format, tool, turn "
        "detection, ...), kept whole: `type_` holds the `type` the API sent (`.type` is always "
        '`"unknown"`, so a check such as `item.type == "message"` narrows to the known '
        "member), `additional_properties` holds everything else, and `to_dict()` gives back "
        "what was received."
    ),
    "properties": {
        "type": {
            "type": "string",
            "description": "The member's type, as the API sent it.",
        }
    },
    "additionalProperties": True,
}


def type_value(schema: Any, schemas: dict[str, Any]) -> str | None:
    """The one string a schema's ``type`` property allows (``None``: not one)."""
    if not isinstance(schema, dict):
        return None
    prop = (schema.get("properties") or {}).get("type")
    return _one_value(prop, schemas)


def _one_value(prop: Any, schemas: dict[str, Any]) -> str | None:
    if not isinstance(prop, dict):
        return None
    if "$ref" in prop:
        return _one_value(schemas.get(str(prop["$ref"]).removeprefix(REF)), schemas)
    for key in ("anyOf", "oneOf"):
        if isinstance(prop.get(key), list):
            values = {_one_value(m, schemas) for m in prop[key] if not _is_null(m)}
            return values.pop() if len(values) == 1 else None
    if isinstance(prop.get("const"), str):
        return str(prop["const"])
    values = [v for v in prop.get("enum") or [] if v is not None]
    return values[0] if len(values) == 1 and isinstance(values[0], str) else None


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null" and len(node) <= 2


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF):
                found.add(ref.removeprefix(REF))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def from_server(doc: dict[str, Any], roots: set[str]) -> set[str]:
    """The component schemas what the server sends can hold: response bodies, webhooks,
    ``roots`` (the server event unions and prefixes' members), and all they reference."""
    schemas: dict[str, Any] = doc["components"]["schemas"]
    pending = set(roots) | _refs(doc.get("webhooks") or {})
    for item in (doc.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if isinstance(operation, dict):
                pending |= _refs(operation.get("responses") or {})
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending |= _refs(schemas[name])
    return seen


def add_unknown_variants(doc: dict[str, Any], server: set[str], skip: set[str]) -> list[str]:
    """Append the unknown member to every discriminated union of a schema the server sends
    (``server``, from :func:`from_server`), in place; the origins changed, for the record.

    Unions only a client sends are left alone: what a caller passes there is checked against
    the known members (realtime_ext's validator), and a typo must not pass for a new member.
    ``skip``: component names left alone (the event unions themselves).
    """
    schemas: dict[str, Any] = doc["components"]["schemas"]
    changed: list[str] = []

    def discriminated(members: list[Any], declared: bool) -> bool:
        objects = [m for m in members if not _is_null(m)]
        # One member is a union too where the schema says so (a discriminator): the API
        # has one kind so far and says more may come.
        if len(objects) < (1 if declared else 2):
            return False
        if not all(isinstance(m, dict) and "$ref" in m for m in objects):
            return False
        names = [str(m["$ref"]).removeprefix(REF) for m in objects]
        if UNKNOWN in names:
            return False
        # Every member has its one `type` (members may share one, told apart by `role`):
        # a `type` none of them has is a member this client was not generated with.
        values = [type_value(schemas.get(n), schemas) for n in names]
        if RESERVED_TYPE in values:
            raise RuntimeError(
                f"a union member's type is {RESERVED_TYPE!r}, the value {UNKNOWN}.type "
                f"reserves (scripts/regen_lib/variants.py): {names}"
            )
        return None not in values

    def visit(node: Any, origin: str) -> None:
        if isinstance(node, dict):
            for key in ("anyOf", "oneOf"):
                members = node.get(key)
                declared = "discriminator" in node
                if isinstance(members, list) and discriminated(members, declared):
                    members.append({"$ref": REF + UNKNOWN})
                    changed.append(origin)
            for key, value in node.items():
                visit(value, f"{origin}.{key}")
        elif isinstance(node, list):
            for item in node:
                visit(item, origin)

    for name in sorted(server - skip):
        if name in schemas:
            visit(schemas[name], f"#{name}")
    if changed:
        schemas[UNKNOWN] = dict(SCHEMA)
    return changed
