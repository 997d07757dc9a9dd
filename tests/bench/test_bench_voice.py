"""The voice measurements run (no timing assertions: the numbers go in the report)."""

from __future__ import annotations

import asyncio

from bench_lib import voice


def test_reaction_time_is_measured_sync_and_async() -> None:
    assert len(voice.reaction_sync(2)) == 2
    assert len(asyncio.run(voice.reaction_async(2))) == 2


def test_history_memory_grows_with_audio_only_when_kept() -> None:
    text_only, items = voice.history_memory(minutes=1)
    with_audio, _ = voice.history_memory(minutes=1, keep_audio=True)
    assert items == 8
    assert with_audio > 40 * 48000 > text_only  # 40 s of assistant audio kept, or not
