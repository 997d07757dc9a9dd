"""The official ``openai`` package talks to the fake server unchanged.

Every received event is validated strictly against openai's own ``RealtimeServerEvent``
union (missing required fields or wrong literals fail) and parsed by the connection's own
``parse_event``, which must give the specific event class rather than a fallback.
"""

from __future__ import annotations

import json
from typing import Any

import fake_server_script
import openai
import pytest
from openai.types.realtime import (
    ClientSecretCreateResponse,
    RealtimeServerEvent,
    ResponseAudioDeltaEvent,
    ResponseDoneEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    SessionCreatedEvent,
)
from pydantic import BaseModel, TypeAdapter

from realtime_ext import sdp
from realtime_ext.testing import FakeRealtimeServer

# openai's own sync websocket wrapper triggers this websockets deprecation, not the fake.
pytestmark = pytest.mark.filterwarnings("ignore:connect\\(\\) must be used:DeprecationWarning")

ADAPTER: TypeAdapter[Any] = TypeAdapter(RealtimeServerEvent)
# A real browser offer (video, audio, data channel): answered by the fake server's aiortc peer.
OFFER = sdp.sample_offer("chrome-linux")

CLASS_FOR = {
    "session.created": SessionCreatedEvent,
    "response.output_audio.delta": ResponseAudioDeltaEvent,
    "response.done": ResponseDoneEvent,
    "response.function_call_arguments.done": ResponseFunctionCallArgumentsDoneEvent,
}


def checked(parse_event: Any, raw: str | bytes, seen_classes: set[type]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(raw)
    strict = ADAPTER.validate_python(data)
    parsed = parse_event(raw)
    assert type(parsed) is type(strict), data["type"]
    assert isinstance(parsed, BaseModel)
    assert parsed.type == data["type"]  # type: ignore[attr-defined]
    expected = CLASS_FOR.get(data["type"])
    if expected is not None:
        assert isinstance(parsed, expected)
    seen_classes.add(type(parsed))
    return data


def test_sync_client_runs_the_script(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    seen: set[type] = set()
    with client.realtime.connect(model="gpt-realtime") as conn:
        steps = fake_server_script.run(
            server,
            lambda event: conn.send(event),  # type: ignore[arg-type]
            lambda: checked(conn.parse_event, conn.recv_bytes(), seen),
        )
    fake_server_script.check_content(steps)
    assert set(CLASS_FOR.values()) <= seen
    assert server.connections[0].headers["authorization"] == "Bearer sk-test"
    assert server.connections[0].path == "/v1/realtime"


async def test_async_client_runs_the_script() -> None:
    async with FakeRealtimeServer() as server:
        client = openai.AsyncOpenAI(api_key="sk-test", base_url=server.base_url)
        seen: set[type] = set()
        async with client.realtime.connect(model="gpt-realtime") as conn:
            for step in fake_server_script.steps():
                if step.before is not None:
                    step.before(server)
                if step.send is not None:
                    await conn.send(step.send)  # type: ignore[arg-type]
                step.seen = [
                    checked(conn.parse_event, await conn.recv_bytes(), seen) for _ in step.expect
                ]
                assert [e["type"] for e in step.seen] == step.expect, step.name
                if step.name == "unknown event":
                    last_steps = step
        assert last_steps.seen[0]["error"]["event_id"] == "evt_bogus"
        assert set(CLASS_FOR.values()) <= seen


def test_sync_client_typed_recv(server: FakeRealtimeServer) -> None:
    server.script.next_response(function_call=("lookup", {"q": 1}))
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    with client.realtime.connect(model="gpt-realtime") as conn:
        assert isinstance(conn.recv(), SessionCreatedEvent)
        conn.response.create()
        events: list[Any] = []
        while not events or not isinstance(events[-1], ResponseDoneEvent):
            events.append(conn.recv())
    done = [e for e in events if isinstance(e, ResponseFunctionCallArgumentsDoneEvent)]
    assert len(done) == 1 and done[0].name == "lookup" and done[0].arguments == '{"q":1}'


def test_client_secrets_create(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    secret = client.realtime.client_secrets.create(
        expires_after={"anchor": "created_at", "seconds": 120},
        session={"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."},
    )
    assert isinstance(secret, ClientSecretCreateResponse)
    assert secret.value.startswith("ek_fake_")
    assert secret.session.type == "realtime"
    assert secret.session.instructions == "Be brief."
    request = server.requests[-1]
    assert (request.method, request.path) == ("POST", "/v1/realtime/client_secrets")
    assert request.json()["expires_after"]["seconds"] == 120


def test_client_secret_then_connect_with_it(server: FakeRealtimeServer) -> None:
    admin = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    secret = admin.realtime.client_secrets.create(session={"type": "realtime"})
    browser = openai.OpenAI(api_key=secret.value, base_url=server.base_url)
    with browser.realtime.connect(model="gpt-realtime") as conn:
        assert isinstance(conn.recv(), SessionCreatedEvent)


def test_calls_lifecycle(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    answer = client.realtime.calls.with_raw_response.create(
        sdp=OFFER, session={"type": "realtime", "instructions": "hi"}
    )
    assert answer.http_response.status_code == 201
    assert answer.headers["content-type"] == "application/sdp"
    location = answer.headers["location"]
    call_id = location.rsplit("/", 1)[-1]
    assert location == f"/v1/realtime/calls/{call_id}" and call_id.startswith("rtc_")
    sdp = answer.http_response.text
    assert [line.split()[0] for line in sdp.splitlines() if line.startswith("m=")] == [
        "m=video",
        "m=audio",
        "m=application",
    ]
    assert "a=setup:active" in sdp and "a=fingerprint:sha-256 " in sdp
    assert server.calls[call_id].session == {"type": "realtime", "instructions": "hi"}
    assert server.calls[call_id].live is not None  # a real peer holds the call

    client.realtime.calls.accept(call_id, type="realtime", instructions="answer")
    client.realtime.calls.refer(call_id, target_uri="tel:+14155550123")
    client.realtime.calls.hangup(call_id)
    assert server.calls[call_id].state == "ended"
    assert [action for action, _ in server.calls[call_id].actions] == ["accept", "refer", "hangup"]

    incoming = server.register_call()
    client.realtime.calls.reject(incoming.id, status_code=486)
    assert server.calls[incoming.id].state == "rejected"


def test_calls_on_unknown_id_raise_not_found(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url, max_retries=0)
    with pytest.raises(openai.NotFoundError) as info:
        client.realtime.calls.hangup("rtc_nope")
    assert info.value.request_id is not None and info.value.request_id.startswith("req_")
    body: Any = info.value.body
    assert body["code"] == "not_found"


def test_wrong_key_is_authentication_error() -> None:
    with FakeRealtimeServer(api_key="sk-right") as server:
        client = openai.OpenAI(api_key="sk-wrong", base_url=server.base_url, max_retries=0)
        with pytest.raises(openai.AuthenticationError):
            client.realtime.client_secrets.create()
