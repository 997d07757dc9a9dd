"""Session-wide test kit: the network guard (autouse) and the Prism fixtures, the suite's tiers,
its ``once`` tests and how pytest-xdist shares the tests out.

The implementations live in tests/support/ (importable as ``support``).

Tiers (pytest markers registered in pyproject.toml, chosen by support/tiers.py from each test's
path): the browser tier needs Chromium, the others are for choosing (``make test-unit``).
``make test`` runs every tier in one parallel run, the longest files first. ``once``
(support/tiers.py) marks the tests whose result cannot depend on the interpreter or the
dependency floors: the matrix and ``make test-lowest`` run ``-m "not once"``.

The suite runs under pytest-xdist with ``--dist loadfile``, refined here
(:func:`pytest_xdist_make_scheduler`): each test file goes to one worker, so a module's fixtures
are built once, and the files that need Prism go to one worker together (one Prism start per
run instead of one per worker).
"""

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from support import spec_examples
from support.fixtures import no_internet, prism_server, prism_url, served
from support.fuzz import examples
from support.tiers import LONGEST_FIRST, mark_items, once_reason, tier_of, worker_scope

__all__ = ["no_internet", "prism_server", "prism_url", "served", "upstream_subset"]

# Property tests check results, not speed (`make bench` measures speed), and CI's two cores are
# shared by parallel workers and environments: a deadline or the too-slow health check would
# fail a correct test on a busy machine (a first call paying a lazy import once took 300 ms).
# max_examples: Hypothesis's default (100) for the property tests that name no count, or its
# share in the matrix's other environments (support/fuzz.py).
settings.register_profile(
    "realtime-ext",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    max_examples=examples(100),
)
settings.load_profile("realtime-ext")

# The suite's fake servers (in-process and serve-fake subprocesses, which inherit this) run
# GPT-Live sessions on the test-speed clock: each 100 ms of input audio moves the timeline at
# once, so a test takes the time its code takes, not the seconds it scripts. The few tests
# of the wall clock (the fake's default, as the API) ask for it: live_clock="wall".
os.environ["REALTIME_EXT_FAKE_LIVE_CLOCK"] = "test"


@pytest.fixture(scope="session", autouse=True)
def loopback_ice() -> None:
    """The explicit opt-in: WebRTC calls to the fake server on 127.0.0.1 gather on loopback."""
    from realtime_ext.webrtc._deps import aiortc_available

    if aiortc_available():  # the generated-alone and lowest environments may lack it
        from realtime_ext.testing import use_loopback_ice

        use_loopback_ice()


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under ``-m "not once"`` (the matrix, the lowest versions), files that are ``once`` by
    their path are not even imported: they import the pinned tools (griffe, playwright, the
    generator) that the slim environments do not install."""
    if " ".join(str(config.option.markexpr).split()) != "not once":
        return None
    return True if once_reason(collection_path, tier_of(collection_path)) else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_items(items)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: unknown when it is not loaded
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile``, with the files that start Prism kept on one worker.

    (xdist's own ``loadgroup`` would do it with markers, but its worker-side renaming of node
    ids has no effect under pytest 9: every test was spread out.)
    """
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class FileOrPrism(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return worker_scope(nodeid)

        def _assign_work_unit(self, node: Any) -> None:
            # The longest files first (then xdist's own order, most tests first), so none of
            # them starts last and keeps the run waiting on one worker.
            for scope in reversed(LONGEST_FIRST):
                if scope in self.workqueue:
                    self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

    return FileOrPrism(config, log)


@pytest.fixture(scope="session")
def upstream_subset(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The pinned spec's realtime subset as upstream wrote it (no normalisation), the spec
    parsed once per test run: its pickle is kept in a folder the run's pytest-xdist workers
    share (the parent of a worker's base temp folder; the run's own without workers), as
    tests/regen does for its regenerations."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    return spec_examples.upstream_subset(shared / "parsed-specs")
