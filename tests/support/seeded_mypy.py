"""``mypy --strict`` in a cache of a test's own, seeded with the checkout's.

``make typecheck`` (``mypy realtime_ext generated/realtime_generated``, pyproject's strict
settings) leaves the checkout's ``.mypy_cache``; .ci/run runs it before the tests. A run
that starts from a copy of it reads every unchanged module from there instead of checking
it again (the generated layer: about 14 s of CPU cold, under a second seeded), and the
checkout's cache is never written. mypy checks each entry against its source and options
and rechecks what differs, so the verdict is the same; only the work is not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_strict(
    target: Path, tmp_path: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``mypy --strict target`` from the checkout's root, its cache under ``tmp_path``."""
    cache = tmp_path / "mypy-cache"
    if (ROOT / ".mypy_cache").is_dir():
        shutil.copytree(ROOT / ".mypy_cache", cache)
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=None if env is None else dict(env),
    )
