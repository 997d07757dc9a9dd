"""How many examples a property test tries: all it names, or a share of them.

CI runs every behaviour test in ``make test`` (3.11) and then again on 3.12, 3.13 and the
lowest versions (scripts/matrix.py). The property tests search for failing inputs at full
strength in the first run; the other environments run the same properties to catch what
differs between versions, and ``scripts/matrix.py --ran-in`` (a full run happened in this CI
run) sets ``REALTIME_EXT_FUZZ_SHARE=3`` so they try a third of the examples, never fewer than
:data:`FLOOR` (or the count named, when smaller). Each run draws its own random examples, so
the CI run as a whole still tries more inputs than ``make test`` alone.

Example::

    @settings(max_examples=examples(300))  # 300; 100 in the matrix's other environments
"""

from __future__ import annotations

import os

__all__ = ["FLOOR", "SHARE", "examples"]

FLOOR = 25
SHARE = max(1, int(os.environ.get("REALTIME_EXT_FUZZ_SHARE", "1") or "1"))


def examples(count: int) -> int:
    """``count``, or its share (at least :data:`FLOOR`) in the matrix's other environments."""
    if SHARE == 1:
        return count
    return max(min(count, FLOOR), count // SHARE)
