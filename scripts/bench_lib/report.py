"""Shared timing helpers, the result record, the printed table and the JSON file."""

from __future__ import annotations

import json
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PENDING = "pending"


def median(values: Sequence[float]) -> float:
    """Median of a non-empty sequence: ``median([3.0, 1.0, 2.0])`` -> 2.0."""
    if not values:
        raise ValueError("median of no measurements: every benchmark needs at least one run")
    return float(statistics.median(values))


def rate(operation: Callable[[], object], count: int) -> float:
    """Calls of ``operation`` per second over ``count`` back-to-back calls.

    >>> rate(lambda: None, 10) > 0
    True
    """
    if count < 1:
        raise ValueError(f"count must be >= 1, got {count}")
    start = time.perf_counter()
    for _ in range(count):
        operation()
    return count / (time.perf_counter() - start)


@dataclass(frozen=True)
class Measure:
    """Repeated measurements of one figure; the median is what the table shows.

    >>> Measure([3.0, 1.0, 2.0]).median
    2.0
    """

    runs: list[float]

    @property
    def median(self) -> float:
        """The median of :attr:`runs`."""
        return median(self.runs)


def paired_ratio(ours: Sequence[float], other: Sequence[float]) -> float:
    """Median of ``ours[i] / other[i]``: each pair measured back to back.

    On a shared machine the speed of the whole machine drifts over seconds; a ratio of
    medians then compares runs taken at different speeds, while each pair's ratio cancels
    the drift both of its runs saw.

    >>> paired_ratio([8.0, 4.0, 9.0], [10.0, 5.0, 10.0])
    0.8
    """
    return median(pair_ratios(ours, other))


def pair_ratios(ours: Sequence[float], other: Sequence[float]) -> list[float]:
    """``ours[i] / other[i]`` for each pair measured back to back.

    >>> pair_ratios([8.0, 4.0], [10.0, 5.0])
    [0.8, 0.8]
    """
    if len(ours) != len(other) or not ours:
        raise ValueError(f"paired runs need equal, non-zero counts: {len(ours)} and {len(other)}")
    return [a / b for a, b in zip(ours, other, strict=True)]


def median_interval(
    values: Sequence[float], confidence: float = 0.95
) -> tuple[float, float] | None:
    """An interval holding the true median with at least ``confidence``, from the order
    statistics alone (each value is above the median with probability 1/2, so the ranks
    come from the binomial distribution): no assumption about the spread, no resampling, the
    same figures every time. ``None`` for too few values to give one.

    >>> median_interval([float(v) for v in range(1, 33)])
    (10.0, 23.0)
    >>> median_interval([1.0, 2.0, 3.0]) is None
    True
    """
    count = len(values)
    tail = (1 - confidence) / 2
    below = 0.0
    rank = 0  # values below the interval's lower end, at most
    while rank < count:
        chance = math.comb(count, rank) / 2**count
        if below + chance > tail:
            break
        below += chance
        rank += 1
    if rank == 0:
        return None
    ordered = sorted(values)
    return ordered[rank - 1], ordered[count - rank]


@dataclass(frozen=True)
class Goal:
    """A bound on ``ours / baseline``: ``Goal("<= 0.20x", max_ratio=0.2)``.

    >>> Goal(">= 1.00x", min_ratio=1.0).met(1.2)
    True
    """

    text: str
    min_ratio: float | None = None
    max_ratio: float | None = None

    def met(self, ratio: float) -> bool:
        """Whether ``ratio`` is inside the bound."""
        if self.min_ratio is not None and ratio < self.min_ratio:
            return False
        return self.max_ratio is None or ratio <= self.max_ratio


@dataclass
class Item:
    """One row: our figure, the baseline's figure (``None`` if it has none) and the goal.

    ``ours is None`` means the piece being measured has not landed yet: the row prints
    ``pending`` rather than a made-up number.

    >>> row = Item("SDP parse+serialise", "ops/s", Measure([10.0]), None, baseline="n/a")
    >>> row.ratio is None
    True
    """

    name: str
    unit: str
    ours: Measure | None
    other: Measure | None
    baseline: str = "openai"
    goal: Goal | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    paired: bool = False
    """Run ``i`` of ``ours`` and of ``other`` were measured back to back: the ratio is the
    median of the per-pair ratios (see :func:`paired_ratio`)."""

    @property
    def ratio(self) -> float | None:
        """``ours / other``: on medians, or paired (:attr:`paired`); ``None`` when either side
        is missing."""
        medians = self.ratio_of_medians  # None when a side is missing or the baseline is 0
        if medians is None or not self.paired:
            return medians
        assert self.ours is not None and self.other is not None  # as ratio_of_medians says
        return paired_ratio(self.ours.runs, self.other.runs)

    @property
    def ratio_interval(self) -> tuple[float, float] | None:
        """Where the paired ratio's true median lies, 95 % (:func:`median_interval`); ``None``
        for a ratio that is not paired. The goal is judged on :attr:`ratio` alone: this says
        how far a run on a shared machine may move it."""
        if not self.paired or self.ours is None or self.other is None:
            return None
        return median_interval(pair_ratios(self.ours.runs, self.other.runs))

    @property
    def ratio_of_medians(self) -> float | None:
        """``ours / other`` on medians (``None`` when either side is missing)."""
        if self.ours is None or self.other is None or self.other.median == 0:
            return None
        return self.ours.median / self.other.median

    @property
    def met(self) -> bool | None:
        """Whether the goal is met; ``None`` without a goal or a ratio."""
        ratio = self.ratio
        if self.goal is None or ratio is None:
            return None
        return self.goal.met(ratio)

    def as_json(self) -> dict[str, Any]:
        """The JSON record of this row (raw runs included, for later comparison)."""

        def side(measure: Measure | None) -> dict[str, Any] | None:
            if measure is None:
                return None
            # min too: on a shared machine it is the figure least disturbed by other load.
            return {"median": measure.median, "min": min(measure.runs), "runs": measure.runs}

        return {
            "item": self.name,
            "unit": self.unit,
            "realtime_ext": side(self.ours) if self.ours is not None else PENDING,
            "baseline": self.baseline,
            "baseline_figure": side(self.other),
            "ratio": self.ratio,
            "ratio_of_medians": self.ratio_of_medians,
            "ratio_interval": self.ratio_interval,
            "paired": self.paired,
            "goal": self.goal.text if self.goal else None,
            "met": self.met,
            "note": self.note,
            **self.extra,
        }


def _figure(measure: Measure | None, missing: str) -> str:
    if measure is None:
        return missing
    value = measure.median
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def _paired(item: Item) -> str:
    if not item.paired:
        return ""
    interval = item.ratio_interval
    if interval is None:
        return " (paired)"
    return f" (paired, 95%: {interval[0]:.2f}-{interval[1]:.2f})"


def _cells(item: Item) -> list[str]:
    ours = _figure(item.ours, PENDING)
    other = _figure(item.other, "n/a")
    if item.other is not None and item.baseline != "openai":
        other = f"{other} ({item.baseline})"
    ratio = item.ratio
    if item.ours is None:
        met = PENDING
    elif item.met is None:
        met = "-"
    else:
        met = "yes" if item.met else "NO"
    return [
        f"{item.name} [{item.unit}]",
        ours,
        other,
        "n/a" if ratio is None else f"{ratio:.2f}x" + _paired(item),
        item.goal.text if item.goal else "-",
        met,
    ]


def table(items: Sequence[Item]) -> str:
    """The readable table ``item | realtime-ext | openai | ratio | goal | met?`` plus notes."""
    header = ["item", "realtime-ext", "openai", "ratio", "goal", "met?"]
    rows = [header, *(_cells(item) for item in items)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]

    def line(row: list[str]) -> str:
        return " | ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )

    out = [line(header), "-+-".join("-" * w for w in widths)]
    out += [line(row) for row in rows[1:]]
    notes = [f"  * {item.name}: {item.note}" for item in items if item.note]
    if notes:
        out += ["", "notes:", *notes]
    return "\n".join(out)


def environment() -> dict[str, Any]:
    """Interpreter, machine and package versions, so results can be compared across runs."""
    from importlib import metadata

    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "machine": platform.machine(),
        "system": platform.platform(),
        "versions": {
            d: version(d)
            for d in ("realtime-ext", "realtime-ext-generated", "openai", "httpx", "httpx2")
        },
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def write_json(path: Path, items: Sequence[Item], settings: dict[str, Any]) -> None:
    """Write every row (with raw runs), the settings used and the environment to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "environment": environment(),
        "settings": settings,
        "items": [item.as_json() for item in items],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
