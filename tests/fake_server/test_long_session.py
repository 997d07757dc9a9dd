"""What the API does to a long session, and to a connection that dies, on the fake server:
the session cap (an ``error`` ``session_expired`` then a 1001 close, as the API at its
60-minute maximum), frozen connections (open, silent, pings unanswered) and connections cut
part-way through a response; in-process and through ``realtime-ext serve-fake``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from realtime_ext import APIConnectionError, RealtimeClient, RealtimeServerError
from realtime_ext.testing import FakeRealtimeServer, Scenario, ScenarioError
from support.waiting import until

ROOT = Path(__file__).resolve().parents[2]
KEY = {"Authorization": "Bearer sk-test"}
TEXT_RESPONSE = json.dumps({"type": "response.create", "response": {"output_modalities": ["text"]}})


def _open(url: str) -> ClientConnection:
    # No keepalive of the client's own: the tests ping by hand.
    return connect(url, additional_headers=KEY, ping_interval=None, close_timeout=1)


def _events(ws: ClientConnection, until: str | None = None) -> list[dict[str, Any]]:
    """Events until one of type ``until``, or until the connection ends."""
    out: list[dict[str, Any]] = []
    try:
        while not out or out[-1]["type"] != until:
            out.append(json.loads(ws.recv(timeout=10)))
    except ConnectionClosed:
        if until is not None:
            raise
    return out


def _pings_answered(ws: ClientConnection) -> bool:
    """A ping's pong within 10 s: a live server answers at once, a loaded machine may take
    longer than the 0.5 s a frozen one is given below."""
    return ws.ping().wait(10)


def _pings_ignored(ws: ClientConnection) -> bool:
    """No pong within 0.5 s: a frozen server never answers, so a short wait cannot fail."""
    return not ws.ping().wait(0.5)


# -- the session cap ------------------------------------------------------------------------
def test_a_session_ends_at_its_cap_as_on_the_api() -> None:
    with FakeRealtimeServer(max_session_seconds=0.3) as server, _open(server.realtime_url()) as ws:
        events = _events(ws)
        assert ws.close_code == 1001
        assert ws.close_reason == "Your session hit the maximum duration of 0.3 seconds."
        assert server.sessions_expired == 1
    assert [e["type"] for e in events] == ["session.created", "error"]
    error = events[-1]["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "session_expired"
    assert error["message"] == "Your session hit the maximum duration of 0.3 seconds."
    # expires_at says when (to the second), as on the API.
    assert events[0]["session"]["expires_at"] <= time.time() + 1


def test_the_cap_ends_a_session_mid_response_too() -> None:
    with FakeRealtimeServer(max_session_seconds=0.3) as server:
        server.script.next_response(text="never finished", hold=True)
        with _open(server.realtime_url()) as ws:
            ws.send(TEXT_RESPONSE)
            events = _events(ws)
            assert ws.close_code == 1001
    kinds = [e["type"] for e in events]
    assert "response.created" in kinds and "response.done" not in kinds
    assert kinds[-1] == "error" and events[-1]["error"]["code"] == "session_expired"


def test_the_default_cap_is_the_apis_sixty_minutes() -> None:
    assert FakeRealtimeServer().max_session_seconds == 3600
    assert FakeRealtimeServer(max_session_seconds=0).max_session_seconds is None
    assert FakeRealtimeServer(max_session_seconds=float("inf")).max_session_seconds is None
    # The scenario's cap applies unless the server is given one.
    scenario = {"max_session_seconds": 5}
    assert FakeRealtimeServer(scenario=scenario).max_session_seconds == 5
    assert FakeRealtimeServer(scenario=scenario, max_session_seconds=7).max_session_seconds == 7


@pytest.mark.parametrize("bad", [-1, float("nan"), "5", True])
def test_a_bad_cap_is_refused(bad: Any) -> None:
    with pytest.raises(ValueError, match="max_session_seconds"):
        FakeRealtimeServer(max_session_seconds=bad)


@pytest.mark.parametrize("bad", [-1, "5", True, 10**9])
def test_a_bad_scenario_cap_names_its_place(bad: Any) -> None:
    with pytest.raises(ScenarioError, match="max_session_seconds"):
        Scenario.from_dict({"max_session_seconds": bad})


def test_the_sdk_sees_the_expiry_as_an_error_event() -> None:
    with FakeRealtimeServer(max_session_seconds=0.3) as server:
        client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
        # No rollover and no reconnect: the app sees the expiry itself (by default the
        # conversation moves to a new session: tests/conversation/test_rollover.py).
        connect = client.connect(model="gpt-realtime", max_retries=0, max_session_duration=None)
        with client, connect as conn:
            with pytest.raises(RealtimeServerError) as raised:
                conn.run_until("response.done")
            assert raised.value.code == "session_expired"


# -- frozen connections -----------------------------------------------------------------------
def test_freeze_connections_stops_answering_pings_without_closing() -> None:
    with FakeRealtimeServer() as server:
        with _open(server.realtime_url()) as ws:
            _events(ws, "session.created")
            assert _pings_answered(ws)
            server.freeze_connections()
            assert _pings_ignored(ws)
            ws.send(TEXT_RESPONSE)
            with pytest.raises(TimeoutError):
                ws.recv(timeout=0.3)
            assert server.connections_open == 1  # still open
        # Closing the client ends the frozen connection on the server too.
        until(lambda: server.connections_open == 0, "the frozen connection to end")


def test_drop_connections_cuts_without_a_close_frame() -> None:
    with FakeRealtimeServer() as server, _open(server.realtime_url()) as ws:
        _events(ws, "session.created")
        server.drop_connections()
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=5)
        assert ws.protocol.close_rcvd is None  # no close frame: 1006


def test_drop_connections_cuts_frozen_ones_too() -> None:
    with FakeRealtimeServer() as server, _open(server.realtime_url()) as ws:
        _events(ws, "session.created")
        server.freeze_connections()
        server.drop_connections()
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=5)
        assert ws.protocol.close_rcvd is None


def test_freeze_after_freezes_after_that_many_events() -> None:
    with FakeRealtimeServer() as server:
        server.faults.freeze_after(1)  # session.created goes out, nothing after it
        with _open(server.realtime_url()) as ws:
            assert _events(ws, "session.created")[-1]["type"] == "session.created"
            ws.send(TEXT_RESPONSE)
            with pytest.raises(TimeoutError):
                ws.recv(timeout=0.3)
            assert _pings_ignored(ws)
        assert server.faults.frozen == 1 and server.faults.dropped == 0


@pytest.mark.parametrize("after", [0, 2])
def test_drop_mid_response_cuts_after_the_deltas(after: int) -> None:
    with FakeRealtimeServer() as server:
        server.script.next_response(text="one two three four five six")
        server.faults.drop_mid_response(after_deltas=after)
        with _open(server.realtime_url()) as ws:
            ws.send(TEXT_RESPONSE)
            events = _events(ws)
            assert ws.protocol.close_rcvd is None
        assert server.faults.dropped == 1
    kinds = [e["type"] for e in events]
    assert "response.created" in kinds and "response.done" not in kinds
    assert sum(kind.endswith(".delta") for kind in kinds) == after
    assert kinds[-1] == ("response.created" if after == 0 else "response.output_text.delta")


def test_drop_mid_response_spares_the_connections_before_the_response() -> None:
    with FakeRealtimeServer() as server:
        server.faults.drop_mid_response()
        with _open(server.realtime_url()) as idle, _open(server.realtime_url()) as busy:
            _events(idle, "session.created")
            busy.send(TEXT_RESPONSE)
            _events(busy)
            idle.send(TEXT_RESPONSE)  # the cut was used: this one completes
            assert _events(idle, "response.done")[-1]["response"]["status"] == "completed"


def test_freeze_mid_response_leaves_the_response_unfinished_and_open() -> None:
    with FakeRealtimeServer() as server:
        server.faults.freeze_mid_response(after_deltas=1)
        with _open(server.realtime_url()) as ws:
            ws.send(TEXT_RESPONSE)
            # Up to the first delta (each event within 10 s: a loaded machine can pause the
            # server longer than 0.5 s before it, which ended a read-until-silent loop early),
            # then nothing: frozen.
            events = _events(ws, "response.output_text.delta")
            with pytest.raises(TimeoutError):
                ws.recv(timeout=0.5)
            assert _pings_ignored(ws)
        assert server.faults.frozen == 1
    kinds = [e["type"] for e in events]
    assert kinds[-1].endswith(".delta") and "response.done" not in kinds


def test_the_sdk_raises_when_the_fake_drops_mid_response() -> None:
    with FakeRealtimeServer() as server:
        server.faults.drop_mid_response()
        client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
        with client, client.connect(model="gpt-realtime", max_retries=0) as conn:
            conn.response.create()
            seen: list[str] = []
            with pytest.raises(APIConnectionError):
                for event in conn:
                    seen.append(event.type)
            assert "response.created" in seen and "response.done" not in seen


# -- scenarios and serve-fake ---------------------------------------------------------------
def test_scenario_cuts_and_freezes_named_responses() -> None:
    scenario = Scenario.from_dict(
        {
            "responses": [
                {"text": "fine"},
                {"text": "one two three", "drop_mid_response": {"after_deltas": 1}},
                {"freeze_mid_response": True},
            ]
        }
    )
    assert scenario.responses[1].cut is not None and not scenario.responses[1].cut.freeze
    assert scenario.responses[2].cut is not None and scenario.responses[2].cut.freeze
    with FakeRealtimeServer(scenario=scenario) as server:
        with _open(server.realtime_url()) as ws:
            ws.send(TEXT_RESPONSE)
            assert _events(ws, "response.done")[-1]["response"]["status"] == "completed"
            ws.send(TEXT_RESPONSE)
            kinds = [e["type"] for e in _events(ws)]
            assert kinds[-1] == "response.output_text.delta" and ws.protocol.close_rcvd is None
        with _open(server.realtime_url()) as ws:
            ws.send(TEXT_RESPONSE)
            with pytest.raises(TimeoutError):
                while True:
                    ws.recv(timeout=0.5)
            assert _pings_ignored(ws)


@pytest.mark.parametrize(
    "response",
    [
        {"error": {"message": "x"}, "drop_mid_response": True},
        {"drop_mid_response": True, "freeze_mid_response": True},
        {"drop_mid_response": {"after_deltas": -1}},
        {"freeze_mid_response": {"after": 1}},
    ],
)
def test_bad_scenario_cuts_are_refused(response: dict[str, Any]) -> None:
    with pytest.raises(ScenarioError, match=r"responses\[0\]"):
        Scenario.from_dict({"responses": [response]})


@pytest.fixture
def serve_fake() -> Iterator[Any]:
    procs: list[subprocess.Popen[str]] = []

    def start(*args: str) -> str:
        proc = subprocess.Popen(
            [sys.executable, "-m", "realtime_ext.cli", "serve-fake", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"},
        )
        procs.append(proc)
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        return lines[1].rsplit(" ", 1)[-1].strip()  # the WebSocket URL

    yield start
    for proc in procs:
        proc.terminate()
        proc.communicate(timeout=10)


def test_serve_fake_caps_sessions(serve_fake: Any) -> None:
    with _open(serve_fake("--max-session-seconds", "0.5")) as ws:
        events = _events(ws)
        assert ws.close_code == 1001
    assert events[-1]["error"]["code"] == "session_expired"


def test_serve_fake_scenario_cap_and_freeze(serve_fake: Any, tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text("max_session_seconds: 60\nresponses:\n  - freeze_mid_response: true\n")
    url = serve_fake("--scenario", str(path))
    with _open(url) as ws:
        created = _events(ws, "session.created")[-1]["session"]
        ws.send(TEXT_RESPONSE)
        with pytest.raises(TimeoutError):
            while True:
                ws.recv(timeout=0.5)
        assert _pings_ignored(ws)
    assert created["expires_at"] <= time.time() + 61
