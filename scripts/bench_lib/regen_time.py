"""Regen: wall time of a full regeneration into a scratch directory (no openai side).

Example:
    >>> from bench_lib.regen_time import run
    >>> run(rounds=1).ours.median > 0  # doctest: +SKIP
    True
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import subjects
from .report import Item, Measure

REGEN = subjects.ROOT / "scripts" / "regen.py"


def _once(output: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(REGEN), "--output", str(output)],
        cwd=subjects.ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"regen failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def run(*, rounds: int) -> Item:
    """Median wall time of ``rounds`` full regenerations, each into a fresh directory."""
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        runs = [_once(Path(tmp) / f"run{index}") for index in range(rounds)]
    return Item(
        "regen (full)",
        "s",
        Measure(runs),
        None,
        baseline="n/a",
        note="no openai counterpart",
    )
