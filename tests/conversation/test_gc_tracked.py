"""What a session keeps alive costs a worker's full garbage collections nothing per frame.

A full collection walks every object the collector tracks, and a worker's collections stall
every session it holds (issue 81: its p99 delivery latency). The input audio a session keeps
for a new session after a drop (a user's whole turn: up to two minutes of 100 ms frames) is
kept as strings, which the collector does not track, not as a tuple and a dict a frame; the
conversation's own item log (a long call's thousands of items) as strings and tuples of
strings, not as a dict and a list of parts an item.
Counted with ``gc.get_objects()`` after a collection: no timing.
"""

from __future__ import annotations

import base64
import gc
import json
from typing import Any

import pytest

from realtime_ext._base.carry import Carry
from realtime_ext._base.item_log import ItemLog
from realtime_ext.connection import aconnect
from realtime_ext.testing import FakeRealtimeServer

pytestmark = pytest.mark.unit

FRAMES = 300  # 30 s of a user's turn in 100 ms frames
FRAME = base64.b64encode(bytes(4800)).decode("ascii")  # 100 ms of 24 kHz PCM16
# What a count may meet besides the objects under test (the fake server's thread and
# pytest's own come and go): a tenth of what one object a frame would add.
SLACK = FRAMES // 10


def _tracked() -> int:
    """The objects the collector tracks, after a full collection."""
    gc.collect()
    return len(gc.get_objects())


def _append(audio: str) -> tuple[dict[str, Any], str]:
    payload = {"type": "input_audio_buffer.append", "audio": audio}
    return payload, json.dumps(payload, separators=(",", ":"))


def test_a_turns_audio_kept_for_a_new_session_tracks_no_object_a_frame() -> None:
    carry = Carry()
    carry.received("input_audio_buffer.speech_started", {})  # a turn: every frame is kept
    frames = [_append(f"{FRAME[:-8]}{n:08d}") for n in range(FRAMES)]  # one string each
    before = _tracked()
    for payload, text in frames:
        carry.sent(payload, text)
    grown = _tracked() - before
    assert grown < SLACK, f"{grown} objects tracked for {FRAMES} frames kept"
    # What a new session is given is unchanged: each append's own text, in order.
    assert carry.plan(same_session=False).replayed == tuple(text for _, text in frames)


def test_other_appends_and_commits_are_kept_and_replayed_as_sent() -> None:
    carry = Carry()
    carry.received("input_audio_buffer.speech_started", {})
    sends = [
        ({"audio": "AAAA", "type": "input_audio_buffer.append"}, ""),  # its keys' own order
        ({"type": "input_audio_buffer.append", "audio": "BBBB", "event_id": "e1"}, ""),
        ({"type": "input_audio_buffer.commit"}, ""),
        _append("CCCC"),
    ]
    for payload, text in sends:
        carry.sent(payload, text)
    plan = carry.plan(same_session=False)
    assert plan.replayed == tuple(json.dumps(p, separators=(",", ":")) for p, _ in sends)
    assert plan.audio_bytes == 9  # three appends of four base64 characters
    carry.received("input_audio_buffer.committed", {})  # up to the commit: the server's
    assert carry.plan(same_session=False).replayed == (sends[-1][1],)


async def test_a_sessions_kept_input_audio_tracks_no_object_a_frame() -> None:
    # End to end: a connection with turn detection off keeps every frame the app sends
    # until its commit is confirmed (to append it again on a new session after a drop).
    pcm = bytes(4800)
    async with (
        FakeRealtimeServer() as server,
        aconnect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime") as conn,
    ):
        await conn.session.update(
            session={"type": "realtime", "audio": {"input": {"turn_detection": None}}}
        )
        await conn.run_until("session.updated", timeout=10.0)
        for _ in range(10):  # the first sends' one-off objects, before the count
            await conn.send_audio(pcm)
        before = _tracked()
        for _ in range(FRAMES):
            await conn.send_audio(pcm)
        grown = _tracked() - before
    assert grown < SLACK, f"{grown} objects tracked for {FRAMES} frames kept"


def test_a_long_calls_item_log_tracks_no_object_an_item() -> None:
    log = ItemLog()
    log.apply("conversation.item.added", {"item": _message("first", "user")})  # its dicts
    before = _tracked()
    for n in range(ITEMS):
        log.apply("conversation.item.added", {"item": _message(f"u{n}", "user")})
        log.apply(
            "conversation.item.input_audio_transcription.completed",
            {"item_id": f"u{n}", "content_index": 0, "transcript": f"what the user said {n}"},
        )
        log.apply("response.output_item.done", {"item": _message(f"a{n}", "assistant")})
    grown = _tracked() - before
    assert grown < SLACK, f"{grown} objects tracked for {2 * ITEMS} items logged"
    said = log.items()
    assert len(said) == 2 * ITEMS  # the first: no words, not given
    assert (said[-2].id, said[-2].role, said[-2].text) == (
        f"u{ITEMS - 1}",
        "user",
        f"what the user said {ITEMS - 1}",
    )
    assert (said[-1].role, said[-1].text) == ("assistant", "Hello, two parts")


ITEMS = 500  # a long call's user and assistant turns


def _message(item_id: str, role: str) -> dict[str, Any]:
    if role == "user":  # its transcript comes in an event of its own
        content: list[dict[str, Any]] = [{"type": "input_audio", "transcript": None}]
    else:
        content = [
            {"type": "output_audio", "transcript": "Hello,"},
            {"type": "output_text", "text": "two parts"},
        ]
    return {"id": item_id, "type": "message", "role": role, "content": content}
