"""The blocking twins are generated from their asyncio source (scripts/gen_sync.py) and
kept fresh: an edit to ``_async.py`` not carried into ``_sync.py`` fails here and in CI."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "gen_sync.py"


def _gen_sync() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_sync", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sync_twins_are_fresh() -> None:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_twin_says_it_is_generated() -> None:
    gen_sync = _gen_sync()
    for source, target in gen_sync.TARGETS.items():
        first = target.read_text(encoding="utf-8").splitlines()[0]
        assert first == gen_sync.HEADER.format(source=source.relative_to(ROOT).as_posix()).strip()


def test_the_check_fails_when_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gen_sync = _gen_sync()
    originals: dict[Path, Path] = dict(gen_sync.TARGETS)
    copies = {}
    for source, target in originals.items():
        copy = tmp_path / target.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(target.read_text(encoding="utf-8"), encoding="utf-8")
        copies[source] = copy
    # A hand edit of the generated file (the source is the real one, unchanged).
    edited = copies[ROOT / "realtime_ext" / "conversation" / "_async.py"]
    edited.write_text(edited.read_text().replace("def recv(", "def recv_(", 1))
    monkeypatch.setattr(gen_sync, "TARGETS", copies)
    assert gen_sync.main(["--check"]) == 1
    assert gen_sync.main([]) == 0
    for source, copy in copies.items():
        assert copy.read_text() == originals[source].read_text()


def test_the_table_maps_the_async_syntax_and_names() -> None:
    gen_sync = _gen_sync()
    used: set[int] = set()
    lines = {
        "        async with aconnect(url) as conn:\n": "        with connect(url) as conn:\n",
        "    async def conversation(self) -> AsyncConversation:\n": (
            "    def conversation(self) -> Conversation:\n"
        ),
        "        await self._http.aclose()\n": "        self._http.close()\n",
        "        done = await conn.run_until(kind)\n": "        done = conn.run_until(kind)\n",
        "from ._actions_async import AsyncActions\n": "from ._actions_sync import SyncActions\n",
        "def f(t: AsyncTransport) -> AsyncIterator[str]:\n": (
            "def f(t: SyncTransport) -> Iterator[str]:\n"
        ),
        # Words that merely contain the patterns are left alone.
        "self._async_callbacks = awaited or asyncio_loop\n": (
            "self._async_callbacks = awaited or asyncio_loop\n"
        ),
    }
    for line, expected in lines.items():
        assert gen_sync.unasync_line(line, used) == expected
