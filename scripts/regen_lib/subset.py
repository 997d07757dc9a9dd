"""Cut the realtime surface out of the full OpenAI spec.

What is kept is data, in ``openapi/subset.toml``: path prefixes, schema-name prefixes and
extra schema names. Everything those reference is pulled in transitively.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .source import ROOT

SUBSET_FILE = ROOT / "openapi" / "subset.toml"
SCHEMA_REF = "#/components/schemas/"


def _refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith(SCHEMA_REF):
                    raise ValueError(f"unsupported $ref outside component schemas: {ref}")
                yield ref[len(SCHEMA_REF) :]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def select(
    doc: dict[str, Any], rules_file: Path = SUBSET_FILE, *, strict: bool = True
) -> dict[str, Any]:
    """Return a standalone OpenAPI document holding only the realtime surface.

    ``strict=False`` leaves out what subset.toml names but the spec lacks (regen's checks
    report those, all together, before anything is generated).
    """
    rules = tomllib.loads(rules_file.read_text(encoding="utf-8"))
    schemas: dict[str, Any] = doc["components"]["schemas"]
    paths = {
        path: item
        for path, item in doc["paths"].items()
        if any(path.startswith(prefix) for prefix in rules["path_prefixes"])
    }
    roots = {
        name
        for name in schemas
        if any(name.startswith(prefix) for prefix in rules["schema_prefixes"])
    }
    missing = [name for name in rules["extra_schemas"] if name not in schemas]
    if missing and strict:
        raise ValueError(f"subset.toml names schemas the spec does not have: {missing}")
    roots.update(name for name in rules["extra_schemas"] if name in schemas)
    hooks = doc.get("webhooks") or {}
    absent = [name for name in rules["webhooks"] if name not in hooks]
    if absent and strict:
        raise ValueError(f"subset.toml names webhooks the spec does not have: {absent}")
    webhooks = {name: hooks[name] for name in rules["webhooks"] if name in hooks}

    keep: set[str] = set()
    pending = list(roots) + list(_refs(paths)) + list(_refs(webhooks))
    while pending:
        name = pending.pop()
        if name in keep:
            continue
        keep.add(name)
        pending.extend(_refs(schemas[name]))

    components: dict[str, Any] = {"schemas": {name: schemas[name] for name in sorted(keep)}}
    if "securitySchemes" in doc["components"]:
        components["securitySchemes"] = doc["components"]["securitySchemes"]
    subset = {
        "openapi": doc["openapi"],
        "info": doc["info"],
        "servers": doc.get("servers", []),
        "security": doc.get("security", []),
        "paths": dict(sorted(paths.items())),
        "webhooks": webhooks,
        "components": components,
    }
    # A deep copy, so normalisation never aliases nodes that YAML anchors shared.
    return copy.deepcopy(subset)
