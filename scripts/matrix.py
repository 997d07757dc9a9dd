#!/usr/bin/env python3
"""``make test-matrix``: the unit tests on every CPython >= 3.11 found on this machine.

Interpreters are found on PATH (``python3``, ``python3.N``) and in pyenv's versions folder
(``$PYENV_ROOT`` or ``~/.pyenv``); pyenv shims are skipped, since they run whichever version
pyenv has selected. For each minor version the newest patch release wins. Each one gets its
own virtual environment under ``.matrix/`` (git-ignored, kept between runs, rebuilt when
pyproject.toml or generated/pyproject.toml changes) and runs ``pytest -x -m unit``.

Every supported version, the ``Programming Language :: Python :: 3.N`` classifiers of
pyproject.toml, must be found: a missing one is reported as MISSING and fails the run, like a
failed one, so the matrix never shrinks silently. A version found but not declared runs too
(reported as "not declared").

Usage::

    python scripts/matrix.py                 # build/refresh the venvs, run, print the table
    python scripts/matrix.py --list          # only say which interpreters would run
    python scripts/matrix.py -- -k retries   # extra pytest arguments after --
    python scripts/matrix.py --ran-in .venv  # .ci/run: .venv's version already ran (make test)

``--ran-in VENV`` is for ``.ci/run`` only, where ``make test`` has just run the same unit tests
in ``.venv`` and stopped the run had they failed: that interpreter's minor version is reported
as passed there (named as such in the summary) instead of being installed and run a second
time, which keeps CI well inside its time limit.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MATRIX_DIR = ROOT / ".matrix"
FLOOR = (3, 11)
PROBE = "import platform, sys; print(platform.python_implementation(), *sys.version_info[:3])"


@dataclass(frozen=True)
class Interpreter:
    """A CPython found on the machine."""

    path: Path
    version: tuple[int, int, int]

    @property
    def minor(self) -> str:
        return f"{self.version[0]}.{self.version[1]}"


@dataclass
class Outcome:
    minor: str
    status: str  # passed, FAILED, MISSING
    detail: str
    seconds: float = 0.0


def declared_versions(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The minor versions pyproject.toml's classifiers declare, e.g. ``["3.11", "3.12"]``."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    found = []
    for classifier in project.get("classifiers", []):
        match = re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", classifier)
        if match:
            found.append(match.group(1))
    return sorted(found, key=lambda v: tuple(map(int, v.split("."))))


def candidates(path_env: str | None = None, pyenv_root: Path | None = None) -> list[Path]:
    """Executables that may be a CPython: on PATH, then in pyenv's versions folder."""
    found: list[Path] = []
    for folder in (path_env if path_env is not None else os.environ.get("PATH", "")).split(
        os.pathsep
    ):
        if not folder or "shims" in Path(folder).parts:
            continue
        for name in ["python3", *(f"python3.{minor}" for minor in range(FLOOR[1], 30))]:
            exe = Path(folder) / name
            if exe.is_file() and os.access(exe, os.X_OK):
                found.append(exe)
    root = pyenv_root or Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found += sorted((root / "versions").glob("*/bin/python3"))
    return found


def probe(exe: Path) -> Interpreter | None:
    """The interpreter's version if it is a CPython that runs, else None."""
    try:
        out = subprocess.run(
            [str(exe), "-c", PROBE], capture_output=True, text=True, timeout=30, check=True
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    if len(out) != 4 or out[0] != "CPython":
        return None
    return Interpreter(exe, (int(out[1]), int(out[2]), int(out[3])))


def discover(paths: Iterable[Path]) -> dict[str, Interpreter]:
    """One interpreter per minor version >= 3.11 (the newest patch), keyed ``"3.N"``."""
    best: dict[str, Interpreter] = {}
    for exe in paths:
        found = probe(exe)
        if found is None or found.version[:2] < FLOOR:
            continue
        if found.minor not in best or found.version > best[found.minor].version:
            best[found.minor] = found
    return dict(sorted(best.items(), key=lambda item: item[1].version))


def plan(found: dict[str, Interpreter], declared: Sequence[str]) -> list[tuple[str, str]]:
    """Each minor version and what happens to it: ``run``, ``run (not declared)`` or ``MISSING``."""
    rows = [(v, "run" if v in found else "MISSING") for v in declared]
    rows += [(v, "run (not declared)") for v in found if v not in declared]
    return sorted(rows, key=lambda row: tuple(map(int, row[0].split("."))))


def inputs_digest() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "generated/pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv(interpreter: Interpreter) -> Path:
    """The interpreter's virtual environment under .matrix/, (re)built when the inputs change."""
    venv = MATRIX_DIR / f"py{interpreter.minor}"
    stamp = venv / ".installed"
    want = f"{'.'.join(map(str, interpreter.version))} {inputs_digest()}"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == want:
        return venv
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([str(interpreter.path), "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run(
        [*pip, "--disable-pip-version-check", "-e", "./generated", "-e", ".[dev]"],
        cwd=ROOT,
        check=True,
    )
    stamp.write_text(want, encoding="utf-8")
    return venv


def run_one(interpreter: Interpreter, pytest_args: Sequence[str]) -> Outcome:
    started = time.monotonic()
    try:
        venv = ensure_venv(interpreter)
    except subprocess.CalledProcessError as exc:
        return Outcome(interpreter.minor, "FAILED", f"venv install failed ({exc})")
    installed = time.monotonic()
    command = [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]
    command += ["-m", "unit", *pytest_args]
    print(f"test-matrix: {' '.join(command)}", flush=True)
    code = subprocess.run(command, cwd=ROOT).returncode
    took = time.monotonic() - installed
    version = ".".join(map(str, interpreter.version))
    detail = f"CPython {version} ({interpreter.path}); venv {installed - started:.0f} s"
    status = "passed" if code == 0 else f"FAILED (pytest exit {code})"
    return Outcome(interpreter.minor, status, detail, took)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="only print the plan")
    parser.add_argument(
        "--ran-in",
        type=Path,
        metavar="VENV",
        help="a venv whose Python's unit tests already passed in this run (make test)",
    )
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    already = probe(args.ran_in / "bin" / "python") if args.ran_in else None
    if args.ran_in and already is None:
        parser.error(f"--ran-in {args.ran_in}: no CPython there")

    declared = declared_versions()
    found = discover(candidates())
    rows = plan(found, declared)
    for minor, action in rows:
        where = f"{found[minor].path}" if minor in found else "no interpreter found"
        print(f"test-matrix: {minor}: {action} ({where})", flush=True)
    if args.list:
        return 1 if any(action == "MISSING" for _, action in rows) else 0

    outcomes = []
    for minor, action in rows:
        if action == "MISSING":
            outcomes.append(Outcome(minor, "MISSING", "declared in pyproject.toml, not found"))
        elif already is not None and already.minor == minor:
            version = ".".join(map(str, already.version))
            detail = f"CPython {version} in {args.ran_in}, by make test in this run (not rerun)"
            outcomes.append(Outcome(minor, "passed", detail))
        else:
            outcomes.append(run_one(found[minor], args.pytest_args))
    print("\ntest-matrix summary (unit tests, -x):")
    for outcome in outcomes:
        timing = f", tests {outcome.seconds:.0f} s" if outcome.seconds else ""
        print(f"  Python {outcome.minor}: {outcome.status} - {outcome.detail}{timing}")
    return 0 if all(o.status == "passed" for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
