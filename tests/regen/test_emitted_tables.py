"""What regen emits for realtime_ext: openai's type names and the typed send namespaces.

Unit checks of scripts/regen_lib/openai_types.py and sends.py on small inputs; the emitted
modules of the pinned spec are checked against the models in tests/events (test_types.py,
test_sends_spec.py) and walked over every earlier spec by test_history.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regen_lib import openai_types, sends

TABLES = {"SERVER_EVENTS": {"error": "ServerError"}, "CLIENT_EVENTS": {}}


def test_names_resolve_by_meaning_and_a_missing_target_is_left_out_with_a_note() -> None:
    config = {
        "names": {
            "ErrorEvent": "server:error",
            "Gone": "server:response.gone",
            "Tool": "Tool",
            "Item": "ItemUnion",
            "Tools": "list:Tool",
            "Either": ["Tool", "Other"],
            "Missing": ["Tool", "NoSuchModel"],
            "MissingList": "list:Missing",
        }
    }
    index = {"ServerError": "server_error", "Tool": "tool", "Other": "other"}
    resolved, notes = openai_types.resolve(config, TABLES, index, ["ItemUnion"])
    assert resolved == {
        "ErrorEvent": "ServerError",
        "Tool": "Tool",
        "Item": "unions.ItemUnion",
        "Tools": "list:Tool",
        "Either": ("Tool", "Other"),
    }
    assert len(notes) == 3
    assert any("Gone" in note and "response.gone" in note for note in notes)


def test_the_config_names_each_openai_name_once() -> None:
    import tomllib

    text = openai_types.CONFIG.read_text(encoding="utf-8")
    names = [line.split(" = ")[0] for line in text.splitlines() if " = " in line]
    assert len(names) == len(set(names)) == len(tomllib.loads(text)["names"]) > 100


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"$ref": "#/components/schemas/X"}, "Params"),
        ({"anyOf": [{"$ref": "#/x"}, {"type": "null"}]}, "Params"),
        ({"type": "object"}, "Params"),
        ({"type": "string", "description": "Base64-encoded audio bytes."}, "Audio"),
        ({"type": ["string", "null"]}, "str"),
        ({"type": "integer"}, "int"),
        ({"type": "boolean"}, "bool"),
        ({"type": "array"}, "Any"),
    ],
)
def test_a_field_annotation_follows_its_schema(schema: dict[str, object], expected: str) -> None:
    assert sends.annotation(schema) == expected


def test_namespaces_are_shared_where_the_methods_match(tmp_path: Path) -> None:
    event = {
        "type": "object",
        "required": ["type", "item_id"],
        "properties": {"type": {"const": "x"}, "item_id": {"type": "string"}},
    }
    other = {"type": "object", "properties": {"event_id": {"type": ["string", "null"]}}}
    schemas = {"A": event, "B": event, "C": other}
    tables = {
        "CLIENT_EVENTS": {"item.delete": "A"},
        "BETA_CLIENT_EVENTS": {"item.delete": "B", "item.close": "C"},
        "TRANSLATION_CLIENT_EVENTS": {"item.delete": "B"},
    }
    sends.write(tmp_path, tables, schemas)
    text = (tmp_path / "sends.py").read_text(encoding="utf-8")
    # The beta item.* differs (one more method): its own class; translation's is the GA one.
    assert "class ItemSends(" in text and "class BetaItemSends(" in text
    assert "class TranslationItemSends(" not in text
    assert "def delete(self, *, item_id: str) -> R:" in text
    assert "def close(self, *, event_id: str | None = None) -> R:" in text
    namespace: dict[str, object] = {}
    exec(compile(text, "sends.py", "exec"), namespace)  # the module it wrote runs
