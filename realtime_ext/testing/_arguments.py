"""Function-call arguments made up from a tool's JSON schema, as a model would fill them.

When a response must call a tool (``tool_choice`` names a function, or is ``required``
with tools) and the test scripted nothing, the fake still answers with a call whose
arguments validate against the tool's ``parameters``: deterministic example values
(``enum``/``const``/``default``/``examples`` first, then a value of the declared type).
Hand-written because generating one *valid* instance needs no library (hypothesis'
``from_schema`` lives in a separate, heavier package and is random).
"""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]
_MAX_DEPTH = 8
_FORMATS = {
    "date": "2026-01-01",
    "date-time": "2026-01-01T12:00:00Z",
    "time": "12:00:00",
    "email": "user@example.com",
    "uri": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def _resolve(schema: JSON, root: JSON) -> JSON:
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return schema
    target: Any = root
    for part in ref[2:].split("/"):
        target = target.get(part, {}) if isinstance(target, dict) else {}
    return target if isinstance(target, dict) else {}


def example_value(schema: Any, root: JSON | None = None, depth: int = 0, name: str = "") -> Any:
    """One value valid for ``schema`` (a JSON Schema object), deterministic.

    >>> example_value({"type": "object", "properties": {"city": {"type": "string"},
    ...     "unit": {"enum": ["c", "f"]}}, "required": ["city", "unit"]})
    {'city': 'example city', 'unit': 'c'}
    """
    if not isinstance(schema, dict):
        return None
    root = schema if root is None else root
    schema = _resolve(schema, root)
    if depth > _MAX_DEPTH:
        return None
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            if key == "allOf":
                merged: JSON = {}
                for option in options:
                    merged.update(_resolve(option, root) if isinstance(option, dict) else {})
                return example_value(merged, root, depth + 1, name)
            # Prefer a non-null branch: a model fills optional values when it can.
            chosen = next(
                (o for o in options if isinstance(o, dict) and o.get("type") != "null"),
                options[0],
            )
            return example_value(chosen, root, depth + 1, name)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        properties = schema.get("properties") or {}
        required = schema.get("required")
        names = required if isinstance(required, list) else list(properties)
        return {
            str(key): example_value(properties.get(key, {}), root, depth + 1, str(key))
            for key in names
        }
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1) or 1))
        return [example_value(schema.get("items", {}), root, depth + 1, name)] * count
    if kind == "string":
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in _FORMATS:
            return _FORMATS[fmt]
        text = f"example {name}".strip() if name else "example"
        min_length = schema.get("minLength")
        if isinstance(min_length, int) and len(text) < min_length:
            text = text.ljust(min_length, "x")
        return text
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        value = 1 if low is None else low + (1 if "exclusiveMinimum" in schema else 0)
        high = schema.get("maximum")
        if isinstance(high, int | float) and value > high:
            value = high
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return True
    return None


def unknown_tool_choice(session: JSON, params: JSON) -> tuple[str, str] | None:
    """``(name, param)`` when ``tool_choice`` names a function that ``tools`` lacks (the API
    refuses such a response with an ``error`` event), else ``None``; ``param`` is where the
    choice was set (``response.tool_choice`` or ``session.tool_choice``).

    >>> unknown_tool_choice({}, {"tool_choice": {"type": "function", "name": "f"}})
    ('f', 'response.tool_choice')
    >>> tools = [{"type": "function", "name": "f"}]
    >>> unknown_tool_choice({"tools": tools, "tool_choice": {"type": "function", "name": "f"}}, {})
    """
    tools = params.get("tools", session.get("tools")) or []
    where = "response.tool_choice" if "tool_choice" in params else "session.tool_choice"
    choice = params.get("tool_choice", session.get("tool_choice", "auto"))
    if not (isinstance(choice, dict) and choice.get("type") == "function"):
        return None
    wanted = choice.get("name")
    names = {t.get("name") for t in tools if isinstance(t, dict) and t.get("type") == "function"}
    return None if wanted in names else (str(wanted), where)


def forced_function(session: JSON, params: JSON) -> tuple[str, JSON] | None:
    """``(name, parameters)`` of the function a response must call, or ``None``.

    The response's own ``tools``/``tool_choice`` win over the session's, as on the API.

    >>> tools = [{"type": "function", "name": "f", "parameters": {}}]
    >>> forced_function({"tools": tools, "tool_choice": "required"}, {})
    ('f', {})
    >>> forced_function({"tools": tools, "tool_choice": "auto"}, {}) is None
    True
    """
    tools = params.get("tools", session.get("tools")) or []
    choice = params.get("tool_choice", session.get("tool_choice", "auto"))
    functions = [t for t in tools if isinstance(t, dict) and t.get("type") == "function"]
    if isinstance(choice, dict) and choice.get("type") == "function":
        wanted = choice.get("name")
        for tool in functions:
            if tool.get("name") == wanted:
                return str(wanted), dict(tool.get("parameters") or {})
        return None
    if choice == "required" and functions:
        tool = functions[0]
        return str(tool.get("name", "")), dict(tool.get("parameters") or {})
    return None
