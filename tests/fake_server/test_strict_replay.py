"""Replay is strict about what it can compare: JSON bodies, the JSON parts of a call's form,
a connection's query; and it tells what the recording holds that the client never asked for.

A replay that answered a changed request with the old recording would let a test pass
against behaviour the app no longer has (issue 36, item 4).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from realtime_ext import RealtimeClient, sdp
from realtime_ext.testing import FakeRealtimeServer

KEY = "sk-strict-replay-0123456789abcdef"
OFFER = sdp.sample_offer("chrome-linux")
SECRET_BODY = {"session": {"type": "realtime", "model": "gpt-realtime"}}
CALL_SESSION = {"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."}


def _ws_url(base_url: str, model: str) -> str:
    return base_url.replace("http://", "ws://") + f"/realtime?model={model}"


def _session(base_url: str, *, model: str = "gpt-realtime", instructions: str = "Hi") -> None:
    """One connection: read session.created, update the session, read session.updated."""
    headers = {"Authorization": f"Bearer {KEY}"}
    with connect(_ws_url(base_url, model), additional_headers=headers, open_timeout=10) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "session.created"
        update = {"type": "session.update", "session": {"type": "realtime"}}
        update["session"]["instructions"] = instructions
        ws.send(json.dumps(update))
        assert json.loads(ws.recv(timeout=10))["type"] == "session.updated"


def _mint(base_url: str, body: bytes, content_type: str = "application/json") -> httpx.Response:
    return httpx.post(
        f"{base_url}/realtime/client_secrets",
        content=body,
        headers={"Authorization": f"Bearer {KEY}", "Content-Type": content_type},
        timeout=10,
    )


def _call(base_url: str, session: dict[str, str]) -> str:
    with RealtimeClient(api_key=KEY, base_url=base_url) as client:
        return client.calls.create(sdp=OFFER, session=session).call_id


@pytest.fixture(scope="module")
def cassette(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A recording of one mint, one call with a session, and two connections."""
    path = tmp_path_factory.mktemp("strict") / "strict.jsonl"
    with (
        FakeRealtimeServer() as upstream,
        FakeRealtimeServer(cassette=path, record_mode="all", upstream=upstream.base_url) as rec,
    ):
        assert _mint(rec.base_url, json.dumps(SECRET_BODY).encode()).status_code == 200
        assert _call(rec.base_url, CALL_SESSION).startswith("rtc_")
        _session(rec.base_url)
        _session(rec.base_url)
    yield path


def test_the_same_client_replays_with_nothing_left(cassette: Path) -> None:
    with FakeRealtimeServer(cassette=cassette) as server:
        assert _mint(server.base_url, json.dumps(SECRET_BODY).encode()).status_code == 200
        # The offer's SDP differs on every call by nature: not compared.
        other_offer = OFFER.replace("a=ice-pwd:", "a=ice-pwd:x")
        with RealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            assert client.calls.create(sdp=other_offer, session=CALL_SESSION).call_id
        _session(server.base_url)
        _session(server.base_url)
        assert server.cassette_mismatches == []
        assert server.cassette_unplayed == []


def test_another_model_in_the_query_is_refused(cassette: Path) -> None:
    with FakeRealtimeServer(cassette=cassette) as server:
        with pytest.raises(InvalidStatus) as refused:
            _session(server.base_url, model="gpt-realtime-mini")
        assert refused.value.response.status_code == 400
        (mismatch,) = server.cassette_mismatches
        assert "connection 0 to /v1/realtime: query model[0]" in mismatch
        assert "'gpt-realtime'" in mismatch and "'gpt-realtime-mini'" in mismatch


def test_another_session_in_a_calls_form_is_a_mismatch(cassette: Path) -> None:
    with FakeRealtimeServer(cassette=cassette) as server:
        changed = {**CALL_SESSION, "instructions": "Be verbose."}
        with pytest.raises(Exception, match="differs from the recording"):
            _call(server.base_url, changed)
        (mismatch,) = server.cassette_mismatches
        assert "session.instructions: expected 'Be brief.', got 'Be verbose.'" in mismatch


def test_a_body_that_is_no_longer_json_is_a_mismatch(cassette: Path) -> None:
    with FakeRealtimeServer(cassette=cassette) as server:
        answer = _mint(server.base_url, b"session=realtime", "application/x-www-form-urlencoded")
        assert answer.status_code >= 400
        (mismatch,) = server.cassette_mismatches
        assert "the body is not JSON (the recording's was)" in mismatch


def test_a_mismatch_that_recurs_is_reported_once(cassette: Path) -> None:
    changed = json.dumps({"session": {"type": "realtime", "model": "gpt-4o-realtime"}}).encode()
    with FakeRealtimeServer(cassette=cassette) as server:
        for _ in range(3):
            assert _mint(server.base_url, changed).status_code >= 400
        (mismatch,) = server.cassette_mismatches
        assert "session.model: expected 'gpt-realtime', got 'gpt-4o-realtime'" in mismatch


def test_what_the_client_never_asked_for_is_named(cassette: Path) -> None:
    with FakeRealtimeServer(cassette=cassette) as server:
        _session(server.base_url)  # the first connection only: no mint, no call
        assert server.cassette_mismatches == []
        unplayed = server.cassette_unplayed
    assert len(unplayed) == 3, unplayed
    assert "POST /v1/realtime/client_secrets (exchange 1) was never requested" in unplayed[0]
    assert "POST /v1/realtime/calls (exchange 2) was never requested" in unplayed[1]
    assert "connection 1 to /v1/realtime was never opened" in unplayed[2]


def test_a_client_that_hangs_up_early_leaves_events_unplayed(cassette: Path) -> None:
    with FakeRealtimeServer(cassette=cassette) as server:
        headers = {"Authorization": f"Bearer {KEY}"}
        url = _ws_url(server.base_url, "gpt-realtime")
        with connect(url, additional_headers=headers, open_timeout=10) as ws:
            assert json.loads(ws.recv(timeout=10))["type"] == "session.created"
        unplayed = [note for note in server.cassette_unplayed if "client event" in note]
    assert len(unplayed) == 1, server.cassette_unplayed
    assert "connection 0: client event #1 (recorded 'session.update') never came" in unplayed[0]


def test_the_greeting_is_replayed_at_open_whatever_order_it_was_recorded_in(
    cassette: Path, tmp_path: Path
) -> None:
    # openai's client sends session.update as it connects, so the recording proxy can see it
    # before upstream's session.created. Replayed in that order, a client that reads
    # session.created before sending anything waited forever.
    lines = cassette.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    greeting = next(
        i
        for i, r in enumerate(records)
        if r.get("kind") == "ws.server" and r.get("event", {}).get("type") == "session.created"
    )
    update = next(i for i, r in enumerate(records) if i > greeting and r.get("kind") == "ws.client")
    lines.insert(update, lines.pop(greeting))  # the client's update first, as a race records
    raced = tmp_path / "raced.jsonl"
    raced.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with FakeRealtimeServer(cassette=raced) as server:
        _session(server.base_url)  # reads session.created (10 s at most) before sending
        _session(server.base_url)
        assert server.cassette_mismatches == []
