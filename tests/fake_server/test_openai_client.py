"""The official ``openai`` package talks to the fake server unchanged.

Every received event is validated strictly against openai's own ``RealtimeServerEvent``
union (missing required fields or wrong literals fail) and parsed by the connection's own
``parse_event``, which must give the specific event class rather than a fallback.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
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
from realtime_ext.testing import FakeRealtimeServer, sine_pcm16
from support.openai_frames import Frames, checking_frames
from support.served_fake import ServedFake

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
    assert server.calls[call_id].peer is not None  # a real peer holds the call

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


# -- openai 3.57 unmodified against `serve-fake` in a subprocess ---------------------------
# Every frame these clients receive is checked against openai's published unions
# (support/openai_frames.py): Realtime, Live, sideband and fork sockets alike.
SPEECH = base64.b64encode(sine_pcm16(100)).decode()  # 100 ms of 24 kHz PCM16
QUIET = base64.b64encode(bytes(4800)).decode()
BACKEND = {"type": "responses", "responses": {"model": "gpt-5.5"}}
WEATHER = {"name": "lookup_forecast", "arguments": {"city": "Oslo"}}
BOUNDED = pytest.mark.timeout(90)  # a fake that never answers fails here, not at the suite's cap


@pytest.fixture
def frames() -> Iterator[Frames]:
    with checking_frames() as checked:
        yield checked
    assert checked.problems == [], "\n".join(checked.problems)


class Microphone:
    """A caller's microphone on a Live socket: 100 ms frames (``speech`` first, then silence)
    sent from a thread, paced faster than real time, until stopped; as a client streams its
    input while it reads the session's events."""

    def __init__(self, conn: Any, *, speech: int = 0, every: float = 0.02) -> None:
        self.conn = conn
        self.frames = [SPEECH] * speech
        self.every = every
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stopped.wait(self.every):
            audio = self.frames.pop(0) if self.frames else QUIET
            try:
                self.conn.session.input_audio.append(audio=audio)
            except Exception:  # the socket closed under it: the test reads why
                return

    def __enter__(self) -> Microphone:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.thread.join(10)


def until(conn: Any, kind: str, nested: str | None = None, *, seen: list[Any] | None = None) -> Any:
    """The next event of ``kind`` (a ``response.event`` whose nested event is ``nested``)."""
    for _ in range(2000):
        event = conn.recv()
        if seen is not None:
            seen.append(event)
        if event.type == kind and (nested is None or event.event["type"] == nested):
            return event
    raise AssertionError(f"no {kind} {nested or ''} in 2000 events")


def said(events: list[Any]) -> str:
    return "".join(e.delta for e in events if e.type == "session.output_transcript.delta")


def _live_client(served: ServedFake, scenario: dict[str, Any], *args: str) -> openai.OpenAI:
    served.start(scenario, *args)
    return openai.OpenAI(api_key="sk-test", base_url=served.base_url, max_retries=0)


@BOUNDED
def test_openai_live_text_as_context_is_spoken_and_closed(
    served: ServedFake, frames: Frames
) -> None:
    client = _live_client(served, {})
    with client.live.connect() as conn:
        conn.session.start(session={"model": "gpt-live-1"})
        assert until(conn, "session.started").session.model == "gpt-live-1"
        seen: list[Any] = []
        with Microphone(conn):
            conn.session.commentary.append(
                content="The parcel arrives on Friday.", delegation_id=None, event_id="c1"
            )
            assert until(conn, "session.commentary.appended", seen=seen).client_event_id == "c1"
            while "Friday." not in said(seen):
                until(conn, "session.output_transcript.delta", seen=seen)
        conn.session.close()
        assert until(conn, "session.closed").reason == "close_requested"
    assert said(seen) == "The parcel arrives on Friday."
    assert frames.checked["session.output_audio.delta"] > 0


@BOUNDED
def test_openai_live_audio_with_client_delegation(served: ServedFake, frames: Frames) -> None:
    client = _live_client(
        served, {"transcripts": ["Where is my parcel?"], "responses": [{"function_call": WEATHER}]}
    )
    with client.live.connect() as conn:
        conn.session.start(session={"model": "gpt-live-1"})
        until(conn, "session.started")
        seen: list[Any] = []
        with Microphone(conn, speech=8):
            created = until(conn, "session.delegation.created", seen=seen)
            assert created.delegation.target == "client"
            conn.session.commentary.append(
                content="It arrives on Friday.", delegation_id=created.delegation.id
            )
            while "Friday." not in said(seen):
                until(conn, "session.output_transcript.delta", seen=seen)
    heard = "".join(e.delta for e in seen if e.type == "session.input_transcript.delta")
    assert heard == "Where is my parcel?"
    assert said(seen) == "It arrives on Friday."


@BOUNDED
def test_openai_live_audio_with_responses_delegation(served: ServedFake, frames: Frames) -> None:
    # As a client written against the real API does (pydantic-ai's): the tool's output goes
    # back once the response that called it has completed, then response.create.
    scenario = {
        "transcripts": ["Will it rain in Oslo?"],
        "responses": [{"function_call": WEATHER}, {"text": "Yes, light rain in Oslo."}],
    }
    client = _live_client(served, scenario)
    with client.live.connect() as conn:
        conn.session.start(session={"model": "gpt-live-1", "delegation": BACKEND})
        until(conn, "session.started")
        seen: list[Any] = []
        with Microphone(conn, speech=8):
            call = until(conn, "response.event", "response.output_item.done", seen=seen)
            item = call.event["item"]
            assert (item["type"], item["name"]) == ("function_call", "lookup_forecast")
            completed = until(conn, "response.event", "response.completed", seen=seen)
            assert completed.delegation_id == call.delegation_id
            output = {"type": "function_call_output", "call_id": item["call_id"], "output": "rain"}
            conn.response.item.create(item=output)  # type: ignore[arg-type]
            conn.response.create()
            created = until(conn, "response.event", "response.created", seen=seen)
            previous = completed.event["response"]["id"]
            assert created.event["response"]["previous_response_id"] == previous
            until(conn, "response.event", "response.completed", seen=seen)
            while "Oslo." not in said(seen):
                until(conn, "session.output_transcript.delta", seen=seen)
    assert said(seen) == "Yes, light rain in Oslo."
    assert not [e for e in seen if e.type == "error"]
    assert frames.checked["response.event/response.function_call_arguments.delta"] > 0


@BOUNDED
def test_openai_live_typed_turn_is_answered_by_the_backend(
    served: ServedFake, frames: Frames
) -> None:
    client = _live_client(served, {"responses": [{"text": "Twenty."}]})
    with client.live.connect() as conn:
        conn.session.start(session={"model": "gpt-live-1", "delegation": BACKEND})
        until(conn, "session.started")
        seen: list[Any] = []
        with Microphone(conn):
            typed = {"type": "message", "role": "user", "content": "What is 4 times 5?"}
            conn.response.item.create(item=typed)  # type: ignore[arg-type]
            conn.response.create(event_id="turn_1")
            created = until(conn, "session.delegation.created", seen=seen)
            assert created.client_event_id == "turn_1"
            while "Twenty." not in said(seen):
                until(conn, "session.output_transcript.delta", seen=seen)
    assert said(seen) == "Twenty."


@BOUNDED
def test_openai_live_sideband_fork_rest_and_recording(served: ServedFake, frames: Frames) -> None:
    client = _live_client(served, {})
    with client.live.connect() as conn:
        conn.session.start(session={"model": "gpt-live-1", "store": True})
        session_id = until(conn, "session.started").session.id
        with client.live.sideband.connect(session_id=session_id) as side:
            assert until(side, "session.started").session.id == session_id
            side.session.thinking.append(content="The caller is Ada.", delegation_id=None)
            assert until(side, "session.thinking.appended").type == "session.thinking.appended"
        conn.session.close()
        until(conn, "session.closed")
    with client.live.forks.connect(session_id=session_id) as fork:
        fork.session.start(session={})  # type: ignore[typeddict-item]
        forked = until(fork, "session.started").session
        assert forked.id != session_id and forked.model == "gpt-live-1"
        fork.session.close()
        until(fork, "session.closed")
    assert client.live.sessions.download_recording(session_id).content
    webrtc_fork = client.live.sessions.fork(session_id, transport={"type": "webrtc", "sdp": OFFER})
    assert webrtc_fork.session.id not in (session_id, forked.id)
    client.live.sessions.hangup(webrtc_fork.session.id)
    answer = client.live.create(
        session={"model": "gpt-live-1"}, transport={"type": "webrtc", "sdp": OFFER}
    )
    assert answer.session.id.startswith("live_") and "a=fingerprint" in answer.transport.sdp
    client.live.sessions.hangup(answer.session.id)
    with pytest.raises(openai.NotFoundError):
        client.live.sessions.hangup(answer.session.id)
    assert {"live", "sideband", "fork"} <= set(frames.unions)


@BOUNDED
def test_openai_live_sip_controls(frames: Frames) -> None:
    # A Live SIP call rings only from FakeRealtimeServer.live_call_incoming (no scenario key
    # rings one yet): the same server, in this process.
    with FakeRealtimeServer() as server:
        client = openai.OpenAI(api_key="sk-test", base_url=server.base_url, max_retries=0)
        session_id, _ = server.live_call_incoming()
        client.live.sessions.accept(session_id, session={"type": "live", "model": "gpt-live-1"})
        with client.live.sideband.connect(session_id=session_id) as side:
            until(side, "session.started")
            side.send({"type": "transport.dtmf.send", "event": "1"})
            assert until(side, "transport.dtmf.sent").event == "1"
            client.live.sessions.refer(session_id, target_uri="tel:+14155550123")
            client.live.sessions.hangup(session_id)
            assert until(side, "session.closed").reason == "close_requested"
        rejected, _ = server.live_call_incoming()
        client.live.sessions.reject(rejected, status_code=486)
        with pytest.raises(openai.NotFoundError):
            client.live.sessions.accept(rejected, session={"type": "live", "model": "gpt-live-1"})


@BOUNDED
def test_openai_realtime_turn_on_serve_fake(served: ServedFake, frames: Frames) -> None:
    client = _live_client(served, {"responses": [{"text": "Hello there."}]})
    with client.realtime.connect(model="gpt-realtime") as conn:
        assert conn.recv().type == "session.created"
        conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        conn.conversation.item.create(
            item={
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "hi"}],
            }
        )
        conn.response.create()
        done = until(conn, "response.done")
    assert done.response.status == "completed"
    assert frames.unions["realtime"] >= 5


# -- AzureOpenAI on the Azure mode -----------------------------------------------------------
AZURE_KEY = "0123abcd"
AZURE_VERSION = "2025-04-01-preview"
AZURE_ARGS = ("--azure", "--api-key", AZURE_KEY, "--deployment", "my-dep=gpt-realtime")


def _azure(served: ServedFake, *deployments: str) -> openai.AzureOpenAI:
    args = [*AZURE_ARGS]
    for deployment in deployments:
        args += ["--deployment", deployment]
    served.start({"responses": [{"text": "Hello there."}]}, *args)
    endpoint = served.base_url.removesuffix("/v1")
    return openai.AzureOpenAI(
        azure_endpoint=endpoint,
        api_key=AZURE_KEY,
        api_version=AZURE_VERSION,
        # The preview route: AzureOpenAI adds api-version to every URL, which /openai/v1 refuses.
        websocket_base_url=endpoint.replace("http", "ws", 1) + "/openai",
        max_retries=0,
    )


@BOUNDED
def test_azure_openai_takes_a_deployment_as_the_model_everywhere(
    served: ServedFake, frames: Frames
) -> None:
    client = _azure(served)
    secret = client.realtime.client_secrets.create(session={"type": "realtime", "model": "my-dep"})
    assert secret.value
    with client.realtime.connect(model="my-dep") as conn:
        assert conn.recv().type == "session.created"
        conn.session.update(
            session={"type": "realtime", "model": "my-dep", "output_modalities": ["text"]}
        )
        assert until(conn, "session.updated").session.output_modalities == ["text"]
        conn.conversation.item.create(
            item={
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "hi"}],
            }
        )
        conn.response.create()
        assert until(conn, "response.done").response.status == "completed"


@BOUNDED
def test_azure_refuses_an_undeclared_deployment_alike_on_every_route(
    served: ServedFake, frames: Frames
) -> None:
    # No GPT-Live deployment: the Live socket refuses gpt-live-1 as its REST route does.
    client = _azure(served)
    with pytest.raises(openai.NotFoundError) as info:
        client.live.create(
            session={"model": "gpt-live-1"}, transport={"type": "webrtc", "sdp": OFFER}
        )
    body: Any = info.value.body
    assert body["code"] == "DeploymentNotFound"
    with client.live.connect() as live:
        live.session.start(session={"model": "gpt-live-1"}, event_id="s1")
        error = until(live, "error").error
        assert (error.code, error.message, error.client_event_id) == (
            "DeploymentNotFound",
            body["message"],
            "s1",
        )
    with client.realtime.connect(model="my-dep") as conn:
        conn.session.update(session={"type": "realtime", "model": "gpt-realtime"})
        refused = until(conn, "error").error
        assert (refused.code, refused.message) == ("DeploymentNotFound", body["message"])
    with pytest.raises(openai.NotFoundError):
        client.realtime.client_secrets.create(session={"type": "realtime", "model": "nope"})


@BOUNDED
def test_azure_openai_live_turn_on_a_live_deployment(served: ServedFake, frames: Frames) -> None:
    client = _azure(served, "my-live=gpt-live-1")
    with client.live.connect() as conn:
        conn.session.start(session={"model": "my-live"})
        until(conn, "session.started")
        seen: list[Any] = []
        with Microphone(conn):
            conn.session.commentary.append(content="Your table is ready.", delegation_id=None)
            while "ready." not in said(seen):
                until(conn, "session.output_transcript.delta", seen=seen)
        conn.session.close()
        assert until(conn, "session.closed").reason == "close_requested"
    assert said(seen) == "Your table is ready."
