"""The suite's tiers: which pytest marker each test file gets (set by tests/conftest.py).

``browser`` needs Debian's Chromium, ``docs`` checks the documentation site and guides,
``tooling`` checks pinned tools (mypy/pyright, the generator, the benchmark harness); everything
else is ``unit``. A new test file lands in its tier by its path, without a decorator.

Example:
    >>> tier_of(TESTS / "webrtc" / "test_browser_call.py")
    'browser'
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# First match wins: a path (relative to tests/) and the tier of every test under it.
TIERS: tuple[tuple[str, str], ...] = (
    ("webrtc/test_browser_call.py", "browser"),
    ("translation/test_browser.py", "browser"),
    ("docs/test_site.py", "browser"),
    ("docs", "docs"),
    ("bench", "tooling"),
    ("typing", "tooling"),
    ("regen", "tooling"),
)


def tier_of(path: Path) -> str:
    """The tier of a test file: ``browser``, ``docs``, ``tooling`` or ``unit``."""
    try:
        relative = path.resolve().relative_to(TESTS).as_posix()
    except ValueError:  # collected from outside tests/ (a doctest module named on the command line)
        return "unit"
    for prefix, tier in TIERS:
        if relative == prefix or relative.startswith(prefix + "/"):
            return tier
    return "unit"
