"""Files in ``../shared`` (beside the repository, never an absolute path).

CI runs on a clean clone with ``../shared`` beside it, so there a missing file fails the
test (``CI=true``); elsewhere the test is skipped with the path it looked for, never silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def require(relative: str) -> Path:
    """``../shared/<relative>``; fails in CI and skips with a reason elsewhere when absent.

    Example::

        seeds = require("seeds/003_73df123c2d2b994f.txt")
    """
    path = SHARED / relative
    if path.exists():
        return path
    message = f"{path} is missing: put the shared folder beside the repository"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)
