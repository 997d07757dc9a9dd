"""The hostile-input suite: every case runs under a time and a memory budget.

Budgets are ceilings against hangs and unbounded growth, not speed measurements (those are
``make bench``'s): generous, because CI is two shared cores. Time is a watchdog (a case
that overruns fails, naming its budget); memory is the peak of Python allocations while
the case runs (tracemalloc), which covers every buffer these cases could grow.
"""

from __future__ import annotations

import logging
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

MiB = 2**20


@dataclass
class Budget:
    """What one case may spend: ``seconds`` of wall time and ``mib`` MiB of peak allocations."""

    seconds: float
    mib: float
    elapsed: float = 0.0
    peak_mib: float = 0.0

    def run(self, case: Callable[[], Any]) -> Any:
        """Run ``case`` in a worker thread; fail if it overruns either budget."""
        result: list[Any] = []
        error: list[BaseException] = []

        def target() -> None:
            try:
                result.append(case())
            except BaseException as exc:  # re-raised in the test's thread
                error.append(exc)

        # pytest keeps every captured log record: a DEBUG level left on by an earlier test
        # would count a flood's per-frame debug lines against the SDK's budget.
        previous = logging.root.manager.disable
        logging.disable(logging.DEBUG)
        tracemalloc.start()
        tracemalloc.reset_peak()
        start = time.monotonic()
        try:
            worker = threading.Thread(target=target, daemon=True, name="hostile-case")
            worker.start()
            worker.join(self.seconds)
            self.elapsed = time.monotonic() - start
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            logging.disable(previous)
        self.peak_mib = peak / MiB
        assert not worker.is_alive(), f"case still running after its {self.seconds} s budget"
        if error:
            raise error[0]
        assert self.peak_mib <= self.mib, (
            f"case peaked at {self.peak_mib:.1f} MiB of allocations, budget {self.mib} MiB"
        )
        return result[0] if result else None


@pytest.fixture
def budget() -> Iterator[Callable[..., Budget]]:
    """``budget(seconds=..., mib=...).run(case)``."""
    yield lambda seconds, mib: Budget(seconds, mib)
