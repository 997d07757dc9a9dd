"""``client.live.connect`` and its sockets against scripted servers on 127.0.0.1: what goes
on the wire (and what never does), errors, drops, unknown events, secrets."""

from __future__ import annotations

import json
from typing import Any

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    ConnectionClosed,
    InvalidArgumentError,
    InvalidEventError,
    RealtimeClient,
    RealtimeServerError,
)
from realtime_ext.events import UnknownEvent
from tests.support.live_replay import PRIMARY, Recording, recording, serving

KEY = "sk-live-secret-0123456789"
STARTED = recording(PRIMARY).received[0]
START = recording(PRIMARY).sent[0]
SESSION = START["session"]
ERROR = {
    "type": "error",
    "event_id": "event_1",
    "error": {
        "type": "invalid_request_error",
        "code": "unknown_parameter",
        "message": "Unknown parameter: 'session.colour'.",
        "param": "session.colour",
    },
}


def script(*frames: tuple[str, dict[str, Any]]) -> Recording:
    return Recording("scripted", list(frames))


def started() -> Recording:
    return script(("sent", START), ("received", STARTED))


@pytest.mark.parametrize(
    "bad",
    [
        {"instructions": 5},
        {"store": "yes"},
        {"audio": {"format": {"type": "audio/pcm", "rate": 24000}, "speed": 2}},
        {"audio": {"output": {"voice": 7}}},
        {"delegation": {"type": "client", "acknowledgement_delay_ms": "soon"}},
        {"input": [{"role": "user", "content": "not a list of parts"}]},
        {"input": "hello"},
        {"triggers": [{"type": "decisions"}]},
    ],
)
def test_a_bad_session_is_refused_before_anything_opens(bad: dict[str, Any]) -> None:
    with serving(script()) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        with pytest.raises(InvalidEventError, match=r"session\.start"):
            client.live.connect(**{**SESSION, **bad})
        with pytest.raises(InvalidArgumentError, match="colour"):  # the server rejects it too
            client.live.connect(**SESSION, colour="blue")  # type: ignore[call-arg]
        assert server.paths == []  # no socket opened


def test_the_wire_gets_the_session_start_connect_built() -> None:
    with serving(started()) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        conn = client.live.connect(**SESSION)
        conn.abort()
    assert server.received == [START] and server.mismatch == []
    assert server.headers[0]["authorization"] == f"Bearer {KEY}"
    assert server.paths == ["/v1/live/sessions"]  # no query


def test_an_error_instead_of_started_raises_the_servers_error() -> None:
    with (
        serving(script(("sent", START), ("received", ERROR))) as server,
        RealtimeClient(api_key=KEY, base_url=server.url) as client,
        pytest.raises(RealtimeServerError) as caught,
    ):
        client.live.connect(**SESSION)
    assert caught.value.code == "unknown_parameter"
    assert caught.value.param == "session.colour"


async def test_an_error_instead_of_started_raises_async() -> None:
    with serving(script(("sent", START), ("received", ERROR))) as server:
        async with AsyncRealtimeClient(api_key=KEY, base_url=server.url) as client:
            with pytest.raises(RealtimeServerError, match="Unknown parameter"):
                await client.live.connect(**SESSION)


def test_a_drop_raises_connection_closed() -> None:
    frames = script(("sent", START), ("received", STARTED), ("drop", {}))
    with serving(frames) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        conn = client.live.connect(**SESSION, max_retries=0)  # reconnect is on by default
        with pytest.raises(ConnectionClosed) as caught:
            conn.recv(timeout=10)
        assert caught.value.code == 1006
        with pytest.raises(ConnectionClosed):
            list(conn)  # iteration never ends silently after a drop
        assert conn.close() is None  # nothing to wait for: just closed


async def test_a_drop_raises_connection_closed_async() -> None:
    frames = script(("sent", START), ("received", STARTED), ("drop", {}))
    with serving(frames) as server:
        client = AsyncRealtimeClient(api_key=KEY, base_url=server.url)
        async with client, client.live.connect(**SESSION, max_retries=0) as conn:
            with pytest.raises(ConnectionClosed):
                async for _ in conn:
                    pass


def test_an_unknown_event_decodes_and_the_next_one_follows() -> None:
    new = {"type": "session.brand_new", "event_id": "e9", "detail": {"x": 1}}
    closed = {**recording(PRIMARY).received[-1]}
    frames = script(("sent", START), ("received", STARTED), ("received", new))
    frames.frames += [("sent", {"type": "session.close"}), ("received", closed)]
    with serving(frames) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        with client.live.connect(**SESSION) as conn:
            event = conn.recv(timeout=10)
            assert isinstance(event, UnknownEvent)
            assert event.wire_type == "session.brand_new" and event.to_dict() == new
            ended = conn.close()
        assert ended is not None and ended.reason == "close_requested"
        assert conn.closed is ended
    assert server.mismatch == []


def test_a_fork_starts_with_its_overrides_or_inherits() -> None:
    fork_start: dict[str, Any] = {"type": "session.start", "session": {}}
    frames = script(("sent", fork_start), ("received", STARTED))
    with serving(frames) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        client.live.forks.connect(session_id="live_a/b").abort()
    assert server.received == [fork_start] and server.mismatch == []
    assert server.paths == ["/v1/live/sessions/live_a%2Fb/fork"]


def test_a_fork_refuses_what_a_fork_cannot_override() -> None:
    with RealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9/v1") as client:
        with pytest.raises(InvalidEventError, match=r"delegation\.model"):
            # a fork may change the Responses delegation's settings only
            client.live.forks.connect(
                session_id="live_1", delegation={"type": "responses", "model": "gpt-5"}
            )
        with pytest.raises(InvalidArgumentError, match="session_id"):
            client.live.forks.connect(session_id="")


def test_a_sideband_attaches_without_session_start() -> None:
    # The server waits for a frame that never comes: the sideband sends nothing, not even
    # session.close when it leaves (that would end the call for the caller too).
    frames = script(("received", STARTED), ("sent", {"type": "nothing.at.all"}))
    with serving(frames) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        conn = client.live.sideband.connect(session_id="live_1", graceful_close=True)
        assert conn.session_id == STARTED["session"]["id"]
        with pytest.raises(InvalidEventError, match=r"session\.input_audio\.append"):
            conn.session.input_audio.append(audio="AAAA")  # the call's media carries audio
        with pytest.raises(InvalidArgumentError, match="takes no audio"):
            conn.send_audio(b"\0\0" * 2400)
        assert conn.close() is None  # detaches: no session.close, the call goes on
    assert server.done.wait(10)
    assert server.paths == ["/v1/live/sessions/live_1/attach?graceful_close=true"]
    assert server.received == []
    assert len(server.mismatch) == 1 and server.mismatch[0].startswith("ended early")


def test_text_and_audio_in_one_call_each() -> None:
    text = [
        {"type": kind, "content": "Hi", "delegation_id": None}
        for kind in ("session.commentary.append", "session.thinking.append")
    ]
    text.append({"type": "session.instructions.append", "content": "Hi", "delegation_id": "d1"})
    audio = [
        {"type": "session.input_audio.append", "audio": b64}
        for b64 in ("AAAAAAAAAAA=", "AAAAAA==")  # 8 and 4 zero bytes
    ]
    frames = script(("sent", START), ("received", STARTED), *(("sent", f) for f in text + audio))
    with (
        serving(frames) as server,
        RealtimeClient(api_key=KEY, base_url=server.url) as client,
        client.live.connect(**SESSION) as conn,
    ):
        conn.commentary("Hi")
        conn.thinking("Hi")
        conn.instructions("Hi", delegation_id="d1")
        assert conn.send_audio(b"\0" * 8, chunk_ms=10, sample_rate=8000) == 1
        assert conn.send_audio(b"\0" * 4, chunk_ms=10, sample_rate=8000) == 1
        with pytest.raises(InvalidArgumentError, match="sample_rate"):
            conn.send_audio(b"\0\0", sample_rate=44100)
        with pytest.raises(InvalidEventError, match="content"):
            conn.commentary(5)  # type: ignore[arg-type]
        assert server.done.wait(10)
        conn.abort()
    assert server.mismatch == [], server.mismatch


def test_the_key_is_never_shown() -> None:
    with serving(started()) as server, RealtimeClient(api_key=KEY, base_url=server.url) as client:
        opening = client.live.connect
        conn = opening(**SESSION)
        shown = [repr(conn), conn.url, repr(client.live), str(conn.started)]
        conn.abort()
        try:
            bad: dict[str, Any] = {**SESSION, "instructions": 1}
            client.live.connect(**bad)
        except InvalidEventError as exc:
            shown.append(str(exc))
    assert not [text for text in shown if KEY in text or "live-secret" in text]
    assert "Bearer" not in json.dumps(shown)


def test_an_option_it_does_not_take_is_refused() -> None:
    with RealtimeClient(api_key=KEY, base_url="http://127.0.0.1:9/v1") as client:
        with pytest.raises(InvalidArgumentError, match="carry_max_items"):  # the API's bounds
            client.live.connect(model="gpt-live-1", carry_max_items=3)  # type: ignore[call-arg]
        with pytest.raises(InvalidArgumentError, match="api_key"):
            client.live.connect(model="gpt-live-1", api_key="sk-other")  # type: ignore[call-arg]
