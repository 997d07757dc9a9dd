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

from ._json import JSON, json_list, json_object

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
    target: object = root
    for part in ref[2:].split("/"):
        found = json_object(target)
        target = found.get(part, {}) if found is not None else {}
    resolved = json_object(target)
    return resolved if resolved is not None else {}


def _not_null(option: object) -> bool:
    found = json_object(option)
    return found is not None and found.get("type") != "null"


def _functions(tools: list[Any]) -> list[JSON]:
    """The ``{"type": "function", ...}`` tools of a ``tools`` list."""
    found = [json_object(tool) for tool in tools]
    return [tool for tool in found if tool is not None and tool.get("type") == "function"]


def example_value(schema: Any, root: JSON | None = None, depth: int = 0, name: str = "") -> Any:
    """One value valid for ``schema`` (a JSON Schema object), deterministic.

    >>> example_value({"type": "object", "properties": {"city": {"type": "string"},
    ...     "unit": {"enum": ["c", "f"]}}, "required": ["city", "unit"]})
    {'city': 'example city', 'unit': 'c'}
    """
    given = json_object(schema)
    if given is None:
        return None
    root = given if root is None else root
    schema = _resolve(given, root)
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
        options = json_list(schema.get(key))
        if options:
            if key == "allOf":
                merged: JSON = {}
                for option in options:
                    found = json_object(option)
                    merged.update(_resolve(found, root) if found is not None else {})
                return example_value(merged, root, depth + 1, name)
            # Prefer a non-null branch: a model fills optional values when it can.
            chosen: Any = next((o for o in options if _not_null(o)), options[0])
            return example_value(chosen, root, depth + 1, name)
    kind: Any = schema.get("type")
    kinds = json_list(kind)
    if kinds is not None:
        kind = next((k for k in kinds if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        properties: JSON = schema.get("properties") or {}
        required = json_list(schema.get("required"))
        names: list[Any] = required if required is not None else list(properties)
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
    tools: list[Any] = params.get("tools", session.get("tools")) or []
    where = "response.tool_choice" if "tool_choice" in params else "session.tool_choice"
    choice = json_object(params.get("tool_choice", session.get("tool_choice", "auto")))
    if not (choice is not None and choice.get("type") == "function"):
        return None
    wanted = choice.get("name")
    names = {t.get("name") for t in _functions(tools)}
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
    tools: list[Any] = params.get("tools", session.get("tools")) or []
    choice = params.get("tool_choice", session.get("tool_choice", "auto"))
    functions = _functions(tools)
    named = json_object(choice)
    if named is not None and named.get("type") == "function":
        wanted = named.get("name")
        for tool in functions:
            if tool.get("name") == wanted:
                return str(wanted), _parameters(tool)
        return None
    if choice == "required" and functions:
        tool = functions[0]
        return str(tool.get("name", "")), _parameters(tool)
    return None


def _parameters(tool: JSON) -> JSON:
    parameters: JSON = tool.get("parameters") or {}
    return dict(parameters)
