"""The recorded data the tests replay, vendored under ``tests/data`` (never read from beside the
repository): the real sessions in ``realtraffic/`` and ``openai``'s type listing in
``openai-python/``, each folder with its licence and source.

A missing file fails the test that asked for it, never skips it: a clone holds them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def require(relative: str) -> Path:
    """``tests/data/<relative>``; fails the test, naming the path, when it is absent.

    Example::

        live = require("realtraffic/live")
    """
    path = DATA / relative
    if not path.exists():
        pytest.fail(f"{path} is missing: it is vendored in the repository (tests/data)")
    return path
