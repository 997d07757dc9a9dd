"""The ``once`` marker stays honest (issue 34): it takes a test out of the matrix and the lowest
versions only with its reason written beside it.

A file is ``once`` by its path (tests/support/tiers.py: ONCE_TIERS, ONCE_PATHS, each with its
reason) or a test carries ``@pytest.mark.once(reason="...")``. Checked here: every marker
written in a behaviour file names a non-empty reason (read from the source, so a test that
is never collected cannot hide one), the collection hook refuses a marker without one, every
``ONCE_PATHS`` entry exists, and the paths are what the matrix leaves out.
"""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from support.tiers import (
    ONCE_PATHS,
    ONCE_TIERS,
    TESTS,
    mark_items,
    once_problem,
    once_reason,
    tier_of,
)


def _once_calls(tree: ast.Module) -> list[ast.Call]:
    """Every ``pytest.mark.once(...)`` / ``mark.once(...)`` call in a module."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "once"
        and isinstance(node.func.value, ast.Attribute)
        and node.func.value.attr == "mark"
    ]


def _string_names(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to a string constant (a reason written once, used by many)."""
    names: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            names[node.targets[0].id] = node.value.value
    return names


def _reason(call: ast.Call, names: dict[str, str]) -> str:
    for keyword in call.keywords:
        if keyword.arg == "reason":
            value = keyword.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
            if isinstance(value, ast.Name):
                return names.get(value.id, "")
    return ""


def test_every_once_marker_in_a_behaviour_file_says_why() -> None:
    found: list[str] = []
    missing: list[str] = []
    for path in sorted(TESTS.rglob("test_*.py")):
        if path.parent.name == "ci":
            continue  # this folder's tests write markers as test data
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _string_names(tree)
        for call in _once_calls(tree):
            where = f"{path.relative_to(TESTS)}:{call.lineno}"
            found.append(where)
            if once_reason(path, tier_of(path)) is None and not _reason(call, names).strip():
                missing.append(where)
    assert found, "no test carries its own once marker: this check would check nothing"
    assert missing == []


def _item(path: Path, marker: Any) -> Any:
    """A stand-in for a collected pytest item: the hook reads and adds markers only."""
    added: list[Any] = []
    return SimpleNamespace(
        path=path,
        nodeid=f"{path.relative_to(TESTS)}::test_x",
        get_closest_marker=lambda name: marker if name == "once" else None,
        add_marker=added.append,
        added=added,
    )


def test_collection_refuses_a_once_marker_without_a_reason() -> None:
    behaviour = TESTS / "client" / "test_calls.py"
    bare = pytest.mark.once.mark
    with pytest.raises(pytest.UsageError, match="needs reason="):
        mark_items([_item(behaviour, bare)])
    blank = pytest.mark.once(reason="  ").mark
    with pytest.raises(pytest.UsageError, match=r"client/test_calls\.py::test_x"):
        mark_items([_item(behaviour, blank)])
    # With a reason it is accepted, and a once path needs none of its own.
    reasoned = _item(behaviour, pytest.mark.once(reason="timing-bound").mark)
    mark_items([reasoned])
    by_path = _item(TESTS / "ci" / "test_matrix.py", None)
    mark_items([by_path])
    assert any(getattr(m, "name", m) == "once" and m.kwargs["reason"] for m in by_path.added)
    plain = _item(behaviour, None)
    mark_items([plain])
    assert not any(getattr(m, "name", m) == "once" for m in plain.added)


def test_once_problem_names_the_test() -> None:
    problem = once_problem("tests/a/test_b.py::test_c", {"reason": ""}, None)
    assert problem is not None and "tests/a/test_b.py::test_c" in problem
    assert once_problem("tests/ci/test_x.py::t", {}, "a fact of the repository") is None


def test_every_once_path_exists_and_has_a_reason() -> None:
    for prefix, reason in ONCE_PATHS.items():
        assert (TESTS / prefix).exists(), f"ONCE_PATHS names {prefix}, which is gone"
        assert reason.strip()
        assert tier_of(TESTS / prefix) == "unit", f"{prefix}: already once by its tier"
    assert all(reason.strip() for reason in ONCE_TIERS.values())


def test_behaviour_folders_are_not_once_by_path() -> None:
    # The folders of behaviour tests stay in the matrix; only single files or tests leave it,
    # each with its reason.
    for folder in ("client", "connection", "conversation", "events", "fake_server", "voice"):
        assert once_reason(TESTS / folder / "test_x.py", "unit") is None
