"""The typing tests' checker runs: one mypy run and one pyright run for all their files.

Each checker run costs most of its time loading realtime_ext and the generated models (pyright
has no cache: 20-40 s a run on a loaded 2-core machine), so the typing tests no longer run
the checkers once per test (thirteen pyright runs): :func:`checked` writes every file they
check (the ``check_*.py`` files here, the README's conversation snippets, the phone guide as
one module, and the controls that must fail) into one directory and runs each checker once
over all of them. Each test then reads its own files' errors. The first test of a run to ask
does the work; the others (on other pytest-xdist workers too) wait on a lock and read its
result, kept under build/ for that run only (``testrun_uid``).

The README's and docs/' Python blocks (test_docs_typecheck.py, :mod:`_docs_blocks`) are in
the same two runs: a run of their own cost a second pyright start, which reads realtime_ext,
the generated models and their dependencies again (about 20 s of CPU on a 2-core machine).
Their two allowances are theirs alone: the relaxed pyright rules are a comment in each of
their files, and the stub of an untyped library they import (on mypy's and pyright's stub
paths) is imported by no other file.

An error the checkers report outside the files (a crash, a bad option, an error in a module
the files import) is given to every file, so no test passes on a run that did not happen.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _docs_blocks import checked_code, docs_snippets, write_untyped_stubs

from support import snippets

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
BATCHES = ROOT / "build" / "typing-batch"

# One cache for every mypy run of the typing tests (build/ is git-ignored): the first run
# checks realtime_ext and its dependencies, each later one only its own files; mypy
# invalidates the cache itself when a source or mypy changes. mypy's cache is not written
# safely by two processes at a time: the runs take turns on a lock.
MYPY_CACHE = ROOT / "build" / "mypy-typing-tests"

# -- the controls: code each checker must reject, so the tests can fail ----------------------
NARROWING_CONTROL = """
from realtime_ext.connection import RealtimeConnection


def app(conn: RealtimeConnection) -> None:
    for event in conn:
        print(event.delta)  # not narrowed: no event.type check
        if event.type == "response.done":
            print(event.delta)  # narrowed to response.done, which has no delta
"""

TRANSLATION_CONTROL = """
from realtime_ext.translation import TranslationConnection


def app(conn: TranslationConnection) -> None:
    for event in conn:
        print(event.delta)  # not narrowed: no event.type check
        if event.type == "session.closed":
            print(event.delta)  # narrowed to session.closed, which has no delta
"""

GPT_LIVE_CONTROL = """
from realtime_ext import RealtimeClient


def app(client: RealtimeClient) -> None:
    with client.live.connect(model="gpt-live-1", max_retry=3) as conn:
        for event in conn:
            print(event.delta)  # not narrowed: no event.type check
            if event.type == "session.closed":
                print(event.delta)  # narrowed to session.closed, which has no delta
            if event.type == "response.event":
                print(event.event.delta)  # the nested event is not narrowed
        conn.commentary(5)
"""

TRANSLATION_TYPO = """
from realtime_ext import RealtimeClient


def app(client: RealtimeClient) -> None:
    client.translations.connect(max_retry=3)
"""

LIVE_SESSION_CONTROL = """
from realtime_ext import AsyncOpenSession, OpenSession, RealtimeClient
from realtime_ext.connection import RealtimeConnection


def app(session: OpenSession, conn: RealtimeConnection, client: RealtimeClient) -> None:
    session.response.create()  # a conversation's typed send: not every live session's
    wrong: AsyncOpenSession = conn  # a blocking connection is no asyncio session
    other: OpenSession = client  # a client is no live session
    print(wrong, other)
"""

PHONE_CONTROL = """
from realtime_ext import AsyncRealtimeClient
from realtime_ext.session import realtime_session
from realtime_ext.telephony import twilio_endpoint


def on_dtmf(digit: str) -> None:  # the hook takes the call and the digit
    print(digit)


twilio_endpoint(AsyncRealtimeClient(), session=realtime_session(), on_dtmf=on_dtmf)
"""

ENTRY_POINTS_CONTROL = """
from realtime_ext import RealtimeClient
from realtime_ext.connection import RealtimeConnection


def app(client: RealtimeClient, conn: RealtimeConnection) -> None:
    client.connect(model="gpt-realtime", max_retry=3)
    done = conn.run_until("response.done")
    print(done.delta)
"""

# Issue 57 item 5: the entry points take their options as **options: Unpack[TypedDict]; each
# line must fail under both checkers (test_connect_options.py reads them by line number).
OPTIONS_CONTROL = """
from realtime_ext import AsyncRealtimeClient
from realtime_ext.connection import ConnectOptions


def app(client: AsyncRealtimeClient) -> None:
    client.connect(model="gpt-realtime", ping_intervall=5.0)
    client.connect(model="gpt-realtime", max_retries="3")
    client.translations.connect(carry="session")
    client.connect(model="gpt-realtime", api_key="sk-other")
    client.translations.connect(keep_audio=True)
    options: ConnectOptions = {"max_retry": 3}
    print(options)
"""
OPTIONS_CONTROL_LINES = [7, 8, 9, 10, 11, 12]
"""The 1-based lines of :data:`OPTIONS_CONTROL` each checker must reject."""

PHONE_GUIDE = ROOT / "docs" / "guides" / "phone-calls-twilio.md"


def readme_conversation_snippets() -> list[str]:
    """The README's Python blocks that narrow a conversation's events."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.code for b in snippets.fenced_blocks(readme) if b.lang == "python"]
    return [code for code in blocks if "event.type ==" in code]


def phone_guide_blocks() -> list[str]:
    """The phone guide's Python blocks, in order (the page runs them as one module)."""
    blocks = snippets.fenced_blocks(PHONE_GUIDE.read_text(encoding="utf-8"))
    return [b.code for b in blocks if b.lang == "python"]


def sources() -> dict[str, str]:
    """Every file the batch checks: file name -> code."""
    found = {path.name: path.read_text(encoding="utf-8") for path in HERE.glob("check_*.py")}
    for index, code in enumerate(readme_conversation_snippets()):
        found[f"readme_conversation_{index}.py"] = code
    found["phone_guide.py"] = "\n\n".join(phone_guide_blocks())
    found["control_unnarrowed.py"] = NARROWING_CONTROL
    found["control_translation.py"] = TRANSLATION_CONTROL
    found["control_translation_typo.py"] = TRANSLATION_TYPO
    found["control_gpt_live.py"] = GPT_LIVE_CONTROL
    found["control_live_session.py"] = LIVE_SESSION_CONTROL
    found["phone_control.py"] = PHONE_CONTROL
    found["control_entry_points.py"] = ENTRY_POINTS_CONTROL
    found["control_connect_options.py"] = OPTIONS_CONTROL
    docs = {name: checked_code(snippet) for name, snippet in docs_snippets().items()}
    assert not found.keys() & docs.keys(), found.keys() & docs.keys()
    return found | docs


# -- the checkers ----------------------------------------------------------------------------
# The checkout's own mypy cache: `make typecheck` (`mypy realtime_ext`, pyproject's strict
# settings, the options these runs use) writes it, and .ci/run runs that before the tests.
CHECKOUT_MYPY_CACHE = ROOT / ".mypy_cache"


def _seed(cache: Path) -> None:
    """A cache's first run starts from a copy of the checkout's mypy cache, when there is one:
    realtime_ext, the generated layer and their dependencies are then read from it instead of
    checked again (a cold run was over a minute of CPU on CI's fresh clone). mypy checks each
    entry against its source and options, and rechecks what differs, so the result is the
    same; only the work is not. scripts/regen_lib/ext_check.py seeds its runs the same way."""
    if cache.exists() or not CHECKOUT_MYPY_CACHE.is_dir():
        return
    partial = cache.with_name(f"{cache.name}.seeding")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(CHECKOUT_MYPY_CACHE, partial)
    partial.rename(cache)


def run_mypy(
    files: Sequence[Path],
    options: Sequence[str] = (),
    cache: Path = MYPY_CACHE,
    stubs: Path | None = None,
) -> tuple[int, str]:
    """``mypy --strict`` over ``files`` (``options``: more command-line options; ``stubs``:
    a stub directory, put on ``MYPYPATH``). A run with other mypy options needs a ``cache``
    of its own: mypy rechecks everything whose options changed and rewrites the cache, so
    the runs would undo each other's caches."""
    env = dict(os.environ)
    if stubs is not None:
        env["MYPYPATH"] = os.pathsep.join(filter(None, [str(stubs), env.get("MYPYPATH")]))
    cache.parent.mkdir(parents=True, exist_ok=True)
    with (cache.parent / f"{cache.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        _seed(cache)
        proc = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *options]
            + [str(file) for file in files],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
        )
    return proc.returncode, proc.stdout + proc.stderr


def run_pyright(
    files: Sequence[Path], workdir: Path, settings: Mapping[str, object] | None = None
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
    try:
        report = json.loads(proc.stdout)
    except ValueError:  # pyright failed before reporting: an error no file may pass over
        return proc.returncode or 1, [{"file": "", "message": proc.stdout + proc.stderr}]
    errors: list[dict[str, Any]] = [
        d for d in report["generalDiagnostics"] if d["severity"] == "error"
    ]
    return proc.returncode, errors


# -- the batch -------------------------------------------------------------------------------
_LINE = re.compile(r"(?:.*/)?([^/:]+\.py):(\d+): error: (.*)")


@dataclass(frozen=True)
class Checked:
    """Each checker's errors, by file name."""

    mypy: dict[str, list[str]]
    """``"line: message"`` lines; key ``""``: what mypy said outside any file."""
    pyright: dict[str, list[dict[str, Any]]]
    """pyright's error diagnostics; key ``""``: what it said outside any file."""

    def mypy_errors(self, name: str) -> str:
        """mypy's errors in ``name`` (and any outside the files), one per line."""
        return "\n".join([*self.mypy.get("", []), *self.mypy.get(name, [])])

    def pyright_errors(self, name: str) -> list[dict[str, Any]]:
        """pyright's errors in ``name`` (and any outside the files)."""
        return [*self.pyright.get("", []), *self.pyright.get(name, [])]


def _check(workdir: Path, files: list[Path]) -> Checked:
    names = {file.name for file in files}
    stubs = write_untyped_stubs(workdir / "stubs")
    code, output = run_mypy(files, stubs=stubs)
    mypy: dict[str, list[str]] = {}
    for line in output.splitlines():
        found = _LINE.match(line)
        if found and found.group(1) in names:
            name, number, message = found.groups()
            mypy.setdefault(name, []).append(f"{number}: {message}")
        elif ": error:" in line or line.startswith(("mypy: error", "usage:")):
            mypy.setdefault("", []).append(line)
    if code not in (0, 1):  # 2: a crash or a bad option, whatever it printed
        mypy.setdefault("", []).append(f"mypy exited with {code}: {output[-2000:]}")
    _, errors = run_pyright(files, workdir, {"stubPath": str(stubs)})
    pyright: dict[str, list[dict[str, Any]]] = {}
    for error in errors:
        name = Path(error["file"]).name if error["file"] else ""
        pyright.setdefault(name if name in names else "", []).append(error)
    return Checked(mypy, pyright)


_cached: dict[str, Checked] = {}


def checked(run: str) -> Checked:
    """The batch's result for test run ``run`` (xdist's ``testrun_uid``): computed by the
    first process to ask, read by the others."""
    if run in _cached:
        return _cached[run]
    BATCHES.mkdir(parents=True, exist_ok=True)
    workdir = BATCHES / re.sub(r"[^0-9A-Za-z_-]", "_", run)
    with (BATCHES / "batch.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = workdir / "result.json"
        if result.is_file():
            data = json.loads(result.read_text(encoding="utf-8"))
            found = Checked(data["mypy"], data["pyright"])
        else:
            _forget_old_runs(keep=workdir)
            workdir.mkdir()
            files: list[Path] = []
            for name, code in sorted(sources().items()):
                path = workdir / name
                path.write_text(code, encoding="utf-8")
                files.append(path)
            found = _check(workdir, files)
            result.write_text(
                json.dumps({"mypy": found.mypy, "pyright": found.pyright}), encoding="utf-8"
            )
    _cached[run] = found
    return found


def _forget_old_runs(keep: Path, hours: float = 1.0) -> None:
    """Remove earlier runs' batches (an hour old: a run beside this one keeps its own)."""
    for old in BATCHES.iterdir():
        if old.is_dir() and old != keep and time.time() - old.stat().st_mtime > hours * 3600:
            shutil.rmtree(old, ignore_errors=True)


def shown(errors: list[dict[str, Any]]) -> list[str]:
    """pyright errors as ``file:line: message`` lines, for an assertion's message."""
    return [
        f"{e['file']}:{e.get('range', {}).get('start', {}).get('line', -1) + 1}: {e['message']}"
        for e in errors
    ]
