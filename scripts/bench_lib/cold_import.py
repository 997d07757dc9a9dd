"""Cold import: a fresh interpreter importing each client surface, end to end.

Each figure is ``python -c "<import>"`` minus a bare ``python -c pass`` (medians of
interleaved runs), so interpreter start-up cancels out.

Example:
    >>> from bench_lib.cold_import import run
    >>> item = run(runs=1)  # doctest: +SKIP
"""

from __future__ import annotations

import subprocess
import sys
import time

from . import subjects
from .report import Goal, Item, Measure, median


def _seconds(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", statement], cwd=subjects.ROOT, check=True, env=subjects.child_env()
    )
    return time.perf_counter() - start


def run(*, runs: int, warm: bool = True) -> Item:
    """Milliseconds to import ours vs openai, ``runs`` fresh interpreters each (``warm``:
    an untimed run of each first, so the timed ones load cached bytecode; the smoke test's
    quick scale skips it, its figures being no measurement)."""
    ours_statement, note = subjects.our_import()
    statements = {"bare": "pass", "openai": subjects.OPENAI_IMPORT}
    if ours_statement is not None:
        statements["realtime-ext"] = ours_statement
    for statement in statements.values() if warm else ():
        _seconds(statement)  # compile and cache bytecode before timing
    times: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(runs):
        for name, statement in statements.items():
            times[name].append(_seconds(statement) * 1000)
    bare = median(times["bare"])

    def net(name: str) -> Measure | None:
        if name not in times:
            return None
        return Measure([value - bare for value in times[name]])

    return Item(
        "cold import",
        "ms",
        net("realtime-ext"),
        net("openai"),
        goal=Goal("<= 0.20x (a fifth of openai)", max_ratio=0.2),
        note=note,
        extra={"bare_interpreter_ms": bare, "statements": statements},
    )
