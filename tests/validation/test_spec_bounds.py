"""The bounds the spec states (``minimum``, ``maximum``, ``maxLength``, ``minItems``...) are
checked before anything is sent, from the one table the generated package writes per model
(``_BOUNDS``, by ``openapi/templates/model.py.jinja``): a session's ``speed``, a retention
ratio, a turn detection's ``idle_timeout_ms``, a client event's ``event_id`` and a client
secret's ``expires_after``. The fake server answers a raw request that breaks one as the API
does (its codes: ``decimal_above_max_value``, ``string_above_max_length``...).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from websockets.sync.client import connect as ws_connect

from realtime_ext import (
    AsyncRealtimeClient,
    InternalServerError,
    InvalidArgumentError,
    InvalidEventError,
    RealtimeClient,
    SessionConfigError,
)
from realtime_ext.asgi import token_endpoint
from realtime_ext.events._sends import RealtimeSends
from realtime_ext.session import realtime_session, translation_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_generated import models
from tests.validation._wire import Wire


def speed(value: object) -> dict[str, Any]:
    return {"type": "realtime", "audio": {"output": {"speed": value}}}


@pytest.mark.once(reason="a fact of the generated package, the same on every interpreter")
def test_every_bound_names_a_field_of_its_model() -> None:
    package = importlib.import_module("realtime_generated.models")
    tables = 0
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"realtime_generated.models.{info.name}")
        bounds = getattr(module, "_BOUNDS", None)
        if bounds is None:
            continue
        tables += 1
        (model,) = [
            v for v in vars(module).values() if attrs.has(v) and v.__module__ == module.__name__
        ]
        names = {f.name for f in attrs.fields(model)}
        assert set(bounds) <= names, (info.name, set(bounds) - names)
    assert tables >= 10  # the event ids, speed, expires_after, retention ratio...


def test_the_table_holds_what_the_spec_states() -> None:
    def table(model: type[Any]) -> dict[str, dict[str, float]]:
        bounds: dict[str, dict[str, float]] = importlib.import_module(model.__module__)._BOUNDS
        return bounds

    assert table(models.RealtimeSessionCreateRequestGAAudioOutput) == {
        "speed": {"minimum": 0.25, "maximum": 1.5}
    }
    assert table(models.RealtimeCreateClientSecretRequestExpiresAfter) == {
        "seconds": {"minimum": 10, "maximum": 7200}
    }
    assert table(models.RealtimeClientEventResponseCreate) == {"event_id": {"maxLength": 512}}


@pytest.mark.parametrize(
    ("session", "message"),
    [
        (
            speed(5.0),
            "session.audio.output.speed: must be at most 1.5 (the spec's maximum), got 5.0",
        ),
        (speed(0.1), "session.audio.output.speed: must be at least 0.25 (the spec's minimum)"),
        (
            {"type": "realtime", "truncation": {"type": "retention_ratio", "retention_ratio": 3}},
            "session.truncation.retention_ratio: must be at most 1",
        ),
        (
            {
                "type": "realtime",
                "audio": {
                    "input": {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 9}}
                },
            },
            "session.audio.input.turn_detection.idle_timeout_ms: must be at least 5000",
        ),
    ],
)
def test_a_session_out_of_bounds_is_refused_before_sending(
    client: RealtimeClient, wire: Wire, session: dict[str, Any], message: str
) -> None:
    with pytest.raises(
        SessionConfigError, match="^" + message.replace("(", r"\(").replace(")", r"\)")
    ):
        client.client_secrets.create(session=session)
    with pytest.raises(InvalidEventError, match="session.update: " + message.split(":")[0]):
        RealtimeSends(lambda event: None).session.update(session=session)
    assert wire.sent == []


@pytest.mark.parametrize(
    "session",
    [
        speed(0.25),
        speed(1.5),
        speed(1),
        {
            "type": "realtime",
            "audio": {"input": {"turn_detection": {"type": "server_vad", "idle_timeout_ms": None}}},
        },
        {
            "type": "realtime",
            "audio": {"input": {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 5000}}},
        },
        realtime_session(speed=1.5),
    ],
)
def test_values_on_the_bounds_pass(session: dict[str, Any]) -> None:
    sent: list[Any] = []
    RealtimeSends(sent.append).session.update(session=session)
    assert len(sent) == 1


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-10, max_value=10))
def test_speed_passes_exactly_within_its_bounds(value: float) -> None:
    sends = RealtimeSends(lambda event: None)
    if 0.25 <= value <= 1.5:
        sends.session.update(session=speed(value))
    else:
        with pytest.raises(InvalidEventError, match="speed: must be at"):
            sends.session.update(session=speed(value))


def test_an_event_id_longer_than_the_spec_allows_is_refused() -> None:
    sent: list[Any] = []
    sends = RealtimeSends(sent.append)
    with pytest.raises(
        InvalidEventError, match=r"event_id: must hold at most 512 characters .* got 513"
    ):
        sends.input_audio_buffer.commit(event_id="e" * 513)
    sends.input_audio_buffer.commit(event_id="e" * 512)
    assert len(sent) == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (5, "body.expires_after.seconds: must be at least 10 (the spec's minimum), got 5"),
        (7201, "body.expires_after.seconds: must be at most 7200 (the spec's maximum), got 7201"),
        ({"anchor": "created_at", "seconds": 3}, "body.expires_after.seconds: must be at least 10"),
        (
            {"anchor": "created_at", "second": 30},
            "body.expires_after.second: unknown field, did you mean 'seconds'?",
        ),
    ],
)
def test_expires_after_out_of_bounds_is_refused_before_sending(
    client: RealtimeClient, wire: Wire, value: object, message: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        client.client_secrets.create(expires_after=value)  # type: ignore[arg-type]
    assert str(caught.value).startswith(message)
    with pytest.raises(InvalidArgumentError, match=r"^body\.expires_after\.second"):
        client.translations.client_secrets.create(
            session=translation_session(output_language="fr"),
            expires_after=value,  # type: ignore[arg-type]
        )
    assert wire.sent == []


@pytest.mark.parametrize("value", [10, 7200, {"anchor": "created_at", "seconds": 600}])
def test_expires_after_within_bounds_is_sent(
    client: RealtimeClient, wire: Wire, value: object
) -> None:
    with pytest.raises(InternalServerError):  # what the test transport answers
        client.client_secrets.create(expires_after=value)  # type: ignore[arg-type]
    assert len(wire.sent) == 1


def test_the_token_endpoint_checks_expires_after_at_startup() -> None:
    fake = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(
        InvalidArgumentError, match=r"^body\.expires_after\.seconds: must be at most 7200"
    ):
        token_endpoint(
            {"type": "realtime"},
            allowed_origins=["https://app.example.com"],
            client=fake,
            expires_after=86_400,
        )
    token_endpoint(
        {"type": "realtime"},
        allowed_origins=["https://app.example.com"],
        client=fake,
        expires_after=600,
    )


def test_the_fake_server_answers_a_raw_request_out_of_bounds_as_the_api_does() -> None:
    with FakeRealtimeServer() as fake:
        answer = httpx.post(
            f"{fake.base_url}/realtime/client_secrets",
            json={"session": speed(9)},
            headers={"Authorization": "Bearer sk-test"},
        )
        short = httpx.post(
            f"{fake.base_url}/realtime/client_secrets",
            json={"session": speed(0.2)},
            headers={"Authorization": "Bearer sk-test"},
        )
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "decimal_above_max_value"
    assert error["param"] == "session.audio.output.speed"
    assert error["message"] == (
        "Invalid 'session.audio.output.speed': decimal above maximum value. "
        "Expected a value <= 1.5, but got 9 instead."
    )
    assert short.json()["error"]["code"] == "decimal_below_min_value"


def test_the_fake_server_answers_a_raw_event_out_of_bounds_with_an_error_event() -> None:
    with FakeRealtimeServer() as fake:
        url = fake.base_url.replace("http", "ws", 1) + "/realtime?model=gpt-realtime"
        with ws_connect(url, additional_headers={"Authorization": "Bearer sk-test"}) as ws:
            assert json.loads(ws.recv())["type"] == "session.created"
            ws.send(json.dumps({"type": "session.update", "session": speed(9)}))
            slow = json.loads(ws.recv())
            ws.send(json.dumps({"type": "input_audio_buffer.clear", "event_id": "e" * 600}))
            long_id = json.loads(ws.recv())
    assert slow["type"] == "error"
    assert slow["error"]["code"] == "decimal_above_max_value"
    assert slow["error"]["param"] == "session.audio.output.speed"
    assert long_id["error"]["code"] == "string_above_max_length"
    assert long_id["error"]["message"] == (
        "Invalid 'event_id': string too long. Expected a string with maximum length 512, "
        "but got a string with length 600 instead."
    )


@pytest.mark.parametrize("value", [0, 4097])
def test_max_output_tokens_has_the_bounds_its_description_states(value: int) -> None:
    # The spec's description says 1-4096 (or "inf") but its schema has no bounds: the
    # overlay states them (openapi/overlay.yaml), and every path checks them from the table.
    sends = RealtimeSends(lambda event: None)
    with pytest.raises(InvalidEventError, match=r"response\.max_output_tokens: must be at"):
        sends.response.create(response={"max_output_tokens": value})
    with pytest.raises(InvalidEventError, match=r"session\.max_output_tokens: must be at"):
        sends.session.update(session={"type": "realtime", "max_output_tokens": value})
    with pytest.raises(SessionConfigError, match="must be between 1 and 4096"):
        realtime_session(max_output_tokens=value)


@pytest.mark.parametrize("value", [1, 4096, "inf"])
def test_max_output_tokens_within_its_bounds_is_sent(value: int | str) -> None:
    sent: list[Any] = []
    sends = RealtimeSends(sent.append)
    sends.response.create(response={"max_output_tokens": value})
    sends.session.update(session=realtime_session(max_output_tokens=value))
    assert len(sent) == 2


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        (
            {f"k{i}": "v" for i in range(17)},
            "response.metadata: must hold at most 16 keys (the spec's maxProperties), got 17",
        ),
        (
            {"k" * 65: "v"},
            f"response.metadata.{'k' * 65}: must hold at most 64 characters "
            "(the spec's propertyNames.maxLength), got 65",
        ),
        (
            {"k": "v" * 513},
            "response.metadata.k: must hold at most 512 characters (the spec's maxLength), got 513",
        ),
    ],
)
def test_metadata_has_the_limits_its_description_states(
    metadata: dict[str, str], message: str
) -> None:
    # "Set of 16 key-value pairs ... keys at most 64 characters, values at most 512": in the
    # schema's description only, stated as bounds by the overlay.
    with pytest.raises(InvalidEventError) as caught:
        RealtimeSends(lambda event: None).response.create(response={"metadata": metadata})
    assert str(caught.value) == f"response.create: {message}"


def test_metadata_on_its_limits_is_sent() -> None:
    sent: list[Any] = []
    metadata = {f"{i:02d}" + "k" * 62: "v" * 512 for i in range(16)}
    RealtimeSends(sent.append).response.create(response={"metadata": metadata})
    assert sent[0]["response"]["metadata"] == metadata


def test_the_fake_server_answers_metadata_over_its_limits_with_an_error_event() -> None:
    with FakeRealtimeServer() as fake:
        url = fake.base_url.replace("http", "ws", 1) + "/realtime?model=gpt-realtime"
        with ws_connect(url, additional_headers={"Authorization": "Bearer sk-test"}) as ws:
            assert json.loads(ws.recv())["type"] == "session.created"
            metadata = {f"k{i}": "v" for i in range(17)}
            ws.send(json.dumps({"type": "response.create", "response": {"metadata": metadata}}))
            answer = json.loads(ws.recv())
    assert answer["type"] == "error"
    assert answer["error"]["param"] == "response.metadata"
    assert "maximum number of properties 16" in answer["error"]["message"]
