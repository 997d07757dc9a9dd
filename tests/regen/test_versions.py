"""Versions always increase under PEP 440, and every version the docs quote is the real one.

The history walk (tests/regen/test_history.py) checks the order across real spec moves; here:
the rule itself, two generator changes on one spec in a temporary copy of the repository, and
the versions quoted in README.md and docs/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.version import Version

import realtime_generated
from regen_lib import pins, source, version

ROOT = Path(__file__).resolve().parents[2]
FP_A, FP_B, FP_C = "aa" * 32, "bb" * 32, "cc" * 32


def test_same_inputs_keep_the_generation_and_any_change_makes_the_next() -> None:
    first = version.next_generation(None, "2.3.0", "2026-08-21", FP_A)
    assert first.counter == version.FIRST_COUNTER
    assert version.next_generation(first, "2.3.0", "2026-08-21", FP_A) == first
    second = version.next_generation(first, "2.3.0", "2026-08-21", FP_B)
    assert second.counter == first.counter + 1 and second.fingerprint == FP_B
    # A newer spec date sorts higher, and the counter still never restarts.
    moved = version.next_generation(second, "2.3.0", "2026-09-01", FP_C)
    assert moved.counter == second.counter + 1
    got = [Version(g.version) for g in (first, second, moved)]
    assert got == sorted(got) and len(set(got)) == 3
    # The switch from the old <fingerprint> scheme sorts above every version it could issue.
    assert Version(first.version) > Version("2.3.0.20260821.16777215")


def test_a_generation_that_would_sort_lower_is_refused() -> None:
    current = version.next_generation(None, "2.3.0", "2026-08-21", FP_A)
    with pytest.raises(version.VersionError, match="does not sort above"):
        version.next_generation(current, "2.3.0", "2026-05-13", FP_B)
    with pytest.raises(version.VersionError, match="older spec"):
        version.next_generation(current, "2.2.0", "2026-09-01", FP_B)


def test_the_sort_key_is_pep440_order() -> None:
    names = ["2.3.0.20260821.16777217", "2.3.0.20260821.16777216", "2.3.0.20260901.16777216"]
    assert sorted(names, key=version.sort_key) == sorted(names, key=Version)


def _copy_repo(tmp: Path) -> Path:
    root = tmp / "repo"
    for rel in ("scripts", "openapi", "generated", "docs"):
        shutil.copytree(ROOT / rel, root / rel, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "realtime_ext").mkdir()
    for rel in ("pyproject.toml", "README.md", "LICENSE", "realtime_ext/_generated_pin.py"):
        shutil.copy(ROOT / rel, root / rel)
    return root


def _command(root: Path) -> list[str]:
    return [sys.executable, str(root / "scripts" / "regen.py"), "--spec", str(source.PINNED_SPEC)]


def _regen(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_command(root), *args], capture_output=True, text=True, check=False)


def _check_later(root: Path, snapshot: Path) -> subprocess.Popen[str]:
    """``--check`` started on a copy of ``root`` as it is now, to be awaited at the end.

    The checks only read the state they are given, so they run beside the next
    regeneration instead of after it (each is a regeneration of its own).
    """
    shutil.copytree(root, snapshot, ignore=shutil.ignore_patterns("__pycache__"))
    return subprocess.Popen(
        [*_command(snapshot), "--check"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_generator_changes_on_one_spec_sort_in_order(ram_path: Path) -> None:
    root = _copy_repo(ram_path)
    versions = [realtime_generated.__version__]
    changes = [
        (root / "openapi" / "templates" / "model.py.jinja", "{# generator change 1 #}\n"),
        (root / "openapi" / "generator.yaml", "# generator change 2\n"),
    ]
    stale: list[subprocess.Popen[str]] = []
    checked: list[subprocess.Popen[str]] = []
    try:
        for index, (path, line) in enumerate(changes):
            path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")
            stale.append(_check_later(root, ram_path / f"stale-{index}"))
            made = _regen(root)
            assert made.returncode == 0, made.stderr
            versions.append(made.stdout.split("realtime-ext-generated ", 1)[1].split()[0])
            checked.append(_check_later(root, ram_path / f"made-{index}"))
            # Regeneration follows the version into the pins and every quoted version.
            assert versions[-1] in (root / "realtime_ext" / "_generated_pin.py").read_text()
            assert pins.check_doc_versions(root, versions[-1]) == []
            assert versions[-1] in (root / "docs" / "sdk-authors.md").read_text()
        print("versions:", " < ".join(versions))
        assert [Version(v) for v in versions] == sorted(Version(v) for v in versions)
        assert len(set(versions)) == 3
        # Regenerating with no change keeps the version.
        again = _regen(root)
        assert again.returncode == 0
        assert again.stdout.split("realtime-ext-generated ", 1)[1].split()[0] == versions[-1]
        # Before each regeneration, the changed input made check-regen fail; after, pass.
        for before in stale:
            _, err = before.communicate(timeout=600)
            assert before.returncode == 1 and "generation.toml" in err, err
        for after in checked:
            out, err = after.communicate(timeout=600)
            assert after.returncode == 0, out[-2000:] + err
    finally:  # a failure leaves no check running behind the test
        for process in stale + checked:
            if process.poll() is None:
                process.kill()
                process.communicate()


def test_every_version_quoted_in_readme_and_docs_is_the_real_one() -> None:
    real = realtime_generated.__version__
    assert pins.check_doc_versions(ROOT, real) == []
    quoted = [
        v
        for page in pins.doc_files(ROOT)
        for v in pins.DOC_VERSION.findall(page.read_text(encoding="utf-8"))
    ]
    assert quoted and set(quoted) == {real}
    # The pattern does find the kind of made-up version the pages once showed.
    assert pins.DOC_VERSION.findall("e.g. `2.3.0.20260821.12037509`") == ["2.3.0.20260821.12037509"]


# The regen modules that write nothing into generated/ (so no fingerprint input), and why.
NOT_INPUTS = {
    "__init__.py": "empty",
    "checks.py": "checks the spec's assumptions before generating; fails or passes",
    "cli.py": "the command line",
    "names_lock.py": "the names.lock gate; fails or passes",
    "pins.py": "writes realtime-ext's pin of the generation, outside generated/",
    "source.py": "locates the spec (its sha256 is hashed on its own)",
    "spec_diff.py": "the spec-diff report and generated/SURFACE.json (not in the wheel)",
    "ext_check.py": "checks realtime_ext against a new generation; fails or passes",
    "cache.py": "keeps two steps' output by their inputs' sha256: the same output either way",
    "live_overlay.py": "writes openapi/overlay_live.yaml (an input itself) from the openai package",
}


def test_every_regen_module_is_a_fingerprint_input_or_said_not_to_be() -> None:
    # A module that shapes generated code but is not an input changes the code without
    # stepping the version (fast_nested.py once was such a module).
    modules = {p.name for p in (ROOT / "scripts" / "regen_lib").glob("*.py")}
    inputs = {
        Path(p).name for p in version.FINGERPRINT_INPUTS if p.startswith("scripts/regen_lib/")
    }
    assert modules - inputs == set(NOT_INPUTS)
    assert not inputs & set(NOT_INPUTS)
