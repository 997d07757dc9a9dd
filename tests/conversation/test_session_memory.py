"""What a session holds while a call runs (issue 81): of its own input audio, only what the
server's turn detection uses while no turn is open (``prefix_padding_ms`` and a margin, in
the session's input format); of the bookkeeping a reconnect needs, nothing until one does
(an empty deque is 760 bytes, an asyncio ``Event`` about 860); and a drop after a long
silence still gives the new session that padding."""

from __future__ import annotations

import base64
import json
import sys
import tracemalloc
from collections import deque
from typing import Any

from realtime_ext._base.carry import Carry
from realtime_ext._base.unconfirmed import Unconfirmed
from realtime_ext.conversation import ReconnectedEvent
from realtime_ext.testing import FakeRealtimeServer

from .conftest import Both

T = 10.0
SILENCE = bytes(4800 * 30)  # 3 s of 24 kHz PCM16: thirty 100 ms frames
KEPT = 500 * 48  # 300 ms of padding and 200 of margin, in bytes of 24 kHz PCM16


def _bookkeeping(conn: Any) -> list[object]:
    """The containers of a session's own bookkeeping (its socket's are websockets')."""
    core = conn._core
    book = core.unconfirmed
    reconnector = core.reconnector
    return [
        core.local,
        book._items,
        book._responses,
        book._audio,
        reconnector.carry._audio,
        reconnector._queue,
        conn._actions._stop,
    ]


def test_an_idle_session_keeps_its_padding_and_nothing_a_reconnect_alone_needs(
    both: Both, server: FakeRealtimeServer
) -> None:
    conn = both.connect(server, extensions=[])
    try:
        assert both(conn.send_audio(SILENCE, chunk_ms=100)) == 30
        core = conn._core
        kept = core.unconfirmed.report().audio
        assert sum(len(base64.b64decode(chunk)) for chunk in kept) == KEPT  # was a second
        assert core.reconnector.carry.plan(same_session=False).audio_bytes == KEPT
        held = _bookkeeping(conn)
        assert core.reconnector._queue is None and conn._actions._stop is None
        assert not any(isinstance(each, deque) for each in held)
        assert sum(sys.getsizeof(each) for each in held) < 1024  # six empty deques: 4.5 KB
    finally:
        both(conn.close())


def test_connections_share_one_watch_list(both: Both, server: FakeRealtimeServer) -> None:
    first = both.connect(server, extensions=[])
    second = both.connect(server, extensions=[])
    try:
        assert first._core.watched is second._core.watched  # not 1.2 KB a connection
    finally:
        both(first.close())
        both(second.close())


def test_a_drop_after_a_long_silence_gives_the_new_session_the_padding(
    both: Both, server: FakeRealtimeServer
) -> None:
    told: list[ReconnectedEvent] = []
    conn = both.connect(server, extensions=[], reconnect_delay=0.01, on_reconnected=told.append)
    try:
        both(conn.run_until("session.created", timeout=T))  # the first session's
        assert both(conn.send_audio(SILENCE, chunk_ms=100)) == 30
        server.drop_connections()
        both(conn.run_until("session.created", timeout=T))  # the new session's
        assert told[0].reason == "drop" and told[0].audio_bytes == KEPT
        # Sends go on on the new session, through the queue and stop signal made for it.
        assert both(conn.send_audio(SILENCE[:4800], chunk_ms=100)) == 1
    finally:
        both(conn.close())  # after the server read every message before its close
    appended = [
        event["audio"]
        for event in server.received[1]
        if event["type"] == "input_audio_buffer.append"
    ]
    assert [len(base64.b64decode(audio)) for audio in appended] == [4800] * 6  # 5 again, 1 new


def test_a_kept_append_holds_its_audio_and_no_copy_of_its_event() -> None:
    # send_audio's appends ({"type", "audio"}) were each kept as a copy of their dict beside
    # the audio string the unconfirmed sends keep too.
    frames = [base64.b64encode(bytes([n]) * 4800).decode() for n in range(50)]
    events = [{"type": "input_audio_buffer.append", "audio": frame} for frame in frames]
    texts = [json.dumps(event, separators=(",", ":")) for event in events]
    carry = Carry()
    book = Unconfirmed(limit=carry.audio_limit)
    carry.sent(events[0], texts[0])  # what the first append makes once (its lists)
    book.sent("input_audio_buffer.append", events[0], texts[0])
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for event, text in zip(events[1:], texts[1:], strict=True):
            carry.sent(event, text)
            book.sent("input_audio_buffer.append", event, text)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # Five kept appends' references (about 400 bytes); a dict copy each is 184 bytes more.
    assert held < 1024
    assert carry.plan(same_session=False).replayed == tuple(texts[-5:])  # the same texts
