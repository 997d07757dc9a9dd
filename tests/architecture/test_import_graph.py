"""The import graph of realtime_ext stays a layered tree (issue 24 item 3).

Read from the source (every ``import`` statement, those inside functions included, those under
``if TYPE_CHECKING:`` left out since they never run):

- no cycle between subpackages (``session`` -> ``tools`` -> ``session`` ...), counting imports
  inside functions: a lazy import hides a cycle, it does not remove it;
- no cycle between modules at import time (module-level imports);
- no module imports another subpackage's private module (``realtime_ext.voice._history`` from
  ``realtime_ext.connection``): a subpackage's surface is its ``__init__`` and its public
  modules. The root's private modules (``realtime_ext._exceptions``, ``_redact``, ``_clock``...)
  are the shared base every subpackage may use. The exceptions left are listed in ALLOWED
  with the reason each is needed.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import realtime_ext

PACKAGE = Path(realtime_ext.__file__).parent
ROOT_NAME = "realtime_ext"

# (importing subpackage, imported private module) -> why it is needed.
ALLOWED: dict[tuple[str, str], str] = {
    ("connection", "realtime_ext.conversation._reconnect"): (
        "connect()'s reconnect keywords build the core's Reconnector with its hook types and "
        "default; connection is the conversation core over a WebSocket"
    ),
    ("connection", "realtime_ext.voice._extension"): (
        "conn.voice: the Voice extension a connection builds and attaches is voice's plumbing, "
        "not public API (users reach it as conn.voice)"
    ),
    ("connection", "realtime_ext.voice._history"): "the default of connect(max_audio_bytes=)",
    ("webrtc", "realtime_ext.voice._extension"): "call.voice, as conn.voice on a connection",
    ("webrtc", "realtime_ext.resources._shared"): (
        "the REST body coercion a WebRTC call's POST /realtime/calls shares with calls.create"
    ),
    ("conversation", "realtime_ext.events._sends"): (
        "the typed send namespaces (conn.response.create ...) are built next to the event "
        "classes they validate against; the conversation mounts them"
    ),
    ("conversation", "realtime_ext.tools._output"): (
        "the tool loop answers a failed tool with the tool layer's own error output event"
    ),
    ("voice", "realtime_ext.audio._formats"): (
        "output_format_of (the session's output format) is voice's, not a user's, concern"
    ),
    ("voice", "realtime_ext.audio._time"): "the audio clock voice measures playback with",
    ("cli", "realtime_ext.resources._shared"): (
        "--session goes through the REST calls' own session coercion (session_body), so the CLI "
        "refuses exactly what client_secrets.create refuses"
    ),
    ("resources", "realtime_ext.sdp._validate"): (
        "calls.create's one-pass offer check (validate_offer's checks without building the "
        "parsed model) is a sending detail, not SDP API"
    ),
    ("webrtc", "realtime_ext.audio._wav"): (
        "audio_in WAV files go through the one WAV reader that checks the header (rate, "
        "width, channels) before any audio is framed"
    ),
    ("testing", "realtime_ext.webrtc._ice"): (
        "the loopback ICE opt-in fills the WebRTC code's gathering hook"
    ),
}


@dataclass(frozen=True)
class Edge:
    source: str  # importing module
    target: str  # imported module
    line: int
    top_level: bool  # runs at import time (not inside a function)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def type_checking_nodes(tree: ast.AST) -> set[int]:
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden.update(id(sub) for stmt in node.body for sub in ast.walk(stmt))
    return hidden


def edges_of(path: Path) -> list[Edge]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden = type_checking_nodes(tree)
    top = {id(node) for node in tree.body} | {
        id(sub)
        for node in tree.body
        if isinstance(node, ast.If | ast.Try)
        for sub in ast.walk(node)
        if not isinstance(sub, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    found: list[Edge] = []
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                targets.append(candidate if is_module(candidate) else module)
        for target in targets:
            if target.split(".")[0] == ROOT_NAME and target != source:
                found.append(Edge(source, target, node.lineno, id(node) in top))
    return found


def all_edges() -> list[Edge]:
    return [edge for path in sorted(PACKAGE.rglob("*.py")) for edge in edges_of(path)]


def subpackage(module: str) -> str:
    """The first level under realtime_ext: a subpackage, or a root module."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT_NAME


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
            component = []
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


def test_no_cycle_between_subpackages() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in all_edges():
        a, b = subpackage(edge.source), subpackage(edge.target)
        if a != b and ROOT_NAME not in (a, b):
            graph[a].add(b)
    assert cycles(graph) == []


def test_no_cycle_between_modules_at_import_time() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in all_edges():
        if edge.top_level:
            graph[edge.source].add(edge.target)
    assert cycles(graph) == []


def test_no_import_of_another_subpackages_private_module() -> None:
    found = set()
    for edge in all_edges():
        src = subpackage(edge.source)
        if src != subpackage(edge.target) and private_module(edge.target):
            found.add((src, edge.target))
    unexpected = sorted(found - set(ALLOWED))
    assert unexpected == [], "import from the subpackage's __init__ (or allow it with a reason)"
    assert sorted(set(ALLOWED) - found) == [], "ALLOWED lists an import that is gone"


def test_the_checks_can_fail() -> None:
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    assert private_module("realtime_ext.voice._history")
    assert not private_module("realtime_ext.testing.__main__")
    assert not private_module("realtime_ext._exceptions")
