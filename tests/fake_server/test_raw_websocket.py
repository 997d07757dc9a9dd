"""The fake server driven by a plain ``websockets`` client."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import fake_server_script
import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.testing._kept_audio import MAX_KEPT_AUDIO_BYTES

AUTH = {"Authorization": "Bearer sk-test"}


@contextmanager
def session(server: FakeRealtimeServer, **kwargs: Any) -> Iterator[ClientConnection]:
    kwargs.setdefault("additional_headers", AUTH)
    with connect(server.realtime_url(), open_timeout=5, **kwargs) as ws:
        yield ws


def recv(ws: ClientConnection) -> dict[str, Any]:
    event: dict[str, Any] = json.loads(ws.recv(timeout=5))
    return event


def send(ws: ClientConnection, event: dict[str, Any]) -> None:
    ws.send(json.dumps(event))


def until(ws: ClientConnection, kind: str) -> list[dict[str, Any]]:
    events = [recv(ws)]
    while events[-1]["type"] != kind:
        events.append(recv(ws))
    return events


def test_session_created_is_a_full_realtime_session(server: FakeRealtimeServer) -> None:
    with connect(
        server.realtime_url("gpt-realtime-mini"), additional_headers=AUTH, open_timeout=5
    ) as ws:
        created = recv(ws)
    sess = created["session"]
    assert created["type"] == "session.created"
    assert created["event_id"].startswith("event_")
    assert sess["id"].startswith("sess_") and sess["type"] == "realtime"
    assert sess["model"] == "gpt-realtime-mini"
    assert sess["output_modalities"] == ["audio"]
    assert sess["audio"]["output"]["format"] == {"type": "audio/pcm", "rate": 24000}


def test_whole_script_and_recording(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        steps = fake_server_script.run(server, lambda e: send(ws, e), lambda: recv(ws))
    fake_server_script.check_content(steps)
    sent = [step.send for step in steps if step.send is not None]
    assert server.received == [sent]
    assert server.connections[0].query["model"] == ["gpt-realtime"]


def test_event_sequence_is_the_same_on_every_run(server: FakeRealtimeServer) -> None:
    runs = []
    for _ in range(2):
        with session(server) as ws:
            steps = fake_server_script.run(server, lambda e: send(ws, e), lambda: recv(ws))
        runs.append([[e["type"] for e in step.seen] for step in steps])
    assert runs[0] == runs[1]
    assert len(server.received) == 2


def test_session_update_merges(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        send(
            ws,
            {
                "type": "session.update",
                "session": {"type": "realtime", "audio": {"output": {"voice": "marin"}}},
            },
        )
        updated = recv(ws)["session"]
    assert updated["audio"]["output"]["voice"] == "marin"
    assert updated["audio"]["output"]["format"]["type"] == "audio/pcm"  # kept from defaults


def test_default_response_is_audio(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        send(ws, {"type": "response.create"})
        events = until(ws, "response.done")
    audio = b"".join(
        base64.b64decode(e["delta"]) for e in events if e["type"] == "response.output_audio.delta"
    )
    assert len(audio) == 24000 * 2 * 300 // 1000  # 300 ms of PCM16 mono
    assert events[-1]["response"]["status"] == "completed"
    assert events[-1]["response"]["usage"]["output_token_details"]["audio_tokens"] > 0


def test_bad_base64_is_an_error_event_not_a_crash(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        send(ws, {"type": "input_audio_buffer.append", "audio": "***", "event_id": "evt_1"})
        error = recv(ws)
        send(ws, {"type": "input_audio_buffer.clear"})
        assert recv(ws)["type"] == "input_audio_buffer.cleared"
    assert error["type"] == "error"
    assert error["error"]["param"] == "audio"
    assert error["error"]["event_id"] == "evt_1"


def test_commit_of_too_little_audio_is_refused(server: FakeRealtimeServer) -> None:
    server.script.detect_speech(False)
    with session(server) as ws:
        recv(ws)
        send(
            ws,
            {
                "type": "input_audio_buffer.append",
                "audio": base64.b64encode(sine_pcm16(50)).decode(),
            },
        )
        send(ws, {"type": "input_audio_buffer.commit"})
        error = recv(ws)
    assert error["error"]["code"] == "input_audio_buffer_commit_empty"


def test_invalid_json_is_an_error_event(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        ws.send("{not json")
        assert recv(ws)["error"]["code"] == "invalid_json"
        ws.send(b"\x00\x01")
        assert recv(ws)["type"] == "error"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json_to_the_fake_either(
    server: FakeRealtimeServer, constant: str
) -> None:
    # Python's json.loads takes them; the API's parser does not. A client that sends them
    # (json.dumps writes them) must fail offline as it would online.
    with session(server) as ws:
        recv(ws)
        ws.send('{"type":"response.create","response":{"temperature":' + constant + "}}")
        error = recv(ws)["error"]
        assert error["code"] == "invalid_json" and constant.lstrip("-") in error["message"]
    body = '{"session":{"type":"realtime","model":"gpt-realtime","temperature":' + constant + "}}"
    answer = httpx.post(
        f"{server.base_url}/realtime/client_secrets",
        content=body,
        headers={**AUTH, "content-type": "application/json"},
    )
    assert answer.status_code == 400, answer.text


def test_scripted_error_replaces_the_next_matching_event(server: FakeRealtimeServer) -> None:
    server.script.error(
        "Too many requests", type="rate_limit_error", code="rate_limited", on="response.create"
    )
    with session(server) as ws:
        recv(ws)
        send(ws, {"type": "input_audio_buffer.clear"})
        assert recv(ws)["type"] == "input_audio_buffer.cleared"
        send(ws, {"type": "response.create", "event_id": "evt_rc"})
        error = recv(ws)
        send(ws, {"type": "response.create"})
        assert until(ws, "response.done")[0]["type"] == "response.created"
    assert error["error"] == {
        "type": "rate_limit_error",
        "code": "rate_limited",
        "message": "Too many requests",
        "param": None,
        "event_id": "evt_rc",
    }


def test_pushed_raw_event_and_error(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        server.push({"type": "rate_limits.updated", "event_id": "event_x", "rate_limits": []})
        assert recv(ws) == {"type": "rate_limits.updated", "event_id": "event_x", "rate_limits": []}
        server.send_error("The server had an error", code="server_error")
        assert recv(ws)["error"]["type"] == "server_error"


def test_server_side_close_with_code_and_reason(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        server.close_connections(code=1011, reason="internal error, try again")
        with pytest.raises(ConnectionClosed) as info:
            ws.recv(timeout=5)
    assert info.value.rcvd is not None
    assert (info.value.rcvd.code, info.value.rcvd.reason) == (1011, "internal error, try again")


def test_scripted_close_on_event(server: FakeRealtimeServer) -> None:
    server.script.close(4000, "session expired", on="response.create")
    with session(server) as ws:
        recv(ws)
        send(ws, {"type": "response.create"})
        with pytest.raises(ConnectionClosed) as info:
            recv(ws)
    assert info.value.rcvd is not None and info.value.rcvd.code == 4000


def test_too_large_message_closes_with_1009() -> None:
    with FakeRealtimeServer(max_message_size=1000) as server, session(server) as ws:
        recv(ws)
        send(ws, {"type": "input_audio_buffer.append", "audio": "A" * 2000})
        with pytest.raises(ConnectionClosed) as info:
            recv(ws)
    assert info.value.rcvd is not None and info.value.rcvd.code == 1009
    assert server.received == [[]]


def test_fragmented_message_is_reassembled(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        ws.send(['{"type": "input_audio_', 'buffer.clear"}'])
        assert recv(ws)["type"] == "input_audio_buffer.cleared"


def test_missing_key_is_refused_with_401(server: FakeRealtimeServer) -> None:
    with pytest.raises(InvalidStatus) as info:
        connect(server.realtime_url(), open_timeout=5)
    response = info.value.response
    assert response.status_code == 401
    assert json.loads(response.body)["error"]["code"] == "missing_api_key"
    assert response.headers["x-request-id"].startswith("req_")


def test_api_key_option_rejects_other_keys() -> None:
    with FakeRealtimeServer(api_key="sk-right") as server:
        with pytest.raises(InvalidStatus) as info:
            connect(server.realtime_url(), additional_headers={"Authorization": "Bearer sk-wrong"})
        assert info.value.response.status_code == 401
        assert b"sk-wrong" not in info.value.response.body
        with connect(
            server.realtime_url(), additional_headers={"Authorization": "Bearer sk-right"}
        ) as ws:
            assert recv(ws)["type"] == "session.created"


def test_accept_key_callable() -> None:
    with FakeRealtimeServer(accept_key=lambda key: key == "ek_only") as server:
        with pytest.raises(InvalidStatus):
            connect(server.realtime_url(), additional_headers=AUTH)
        with connect(
            server.realtime_url(), additional_headers={"Authorization": "Bearer ek_only"}
        ) as ws:
            assert recv(ws)["type"] == "session.created"


def test_browser_subprotocol_auth(server: FakeRealtimeServer) -> None:
    protocols: Any = ["realtime", "openai-insecure-api-key.ek_browser"]
    with connect(server.realtime_url(), subprotocols=protocols) as ws:
        assert ws.subprotocol == "realtime"
        assert recv(ws)["type"] == "session.created"


def test_unknown_websocket_path_is_404(server: FakeRealtimeServer) -> None:
    with pytest.raises(InvalidStatus) as info:
        connect(f"ws://127.0.0.1:{server.port}/v1/elsewhere", additional_headers=AUTH)
    assert info.value.response.status_code == 404


def test_realtime_path_without_v1_and_call_id(server: FakeRealtimeServer) -> None:
    server.register_call("rtc_123").apply("accept", {"type": "realtime"})
    url = f"ws://127.0.0.1:{server.port}/realtime?call_id=rtc_123"
    with connect(url, additional_headers=AUTH) as ws:
        # A sideband joins the call's session: no session.created, as on the real API.
        send(ws, {"type": "session.update", "session": {"type": "realtime"}})
        assert recv(ws)["type"] == "session.updated"
    assert server.connections[0].query == {"call_id": ["rtc_123"]}


def test_transcription_intent(server: FakeRealtimeServer) -> None:
    with connect(server.realtime_url(intent="transcription"), additional_headers=AUTH) as ws:
        assert recv(ws)["session"]["type"] == "transcription"


def test_held_response_is_cancelled(server: FakeRealtimeServer) -> None:
    server.script.next_response(text="long answer", hold=True)
    with session(server) as ws:
        recv(ws)
        send(ws, {"type": "response.create"})
        started = [recv(ws) for _ in range(4)]
        send(ws, {"type": "response.create", "event_id": "evt_2"})
        busy = recv(ws)
        send(ws, {"type": "response.cancel"})
        done = until(ws, "response.done")[-1]
        assert recv(ws)["type"] == "rate_limits.updated"  # OpenAI's route, as recorded
        send(ws, {"type": "response.cancel", "event_id": "evt_3"})
        not_active = recv(ws)
    assert started[-1]["type"] == "response.content_part.added"
    assert busy["error"]["code"] == "conversation_already_has_active_response"
    assert done["response"]["status"] == "cancelled"
    assert done["response"]["status_details"] == {"type": "cancelled", "reason": "client_cancelled"}
    assert not_active["error"]["code"] == "response_cancel_not_active"


def test_item_truncate_retrieve_delete(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        send(
            ws,
            {
                "type": "input_audio_buffer.append",
                "audio": base64.b64encode(sine_pcm16(100)).decode(),
            },
        )
        send(ws, {"type": "input_audio_buffer.commit"})
        user_id = recv(ws)["item_id"]
        until(ws, "conversation.item.done")
        send(ws, {"type": "response.create"})
        assistant_id = until(ws, "response.done")[-1]["response"]["output"][0]["id"]
        assert recv(ws)["type"] == "rate_limits.updated"  # OpenAI's route, as recorded
        send(
            ws,
            {
                "type": "conversation.item.truncate",
                "item_id": assistant_id,
                "content_index": 0,
                "audio_end_ms": 120,
            },
        )
        truncated = recv(ws)
        send(ws, {"type": "conversation.item.retrieve", "item_id": user_id})
        retrieved = recv(ws)
        send(ws, {"type": "conversation.item.delete", "item_id": user_id})
        deleted = recv(ws)
        send(ws, {"type": "conversation.item.delete", "item_id": user_id})
        missing = recv(ws)
        send(ws, {"type": "output_audio_buffer.clear"})
        cleared = recv(ws)
    assert truncated == {
        **truncated,
        "type": "conversation.item.truncated",
        "item_id": assistant_id,
        "audio_end_ms": 120,
    }
    assert base64.b64decode(retrieved["item"]["content"][0]["audio"]) == sine_pcm16(100)
    assert deleted["type"] == "conversation.item.deleted" and deleted["item_id"] == user_id
    assert missing["error"]["code"] == "item_not_found"
    assert cleared["type"] == "output_audio_buffer.cleared" and cleared["response_id"]


def test_out_of_band_response_is_not_added_to_conversation(server: FakeRealtimeServer) -> None:
    with session(server) as ws:
        recv(ws)
        send(
            ws,
            {
                "type": "response.create",
                "response": {
                    "conversation": "none",
                    "output_modalities": ["text"],
                    "metadata": {"topic": "x"},
                },
            },
        )
        events = until(ws, "response.done")
    kinds = [e["type"] for e in events]
    assert "conversation.item.added" not in kinds
    assert "response.output_text.delta" in kinds
    assert events[-1]["response"]["conversation_id"] is None
    assert events[-1]["response"]["metadata"] == {"topic": "x"}


def test_close_code_must_be_valid(server: FakeRealtimeServer) -> None:
    with pytest.raises(ValueError, match="close code"):
        server.close_connections(code=42)


async def test_async_server_push_and_close() -> None:
    from websockets.asyncio.client import connect as aconnect

    async with FakeRealtimeServer() as server:
        async with aconnect(server.realtime_url(), additional_headers=AUTH) as ws:
            assert json.loads(await ws.recv())["type"] == "session.created"
            server.push({"type": "custom.event", "event_id": "event_1"})
            assert json.loads(await ws.recv())["type"] == "custom.event"
            server.close_connections(code=1013, reason="try again later")
            with pytest.raises(ConnectionClosed) as info:
                await ws.recv()
        assert info.value.rcvd is not None
        assert (info.value.rcvd.code, info.value.rcvd.reason) == (1013, "try again later")


def test_a_long_calls_audio_is_kept_within_a_bound() -> None:
    """A fake session keeps its turns' and replies' audio within MAX_KEPT_AUDIO_BYTES each,
    the oldest let go first: a long call no longer holds every turn's audio (tens of MB a
    10-minute call), and the audio of the turns and replies a test just made is still there."""
    turn = bytes(2 * 2**20)  # 2 MiB of silence: three turns are past the 4 MiB kept
    reply_ms = 30_000  # 1.4 MB of 24 kHz PCM16: three replies are past it too
    assert 2 * len(turn) <= MAX_KEPT_AUDIO_BYTES < 3 * len(turn)
    script = {"vad": False, "responses": [{"audio_ms": reply_ms}] * 4}
    with FakeRealtimeServer(scenario=script) as server, session(server, max_size=None) as ws:
        recv(ws)
        users: list[str] = []
        replies: list[str] = []
        for _ in range(4):
            for start in range(0, len(turn), 2**18):
                audio = base64.b64encode(turn[start : start + 2**18]).decode()
                send(ws, {"type": "input_audio_buffer.append", "audio": audio})
            send(ws, {"type": "input_audio_buffer.commit"})
            users.append(until(ws, "input_audio_buffer.committed")[-1]["item_id"])
            send(ws, {"type": "response.create"})
            replies.append(until(ws, "response.done")[-1]["response"]["output"][0]["id"])
        retrieved = []
        for item_id in (users[0], users[-2], users[-1]):
            send(ws, {"type": "conversation.item.retrieve", "item_id": item_id})
            retrieved.append(until(ws, "conversation.item.retrieved")[-1]["item"]["content"][0])
        cuts = []
        for item_id in (replies[0], replies[-1]):
            truncate = {"item_id": item_id, "content_index": 0, "audio_end_ms": 1000}
            send(ws, {"type": "conversation.item.truncate", **truncate})
            cuts.append(recv(ws))
    assert "audio" not in retrieved[0]  # the first turn's audio was let go
    assert [base64.b64decode(part["audio"]) for part in retrieved[1:]] == [turn, turn]
    assert cuts[0]["type"] == "error"  # the first reply's audio was let go
    assert "already shorter" in cuts[0]["error"]["message"]
    assert cuts[1]["type"] == "conversation.item.truncated"
