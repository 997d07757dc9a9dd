"""Turn the generator's package into the ``realtime-ext-generated`` distribution.

* ``models/__init__.py`` becomes lazy: the generator's version imports all ~540 model modules
  (about 0.6 s); ours imports a model's module the first time the name is used.
* ``unions.py``: a named ``TypeAlias`` for every component schema that is a union (or another
  non-model type), with exactly the member types the generator uses for fields. The
  generator has no names for them; we let it type a hidden holder model with one field per
  union (``add_union_holder``), read the annotations back, and delete the holder.
* ``event_types.py``: ``type`` -> (module, class) dispatch tables for every event union,
  read from the spec's discriminated unions (and, for the beta events, which the spec
  lists without a union, from their schema names).
* ``_spec.py``: the spec's sha256, upstream commit and version, stamped into the package.
* ``hide_secret_reprs``: ephemeral keys never show in a model's repr.
* ``py.typed``, the distribution's ``pyproject.toml`` and README.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import naming

HOLDER = "RealtimeExtUnionHolder"
HOLDER_MODULE = "realtime_ext_union_holder"
DIST_NAME = "realtime-ext-generated"

# Event unions: (table name, union schema in the spec or None, schema-name prefix used when
# the spec has no union). Order is the order of the tables in event_types.py.
EVENT_UNIONS: tuple[tuple[str, str | None, str | None], ...] = (
    ("SERVER_EVENTS", "RealtimeServerEvent", None),
    ("CLIENT_EVENTS", "RealtimeClientEvent", None),
    ("BETA_SERVER_EVENTS", None, "RealtimeBetaServerEvent"),
    ("BETA_CLIENT_EVENTS", None, "RealtimeBetaClientEvent"),
    ("TRANSLATION_SERVER_EVENTS", "RealtimeTranslationServerEvent", None),
    ("TRANSLATION_CLIENT_EVENTS", "RealtimeTranslationClientEvent", None),
    # GPT-Live (openapi/overlay_live.yaml): one server union for the three sockets, and the
    # client events of each (primary, sideband, fork: session.start differs on a fork).
    ("LIVE_SERVER_EVENTS", "LiveServerEvent", None),
    ("LIVE_CLIENT_EVENTS", "LiveClientEvent", None),
    ("LIVE_CONNECT_CLIENT_EVENTS", "LiveConnectClientEvent", None),
    ("LIVE_FORK_CLIENT_EVENTS", "LiveForkClientEvent", None),
)


def _holder_field(position: int) -> str:
    # Plain positional field names survive the generator's renaming unchanged.
    return f"u{position}"


def is_model_schema(schema: dict[str, Any]) -> bool:
    """True where the generator makes a class (object or enum) named after the component."""
    if "anyOf" in schema or "oneOf" in schema:
        return False
    if "enum" in schema:
        return True
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def alias_candidates(doc: dict[str, Any]) -> list[str]:
    return [
        name for name, schema in doc["components"]["schemas"].items() if not is_model_schema(schema)
    ]


def add_union_holder(doc: dict[str, Any]) -> list[str]:
    names = alias_candidates(doc)
    doc["components"]["schemas"][HOLDER] = {
        "type": "object",
        "description": "Internal: lets the generator type every union; removed by regen.",
        "required": [_holder_field(i) for i in range(len(names))],
        "properties": {
            _holder_field(i): {"$ref": f"#/components/schemas/{name}"}
            for i, name in enumerate(names)
        },
    }
    return names


# --- models/__init__.py ----------------------------------------------------------------------

_IMPORT = re.compile(r"^from \.(\w+) import (\w+)$", re.MULTILINE)


def model_index(package: Path) -> dict[str, str]:
    """Class name -> module name, read from the generator's models/__init__.py."""
    text = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    return {cls: module for module, cls in _IMPORT.findall(text)}


def write_lazy_models_init(package: Path, index: dict[str, str]) -> None:
    names = sorted(index)
    lines = [
        '"""All data models of the realtime surface, imported on first use.',
        "",
        "``from realtime_generated.models import X`` loads only X's module (and what X needs),",
        "so importing the client or one endpoint stays cheap.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{index[name]} import {name} as {name}" for name in names),
        "",
        "_MODULES: dict[str, str] = {",
        *(f'    "{name}": "{index[name]}",' for name in names),
        "}",
        "",
        "__all__ = (",
        *(f'    "{name}",' for name in names),
        ")",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    try:",
        "        module = _MODULES[name]",
        "    except KeyError:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None',
        '    value = getattr(importlib.import_module(f".{module}", __name__), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return list(__all__)",
        "",
    ]
    (package / "models" / "__init__.py").write_text("\n".join(lines), encoding="utf-8")


# --- unions.py -------------------------------------------------------------------------------


def _holder_annotations(package: Path) -> tuple[dict[str, str], set[str]]:
    source = (package / "models" / f"{HOLDER_MODULE}.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == HOLDER)
    annotations: dict[str, str] = {}
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            annotations[node.target.id] = ast.unparse(node.annotation).strip("'\"")
    names = set(re.findall(r"\b[A-Z]\w*", " ".join(annotations.values())))
    return annotations, names


def write_unions(package: Path, names: list[str], index: dict[str, str]) -> list[str]:
    annotations, used = _holder_annotations(package)
    (package / "models" / f"{HOLDER_MODULE}.py").unlink()
    index.pop(HOLDER, None)
    imports = sorted(n for n in used if n in index)
    typing_names = sorted(n for n in used if n in {"Any"})
    lines = [
        '"""Named type aliases for the spec\'s union schemas (``RealtimeServerEvent``, ...).',
        "",
        "The generator inlines unions into fields; these aliases give them the spec's names.",
        "Importing this module loads every member model: import it where you need the names.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        f"from typing import {', '.join(['TypeAlias', *typing_names])}",
        "",
        *(f"from .models.{index[n]} import {n}" for n in imports),
        "",
    ]
    exported: list[str] = []
    for position, name in enumerate(names):
        field = _holder_field(position)
        if field not in annotations:
            raise RuntimeError(f"the generator did not type union {name}")
        lines.append(f"{name}: TypeAlias = {annotations[field]}")
        exported.append(name)
    lines += ["", "__all__ = (", *(f'    "{n}",' for n in exported), ")", ""]
    (package / "unions.py").write_text("\n".join(lines), encoding="utf-8")
    return exported


# --- event_types.py --------------------------------------------------------------------------


def event_type_value(schema: dict[str, Any]) -> str | None:
    """The one ``type`` value of an event schema (a one-value ``enum`` or a ``const``)."""
    kind = (schema.get("properties") or {}).get("type") or {}
    if "const" in kind:
        return str(kind["const"])
    enum = [v for v in kind.get("enum") or [] if v is not None]
    return str(enum[0]) if len(enum) == 1 else None


def _event_type(schema: dict[str, Any], name: str) -> str:
    value = event_type_value(schema)
    if value is None:
        raise RuntimeError(f"event schema {name} has no single `type` value")
    return value


def event_members(schemas: dict[str, Any], union: str | None, prefix: str | None) -> list[str]:
    """The event schemas of one table of :data:`EVENT_UNIONS`: its union's members, else the
    schemas named with its prefix (less the ones regen hoisted out of them)."""
    if union is not None:
        return [m["$ref"].rsplit("/", 1)[1] for m in schemas[union]["anyOf"]]
    return sorted(
        n for n in schemas if prefix and n.startswith(prefix) and not naming.is_hoisted(schemas[n])
    )


def event_tables(doc: dict[str, Any], index: dict[str, str]) -> dict[str, dict[str, str]]:
    schemas = doc["components"]["schemas"]
    tables: dict[str, dict[str, str]] = {}
    for table, union, prefix in EVENT_UNIONS:
        members = event_members(schemas, union, prefix)
        entries: dict[str, str] = {}
        for member in members:
            event_type = _event_type(schemas[member], member)
            if event_type in entries:
                raise RuntimeError(f"{table}: two schemas claim type {event_type!r}")
            if member not in index:
                raise RuntimeError(f"{table}: no generated model for {member}")
            entries[event_type] = member
        tables[table] = dict(sorted(entries.items()))
    return tables


def write_event_types(package: Path, tables: dict[str, dict[str, str]]) -> None:
    lines = [
        '"""Event ``type`` -> model class name, derived from the spec\'s discriminated unions.',
        "",
        "Plain data (no model is imported): resolve a name with",
        "``getattr(realtime_generated.models, name)``, which loads just that model.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    for table, entries in tables.items():
        lines.append(f"{table}: dict[str, str] = {{")
        lines += [f'    "{event_type}": "{cls}",' for event_type, cls in entries.items()]
        lines += ["}", ""]
    lines += ["__all__ = (", *(f'    "{t}",' for t in tables), ")", ""]
    (package / "event_types.py").write_text("\n".join(lines), encoding="utf-8")


# --- secrets stay out of reprs --------------------------------------------------------------

_SECRET_FIELD = "\n    value: str\n"


def hide_secret_reprs(package: Path, index: dict[str, str]) -> list[str]:
    """Keep ephemeral keys (``ek_...``) out of the attrs reprs of client-secret models.

    Rule: the ``value`` string of every model whose name contains ``ClientSecret`` is the
    key itself; its attrs field gets ``repr=False``. Returns the models changed.
    """
    changed: list[str] = []
    for name, module in sorted(index.items()):
        if "ClientSecret" not in name:
            continue
        path = package / "models" / f"{module}.py"
        text = path.read_text(encoding="utf-8")
        if _SECRET_FIELD not in text:
            continue
        text = text.replace(_SECRET_FIELD, "\n    value: str = _attrs_field(repr=False)\n", 1)
        if "import field as _attrs_field" not in text:
            define = "from attrs import define as _attrs_define\n"
            text = text.replace(define, define + "from attrs import field as _attrs_field\n", 1)
        path.write_text(text, encoding="utf-8")
        changed.append(name)
    if not changed:
        raise RuntimeError("no client-secret model found to hide its value from repr")
    return changed


# --- stamp, packaging, formatting ------------------------------------------------------------


_PACKAGE_DOC = '''"""Low-level client for the OpenAI Realtime API, generated from the OpenAI spec.

Generated by scripts/regen.py in the realtime-ext repository: never edit by hand. Most
applications want the hand-written ``realtime_ext`` package; this one is for code that
pins the exact spec (other SDKs, tools)::

    import realtime_generated
    from realtime_generated.api.realtime import create_realtime_client_secret
    from realtime_generated.models import RealtimeSessionCreateRequestGA

    client = realtime_generated.AuthenticatedClient(
        base_url="https://api.openai.com/v1", token="sk-..."
    )

``SPEC_SHA256``, ``SPEC_COMMIT``, ``SPEC_DATE``, ``SPEC_URL`` and ``SPEC_VERSION`` say which
upstream spec it was generated from; ``__version__`` is
``<spec version>.<commit date>.<generation counter>``: a later generation always sorts higher.
``GENERATION_FINGERPRINT`` is the sha256 of everything the generation was made from.
``Client`` and ``AuthenticatedClient`` (and httpx with them) load on first use.

``decode_server_event(data)`` turns a WebSocket or data-channel message into its typed
event (``UnknownServerEvent`` for a type it was not generated with; ``EventDecodeError``
for a message that is no usable event)::

    event = realtime_generated.decode_server_event(message)
    if event.type == "response.output_text.delta":
        print(event.delta)

``decode_live_server_event(data)`` does the same for GPT-Live's server events.
"""
'''


def write_spec_stamp(
    package: Path,
    *,
    sha256: str,
    commit: str,
    url: str,
    version: str,
    date: str,
    dist_version: str,
    fingerprint: str,
) -> None:
    from .generate import GENERATOR, GENERATOR_VERSION

    (package / "_spec.py").write_text(
        '"""The spec this package was generated from (written by scripts/regen.py)."""\n\n'
        f'SPEC_SHA256 = "{sha256}"\n'
        f'SPEC_COMMIT = "{commit}"\n'
        f'SPEC_DATE = "{date}"\n'
        f'SPEC_URL = "{url}"\n'
        f'SPEC_VERSION = "{version}"\n'
        f'GENERATOR = "{GENERATOR} {GENERATOR_VERSION}"\n'
        f'VERSION = "{dist_version}"\n'
        f'GENERATION_FINGERPRINT = "{fingerprint}"\n',
        encoding="utf-8",
    )
    # The generator's __init__ imports client.py, hence httpx (~55 ms), on every import;
    # ours loads the clients on first use, so models and event tables import cheaply.
    (package / "__init__.py").write_text(
        _PACKAGE_DOC
        + """
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._spec import (
    GENERATION_FINGERPRINT,
    GENERATOR,
    SPEC_COMMIT,
    SPEC_DATE,
    SPEC_SHA256,
    SPEC_URL,
    SPEC_VERSION,
)
from ._spec import VERSION as __version__

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
    from .decoding import UnknownServerEvent, decode_live_server_event, decode_server_event
    from .errors import EventDecodeError

__all__ = (
    "GENERATION_FINGERPRINT",
    "GENERATOR",
    "SPEC_COMMIT",
    "SPEC_DATE",
    "SPEC_SHA256",
    "SPEC_URL",
    "SPEC_VERSION",
    "AuthenticatedClient",
    "Client",
    "EventDecodeError",
    "UnknownServerEvent",
    "__version__",
    "decode_live_server_event",
    "decode_server_event",
)

_LAZY = {
    "Client": "client",
    "AuthenticatedClient": "client",
    "decode_server_event": "decoding",
    "decode_live_server_event": "decoding",
    "UnknownServerEvent": "decoding",
    "EventDecodeError": "errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        from importlib import import_module

        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
""",
        encoding="utf-8",
    )
    (package / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    # decode_server_event (issue 37): a plain module, copied as written (not a generator
    # template: it only uses the tables and decoders regen writes).
    from .source import ROOT

    decoding = (ROOT / "openapi" / "templates" / "decoding.py").read_text(encoding="utf-8")
    (package / "decoding.py").write_text(decoding, encoding="utf-8")
    types_py = package / "types.py"
    text = types_py.read_text(encoding="utf-8")
    unset = "class Unset:\n    def __bool__(self) -> Literal[False]:\n        return False\n"
    if unset not in text:
        raise RuntimeError("types.py: the generator's Unset class changed; update postprocess")
    text = text.replace(
        unset,
        unset + '\n    def __repr__(self) -> str:\n        return "UNSET"\n',
        1,
    )
    types_py.write_text(text, encoding="utf-8")


# Shared with realtime-ext's pyproject.toml (tests/regen/test_wheels.py compares them).
CLASSIFIERS = (
    "Development Status :: 4 - Beta",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Topic :: Multimedia :: Sound/Audio :: Speech",
    "Typing :: Typed",
)
DOCS_URL = "https://realtime-ext.invalid/"  # mkdocs.yml site_url

# The generated code is derived from OpenAI's spec, whose MIT notice travels with it.
_SPEC_NOTICE = """
----------------------------------------------------------------------------------------
realtime_generated is generated from the OpenAI OpenAPI specification
(https://github.com/openai/openai-openapi), which carries this notice:

The MIT License

Copyright (c) OpenAI (https://openai.com)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
"""


BASE_DEPENDENCIES = ("httpx>=0.27,<1", "h11>=0.16.0", "attrs>=22.2.0")
# Imported by the generated code only when the spec has date or date-time fields
# (openapi-python-client parses them with dateutil.parser.isoparse).
DATEUTIL = "python-dateutil>=2.8.0"


def declared_dependencies(package: Path) -> list[str]:
    """What the wheel declares: httpx, h11 (a floor), attrs, and python-dateutil only when a
    generated module imports it, so the wheel declares what it imports and nothing else."""
    uses_dateutil = any(
        re.search(r"^\s*(from|import) dateutil\b", path.read_text(encoding="utf-8"), re.M)
        for path in sorted(package.rglob("*.py"))
    )
    return [*BASE_DEPENDENCIES, *([DATEUTIL] if uses_dateutil else [])]


def write_distribution(
    dist: Path,
    *,
    version: str,
    spec_version: str,
    commit: str,
    date: str,
    sha256: str,
    fingerprint: str,
    spec_url: str,
) -> None:
    from .source import ROOT

    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    (dist / "LICENSE").write_text(license_text + _SPEC_NOTICE, encoding="utf-8")
    classifiers = "\n".join(f'    "{c}",' for c in CLASSIFIERS)
    dependencies = ", ".join(f'"{d}"' for d in declared_dependencies(dist / "realtime_generated"))
    (dist / "pyproject.toml").write_text(
        f"""# Written by scripts/regen.py; do not edit.
[build-system]
requires = ["hatchling>=1.25"]
build-backend = "hatchling.build"

[project]
name = "{DIST_NAME}"
version = "{version}"
description = "Low-level client for the OpenAI Realtime API, generated from the OpenAI spec."
readme = "README.md"
requires-python = ">=3.11"
license = "MIT"
license-files = ["LICENSE"]
authors = [{{ name = "the realtime-ext authors" }}]
keywords = ["openai", "realtime", "openapi", "generated", "sdk"]
classifiers = [
{classifiers}
]
# h11 is not imported: its floor keeps httpx -> httpcore off h11 < 0.16.0 (CVE-2025-43859).
dependencies = [{dependencies}]

[project.urls]
Homepage = "{DOCS_URL}"
Documentation = "{DOCS_URL}sdk-authors/"
"OpenAPI spec" = "{spec_url}"

[tool.hatch.build.targets.wheel]
packages = ["realtime_generated"]

# What each generation changed, where pip installs it: realtime_generated/CHANGELOG.md.
[tool.hatch.build.targets.wheel.force-include]
"CHANGELOG.md" = "realtime_generated/CHANGELOG.md"
""",
        encoding="utf-8",
    )
    (dist / "README.md").write_text(
        f"""# {DIST_NAME}

Low-level Python client for the OpenAI Realtime API (`/realtime/...` endpoints and every
Realtime schema), generated by openapi-python-client from the OpenAI OpenAPI spec.

**Generated code: never edit by hand.** `scripts/regen.py` in the realtime-ext repository
rewrites this folder, and `make check-regen` fails when it differs from a fresh run.

- version: {version}
- spec version: {spec_version} (upstream `info.version`)
- upstream commit: `{commit}` ({date})
- spec sha256: `{sha256}`
- generation fingerprint: `{fingerprint}`

## Versions

Every generation has its own version, `<spec info.version>.<upstream commit date
YYYYMMDD>.<generation counter>`, and a later generation always sorts higher under PEP 440:
the counter goes up by one whenever the spec, the generator, its templates, the overlay or
the regen code change, and never goes down. The generation fingerprint (a sha256 of all
those inputs) is recorded as metadata. Pin it exactly (`{DIST_NAME}=={version}`);
`realtime-ext` does. `CHANGELOG.md` (also in the wheel, as `realtime_generated/CHANGELOG.md`)
says what each generation changed in the realtime surface, breaking changes first: read it
before you move a pin.

The same values are importable: `realtime_generated.__version__`, `SPEC_VERSION`,
`SPEC_COMMIT`, `SPEC_DATE`, `SPEC_SHA256`, `GENERATION_FINGERPRINT`. Most applications
want the hand-written `realtime-ext` package instead.
""",
        encoding="utf-8",
    )


def format_tree(dist: Path) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    common = ["--isolated", "--line-length", "120", "--target-version", "py311"]
    subprocess.run(
        [str(ruff), "check", *common, "--select", "F401,I", "--fix-only", "--quiet", str(dist)],
        check=True,
    )
    subprocess.run([str(ruff), "format", *common, "--quiet", str(dist)], check=True)
