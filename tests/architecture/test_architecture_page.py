"""docs/architecture.md draws the packages as the code imports them (issue 67 item 6).

The page's diagram under "The packages, drawn from the code" is derived from the import scan
(tests/architecture/_graph.py): one box per distribution holding its subpackages, and an
arrow from a subpackage to each it imports, directly or through a third (the transitive
reduction, so the picture stays readable; the graph is acyclic, test_import_graph.py). The
root modules (the clients and the shared base every package uses) are not drawn. When the code
moves, this test fails with the diagram to paste.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from tests.architecture._graph import DISTRIBUTIONS, REALTIME_EXT, Edge, Tree

PAGE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"
HEADING = "## The packages, drawn from the code"


def subpackage_graph(edges: Iterable[Edge], tree: Tree = REALTIME_EXT) -> dict[str, set[str]]:
    """Subpackage -> the subpackages it imports directly (the root's modules left out)."""
    graph: dict[str, set[str]] = {sub: set() for subs in DISTRIBUTIONS.values() for sub in subs}
    for edge in edges:
        a, b = tree.subpackage(edge.source), tree.subpackage(edge.target)
        if a != b and a in graph and b in graph:
            graph[a].add(b)
    return graph


def reduction(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The arrows no longer path implies (of an acyclic graph)."""

    def reached(start: str, without: str) -> set[str]:
        seen: set[str] = set()
        todo = [node for node in graph[start] if node != without]
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(graph[node])
        return seen

    return {a: {b for b in bs if b not in reached(a, b)} for a, bs in graph.items()}


def node(name: str) -> str:
    """A mermaid id: letters, digits and underscores, not starting with one; a private
    package's ends with one instead (``_translation`` is not the ``translation`` package)."""
    ident = re.sub(r"\W", "_", name)
    return ident.lstrip("_") + "_" if ident.startswith("_") else ident


def mermaid(graph: dict[str, set[str]]) -> str:
    lines = ["```mermaid", "flowchart TD"]
    for dist, subs in DISTRIBUTIONS.items():
        lines.append(f'    subgraph {node(dist)}["{dist}"]')
        lines.extend(f'        {node(sub)}["{sub}"]' for sub in subs)
        lines.append("    end")
    for a in sorted(graph):
        lines.extend(f"    {node(a)} --> {node(b)}" for b in sorted(graph[a]))
    lines.append("```")
    return "\n".join(lines)


def drawn(text: str) -> str | None:
    """The page's diagram under HEADING, or None."""
    found = re.search(re.escape(HEADING) + r"\n.*?(```mermaid\n.*?\n```)", text, re.DOTALL)
    return found[1] if found else None


def test_the_page_draws_the_packages_as_the_code_imports_them() -> None:
    expected = mermaid(reduction(subpackage_graph(REALTIME_EXT.all_edges())))
    assert drawn(PAGE.read_text(encoding="utf-8")) == expected, (
        f"redraw docs/architecture.md under {HEADING!r}:\n{expected}"
    )


def test_the_drawing_follows_the_imports() -> None:
    # Through a third package an arrow is implied, not drawn; a new import is drawn.
    graph: dict[str, set[str]] = {
        "voice": {"audio", "conversation"},
        "audio": {"conversation"},
        "conversation": set(),
    }
    assert reduction(graph) == {
        "voice": {"audio"},
        "audio": {"conversation"},
        "conversation": set(),
    }
    assert "    voice --> audio" in mermaid(reduction(graph))
    assert "voice --> conversation" not in mermaid(reduction(graph))
    page = f"{HEADING}\n\nText.\n\n```mermaid\nflowchart TD\n```\n"
    assert drawn(page) == "```mermaid\nflowchart TD\n```"
    assert node("_translation") != node("translation") and node("voice-agent") == "voice_agent"
