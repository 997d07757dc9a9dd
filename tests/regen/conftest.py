"""Fixtures for the regeneration pipeline: the pinned spec's realtime subset, loaded once, and
one cache of parsed specs for every regeneration these tests run (in this process and in the
scripts/regen.py subprocesses, which inherit the environment)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from regen_lib import normalise, source  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def parsed_spec_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Each spec parsed once per test run (scripts/regen_lib/source.py: PARSED_CACHE_ENV).

    The folder is this run's own: under pytest-xdist, the parent of the worker's base temp
    folder, which the run's workers share (entries are named by content and written
    atomically); a folder of its own in a run without workers.
    """
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "parsed-specs"
    before = os.environ.get(source.PARSED_CACHE_ENV)
    os.environ[source.PARSED_CACHE_ENV] = str(folder)
    yield folder
    if before is None:
        os.environ.pop(source.PARSED_CACHE_ENV, None)
    else:
        os.environ[source.PARSED_CACHE_ENV] = before


@pytest.fixture(scope="session")
def normalised_subset(upstream_subset: dict[str, Any]) -> dict[str, Any]:
    """The subset regen hands the generator (overlay and rules applied)."""
    import copy

    doc = copy.deepcopy(upstream_subset)
    normalise.normalise(doc)
    return doc
