"""What a session keeps alive costs a worker's full garbage collections nothing per frame.

A full collection walks every object the collector tracks, and a worker's collections stall
every session it holds (issue 81: its p99 delivery latency). The input audio a session keeps
for a new session after a drop (a user's whole turn: up to two minutes of 100 ms frames) is
kept as strings, which the collector does not track, not as a tuple and a dict a frame.
Counted with ``gc.get_objects()`` after a collection: no timing.
"""

from __future__ import annotations

import base64
import gc
import json
from typing import Any

import pytest

from realtime_ext.connection import aconnect
from realtime_ext.conversation._carry import Carry
from realtime_ext.testing import FakeRealtimeServer

pytestmark = pytest.mark.unit

FRAMES = 300  # 30 s of a user's turn in 100 ms frames
FRAME = base64.b64encode(bytes(4800)).decode("ascii")  # 100 ms of 24 kHz PCM16


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
    assert grown < 10, f"{grown} objects tracked for {FRAMES} frames kept"
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
    assert grown < 10, f"{grown} objects tracked for {FRAMES} frames kept"
