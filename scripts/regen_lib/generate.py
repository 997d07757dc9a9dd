"""Run the pinned openapi-python-client on the normalised subset."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from .source import ROOT

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
CONFIG_FILE = ROOT / "openapi" / "generator.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = "realtime_generated"

# Our templates are edited copies of upstream ones; if the generator's own copy changes
# (a version bump), ours must be re-derived rather than silently keep old behaviour.
UPSTREAM_TEMPLATE_SHA256 = {
    "client.py.jinja": "4eac65762f21014a7fbf59e730f1be6d28c9c85ddc1c40b458b6ff5f67a64c9e",
    "errors.py.jinja": "b6ba7ea79aa7d7f24b47119985d1ed20268d3da0ab70309ee138088a106b6af9",
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
    "property_templates/enum_property.py.jinja": (
        "28f1074bdd5f0d7e66618c7e3e5b6e3b75467adf25a971922905df0bf3dcf126"
    ),
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "property_templates/union_property.py.jinja": (
        "03790f2710deaeb219c18e518ae183ad4a41eda1f78cf625d139edff7546cd26"
    ),
    "str_enum.py.jinja": "e4979a5e6b338351eda8bdac534017cfbeb51a809b494fd3c632db39414817fc",
}

# Lines the generator prints that mean something was skipped or degraded.
_FAILURE_MARKERS = (
    "warning",
    "unable to",
    "could not",
    "unsupported",
    "failure to process",
    "will not be generated",
    "invalid",
    "duplicate",
)


class GeneratorError(RuntimeError):
    """The generator warned, failed, or is not the pinned version."""


def check_generator() -> None:
    try:
        version = metadata.version(GENERATOR)
    except metadata.PackageNotFoundError as exc:
        raise GeneratorError(f"{GENERATOR} is not installed; run `make install`") from exc
    if version != GENERATOR_VERSION:
        raise GeneratorError(
            f"{GENERATOR} {version} is installed but generated/ is pinned to "
            f"{GENERATOR_VERSION}: output depends on the generator's version"
        )
    import openapi_python_client

    upstream = Path(openapi_python_client.__file__).parent / "templates"
    for name, expected in UPSTREAM_TEMPLATE_SHA256.items():
        actual = hashlib.sha256((upstream / name).read_bytes()).hexdigest()
        if actual != expected:
            raise GeneratorError(
                f"the generator's {name} changed (sha256 {actual}); re-derive "
                f"openapi/templates/{name} from it and update UPSTREAM_TEMPLATE_SHA256"
            )


def run(doc: dict[str, Any], out_dir: Path) -> str:
    """Generate the package into ``out_dir / PACKAGE`` and return the generator's output."""
    check_generator()
    with tempfile.TemporaryDirectory(prefix="realtime-regen-") as tmp:
        spec_path = Path(tmp) / "realtime-subset.json"
        spec_path.write_text(json.dumps(doc, indent=1, sort_keys=False), encoding="utf-8")
        cli = Path(sys.executable).parent / GENERATOR
        cmd = [
            str(cli),
            "generate",
            "--path",
            str(spec_path),
            "--config",
            str(CONFIG_FILE),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(out_dir / PACKAGE),
            "--overwrite",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    output = (proc.stdout + proc.stderr).strip()
    flagged = [
        line
        for line in output.splitlines()
        if any(marker in line.lower() for marker in _FAILURE_MARKERS)
    ]
    if proc.returncode != 0 or flagged:
        raise GeneratorError(summarise(output, proc.returncode))
    return output


_SCHEMA = re.compile(r"Unable to parse schema (\S+)")
_REASON = re.compile(r"Unable to parse this part of your OpenAPI document: ?:? ?(.*)")
_CONSEQUENCE = ("could not find reference", "unable to resolve", "reference")


def summarise(output: str, returncode: int, limit: int = 25) -> str:
    """The generator's complaints, offending schema first, then what failed because of it.

    The generator reports schemas in the order it meets them, so its first warning often
    names a schema that only *refers* to the broken one. Root causes (a reason that is not
    about a reference) come first here; the raw output follows, cut at ``limit`` lines.
    """
    blocks: list[tuple[str, str]] = []
    lines = output.splitlines()
    for i, line in enumerate(lines):
        found = _SCHEMA.search(line)
        if not found:
            continue
        reason = ""
        for follow in lines[i + 1 : i + 6]:
            match = _REASON.search(follow)
            if match:
                reason = match.group(1).strip()
                break
        blocks.append((found.group(1), reason))
    roots = [b for b in blocks if not any(c in b[1].lower() for c in _CONSEQUENCE)]
    knock_on = [b for b in blocks if b not in roots]
    out = [f"{GENERATOR} reported problems (exit {returncode}); nothing was written."]
    for schema, reason in roots:
        out.append(f"  offending schema: {schema}: {reason or '(no reason given)'}")
    if knock_on:
        names = ", ".join(schema.rsplit("/", 1)[-1] for schema, _ in knock_on)
        out.append(f"  failing because they refer to it: {names}")
    raw = [line for line in lines if line.strip()]
    out.append(f"  generator output ({len(raw)} lines, first {min(limit, len(raw))}):")
    out += [f"    {line[:200]}" for line in raw[:limit]]
    return "\n".join(out)
