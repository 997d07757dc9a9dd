"""The suite's tiers and its ``once`` tests, both set from each test's path by tests/conftest.py.

Tiers: ``browser`` needs Debian's Chromium, ``docs`` checks the documentation site and guides,
``tooling`` checks pinned tools (mypy/pyright, the generator, the benchmark harness); everything
else is ``unit``. A new test file lands in its tier by its path, without a decorator.

``once``: a test whose result cannot depend on the interpreter or on the dependency floors
(a fact of the repository, the docs, the pinned tools, the browser, a timing-bound hostile
peer). ``make test`` runs every test; the matrix (3.12, 3.13) and ``make test-lowest`` run
every test *not* marked ``once``, so every behaviour test still runs on every Python and at
the lowest versions. A test gets ``once`` in one of two ways, each with its reason written
down:

- its path is under a prefix of :data:`ONCE_PATHS` (the reason is the mapping's value), or
  its tier is not ``unit`` (:data:`ONCE_TIERS`);
- it carries ``@pytest.mark.once(reason="...")`` (a behaviour directory's test that is
  nevertheless interpreter-independent). A ``once`` marker without a non-empty ``reason``
  outside those paths is refused at collection (:func:`once_problem`), so the marker cannot
  quietly take a behaviour test out of the matrix.

Example:
    >>> tier_of(TESTS / "webrtc" / "test_browser_call.py")
    'browser'
    >>> once_reason(TESTS / "ci" / "test_matrix.py", "unit") is not None
    True
    >>> once_reason(TESTS / "client" / "test_calls.py", "unit") is None
    True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parents[1]
# First match wins: a path (relative to tests/) and the tier of every test under it.
TIERS: tuple[tuple[str, str], ...] = (
    ("webrtc/test_browser_call.py", "browser"),
    ("webrtc/test_browser_live_call.py", "browser"),
    ("webrtc/test_browser_live_offer.py", "browser"),
    ("translation/test_browser.py", "browser"),
    ("docs/test_site.py", "browser"),
    ("docs", "docs"),
    ("bench", "tooling"),
    ("typing", "tooling"),
    ("regen", "tooling"),
)

# Every test of these tiers runs once: they check the site, the pinned tools (generator,
# type checkers, benchmark harness) and Chromium, none of which the matrix's Python or the
# runtime floors change.
ONCE_TIERS: Mapping[str, str] = {
    "browser": "drives Debian's Chromium: the page's behaviour, not the interpreter's",
    "docs": "the documentation site and guides: facts of the repository's text",
    "tooling": "pinned tools (generator, mypy, pyright, bench harness), not runtime code",
}

# Unit-tier paths (relative to tests/) whose tests are repository facts, with the reason.
ONCE_PATHS: Mapping[str, str] = {
    "architecture": "the import graph and source rules: facts of the repository's text",
    "ci": ".ci/run, the Makefile and the matrix script: facts of the repository",
    "contract": "realtime_ext restates nothing generated/ owns: facts of the source tree",
    "integration/test_prism.py": "request shapes checked by Prism (Node) against the spec",
    "integration/test_builders_prism.py": "builder output checked by Prism against the spec",
    "kit": "the test kit itself (Prism, netguard, pinned spec, secret scan, make targets)",
    "lowest/test_constraints.py": "constraints/*.txt equal pyproject's floors: a file fact",
    "lowest/test_advisories.py": "declared floors clear known advisories: a file fact",
    "test_readme.py": "the README's commands and claims: facts of the repository's text",
    "third_party": "third-party clients pinned in the dev extra (pydantic-ai...): main .venv only",
    "test_readme_tour.py": "the README's tour: facts of the repository's text",
}


@functools.cache
def _relative(path: Path) -> str | None:
    # Cached: each collected test asks twice (its tier, its once reason), and resolve() is a
    # system call per path component: 7,000 of them were a tenth of every worker's collection.
    try:
        return path.resolve().relative_to(TESTS).as_posix()
    except ValueError:  # collected from outside tests/ (a doctest module named on the command line)
        return None


def _under(relative: str, prefix: str) -> bool:
    return relative == prefix or relative.startswith(prefix + "/")


def tier_of(path: Path) -> str:
    """The tier of a test file: ``browser``, ``docs``, ``tooling`` or ``unit``."""
    relative = _relative(path)
    if relative is None:
        return "unit"
    for prefix, tier in TIERS:
        if _under(relative, prefix):
            return tier
    return "unit"


def once_reason(path: Path, tier: str) -> str | None:
    """Why every test of this file runs once, or None for a behaviour file."""
    if tier in ONCE_TIERS:
        return ONCE_TIERS[tier]
    relative = _relative(path)
    if relative is None:
        return None
    return next((why for prefix, why in ONCE_PATHS.items() if _under(relative, prefix)), None)


def once_problem(nodeid: str, kwargs: Mapping[str, Any], path_reason: str | None) -> str | None:
    """What is wrong with a test's own ``once`` marker, or None when it carries a reason.

    A file that is ``once`` by its path already has its reason; anywhere else the marker must
    say why the test cannot depend on the interpreter or the floors.

    Example:
        >>> once_problem("tests/a/test_b.py::test_c", {}, None) is not None
        True
        >>> once_problem("tests/a/test_b.py::test_c", {"reason": "timing-bound"}, None) is None
        True
    """
    if path_reason is not None:
        return None
    reason = kwargs.get("reason")
    if isinstance(reason, str) and reason.strip():
        return None
    return (
        f"{nodeid}: @pytest.mark.once needs reason='...': a behaviour test leaves the matrix "
        "and the lowest versions only with the reason recorded beside it"
    )


# Files that start Prism (the session fixture prism_server): one xdist worker takes them all,
# so Prism starts once per run instead of once per worker (10 to 20 s of CPU each).
PRISM_FILES = frozenset(
    {
        "integration/test_prism.py",
        "integration/test_builders_prism.py",
        "kit/test_cassettes.py",
        "kit/test_prism_mock.py",
        "webhooks/test_handler_e2e.py",
    }
)


# The worker scopes that take longest (measured in .ci/run's table of the slowest tests), handed
# out first by tests/conftest.py's scheduler. A stale entry costs nothing; a missing one only
# lets that file start later.
LONGEST_FIRST: tuple[str, ...] = (
    "tests/regen/test_history.py",
    "tests/regen/test_spec_moves.py",
    "tests/regen/test_versions.py",
    "tests/regen/test_update_spec_gate.py",
    "tests/regen/test_pipeline.py",
    "tests/docs/test_site.py",
    "tests/bench/test_bench_smoke.py",
    "tests/typing/test_docs_typecheck.py",
    "tests/typing/test_narrowing.py",
    "tests/voice/test_memory_soak.py",
    "tests/asgi/test_workers.py",
    "tests/faults/test_frozen_and_killed.py",
    "tests/conversation/test_rollover.py",
    "tests/conversation/test_carry_kill.py",
    "tests/threads/test_threads.py",
    "prism",
    "tests/faults/test_fault_injection.py",
    "tests/hostile/test_servers.py",
    "tests/fake_server/test_cassettes.py",
    "tests/events/test_fast_decode.py",
    "tests/fake_server/test_cassette_plugin.py",
)


def worker_scope(nodeid: str) -> str:
    """What one pytest-xdist worker runs together: the test's file, or ``prism``.

    Example:
        >>> worker_scope("tests/client/test_calls.py::test_create[a::b]")
        'tests/client/test_calls.py'
        >>> worker_scope("tests/kit/test_prism_mock.py::test_x")
        'prism'
    """
    path = nodeid.split("::", 1)[0]
    return "prism" if path.removeprefix("tests/") in PRISM_FILES else path


def mark_items(items: Iterable[pytest.Item]) -> None:
    """Give each collected test its tier and its ``once`` marker.

    A ``once`` marker without a reason outside the once paths stops the run
    (:func:`once_problem`).
    """
    problems: list[str] = []
    for item in items:
        tier = tier_of(item.path)
        item.add_marker(tier)
        path_reason = once_reason(item.path, tier)
        own = item.get_closest_marker("once")
        if own is not None:
            problem = once_problem(item.nodeid, own.kwargs, path_reason)
            if problem:
                problems.append(problem)
        elif path_reason is not None:
            item.add_marker(pytest.mark.once(reason=path_reason))
    if problems:
        raise pytest.UsageError("\n".join(problems))
