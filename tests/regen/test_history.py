"""make update-spec walks every real upstream move, in order, in a copy of the repository state.

The specs are openapi/upstream/previous, each of history/ in the order of its README, then
the current pin. Each step must succeed, pass check-regen, import the ext layer against the
fresh generation, and its spec-diff must classify the change the README names. The steps
share one state and are made in order, one test each (whichever test needs a step makes it).
Everything is written into a temporary copy (--root): the committed generated/ is never
touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from packaging.version import Version

from regen_lib import changelog, source

ROOT = Path(__file__).resolve().parents[2]
REGEN = [sys.executable, str(ROOT / "scripts" / "regen.py")]
HISTORY = source.HISTORY

# What the history README says each move changed, as the diff must classify it. History does
# not move (the current pin's own step is only checked for success and check-regen).
KNOWN = {
    "535f5dc976320130d7fbf8ecc4eda17177bf59e5": [
        ("additive", "FileInputDetail (the schema itself) enum: + auto"),
        ("additive", "+ schema MCPTool"),
    ],
    "b9fc3bcfd692e77853137f9dfd99e77063f8190c": [
        ("additive", "+ webhook live_call_incoming"),
        ("additive", "+ schema WebhookLiveCallIncoming"),
    ],
    "db14b6e1712aaf5265cf5a6871adff7a9c61d31c": [
        ("additive", "keywords"),
        ("additive", "languages"),
    ],
    "b0da4eabb0db581f5a5f8dcde6e3997409b2e4c6": [
        ("docs-only", "RealtimeTranslationServerEventSessionOutputAudioDelta"),
    ],
}


def _steps() -> list[tuple[Path, str]]:
    readme = (HISTORY / "README.md").read_text(encoding="utf-8")
    commits = re.findall(r"^\| `([0-9a-f]{40})`", readme, re.MULTILINE)
    steps = []
    for commit in commits:
        gz = HISTORY / f"{commit}.yaml.gz"
        if gz.is_file():
            steps.append((gz, commit))
        elif "previous" in readme.split(commit, 1)[1].splitlines()[0]:
            steps.append((source.PREVIOUS_SPEC, commit))
        else:
            steps.append((source.PINNED_SPEC, commit))
    return steps


def _section(report: str, name: str) -> str:
    match = re.search(rf"^{name} \(\d+\):\n((?:  .*\n)*)", report, re.MULTILINE)
    return match.group(1) if match else ""


STEPS = _steps() if HISTORY.is_dir() else []


@dataclass
class Step:
    """One step of the walk: its spec's commit, regen's output, the version it made and the
    checks started on a snapshot of what it wrote."""

    commit: str
    moved: subprocess.CompletedProcess[str]
    version: str
    checks: list[tuple[str, subprocess.Popen[str]]]


class Walk:
    """The walk, made one step at a time in order, each step once, whichever test asks first.

    Each move depends on the one before, so the steps share one state (a module fixture);
    each step is a test of its own (about one regeneration each, instead of one test of six).
    """

    def __init__(self, root: Path, snapshots: Path) -> None:
        self.root = root
        self.snapshots = snapshots
        self.steps: list[Step] = []

    def step(self, index: int) -> Step:
        while len(self.steps) <= index:
            self.steps.append(self._make(len(self.steps)))
        return self.steps[index]

    def _make(self, index: int) -> Step:
        spec, commit = STEPS[index]
        state = self.root
        if index == 0:
            # The walk starts at the oldest spec: pinned as it was, and generated with
            # ACCEPT_NAMES (it has fewer names than the lock copied from the checkout).
            # Not a move: a move backwards is breaking and the ext layer of today does
            # not type-check against it (tests/regen/test_update_spec_gate checks that).
            date = source.commit_date(commit)
            assert date, commit
            pin = source.Pin(
                sha256=source.file_sha256(spec),
                commit=commit,
                url=source.RAW_URL.format(commit=commit),
                date=date,
            )
            source.write_pin(pin, state / "openapi" / "pin.toml")
            command = [*REGEN, "--root", str(state), "--accept-names"]
        else:
            # Every later move is additive or docs-only: added names need no flag.
            command = [*REGEN, "--root", str(state), "--update-spec", str(spec)]
            command += ["--commit", commit]
        moved = subprocess.run(command, capture_output=True, text=True, check=False)
        assert moved.returncode == 0, f"{commit}: {moved.stderr[-3000:]}"
        version = moved.stdout.split("realtime-ext-generated ", 1)[1].split()[0]
        snapshot = self.snapshots / f"step-{index}"
        shutil.copytree(state, snapshot)
        return Step(commit, moved, version, _checks_of(snapshot, version))

    def stop(self) -> None:
        """A failed step leaves no check running behind the tests."""
        for step in self.steps:
            for _, process in step.checks:
                if process.poll() is None:
                    process.kill()
                    process.communicate()


@pytest.fixture(scope="module")
def walk(ram_folder: Callable[[str], Path]) -> Iterator[Walk]:
    if not HISTORY.is_dir():
        pytest.fail(f"{HISTORY} is missing: the history walk needs the vendored spec history")
    root = ram_folder("history")
    (root / "openapi").mkdir()
    (root / "realtime_ext").mkdir()
    for rel in ("openapi/pin.toml", "openapi/names.lock", "pyproject.toml"):
        shutil.copy(ROOT / rel, root / rel)
    shutil.copy(ROOT / "realtime_ext" / "_generated_pin.py", root / "realtime_ext")
    made = Walk(root, ram_folder("history-steps"))
    try:
        yield made
    finally:
        made.stop()


def _start(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs
    )


def _checks_of(snapshot: Path, version: str) -> list[tuple[str, subprocess.Popen[str]]]:
    """check-regen and the ext layer's import, started on a copy of one step's state.

    Each move depends on the one before, but a step's checks only read what it wrote: they
    run on a snapshot while the walk goes on (the walk's slowest part, one regeneration per
    check, then overlaps the next move instead of following it).
    """
    env = {**os.environ, "PYTHONPATH": f"{snapshot / 'generated'}{os.pathsep}{ROOT}"}
    imported = _start(
        sys.executable,
        "-c",
        "import realtime_generated as g, realtime_ext, realtime_ext.events, "
        "realtime_ext.types as t\n"
        f"assert g.__file__.startswith({str(snapshot)!r}), g.__file__\n"
        "[getattr(t, n) for n in t.__all__]\n"
        "print(g.__version__)",
        env=env,
        cwd=snapshot,
    )
    return [("check", _start(*REGEN, "--root", str(snapshot), "--check")), ("import", imported)]


def test_the_history_has_moves_to_walk() -> None:
    assert HISTORY.is_dir(), f"{HISTORY} is missing: the walk needs the vendored spec history"
    assert len(STEPS) >= 3, STEPS


@pytest.mark.parametrize("index", range(max(len(STEPS), 1)))
def test_update_spec_makes_each_upstream_move(walk: Walk, index: int) -> None:
    step = walk.step(index)
    commit, moved = step.commit, step.moved
    assert "Traceback" not in moved.stderr
    snapshot = walk.snapshots / f"step-{index}"  # the state as this step left it
    pin = source.read_pin(snapshot / "openapi" / "pin.toml")
    assert pin.commit == commit and commit in pin.url
    assert pin.sha256 in (snapshot / "generated" / "realtime_generated" / "_spec.py").read_text()
    if index == 0:
        return  # the first step is not a move: it has no spec-diff
    report = moved.stdout.split("Realtime surface:", 1)[1]
    assert report.splitlines()[1].startswith("summary: ")
    for kind, expected in KNOWN.get(commit, []):
        assert expected in _section(report, kind), f"{commit}: {expected!r} not {kind}:\n{report}"
    if commit == "b0da4eabb0db581f5a5f8dcde6e3997409b2e4c6":
        assert "summary: docs-only" in report


def test_every_step_passes_check_regen_and_imports_the_ext_layer(walk: Walk) -> None:
    steps = [walk.step(index) for index in range(len(STEPS))]
    for step in steps:
        (_, checked), (_, imported) = step.checks
        out, err = checked.communicate(timeout=600)
        assert checked.returncode == 0, f"{step.commit}: {out[-2000:]}{err}"
        out, err = imported.communicate(timeout=600)
        assert imported.returncode == 0, f"{step.commit}: ext does not import: {err}"
        assert out.strip() == step.version


def test_each_generation_is_logged_and_sorts_above_the_one_before(walk: Walk) -> None:
    versions = [walk.step(index).version for index in range(len(STEPS))]
    # Each generation has its CHANGELOG entry, newest first, each move's classified.
    log = (walk.root / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.versions(log) == versions[::-1]
    assert log.count("- Realtime surface: additive:") >= 3, log[:3000]
    assert "- Realtime surface: docs-only:" in log

    # Every later generation sorts higher under PEP 440 (what pip uses to pick the newest).
    print("history versions:", " < ".join(versions))
    assert [Version(v) for v in versions] == sorted({Version(v) for v in versions}), versions
