"""Generated models round-trip: from_dict(to_dict(x)) is x, on examples derived from the spec.

Two sources of examples:
* the spec's own event examples (``x-oaiMeta.example`` of every event schema);
* a synthesiser that walks each schema and fills *every* property (optional ones too) with a
  value of the declared type; hypothesis varies the leaf values and which union member is
  taken, so the same test explores many shapes.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from realtime_generated import models
from support.fuzz import examples
from support.spec_examples import BROKEN_UPSTREAM_EXAMPLES, events_with_examples


def test_every_spec_event_example_round_trips(upstream_subset: dict[str, Any]) -> None:
    examples = events_with_examples(upstream_subset)
    assert len(examples) >= 100
    failures = []
    for name, example in examples:
        try:
            model = getattr(models, name).from_dict(example)
            if model.to_dict() != example:
                failures.append(f"{name}: {model.to_dict()} != {example}")
        except Exception as exc:  # collected, so one report names every broken example
            if name not in BROKEN_UPSTREAM_EXAMPLES:
                failures.append(f"{name}: {exc!r}")
            continue
        assert name not in BROKEN_UPSTREAM_EXAMPLES, f"{name} is fixed upstream: unlist it"
    assert not failures, "\n".join(failures)


class Synth:
    """Builds a JSON instance of a schema; ``draw`` picks leaves and union members."""

    def __init__(self, schemas: dict[str, Any], draw: Any) -> None:
        self.schemas = schemas
        self.draw = draw

    def value(self, schema: dict[str, Any], depth: int = 0) -> Any:
        if "$ref" in schema:
            return self.value(self.schemas[schema["$ref"].rsplit("/", 1)[1]], depth + 1)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self.draw(st.sampled_from([v for v in schema["enum"] if v is not None]))
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if s.get("type") != "null"]
                return self.value(self.draw(st.sampled_from(options)), depth + 1)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                merged.update(self.value(part, depth + 1))
            return merged
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind == "object" or "properties" in schema:
            required = set(schema.get("required", []))
            props = schema.get("properties", {})
            return {
                name: self.value(prop, depth + 1)
                for name, prop in props.items()
                if name in required or depth < 4
            }
        if kind == "array":
            return [self.value(schema.get("items", {}), depth + 1)] if depth < 4 else []
        if kind == "integer":
            return self.draw(st.integers(min_value=0, max_value=2**31))
        if kind == "number":
            return self.draw(st.floats(min_value=0, max_value=1, allow_nan=False))
        if kind == "boolean":
            return self.draw(st.booleans())
        if kind == "string":
            return self.draw(st.text(max_size=8))
        return {"opaque": self.draw(st.text(max_size=4))}


def _model_schemas(doc: dict[str, Any]) -> list[str]:
    schemas = doc["components"]["schemas"]
    return sorted(
        name
        for name in schemas
        if name in models.__all__
        and (schemas[name].get("type") == "object" or "properties" in schemas[name])
    )


# GPT-Live's models (openapi/overlay_live.yaml) are drawn in tests of their own, a third of
# them in each (every third name): all in one, an example drew more than hypothesis's buffer
# holds, and the run spent its time on overruns (15 minutes instead of 15 s for each part).
# The Responses stream nested in response.event tripled the draws of the Live models.
LIVE = ("Live", "WebhookLive")
LIVE_PARTS = 3
GROUPS = ["realtime", *(f"live-{part}" for part in range(LIVE_PARTS))]


@pytest.fixture(scope="module")
def model_groups(normalised_subset: dict[str, Any]) -> dict[str, list[str]]:
    names = _model_schemas(normalised_subset)
    live = [n for n in names if n.startswith(LIVE)]
    groups = {
        "realtime": [n for n in names if not n.startswith(LIVE)],
        **{f"live-{part}": live[part::LIVE_PARTS] for part in range(LIVE_PARTS)},
    }
    assert len(groups["realtime"]) > 150 and len(live) > 500
    return groups


@pytest.mark.parametrize("group", GROUPS)
@settings(max_examples=examples(15), deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_model_round_trips(
    data: st.DataObject,
    normalised_subset: dict[str, Any],
    model_groups: dict[str, list[str]],
    group: str,
) -> None:
    schemas = normalised_subset["components"]["schemas"]
    synth = Synth(schemas, data.draw)
    for name in model_groups[group]:
        instance = synth.value(schemas[name])
        model = getattr(models, name).from_dict(instance)
        again = type(model).from_dict(model.to_dict())
        assert again == model, name
        assert json.loads(json.dumps(model.to_dict())) == model.to_dict(), name
