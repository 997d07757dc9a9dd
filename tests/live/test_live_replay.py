"""The SDK drives replays of real GPT-Live sessions (``tests/data/realtraffic/live``).

Each recording's server side is played by a replay server on 127.0.0.1
(:mod:`tests.support.live_replay`); the SDK plays the client's side through its public API:
``client.live.connect(**the recorded session)`` (the ``session.start`` it builds must be the
recorded one), the typed sends (``conn.session.input_audio.append``), ``conn.commentary``,
``conn.response.item.create`` answering the function call it decoded, ``conn.close()``.
Before each client frame, the client receives every server frame the recording has before
it, so it acts on what it decoded, as an app does. The server compares each client frame
with the recorded one; the test, the events the SDK decoded with the recorded frames.

The WebRTC recording (HTTP) is replayed the same way: ``client.live.create`` with the
recorded session and offer, ``client.live.sessions.hangup`` twice; each request must be the
recorded one, and the SDK gives the recorded answers back typed (the second hang-up's 404
as the API's own error).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, NotFoundError, RealtimeClient
from realtime_ext.conversation import AsyncLiveConnection, Extension, LiveConnection
from realtime_ext.events import UnknownEvent
from realtime_generated.models import RealtimeUnknownVariant
from tests.support.live_replay import WEBRTC, HttpReplay, ReplayServer, replaying

PRIMARY = "test_openai_live_ws__test_text_reaches_the_model_as_context.yaml"
SIDEBAND = "test_openai_live_ws_sideband__test_webrtc_call_continues_the_bound_history.yaml"
TOOL_ROUND = "test_openai_live_ws__test_audio_in_delegated_tool_round.prefix.yaml"
SIDEBAND_SESSION = "live_u7_recorded"
ITEM_EVENTS = ("response.output_item.added", "response.output_item.done")


class Seen(Extension):
    """Every event the connection decoded, in order (the public extension interface)."""

    def __init__(self) -> None:
        self.events: list[Any] = []

    def observe(self, event: Any, data: dict[str, Any] | None, /) -> bool:
        self.events.append(event)
        return False


def _received_before(server: ReplayServer) -> list[int]:
    """For each client frame of the recording, how many server frames come before it."""
    counts: list[int] = []
    seen = 0
    for direction, _ in server.recording.frames:
        if direction == "received":
            seen += 1
        else:
            counts.append(seen)
    return counts


def _function_output(seen: Seen, frame: dict[str, Any]) -> dict[str, Any]:
    """The output item for the function call the SDK decoded (its call_id from the typed
    ``response.event``), with the result the recorded tool gave."""
    calls = [
        e.event.item
        for e in seen.events
        if e.type == "response.event" and e.event.type == "response.output_item.done"
    ]
    call = calls[-1]
    assert call.type == "function_call" and call.name == "lookup_forecast"
    return {
        "type": "function_call_output",
        "call_id": call.call_id,
        "output": frame["item"]["output"],
    }


def _check(server: ReplayServer, seen: Seen) -> None:
    assert server.done.wait(10)
    assert server.mismatch == []
    assert len(server.received) == len(server.recording.sent)
    wanted = [frame["type"] for frame in server.recording.received]
    assert [e.type_ for e in seen.events] == wanted
    assert not [e for e in seen.events if isinstance(e, UnknownEvent)]
    # The delegated backend's stream, typed to its last nested object: no catch-all member.
    nested = [e.event for e in seen.events if e.type == "response.event"]
    assert not [n for n in nested if isinstance(n, RealtimeUnknownVariant)]
    items = [n.item for n in nested if n.type in ITEM_EVENTS]
    assert not [i for i in items if isinstance(i, RealtimeUnknownVariant)]
    # Decoded on the receive path (the flat deltas straight from the bytes) and back: no
    # field lost or changed.
    assert [e.to_dict() for e in seen.events] == server.recording.received


def _drive(conn: LiveConnection, server: ReplayServer, seen: Seen) -> None:
    before = _received_before(server)
    for index, frame in enumerate(server.recording.sent):
        if index == 0 and frame["type"] == "session.start":
            continue  # connect sent it
        while len(seen.events) < before[index]:
            conn.recv(timeout=10)
        kind = frame["type"]
        if kind == "session.input_audio.append":
            conn.session.input_audio.append(audio=frame["audio"])
        elif kind == "session.commentary.append":
            conn.commentary(frame["content"])
        elif kind == "response.item.create":
            conn.response.item.create(item=_function_output(seen, frame))
        elif kind == "response.create":
            conn.response.create()
        elif kind == "session.close":
            closed = conn.close()
            assert closed is not None and closed.reason == "close_requested"
        else:
            pytest.fail(f"no SDK call for {kind}")
    while len(seen.events) < len(server.recording.received):
        conn.recv(timeout=10)


async def _adrive(conn: AsyncLiveConnection, server: ReplayServer, seen: Seen) -> None:
    before = _received_before(server)
    for index, frame in enumerate(server.recording.sent):
        if index == 0 and frame["type"] == "session.start":
            continue
        while len(seen.events) < before[index]:
            await conn.recv(timeout=10)
        kind = frame["type"]
        if kind == "session.input_audio.append":
            await conn.session.input_audio.append(audio=frame["audio"])
        elif kind == "session.commentary.append":
            await conn.commentary(frame["content"])
        elif kind == "response.item.create":
            await conn.response.item.create(item=_function_output(seen, frame))
        elif kind == "response.create":
            await conn.response.create()
        elif kind == "session.close":
            closed = await conn.close()
            assert closed is not None and closed.reason == "close_requested"
        else:
            pytest.fail(f"no SDK call for {kind}")
    while len(seen.events) < len(server.recording.received):
        await conn.recv(timeout=10)


def _seen_from_start(conn: LiveConnection | AsyncLiveConnection) -> Seen:
    seen = conn.add_extension(Seen())
    assert conn.started is not None
    seen.events.append(conn.started)  # received by connect, before the extension
    return seen


@pytest.mark.parametrize("name", [PRIMARY, TOOL_ROUND])
def test_primary_socket_replay(name: str) -> None:
    with replaying(name) as server:
        session = server.recording.sent[0]["session"]
        with RealtimeClient(api_key="sk-test", base_url=server.url) as client:
            conn = client.live.connect(**session)
            try:
                assert conn.session_id == server.recording.received[0]["session"]["id"]
                seen = _seen_from_start(conn)
                _drive(conn, server, seen)
            finally:
                conn.abort()
        _check(server, seen)
        assert server.paths == ["/v1/live/sessions"]


@pytest.mark.parametrize("name", [PRIMARY, TOOL_ROUND])
async def test_primary_socket_replay_async(name: str) -> None:
    with replaying(name) as server:
        session = server.recording.sent[0]["session"]
        client = AsyncRealtimeClient(api_key="sk-test", base_url=server.url)
        async with client, client.live.connect(**session) as conn:
            seen = _seen_from_start(conn)
            await _adrive(conn, server, seen)
        _check(server, seen)


def test_sideband_replay_with_seeded_history() -> None:
    with replaying(SIDEBAND) as server:
        client = RealtimeClient(api_key="sk-test", base_url=server.url)
        with client, client.live.sideband.connect(session_id=SIDEBAND_SESSION) as conn:
            seen = _seen_from_start(conn)
            _drive(conn, server, seen)
            started = seen.events[0]
            assert started.session.input_  # the seeded history, typed
        _check(server, seen)
        assert server.paths == [f"/v1/live/sessions/{SIDEBAND_SESSION}/attach"]


async def test_sideband_replay_async() -> None:
    with replaying(SIDEBAND) as server:
        client = AsyncRealtimeClient(api_key="sk-test", base_url=server.url)
        async with client, client.live.sideband.connect(session_id=SIDEBAND_SESSION) as conn:
            seen = _seen_from_start(conn)
            await _adrive(conn, server, seen)
        _check(server, seen)


def _recorded_create(replay: HttpReplay) -> tuple[dict[str, Any], dict[str, Any]]:
    """The recorded create's body and answer."""
    create = replay.exchanges[0]
    return create["request"]["body"]["content"], create["response"]["body"]["content"]


def _check_not_found(error: NotFoundError, replay: HttpReplay) -> None:
    recorded = replay.exchanges[2]["response"]["body"]["content"]["error"]
    assert (error.status_code, error.code, error.param) == (404, recorded["code"], "session_id")
    assert recorded["message"] in str(error)
    assert replay.mismatch == [] and replay.answered == len(replay.exchanges)


def test_webrtc_create_and_hang_up_replay() -> None:
    replay = HttpReplay.of(WEBRTC)
    body, answer = _recorded_create(replay)
    http = httpx.Client(transport=httpx.MockTransport(replay))
    with RealtimeClient(api_key="sk-test", http_client=http) as client:
        created = client.live.create(session=body["session"], transport=body["transport"])
        assert (created.session.id, created.transport.sdp) == (
            answer["session"]["id"],
            answer["transport"]["sdp"],
        )
        done = client.live.sessions.hangup(created.session_id)
        assert (done.call_id, done.action) == (created.session_id, "hangup")
        with pytest.raises(NotFoundError) as gone:
            client.live.sessions.hangup(created.session_id)
    _check_not_found(gone.value, replay)


async def test_webrtc_create_and_hang_up_replay_async() -> None:
    replay = HttpReplay.of(WEBRTC)
    body, answer = _recorded_create(replay)
    http = httpx.AsyncClient(transport=httpx.MockTransport(replay))
    async with AsyncRealtimeClient(api_key="sk-test", http_client=http) as client:
        created = await client.live.create(session=body["session"], transport=body["transport"])
        assert created.session_id == answer["session"]["id"]
        await client.live.sessions.hangup(created.session_id)
        with pytest.raises(NotFoundError) as gone:
            await client.live.sessions.hangup(created.session_id)
    _check_not_found(gone.value, replay)
