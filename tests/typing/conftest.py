"""The typing tests' one checker batch (see _batch.py)."""

from __future__ import annotations

import pytest
from _batch import Checked, checked


@pytest.fixture(scope="session")
def batch(testrun_uid: str) -> Checked:
    """Both checkers' errors over every typing test's files, by file name."""
    return checked(testrun_uid)
