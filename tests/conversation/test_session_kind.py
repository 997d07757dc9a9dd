"""The core reads a session kind's end from its descriptor, not from one kind's module: a
kind whose ``ending_reasons`` differ from GPT-Live's ends the conversation on its own
reasons. An in-memory transport (no socket); waits are on queued events, never on sleeps."""

from __future__ import annotations

import dataclasses
import json
import queue
from typing import Any

import pytest

from realtime_ext import ConnectionClosed, SessionClosedError
from realtime_ext.conversation import LIVE, LiveCarry, LiveConnection, ReconnectPolicy
from tests.support.live_replay import PRIMARY, recording

# A recorded GPT-Live session's first and last events (as the real API sent them).
STARTED = recording(PRIMARY).received[0]
CLOSED = recording(PRIMARY).received[-1]


def closed(reason: str) -> dict[str, Any]:
    return {**CLOSED, "reason": reason}


class ScriptTransport:
    """Server events from a script; ``None`` ends it with a normal close (1000)."""

    def __init__(self, script: list[dict[str, Any] | None]) -> None:
        self.incoming: queue.Queue[dict[str, Any] | None] = queue.Queue()
        for item in script:
            self.incoming.put(item)
        self.code: int | None = None

    def send_text(self, data: str) -> None:
        if self.code is not None:
            raise ConnectionClosed(self.code, "")

    def recv_message(self, timeout: float | None) -> str:
        item = self.incoming.get(timeout=timeout)
        if item is None:
            self.code = 1000
            raise ConnectionClosed(1000, "")
        return json.dumps(item)

    def close(self, code: int = 1000, reason: str = "") -> None:
        self.code = code

    @property
    def close_code(self) -> int | None:
        return self.code

    @property
    def close_reason(self) -> str | None:
        return None if self.code is None else ""


def run(kind: Any, reason: str) -> list[str]:
    """Iterate a GPT-Live-like connection of ``kind`` whose session the server closes with
    ``reason``: the event types it delivers (an error, if any, raised)."""
    policy = ReconnectPolicy(
        url="wss://h/v1/live", max_retries=0, carry=LiveCarry(sessions_url="wss://h/v1/live")
    )
    transport = ScriptTransport([STARTED, closed(reason), None])
    conn = LiveConnection(transport, protocol=kind, url="wss://h/v1/live", reconnect=policy)
    try:
        return [event.type for event in conn]
    finally:
        conn.close()


def test_gpt_live_ends_on_content_and_not_on_a_requested_close() -> None:
    with pytest.raises(SessionClosedError) as caught:
        run(LIVE, "content")
    assert caught.value.closed_reason == "content"
    assert run(LIVE, "close_requested") == ["session.started", "session.closed"]


def test_a_kind_ends_the_conversation_on_its_own_ending_reasons() -> None:
    kind = dataclasses.replace(LIVE, ending_reasons=frozenset({"close_requested"}))
    with pytest.raises(SessionClosedError) as caught:
        run(kind, "close_requested")
    assert caught.value.closed_reason == "close_requested"
    quiet = dataclasses.replace(LIVE, ending_reasons=frozenset())
    assert run(quiet, "content") == ["session.started", "session.closed"]
