"""No two session kinds' modules hold the same code (issue 80: no duplicate between kinds).

Where two kinds (or a kind and the generic modules every kind runs on) need the same logic,
one piece of code serves both: a helper in the generic module both import, or a field or
method of the session kind descriptor (:class:`realtime_ext.conversation.SessionKind`). This
test fails when :data:`WINDOW` or more identical normalized lines stand in two modules whose
kinds differ.

A module's kinds are the ones it names, as ``test_session_kinds`` defines naming (its
:func:`~tests.architecture.test_session_kinds.naming`: a kind's own package and modules
included, which its baseline leaves out). A GPT-Live module, a translation one, one naming
both and one naming neither (the Realtime conversation's, or the generic ones) are four
different sets: any two of them are compared.
Modules of the same set are not (GPT-Live's sockets and calls may share a shape; that is
one kind's own business).

The lines, normalized: white space folded, comments (a line's own, or after two spaces)
cut; blank lines, lone punctuation and import statements passed over (whole, parentheses
included). A ``def``'s parameter list is passed over too: an override, or a subclass's
constructor, repeats its parameters by necessity (``Carry.plan`` and ``LiveCarry.plan``), and
the body is what would be copied logic. Generated sync twins (``# generated from ...``) are
their asyncio sources' copies: the sources are compared, not the twins. Identical lines
only: code of the same shape with other names is not caught here.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from .test_session_kinds import naming

PACKAGE = Path(__file__).resolve().parents[2] / "realtime_ext"

WINDOW = 6
"""How many identical normalized lines in a row make a duplicate."""

_FORWARDED = "the same public keywords forwarded one by one (the logic they feed is one function)"

ALIKE: dict[tuple[str, str, str], str] = {
    # (module, module, the shared run's first normalized line): why it is not one logic
    (
        "_live/rest_async.py",
        "webrtc/_call.py",
        "fields = {",
    ): (
        "client.live.create and AsyncWebRTC.connect_live both take openai's GPT-Live session "
        "keywords explicitly (typed public signatures) and pass them on as the session's "
        "fields: " + _FORWARDED + " (delegation_with_delay); the call's dict is what it later "
        "passes to client.live.create itself"
    ),
    (
        "asgi/_live_offer.py",
        "asgi/_token.py",
        "options = page_options(",
    ): (
        "live_offer_endpoint and token_endpoint take the same page guards as explicit public "
        "keywords and hand them to page_options: " + _FORWARDED
    ),
}
"""Runs that only look alike, each with the reason (entries that no longer match fail)."""

_COMMENT = re.compile(r"(?:^|  )#.*$")
_LONE = re.compile(r"[\s()\[\]{}:,.;*]*|\"\"\"|'''")
_DEF = re.compile(r"(?:async )?def \w+(?:\[.*\])?\($")


def normalized(source: str) -> list[tuple[int, str]]:
    """``source``'s lines that count, each with its number (see the module docstring).

    Example:
        >>> normalized("import a\\nfrom b import (\\n    c,\\n)\\n\\nx = 1  # one\\n)\\n")
        [(6, 'x = 1')]
        >>> normalized("def f(\\n    self,\\n    a: int,\\n) -> None:\\n    return a\\n")
        [(5, 'return a')]
    """
    lines: list[tuple[int, str]] = []
    skipping = False  # inside an import's parentheses or a def's parameter list
    for number, raw in enumerate(source.splitlines(), 1):
        line = " ".join(_COMMENT.sub("", raw.strip()).split())
        if skipping:
            skipping = not line.startswith(")")
            continue
        if line.startswith(("import ", "from ")):
            skipping = line.endswith("(")
            continue
        if _DEF.match(line):
            skipping = True
            continue
        if line and not _LONE.fullmatch(line):
            lines.append((number, line))
    return lines


def kinds_of(module: str) -> frozenset[str]:
    """The kinds ``module`` (a path under ``realtime_ext/``) names.

    Example:
        >>> sorted(kinds_of("_live/carry.py")), sorted(kinds_of("_base/core.py"))
        (['GPT-Live'], [])
    """
    return frozenset(kind for kind, files in naming().items() if module in files)


def shared_runs(
    modules: dict[str, str],
) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """For each pair of modules of different kinds (in name order), the runs of
    :data:`WINDOW` or more identical lines they share: where each starts, and its first line.

    Example:
        >>> body = "".join(f"x{i} = f({i})\\n" for i in range(7))
        >>> shared_runs({"a.py": body, "_live/carry.py": body})
        {('_live/carry.py', 'a.py'): [(1, 1, 'x0 = f(0)')]}
        >>> shared_runs({"a.py": body, "b.py": body})
        {}
    """
    lines = {module: normalized(source) for module, source in modules.items()}
    places: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    for module, found in lines.items():
        for start in range(len(found) - WINDOW + 1):
            run = tuple(text for _, text in found[start : start + WINDOW])
            places[run].append((module, start))
    windows: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for where in places.values():
        for first, first_at in where:
            for second, second_at in where:
                if first < second and kinds_of(first) != kinds_of(second):
                    windows[first, second].add((first_at, second_at))
    runs: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for (first, second), starts in sorted(windows.items()):
        # Overlapping windows are one run: it starts where the window before is not shared.
        runs[first, second] = [
            (lines[first][a][0], lines[second][b][0], lines[first][a][1])
            for a, b in sorted(starts)
            if (a - 1, b - 1) not in starts
        ]
    return runs


def hand_written() -> dict[str, str]:
    """Every hand-written module under ``realtime_ext/``, by its path there."""
    modules: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if not source.startswith("# generated from "):
            modules[path.relative_to(PACKAGE).as_posix()] = source
    return modules


def test_kinds_modules_share_no_run_of_lines() -> None:
    runs = shared_runs(hand_written())
    copied = [
        f"{first}:{a} ~ {second}:{b} ({text!r}...)"
        for (first, second), starts in sorted(runs.items())
        for a, b, text in starts
        if (first, second, text) not in ALIKE
    ]
    assert not copied, (
        f"{WINDOW}+ identical lines in modules of different session kinds: {copied}; make one "
        "piece of code serve both (a helper in the generic module they import, or the session "
        "kind's descriptor)"
    )
    stale = sorted(
        key for key in ALIKE if not any(start[2] == key[2] for start in runs.get(key[:2], []))
    )
    assert not stale, f"these ALIKE entries no longer match a shared run: remove them: {stale}"


def test_the_examples_hold() -> None:
    # The docstrings' examples of this module and of test_session_kinds (the suite collects
    # no doctests under tests/): a wrong one would describe a check that is not made.
    import doctest

    from . import test_session_kinds

    for module in (sys.modules[__name__], test_session_kinds):
        assert doctest.testmod(module).failed == 0, module.__name__
