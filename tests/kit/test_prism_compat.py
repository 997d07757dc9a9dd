"""The spec rewrite that keeps Prism's request validation switched on."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from support.pinned_spec import locate_pinned_spec
from support.prism_compat import make_prism_compatible, rewrite_typeless_nullable


def test_typeless_nullable_becomes_any_of_null_keeping_annotations() -> None:
    node = {"description": "d", "default": None, "nullable": True, "oneOf": [{"type": "string"}]}
    doc, hits = rewrite_typeless_nullable({"components": {"schemas": {"S": node}}})
    assert hits == ["#/components/schemas/S"]
    assert doc["components"]["schemas"]["S"] == {
        "description": "d",
        "default": None,
        "anyOf": [{"oneOf": [{"type": "string"}]}, {"type": "null"}],
    }


def test_typed_nullable_false_nullable_and_property_named_nullable() -> None:
    typed = {"type": "string", "nullable": True}
    doc, hits = rewrite_typeless_nullable(
        {
            "a": typed,
            "b": {"nullable": False, "$ref": "#/x"},
            "c": {"properties": {"nullable": {"type": "boolean"}}},
        }
    )
    assert doc["a"] == typed
    assert doc["b"] == {"$ref": "#/x"}
    assert doc["c"] == {"properties": {"nullable": {"type": "boolean"}}}
    assert hits == ["#/b"]


def test_pinned_spec_rewrite_touches_only_nullable_and_keeps_every_path(tmp_path: Path) -> None:
    spec = locate_pinned_spec()
    result = make_prism_compatible(spec, tmp_path)
    assert "#/components/schemas/RealtimeSessionCreateRequestGA/properties/tracing" in (
        result.rewritten
    )
    served = json.loads(result.path.read_text(encoding="utf-8"))
    with spec.open("rb") as fh:
        original = yaml.load(fh, Loader=yaml.CSafeLoader)
    assert sorted(served["paths"]) == sorted(original["paths"])
    assert sorted(served["components"]["schemas"]) == sorted(original["components"]["schemas"])
    # Dates stay the strings they were in YAML (the JSON dump would otherwise fail).
    assert served["openapi"].startswith("3.1")
