"""The import graph of realtime_ext stays a layered tree, and each distribution keeps to its
own (issue 24 item 3; issue 67 item 6).

Every way a module reaches another counts (``tests/architecture/_graph.py``): import
statements at any depth (inside functions, under ``if TYPE_CHECKING:``: a type checker
follows those, and hiding an import hides a cycle, it does not remove it),
``importlib.import_module``/``__import__`` with a literal name, and the lazy tables an
``__init__``'s ``__getattr__`` reads. On that graph:

- no cycle between subpackages, and none between modules;
- the core distribution imports no other distribution, and each distribution imports only
  those it is installed with (DEPENDS);
- no module imports another subpackage's private module (``realtime_ext.voice._history``
  from ``realtime_ext.connection``): a subpackage's surface is its ``__init__`` and its
  public modules;
- no module of one distribution imports anything private of another (issue 80 item 3): a
  name with a leading underscore anywhere below the root (the root's ``_exceptions``,
  ``_redact``, ``_client_async``..., the private ``_resources`` package) is the core's own.
  The other distributions use the core's public names (``realtime_ext.InvalidArgumentError``,
  ``realtime_ext.AsyncLive``, ``realtime_ext.validation.check_live_session``...) and the one
  interface it provides them, ``realtime_ext.provider``. No exception is allowed, and no
  edge is left out of any check;
- no shim: a module whose body is only imports (and ``__all__``), re-exporting names that
  live elsewhere "for old imports". A package's ``__init__`` is its surface, and a public
  module may gather its own subpackage's private modules; any other module holds code.
"""

from __future__ import annotations

import ast
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from tests.architecture._graph import (
    DEPENDS,
    DISTRIBUTIONS,
    DYNAMIC,
    IMPORTLIB,
    LAZY_TABLE,
    PACKAGE,
    REALTIME_EXT,
    Edge,
    Tree,
    cycles,
    distribution,
    imported_module,
    is_type_checking,
    parsed,
    private_module,
)


def distribution_private(target: str) -> bool:
    """Private to its distribution: a leading underscore anywhere below the root
    (``realtime_ext._redact``, ``realtime_ext._resources.live``, ``...voice._history``)."""
    parts = target.split(".")[1:]
    return any(part.startswith("_") and not part.startswith("__") for part in parts)


def shim_reason(path: Path, text: str | None = None) -> str | None:
    """Why the module is a shim (only imports and ``__all__``), or None if it holds code."""
    if path.name in ("__init__.py", "__main__.py"):
        return None
    tree = parsed(path) if text is None else ast.parse(text)
    body = list(tree.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    imported: list[str] = []
    for stmt in body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__":
            continue
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            imported.append(
                imported_module(stmt, REALTIME_EXT.module_name(path).rpartition(".")[0])
                if isinstance(stmt, ast.ImportFrom)
                else stmt.names[0].name
            )
            continue
        if isinstance(stmt, ast.If) and is_type_checking(stmt):
            continue
        targets = stmt.targets if isinstance(stmt, ast.Assign) else []
        if isinstance(stmt, ast.AnnAssign):
            targets = [stmt.target]
        if targets and all(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            continue
        return None  # real code
    if not imported:
        return None
    own = REALTIME_EXT.module_name(path).rpartition(".")[0]
    public = not path.stem.startswith("_")
    if public and own != REALTIME_EXT.name and all(m.startswith(f"{own}._") for m in imported):
        return None  # a public module gathering its own subpackage's private modules
    return f"only re-exports names from {', '.join(sorted(set(imported)))}"


@functools.cache
def public_names(package: str) -> frozenset[str]:
    """The names a package's ``__init__`` lists in ``__all__`` (read from the source)."""
    init = PACKAGE.parent.joinpath(*package.split("."), "__init__.py")
    if not init.is_file():
        return frozenset()
    for stmt in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets
        ):
            value = ast.literal_eval(stmt.value)
            return frozenset(str(name) for name in value)
    return frozenset()


def subpackage_cycles(edges: Iterable[Edge], tree: Tree = REALTIME_EXT) -> list[list[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        a, b = tree.subpackage(edge.source), tree.subpackage(edge.target)
        if a != b and tree.name not in (a, b):
            graph[a].add(b)
    return cycles(graph)


def module_cycles(edges: Iterable[Edge]) -> list[list[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        graph[edge.source].add(edge.target)
    return cycles(graph)


def distribution_breaches(edges: Iterable[Edge], tree: Tree = REALTIME_EXT) -> list[str]:
    """Edges from one distribution to another it is not installed with."""
    return sorted(
        {
            f"{edge.source}:{edge.line} {edge.target} ({source} -> {target})"
            for edge in edges
            if (source := distribution(edge.source, tree))
            != (target := distribution(edge.target, tree))
            and target not in DEPENDS[source]
        }
    )


def private_crossings(edges: Iterable[Edge], tree: Tree = REALTIME_EXT) -> set[tuple[str, str]]:
    """(importing subpackage, another subpackage's private module) pairs, and (a subpackage
    of one distribution, anything private of another distribution) pairs.

    A name made at run time (``f"realtime_ext._resources.{module}"``) may be any module of
    its package: the cycle and distribution checks count each, this one cannot say which
    the name is, so it counts the package alone.
    """
    return {
        (tree.subpackage(edge.source), edge.target)
        for edge in edges
        if edge.kind != DYNAMIC
        and tree.subpackage(edge.source) != tree.subpackage(edge.target)
        and (
            private_module(edge.target)
            or (
                distribution(edge.source, tree) != distribution(edge.target, tree)
                and distribution_private(edge.target)
            )
        )
    }


def test_no_cycle_between_subpackages() -> None:
    assert subpackage_cycles(REALTIME_EXT.all_edges()) == []


def test_no_cycle_between_modules() -> None:
    """Imports inside functions count: a lazy import hides a cycle, it does not remove it."""
    assert module_cycles(REALTIME_EXT.all_edges()) == []


def test_every_subpackage_is_in_one_distribution() -> None:
    subpackages = sorted(path.parent.name for path in PACKAGE.glob("*/__init__.py"))
    listed = [sub for subs in DISTRIBUTIONS.values() for sub in subs]
    assert sorted(listed) == subpackages, "each subpackage ships in exactly one distribution"


def test_the_core_imports_no_other_distribution() -> None:
    """And each distribution imports only those it is installed with (DEPENDS)."""
    assert distribution_breaches(REALTIME_EXT.all_edges()) == []


def test_no_shim_module() -> None:
    shims = {
        str(path.relative_to(PACKAGE.parent)): reason
        for path in REALTIME_EXT.paths()
        if (reason := shim_reason(path)) is not None
    }
    assert shims == {}, "import from where the names live (realtime_ext._exceptions ...)"


def test_no_import_of_another_subpackages_private_module() -> None:
    found = sorted(private_crossings(REALTIME_EXT.all_edges()))
    assert found == [], "import the name from the subpackage's __init__ (its __all__)"


def synthetic(root: Path, files: dict[str, str]) -> Tree:
    """A small package tree named realtime_ext under ``root``, from path -> source."""
    package = root / "realtime_ext"
    for name, text in {"__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / "__init__.py").touch()
        path.write_text(text, encoding="utf-8")
    return Tree(package)


def test_every_kind_of_reach_is_an_edge(tmp_path: Path) -> None:
    tree = synthetic(
        tmp_path,
        {
            "conversation/_core.py": (
                "import importlib\n"
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from realtime_ext.sdp._model import Sdp\n"
                "def later():\n    from ..events import _parse\n"
                "def loaded():\n"
                "    importlib.import_module('realtime_ext.session._ga')\n"
                "    importlib.import_module('._shared', __name__)\n"
                "    __import__('realtime_ext.webhooks')\n"
                "def made(module):\n"
                "    return importlib.import_module(f'realtime_ext.tools.{module}')\n"
            ),
            "conversation/_shared.py": "",
            "sdp/_model.py": "",
            "events/_parse.py": "",
            "session/_ga.py": "",
            "webhooks/__init__.py": "",
            "tools/_registry.py": "",
            "voice/__init__.py": (
                "_LAZY = {'History': '._history', 'asgi': ('realtime_ext.asgi', None)}\n"
                "NOT_A_MODULE = {'x': '.missing'}\n"
            ),
            "voice/_history.py": "",
            "asgi/__init__.py": "",
        },
    )
    found = {
        (edge.source, edge.target, edge.top_level, edge.kind)
        for path in tree.paths()
        for edge in tree.edges_of(path)
    }
    core = "realtime_ext.conversation._core"
    assert found == {
        (core, "realtime_ext.sdp._model", False, "import"),
        (core, "realtime_ext.events._parse", False, "import"),
        (core, "realtime_ext.session._ga", False, IMPORTLIB),
        (core, "realtime_ext.conversation._shared", False, IMPORTLIB),
        (core, "realtime_ext.webhooks", False, IMPORTLIB),
        (core, "realtime_ext.tools", False, IMPORTLIB),
        (core, "realtime_ext.tools._registry", False, DYNAMIC),
        ("realtime_ext.voice", "realtime_ext.voice._history", False, LAZY_TABLE),
        ("realtime_ext.voice", "realtime_ext.asgi", False, LAZY_TABLE),
    }


def test_a_circle_through_importlib_or_a_lazy_table_is_a_cycle(tmp_path: Path) -> None:
    """The shape translation had before it moved into the core: the client loads
    translation's client by importlib from a name it makes, translation's client imports the
    client; and a root lazy table naming a package whose module imports the root's client."""
    tree = synthetic(
        tmp_path,
        {
            "_client.py": (
                "import importlib\n"
                "def translations(module):\n"
                "    return importlib.import_module(f'realtime_ext.translation.{module}')\n"
            ),
            "translation/_client_async.py": "from realtime_ext._client import ClientBase\n",
        },
    )
    assert module_cycles(tree.all_edges()) == [
        ["realtime_ext._client", "realtime_ext.translation._client_async"]
    ]
    lazy = synthetic(
        tmp_path / "lazy",
        {
            "__init__.py": "_LAZY = {'testing': ('.testing', None)}\n",
            "testing/__init__.py": "from realtime_ext import RealtimeClient\n",
        },
    )
    assert module_cycles(lazy.all_edges()) == [["realtime_ext", "realtime_ext.testing"]]


def test_the_distribution_rules_can_fail(tmp_path: Path) -> None:
    tree = synthetic(
        tmp_path,
        {
            "connection/_async.py": "from realtime_ext.voice import AsyncVoice\n",
            "voice/__init__.py": "from ._history import History\n",
            "voice/_history.py": "",
            "audio/__init__.py": "def f():\n    from realtime_ext.testing import FakeSpeaker\n",
            "testing/__init__.py": "from realtime_ext.audio._speakers import BaseSpeaker\n",
            "audio/_speakers.py": "",
        },
    )
    edges = tree.all_edges()
    assert distribution_breaches(edges, tree) == [
        "realtime_ext.audio:2 realtime_ext.testing (voice-agent -> test doubles)",
        "realtime_ext.connection._async:1 realtime_ext.voice (core -> voice-agent)",
    ]
    assert private_crossings(edges, tree) == {("testing", "realtime_ext.audio._speakers")}
    assert subpackage_cycles(edges, tree) == [["audio", "testing"]]
    with pytest.raises(LookupError, match=r"realtime_ext\.extra is in no distribution"):
        distribution("realtime_ext.extra._x", synthetic(tmp_path / "x", {"extra/_x.py": ""}))


def test_a_private_crossing_is_found_whichever_way_it_is_reached(tmp_path: Path) -> None:
    """With no exception left, each kind of reach into another subpackage's private module
    fails the check: an import in a function, under TYPE_CHECKING, an importlib load of a
    literal name, and an ``__init__``'s lazy table (what its ``__getattr__`` loads)."""
    tree = synthetic(
        tmp_path,
        {
            "connection/_a.py": (
                "def f():\n    from realtime_ext.conversation._reconnect import R\n"
            ),
            "connection/_b.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from realtime_ext.conversation._carry import Carry\n"
            ),
            "webrtc/_c.py": (
                "import importlib\n"
                "def g():\n    importlib.import_module('realtime_ext.telemetry._options')\n"
            ),
            "testing/__init__.py": "_LAZY = {'hook': ('realtime_ext.webrtc._ice', 'hook')}\n",
            "conversation/_reconnect.py": "",
            "conversation/_carry.py": "",
            "telemetry/_options.py": "",
            "webrtc/_ice.py": "",
        },
    )
    assert private_crossings(tree.all_edges(), tree) == {
        ("connection", "realtime_ext.conversation._reconnect"),
        ("connection", "realtime_ext.conversation._carry"),
        ("webrtc", "realtime_ext.telemetry._options"),
        ("testing", "realtime_ext.webrtc._ice"),
    }


def test_another_distribution_reaches_nothing_private_of_the_core(tmp_path: Path) -> None:
    """What let 13 imports into ``_resources`` and 234 into the root's private modules pass
    before issue 80: a private package's modules have public names, and the root's private
    modules were a base every distribution might use. The core's own modules still use them."""
    tree = synthetic(
        tmp_path,
        {
            "_redact.py": "",
            "_route.py": "",
            "provider.py": "",
            "_resources/live.py": "",
            "webrtc/_live_async.py": (
                "from realtime_ext._resources.live import create_wire\n"
                "from realtime_ext.provider import redact\n"
                "from realtime_ext import InvalidArgumentError\n"
            ),
            "asgi/_token.py": "from .._redact import get_logger\n",
            "testing/_clock.py": "def f():\n    from realtime_ext._route import Route\n",
            "connection/_url.py": "from realtime_ext._route import Route\n",
            "_client_async.py": "from ._resources.live import AsyncLive\n",
        },
    )
    assert private_crossings(tree.all_edges(), tree) == {
        ("webrtc", "realtime_ext._resources.live"),
        ("asgi", "realtime_ext._redact"),
        ("testing", "realtime_ext._route"),
    }


def test_the_checks_can_fail() -> None:
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    assert private_module("realtime_ext.voice._history")
    assert not private_module("realtime_ext.testing.__main__")
    assert not private_module("realtime_ext._exceptions")
    assert distribution_private("realtime_ext._client_async")
    assert distribution_private("realtime_ext._exceptions")  # no base is exempt
    assert distribution_private("realtime_ext._resources.live")  # a private package's module
    assert distribution_private("realtime_ext.voice._history")
    assert not distribution_private("realtime_ext.provider")
    assert not distribution_private("realtime_ext.testing.__main__")

    lazy = "def f():\n    from ._b import x\n\nif TYPE_CHECKING:\n    from ._c import y\n"
    edges = REALTIME_EXT.edges_of(PACKAGE / "sdp" / "_a.py", lazy)
    assert [(e.target, e.top_level, e.names) for e in edges] == [
        ("realtime_ext.sdp._b", False, ("x",)),
        ("realtime_ext.sdp._c", False, ("y",)),
    ]

    shim = '"""Kept importable."""\nfrom .._exceptions import A as A\n__all__ = ["A"]\n'
    assert shim_reason(PACKAGE / "sdp" / "_old.py", shim) == (
        "only re-exports names from realtime_ext._exceptions"
    )
    assert shim_reason(PACKAGE / "sdp" / "_old.py", shim + "X = 1\n") is None
    assert shim_reason(PACKAGE / "sdp" / "__init__.py", shim) is None
    surface = "from ._a import x\n__all__ = ['x']\n"
    assert shim_reason(PACKAGE / "sdp" / "gathered.py", surface) is None
    assert shim_reason(PACKAGE / "sdp" / "_gathered.py", surface) is not None


FEATURES_ABOVE_THE_CORE = ("telemetry", "voice")
"""Features the factories attach to a conversation as extensions (issue 57 item 4)."""


def core_imports_of_features(edges: Sequence[Edge]) -> list[str]:
    """The imports (any kind) from the conversation core (its base and its kinds) of a
    feature above it."""
    return sorted(
        {
            f"{edge.source}:{edge.line} {edge.target}"
            for edge in edges
            if REALTIME_EXT.subpackage(edge.source) in ("_base", "conversation")
            and REALTIME_EXT.subpackage(edge.target) in FEATURES_ABOVE_THE_CORE
        }
    )


def test_the_conversation_core_knows_neither_voice_nor_telemetry() -> None:
    """Voice and telemetry are composed from above: the core imports neither, not even
    under TYPE_CHECKING or inside a function."""
    assert core_imports_of_features(REALTIME_EXT.all_edges()) == []
    # The rule can fail: the core's import of the recorder before issue 57 item 4.
    old = "from realtime_ext.telemetry._recorder import Recorder, recorder_for\n"
    edges = REALTIME_EXT.edges_of(PACKAGE / "_base" / "core.py", old)
    assert core_imports_of_features(edges) == [
        "realtime_ext._base.core:1 realtime_ext.telemetry._recorder"
    ]


# The socket types the clients open, defined with the conversation (each protocol a
# configuration of it) and also named where the README's layout puts the sockets
# (issue 77): the same classes, not a second name.
SOCKET_TYPES = ["AsyncLiveConnection", "AsyncTranslationConnection"]
SOCKET_TYPES += ["LiveConnection", "TranslationConnection"]


def test_connection_and_conversation_export_each_name_once() -> None:
    """The conversation's names (reconnect events, ResponseLostError...) have one home; the
    socket types, in both, are one object each."""
    both = public_names("realtime_ext.connection") & public_names("realtime_ext.conversation")
    assert sorted(both) == sorted(SOCKET_TYPES)
    import realtime_ext.connection as connection
    import realtime_ext.conversation as conversation

    for name in SOCKET_TYPES:
        assert getattr(connection, name) is getattr(conversation, name), name
