"""Hostile or malformed event streams never crash the voice extensions, and their
invariants hold (one entry per item, audio accounting exact, truncates within received)."""

from __future__ import annotations

import base64
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from realtime_ext.voice import PlaybackTracker
from realtime_ext.voice._history import HistoryTracker
from realtime_ext.voice._interrupt import Interrupter
from support.fuzz import examples

TYPES = [
    "session.created",
    "session.updated",
    "conversation.item.added",
    "conversation.item.created",
    "conversation.item.done",
    "conversation.item.retrieved",
    "conversation.item.deleted",
    "conversation.item.truncated",
    "response.created",
    "response.done",
    "response.output_item.added",
    "response.content_part.added",
    "response.output_text.delta",
    "response.output_audio.delta",
    "response.output_audio.done",
    "response.output_audio_transcript.delta",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "input_audio_buffer.speech_started",
    "something.new",
]
ids = st.sampled_from(["a", "b", "c", None, 3, ""])
junk = st.one_of(st.none(), st.integers(-5, 5), st.text(max_size=5), st.booleans())
audio = st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode())
items = st.fixed_dictionaries(
    {"id": ids, "type": st.sampled_from(["message", "function_call", 7]), "role": junk},
    optional={
        "content": st.one_of(
            junk,
            st.lists(
                st.dictionaries(st.sampled_from(["type", "text", "transcript"]), junk), max_size=3
            ),
        ),
        "status": junk,
    },
)
events = st.builds(
    lambda kind, extra: {"type": kind, **extra},
    st.sampled_from(TYPES),
    st.fixed_dictionaries(
        {},
        optional={
            "item_id": ids,
            "previous_item_id": ids,
            "content_index": st.one_of(st.integers(-2, 3), junk),
            "delta": st.one_of(audio, junk, st.just("!!")),
            "audio_end_ms": st.one_of(st.integers(-10, 2000), junk),
            "item": st.one_of(items, junk),
            "response": st.one_of(
                junk,
                st.fixed_dictionaries(
                    {"id": ids},
                    optional={
                        "conversation_id": junk,
                        "output": st.lists(st.one_of(junk, items), max_size=2),
                    },
                ),
            ),
            "session": st.one_of(
                junk, st.fixed_dictionaries({"id": ids}, optional={"audio": junk})
            ),
        },
    ),
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(events, max_size=40), st.booleans())
def test_history_survives_anything(stream: list[dict[str, Any]], keep_audio: bool) -> None:
    tracker = HistoryTracker(keep_audio=keep_audio, max_audio_bytes=100)
    for event in stream:
        tracker.received(event)
    history = tracker.history
    listed = [item.id for item in history]
    assert len(listed) == len(set(listed)) == len(history)
    kept = sum(len(p.audio) for item in history for p in item.parts if p.audio is not None)
    assert history.audio_bytes == kept <= 100
    history.transcript()


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(events, max_size=40),
    st.lists(st.tuples(ids, st.integers(0, 1), st.floats(0, 500)), max_size=5),
)
def test_interrupter_survives_anything(stream: list[dict[str, Any]], plays: list[Any]) -> None:
    tracker = PlaybackTracker()
    barge = Interrupter(tracker=tracker, clock=lambda: 0.0)
    received: dict[Any, int] = {}
    garbled: set[Any] = set()  # not base64: the server never sends it, no oracle for it
    for event, play in zip(stream, plays + [None] * len(stream), strict=False):
        if event["type"] == "response.output_audio.delta" and isinstance(event.get("delta"), str):
            key = (event.get("item_id"), event.get("content_index"))
            try:
                size = len(base64.b64decode(event["delta"], validate=True))
            except ValueError:
                garbled.add(key)
            else:
                received[key] = received.get(key, 0) + size
        if play is not None and isinstance(play[0], str) and play[0]:
            tracker.on_play_ms(play[0], play[1], play[2])
        for payload in barge.received(event) + barge.interrupt():
            if payload["type"] == "conversation.item.truncate":
                key = (payload["item_id"], payload["content_index"])
                assert (
                    key in garbled or payload["audio_end_ms"] <= received.get(key, 0) / 48
                )  # PCM 24 kHz
