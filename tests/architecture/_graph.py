"""Every way a module of a package reaches another, read from the source (issue 67 item 6).

A module reaches another by:

- an ``import`` statement at any depth: at the top, inside a function or method, under
  ``if TYPE_CHECKING:`` (a type checker follows it; hiding an import there hides a cycle, it
  does not remove it);
- ``importlib.import_module(...)`` or ``__import__(...)`` with a literal name, relative ones
  resolved against the calling package; an f-string name such as
  ``f"realtime_ext.translation.{module}"`` reaches the package of its literal prefix and any
  module under it (which one is decided at run time, so each may be the one);
- a lazy table in a package's ``__init__``: the module-level dicts a ``__getattr__`` reads
  (``"Speaker": "._speakers"``, ``"asgi": (".asgi", None)``), each string that names a module.

The tests in this directory read the graph through :class:`Tree`; a :class:`Tree` is any
package directory, so the tests of the scanner build small synthetic trees.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from pathlib import Path

import realtime_ext

IMPORT = "import"
IMPORTLIB = "importlib"
DYNAMIC = "importlib, a name made at run time"  # each module the name may be
LAZY_TABLE = "lazy table"


@dataclass(frozen=True)
class Edge:
    source: str  # importing module
    target: str  # imported module
    line: int
    top_level: bool  # runs at import time (not inside a function nor under TYPE_CHECKING)
    names: tuple[str, ...] = ()  # the names a ``from target import ...`` takes
    kind: str = IMPORT  # IMPORT, IMPORTLIB, DYNAMIC or LAZY_TABLE


def is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def imports_in(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom | ast.Call, bool]]:
    """Every import statement and every call of ``import_module``/``__import__``, with
    whether it runs at import time (not inside a function nor under ``TYPE_CHECKING``)."""
    found: list[tuple[ast.Import | ast.ImportFrom | ast.Call, bool]] = []

    def visit(node: ast.AST, at_import_time: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and is_type_checking(child):
                for stmt in child.body:
                    visit(ast.Module(body=[stmt], type_ignores=[]), False)
                for stmt in child.orelse:
                    visit(ast.Module(body=[stmt], type_ignores=[]), at_import_time)
                continue
            if isinstance(child, ast.Import | ast.ImportFrom) or (
                isinstance(child, ast.Call) and is_import_call(child)
            ):
                found.append((child, at_import_time))
            function = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            visit(child, at_import_time and not function)

    visit(tree, True)
    return found


def is_import_call(call: ast.Call) -> bool:
    """``importlib.import_module(...)``, ``import_module(...)`` or ``__import__(...)``."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return name in ("import_module", "__import__") and bool(call.args)


def literal_prefix(node: ast.expr) -> tuple[str, bool] | None:
    """A name argument's literal text and whether that is all of it (an f-string's text up to
    its first replacement field is a prefix), or None when no literal text starts it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, True
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value, len(node.values) == 1
    return None


def resolve(name: str, package: str) -> str:
    """``name`` absolute, a leading-dot name taken relative to ``package``."""
    if not name.startswith("."):
        return name
    level = len(name) - len(name.lstrip("."))
    parts = package.split(".")
    base = parts[: len(parts) - (level - 1)]
    rest = name[level:]
    return ".".join([*base, *([rest] if rest else [])])


def imported_module(node: ast.ImportFrom, package: str) -> str:
    return resolve("." * node.level + (node.module or ""), package)


def table_strings(node: ast.expr) -> list[ast.Constant]:
    """The string constants among a lazy table's values (dict values, tuples in them)."""
    if isinstance(node, ast.Dict):
        return [found for value in node.values for found in table_strings(value)]
    if isinstance(node, ast.Tuple | ast.List):
        return [found for element in node.elts for found in table_strings(element)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    return []


@dataclass(frozen=True)
class Tree:
    """A package directory (``realtime_ext``, or a synthetic one in a test) and its graph."""

    root: Path

    @property
    def name(self) -> str:
        return self.root.name

    def module_name(self, path: Path) -> str:
        parts = list(path.relative_to(self.root.parent).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    def is_module(self, name: str) -> bool:
        path = self.root.parent.joinpath(*name.split("."))
        return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()

    def is_package(self, name: str) -> bool:
        return self.root.parent.joinpath(*name.split("."), "__init__.py").is_file()

    def modules_under(self, package: str) -> list[str]:
        """Every module below a package, the package itself excluded."""
        directory = self.root.parent.joinpath(*package.split("."))
        names = (self.module_name(path) for path in sorted(directory.rglob("*.py")))
        return [name for name in names if name != package]

    def paths(self) -> list[Path]:
        return sorted(self.root.rglob("*.py"))

    def edges_of(self, path: Path, text: str | None = None) -> list[Edge]:
        source = self.module_name(path)
        package = source if path.name == "__init__.py" else source.rpartition(".")[0]
        tree = parsed(path) if text is None else ast.parse(text)
        found: list[Edge] = []

        def add(target: str, line: int, top_level: bool, names: tuple[str, ...], kind: str) -> None:
            if target.split(".")[0] == self.name and target != source:
                found.append(Edge(source, target, line, top_level, names, kind))

        for node, top_level in imports_in(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    add(alias.name, node.lineno, top_level, (), IMPORT)
            elif isinstance(node, ast.ImportFrom):
                module = imported_module(node, package)
                for alias in node.names:
                    candidate = f"{module}.{alias.name}"
                    if self.is_module(candidate):
                        add(candidate, node.lineno, top_level, (), IMPORT)
                    else:
                        add(module, node.lineno, top_level, (alias.name,), IMPORT)
            else:
                for target, kind in self.call_targets(node, package):
                    add(target, node.lineno, top_level, (), kind)
        if path.name == "__init__.py":
            for target, line in self.lazy_table_targets(tree, package):
                add(target, line, False, (), LAZY_TABLE)
        return found

    def call_targets(self, call: ast.Call, package: str) -> list[tuple[str, str]]:
        literal = literal_prefix(call.args[0])
        if literal is None:
            return []  # a name from a variable: the lazy table it comes from is read instead
        text, whole = literal
        name = resolve(text, package) if text.startswith(".") else text
        if whole:
            return [(name, IMPORTLIB)]
        # f"realtime_ext.translation.{module}": the package, and any module under it.
        prefix = name.rstrip(".") if name.endswith(".") else name.rpartition(".")[0]
        if not prefix:
            return []
        under = self.modules_under(prefix) if self.is_package(prefix) else []
        return [(prefix, IMPORTLIB), *((module, DYNAMIC) for module in under)]

    def lazy_table_targets(self, tree: ast.Module, package: str) -> list[tuple[str, int]]:
        """The modules named by the module-level dicts of a package's ``__init__``."""
        found: list[tuple[str, int]] = []
        for stmt in tree.body:
            value = stmt.value if isinstance(stmt, ast.Assign | ast.AnnAssign) else None
            if not isinstance(value, ast.Dict):
                continue
            for constant in table_strings(value):
                text = str(constant.value)
                if not (text.startswith(".") or text.startswith(f"{self.name}.")):
                    continue
                target = resolve(text, package)
                if self.is_module(target):
                    found.append((target, constant.lineno))
        return found

    @functools.cache  # noqa: B019  # one Tree per directory, kept for the test process
    def all_edges(self) -> tuple[Edge, ...]:
        """Every edge of the package, read once per test process (the source does not change
        during a run, and six tests walk the same graph)."""
        return tuple(edge for path in self.paths() for edge in self.edges_of(path))

    def subpackage(self, module: str) -> str:
        """The first level under the root: a subpackage, or a root module."""
        parts = module.split(".")
        return parts[1] if len(parts) > 1 else self.name


@functools.cache
def parsed(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once per test process (read, never changed)."""
    return ast.parse(path.read_text(encoding="utf-8"))


PACKAGE = Path(realtime_ext.__file__).parent
REALTIME_EXT = Tree(PACKAGE)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def private_module(target: str) -> bool:
    """Whether ``target`` is private to a subpackage (a ``_name`` below the first level)."""
    parts = target.split(".")[2:]
    return any(part.startswith("_") and not part.startswith("__") for part in parts)


# The distributions this repository builds from realtime_ext (issue 67 item 1), by
# subpackage; a module at the root (the clients, _exceptions, _transport...) is the core's.
CORE = "core"
VOICE_AGENT = "voice-agent"
ENDPOINTS = "endpoints"
TEST_DOUBLES = "test doubles"
DISTRIBUTIONS: dict[str, tuple[str, ...]] = {
    CORE: (
        "_base",
        "_live",
        "_translation",
        "_resources",
        "events",
        "session",
        "sdp",
        "webhooks",
        "connection",
        "conversation",
    ),
    VOICE_AGENT: ("voice", "audio", "tools", "translation", "webrtc", "telemetry"),
    ENDPOINTS: ("asgi", "telephony"),
    TEST_DOUBLES: ("testing", "cli", "examples"),
}
# Which distributions each may import (the public names of): the order they install in.
DEPENDS: dict[str, frozenset[str]] = {
    CORE: frozenset(),
    VOICE_AGENT: frozenset({CORE}),
    ENDPOINTS: frozenset({CORE, VOICE_AGENT}),
    TEST_DOUBLES: frozenset({CORE, VOICE_AGENT, ENDPOINTS}),
}


def distribution(module: str, tree: Tree = REALTIME_EXT) -> str:
    """The distribution a module ships in; a subpackage missing from the map is an error."""
    sub = tree.subpackage(module)
    for name, subpackages in DISTRIBUTIONS.items():
        if sub in subpackages:
            return name
    if tree.is_package(f"{tree.name}.{sub}"):
        raise LookupError(f"{tree.name}.{sub} is in no distribution: add it to DISTRIBUTIONS")
    return CORE  # the root package and its modules
