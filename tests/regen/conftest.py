"""Fixtures for the regeneration pipeline: the pinned spec's realtime subset, loaded once, and
one cache of parsed specs and one of generator and fast-decoder outputs for every
regeneration these tests run (in this process and in the scripts/regen.py subprocesses, which
inherit the environment)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from regen_lib import cache, live, normalise, source  # noqa: E402


def _run_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A folder this test run's pytest-xdist workers share (the parent of the worker's base
    temp folder), or the run's own without workers."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    """``os.environ[name] = value`` while the block runs (the subprocesses inherit it)."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        _restore(name, before)


def _restore(name: str, before: str | None) -> None:
    if before is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = before


@pytest.fixture(scope="session", autouse=True)
def parsed_spec_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Each spec parsed once per test run (scripts/regen_lib/source.py: PARSED_CACHE_ENV).

    The folder is this run's own: under pytest-xdist, the parent of the worker's base temp
    folder, which the run's workers share (entries are named by content and written
    atomically); a folder of its own in a run without workers.
    """
    folder = _run_folder(tmp_path_factory, "parsed-specs")
    with _env(source.PARSED_CACHE_ENV, str(folder)):
        yield folder


@pytest.fixture(scope="session", autouse=True)
def regen_step_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The generator's and the fast decoders' output kept by their inputs' sha256, once per
    test run (scripts/regen_lib/cache.py: a run with the same inputs copies the output instead
    of running the step again; every regeneration still runs every other step and check)."""
    folder = _run_folder(tmp_path_factory, "regen-steps")
    with _env(cache.CACHE_ENV, str(folder)):
        yield folder


@pytest.fixture(scope="session")
def normalised_subset(upstream_subset: dict[str, Any]) -> dict[str, Any]:
    """The subset regen hands the generator (overlay and rules applied)."""
    import copy

    doc = copy.deepcopy(upstream_subset)
    live.apply(doc, doc)  # GPT-Live's additions, as regen makes them (checks.prepare)
    normalise.normalise(doc)
    return doc
