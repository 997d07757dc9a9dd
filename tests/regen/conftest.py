"""Fixtures for the regeneration pipeline: the pinned spec's realtime subset, loaded once."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from regen_lib import normalise  # noqa: E402


@pytest.fixture(scope="session")
def normalised_subset(upstream_subset: dict[str, Any]) -> dict[str, Any]:
    """The subset regen hands the generator (overlay and rules applied)."""
    import copy

    doc = copy.deepcopy(upstream_subset)
    normalise.normalise(doc)
    return doc
