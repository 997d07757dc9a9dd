"""The voice extension's hot paths (audio, text and transcript deltas read straight from a
typed event; the history's last-part cache) leave exactly the history the plain path does:
each event as a dict through ``HistoryTracker.received``, with the cache emptied first."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext.conversation import Conversation
from realtime_ext.events import parse_server_event
from realtime_ext.voice import History, Voice
from realtime_ext.voice._extension import _DELTAS as APPLIED
from realtime_ext.voice._history import HISTORY_HANDLERS, HistoryTracker
from realtime_ext.voice._interrupt import Interrupter
from support.fuzz import examples

from .test_fuzz import audio, events, ids

_DELTAS = [
    "response.output_audio.delta",
    "response.output_text.delta",
    "response.output_audio_transcript.delta",
    "conversation.item.input_audio_transcription.delta",
]


def _delta(kind: str, item_id: object, index: object, delta: str) -> dict[str, Any]:
    return {
        "type": kind,
        "event_id": "e",
        "response_id": "r",
        "item_id": item_id,
        "output_index": 0,
        "content_index": index,
        "delta": delta,
    }


# Runs of deltas for a few parts, with the item events that make, update and delete them.
_runs = st.builds(
    _delta,
    st.sampled_from(_DELTAS),
    ids,
    st.one_of(st.integers(0, 2), st.sampled_from([True, 0.0, -1, None])),
    st.one_of(audio, st.text(max_size=4)),
)
_items = st.builds(
    lambda kind, item_id: {
        "type": kind,
        "event_id": "e",
        "previous_item_id": None,
        "item_id": item_id,
        "item": {"id": item_id, "type": "message", "role": "assistant", "content": []},
    },
    st.sampled_from(["conversation.item.added", "conversation.item.deleted"]),
    st.sampled_from(["a", "b"]),
)


class _Quiet:
    close_code = None
    close_reason = None

    def send_text(self, data: str) -> None:
        raise AssertionError("history and observing send nothing")

    def recv_message(self, timeout: float | None) -> str:
        raise AssertionError("not used")

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


def _snapshot(history: History) -> list[Any]:
    return [
        (
            item.id,
            item.type,
            item.role,
            item.status,
            [(p.type, p.text, p.transcript) for p in item.parts],
            item.arguments,
            item.output,
            item.truncated_at_ms,
            item.audio_ms,  # exact: the same additions in the same order
            item.audio,
            item.audio_dropped,
        )
        for item in history
    ]


def _both(stream: list[dict[str, Any]], *, keep_audio: bool = False) -> tuple[list[Any], list[Any]]:
    conn = Conversation(_Quiet())
    # A small cap, so kept audio is also dropped along the way.
    voice = conn.add_extension(Voice(keep_audio=keep_audio, max_audio_bytes=64))
    # The same events handed over as the JSON dicts (a direct call may pass them): the
    # observer reads their type and fields the dict way, to the same history.
    dicts = Voice(keep_audio=keep_audio, max_audio_bytes=64)
    plain = HistoryTracker(keep_audio=keep_audio, max_audio_bytes=64)
    for event in stream:
        voice.observe(parse_server_event(event))
        dicts.observe(event)
        plain.history._hot = None  # pyright: ignore[reportPrivateUsage]
        plain.received(event)
    assert _snapshot(dicts.history) == _snapshot(plain.history)
    return _snapshot(voice.history), _snapshot(plain.history)


# Runs of deltas for one part of the items above, where the caches answer (mixed kinds:
# audio and its transcript interleave on one part).
_focused = st.tuples(st.sampled_from(["a", "b"]), st.sampled_from([0, 1])).flatmap(
    lambda part: st.lists(
        st.builds(
            _delta,
            st.sampled_from(_DELTAS),
            st.just(part[0]),
            st.just(part[1]),
            st.one_of(audio, st.text(max_size=4)),
        ),
        min_size=2,
        max_size=6,
    )
)


def _stream(*steps: st.SearchStrategy[Any]) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Events and runs of events (lists), flattened into one stream."""
    chunks = st.one_of(*(step.map(lambda e: e if isinstance(e, list) else [e]) for step in steps))
    return st.lists(chunks, max_size=20).map(lambda runs: [e for run in runs for e in run])


_truncations = st.builds(
    lambda item_id, ms: {
        "type": "conversation.item.truncated",
        "event_id": "e",
        "item_id": item_id,
        "content_index": 0,
        "audio_end_ms": ms,
    },
    st.sampled_from(["a", "b"]),
    st.integers(0, 5),
)


# The output format changing mid-stream: audio_ms counts each delta in the format of its
# time (the fast path divides by the history's cached bytes per second).
_formats = st.builds(
    lambda fmt: {
        "type": "session.updated",
        "event_id": "e",
        "session": {"type": "realtime", "audio": {"output": {"format": {"type": fmt}}}},
    },
    st.sampled_from(["audio/pcm", "audio/pcmu", "audio/pcma"]),
)


@settings(max_examples=examples(300), deadline=None)
@given(
    _stream(_focused, _focused, _runs, _items, _items, _truncations, _formats, events),
    st.booleans(),
)
def test_hot_paths_leave_the_history_the_plain_path_does(
    stream: list[dict[str, Any]], keep_audio: bool
) -> None:
    fast, plain = _both(stream, keep_audio=keep_audio)
    assert fast == plain


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.one_of(_focused, _formats.map(lambda e: [e])), min_size=1, max_size=8))
def test_audio_counts_in_the_output_format_of_its_time(runs: list[list[dict[str, Any]]]) -> None:
    added = [
        {
            "type": "conversation.item.added",
            "event_id": "e",
            "previous_item_id": None,
            "item": {"id": item_id, "type": "message", "role": "assistant", "content": []},
        }
        for item_id in ("a", "b")
    ]
    fast, plain = _both([*added, *(event for run in runs for event in run)])
    assert fast == plain


@pytest.mark.parametrize("typed", [True, False], ids=["typed", "failed-to-decode"])
def test_a_deleted_item_added_again_gets_its_deltas(typed: bool) -> None:
    # Without the fields the spec requires, each event decodes to an UnknownEvent: history
    # still reads its JSON.
    more: dict[str, Any] = {"event_id": "e", "response_id": "r", "output_index": 0}
    added = {
        **(more if typed else {}),
        "type": "conversation.item.added",
        "previous_item_id": None,
        "item": {"id": "a", "type": "message", "role": "assistant", "content": []},
    }
    delta = {
        **(more if typed else {}),
        "type": "response.output_text.delta",
        "item_id": "a",
        "content_index": 0,
    }
    fast, plain = _both(
        [
            added,
            {**delta, "delta": "old"},
            {**(more if typed else {}), "type": "conversation.item.deleted", "item_id": "a"},
            added,
            {**delta, "delta": "new"},
        ]
    )
    assert fast == plain
    events = [parse_server_event({**added}), parse_server_event({**delta, "delta": "x"})]
    assert all((type(e).__name__ == "UnknownEvent") is not typed for e in events)
    assert fast[0][4] == [("", "new", "")]


def test_every_part_delta_is_a_history_type() -> None:
    assert set(APPLIED) <= set(HISTORY_HANDLERS)


def _stepping_clock() -> Any:
    now = [0.0]

    def clock() -> float:
        now[0] += 0.25
        return now[0]

    return clock


def _audio_state(barge: Interrupter) -> Any:
    records = barge._audio  # pyright: ignore[reportPrivateUsage]
    return [(k, a.received_bytes, a.started_at, a.done, a.truncated) for k, a in records.items()]


_sessions = st.just({"type": "session.created", "event_id": "e", "session": {}})
# Audio runs over few parts, so a part often comes back after a session or another part.
_audio_runs = st.builds(
    _delta,
    st.just("response.output_audio.delta"),
    st.sampled_from(["a", "b", 3]),
    st.sampled_from([0, 1, True]),
    audio,
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.one_of(_audio_runs, _audio_runs, _runs, _sessions, events), max_size=60))
def test_the_interrupters_hot_record_counts_what_the_plain_path_counts(
    stream: list[dict[str, Any]],
) -> None:
    fast = Interrupter(clock=_stepping_clock(), auto_interrupt=False)
    plain = Interrupter(clock=_stepping_clock(), auto_interrupt=False)
    for event in stream:
        fast.received(parse_server_event(event))
        plain.hot = None
        plain.received(event)
        assert _audio_state(fast) == _audio_state(plain)
    assert fast.interrupt() == plain.interrupt()


@settings(max_examples=examples(300), deadline=None)
@given(_stream(_focused, _focused, _audio_runs, _runs, _items, _sessions, events))
def test_the_voice_counts_audio_as_the_plain_interrupter_does(
    stream: list[dict[str, Any]],
) -> None:
    # Voice.observe adds an audio delta to the interrupter's hot record itself.
    conn = Conversation(_Quiet())
    voice = conn.add_extension(Voice(clock=_stepping_clock()))
    plain = Interrupter(clock=_stepping_clock(), auto_interrupt=False)
    for event in stream:
        voice.observe(parse_server_event(event))
        plain.hot = None
        plain.received(event)
        assert _audio_state(voice.interrupter) == _audio_state(plain)


def test_the_hot_record_survives_eviction_of_old_items() -> None:
    fast = Interrupter(clock=_stepping_clock())
    plain = Interrupter(clock=_stepping_clock())
    chunk = "AAAA" * 100
    stream = [("keep", chunk), *((f"i{n}", chunk) for n in range(70)), ("keep", chunk)] * 2
    for item_id, delta in stream:
        fast.audio_delta(item_id, 0, len(delta) // 4 * 3)
        plain.hot = None
        plain.audio_delta(item_id, 0, len(delta) // 4 * 3)
        assert _audio_state(fast) == _audio_state(plain)
