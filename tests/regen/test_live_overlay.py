"""openapi/overlay_live.yaml: reproducible from the pinned openai package (``--check``), and
regen says when the pinned spec starts to define what it adds (the spec caught up)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from regen_lib import live, live_overlay, source, spec_diff

ROOT = Path(__file__).resolve().parents[2]


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "live_overlay_cli", ROOT / "scripts" / "live_overlay.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pinned_doc() -> dict[str, Any]:
    """The whole pinned spec, as parsed (once per run: tests/regen/conftest.py)."""
    return source.parse_yaml(source.load(None).raw)


@pytest.fixture(scope="module")
def built() -> dict[str, Any]:
    return live_overlay.build()


@pytest.fixture(scope="module")
def fresh(built: dict[str, Any]) -> str:
    return live_overlay.render(built)


def test_the_committed_overlay_is_a_fresh_build(fresh: str) -> None:
    assert _script().stale(fresh, live_overlay.OVERLAY_LIVE_FILE) == []


def test_the_committed_live_names_are_a_fresh_build(built: dict[str, Any]) -> None:
    names = live_overlay.render_names(built)
    assert _script().stale(names, live_overlay.LIVE_NAMES_FILE) == []


def test_check_fails_on_a_changed_overlay(
    fresh: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _script()
    # The build is the fixture's (one build per run): --check compares the file with it.
    monkeypatch.setattr(script, "build", dict)
    monkeypatch.setattr(script, "render", lambda doc: fresh)
    monkeypatch.setattr(script, "render_names", lambda doc: "[names]\n")
    changed = tmp_path / "overlay_live.yaml"
    names = tmp_path / "openai_live_names.toml"
    names.write_text("[names]\n", "utf-8")
    args = ["--check", "--output", str(changed), "--names-output", str(names)]
    changed.write_text(fresh.replace("LiveSessionClosedEvent", "LiveSessionShutEvent"), "utf-8")
    diff = script.stale(fresh, changed)
    assert any(line.startswith("+") and "LiveSessionShutEvent" in line for line in diff)
    assert script.main(args) == 1
    changed.write_text(fresh, "utf-8")
    assert script.main(args) == 0
    names.write_text('[names]\nServerEvent = "LiveServerEvent"\n', "utf-8")
    assert script.main(args) == 1


def test_another_openai_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import openai

    monkeypatch.setattr(openai, "__version__", "3.58.0")
    with pytest.raises(live_overlay.LiveOverlayError, match=r"openai==3\.57\.0, found 3\.58\.0"):
        live_overlay.build()


def test_the_pinned_spec_has_caught_up_on_nothing(pinned_doc: dict[str, Any]) -> None:
    assert live.catch_up(pinned_doc) == []


def test_a_spec_that_defines_what_the_overlay_adds_is_reported(
    pinned_doc: dict[str, Any],
) -> None:
    doc = {
        **pinned_doc,
        "paths": {**pinned_doc["paths"], "/live/sessions": {"post": {"responses": {}}}},
        "webhooks": {**pinned_doc["webhooks"], "live_transport_incoming": {"post": {}}},
        "components": {
            **pinned_doc["components"],
            "schemas": {
                **pinned_doc["components"]["schemas"],
                "LiveServerEvent": {"anyOf": []},
            },
        },
    }
    hook = pinned_doc["components"]["schemas"]["WebhookRealtimeCallIncoming"]
    data = hook["properties"]["data"]
    doc["components"]["schemas"]["WebhookRealtimeCallIncoming"] = {
        **hook,
        "properties": {
            **hook["properties"],
            "data": {
                **data,
                "properties": {**data["properties"], "sip_media_security": {"type": "string"}},
            },
        },
    }
    notes = live.catch_up(doc)
    named = sorted(note.split()[4].rstrip(",") for note in notes)
    assert named == [
        "components.schemas.LiveServerEvent",
        "components.schemas.WebhookRealtimeCallIncoming.properties.data.properties.sip_media_security",
        "paths./live/sessions.post",
        "webhooks.live_transport_incoming",
    ]
    # make spec-diff (regen.py --diff OLD NEW) lists them among its configuration notes.
    changes = spec_diff.compare(pinned_doc, doc)
    assert set(notes) <= set(changes.config), changes.config
    # The spec's own field stands (a plain string here): the overlay's enum class goes, and
    # the diff says so.
    assert changes.breaking == [
        "generated class removed WebhookRealtimeCallIncomingDataSipMediaSecurity"
    ]


def test_a_field_of_a_schema_the_spec_lacks_is_a_note_not_a_failure() -> None:
    # Specs before 2026-07-27 have no live.call.incoming: its sip_media_security has no home.
    call = {"type": "object", "properties": {"data": {"type": "object", "properties": {}}}}
    sub: dict[str, Any] = {
        "paths": {},
        "webhooks": {},
        "components": {"schemas": {"WebhookRealtimeCallIncoming": call}},
    }
    notes = live.apply(sub, sub)
    # The other Realtime fields' schemas are not in this sub either: a note each.
    assert notes == [
        f"openapi/overlay_live.yaml adds {live_overlay.field_node(schema, path)}: "
        "this spec lacks its parent"
        for schema, path, _, _ in live_overlay.FIELDS
        if schema != "WebhookRealtimeCallIncoming"
    ]
    assert notes[0] == (
        "openapi/overlay_live.yaml adds components.schemas.WebhookLiveCallIncoming.properties"
        ".data.properties.sip_media_security: this spec lacks its parent"
    )
    assert "sip_media_security" in call["properties"]["data"]["properties"]
    assert "/live/sessions" in sub["paths"] and "live_transport_incoming" in sub["webhooks"]


def _with_node(doc: dict[str, Any], adds: str) -> dict[str, Any]:
    """``doc`` with the node ``adds`` names defined (copied along its path only)."""
    parts = adds.split(".")
    out = dict(doc)
    node: Any = out
    for part in parts[:-1]:
        if isinstance(node, list):  # a union member (anyOf.0)
            node[int(part)] = dict(node[int(part)])
            node = node[int(part)]
            continue
        child = node.get(part) or {}
        node[part] = list(child) if isinstance(child, list) else dict(child)
        node = node[part]
    node[parts[-1]] = {"type": "string"}
    return out


def test_the_realtime_fields_are_gaps_and_the_checked_ones_are_not(
    pinned_doc: dict[str, Any],
) -> None:
    """What the overlay adds to Realtime schemas the pinned subset lacks; what the comparison
    flagged and the note lists as present, it has."""
    from regen_lib import subset

    sub = subset.select(pinned_doc, strict=False)
    added = [live_overlay.field_node(schema, path) for schema, path, _, _ in live_overlay.FIELDS]
    assert [node for node in added if live._defined(sub, node)] == []
    assert [node for node, _ in live_overlay.CHECKED if not live._defined(sub, node)] == []
    note = live_overlay.OVERLAY_LIVE_FILE.read_text(encoding="utf-8").split("\noverlay:")[0]
    for schema, path, _, _ in live_overlay.FIELDS:
        assert f"#   {schema}.{'.'.join(path)}\n" in note
    for node, _ in live_overlay.CHECKED:
        assert node.removeprefix("components.schemas.") in note


def test_the_catch_up_check_covers_each_realtime_field(pinned_doc: dict[str, Any]) -> None:
    actions = live.load()  # parsed once: each field's check reads the same actions
    for schema, path, _, _ in live_overlay.FIELDS:
        node = live_overlay.field_node(schema, path)
        notes = live.catch_up(_with_node(pinned_doc, node), actions)
        assert [note.split()[4].rstrip(",") for note in notes] == [node]
