"""Write the blocking twins of the asyncio modules from their async source (unasync).

The sync classes are the async ones with the coroutine syntax taken out: ``async def`` ->
``def``, ``await x`` -> ``x``, ``async with``/``async for`` -> ``with``/``for``,
``AsyncConversation`` -> ``Conversation``, ``aconnect`` -> ``connect``, a per-driver helper
module ``_x_async`` -> ``_x_sync``. So each target in :data:`TARGETS` is rewritten from its
source (an asyncio module marked ``# unasync: source``), line by line, with the substitution
table :data:`SUBS` (the idea of httpcore's ``scripts/unasync.py``), then import-sorted and
formatted as the repo formats code. What genuinely differs between the drivers (threads or
tasks, blocking or awaiting a timeout) is not rewritten: it lives in small per-driver
helpers written by hand, primitives only (``_base/backend_async.py`` and
``backend_sync.py``: start, wait for and stop a background flow, the stop event, the step
lock; ``AsyncClosing`` and ``Closing`` in ``realtime_ext/_closing.py``, the ``with``
protocol), which the source imports by the name the table maps. The executor that uses them
(``_base/actions_async.py``) is a source like the drivers.

A generated file starts with the line ``# generated from <source> by scripts/gen_sync.py;
do not edit``.

    python scripts/gen_sync.py           # rewrite the sync twins
    python scripts/gen_sync.py --check   # exit 1 if one is stale (CI, tests)

Every substitution must be used by some source: a rule nothing needs any more fails the
run, so the table stays the list of what the twins really differ in.

Why a script and not the ``unasync`` package: it renames token by token from a fixed
mapping, so every ``AsyncName`` and every ``_x_async`` module would have to be listed one by
one (here one pattern each), it has no rule spanning tokens (an import line that changes
what is imported), and it cannot report a rule no source uses. httpcore, the model, keeps
its own script for the same reasons.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "realtime_ext"

SOURCE = "# unasync: source"
"""A line in an asyncio module (under realtime_ext, named ``*_async.py``) that makes it a
source: its twin, the same name with ``_sync``, is written from it (the line itself is left
out). A new module pair (a session kind's) marks its source; no list here to edit."""


def sources(package: Path = PACKAGE) -> list[Path]:
    """The asyncio modules under ``package`` marked :data:`SOURCE`, in path order."""
    return sorted(
        path
        for path in package.rglob("*_async.py")
        if SOURCE in path.read_text(encoding="utf-8").splitlines()
    )


TARGETS = {
    source: source.with_name(source.name.replace("_async.py", "_sync.py")) for source in sources()
}
"""Async source -> generated blocking twin."""

HEADER = "# generated from {source} by scripts/gen_sync.py; do not edit\n"

# Names whose blocking twin says Sync where the async one says Async (the protocols and the
# helpers named as a pair); every other AsyncName loses its prefix.
SYNC_PREFIXED = (
    "AsyncActions",
    "AsyncAudioOutput",
    "AsyncBackend",
    "AsyncHTTPTransport",
    "AsyncPeer",
    "AsyncPeerCall",
    "AsyncStarting",
    "AsyncReopen",
    "AsyncTransport",
    "AsyncWebSocketTransport",
)

SUBS: list[tuple[str, str]] = [
    # Syntax (and how the docstrings name it).
    (r"an async context manager", "a context manager"),
    (r"async def", "def"),
    (r"async with", "with"),
    (r"async for", "for"),
    (r"await ", ""),
    (r"__aiter__", "__iter__"),
    (r"__aenter__", "__enter__"),
    (r"__aexit__", "__exit__"),
    (r"AsyncIterator", "Iterator"),
    (r"AsyncIterable", "Iterable"),
    (r"aclose", "close"),
    (r"asleep", "sleep"),
    # What an entry point returns: on asyncio an Opening (``await`` it or ``async with``
    # it), in blocking code the open connection or session itself.
    (r"AsyncConnect", "RealtimeConnection"),
    (r"\.connect import AsyncTranslationConnect", ".connection_sync import TranslationConnection"),
    (r"\bAsyncTranslationConnect\b", "TranslationConnection"),
    (r"_live\.connect import AsyncLiveConnect", "_live.connection_sync import LiveConnection"),
    (r"AsyncLiveConnect", "LiveConnection"),
    # A WebRTC call's ``opening(...)`` (the per-driver helper): an ``Opening`` of the call
    # on asyncio, the open call itself in blocking code.
    (r"Opening\[(\w+)\]", r"\1"),
    # A coroutine function's result: awaited on asyncio, returned in blocking code.
    (r"Awaitable\[(\w+)\]", r"\1"),
    # Names.
    *((rf"Async({name.removeprefix('Async')})", r"Sync\1") for name in SYNC_PREFIXED),
    (r"Async([A-Z][A-Za-z0-9_]*)", r"\1"),
    (r"aconnect(\w*)", r"connect\1"),
    (r"aframes", "frames"),
    (r"websockets\.asyncio", "websockets.sync"),
    # Per-driver helpers: module _actions_async -> _actions_sync, open_async -> open_sync.
    (r"([A-Za-z0-9_]+)_async", r"\1_sync"),
]
"""(pattern, replacement), applied in order to each line; a pattern matches whole words."""

COMPILED = [
    # "await " and the syntax rules end in a space or a non-word character: no \b after.
    (
        re.compile(
            r"(?<![A-Za-z0-9_])" + pattern + ("" if pattern.endswith((" ", "]")) else r"\b")
        ),
        repl,
    )
    for pattern, repl in SUBS
]

ASYNC_ONLY = "# unasync: async only"
"""A comment line that starts a region of the source the twin leaves out (up to the line
:data:`END`): what only the asyncio driver has (a WebRTC call's ``pc`` and
``audio_stats()``: the blocking call keeps the peer connection on its own loop thread)."""
END = "# unasync: end"


def without_async_only(lines: list[str], source: Path) -> list[str]:
    """``lines`` less the :data:`ASYNC_ONLY` regions (each closed by :data:`END`)."""
    kept: list[str] = []
    inside = False
    for number, line in enumerate(lines, 1):
        marker = line.strip()
        if marker == ASYNC_ONLY:
            if inside:
                raise SystemExit(f"{source}:{number}: {ASYNC_ONLY!r} inside another region")
            inside = True
        elif marker == END:
            if not inside:
                raise SystemExit(f"{source}:{number}: {END!r} without {ASYNC_ONLY!r}")
            inside = False
        elif not inside:
            kept.append(line)
    if inside:
        raise SystemExit(f"{source}: {ASYNC_ONLY!r} region not closed by {END!r}")
    return kept


def unasync_line(line: str, used: set[int]) -> str:
    for index, (regex, repl) in enumerate(COMPILED):
        line, count = regex.subn(repl, line)
        if count:
            used.add(index)
    return line


def ruff(*args: str, text: str, path: Path) -> str:
    """``text`` through ``ruff args`` as if it were the file at ``path`` (its settings)."""
    exe = Path(sys.executable).with_name("ruff")
    config = ("--config", str(ROOT / "pyproject.toml"))  # also for a target outside the repo
    proc = subprocess.run(
        [str(exe), *args, *config, "--stdin-filename", str(path), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"ruff {' '.join(args)} failed on the output for {path}:\n{proc.stderr}")
    return proc.stdout


def rendered(source: Path, target: Path, used: set[int]) -> str:
    """The blocking twin of ``source`` (to be written at ``target``), formatted."""
    lines = without_async_only(source.read_text(encoding="utf-8").splitlines(keepends=True), source)
    lines = [line for line in lines if line.strip() != SOURCE]
    text = HEADER.format(source=source.relative_to(ROOT).as_posix())
    text += "".join(unasync_line(line, used) for line in lines)
    # Renamed imports can change their order, an async-only region can leave an import
    # unused, and removing ``async``/``await`` can let a wrapped call fit on one line: sort,
    # drop unused imports and format as the repo's own code is.
    text = ruff("check", "--fix", "--select", "I,F401", "--quiet", text=text, path=target)
    return ruff("format", "--quiet", text=text, path=target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a sync twin is stale")
    args = parser.parse_args(argv)
    used: set[int] = set()
    stale: list[Path] = []
    for source, target in TARGETS.items():
        text = rendered(source, target, used)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if text != current:
            stale.append(target)
            if not args.check:
                target.write_text(text, encoding="utf-8")
    unused = [SUBS[i] for i in range(len(SUBS)) if i not in used]
    if unused:
        print(f"substitutions no source uses (remove them from {__file__}): {unused}")
        return 1
    if stale and args.check:
        names = ", ".join(str(path) for path in stale)
        print(f"stale sync twins: {names}; run python scripts/gen_sync.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
