"""Behaviours of the real API that other clients rely on, checked through the unmodified
``openai`` package (events validated by its own strict models) or raw sockets."""

from __future__ import annotations

import base64
import json
import logging
import os
import socket
import ssl
import time
from typing import Any

import httpx
import openai
import pytest
from openai.types.realtime import RealtimeServerEvent
from pydantic import TypeAdapter

from realtime_ext import InvalidArgumentError
from realtime_ext.testing import FakeRealtimeServer, ServerLimits
from realtime_ext.testing._arguments import example_value
from realtime_ext.testing._audio import sine_pcm16
from support.tls_tickets import send_session_tickets

pytestmark = pytest.mark.filterwarnings("ignore:connect\\(\\) must be used:DeprecationWarning")
ADAPTER: TypeAdapter[Any] = TypeAdapter(RealtimeServerEvent)


def events_until(conn: Any, last: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for raw in conn:
        data = raw.model_dump(mode="json", exclude_unset=True)
        ADAPTER.validate_python(data)  # openai's strict models accept every event
        out.append(data)
        if data["type"] == last:
            return out
    raise AssertionError(f"connection ended before {last}")


def test_client_secret_session_applies_to_websocket(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    secret = client.realtime.client_secrets.create(
        session={
            "type": "realtime",
            "instructions": "Speak like a pirate.",
            "output_modalities": ["text"],
        }
    )
    browser = openai.OpenAI(api_key=secret.value, base_url=server.base_url)
    with browser.realtime.connect(model="gpt-realtime") as conn:
        created = events_until(conn, "session.created")[-1]
        assert created["session"]["instructions"] == "Speak like a pirate."
        assert created["session"]["output_modalities"] == ["text"]
        assert created["session"]["id"] != secret.session.id  # type: ignore[union-attr]
        conn.response.create()
        done = events_until(conn, "response.done")[-1]
    assert done["response"]["output"][0]["content"][0]["type"] == "output_text"
    # A plain key still gets the defaults.
    with client.realtime.connect(model="gpt-realtime") as conn:
        created = events_until(conn, "session.created")[-1]
        assert created["session"]["output_modalities"] == ["audio"]


def test_openai_python_completes_an_audio_turn_with_its_default_session(
    server: FakeRealtimeServer,
) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    speech = bytes(9600) + sine_pcm16(500) + bytes(33600)  # quiet, 500 ms of tone, quiet
    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        conn.input_audio_buffer.append(audio=base64.b64encode(speech).decode())
        seen = events_until(conn, "response.done")
    kinds = [e["type"] for e in seen]
    assert kinds[:3] == [
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
    ]
    assert "response.created" in kinds and seen[-1]["response"]["status"] == "completed"


def test_input_transcription_after_commit(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    server.script.next_transcript("What is the weather in Paris")
    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        conn.session.update(
            session={
                "type": "realtime",
                "audio": {
                    "input": {
                        "transcription": {"model": "gpt-4o-transcribe"},
                        "turn_detection": None,
                    }
                },
            }
        )
        events_until(conn, "session.updated")
        conn.input_audio_buffer.append(audio=base64.b64encode(sine_pcm16(300)).decode())
        conn.input_audio_buffer.commit()
        seen = events_until(conn, "conversation.item.input_audio_transcription.completed")
        kinds = [e["type"] for e in seen]
        assert kinds[:3] == [
            "input_audio_buffer.committed",
            "conversation.item.added",
            "conversation.item.done",
        ]
        deltas = [e["delta"] for e in seen if e["type"].endswith("transcription.delta")]
        assert "".join(deltas) == "What is the weather in Paris"
        assert seen[-1]["transcript"] == "What is the weather in Paris"
        assert seen[-1]["item_id"] == seen[0]["item_id"]
        # Silence fails, as on the real API.
        conn.input_audio_buffer.append(audio=base64.b64encode(bytes(4800)).decode())
        conn.input_audio_buffer.commit()
        failed = events_until(conn, "conversation.item.input_audio_transcription.failed")[-1]
        assert failed["error"]["type"] == "transcription_error"
        # Retrieval sees the transcript.
        conn.conversation.item.retrieve(item_id=seen[0]["item_id"])
        item = events_until(conn, "conversation.item.retrieved")[-1]["item"]
        assert item["content"][0]["transcript"] == "What is the weather in Paris"


def test_a_transcription_session_transcribes_each_turn_and_answers_none(
    server: FakeRealtimeServer,
) -> None:
    """A transcription session (``?intent=transcription``): server VAD commits each turn and
    the turn is transcribed, but nothing answers it (it has no model to answer with), and its
    turn detection reports the spec's fields only. The fake answered such a turn with a whole
    model response, its turn detection Realtime's (``create_response``...)."""
    from realtime_ext._validate import STRICT_ALL, api_error, payload_problem
    from realtime_generated import models

    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    server.script.next_transcript("Book a table for two")
    with client.realtime.connect(
        model="gpt-realtime", extra_query={"intent": "transcription"}
    ) as conn:
        created = events_until(conn, "session.created")[-1]
        model = models.RealtimeTranscriptionSessionCreateResponseGA
        problem = payload_problem(model, created["session"], strict=frozenset({STRICT_ALL}))
        assert problem is None, api_error(problem)
        silence, tone = bytes(4800), sine_pcm16(100)
        for chunk in [silence] * 2 + [tone] * 8 + [silence] * 10:
            conn.input_audio_buffer.append(audio=base64.b64encode(chunk).decode())
        seen = events_until(conn, "conversation.item.input_audio_transcription.completed")
    kinds = [event["type"] for event in seen]
    assert kinds[:3] == [
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
    ]
    assert seen[-1]["transcript"] == "Book a table for two"
    assert not [kind for kind in kinds if kind.startswith("response.")]


def test_no_transcription_events_when_not_enabled(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        conn.input_audio_buffer.append(audio=base64.b64encode(sine_pcm16(300)).decode())
        conn.input_audio_buffer.commit()
        conn.input_audio_buffer.clear()
        kinds = [e["type"] for e in events_until(conn, "input_audio_buffer.cleared")]
    assert not any("transcription" in kind for kind in kinds)


def test_a_response_ends_with_response_done_as_recorded(server: FakeRealtimeServer) -> None:
    # Recorded on OpenAI's route (8 of 23 sessions): rate_limits.updated right after a
    # response.done, then the next response.created; none on Azure's (test_recorded_fidelity).
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        kinds: list[str] = []
        for _ in range(2):
            conn.response.create()
            kinds += [e["type"] for e in events_until(conn, "response.done")]
    done = kinds.index("response.done")
    assert kinds[done + 1 : done + 3] == ["rate_limits.updated", "response.created"]


@pytest.mark.parametrize("switch", ["script", "server", "scenario"])
def test_rate_limits_after_each_response_when_asked(switch: str) -> None:
    # server.script.report_rate_limits(), FakeRealtimeServer(rate_limits_updated=True), the
    # scenario key: rate_limits.updated follows response.done (the response's tokens counted),
    # never comes between response.created and its output.
    with FakeRealtimeServer(
        rate_limits_updated=switch == "server",
        scenario={"rate_limits_updated": True} if switch == "scenario" else None,
    ) as server:
        if switch == "script":
            server.script.report_rate_limits()
        client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
        with client.realtime.connect(model="gpt-realtime") as conn:
            events_until(conn, "session.created")
            for _ in range(2):
                conn.response.create()
                conn.input_audio_buffer.clear()  # answered after the response: a bounded wait
                seen = events_until(conn, "input_audio_buffer.cleared")
                assert [e["type"] for e in seen[-3:-1]] == ["response.done", "rate_limits.updated"]
                assert seen[0]["type"] == "response.created"
                limits = seen[-2]["rate_limits"]
                assert [limit["name"] for limit in limits] == ["requests", "tokens"]
                assert all(0 <= x["remaining"] <= x["limit"] for x in limits)


def test_rate_limits_switch_takes_a_bool_only() -> None:
    with pytest.raises(InvalidArgumentError, match="enabled must be True or False, got 'yes'"):
        FakeRealtimeServer(rate_limits_updated="yes")  # type: ignore[arg-type]
    with FakeRealtimeServer() as server:
        with pytest.raises(InvalidArgumentError, match="got 1"):
            server.script.report_rate_limits(1)  # type: ignore[arg-type]
        server.script.report_rate_limits()
        server.script.report_rate_limits(False)
        assert server.script.rate_limits_updated is False


WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Weather for a city",
    "parameters": {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "days": {"type": "integer", "minimum": 1, "maximum": 7},
        },
        "required": ["city", "unit", "days"],
    },
}
TIME = {"type": "function", "name": "get_time", "parameters": {"type": "object"}}


@pytest.mark.parametrize(
    ("tool_choice", "expected"),
    [({"type": "function", "name": "get_weather"}, "get_weather"), ("required", "get_time")],
)
def test_tool_choice_forces_a_call_with_schema_arguments(
    server: FakeRealtimeServer, tool_choice: Any, expected: str
) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    tools = [TIME, WEATHER] if tool_choice == "required" else [WEATHER, TIME]
    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        conn.session.update(session={"type": "realtime", "tools": tools})  # type: ignore[typeddict-item]
        events_until(conn, "session.updated")
        conn.response.create(response={"tool_choice": tool_choice})
        seen = events_until(conn, "response.done")
    done = [e for e in seen if e["type"] == "response.function_call_arguments.done"]
    assert [e["name"] for e in done] == [expected]
    arguments = json.loads(done[0]["arguments"])
    if expected == "get_weather":
        assert arguments == {"city": "example city", "unit": "celsius", "days": 1}
    else:
        assert arguments == {}
    assert seen[-1]["response"]["output"][0]["type"] == "function_call"


def test_auto_tool_choice_answers_with_text(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        conn.session.update(session={"type": "realtime", "tools": [WEATHER]})  # type: ignore[typeddict-item]
        events_until(conn, "session.updated")
        conn.response.create()
        seen = events_until(conn, "response.done")
    assert seen[-1]["response"]["output"][0]["type"] == "message"


@pytest.mark.parametrize("where", ["response", "session"])
def test_tool_choice_naming_a_function_not_in_tools_is_an_error(
    server: FakeRealtimeServer, where: str
) -> None:
    # As the API: the response is refused with an `error` event (the invalid_request_error
    # shape of the fake's other refusals), nothing is created, and the scripted answer waits.
    server.script.next_response(text="Still here.")
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    choice = {"type": "function", "name": "get_time"}
    with client.realtime.connect(model="gpt-realtime") as conn:
        events_until(conn, "session.created")
        session: dict[str, Any] = {"type": "realtime", "tools": [WEATHER]}
        if where == "session":
            session["tool_choice"] = choice
        conn.session.update(session=session)  # type: ignore[arg-type]
        events_until(conn, "session.updated")
        if where == "response":
            conn.response.create(response={"tool_choice": choice}, event_id="evt_choice")  # type: ignore[typeddict-item]
        else:
            conn.response.create(event_id="evt_choice")
        seen = events_until(conn, "error")
        assert [e["type"] for e in seen] == ["error"]  # no response.created before it
        assert seen[-1]["error"] == {
            "type": "invalid_request_error",
            "code": "invalid_value",
            "message": "Tool choice 'get_time' not found in 'tools' parameter.",
            "param": f"{where}.tool_choice",
            "event_id": "evt_choice",
        }
        if where == "response":
            conn.response.create()  # the same session answers a valid request
            done = events_until(conn, "response.done")[-1]
            assert done["response"]["output"][0]["content"][0]["transcript"] == "Still here."


def test_example_values_follow_the_schema() -> None:
    schema = {
        "type": "object",
        "properties": {
            "when": {"type": "string", "format": "date-time"},
            "tags": {"type": "array", "items": {"$ref": "#/$defs/tag"}, "minItems": 2},
            "note": {"anyOf": [{"type": "null"}, {"type": "string", "minLength": 12}]},
            "ratio": {"type": "number", "exclusiveMinimum": 0, "maximum": 0.5},
            "flag": {"type": ["boolean", "null"]},
            "fixed": {"const": 3},
        },
        "$defs": {"tag": {"type": "string", "enum": ["a", "b"]}},
    }
    assert example_value(schema) == {
        "when": "2026-01-01T12:00:00Z",
        "tags": ["a", "a"],
        "note": "example note",
        "ratio": 0.5,
        "flag": True,
        "fixed": 3,
    }


def test_tls_handshake_on_plain_port_fails_fast(
    server: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="realtime_ext.testing")
    context = ssl.create_default_context()
    started = time.monotonic()
    with (
        socket.create_connection(("127.0.0.1", server.port), timeout=30) as raw,
        pytest.raises(ssl.SSLError, match=r"HANDSHAKE_FAILURE|handshake failure"),
    ):
        context.wrap_socket(raw, server_hostname="127.0.0.1")
    # Refused at once, not left to the client's 30 s timeout (a margin a busy machine keeps).
    assert time.monotonic() - started < 15
    assert server.tls_refused == 1
    assert "serve-fake --tls" in caplog.text  # the server says what to do
    # Plain HTTP on the same port still works.
    response = httpx.post(
        f"{server.base_url}/realtime/client_secrets",
        json={},
        headers={"Authorization": "Bearer sk-test"},
    )
    assert response.status_code == 200


@pytest.fixture
def no_session_tickets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The TLS fake sends no TLS 1.3 session tickets in this test. websockets' sync client
    (openai's blocking client is built on it) reads its socket on a thread of its own
    while the caller writes the upgrade request; OpenSSL allows no such concurrent use of
    one connection, and when the server's tickets arrive in that moment the upgrade's
    answer is lost (about 1 open in 500 here; once a 408 and once a 10 s handshake timeout
    in CI, both first put down to load). That race is the client's bug (realtime_ext's
    blocking connections avoid it: tests/connection/test_tls_threads.py); these tests are
    about the fake's TLS, its close and openai's client on it."""
    send_session_tickets(monkeypatch, 0)


def test_tls_server_with_openai_client(no_session_tickets: None) -> None:
    # The server's 10 s head deadline counts from the connection's start, TLS handshake
    # included: 30 s, as the client's open_timeout below (one matrix run answered 408).
    with FakeRealtimeServer(tls=True, limits=ServerLimits(head_timeout=30)) as server:
        assert server.base_url.startswith("https://") and server.ws_url.startswith("wss://")
        cert = server.tls_cert_path
        with open(cert) as f:
            assert f.read().startswith("-----BEGIN CERTIFICATE-----")
        client = openai.OpenAI(
            api_key="sk-test",
            base_url=server.base_url,
            http_client=httpx.Client(verify=server.client_ssl_context()),
        )
        secret = client.realtime.client_secrets.create(session={"type": "realtime"})
        assert secret.value.startswith("ek_")
        # 30 s to open, not websockets' 10 s: once, in `.ci/run`'s matrix (three Python
        # environments side by side on two cores), this TLS handshake and upgrade took longer
        # than 10 s. The test checks what openai's client sees, not how fast it sees it.
        options: Any = {"ssl": server.client_ssl_context(), "open_timeout": 30}
        with client.realtime.connect(
            model="gpt-realtime", websocket_connection_options=options
        ) as conn:
            events_until(conn, "session.created")
            conn.response.create(response={"output_modalities": ["text"]})
            assert events_until(conn, "response.done")[-1]["response"]["status"] == "completed"
        # An untrusting client is refused by its own TLS check.
        with pytest.raises(httpx.ConnectError):
            httpx.post(f"{server.base_url}/realtime/client_secrets", json={})
    assert not os.path.exists(cert)  # removed at stop


def test_a_wss_client_closes_at_once(
    monkeypatch: pytest.MonkeyPatch, no_session_tickets: None
) -> None:
    """Over TLS (no TCP half-close) the server ends the connection after the closing handshake,
    as RFC 6455 7.1.1 asks, instead of both sides waiting for the other (every wss:// client
    once waited out the server's 5 s close timeout). With that timeout made endless, a client
    that waits for the server forever must still finish closing."""
    import threading

    from websockets.sync.client import connect as ws_connect

    from realtime_ext.testing import _websocket

    monkeypatch.setattr(_websocket, "CLOSE_TIMEOUT", None)
    with FakeRealtimeServer(tls=True) as server:
        ws = ws_connect(
            server.realtime_url(),
            additional_headers={"Authorization": "Bearer sk-test"},
            ssl=server.client_ssl_context(),
            close_timeout=None,  # wait for the server's close, however long
        )
        assert json.loads(ws.recv(timeout=10))["type"] == "session.created"
        closer = threading.Thread(target=ws.close, daemon=True)
        closer.start()
        closer.join(60)  # a watchdog, not a measurement: the bug never finishes
        assert not closer.is_alive(), "the wss:// close never completed"
        assert ws.close_code == 1000


def test_a_tls_server_stops_with_an_idle_pooled_client() -> None:
    """An idle keep-alive TLS connection (every httpx or openai client keeps one) never
    answers the server's close_notify; since Python 3.12 stopping waited for it, 30 s per
    server (asyncio's ssl_shutdown_timeout). The stop must not depend on the client."""
    import threading

    server = FakeRealtimeServer(tls=True).start()
    http = httpx.Client(verify=server.client_ssl_context())
    try:
        answer = http.post(
            f"{server.base_url}/realtime/client_secrets",
            json={},
            headers={"Authorization": "Bearer sk-test"},
        )
        assert answer.status_code == 200  # the connection now idles in the client's pool
        stopper = threading.Thread(target=server.stop, daemon=True)
        stopper.start()
        stopper.join(20)  # a watchdog, not a measurement: the bug takes 30 s
        assert not stopper.is_alive(), "stopping waited for the idle client's TLS goodbye"
    finally:
        http.close()
