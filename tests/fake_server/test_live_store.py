"""The fake's store of stored GPT-Live sessions (``testing/_live_store.py``): a server started
again on the same state directory forks what the one before stored, as the recording shows a
session (its fields in order); the store forgets after its retention and beyond its count,
holds no secret, and refuses a file it cannot use. The SIGKILL half is
``tests/faults/test_live_frozen_and_killed.py``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

from realtime_ext import InvalidArgumentError
from realtime_ext._redact import unmasked_secrets
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._http import HttpError
from realtime_ext.testing._live_sessions import LiveSessions
from realtime_ext.testing._live_store import MAX_SAID_CHARS, LiveStore
from realtime_ext.testing._script import Script
from support.live_replay import PRIMARY, recording

KEY = "sk-store-test-0123456789abcdef"
MCP_TOKEN = "mcp-bearer-not-a-known-shape-5f2c"


def _open(server: FakeRealtimeServer, path: str = "/live/sessions") -> ClientConnection:
    return connect(f"{server.ws_url}{path}", additional_headers={"Authorization": f"Bearer {KEY}"})


def _first(ws: ClientConnection, start: dict[str, Any]) -> dict[str, Any]:
    ws.send(json.dumps(start))
    frame: dict[str, Any] = json.loads(ws.recv(timeout=5))
    return frame


def test_a_server_started_again_forks_the_stored_session_as_recorded(tmp_path: Path) -> None:
    recorded = recording(PRIMARY)
    start = recorded.sent[0]
    start = {**start, "session": {**start["session"], "store": True}}
    real = next(f for f in recorded.received if f["type"] == "session.started")["session"]
    with FakeRealtimeServer(state_dir=tmp_path) as first, _open(first) as ws:
        parent = _first(ws, start)["session"]
    # A new server (a new process would do the same) on the same directory.
    with FakeRealtimeServer(state_dir=tmp_path) as second:
        fork = f"/live/sessions/{parent['id']}/fork"
        with _open(second, fork) as ws:
            child = _first(ws, {"type": "session.start", "session": {}})["session"]
    assert child["id"] != parent["id"] and child["id"].startswith("live_u0_")
    # The recorded resource's fields, in its order, with its values; `store` where the
    # config puts it (before `status`), as a primary's session with store: true has it.
    expected = [key for key in real if key not in ("status", "input")]
    assert list(child) == [*expected, "store", "status", "input"]
    for key in ("model", "instructions", "audio", "delegation", "status", "input"):
        assert child[key] == real[key], key
    assert child["store"] is True


def test_a_fork_after_a_restart_holds_what_was_said(tmp_path: Path) -> None:
    sessions = LiveSessions(
        Script(), lambda: None, LiveStore.in_dir(tmp_path, retention=lambda: None)
    )
    live = sessions.new_session(lambda payload: None, lambda code, reason: None)
    history = [{"role": "user", "content": [{"type": "input_text", "text": "I am Ada."}]}]
    start = {"model": "gpt-live-1", "store": True, "input": history}
    live.handle_message(json.dumps({"type": "session.start", "session": start}))
    live.hear("Where is my order?")
    live.feed(b"\x00\x10" * 2400 * 3)  # speech: heard, and written
    sessions.store.close()  # the process dies here (nothing more is written)
    again = LiveSessions(Script(), lambda: None, LiveStore.in_dir(tmp_path, retention=lambda: None))
    stored = again.stored(str(live.session["id"]))
    assert stored.said == ["I am Ada.", "Where is my order?"]
    assert stored.state == "active"  # its server died with it: never ended
    assert stored.session["input"] == history
    again.store.close()


def test_a_running_stored_sessions_recording_is_as_long_as_its_timeline() -> None:
    import io
    import wave

    from realtime_ext.testing._http import RecordedRequest

    sessions = LiveSessions(Script(), lambda: None)
    live = sessions.new_session(lambda payload: None, lambda code, reason: None)
    start = {"model": "gpt-live-1", "store": True}
    live.handle_message(json.dumps({"type": "session.start", "session": start}))
    live.feed(bytes(4800 * 25))  # 2.5 s of silence: nothing new written to the store
    path = f"/v1/live/sessions/{live.session['id']}/content"
    answer = sessions.handle(RecordedRequest("GET", path, {}, {}, b""))
    with wave.open(io.BytesIO(answer.body)) as wav:
        assert wav.getnframes() == 2 * wav.getframerate()
    sessions.store.close()


def test_the_store_forgets_after_its_retention_and_beyond_its_count() -> None:
    now = [1000.0]
    store = LiveStore(retention=lambda: 60.0, max_stored=2, now=lambda: now[0])
    for n in range(3):
        now[0] += 1
        store.put(f"live_{n}", {"id": f"live_{n}", "store": True}, ["x" * (MAX_SAID_CHARS + 9)], 0)
    assert store.get("live_0") is None and len(store) == 2  # the least recently written
    kept = store.get("live_2")
    assert kept is not None and kept.said == ["x" * MAX_SAID_CHARS]
    now[0] += 59
    store.put("live_1", {"id": "live_1", "store": True}, [], 0, reason="close_requested")
    now[0] += 2  # live_2 is past its retention; live_1 was written since
    assert store.get("live_2") is None
    ended = store.get("live_1")
    assert ended is not None and (ended.state, ended.reason) == ("ended", "close_requested")
    store.close()


def test_a_forgotten_stored_session_is_not_found() -> None:
    sessions = LiveSessions(
        Script(), lambda: 60.0, LiveStore(retention=lambda: 0.0, now=lambda: 5.0)
    )
    live = sessions.new_session(lambda payload: None, lambda code, reason: None)
    live.handle_message(
        json.dumps({"type": "session.start", "session": {"model": "gpt-live-1", "store": True}})
    )
    sessions.store.retention = lambda: -1.0  # what is written now is past its retention
    sessions.changed(live)
    with pytest.raises(HttpError) as info:
        sessions.stored(str(live.session["id"]))
    assert info.value.status == 404
    sessions.store.close()


def test_the_store_holds_no_secret(tmp_path: Path) -> None:
    tool = {
        "type": "mcp",
        "server_label": "orders",
        "server_url": "https://mcp.example/sse",
        "authorization": MCP_TOKEN,
        "headers": {"X-Api-Token": MCP_TOKEN},
    }
    session = {
        "model": "gpt-live-1",
        "store": True,
        "instructions": f"Never say {KEY}.",
        "delegation": {"type": "responses", "responses": {"model": "gpt-5", "tools": [tool]}},
    }
    with FakeRealtimeServer(state_dir=tmp_path) as server, _open(server) as ws:
        started = _first(ws, {"type": "session.start", "session": session})
        assert started["type"] == "session.started", started
    written = b"".join(path.read_bytes() for path in tmp_path.iterdir())
    assert b"orders" in written  # the session is there
    assert MCP_TOKEN.encode() not in written and KEY.encode() not in written
    assert not unmasked_secrets(written.decode("latin-1"), [KEY, MCP_TOKEN])


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    (tmp_path / "live-sessions.sqlite3").write_text("not a database " * 100)
    with pytest.raises(InvalidArgumentError, match="cannot be the fake's session store"):
        FakeRealtimeServer(state_dir=tmp_path)
    with pytest.raises(InvalidArgumentError, match="state_dir must be a path"):
        FakeRealtimeServer(state_dir=3)  # type: ignore[arg-type]
