"""What regen emits for realtime_ext: openai's type names, the typed send namespaces and
the ``run_until`` overload mixins.

Unit checks of scripts/regen_lib/openai_types.py, sends.py and run_until.py on small
inputs; the emitted modules of the pinned spec are checked against the models in
tests/events (test_types.py, test_sends_spec.py) and walked over every earlier spec by
test_history.py; run_until.py's overloads against the SERVER_EVENTS and
TRANSLATION_SERVER_EVENTS tables here.
"""

from __future__ import annotations

import ast
import asyncio
import typing
from pathlib import Path

import pytest

import realtime_generated.run_until as emitted_run_until
from realtime_generated.event_types import SERVER_EVENTS, TRANSLATION_SERVER_EVENTS
from regen_lib import openai_types, run_until, sends

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


def _overloaded_kinds(method: object) -> list[str]:
    """The event type of each one-type overload of ``method``, in order."""
    kinds = []
    for overload in typing.get_overloads(method):  # type: ignore[arg-type]
        kind = overload.__annotations__.get("kind")
        if kind is not None:
            literal = ast.parse(kind, mode="eval").body  # Literal['...'] (a string annotation)
            assert isinstance(literal, ast.Subscript) and isinstance(literal.slice, ast.Constant)
            kinds.append(literal.slice.value)
    return kinds


def test_run_until_has_one_overload_per_server_event_then_the_fallback() -> None:
    mixins = {
        emitted_run_until.AsyncRunUntil: SERVER_EVENTS,
        emitted_run_until.RunUntil: SERVER_EVENTS,
        emitted_run_until.AsyncTranslationRunUntil: TRANSLATION_SERVER_EVENTS,
        emitted_run_until.TranslationRunUntil: TRANSLATION_SERVER_EVENTS,
    }
    for mixin, table in mixins.items():
        assert _overloaded_kinds(mixin.run_until) == list(table)
        *_, fallback = typing.get_overloads(mixin.run_until)
        assert fallback.__annotations__["kinds"] == "str"
        assert fallback.__annotations__["return"] == "E"


def test_run_until_hands_the_kinds_and_timeout_to_the_conversation(tmp_path: Path) -> None:
    tables = {"SERVER_EVENTS": {"error": "ServerError", "x.y": "XY"}}
    others = {"session.closed": "C"}
    run_until.write(
        tmp_path, tables | {"TRANSLATION_SERVER_EVENTS": others, "LIVE_SERVER_EVENTS": others}
    )
    namespace: dict[str, object] = {"__name__": "emitted_run_until_probe"}
    exec(compile((tmp_path / "run_until.py").read_text(), "run_until.py", "exec"), namespace)
    asked: list[tuple[tuple[str, ...], float | None]] = []

    class Blocking(namespace["RunUntil"]):  # type: ignore[misc,valid-type]
        def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> str:
            asked.append((kinds, timeout))
            return "event"

    class Asyncio(namespace["AsyncRunUntil"]):  # type: ignore[misc,valid-type]
        async def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> str:
            asked.append((kinds, timeout))
            return "event"

    assert Blocking().run_until("x.y", timeout=2) == "event"
    assert asyncio.run(Asyncio().run_until("error", "x.y")) == "event"
    assert asked == [(("x.y",), 2), (("error", "x.y"), None)]
    assert _overloaded_kinds(namespace["RunUntil"].run_until) == ["error", "x.y"]  # type: ignore[attr-defined]
    with pytest.raises(NotImplementedError):  # a conversation that forgot _run_until
        namespace["RunUntil"]().run_until("error")  # type: ignore[operator]
