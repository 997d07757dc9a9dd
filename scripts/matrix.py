#!/usr/bin/env python3
"""``make test-matrix`` and ``make test-lowest``: the behaviour tests everywhere, side by side.

Every test not marked ``once`` (tests/support/tiers.py) runs in each environment:

- one per CPython >= 3.11 found on this machine (``.matrix/py3.N``);
- with ``--lowest``: every runtime dependency at its declared floor (``.matrix/lowest``,
  constraints/lowest.txt, on the oldest supported Python), and realtime-ext-generated alone at
  its own floors (``.matrix/lowest-generated``: its own two test files, no conftest).

Each is a slim virtual environment: the package, the generated layer and the ``test`` extra
(pytest, xdist, hypothesis, vcrpy, openai for the parity tests), none of the dev tools. The
environments are built and their runs made at the same time, since they mostly wait (sockets,
subprocesses), each with its own pytest-xdist workers; each run's output goes to
``build/ci/<name>.log`` (printed when it fails) and its timings to ``build/ci/junit-<name>.xml``.

Interpreters are found on PATH (``python3``, ``python3.N``) and in pyenv's versions folder
(``$PYENV_ROOT`` or ``~/.pyenv``); pyenv shims are skipped, since they run whichever version
pyenv has selected. For each minor version the newest patch release wins. A Python's
environment is kept between runs and rebuilt when pyproject.toml or generated/pyproject.toml
changes; the lowest ones are rebuilt every time (they install generated/ as a wheel).

Every supported version, the ``Programming Language :: Python :: 3.N`` classifiers of
pyproject.toml, must be found: a missing one is reported as MISSING and fails the run, like a
failed one, so the matrix never shrinks silently. A version found but not declared runs too
(reported as "not declared").

Usage::

    python scripts/matrix.py                 # every Python, side by side, then the table
    python scripts/matrix.py --lowest        # ... and the lowest versions beside them
    python scripts/matrix.py --only-lowest   # the lowest versions alone (make test-lowest)
    python scripts/matrix.py --list          # only say which interpreters would run
    python scripts/matrix.py -- -k retries   # extra pytest arguments after --
    python scripts/matrix.py --ran-in .venv  # .ci/run: .venv's version already ran (make test)

``--ran-in VENV`` is for ``.ci/run`` only, where ``make test`` has just run every test (the
``once`` ones too) in ``.venv`` and stopped the run had they failed: that interpreter's minor
version is reported as passed there instead of being installed and run a second time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
MATRIX_DIR = ROOT / ".matrix"
LOGS = ROOT / "build" / "ci"
FLOOR = (3, 11)
PROBE = "import platform, sys; print(platform.python_implementation(), *sys.version_info[:3])"
# pytest-xdist workers per environment: three or four environments share two cores, and each
# spends most of its time waiting on sockets and subprocesses.
WORKERS = os.environ.get("MATRIX_WORKERS", "2")
BEHAVIOUR = ["-m", "not once", "-n", WORKERS, "--dist", "loadfile"]
# -p no:cacheprovider: the runs share one checkout, and .pytest_cache is one folder.
PYTEST = ["-q", "-x", "-p", "no:cacheprovider"]
# The generated layer's own tests, without the suite's conftest (which imports realtime_ext).
GENERATED_ALONE = (
    "--noconftest",
    "tests/lowest/test_generated_alone.py",
    "tests/regen/test_forward_compat.py",
)
# The distributions beside the core (dists/*), editable as in .venv (the Makefile's
# EDITABLE_DISTS): the test extra's realtime-ext[all] is satisfied by them, not by an index.
EDITABLE = (
    "-e",
    "./generated",
    "-e",
    "./dists/voice",
    "-e",
    "./dists/endpoints",
    "-e",
    "./dists/testing",
)
# uv, not pip (see the Makefile's UV): the same packages in a few seconds of CPU, not 30.
UV_PIP = ["pip", "install", "--quiet"]


@dataclass(frozen=True)
class Interpreter:
    """A CPython found on the machine."""

    path: Path
    version: tuple[int, int, int]

    @property
    def minor(self) -> str:
        return f"{self.version[0]}.{self.version[1]}"

    @property
    def full(self) -> str:
        return ".".join(map(str, self.version))


@dataclass(frozen=True)
class Env:
    """A slim virtual environment and the pytest run made in it."""

    name: str
    interpreter: Interpreter
    install: tuple[str, ...]
    pytest: tuple[str, ...]
    fresh: bool = False  # rebuilt on every run instead of kept by a stamp
    inputs: tuple[str, ...] = ("pyproject.toml", "generated/pyproject.toml")

    @property
    def venv(self) -> Path:
        return MATRIX_DIR / (self.name if self.name.startswith("lowest") else f"py{self.name}")


@dataclass
class Outcome:
    minor: str
    status: str  # passed, FAILED, MISSING
    detail: str
    seconds: float = 0.0
    log: Path | None = field(default=None, compare=False)


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


def python_env(interpreter: Interpreter, extra: Sequence[str]) -> Env:
    """Every behaviour test on one interpreter."""
    return Env(
        interpreter.minor,
        interpreter,
        (*EDITABLE, "-e", ".[test]"),
        (*BEHAVIOUR, *extra),
    )


def lowest_envs(interpreter: Interpreter, extra: Sequence[str]) -> list[Env]:
    """Every behaviour test at the runtime floors; then the generated layer alone at its own.

    ``lowest-generated`` installs generated/ as a wheel with pytest only and runs the two test
    files written for it without the suite's conftest (which imports realtime_ext).
    """
    return [
        Env(
            "lowest",
            interpreter,
            ("-c", "constraints/lowest.txt", *EDITABLE, "-e", ".[test]"),
            (*BEHAVIOUR, *extra),
            fresh=True,
        ),
        Env(
            "lowest-generated",
            interpreter,
            ("-c", "constraints/lowest-generated.txt", "./generated", "pytest", "pytest-asyncio"),
            GENERATED_ALONE,
            fresh=True,
        ),
    ]


def inputs_digest(names: Iterable[str] = ("pyproject.toml", "generated/pyproject.toml")) -> str:
    digest = hashlib.sha256()
    for name in names:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv(env: Env, log: Path, uv: Path) -> Path:
    """The environment's virtual environment, (re)built when its inputs change (or always)."""
    venv = env.venv
    stamp = venv / ".installed"
    want = f"{env.interpreter.full} {' '.join(env.install)} {inputs_digest(env.inputs)}"
    if not env.fresh and stamp.is_file() and stamp.read_text(encoding="utf-8") == want:
        return venv
    shutil.rmtree(venv, ignore_errors=True)
    with log.open("a", encoding="utf-8") as out:
        for command in (
            [str(uv), "venv", "--quiet", "--python", str(env.interpreter.path), str(venv)],
            [str(uv), *UV_PIP, "--python", str(venv / "bin" / "python"), *env.install],
        ):
            out.write(f"$ {' '.join(command)}\n")
            out.flush()
            subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=True)
    stamp.write_text(want, encoding="utf-8")
    return venv


_PRINT = threading.Lock()


def say(line: str) -> None:
    with _PRINT:
        print(line, flush=True)


def run_measured(command: Sequence[str], out: IO[str]) -> tuple[int, float]:
    """Run ``command`` (output to ``out``); its exit code and the CPU seconds (user + system)
    it and the processes it waited for used: the pytest run, its xdist workers and the
    servers they started. Beside the wall time it says whether a run computes or waits (the
    environments share the cores, so a CPU-bound one gains nothing from more workers).

    Example::

        code, cpu = run_measured([sys.executable, "-c", "pass"], sys.stdout)
    """
    process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    # os.wait4, not process.wait(): the same reaping, with the child's resource usage.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_utime + usage.ru_stime


def run_env(env: Env, uv: Path) -> Outcome:
    """Build the environment and run its tests; the output goes to build/ci/<name>.log."""
    LOGS.mkdir(parents=True, exist_ok=True)
    log = LOGS / f"{env.name}.log"
    log.write_text("", encoding="utf-8")
    started = time.monotonic()
    try:
        venv = ensure_venv(env, log, uv)
    except subprocess.CalledProcessError as exc:
        return Outcome(env.name, "FAILED", f"venv install failed ({exc})", log=log)
    installed = time.monotonic()
    junit = LOGS / f"junit-{env.name}.xml"
    command = [str(venv / "bin" / "python"), "-m", "pytest", *PYTEST, *env.pytest]
    command += ["--junitxml", str(junit)]
    say(f"test-matrix: {env.name}: venv ready in {installed - started:.0f} s; {' '.join(command)}")
    with log.open("a", encoding="utf-8") as out:
        code, cpu = run_measured(command, out)
    took = time.monotonic() - installed
    tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    summary = tail[-1] if tail else "(no output)"
    detail = (
        f"CPython {env.interpreter.full}; venv {installed - started:.0f} s; {summary}; "
        f"CPU {cpu:.0f} s"
    )
    status = "passed" if code == 0 else f"FAILED (pytest exit {code})"
    say(f"test-matrix: {env.name}: {status} in {took:.0f} s")
    return Outcome(env.name, status, detail, took, log)


def run_all(envs: Sequence[Env], uv: Path) -> list[Outcome]:
    """Every environment built and run at the same time; outcomes in the given order."""
    if not envs:
        return []
    with ThreadPoolExecutor(max_workers=len(envs)) as pool:
        return list(pool.map(lambda env: run_env(env, uv), envs))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="only print the plan")
    parser.add_argument(
        "--ran-in",
        type=Path,
        metavar="VENV",
        help="a venv whose Python already ran every test in this run (make test)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--lowest", action="store_true", help="the lowest versions too")
    where.add_argument("--only-lowest", action="store_true", help="the lowest versions alone")
    parser.add_argument(
        "--uv",
        type=Path,
        default=ROOT / ".venv" / "bin" / "uv",
        help="the uv that builds the environments (make install puts it in .venv)",
    )
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    already = probe(args.ran_in / "bin" / "python") if args.ran_in else None
    if args.ran_in and already is None:
        parser.error(f"--ran-in {args.ran_in}: no CPython there")
    if args.ran_in:
        # The property tests searched at full strength in that run; here they run for what
        # differs between versions, on a third of the examples (tests/support/fuzz.py).
        os.environ.setdefault("REALTIME_EXT_FUZZ_SHARE", "3")
    # As the Makefile does (`unexport`): with PYTHONDONTWRITEBYTECODE set, as on some CI
    # images, every xdist worker and every server a test starts compiled the fresh slim
    # environments from source again. Run directly here, the matrix took 878 s of CPU
    # instead of 804, each worker collecting in 23 s instead of 9.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

    declared = declared_versions()
    found = discover(candidates())
    rows = [] if args.only_lowest else plan(found, declared)
    for minor, action in rows:
        where_found = f"{found[minor].path}" if minor in found else "no interpreter found"
        say(f"test-matrix: {minor}: {action} ({where_found})")
    if args.list:
        return 1 if any(action == "MISSING" for _, action in rows) else 0

    reported: dict[str, Outcome] = {}
    envs: list[Env] = []
    for minor, action in rows:
        if action == "MISSING":
            reported[minor] = Outcome(minor, "MISSING", "declared in pyproject.toml, not found")
        elif already is not None and already.minor == minor:
            detail = (
                f"CPython {already.full} in {args.ran_in}, by make test in this run (not rerun)"
            )
            reported[minor] = Outcome(minor, "passed", detail)
        else:
            envs.append(python_env(found[minor], args.pytest_args))
    if args.lowest or args.only_lowest:
        oldest = found.get(declared[0]) if declared else None
        if oldest is None:
            reported["lowest"] = Outcome("lowest", "MISSING", f"no CPython {declared[0]} found")
        else:
            envs += lowest_envs(oldest, args.pytest_args)

    if envs and not args.uv.is_file():
        parser.error(f"--uv {args.uv}: no uv there (make install puts it in .venv)")
    outcomes = [*reported.values(), *run_all(envs, args.uv)]
    print("\ntest-matrix summary (every test not marked once):")
    for outcome in outcomes:
        timing = f", tests {outcome.seconds:.0f} s" if outcome.seconds else ""
        print(f"  {outcome.minor}: {outcome.status} - {outcome.detail}{timing}")
    for outcome in outcomes:
        if outcome.status != "passed" and outcome.log is not None:
            lines = outcome.log.read_text(encoding="utf-8", errors="replace").splitlines()
            print(f"\n--- {outcome.minor}: last 80 lines of {outcome.log} ---")
            print("\n".join(lines[-80:]))
    return 0 if all(o.status == "passed" for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
