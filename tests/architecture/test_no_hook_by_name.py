"""No package finds a hook of another by name (issue 80 item 3).

A hook found by name (``getattr(tracker, "on_output", None)``, ``hasattr(telemetry,
"requests")``) is an interface nobody declared: a type checker cannot see it, renaming the
method breaks the caller silently, and a reader cannot tell who implements it. A package
calls another through a declared interface instead: a Protocol (``audio.OutputObserver``,
``realtime_ext.Instrumentation``) or a base class with a default (``Extension``).

What the scan can tell from the source alone, soundly: a ``getattr``/``hasattr`` with a
literal name, in one package, of a method or property that only classes of *other* packages
of realtime_ext declare (a ``def`` in a class body), and that is no field of a generated
model (``to_dict``, ``type_``: reading an event's optional field is no hook). What it
cannot tell without the types is a lookup, by a package, of a name its own classes also
declare made on an object of another package; mypy and pyright (strict) see those wherever
the object is typed, which is why the fixes are typed interfaces.
"""

from __future__ import annotations

import ast
import functools
import re
from collections import defaultdict
from pathlib import Path

import realtime_generated
from tests.architecture._graph import REALTIME_EXT, Tree, parsed

GENERATED_MODELS = Path(realtime_generated.__file__).parent / "models"


def package_of(tree: Tree, path: Path) -> str:
    return tree.subpackage(tree.module_name(path))


def declared_members(tree: Tree) -> dict[str, set[str]]:
    """Method and property name -> the packages whose classes declare it (``def`` in a
    class body)."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in tree.paths():
        for node in ast.walk(parsed(path) if tree is REALTIME_EXT else ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                        found[stmt.name].add(package_of(tree, path))
    return found


@functools.cache
def generated_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in GENERATED_MODELS.glob("*.py"))


def generated_field(name: str) -> bool:
    """Whether a generated model declares ``name`` (a field, or a method such as to_dict)."""
    declared = re.compile(rf"^\s+(?:def )?{re.escape(name)}\b", re.MULTILINE)
    return declared.search(generated_text()) is not None


def hooks_by_name(tree: Tree = REALTIME_EXT) -> list[str]:
    members = declared_members(tree)
    candidates: list[tuple[str, str]] = []
    for path in tree.paths():
        source = parsed(path) if tree is REALTIME_EXT else ast.parse(path.read_text())
        here = package_of(tree, path)
        for node in ast.walk(source):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "hasattr")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                continue
            name = node.args[1].value
            owners = members.get(name, set())
            if name.startswith("__") or not owners or here in owners:
                continue
            where = f"{tree.module_name(path)}:{node.lineno} {ast.unparse(node)}"
            candidates.append((where, name))
    # Read the generated models only when something is left to tell apart (never, when clean).
    return sorted(where for where, name in candidates if not generated_field(name))


def test_no_package_finds_a_hook_of_another_by_name() -> None:
    assert hooks_by_name() == [], "declare the interface (a Protocol, a base class method)"


def test_the_scan_finds_the_hooks_it_replaced(tmp_path: Path) -> None:
    """audio's speaker asked voice's tracker for ``on_output`` and ``on_interrupted`` by
    name before issue 80; reading an event's ``to_dict`` or one's own hook is no finding."""
    package = tmp_path / "realtime_ext"
    files = {
        "__init__.py": "",
        "voice/__init__.py": "",
        "voice/_tracker.py": (
            "class PlaybackTracker:\n"
            "    def on_output(self, item_id, index, data): ...\n"
            "    def on_interrupted(self): ...\n"
            "    def to_dict(self): ...\n"
        ),
        "audio/__init__.py": "",
        "audio/_speakers.py": (
            "class BaseSpeaker:\n"
            "    def write(self, data):\n"
            "        handed = getattr(self.tracker, 'on_output', None)\n"
            "        stopped = hasattr(self.tracker, 'on_interrupted')\n"
            "        body = getattr(data, 'to_dict', None)\n"
            "        own = getattr(self, 'write')\n"
        ),
    }
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    found = hooks_by_name(Tree(package))
    assert found == [
        "realtime_ext.audio._speakers:3 getattr(self.tracker, 'on_output', None)",
        "realtime_ext.audio._speakers:4 hasattr(self.tracker, 'on_interrupted')",
    ]
