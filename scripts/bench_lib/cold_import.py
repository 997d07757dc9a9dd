"""Cold import: a fresh interpreter importing each client surface.

Each figure is the import statement's own time, timed inside the fresh interpreter (as the
first connection row times its connect), so neither the interpreter's start-up nor the load
on the machine between one process and the next enters it: it was ``python -c "<import>"``
minus a bare ``python -c pass``, which a loaded machine made negative (a bare start that
happened to take longer than an import). Medians of interleaved runs.

Example:
    >>> from bench_lib.cold_import import run
    >>> item = run(runs=1)  # doctest: +SKIP
"""

from __future__ import annotations

from . import subjects
from .child import run_last_line
from .report import Goal, Item, Measure

# The statement runs in a fresh interpreter; only the statement is timed.
_TIMED = """
import time
start = time.perf_counter()
{statement}
print((time.perf_counter() - start) * 1000)
"""


def _ms(statement: str) -> float:
    code = _TIMED.format(statement=statement)
    return float(run_last_line(code, env=subjects.child_env()))


def run(*, runs: int, warm: bool = True) -> Item:
    """Milliseconds to import ours vs openai, ``runs`` fresh interpreters each (``warm``:
    an untimed run of each first, so the timed ones load cached bytecode; the smoke test's
    quick scale skips it, its figures being no measurement)."""
    ours_statement, note = subjects.our_import()
    statements = {"openai": subjects.OPENAI_IMPORT}
    if ours_statement is not None:
        statements["realtime-ext"] = ours_statement
    for statement in statements.values() if warm else ():
        _ms(statement)  # compile and cache bytecode before timing
    times: dict[str, list[float]] = {name: [] for name in statements}
    for index in range(runs):
        # Alternate which side goes first, so a drift in machine speed hits both alike.
        order = list(statements.items())
        for name, statement in order if index % 2 == 0 else order[::-1]:
            times[name].append(_ms(statement))

    def measured(name: str) -> Measure | None:
        return Measure(times[name]) if name in times else None

    return Item(
        "cold import",
        "ms",
        measured("realtime-ext"),
        measured("openai"),
        goal=Goal("<= 0.20x (a fifth of openai)", max_ratio=0.2),
        note=note,
        extra={"statements": statements},
    )
