"""A 10,000-response conversation runs in flat memory, in the client's history and in the
fake server's session (issue 54): a soak measured with tracemalloc (memory, never time).

The conversation is driven without sockets so 10,000 responses take seconds: the fake's
session (:class:`FakeConversation`, what serve-fake runs per connection) answers each
``conversation.item.create`` and ``response.create``, and every event it sends is applied to
the client's :class:`HistoryTracker` (what ``conn.history`` is). The socket layers hold only
bounded logs of their own (``tests/fake_server/test_bounds.py``, and the closed
connections' release below).

Stated bounds (checked): after 10,000 responses the client's history and the fake's session
hold less than 12 MiB together (each keeps its newest items: 3,000 and 4,096), and the
second 5,000 responses add less than 512 KiB. Before the bounds, the history kept every item
(2.6-3.4 MiB per 1,000 responses) and the fake's session too.
"""

from __future__ import annotations

import base64
import gc
import json
import tracemalloc
from collections.abc import Iterator

import pytest
from websockets.sync.client import connect

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._conversation import MAX_ITEMS, FakeConversation
from realtime_ext.testing._script import PlannedResponse, Script
from realtime_ext.testing._session import realtime_session
from realtime_ext.voice._history import DEFAULT_MAX_ITEMS, HistoryTracker
from support.waiting import until

RESPONSES = 10_000
MIB = 2**20
TOTAL_BOUND = 12 * MIB
GROWTH_BOUND = 512 * 1024

pytestmark = pytest.mark.once(
    reason="a memory soak: the bounds are the code's data structures, the same on every "
    "interpreter, and 10,000 responses are worth running once per suite"
)


@pytest.fixture
def traced() -> Iterator[None]:
    tracemalloc.start()
    try:
        yield
    finally:
        tracemalloc.stop()


def _traced_now() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_ten_thousand_responses_in_flat_memory(traced: None) -> None:
    start = _traced_now()
    client = HistoryTracker()
    session = realtime_session()
    session["output_modalities"] = ["text"]
    script = Script()
    fake = FakeConversation(session, script, client.received, lambda code, reason: None)
    fake.start()
    middle = 0
    for turn in range(RESPONSES):
        question = {"type": "input_text", "text": f"Question number {turn}: what next?"}
        # The handler itself: the event's schema check is not what is measured here, and
        # skipping it halves the soak's time.
        fake._on_conversation_item_create(  # pyright: ignore[reportPrivateUsage]
            {"item": {"type": "message", "role": "user", "content": [question]}}
        )
        script.add_response(PlannedResponse(text=f"Answer number {turn}, in a few words."))
        fake.dispatch({"type": "response.create"})
        if turn + 1 == RESPONSES // 2:
            middle = _traced_now()
    end = _traced_now()
    history = client.history
    assert len(history) == DEFAULT_MAX_ITEMS and history.evicted == 2 * RESPONSES - len(history)
    assert len(fake.items) == MAX_ITEMS
    assert history.items[-1].text == f"Answer number {RESPONSES - 1}, in a few words."
    held, growth = end - start, end - middle
    print(f"\n{RESPONSES:,} responses: {held / MIB:.1f} MiB held, second half +{growth} B")
    assert held < TOTAL_BOUND, f"client + fake hold {held / MIB:.1f} MiB"
    assert growth < GROWTH_BOUND, f"the second 5,000 responses added {growth / MIB:.2f} MiB"


def test_serve_fake_releases_closed_connections(traced: None) -> None:
    # 40 connections that each append ~256 KiB of audio: before, every closed connection's
    # event log (the base64 audio verbatim) stayed for the server's life (150 connections
    # of 20 s audio: RSS 77 -> 272 MiB). Now closed ones are kept within max_logged_bytes
    # together (and max_logged_connections), oldest let go first.
    chunk = base64.b64encode(bytes(64 * 1024)).decode()  # silence: no VAD turn
    append = json.dumps({"type": "input_audio_buffer.append", "audio": chunk})
    budget = 1 * MIB
    with FakeRealtimeServer(max_logged_bytes=budget) as server:
        url = server.realtime_url()
        start = _traced_now()
        for _ in range(40):
            with connect(url, additional_headers={"Authorization": "Bearer sk-test"}) as ws:
                ws.recv(timeout=10)  # session.created
                for _ in range(3):
                    ws.send(append)
                ws.send(json.dumps({"type": "input_audio_buffer.clear"}))
                assert json.loads(ws.recv(timeout=10))["type"] == "input_audio_buffer.cleared"
        # The client's close returns once its side is done; the server's thread marks the
        # connection closed (and trims the logs) a moment later.
        until(lambda: server.connections[-1].closed, "the server to see the last close")
        held = _traced_now() - start
        kept = server.connections
        assert len(kept) < 40 and server.connections_dropped == 40 - len(kept)
        assert sum(len(r.events) for r in kept) >= 4  # the newest is always kept
        assert kept[-1].closed
    sent = 40 * 3 * len(append)
    print(f"\nsent {sent / MIB:.1f} MiB of audio events; the server holds +{held / MIB:.2f} MiB")
    assert held < 3 * budget, f"the server holds {held / MIB:.1f} MiB after {sent / MIB:.1f} MiB"
