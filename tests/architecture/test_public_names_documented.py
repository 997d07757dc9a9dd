"""Every name in a public ``__all__`` is documented public API (issue 67 item 4).

A public module (no leading underscore anywhere in its dotted name) lists in ``__all__`` the
names users call. Each must be documented where users read: the API reference renders the
module (``::: module`` in ``docs/reference``, its ``members:`` including the name) and the
name is described there (a class or function with its own docstring, which the reference
shows), or the name is written in the reference pages' or the guides' text, or in its
module's docstring. A private helper, plumbing type or test hook fails: nobody documented it
for users. ``realtime_ext.examples`` and ``realtime_ext.cli`` are programs, not names to
import (as in test_public_surface.py).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import realtime_ext
from tests.architecture.test_public_surface import public_modules

ROOT = Path(__file__).resolve().parents[2]
# Modules whose names are documented as a listing elsewhere, and where.
LISTED: dict[str, str] = {
    "realtime_ext.types": (
        "openai's Realtime type names, each the generated model (or union) the spec "
        "describes: openapi/openai_names.toml, rendered by docs/reference/types.md"
    ),
}
DIRECTIVE = re.compile(r"^::: (?P<module>[\w.]+)\n(?P<options>(?:[ \t]+.*\n)*)", re.MULTILINE)


@cache
def reference_text() -> str:
    return "\n".join(
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs/reference").glob("*.md"))
    )


@cache
def prose() -> str:
    """The reference pages' and the guides' text (the directives left out)."""
    guides = (
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs/guides").glob("*.md"))
    )
    return "\n".join([DIRECTIVE.sub("", reference_text()), *guides])


def rendered(module: str, name: str, reference: str) -> bool:
    """Whether a reference page renders ``name`` of ``module`` (mkdocstrings renders a
    module's ``__all__`` unless ``members:`` narrows it)."""
    for match in DIRECTIVE.finditer(reference):
        if match["module"] == f"{module}.{name}":
            return True
        if match["module"] != module:
            continue
        members = re.search(r"members:\s*\[(?P<names>[^\]]*)\]", match["options"])
        if members is None or name in re.findall(r"\w+", members["names"]):
            return True
    return False


@cache
def attribute_docstrings() -> frozenset[str]:
    """The names assigned with a docstring under them (``ClaimState = Literal[...]`` then
    ``\"\"\"What Store.claim found...\"\"\"``), in any module: the reference shows those."""
    found: set[str] = set()
    for path in Path(realtime_ext.__file__).parent.rglob("*.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        for stmt, after in itertools.pairwise(body):
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else None
            if isinstance(stmt, ast.AnnAssign):
                target = stmt.target
            documented = isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
            if isinstance(target, ast.Name) and documented:
                found.add(target.id)
    return frozenset(found)


def described(module: ModuleType, name: str, text: str) -> bool:
    if module.__name__ in LISTED or name in attribute_docstrings():
        return True
    value = getattr(module, name)
    if (inspect.isclass(value) or inspect.isroutine(value)) and (
        (value.__dict__.get("__doc__") if inspect.isclass(value) else value.__doc__) or ""
    ).strip():
        return True
    written = re.compile(rf"\b{re.escape(name)}\b")
    return bool(written.search(text) or written.search(module.__doc__ or ""))


def undocumented(module_name: str, reference: str, text: str) -> list[str]:
    module = importlib.import_module(module_name)
    missing: list[str] = []
    for name in getattr(module, "__all__", ()):
        if name.startswith("_"):
            missing.append(f"{module_name}.{name} (a private name)")
        elif not described(module, name, text):
            missing.append(f"{module_name}.{name} (described nowhere)")
        elif not (rendered(module_name, name, reference) or re.search(rf"`[^`]*\b{name}\b", text)):
            missing.append(f"{module_name}.{name} (in no reference page or guide)")
    return missing


def test_every_name_in_a_public_all_is_documented() -> None:
    missing = [
        found
        for module in public_modules()
        for found in undocumented(module, reference_text(), prose())
    ]
    assert missing == [], "document the name for users, or take it out of __all__"


def test_the_check_can_fail() -> None:
    module = ModuleType("realtime_ext.probe", "A probe.")

    def helper() -> None:
        pass

    def offered() -> None:
        """Documented."""

    module.helper = helper  # type: ignore[attr-defined]
    module.offered = offered  # type: ignore[attr-defined]
    module._hook = offered  # type: ignore[attr-defined]
    module.__all__ = ["helper", "offered", "_hook"]  # type: ignore[attr-defined]

    sys.modules["realtime_ext.probe"] = module
    try:
        reference = "::: realtime_ext.probe\n    options:\n      members: [offered]\n"
        assert undocumented("realtime_ext.probe", reference, "") == [
            "realtime_ext.probe.helper (described nowhere)",
            "realtime_ext.probe._hook (a private name)",
        ]
        assert undocumented("realtime_ext.probe", "", "`helper()` does it") == [
            "realtime_ext.probe.offered (in no reference page or guide)",
            "realtime_ext.probe._hook (a private name)",
        ]
    finally:
        del sys.modules["realtime_ext.probe"]
