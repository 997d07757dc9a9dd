#!/usr/bin/env python3
"""The end of ``.ci/run``: each step's seconds, the 15 slowest tests, and the test counts.

Reads the steps file ``.ci/run`` writes (``name<TAB>seconds<TAB>exit status`` a line) and every
``junit-*.xml`` pytest wrote into the folder (``make test``'s tiers, each matrix environment),
so every change sees what it costs. The last line is the plain count of every run's tests.

Usage::

    python3 scripts/ci_report.py build/ci/steps.tsv build/ci

Example:
    >>> print(step_table([("lint", 12, 0), ("test", 200, 0)]))
    | step | seconds | result |
    |---|---:|---|
    | lint | 12 | ok |
    | test | 200 | ok |
    | total | 212 (3 min 32 s) | |
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SLOWEST = 15


@dataclass(frozen=True)
class Case:
    run: str
    name: str
    seconds: float
    outcome: str  # passed, failed, skipped, xfailed


@dataclass
class Counts:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    xfailed: int = 0


def read_steps(path: Path) -> list[tuple[str, int, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name, seconds, status = line.split("\t")
        rows.append((name, int(seconds), int(status)))
    return rows


def step_table(rows: Sequence[tuple[str, int, int]]) -> str:
    total = sum(seconds for _, seconds, _ in rows)
    lines = ["| step | seconds | result |", "|---|---:|---|"]
    lines += [f"| {n} | {s} | {'ok' if c == 0 else f'FAILED ({c})'} |" for n, s, c in rows]
    lines.append(f"| total | {total} ({total // 60} min {total % 60} s) | |")
    return "\n".join(lines)


def read_cases(junit: Path) -> list[Case]:
    """Every test case of one pytest run (``junit-<run>.xml``)."""
    run = junit.stem.removeprefix("junit-")
    cases = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            outcome = "failed"
        elif (skip := case.find("skipped")) is not None:
            # An expected failure is written as a skip of type pytest.xfail: told apart.
            outcome = "xfailed" if skip.get("type") == "pytest.xfail" else "skipped"
        else:
            outcome = "passed"
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        cases.append(Case(run, name, float(case.get("time", "0")), outcome))
    return cases


def counts_by_run(cases: Iterable[Case]) -> dict[str, Counts]:
    counts: dict[str, Counts] = {}
    for case in cases:
        entry = counts.setdefault(case.run, Counts())
        setattr(entry, case.outcome, getattr(entry, case.outcome) + 1)
    return counts


def main(argv: Sequence[str]) -> int:
    steps, folder = Path(argv[0]), Path(argv[1])
    print("\n## CI steps\n")
    print(step_table(read_steps(steps)))
    cases = [case for junit in sorted(folder.glob("junit-*.xml")) for case in read_cases(junit)]
    print(f"\n## The {SLOWEST} slowest tests\n")
    print("| seconds | run | test |\n|---:|---|---|")
    for case in sorted(cases, key=lambda c: c.seconds, reverse=True)[:SLOWEST]:
        print(f"| {case.seconds:.1f} | {case.run} | {case.name} |")
    runs = counts_by_run(cases)
    print("\n## Tests per run\n")
    print("| run | passed | failed | skipped | xfailed |\n|---|---:|---:|---:|---:|")
    for run, c in runs.items():
        print(f"| {run} | {c.passed} | {c.failed} | {c.skipped} | {c.xfailed} |")
    total = Counts(*(sum(getattr(c, f) for c in runs.values()) for f in vars(Counts())))
    skipped = f", {total.skipped} skipped" if total.skipped else ""
    print(f"\ntests: {total.passed} passed, {total.failed} failed{skipped}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
