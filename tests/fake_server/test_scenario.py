"""Scenarios: responses, errors, delays, drops, transcripts and incoming SIP calls scripted
as data, in-process and through ``realtime-ext serve-fake --scenario FILE`` (the unmodified
``openai`` package as the client)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import openai
import pytest
import websockets.sync.client
from hypothesis import given, settings
from hypothesis import strategies as st
from openai.types.realtime import RealtimeServerEvent
from pydantic import TypeAdapter

from realtime_ext.testing import FakeRealtimeServer, Scenario, ScenarioError
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.testing._conversation import FakeConversation
from realtime_ext.testing._script import Script
from realtime_ext.testing._session import realtime_session
from realtime_ext.webhooks import LiveTransportIncomingEvent, RealtimeCallIncomingEvent, unwrap
from support.fuzz import examples
from support.waiting import until

pytestmark = pytest.mark.filterwarnings("ignore:connect\\(\\) must be used:DeprecationWarning")
ROOT = Path(__file__).resolve().parents[2]
ADAPTER: TypeAdapter[Any] = TypeAdapter(RealtimeServerEvent)
SECRET = "whsec_c2VjcmV0LXNjZW5hcmlvLXRlc3Qtc2VjcmV0"


def events_until(conn: Any, *last: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for raw in conn:
        data = raw.model_dump(mode="json", exclude_unset=True)
        ADAPTER.validate_python(data)
        out.append(data)
        if data["type"] in last:
            return out
    raise AssertionError(f"connection ended before {last}")


class _Hooks(BaseHTTPRequestHandler):
    received: list[tuple[bytes, dict[str, str]]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((body, dict(self.headers.items())))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def webhook_receiver() -> Iterator[tuple[str, list[tuple[bytes, dict[str, str]]]]]:
    received: list[tuple[bytes, dict[str, str]]] = []
    handler = type("Hooks", (_Hooks,), {"received": received})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/openai/webhook", received
    finally:
        httpd.shutdown()
        httpd.server_close()


SCENARIO_YAML = """\
# A weather agent: the model calls a tool, the app answers, the model speaks.
responses:
  - function_call: {{name: get_weather, arguments: {{city: Paris}}}}
  - text: "It is sunny in Paris."
    delay_ms: 300
  - error: {{message: "The server is overloaded.", type: server_error, code: overloaded}}
  - drop: {{code: 1011, reason: "upstream went away"}}
transcripts:
  - "What's the weather in Paris?"
calls:
  - call_id: rtc_scenario_1
    sip_headers: {{From: "<sip:+14155550123@example.com>"}}
    webhook: {{url: "{url}", secret_env: SCENARIO_WEBHOOK_SECRET}}
"""


@pytest.fixture
def serve_fake(tmp_path: Path) -> Iterator[Any]:
    procs: list[subprocess.Popen[str]] = []

    def start(*args: str, env: dict[str, str] | None = None) -> tuple[str, list[str]]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "realtime_ext.cli", "serve-fake", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}", **(env or {})},
        )
        procs.append(proc)
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        base_url = lines[0].rsplit(" ", 1)[-1].strip()
        return base_url, lines

    yield start
    for proc in procs:
        proc.terminate()
        proc.communicate(timeout=10)


def test_serve_fake_scenario_file_with_openai_client(
    tmp_path: Path, serve_fake: Any, webhook_receiver: Any
) -> None:
    url, received = webhook_receiver
    path = tmp_path / "weather.yaml"
    path.write_text(SCENARIO_YAML.format(url=url))
    base_url, _ = serve_fake("--scenario", str(path), env={"SCENARIO_WEBHOOK_SECRET": SECRET})
    client = openai.OpenAI(api_key="sk-test", base_url=base_url)

    # The incoming SIP call: webhook signed with the secret, then the call is answerable.
    deadline = time.monotonic() + 10
    while not received and time.monotonic() < deadline:
        time.sleep(0.02)
    body, headers = received[0]
    event = unwrap(body, headers, secret=SECRET)
    assert isinstance(event, RealtimeCallIncomingEvent)
    assert event.call_id == "rtc_scenario_1"
    assert event.sip_header("From") == "<sip:+14155550123@example.com>"
    client.realtime.calls.accept("rtc_scenario_1", type="realtime")

    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        conn.session.update(
            session={
                "type": "realtime",
                "output_modalities": ["text"],
                "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe"}}},
            }
        )
        conn.input_audio_buffer.append(audio=base64.b64encode(sine_pcm16(300)).decode())
        conn.input_audio_buffer.commit()
        done = events_until(conn, "conversation.item.input_audio_transcription.completed")
        assert done[-1]["transcript"] == "What's the weather in Paris?"
        # 1: the function call, with the scripted arguments.
        conn.response.create()
        seen = events_until(conn, "response.done")
        call = seen[-1]["response"]["output"][0]
        assert (call["name"], json.loads(call["arguments"])) == ("get_weather", {"city": "Paris"})
        conn.conversation.item.create(
            item={"type": "function_call_output", "call_id": call["call_id"], "output": "sunny"}
        )
        # 2: a slow answer: created at once, output after the delay.
        started = time.monotonic()
        conn.response.create()
        seen = events_until(conn, "response.done")
        assert time.monotonic() - started >= 0.25
        assert seen[-1]["response"]["output"][0]["content"][0]["text"] == "It is sunny in Paris."
        # 3: an error event.
        conn.response.create()
        error = events_until(conn, "error")[-1]["error"]
        assert (error["type"], error["code"]) == ("server_error", "overloaded")
        # 4: the connection drops with the scripted code.
        conn.response.create()
        with pytest.raises(Exception) as caught:
            events_until(conn, "response.done")
    assert "1011" in str(caught.value) or "upstream went away" in str(caught.value)


def test_serve_fake_rejects_an_invalid_scenario(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"responses": [{"function_call": {"arguments": {}}}]}))
    proc = subprocess.run(
        [sys.executable, "-m", "realtime_ext.cli", "serve-fake", "--scenario", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"},
        timeout=30,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"error: {path}: responses[0]: function_call: name: expected a non-empty string"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "scenario: expected a mapping, got a list"),
        (
            {"respones": []},
            "scenario: unknown key 'respones' (expected one of: calls, events, "
            "handshakes, max_session_seconds, rate_limits_updated, responses, transcripts, "
            "vad, version)",
        ),
        ({"vad": "off"}, "scenario: vad: expected true or false, got a string"),
        (
            {"rate_limits_updated": 1},
            "scenario: rate_limits_updated: expected true or false, got int",
        ),
        ({"version": 2}, "scenario: version: only version 1 exists, got 2"),
        ({"responses": {}}, "scenario: responses: expected a list, got a mapping"),
        (
            {"responses": [{"text": "a", "error": {"message": "b"}}]},
            "scenario: responses[0]: give one of text, recall, function_call(s), "
            "mcp_approval_request, error, drop (text may go with a call); got ['text', 'error']",
        ),
        (
            {"calls": [{"session_id": "live_1"}]},
            "scenario: calls[0]: session_id: goes with api: live (a GPT-Live call)",
        ),
        (
            {"calls": [{"api": "live", "session_id": "rtc_1"}]},
            "scenario: calls[0]: session_id: expected a live_ session id, got 'rtc_1'",
        ),
        (
            {"responses": [{"audio_ms": -1}]},
            "scenario: responses[0]: audio_ms: expected an integer 0..120000, got -1",
        ),
        (
            {"responses": [{"function_call": {"name": "f", "arguments": "{nope"}}]},
            "scenario: responses[0]: function_call: arguments: a JSON string is required when "
            "arguments is a string",
        ),
        (
            {"responses": [{"function_calls": [{"name": "f"}, {"name": ""}]}]},
            "scenario: responses[0]: function_calls[1]: name: expected a non-empty string",
        ),
        (
            {"responses": [{"drop": {"code": 999}}]},
            "scenario: responses[0]: drop: code: expected a WebSocket close code 1000..4999, "
            "got 999",
        ),
        (
            {"responses": [{"error": {}}]},
            "scenario: responses[0]: error: message: expected a non-empty string",
        ),
        (
            {"responses": [{"hold": "yes"}]},
            "scenario: responses[0]: hold: expected true or false, got 'yes'",
        ),
        ({"transcripts": [3]}, "scenario: transcripts[0]: expected a string or null, got int"),
        (
            {"events": [{"on": "session.update"}]},
            "scenario: events[0]: give exactly one of error, drop",
        ),
        (
            {"handshakes": [{"refuse": 200}]},
            "scenario: handshakes[0]: refuse: expected an HTTP status 400..599, got 200",
        ),
        (
            {"calls": [{"webhook": {"url": "ftp://x", "secret": "whsec_x"}}]},
            "scenario: calls[0]: webhook: url: expected an http:// or https:// URL",
        ),
        (
            {"calls": [{"webhook": {"url": "http://x", "secret": "sk-nope"}}]},
            "scenario: calls[0]: webhook: secret: expected a webhook secret (whsec_...)",
        ),
        (
            {"calls": [{"webhook": {"url": "http://x", "secret_env": "NOPE_NOT_SET_123"}}]},
            "scenario: calls[0]: webhook: secret_env: environment variable NOPE_NOT_SET_123 is "
            "not set",
        ),
    ],
)
def test_validation_errors_name_the_place(data: Any, message: str) -> None:
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_dict(data)
    assert str(caught.value) == message


def test_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("responses: [unclosed")
    with pytest.raises(ScenarioError, match="invalid YAML"):
        Scenario.load(tmp_path / "a.yaml")
    (tmp_path / "b.json").write_text("{")
    with pytest.raises(ScenarioError, match="invalid JSON"):
        Scenario.load(tmp_path / "b.json")
    with pytest.raises(ScenarioError, match="cannot read"):
        Scenario.load(tmp_path / "missing.json")


def test_in_process_scenario_events_and_handshakes() -> None:
    scenario = {
        "responses": [
            {"function_calls": [{"name": "a", "arguments": {"x": 1}}, {"name": "b"}]},
            {"hold": True, "text": "long"},
        ],
        "events": [
            {"on": "session.update", "error": {"message": "Invalid voice", "param": "voice"}},
            {"on": "input_audio_buffer.clear", "drop": True},
        ],
        "handshakes": [{"refuse": 503}, {"delay_ms": 200}],
        "transcripts": [None],
    }
    with FakeRealtimeServer(scenario=scenario) as server:
        url = server.realtime_url()
        headers = {"Authorization": "Bearer sk-test"}
        with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
            websockets.sync.client.connect(url, additional_headers=headers)
        assert refused.value.response.status_code == 503
        started = time.monotonic()
        with websockets.sync.client.connect(url, additional_headers=headers) as ws:
            assert time.monotonic() - started >= 0.18

            def until(kind: str) -> list[dict[str, Any]]:
                out = []
                while True:
                    out.append(json.loads(ws.recv(timeout=5)))
                    if out[-1]["type"] == kind:
                        return out

            until("session.created")
            ws.send(json.dumps({"type": "session.update", "session": {"type": "realtime"}}))
            assert until("error")[-1]["error"]["param"] == "voice"
            ws.send(json.dumps({"type": "response.create"}))
            done = until("response.done")[-1]
            assert [o["name"] for o in done["response"]["output"]] == ["a", "b"]
            assert done["response"]["output"][0]["arguments"] == '{"x":1}'
            ws.send(json.dumps({"type": "response.create"}))
            until("response.content_part.added")
            ws.send(json.dumps({"type": "response.cancel"}))
            assert until("response.done")[-1]["response"]["status"] == "cancelled"
            ws.send(json.dumps({"type": "input_audio_buffer.clear"}))
            with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
                while True:  # what was on its way (rate_limits.updated), then the cut
                    assert json.loads(ws.recv(timeout=5))["type"] == "rate_limits.updated"
            assert closed.value.rcvd is None  # cut, no close frame (1006)


def test_slow_response_can_be_cancelled_before_output() -> None:
    with FakeRealtimeServer(scenario={"responses": [{"text": "slow", "delay_ms": 5000}]}) as srv:
        headers = {"Authorization": "Bearer sk-test"}
        with websockets.sync.client.connect(srv.realtime_url(), additional_headers=headers) as ws:
            ws.recv(timeout=5)
            ws.send(json.dumps({"type": "response.create"}))
            kinds = []
            while not kinds or kinds[-1] != "response.content_part.added":
                kinds.append(json.loads(ws.recv(timeout=5))["type"])
            ws.send(json.dumps({"type": "response.cancel"}))
            rest = []
            while not rest or rest[-1]["type"] != "response.done":
                rest.append(json.loads(ws.recv(timeout=5)))
    assert rest[-1]["response"]["status"] == "cancelled"
    assert not any(e["type"].endswith(".delta") for e in rest)


def _recv_until(ws: Any, kind: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    while not out or out[-1]["type"] != kind:
        out.append(json.loads(ws.recv(timeout=30)))
    return out


def test_audio_ms_sets_the_length_of_the_output_audio() -> None:
    # 800 ms of 24 kHz mono PCM16 (the default output format): 800 * 24 * 2 bytes.
    scenario = {"responses": [{"text": "hi", "audio_ms": 800}]}
    with FakeRealtimeServer(scenario=scenario) as server:
        headers = {"Authorization": "Bearer sk-test"}
        with websockets.sync.client.connect(
            server.realtime_url(), additional_headers=headers
        ) as ws:
            session = _recv_until(ws, "session.created")[-1]["session"]
            assert session["audio"]["output"]["format"] == {"type": "audio/pcm", "rate": 24000}
            ws.send(json.dumps({"type": "response.create"}))
            seen = _recv_until(ws, "response.done")
    audio = b"".join(
        base64.b64decode(e["delta"]) for e in seen if e["type"] == "response.output_audio.delta"
    )
    assert len(audio) == 38_400
    transcript = "".join(
        e["delta"] for e in seen if e["type"] == "response.output_audio_transcript.delta"
    )
    assert transcript == "hi"
    assert seen[-1]["response"]["status"] == "completed"


def test_a_call_scripted_after_a_delay_arrives_after_it(webhook_receiver: Any) -> None:
    # Event-driven: the webhooks are awaited (generous timeouts), never slept for; only
    # lower bounds on time are asserted, which load cannot break.
    url, received = webhook_receiver
    scenario = {
        "calls": [
            {"call_id": "rtc_late", "after_ms": 700, "webhook": {"url": url, "secret": SECRET}},
            {"call_id": "rtc_early", "webhook": {"url": url, "secret": SECRET}},
        ]
    }
    started = time.monotonic()  # before the server starts: an upper bound of its start
    with FakeRealtimeServer(scenario=scenario) as server:
        until(lambda: len(received) >= 2, "both webhooks", timeout=30)
        late_seen = time.monotonic()
        assert len(received) == 2, server.webhook_deliveries
        events = [unwrap(body, headers, secret=SECRET) for body, headers in received]
        assert all(isinstance(e, RealtimeCallIncomingEvent) for e in events)
        ids = [getattr(e, "call_id", None) for e in events]
        assert ids == ["rtc_early", "rtc_late"]  # the delayed call comes second
        assert late_seen - started >= 0.7
        assert set(server.calls) == {"rtc_early", "rtc_late"}
        # The fake records each delivery's status once the POST has returned to it.
        until(
            lambda: all(d.status == 200 for d in server.webhook_deliveries),
            "both deliveries' statuses",
            timeout=30,
        )
        assert [(d.call_id, d.status) for d in server.webhook_deliveries] == [
            ("rtc_early", 200),
            ("rtc_late", 200),
        ]


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5000) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "responses",
                    "text",
                    "function_call",
                    "name",
                    "arguments",
                    "error",
                    "message",
                    "drop",
                    "code",
                    "calls",
                    "webhook",
                    "url",
                    "secret",
                    "events",
                    "on",
                    "handshakes",
                    "refuse",
                    "delay_ms",
                    "audio_ms",
                    "hold",
                    "transcripts",
                    "sip_headers",
                    "x",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=examples(300), deadline=None)
@given(_JSON)
def test_fuzzed_scenarios_load_or_raise_scenario_error(data: Any) -> None:
    try:
        scenario = Scenario.from_dict(data)
    except ScenarioError as exc:
        assert str(exc).startswith("scenario")
    else:
        scenario.apply(Script())


def test_webhook_secret_never_in_reprs() -> None:
    scenario = Scenario.from_dict(
        {"calls": [{"webhook": {"url": "http://127.0.0.1:1/hook", "secret": SECRET}}]}
    )
    assert scenario.calls[0].webhook_secret == SECRET
    assert SECRET not in repr(scenario) and SECRET not in str(scenario.calls)
    with FakeRealtimeServer(scenario=scenario) as server:
        assert SECRET not in repr(server)


def test_a_scenario_response_says_something_and_calls_a_function() -> None:
    # The real model speaks while it calls: a message item, then the call, in one response.
    scenario = Scenario.from_dict(
        {"responses": [{"text": "Checking.", "function_call": {"name": "get_weather"}}]}
    )
    script = Script()
    scenario.apply(script)
    out: list[dict[str, Any]] = []
    conversation = FakeConversation(
        realtime_session("gpt-realtime"), script, out.append, lambda c, r: None
    )
    conversation.handle_message(json.dumps({"type": "response.create"}))
    done = next(e for e in out if e["type"] == "response.done")
    output = done["response"]["output"]
    assert [item["type"] for item in output] == ["message", "function_call"]
    assert output[0]["content"][0]["transcript"] == "Checking."
    assert output[1]["name"] == "get_weather"


def test_a_scenario_rings_a_live_sip_call_that_speaks_while_it_delegates(
    webhook_receiver: Any,
) -> None:
    # A GPT-Live SIP call from a scenario: live.transport.incoming, then the Realtime twin's
    # realtime.call.incoming (one call rings both APIs); accepted, the caller asks, the model
    # says the scripted words while it delegates to the app, then the app's answer.
    url, received = webhook_receiver
    scenario = {
        "calls": [
            {
                "api": "live",
                "session_id": "live_scenario_1",
                "call_id": "rtc_scenario_twin",
                "webhook": {"url": url, "secret": SECRET},
            }
        ],
        "responses": [
            {
                "text": "One moment, I'm looking at the forecast.",
                "function_call": {"name": "get_weather", "arguments": {"city": "Paris"}},
            }
        ],
        "transcripts": ["What's the weather in Paris?"],
    }
    import httpx

    with FakeRealtimeServer(scenario=scenario) as server:
        until(lambda: len(received) >= 2, "both webhooks", timeout=30)
        events = [unwrap(body, headers, secret=SECRET) for body, headers in received]
        assert isinstance(events[0], LiveTransportIncomingEvent)
        assert isinstance(events[1], RealtimeCallIncomingEvent)
        assert (events[0].session_id, events[1].call_id) == (
            "live_scenario_1",
            "rtc_scenario_twin",
        )
        headers = {"Authorization": "Bearer sk-test"}
        with httpx.Client(base_url=server.base_url, headers=headers) as http:
            accepted = http.post(
                "/live/sessions/live_scenario_1/accept",
                json={"session": {"type": "live", "model": "gpt-live-1"}},
            )
            assert accepted.status_code == 200
        attach = f"{server.ws_url}/live/sessions/live_scenario_1/attach"
        with websockets.sync.client.connect(attach, additional_headers=headers) as side:
            seen: list[dict[str, Any]] = []

            def upto(kind: str) -> dict[str, Any]:
                while True:
                    seen.append(json.loads(side.recv(timeout=10)))
                    if seen[-1]["type"] == kind:
                        return seen[-1]

            upto("session.started")
            server.live_caller_says("live_scenario_1", "What's the weather in Paris?")
            delegation = upto("session.delegation.created")["delegation"]
            assert delegation["target"] == "client"
            said: list[str] = []
            while "".join(said) != "One moment, I'm looking at the forecast.":
                said.append(upto("session.output_transcript.delta")["delta"])
            side.send(
                json.dumps(
                    {
                        "type": "session.commentary.append",
                        "delegation_id": delegation["id"],
                        "content": "Tell the caller it is sunny in Paris.",
                    }
                )
            )
            upto("session.commentary.appended")
            said.clear()
            while "".join(said) != "It is sunny in Paris.":
                said.append(upto("session.output_transcript.delta")["delta"])
