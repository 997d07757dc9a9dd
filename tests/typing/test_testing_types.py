"""The testing API (scenarios, cassettes, the pytest fixture) type-checks under mypy --strict
as users write it (tests/typing/check_testing.py; pyright strict checks it in `make typecheck`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_check_testing_passes_mypy_strict() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(ROOT / "build" / "mypy-typing-tests"),  # shared with test_narrowing.run_mypy
            "tests/typing/check_testing.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
