"""Rewrite the one construct of the upstream spec that silently disables Prism's validation.

Prism 5.16 compiles request/response schemas with Ajv, which treats ``nullable`` as the
OpenAPI 3.0 keyword and throws ``"nullable" cannot be used without "type"`` for schemas such
as ``RealtimeSessionCreateRequestGA.tracing`` (``nullable: true`` beside ``oneOf``). Prism
catches that exception and then skips validating the whole body, so a body like
``{"expires_after": "soon"}`` to ``POST /realtime/client_secrets`` is answered 200.

The rewrite keeps the 3.0 meaning Ajv gives ``nullable`` everywhere else ("or null"):
``{nullable: true, X...}`` without ``type`` becomes ``{anyOf: [{X...}, {type: "null"}]}``
(annotations such as ``description`` stay outside), and ``nullable: false`` is dropped. Nothing
else changes: no path, operation or schema is removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_ANNOTATIONS = frozenset({"title", "description", "default", "example", "examples", "deprecated"})


class _NoTimestampLoader(yaml.CSafeLoader):
    """Keeps dates as the strings they are in the spec, so the result is JSON-serialisable."""


_NoTimestampLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class CompatResult:
    """The spec file Prism should serve and which schema nodes were rewritten.

    Example:
        >>> CompatResult(path=Path("/tmp/spec.json"), rewritten=("#/a",)).rewritten
        ('#/a',)
    """

    path: Path
    rewritten: tuple[str, ...]


def _rewrite(node: Any, pointer: str, hits: list[str]) -> Any:
    if isinstance(node, list):
        return [_rewrite(v, f"{pointer}/{i}", hits) for i, v in enumerate(node)]
    if not isinstance(node, dict):
        return node
    node = {k: _rewrite(v, f"{pointer}/{k}", hits) for k, v in node.items()}
    # A bool check, so that a property *named* "nullable" in a `properties` map is left alone.
    if not isinstance(node.get("nullable"), bool) or "type" in node:
        return node
    hits.append(pointer)
    nullable = node.pop("nullable")
    if nullable is not True:
        return node
    outer = {k: v for k, v in node.items() if k in _ANNOTATIONS}
    inner = {k: v for k, v in node.items() if k not in _ANNOTATIONS}
    return {**outer, "anyOf": [inner, {"type": "null"}]}


def rewrite_typeless_nullable(document: Any) -> tuple[Any, list[str]]:
    """Return a rewritten copy of a parsed spec and the JSON pointers of the nodes changed.

    Example:
        >>> doc, hits = rewrite_typeless_nullable({"x": {"nullable": True, "$ref": "#/y"}})
        >>> doc["x"], hits
        ({'anyOf': [{'$ref': '#/y'}, {'type': 'null'}]}, ['#/x'])
    """
    hits: list[str] = []
    return _rewrite(document, "#", hits), hits


def make_prism_compatible(spec: Path, out_dir: Path) -> CompatResult:
    """Write the rewritten spec as JSON into ``out_dir`` (JSON also loads faster in Prism).

    Example:
        >>> make_prism_compatible(Path("openapi.yaml"), Path("/tmp/x")).path.name  # doctest: +SKIP
        'openapi.prism.json'
    """
    try:
        with spec.open("rb") as fh:
            document = yaml.load(fh, Loader=_NoTimestampLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"cannot parse OpenAPI spec {spec}: {exc}") from exc
    rewritten, hits = rewrite_typeless_nullable(document)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "openapi.prism.json"
    out.write_text(json.dumps(rewritten), encoding="utf-8")
    return CompatResult(path=out, rewritten=tuple(hits))
