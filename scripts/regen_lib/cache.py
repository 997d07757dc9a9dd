"""A content-addressed cache of the regeneration's two costly steps, for the test suite.

The regeneration tests run scripts/regen.py about 30 times, mostly on the same few specs: a
spec move and the ``--check`` of what it wrote generate the same subset twice, and every walk
ends on the pinned spec. Two steps are most of each run's CPU, and each is a function of its
inputs alone:

- the generator (``generate.run``, openapi-python-client in a subprocess, ~3 s of CPU): the
  normalised subset it is handed, its configuration and templates (openapi/), the installed
  generator's version and files;
- the fast decoders (``fast_events.write``, a child interpreter importing the generated
  classes, ~2.6 s): the package it introspects, the classes named, the modules that write
  them (fast_events.py, fast_nested.py, variants.py) and the interpreter.

With ``REALTIME_EXT_REGEN_CACHE`` naming a folder (tests/regen/conftest.py sets one folder
per test run, shared by its pytest-xdist workers and inherited by the regen.py subprocesses),
each step's output is kept there under the sha256 of those inputs, and a run with the same
inputs copies it instead of running the step; unset (``make regen``, ``make check-regen``,
CI's own commands), nothing is cached and nothing changes. Only a step that succeeded is
kept (a generator warning still fails every run), and an entry is written whole or not at
all (built beside it, then renamed), so parallel runs never read half of one. Runs that miss
the same entry at the same time take turns (a lock per entry): the first runs the step, the
others wait and copy what it stored, where each ran the step beside the others before (a
spec move and the --check started beside it, the pinned spec in every test file that starts
at once under pytest-xdist).

This module does not shape generated code (the same output either way), so it is not a
fingerprint input (scripts/regen_lib/version.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import threading
from collections.abc import Callable, Generator, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from . import fast_events, generate

CACHE_ENV = "REALTIME_EXT_REGEN_CACHE"
# Bumped when what an entry holds changes shape.
_LAYOUT = "1"
_FAST_EVENTS_SOURCES = ("fast_events.py", "fast_nested.py", "variants.py")
_T = TypeVar("_T")


def _folder(kind: str) -> Path | None:
    folder = os.environ.get(CACHE_ENV)
    return Path(folder) / kind if folder else None


def _hash_tree(digest: Any, root: Path) -> None:
    """Every file under ``root`` (bytecode aside), by relative name and bytes, in name order."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for file in files:
        digest.update(file.relative_to(root).as_posix().encode() + b"\0")
        digest.update(file.read_bytes() + b"\0")


def _key(parts: Iterable[bytes], trees: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"layout {_LAYOUT}\n{sys.version}\n{sys.executable}\n".encode())
    for part in parts:
        digest.update(part + b"\0")
    for tree in trees:
        digest.update(f"tree {tree.name}\n".encode())
        if tree.is_dir():
            _hash_tree(digest, tree)
        else:
            digest.update(tree.read_bytes() + b"\0")
    return digest.hexdigest()


def _store(entry: Path, fill: Callable[[Path], object]) -> None:
    """Build the entry in a folder of its own beside it, then rename it into place (atomic:
    a reader finds all of it or nothing). Another process may have stored it first."""
    partial = entry.with_name(f"{entry.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        fill(partial)
        os.rename(partial, entry)
    except OSError:
        if not entry.is_dir():
            raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)


@contextlib.contextmanager
def _turn(entry: Path) -> Generator[None]:
    """Hold ``entry``'s lock (a file of its own in ``locks/`` beside the kinds' folders).

    fcntl.flock rather than a library: the standard library's, and the lock goes with the
    open file, so a run that dies mid-step (killed by a timeout) leaves nothing to clean up.
    Imported here: only the test suite turns the cache on (POSIX; ``make regen`` never gets
    here).
    """
    import fcntl

    locks = entry.parent.parent / "locks"
    locks.mkdir(parents=True, exist_ok=True)
    with (locks / f"{entry.parent.name}-{entry.name}").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield


def _reuse_or_run(
    entry: Path,
    reuse: Callable[[Path], _T],
    run: Callable[[], _T],
    fill: Callable[[Path, _T], object],
) -> _T:
    """``reuse(entry)`` when it is stored; else ``run()``, stored by ``fill(folder, result)``.

    A run that finds another one running the step with the same inputs waits for it and
    reuses its entry (or, when that run failed and stored nothing, runs the step itself).
    """
    if entry.is_dir():
        return reuse(entry)
    with _turn(entry):
        if entry.is_dir():  # stored by the run this one waited for
            return reuse(entry)
        result = run()  # raises on failure: only successes are stored
        _store(entry, lambda partial: fill(partial, result))
        return result


def _generator_files() -> Path:
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent


def generate_run(doc: dict[str, Any], out_dir: Path) -> str:
    """``generate.run(doc, out_dir)``, or its stored output when the inputs are the same."""
    folder = _folder("generate")
    if folder is None:
        return generate.run(doc, out_dir)
    generate.check_generator()  # as run() does: the pinned version, the expected templates
    key = _key(
        [
            json.dumps(doc, sort_keys=False).encode(),
            f"{generate.GENERATOR}=={metadata.version(generate.GENERATOR)}".encode(),
            generate.PACKAGE.encode(),
        ],
        [generate.CONFIG_FILE, generate.TEMPLATES, _generator_files()],
    )
    target = out_dir / generate.PACKAGE

    def reuse(entry: Path) -> str:
        shutil.copytree(entry / "package", target)
        return (entry / "output.txt").read_text(encoding="utf-8")

    def fill(partial: Path, output: str) -> None:
        shutil.copytree(target, partial / "package", ignore=shutil.ignore_patterns("__pycache__"))
        (partial / "output.txt").write_text(output, encoding="utf-8")

    # generate.run raises on any warning: only successes are stored
    return _reuse_or_run(folder / key, reuse, lambda: generate.run(doc, out_dir), fill)


def fast_events_write(package: Path, tables: dict[str, dict[str, str]]) -> None:
    """``fast_events.write(package, tables)``, or its stored module when the inputs are the
    same (the package as the child would import it, the classes, the writer's sources)."""
    folder = _folder("fast-events")
    if folder is None:
        fast_events.write(package, tables)
        return
    here = Path(fast_events.__file__).resolve().parent
    classes = sorted({name for entries in tables.values() for name in entries.values()})
    key = _key(
        [json.dumps(classes).encode(), package.name.encode()],
        [package, *(here / name for name in _FAST_EVENTS_SOURCES)],
    )
    module = package / fast_events.MODULE
    _reuse_or_run(
        folder / key,
        lambda entry: shutil.copyfile(entry / fast_events.MODULE, module),
        lambda: fast_events.write(package, tables),
        lambda partial, _: shutil.copyfile(module, partial / fast_events.MODULE),
    )
