"""mypy --strict and pyright (strict) agree that events narrow on ``event.type``.

Checked: tests/typing/check_narrowing.py (``assert_type`` on events from iteration,
``recv``, ``run_until`` and every parser, sync and async) and the README's conversation
snippets (an app written only from the README must narrow without casts). A control file
that reads a field without narrowing must fail under both checkers, so these tests can fail.
pyright is the pinned npm package (package.json), installed by ``make install``.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from support import snippets

ROOT = Path(__file__).resolve().parents[2]
CHECKED = Path(__file__).with_name("check_narrowing.py")
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

CONTROL = """
from realtime_ext.connection import RealtimeConnection


def app(conn: RealtimeConnection) -> None:
    for event in conn:
        print(event.delta)  # not narrowed: no event.type check
        if event.type == "response.done":
            print(event.delta)  # narrowed to response.done, which has no delta
"""


def readme_conversation_snippets() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.code for b in snippets.fenced_blocks(readme) if b.lang == "python"]
    return [code for code in blocks if "event.type ==" in code]


# One cache for every mypy run of the typing tests (build/ is git-ignored): the first run
# checks realtime_ext and its dependencies (about 15 s), each later one only its own files
# (under a second); mypy invalidates the cache itself when a source or mypy changes. The
# typing tests run on several pytest-xdist workers at once, and mypy's cache is not written
# safely by two processes at a time: the runs take turns on a lock.
MYPY_CACHE = ROOT / "build" / "mypy-typing-tests"


def run_mypy(
    files: list[Path], options: Sequence[str] = (), cache: Path = MYPY_CACHE
) -> tuple[int, str]:
    """``mypy --strict`` over ``files`` (``options``: more command-line options). A run with
    other mypy options needs a ``cache`` of its own: mypy rechecks everything whose options
    changed and rewrites the cache, so the runs would undo each other's caches."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    with (cache.parent / f"{cache.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        return _run_mypy(files, options, cache)


def _run_mypy(files: list[Path], options: Sequence[str], cache: Path) -> tuple[int, str]:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(cache),
            *options,
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return proc.returncode, proc.stdout + proc.stderr


def run_pyright(
    files: list[Path], workdir: Path, settings: Mapping[str, object] | None = None
) -> tuple[int, list[dict[str, Any]]]:
    """pyright (strict) over ``files``; ``settings``: more pyrightconfig.json entries."""
    assert PYRIGHT.exists(), "pyright is missing: run `make install` (npm ci)"
    config = workdir / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "venvPath": str(ROOT),
                "venv": ".venv",
                "extraPaths": [str(ROOT)],
                **(settings or {}),
            }
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--project", str(config), *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(proc.stdout)
    errors: list[dict[str, Any]] = [
        d for d in report["generalDiagnostics"] if d["severity"] == "error"
    ]
    return proc.returncode, errors


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    workdir = tmp_path_factory.mktemp("typing")
    readme: list[Path] = []
    for index, code in enumerate(readme_conversation_snippets()):
        path = workdir / f"readme_conversation_{index}.py"
        path.write_text(code, encoding="utf-8")
        readme.append(path)
    control = workdir / "control_unnarrowed.py"
    control.write_text(CONTROL, encoding="utf-8")
    return {"checked": [CHECKED, *readme], "control": [control], "workdir": [workdir]}


def test_readme_has_a_narrowing_conversation_snippet() -> None:
    assert readme_conversation_snippets(), "README lost its `event.type ==` example"


def test_mypy_strict_narrows(files: dict[str, list[Path]]) -> None:
    code, output = run_mypy(files["checked"])
    assert code == 0, output


def test_pyright_strict_narrows(files: dict[str, list[Path]]) -> None:
    code, errors = run_pyright(files["checked"], files["workdir"][0])
    shown = [f"{e['file']}:{e['range']['start']['line'] + 1}: {e['message']}" for e in errors]
    assert (code, shown) == (0, [])


def test_both_checkers_reject_unnarrowed_access(files: dict[str, list[Path]]) -> None:
    code, output = run_mypy(files["control"])
    assert code == 1 and output.count('has no attribute "delta"') >= 2, output
    code, errors = run_pyright(files["control"], files["workdir"][0])
    lines = sorted({int(e["range"]["start"]["line"]) for e in errors})
    assert code == 1 and lines == [6, 8], errors
