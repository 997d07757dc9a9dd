"""`make update-spec` gates: a breaking move needs ALLOW_BREAKING=1, a names.lock change needs
ACCEPT_NAMES=1, and a refused move writes nothing. Configuration notes get their own section.

Everything runs against a temporary copy of the repository state (``--root``, passed to make
through ``REGEN_ARGS``): the checkout is never touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from regen_lib import cache, names_lock, source, spec_diff
from support.regen_state import copy_state, snapshot

ROOT = Path(__file__).resolve().parents[2]
REGEN = [sys.executable, str(ROOT / "scripts" / "regen.py")]
OLDER = source.PREVIOUS_SPEC  # 16 breaking changes behind the pin
OLDER_COMMIT = "5162af98d3147432c14680df789e8e12d4891e6b"


@pytest.fixture
def state(ram_path: Path) -> Path:
    return copy_state(ram_path / "state")


def _make(
    root: Path, *variables: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            ".venv/.installed",
            "-o",
            "node_modules/.installed",
            "update-spec",
            f"SPEC={OLDER}",
            f"COMMIT={OLDER_COMMIT}",
            f"REGEN_ARGS=--root {root}",
            *variables,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_a_breaking_move_fails_and_writes_nothing(state: Path) -> None:
    before = snapshot(state)
    moved = _make(state)
    assert moved.returncode != 0
    assert "summary: BREAKING" in moved.stdout
    assert "ALLOW_BREAKING=1" in moved.stderr and "nothing was written" in moved.stderr
    assert snapshot(state) == before


def test_allow_breaking_still_needs_accept_names_for_a_names_change(state: Path) -> None:
    (state / "openapi" / "generation.toml").unlink()  # so the version order does not refuse first
    before = snapshot(state)
    moved = _make(state, "ALLOW_BREAKING=1")
    assert moved.returncode != 0
    assert "openapi/names.lock" in moved.stderr and "ACCEPT_NAMES=1" in moved.stderr
    assert snapshot(state) == before


def test_both_flags_move_the_pin_only_when_the_version_still_increases(
    state: Path, tmp_path: Path
) -> None:
    # The older spec cannot get a higher version than the current generation: refused too,
    # before the generator runs (a step cache of its own stays empty: a generation would
    # have stored the generator's output in it).
    before = snapshot(state)
    steps = tmp_path / "regen-steps"
    environ = {**os.environ, cache.CACHE_ENV: str(steps)}
    moved = _make(state, "ALLOW_BREAKING=1", "ACCEPT_NAMES=1", env=environ)
    assert moved.returncode != 0
    assert "does not sort above" in moved.stderr
    assert snapshot(state) == before
    assert not steps.exists(), sorted(steps.rglob("*"))
    upstream = state / "openapi" / "upstream"
    assert not upstream.exists()  # a refused move vendors nothing either
    # Without a recorded generation (a fresh state) the move goes through, lock and all, and
    # is recorded; but realtime_ext, written against the newer spec, no longer type-checks
    # against it, so the move still fails, saying what broke.
    (state / "openapi" / "generation.toml").unlink()
    moved = _make(state, "ALLOW_BREAKING=1", "ACCEPT_NAMES=1")
    assert moved.returncode != 0
    assert "realtime_ext no longer type-checks" in moved.stderr, moved.stderr[-3000:]
    assert "realtime_ext no longer imports" not in moved.stderr, moved.stderr[-3000:]
    assert "error:" in moved.stderr and "Traceback" not in moved.stderr
    assert "must be fixed against it" in moved.stderr
    # The pin's four facts move together, and the generated layer carries them.
    pin = source.read_pin(state / "openapi" / "pin.toml")
    assert pin.sha256 == source.file_sha256(OLDER)
    assert pin.commit == OLDER_COMMIT and OLDER_COMMIT in pin.url
    assert pin.date == source.commit_date(OLDER_COMMIT)
    stamp = (state / "generated" / "realtime_generated" / "_spec.py").read_text()
    for value in (pin.sha256, pin.commit, pin.url, pin.date):
        assert value in stamp
    log = (state / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Realtime surface: BREAKING:" in log and "### Breaking" in log
    assert names_lock.read(state / "openapi" / "names.lock") != names_lock.read(
        ROOT / "openapi" / "names.lock"
    )
    # The new pin's spec is vendored beside it (a clone regenerates offline), the spec it
    # replaced kept in history/ under its commit.
    assert source.read_spec_file(upstream / "openapi.yaml.gz") == source.read_spec_file(OLDER)
    replaced = (
        upstream / "history" / f"{source.read_pin(ROOT / 'openapi' / 'pin.toml').commit}.yaml.gz"
    )
    assert source.read_spec_file(replaced) == source.read_spec_file(source.PINNED_SPEC)


def test_only_a_name_going_away_needs_accept_names(state: Path) -> None:
    lock = state / "openapi" / "names.lock"
    text = lock.read_text(encoding="utf-8")
    # A name the lock has and the generation does not: removed (or renamed), refused.
    lock.write_text(text + "RealtimeGoneAway #RealtimeGoneAway\n", encoding="utf-8")
    edited = lock.read_bytes()
    out = subprocess.run(
        [*REGEN, "--root", str(state)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 1 and "ACCEPT_NAMES=1" in out.stderr
    assert "removed RealtimeGoneAway" in out.stderr
    assert lock.read_bytes() == edited
    # A name the generation has and the lock does not: added, written without a flag.
    lines = text.splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    dropped = lines.pop(first)
    lock.write_text("".join(lines), encoding="utf-8")
    out = subprocess.run(
        [*REGEN, "--root", str(state)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert dropped in lock.read_text(encoding="utf-8")


def test_configuration_notes_have_their_own_section_naming_the_file() -> None:
    out = spec_diff.Changes(
        additive=["+ schema X"],
        config=[
            spec_diff.config_note("overlay fix no longer needed (upstream made it): remove #/a"),
            spec_diff.config_note("subset.toml names webhook 'w', which the spec does not have"),
        ],
    )
    text = spec_diff.render(out, "title")
    assert "summary: additive: 0 breaking, 1 additive, 0 docs-only, 2 configuration notes" in text
    additive, notes = text.split("configuration notes (2):")
    assert "overlay" not in additive and "subset" not in additive
    assert "delete that action from openapi/overlay.yaml" in notes
    assert "openapi/subset.toml" in notes
    assert "openapi/overlay.yaml" not in notes.split("subset.toml names", 1)[1]
