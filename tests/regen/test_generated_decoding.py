"""The generated decoders are fast by construction, and their shortcuts are sound.

* no ``from_dict`` defines a helper function (a closure rebuilt on every call, and on every
  element of a list of unions): the union helpers are module-level (model.py.jinja);
* ``from_dict`` imports nothing per call: lazily imported models are bound once;
* a union helper skips a member only on a key whose value that member's ``from_dict`` would
  refuse anyway: a required field holding a closed one-value enum (union_property.py.jinja).

(tests/events/test_fast_decode.py checks the generated event constructors.)
"""

from __future__ import annotations

import ast
import enum
import importlib
import re
from pathlib import Path

import attrs

import realtime_generated
from realtime_generated import models

MODELS = Path(realtime_generated.__file__).parent / "models"
_CHECKED = re.compile(
    r"if isinstance\(data, dict\) and ((?:data\.get\(\"[^\"]+\"\) == \"[^\"]*\"(?: and )?)+):\n"
    # (a union with the catch-all member decodes a matching member without the try)
    r"(?:\s+#[^\n]*\n)?(?:\s+try:\n)?\s+\w+ = \(?\s*(\w+)\.from_dict\("
)
_PAIR = re.compile(r"data\.get\(\"([^\"]+)\"\) == \"([^\"]*)\"")


def _from_dicts(tree: ast.Module) -> list[ast.FunctionDef]:
    return [
        node
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for node in cls.body
        if isinstance(node, ast.FunctionDef) and node.name == "from_dict"
    ]


def test_no_from_dict_defines_a_function_or_imports_per_call() -> None:
    offenders = []
    for path in sorted(MODELS.glob("*.py")):
        for function in _from_dicts(ast.parse(path.read_text(encoding="utf-8"))):
            for node in (n for statement in function.body for n in ast.walk(statement)):
                if isinstance(node, ast.FunctionDef | ast.Lambda | ast.ImportFrom | ast.Import):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders[:10]


def test_union_shortcuts_only_test_closed_one_value_required_fields() -> None:
    checked = 0
    for path in sorted(MODELS.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for conditions, member_name in _CHECKED.findall(text):
            member = getattr(models, member_name)
            fields = {f.name.rstrip("_"): f for f in attrs.fields(member)}
            for key, value in _PAIR.findall(conditions):
                field = fields[key]
                assert field.default is attrs.NOTHING, (path.name, member_name, key)
                hint = re.sub(r"\s*\|\s*Literal\[[^\]]*\]$", "", field.type)
                enum_cls = getattr(
                    importlib.import_module(member.__module__), hint, None
                ) or getattr(models, hint)
                assert issubclass(enum_cls, enum.Enum)
                assert [m.value for m in enum_cls] == [value], (member_name, key)
                try:
                    enum_cls("\x00 not a value \x00")
                except ValueError:
                    pass
                else:  # an open enum would accept other values: not a discriminator
                    raise AssertionError(f"{member_name}.{key} is an open enum")
                checked += 1
    assert checked >= 100
