"""Multipart parts get the Content-Type the spec declares for them (OpenAPI ``encoding``).

A ``multipart/form-data`` request body may say, per property, which Content-Type its part
carries::

    multipart/form-data:
      schema: {$ref: "#/components/schemas/RealtimeCallCreateRequest"}
      encoding:
        sdp: {contentType: application/sdp}
        session: {contentType: application/json}

openapi-python-client ignores ``encoding``: its ``to_multipart()`` sends every string as
``text/plain`` (and a model as ``application/json``), so the SDP offer went out as
``text/plain`` and realtime_ext had to restate the body's shape to send what the API
documents. ``apply_encodings`` rewrites the generated ``to_multipart()`` of each such body's
model so every part the ``encoding`` names carries the declared type; a part it does not
name keeps what the generator wrote. Where the declared type is JSON, a part the generator
serialises with ``str(...)`` (its fallback for a union member that is not a model) is
serialised with ``json.dumps(...)`` instead: ``str()`` of a dict is a Python repr, not JSON.
A ``None`` or unset value is no part at all (``openapi/templates/model.py.jinja`` guards
every optional part), so neither ``"None"`` nor ``null`` is ever sent for one.

Each such model also gets a static ``encode_multipart(...)`` (``add_encoder``), written from
its rewritten ``to_multipart()``: the same parts, order and Content-Types, from content
already serialised, one typed ``bytes`` keyword per part::

    RealtimeCallCreateRequest.encode_multipart(sdp=offer, session=session_json)
    # (b'--realtime-ext-...', 'multipart/form-data; boundary=realtime-ext-...')

so an SDK that has checked and encoded a part once (realtime_ext's session JSON) sends those
bytes, with no model built for the body and no multipart encoder of its own. Both, and the
operations' ``request_args``, encode with the package's ``multipart.encode`` (copied from
``openapi/templates/multipart.py`` by ``write_module``).

Everything comes from the spec: no model or part is named here. The rewrite reads the
generated module's syntax tree, not its text, and fails loudly (``MultipartEncodingError``,
reported by regen as ``regen: ...``) when the generated code is not what it expects, rather
than silently leaving a part with the wrong type.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

from .generate import GeneratorError

MULTIPART = "multipart/form-data"
_SCHEMA_REF = "#/components/schemas/"
_BODY_REF = "#/components/requestBodies/"
# One concrete media type (parameters allowed, no quotes): it becomes the part's Content-Type
# header. A comma list or a wildcard ("image/*") is a choice the spec leaves to the client.
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*(?:\s*;\s*[\w.+-]+=[\w.+-]+)*")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class MultipartEncodingError(GeneratorError):
    """The spec's multipart ``encoding`` cannot be applied to the generated code."""


def is_json(content_type: str) -> bool:
    """``application/json`` or a ``+json`` type (``application/merge-patch+json``), with or
    without parameters."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def declared_encodings(doc: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Schema name -> {part name: declared Content-Type} for every multipart request body.

    Raises MultipartEncodingError where the spec says something this step cannot apply:
    an inline (unnamed) body schema, a ``contentType`` that is not one concrete media type,
    or two operations declaring different types for one model's part.
    """
    found: dict[str, dict[str, str]] = {}
    bodies = (doc.get("components") or {}).get("requestBodies") or {}
    for path, item in (doc.get("paths") or {}).items():
        for method in _METHODS:
            operation = (item or {}).get(method)
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            where = f"{method.upper()} {path}"
            body = operation["requestBody"] or {}
            ref = body.get("$ref", "")
            if ref.startswith(_BODY_REF):
                body = bodies.get(ref.removeprefix(_BODY_REF)) or {}
            media = (body.get("content") or {}).get(MULTIPART)
            if not media or not media.get("encoding"):
                continue
            schema_ref = (media.get("schema") or {}).get("$ref", "")
            if not schema_ref.startswith(_SCHEMA_REF):
                raise MultipartEncodingError(
                    f"{where}: the multipart body declares an encoding but its schema is "
                    "inline; give it a component (openapi/overlay.yaml) or teach "
                    "scripts/regen_lib/multipart.py the generator's name for it"
                )
            name = schema_ref.removeprefix(_SCHEMA_REF)
            parts = found.setdefault(name, {})
            for part, encoding in media["encoding"].items():
                content_type = (encoding or {}).get("contentType")
                if content_type is None:
                    continue  # headers/style only: the generator's type stands
                content_type = str(content_type).strip()
                if not _MEDIA_TYPE.fullmatch(content_type):
                    raise MultipartEncodingError(
                        f"{where}: encoding.{part}.contentType {content_type!r} is not one "
                        "concrete media type (a list or a wildcard leaves the part's type to "
                        "the client); scripts/regen_lib/multipart.py cannot choose one"
                    )
                if parts.get(part, content_type) != content_type:
                    raise MultipartEncodingError(
                        f"{where}: {name}.{part} is declared {content_type!r} here and "
                        f"{parts[part]!r} by another operation; one model has one to_multipart()"
                    )
                parts[part] = content_type
    return {name: parts for name, parts in found.items() if parts}


def _offsets(lines: list[str]) -> list[int]:
    """Character offset of the start of each line (1-based line numbers index it)."""
    starts = [0, 0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _span(node: ast.expr, lines: list[str], starts: list[int]) -> tuple[int, int]:
    # ast columns are UTF-8 byte offsets; the edits are made on the str.
    assert node.end_lineno is not None and node.end_col_offset is not None
    start_line = lines[node.lineno - 1].encode()
    end_line = lines[node.end_lineno - 1].encode()
    start = starts[node.lineno] + len(start_line[: node.col_offset].decode())
    end = starts[node.end_lineno] + len(end_line[: node.end_col_offset].decode())
    return start, end


def _str_fallback(content: ast.expr) -> ast.Name | None:
    """The ``str`` of ``str(value).encode()``, the generator's text serialisation."""
    if (
        isinstance(content, ast.Call)
        and isinstance(content.func, ast.Attribute)
        and content.func.attr == "encode"
        and isinstance(content.func.value, ast.Call)
        and isinstance(content.func.value.func, ast.Name)
        and content.func.value.func.id == "str"
    ):
        return content.func.value.func
    return None


def rewrite_to_multipart(source: str, class_name: str, declared: dict[str, str]) -> str:
    """``source`` (a generated model module) with ``declared`` applied to its parts.

    Expected generator form, for each part the encoding names (possibly several, one per
    branch of a union)::

        files.append(("<part>", (None, <content>, "<type>")))

    Raises MultipartEncodingError when the class, its ``to_multipart()`` or a named part is
    missing, or a named part is appended in any other form.
    """
    tree = ast.parse(source)
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name), None)
    if cls is None:
        raise MultipartEncodingError(f"{class_name}: no such class in its generated module")
    method = next(
        (n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "to_multipart"), None
    )
    if method is None:
        raise MultipartEncodingError(
            f"{class_name}: the spec declares a multipart encoding but the generated class "
            "has no to_multipart()"
        )
    # Split on "\n" only, as ast counts lines (a docstring may hold other line breaks).
    lines = source.split("\n")
    starts = _offsets(lines)
    edits: list[tuple[int, int, str, str]] = []  # (start, end, old text, new text)
    seen: set[str] = set()
    for node in ast.walk(method):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "append"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "files"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Tuple)
            and len(node.args[0].elts) == 2
        ):
            continue
        name_node, part = node.args[0].elts
        if not isinstance(name_node, ast.Constant) or name_node.value not in declared:
            continue  # a part the encoding does not name (or additional properties)
        name = str(name_node.value)
        content_type = declared[name]
        if not (
            isinstance(part, ast.Tuple)
            and len(part.elts) == 3
            and isinstance(part.elts[0], ast.Constant)
            and part.elts[0].value is None
            and isinstance(part.elts[2], ast.Constant)
            and isinstance(part.elts[2].value, str)
        ):
            raise MultipartEncodingError(
                f"{class_name}.to_multipart(): part {name!r} is appended as "
                f"{ast.unparse(part)!r}, not (None, <content>, '<type>'); the generator's "
                "output changed: update scripts/regen_lib/multipart.py"
            )
        seen.add(name)
        old = ast.get_source_segment(source, part.elts[2]) or ""
        edits.append((*_span(part.elts[2], lines, starts), old, f'"{content_type}"'))
        fallback = _str_fallback(part.elts[1])
        if fallback is not None and is_json(content_type):
            # str() of a dict is a Python repr ("{'a': 1}"), not the JSON the part declares.
            edits.append((*_span(fallback, lines, starts), "str", "json.dumps"))
    missing = sorted(set(declared) - seen)
    if missing:
        raise MultipartEncodingError(
            f"{class_name}.to_multipart() writes no part named {', '.join(map(repr, missing))}, "
            "which the spec's multipart encoding names; the generator's output or the spec "
            "changed: update scripts/regen_lib/multipart.py"
        )
    if any(new == "json.dumps" for *_, new in edits) and not any(
        isinstance(n, ast.Import) and any(a.name == "json" and a.asname is None for a in n.names)
        for n in tree.body
    ):
        raise MultipartEncodingError(f"{class_name}: its generated module no longer imports json")
    for start, end, old, new in sorted(edits, reverse=True):
        if not old or source[start:end] != old:  # a position off: never write a guess
            raise MultipartEncodingError(
                f"{class_name}.to_multipart(): cannot locate {old!r} in the generated module"
            )
        source = source[:start] + new + source[end:]
    return source


class _Part(NamedTuple):
    """One part of a generated ``to_multipart()``: its name, the attribute it serialises,
    its Content-Type, and whether the model requires the attribute."""

    name: str
    attribute: str
    content_type: str
    required: bool


def _parts(cls: ast.ClassDef, method: ast.FunctionDef) -> list[_Part]:
    """The parts ``method`` (a rewritten ``to_multipart()``) appends, in order."""
    # An attribute without a default is one the model requires (attrs' rule).
    required = {
        node.target.id
        for node in cls.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.value is None
    }
    found: dict[str, _Part] = {}
    for node in ast.walk(method):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "append"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "files"
        ):
            continue
        where = f"{cls.name}.to_multipart()"
        args = node.args[0] if len(node.args) == 1 else None
        if not (isinstance(args, ast.Tuple) and len(args.elts) == 2):
            raise MultipartEncodingError(
                f"{where}: an append regen cannot read: {ast.unparse(node)}"
            )
        name_node, part = args.elts
        if not (isinstance(name_node, ast.Constant) and isinstance(name_node.value, str)):
            # Additional properties: parts named at run time, which no signature can list.
            raise MultipartEncodingError(
                f"{where} appends a part whose name is not fixed ({ast.unparse(name_node)}); "
                f"regen cannot write {cls.name}.{ENCODER}() for it: update "
                "scripts/regen_lib/multipart.py"
            )
        name = name_node.value
        if not (
            isinstance(part, ast.Tuple)
            and len(part.elts) == 3
            and isinstance(part.elts[0], ast.Constant)
            and part.elts[0].value is None
            and isinstance(part.elts[2], ast.Constant)
            and isinstance(part.elts[2].value, str)
        ):
            raise MultipartEncodingError(
                f"{where}: part {name!r} is appended as {ast.unparse(part)!r}, not "
                "(None, <content>, '<type>'); update scripts/regen_lib/multipart.py"
            )
        attribute = next(
            (
                n.attr
                for n in ast.walk(part.elts[1])
                if isinstance(n, ast.Attribute)
                and isinstance(n.value, ast.Name)
                and n.value.id == "self"
            ),
            None,
        )
        if attribute is None:
            raise MultipartEncodingError(
                f"{where}: part {name!r} serialises no attribute of the model"
            )
        this = _Part(name, attribute, part.elts[2].value, attribute in required)
        known = found.setdefault(name, this)
        if known != this:
            # One branch of a union sends another type: no one Content-Type for the part.
            raise MultipartEncodingError(
                f"{where} writes part {name!r} as {known.content_type!r} and as "
                f"{this.content_type!r}; regen cannot write {cls.name}.{ENCODER}() for it"
            )
    return list(found.values())


def _encoder(parts: list[_Part]) -> list[str]:
    """The source lines (in a class body) of the static encoder of ``parts``."""
    signature = ", ".join(
        f"{p.attribute}: bytes" if p.required else f"{p.attribute}: bytes | None = None"
        for p in parts
    )
    described = ", ".join(f"``{p.name}`` ``{p.content_type}``" for p in parts)
    doc = textwrap.wrap(
        '"""This body as ``multipart/form-data`` from each part\'s content, already '
        "serialised: ``(body, Content-Type with its boundary)``. The parts, their order and "
        f"Content-Types are those of :meth:`to_multipart` ({described}). A part given as "
        "None is left out.",
        width=88,
        break_long_words=False,
        break_on_hyphens=False,
    )
    lines = [
        "",
        "    @staticmethod",
        f"    def {ENCODER}(*, {signature}) -> tuple[bytes, str]:",
        *(f"        {line}" for line in doc),
        "",
        "        Written by regen (scripts/regen_lib/multipart.py) from to_multipart().",
        '        """',
        "        _files: types.RequestFiles = []",
    ]
    for p in parts:
        append = f'_files.append(("{p.name}", (None, {p.attribute}, "{p.content_type}")))'
        if p.required:
            lines.append(f"        {append}")
        else:
            lines += [f"        if {p.attribute} is not None:", f"            {append}"]
    lines.append("        return _multipart.encode(_files)")
    return lines


def add_encoder(source: str, class_name: str) -> str:
    """``source`` (a generated model module whose ``to_multipart()`` has its declared types)
    with a static ``encode_multipart(...)``: the same parts, in the same order and with the
    same Content-Types, from content already serialised (one ``bytes`` keyword per part,
    named after the attribute; an optional one defaults to None, no part).

    Raises MultipartEncodingError when a part cannot be given one signature keyword and one
    Content-Type (a name known only at run time, a type that depends on a union's branch).
    """
    tree = ast.parse(source)
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name), None)
    if cls is None:
        raise MultipartEncodingError(f"{class_name}: no such class in its generated module")
    methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    method = methods.get("to_multipart")
    if method is None or method.end_lineno is None:
        raise MultipartEncodingError(f"{class_name}: the generated class has no to_multipart()")
    if ENCODER in methods:
        raise MultipartEncodingError(f"{class_name} already has a method named {ENCODER}")
    parts = _parts(cls, method)
    if not parts:
        raise MultipartEncodingError(f"{class_name}.to_multipart() writes no part")
    lines = source.split("\n")
    imports = [i for i, line in enumerate(lines) if line == _TYPES_IMPORT]
    if len(imports) != 1:
        raise MultipartEncodingError(
            f"{class_name}: its generated module no longer says {_TYPES_IMPORT!r}"
        )
    lines[method.end_lineno : method.end_lineno] = _encoder(parts)
    lines.insert(imports[0] + 1, _ENCODER_IMPORT)
    return "\n".join(lines)


ENCODER = "encode_multipart"
_TYPES_IMPORT = "from .. import types"
_ENCODER_IMPORT = "from .. import multipart as _multipart"
MODULE = "multipart.py"


def write_module(package: Path) -> None:
    """Copy the multipart encoder (``openapi/templates/multipart.py``) into ``package``:
    the generated operations and every ``encode_multipart`` use it."""
    from .source import ROOT

    template = ROOT / "openapi" / "templates" / MODULE
    (package / MODULE).write_text(template.read_text(encoding="utf-8"), encoding="utf-8")


def apply_encodings(doc: dict[str, Any], package: Path, index: dict[str, str]) -> list[str]:
    """Apply every multipart ``encoding`` of ``doc`` (what the generator was given) to the
    generated package; returns ``Model.part: type`` for each part it set, sorted.

    Each such model also gets ``encode_multipart(...)`` (:func:`add_encoder`), the body from
    parts already serialised. ``index`` maps class names to model modules
    (``postprocess.model_index``); component schemas keep their names as class names.
    """
    applied: list[str] = []
    for name, declared in sorted(declared_encodings(doc).items()):
        module = index.get(name)
        if module is None:
            raise MultipartEncodingError(
                f"{name} has a multipart encoding in the spec but no generated model"
            )
        path = package / "models" / f"{module}.py"
        text = path.read_text(encoding="utf-8")
        new = add_encoder(rewrite_to_multipart(text, name, declared), name)
        if new != text:
            path.write_text(new, encoding="utf-8")
        applied += [f"{name}.{part}: {ctype}" for part, ctype in sorted(declared.items())]
    return applied
