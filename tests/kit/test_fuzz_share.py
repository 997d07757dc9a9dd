"""The matrix's other environments try a share of each property test's examples (full
strength in ``make test``): the count, the floor, and the default profile follow the
environment variable that ``scripts/matrix.py --ran-in`` sets (tests/ci/test_matrix.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
PROBE = (
    "from support.fuzz import examples; import conftest; from hypothesis import settings; "
    "print(examples(300), examples(60), examples(15), settings().max_examples)"
)

pytestmark = pytest.mark.once


def _probe(share: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "REALTIME_EXT_FUZZ_SHARE"}
    if share is not None:
        env["REALTIME_EXT_FUZZ_SHARE"] = share
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=TESTS, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_make_test_tries_every_example() -> None:
    assert _probe(None) == ["300", "60", "15", "100"]


def test_the_matrix_tries_a_third_never_under_the_floor() -> None:
    assert _probe("3") == ["100", "25", "15", "33"]
