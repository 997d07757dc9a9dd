"""`make test-matrix` finds every CPython >= 3.11 and reports a declared one that is missing.

The discovery runs real executables: small fake interpreters (shell scripts printing what
the probe asks for) stand for Pythons this machine may or may not have.
"""

from __future__ import annotations

import importlib.util
import os
import re
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_matrix() -> ModuleType:
    spec = importlib.util.spec_from_file_location("matrix_script", ROOT / "scripts" / "matrix.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


matrix = load_matrix()


def fake_python(folder: Path, name: str, printed: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / name
    exe.write_text(f"#!/bin/sh\necho '{printed}'\n", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def test_declared_versions_are_the_classifiers() -> None:
    assert matrix.declared_versions() == ["3.11", "3.12", "3.13"]


def test_discovery_keeps_cpython_from_3_11_newest_patch_and_skips_shims(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    fake_python(bin_dir, "python3.12", "CPython 3 12 1")
    fake_python(bin_dir, "python3.10", "CPython 3 10 13")  # below the floor: never a candidate
    fake_python(bin_dir, "python3", "PyPy 3 11 4")  # not CPython
    fake_python(tmp_path / "shims", "python3.14", "CPython 3 14 0")  # a pyenv shim: skipped
    pyenv = tmp_path / "pyenv"
    fake_python(pyenv / "versions" / "3.12.4" / "bin", "python3", "CPython 3 12 4")
    fake_python(pyenv / "versions" / "3.11.2" / "bin", "python3", "CPython 3 11 2")
    fake_python(pyenv / "versions" / "broken" / "bin", "python3", "garbage")
    path_env = os.pathsep.join([str(bin_dir), str(tmp_path / "shims")])

    found = matrix.discover(matrix.candidates(path_env, pyenv))

    assert {minor: i.version for minor, i in found.items()} == {
        "3.11": (3, 11, 2),
        "3.12": (3, 12, 4),
    }


def test_a_missing_declared_python_is_reported_not_skipped(tmp_path: Path) -> None:
    exe = fake_python(tmp_path, "python3.12", "CPython 3 12 1")
    found = matrix.discover([exe])
    assert matrix.plan(found, ["3.11", "3.12"]) == [("3.11", "MISSING"), ("3.12", "run")]
    undeclared = matrix.discover([fake_python(tmp_path, "python3.14", "CPython 3 14 0")])
    assert matrix.plan(undeclared, ["3.14"]) == [("3.14", "run")]
    assert matrix.plan(undeclared, []) == [("3.14", "run (not declared)")]


def test_list_fails_when_a_declared_python_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    exe = fake_python(tmp_path, "python3.12", "CPython 3 12 1")
    monkeypatch.setattr(matrix, "candidates", lambda: [exe])
    assert matrix.main(["--list"]) == 1
    out = capsys.readouterr().out
    assert "3.11: MISSING (no interpreter found)" in out
    assert f"3.12: run ({exe})" in out


def test_ran_in_reports_the_venvs_version_without_running_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    venv = tmp_path / "venv"
    fake_python(venv / "bin", "python", "CPython 3 11 7")
    found = {
        "3.11": matrix.Interpreter(tmp_path / "py311", (3, 11, 7)),
        "3.12": matrix.Interpreter(tmp_path / "py312", (3, 12, 1)),
    }
    ran: list[list[str]] = []
    monkeypatch.setattr(matrix, "declared_versions", lambda: ["3.11", "3.12"])
    monkeypatch.setattr(matrix, "discover", lambda paths: found)
    monkeypatch.setattr(
        matrix,
        "run_all",
        lambda envs, uv: (
            ran.append([e.name for e in envs])
            or [matrix.Outcome(e.name, "passed", "ran") for e in envs]
        ),
    )

    uv = tmp_path / "uv"
    uv.touch()
    assert matrix.main(["--uv", str(uv), "--ran-in", str(venv)]) == 0
    assert ran == [["3.12"]]
    assert "3.11: passed - CPython 3.11.7 in" in capsys.readouterr().out

    # With --lowest, the floors run beside the other Pythons, on the oldest supported one.
    assert matrix.main(["--uv", str(uv), "--ran-in", str(venv), "--lowest"]) == 0
    assert ran[-1] == ["3.12", "lowest", "lowest-generated"]
    assert matrix.main(["--uv", str(uv), "--only-lowest"]) == 0
    assert ran[-1] == ["lowest", "lowest-generated"]


def test_every_environment_is_slim_and_runs_every_test_not_marked_once(tmp_path: Path) -> None:
    py = matrix.Interpreter(tmp_path / "python3", (3, 12, 1))
    env = matrix.python_env(py, ["-k", "retries"])
    assert env.install == (*matrix.EDITABLE, "-e", ".[test]")
    assert {"./dists/voice", "./dists/endpoints", "./dists/testing"} <= set(env.install)
    assert " ".join(env.pytest).startswith("-m not once -n ")
    assert env.pytest[-2:] == ("-k", "retries")
    lowest, alone = matrix.lowest_envs(py, [])
    assert lowest.install[:2] == ("-c", "constraints/lowest.txt") and ".[test]" in lowest.install
    assert " ".join(lowest.pytest).startswith("-m not once")
    assert lowest.fresh and alone.fresh
    assert alone.install[:2] == ("-c", "constraints/lowest-generated.txt")
    assert "--noconftest" in alone.pytest
    # Runs share one checkout: no cache folder written by two of them at once.
    assert "no:cacheprovider" in matrix.PYTEST


def test_environments_are_built_by_uv_and_a_missing_uv_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    py = matrix.Interpreter(tmp_path / "python3", (3, 12, 1))
    env = matrix.python_env(py, [])
    commands: list[list[str]] = []

    def record(command: list[str], **kwargs: object) -> None:
        commands.append(command)
        if command[1] == "venv":
            Path(command[-1]).mkdir(parents=True)

    monkeypatch.setattr(matrix, "MATRIX_DIR", tmp_path / "matrix")
    monkeypatch.setattr(matrix.subprocess, "run", record)
    uv = tmp_path / "uv"
    matrix.ensure_venv(env, tmp_path / "log", uv)
    venv = tmp_path / "matrix" / "py3.12"
    assert commands == [
        [str(uv), "venv", "--quiet", "--python", str(py.path), str(venv)],
        [str(uv), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"),
         *matrix.EDITABLE, "-e", ".[test]"],
    ]  # fmt: skip

    monkeypatch.setattr(matrix, "declared_versions", lambda: ["3.12"])
    monkeypatch.setattr(matrix, "discover", lambda paths: {"3.12": py})
    with pytest.raises(SystemExit):
        matrix.main(["--uv", str(tmp_path / "no-uv")])


def test_the_test_extra_is_slim() -> None:
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    names = {re.split(r"[<>=\[ ;]", r, maxsplit=1)[0] for r in extras["test"]}
    # None of the dev tools: generator, linters, type checkers, docs site, browser driver.
    assert not names & {"openapi-python-client", "ruff", "mypy", "playwright", "mkdocs"}
    assert "realtime-ext[docs]" not in extras["test"]
    assert {"pytest", "pytest-xdist", "hypothesis"} <= names
    assert "realtime-ext[test]" in extras["dev"]


def test_ran_in_without_a_python_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        matrix.main(["--ran-in", str(tmp_path / "nothing")])


@pytest.mark.parametrize("ran_in", [True, False])
def test_the_property_tests_try_a_share_only_after_a_full_run(
    ran_in: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # --ran-in: make test already ran every property test at full strength in this CI run.
    monkeypatch.delenv("REALTIME_EXT_FUZZ_SHARE", raising=False)
    ran = ["--ran-in", str(Path(sys.executable).parents[1])] if ran_in else []
    try:
        assert matrix.main([*ran, "--list"]) == 0
        assert os.environ.get("REALTIME_EXT_FUZZ_SHARE") == ("3" if ran_in else None)
    finally:  # not left to this worker's later subprocesses (monkeypatch records no unset)
        os.environ.pop("REALTIME_EXT_FUZZ_SHARE", None)


def test_the_environments_keep_their_bytecode_even_where_the_image_says_not_to(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As the Makefile's `unexport`: run directly, the matrix's workers would compile every
    # module from source again (23 s of collection per worker instead of 9).
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # restored by monkeypatch afterwards
    monkeypatch.setattr(matrix, "declared_versions", list)
    assert matrix.main(["--list"]) == 0
    assert "PYTHONDONTWRITEBYTECODE" not in os.environ
