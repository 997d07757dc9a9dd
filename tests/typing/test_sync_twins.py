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


def test_every_generated_twin_has_a_marked_source(tmp_path: Path) -> None:
    # The sources are found by their marker, not listed: a twin whose source lost it would
    # silently stop being regenerated.
    gen_sync = _gen_sync()
    mark = "by scripts/gen_sync.py; do not edit"
    generated = {
        path
        for path in (ROOT / "realtime_ext").rglob("*_sync.py")
        if mark in path.read_text(encoding="utf-8").partition("\n")[0]
    }
    assert generated == set(gen_sync.TARGETS.values())
    assert len(generated) >= 16
    # A module is a source by its own line only (kept out of its twin).
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "_a_async.py").write_text('"""A."""\n\n# unasync: source\n')
    (package / "_b_async.py").write_text('"""B, # unasync: source in a sentence."""\n')
    assert gen_sync.sources(package) == [package / "_a_async.py"]
    for target in gen_sync.TARGETS.values():
        assert gen_sync.SOURCE not in target.read_text(encoding="utf-8"), target


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
    edited = copies[ROOT / "realtime_ext" / "_base" / "conversation_async.py"]
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
        # What a WebRTC call's namespace returns: an opening on asyncio, the call itself.
        "    def _connect(self) -> Opening[AsyncRealtimeCall]:\n": (
            "    def _connect(self) -> RealtimeCall:\n"
        ),
        "from ._peer_async import AsyncAudioOutput, AsyncPeer, establish\n": (
            "from ._peer_sync import SyncAudioOutput, SyncPeer, establish\n"
        ),
        "from realtime_ext.webrtc.peer_async import AsyncPeerCall, AsyncWebRTC\n": (
            "from realtime_ext.webrtc.peer_sync import SyncPeerCall, WebRTC\n"
        ),
        # Words that merely contain the patterns are left alone.
        "self._async_callbacks = awaited or asyncio_loop\n": (
            "self._async_callbacks = awaited or asyncio_loop\n"
        ),
    }
    for line, expected in lines.items():
        assert gen_sync.unasync_line(line, used) == expected


def test_async_only_regions_are_left_out_of_the_twin() -> None:
    gen_sync = _gen_sync()
    source = Path("call_async.py")
    lines = [
        "class AsyncCall:\n",
        "    # unasync: async only\n",
        "    pc: Any\n",
        "    # unasync: end\n",
        "    call_id: str\n",
    ]
    assert gen_sync.without_async_only(lines, source) == [
        "class AsyncCall:\n",
        "    call_id: str\n",
    ]
    for broken in (lines[:3], lines[3:], [lines[1], lines[1], lines[3]]):
        with pytest.raises(SystemExit, match="unasync"):
            gen_sync.without_async_only(broken, source)


def test_the_webrtc_twins_have_no_async_only_part() -> None:
    from realtime_ext.webrtc import (
        AsyncLiveCall,
        AsyncRealtimeCall,
        AsyncTranslationCall,
        LiveCall,
        RealtimeCall,
        TranslationCall,
    )

    def annotated(cls: type) -> set[str]:
        return {name for base in cls.__mro__ for name in vars(base).get("__annotations__", {})}

    # Every call kind counts its RTP packets, the blocking one through its loop thread.
    assert all(hasattr(call, "audio_stats") for call in (RealtimeCall, LiveCall, TranslationCall))
    for asyncio_call, blocking_call in (
        (AsyncRealtimeCall, RealtimeCall),
        (AsyncLiveCall, LiveCall),
        (AsyncTranslationCall, TranslationCall),
    ):
        assert annotated(asyncio_call) - annotated(blocking_call) == {"pc"}
