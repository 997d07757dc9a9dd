"""Fixtures for the regeneration pipeline: the pinned spec's realtime subset, loaded once, and
one cache of parsed specs and one of generator and fast-decoder outputs for every
regeneration these tests run (in this process and in the scripts/regen.py subprocesses, which
inherit the environment)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
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


# A regeneration writes a 7.5 MB tree of ~1,700 files, rewrites most of them (postprocess,
# ruff) and deletes it (--check, or after copying it into place). On an ext4 disk that is
# most of a run's time: a rewritten file's blocks are allocated at once, and deleting 1,700 of
# them took 3 to 5 s of each ~10 s regeneration here. In memory it costs nothing, so the
# regenerations run with their temporary folders (TMPDIR) on a tmpfs when there is one with
# room; what they write and check is the same either way.
_RAM = Path("/dev/shm")
_RAM_ROOM = 1 << 30  # bytes free on the tmpfs: several regenerations at once fit many times


def _ram_folder() -> Path | None:
    """A folder of this process's own on a tmpfs with room, or None when there is none."""
    try:
        stat = os.statvfs(_RAM)
    except OSError:
        return None
    if stat.f_bavail * stat.f_frsize < _RAM_ROOM or not os.access(_RAM, os.W_OK):
        return None
    return Path(tempfile.mkdtemp(prefix="realtime-ext-regen-", dir=_RAM))


@pytest.fixture(scope="package", autouse=True)
def regen_temporary_folder() -> Iterator[Path | None]:
    """TMPDIR (the regen.py subprocesses) and tempfile's folder (regen code run in the test
    process) on a tmpfs while this package's tests run; unchanged when there is no tmpfs."""
    folder = _ram_folder()
    if folder is None:
        yield None
        return
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        with _env("TMPDIR", str(folder)):
            yield folder
    finally:
        tempfile.tempdir = before
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="package")
def ram_folder(
    regen_temporary_folder: Path | None, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], Path]:
    """New folders for the copies of the repository state that regen.py writes into and
    reads (the same ~1,700 files): beside regen's temporary folders on the tmpfs when there
    is one (removed with them), else pytest's own."""

    def make(name: str) -> Path:
        if regen_temporary_folder is None:
            return tmp_path_factory.mktemp(name)
        return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=regen_temporary_folder))

    return make


@pytest.fixture
def ram_path(ram_folder: Callable[[str], Path]) -> Path:
    """A folder of this test's own, as ``tmp_path`` is, on the tmpfs when there is one."""
    return ram_folder("test")


@pytest.fixture(scope="session")
def normalised_subset(upstream_subset: dict[str, Any]) -> dict[str, Any]:
    """The subset regen hands the generator (overlay and rules applied)."""
    import copy

    doc = copy.deepcopy(upstream_subset)
    live.apply(doc, doc)  # GPT-Live's additions, as regen makes them (checks.prepare)
    normalise.normalise(doc)
    return doc
