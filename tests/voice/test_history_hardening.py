"""History under a hostile or endless server (issue 38): truncation events cannot drive the
audio counters out of range, and deltas accumulate in linear time under a per-part cap."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from realtime_ext._text import BoundedText
from realtime_ext.conversation import Conversation
from realtime_ext.events import parse_server_event
from realtime_ext.voice import History, Voice
from realtime_ext.voice import _history as history_module

from .test_fast_paths import _delta, _Quiet

MS_100 = base64.b64encode(b"\x01\x00" * 2400).decode()  # 100 ms of PCM16 at 24 kHz


def _added(item_id: str, kind: str = "message") -> dict[str, Any]:
    return {
        "type": "conversation.item.added",
        "event_id": "e",
        "previous_item_id": None,
        "item": {"id": item_id, "type": kind, "role": "assistant", "content": []},
    }


def _truncated(item_id: str, end_ms: object) -> dict[str, Any]:
    return {
        "type": "conversation.item.truncated",
        "event_id": "e",
        "item_id": item_id,
        "content_index": 0,
        "audio_end_ms": end_ms,
    }


def _spoken(history: History, item_id: str, chunks: int) -> None:
    history.apply(_added(item_id))
    for _ in range(chunks):
        history.apply(_delta("response.output_audio.delta", item_id, 0, MS_100))


def _real_bytes(history: History) -> int:
    return sum(len(p.audio) for item in history for p in item.parts if p.audio is not None)


# -- truncation ------------------------------------------------------------------------------
def test_a_negative_cut_cannot_drive_the_counter_below_zero() -> None:
    history = History(keep_audio=True, max_audio_bytes=20 * 4800)
    _spoken(history, "a", 5)
    history.apply(_truncated("a", -(10**9)))
    item = history["a"]
    assert item.truncated_at_ms == 0 and item.audio_ms == 0.0
    assert history.audio_bytes == _real_bytes(history) == 0
    # The cap still works afterwards: 30 chunks more on another item, 20 kept at most.
    _spoken(history, "b", 30)
    assert 0 <= history.audio_bytes == _real_bytes(history) <= history.max_audio_bytes


@pytest.mark.parametrize("end_ms", [10**15, 2**63, 10**30])
def test_a_cut_past_the_audio_is_at_its_end(end_ms: int) -> None:
    history = History(keep_audio=True)
    _spoken(history, "a", 5)
    history.apply(_truncated("a", end_ms))
    item = history["a"]
    assert item.truncated_at_ms == 500 and item.audio_ms == 500.0
    assert history.audio_bytes == _real_bytes(history) == 5 * 4800


@pytest.mark.parametrize("end_ms", [True, 1.5, "100", None])
def test_a_cut_that_is_not_an_integer_is_ignored(end_ms: object) -> None:
    history = History(keep_audio=True)
    _spoken(history, "a", 2)
    history.apply(_truncated("a", end_ms))
    assert history["a"].truncated_at_ms is None and history.audio_bytes == 2 * 4800


def test_a_cut_with_no_audio_seen_keeps_the_servers_figure() -> None:
    # Over WebRTC the audio is media, not events: the history counted none.
    history = History()
    history.apply(_added("a"))
    history.apply(_truncated("a", 1500))
    assert history["a"].truncated_at_ms == 1500 and history["a"].audio_ms == 0.0


def test_a_cut_inside_the_audio_keeps_what_was_heard() -> None:
    history = History(keep_audio=True)
    _spoken(history, "a", 5)
    history.apply(_truncated("a", 250))
    assert history["a"].truncated_at_ms == 250 and history["a"].audio_ms == 250.0
    assert history.audio_bytes == _real_bytes(history) == 250 * 48


# -- deltas ----------------------------------------------------------------------------------
class Counting(str):
    """A delta that counts the concatenations it takes part in (``text += delta`` calls the
    subclass's reflected ``__radd__`` first): appending must never copy the text so far."""

    added = 0

    def __radd__(self, other: str) -> str:
        Counting.added += 1
        return str.__add__(other, self)


DELTAS = 80_000


@pytest.mark.parametrize(
    ("kind", "read"),
    [
        ("response.output_text.delta", lambda item: item.text),
        ("response.output_audio_transcript.delta", lambda item: item.transcript),
        ("response.function_call_arguments.delta", lambda item: item.arguments),
    ],
)
def test_deltas_are_appended_without_copying_the_text(kind: str, read: Any) -> None:
    Counting.added = 0
    history = History()
    history.apply(_added("a", "function_call" if "arguments" in kind else "message"))
    piece = Counting("x" * 63 + "|")
    for _ in range(DELTAS):
        history.apply(_delta(kind, "a", 0, piece))
    assert Counting.added == 0  # the old `part.text += delta` made 80,000 growing copies
    # 5 MB sent: the last MAX_PART_CHARS characters kept.
    assert read(history["a"]) == (piece * DELTAS)[-history_module.MAX_PART_CHARS :]


def test_the_voice_fast_path_appends_without_copying() -> None:
    conn = Conversation(_Quiet())
    voice = conn.add_extension(Voice())
    voice.observe(parse_server_event(_added("a")))
    for kind in ("response.output_text.delta", "response.output_audio_transcript.delta"):
        for _ in range(1000):
            voice.observe(parse_server_event(_delta(kind, "a", 0, "abcd")))
    part = voice.history["a"].parts[0]
    # Kept as pieces until read: no delta copied the text before it.
    assert len(part._text._parts) == 1000  # pyright: ignore[reportPrivateUsage]
    assert len(part._transcript._parts) == 1000  # pyright: ignore[reportPrivateUsage]
    assert part.text == part.transcript == "abcd" * 1000


@pytest.mark.parametrize(
    "kind",
    [
        "response.output_text.delta",
        "response.output_audio_transcript.delta",
        "response.function_call_arguments.delta",
    ],
)
def test_each_text_is_capped(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history_module, "MAX_PART_CHARS", 1000)
    history = History()
    history.apply(_added("a", "function_call" if "arguments" in kind else "message"))
    for n in range(500):
        history.apply(_delta(kind, "a", 0, f"{n:04d}|"))
    item = history["a"]
    text = item.arguments if "arguments" in kind else (item.text or item.transcript)
    assert len(text) == 1000 and text.endswith("0499|")  # the last characters are kept
    held = item._arguments if "arguments" in kind else item.parts[0]._text  # pyright: ignore[reportPrivateUsage]
    assert held._size <= 2 * 1000  # pyright: ignore[reportPrivateUsage]


def test_a_done_event_is_capped_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history_module, "MAX_PART_CHARS", 10)
    history = History()
    history.apply(_added("a"))
    history.apply(
        {
            "type": "response.output_text.done",
            "event_id": "e",
            "response_id": "r",
            "item_id": "a",
            "output_index": 0,
            "content_index": 0,
            "text": "0123456789abcdef",
        }
    )
    assert history["a"].text == "6789abcdef"


def test_bounded_text_reads_like_a_string() -> None:
    text = BoundedText("ab", limit=4)
    text.add("cd")
    text.add("ef")
    assert (text.text(), len(text), repr(text)) == ("cdef", 4, "'cdef'")
    text.set("xyz")
    assert text == BoundedText("xyz") and text.text() == "xyz"
