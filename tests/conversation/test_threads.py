"""A blocking conversation's receive and a send from another thread (a tool's) take turns:
what a received event changes (the responses owed, the sends unconfirmed, the extensions'
state) is never changed by both threads at once, the receive's fast path included."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from realtime_ext import Extension
from realtime_ext._base.backend_sync import SyncBackend
from realtime_ext.conversation import Conversation
from realtime_ext.events import ServerEvent

WAIT = 10.0  # real seconds a step may take before the test fails (never slept)


class _Created:
    """A transport that hands out ``response.created``, forever."""

    close_code = None
    close_reason = None

    def send_text(self, data: str) -> None:
        pass

    def recv_message(self, timeout: float | None) -> str:
        return json.dumps(
            {"type": "response.created", "event_id": "e", "response": {"id": "resp_1"}}
        )

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


class _WatchedLock:
    """The step lock, setting ``waiting`` when a thread finds it taken (and waits its turn)."""

    def __init__(self, waiting: threading.Event) -> None:
        self._lock = threading.RLock()
        self._waiting = waiting

    def __enter__(self) -> None:
        if not self._lock.acquire(blocking=False):
            self._waiting.set()
            self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class _Sending(Extension):
    """Holds a send's step, on the sending thread, until ``turn``: the receive then either
    ran meanwhile (the race) or waited for the step lock (its turn after this step)."""

    def __init__(self, turn: threading.Event) -> None:
        self.turn = turn
        self.sending = threading.Event()

    def sent(self, payload: dict[str, Any]) -> None:
        self.sending.set()
        self.turn.wait(WAIT)
        self.sending.clear()


class _Overlaps(_Sending):
    """Also observes every event: notes those observed while the send's step runs."""

    def __init__(self, turn: threading.Event) -> None:
        super().__init__(turn)
        self.overlaps: list[str] = []

    def observe(self, event: ServerEvent, data: dict[str, Any] | None) -> bool:
        if self.sending.is_set():
            self.overlaps.append(event.type)
        self.turn.set()
        return False


@pytest.mark.parametrize("observing", [True, False], ids=["observed", "watched"])
def test_a_receive_waits_for_a_send_step_on_another_thread(
    monkeypatch: pytest.MonkeyPatch, observing: bool
) -> None:
    # observed: an extension told of every event (its observe against its own sent);
    # watched: none told, the core's own bookkeeping (response.created settles the response
    # a send asked for). Either way the event is taken after the send's step, not during it.
    turn = threading.Event()
    monkeypatch.setattr(SyncBackend, "lock", staticmethod(lambda: _WatchedLock(turn)))
    conn = Conversation(_Created())
    ext = conn.add_extension(_Overlaps(turn) if observing else _Sending(turn))
    tool = threading.Thread(target=conn.send, args=({"type": "response.create"},), daemon=True)
    tool.start()
    assert ext.sending.wait(WAIT)
    event = conn.recv()  # the fast path: decoded and taken while the send's step runs
    during = ext.sending.is_set()  # the send's step still running as the receive returned
    turn.set()
    tool.join(WAIT)
    assert not tool.is_alive()
    assert event.type == "response.created"
    assert not during
    if isinstance(ext, _Overlaps):
        assert ext.overlaps == []
