"""One session validator behind every entry point that takes a session (issue 25, item 2).

The same mistake gets the same message (field path, the names the object takes, a
did-you-mean) from the builders, the REST resources, ``session.update`` and the CLI, and
nothing goes on the wire. The fake server answers the same mistakes as the real API does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.sync.client import connect as ws_connect

from realtime_ext import InvalidEventError, RealtimeClient, SessionConfigError
from realtime_ext.cli import main
from realtime_ext.events._sends import RealtimeSends
from realtime_ext.session import realtime_session, translation_session
from realtime_ext.testing import FakeRealtimeServer
from support.fuzz import examples
from tests.validation._wire import Wire

SDP = Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp"


def session_update(session: Any) -> dict[str, Any]:
    """What ``conn.session.update(session=...)`` sends (checked before sending)."""
    sent: list[dict[str, Any]] = []
    RealtimeSends(sent.append).session.update(session=session)
    return sent[0]


OFFER = SDP.read_text()
TYPO = "session.instrucions: unknown field, did you mean 'instructions'? (this object takes"
WRONG_TYPE = "session.instructions: expected str or None, got int 5"


def rest_entry_points(client: RealtimeClient) -> list[Callable[[dict[str, Any]], object]]:
    return [
        lambda s: client.client_secrets.create(session=s),
        lambda s: client.calls.create(sdp=OFFER, session=s),
        lambda s: client.calls.accept("rtc_1", session=s),
    ]


@pytest.mark.parametrize("entry", range(3))
@pytest.mark.parametrize(
    ("session", "expected"),
    [
        ({"type": "realtime", "instrucions": "Hi"}, TYPO),
        ({"type": "realtime", "instructions": 5}, WRONG_TYPE),
        (
            {"type": "realtime", "audio": {"output": {"voise": "marin"}}},
            "session.audio.output.voise: unknown field, did you mean 'voice'?",
        ),
    ],
)
def test_rest_entry_points_refuse_before_sending(
    client: RealtimeClient, wire: Wire, entry: int, session: dict[str, Any], expected: str
) -> None:
    with pytest.raises(SessionConfigError) as info:
        rest_entry_points(client)[entry](session)
    assert str(info.value).startswith(expected)
    assert info.value.keyword == expected.split(":")[0]
    assert wire.sent == []


def test_session_update_gives_the_same_message() -> None:
    with pytest.raises(InvalidEventError) as info:
        session_update(session={"type": "realtime", "instrucions": "Hi"})
    assert str(info.value).startswith(f"session.update: {TYPO}")
    with pytest.raises(InvalidEventError) as info:
        session_update(session={"type": "realtime", "instructions": 5})
    assert str(info.value) == f"session.update: {WRONG_TYPE}"


def test_builders_give_the_same_message(client: RealtimeClient, wire: Wire) -> None:
    turn = {"type": "server_vad", "treshold": 0.5}
    expected = (
        "session.audio.input.turn_detection.treshold: unknown field, did you mean 'threshold'?"
    )
    with pytest.raises(SessionConfigError) as built:
        realtime_session(turn_detection=turn)
    raw = {"type": "realtime", "audio": {"input": {"turn_detection": turn}}}
    with pytest.raises(SessionConfigError) as sent:
        client.client_secrets.create(session=raw)
    with pytest.raises(InvalidEventError) as updated:
        session_update(session=raw)
    assert str(built.value).startswith(expected)
    assert str(sent.value) == str(built.value)
    assert str(updated.value) == f"session.update: {built.value}"
    assert wire.sent == []


def test_translations_use_the_same_validator(client: RealtimeClient, wire: Wire) -> None:
    with pytest.raises(SessionConfigError) as info:
        client.translations.client_secrets.create(session={"modle": "gpt-realtime-translate"})
    assert str(info.value).startswith(
        "session.modle: unknown field, did you mean 'model'? (session.model is required)"
    )
    with pytest.raises(SessionConfigError, match=r"^session\.audio\.output\.language: expected"):
        client.translations.client_secrets.create(
            session={"model": "gpt-realtime-translate", "audio": {"output": {"language": 7}}}
        )
    assert wire.sent == []


def test_missing_type_is_named(client: RealtimeClient, wire: Wire) -> None:
    with pytest.raises(SessionConfigError) as info:
        client.client_secrets.create(session={"model": "gpt-realtime"})
    assert info.value.keyword == "session.type"
    assert "'realtime' or 'transcription'" in str(info.value)
    assert wire.sent == []


def test_newer_fields_pass_through_extra_everywhere(client: RealtimeClient, wire: Wire) -> None:
    session = realtime_session(instructions="Hi", extra={"future_knob": 1})
    with pytest.raises(Exception):  # noqa: B017 - the Wire answers 500: it was sent
        client.client_secrets.create(session=session)
    assert json.loads(wire.sent[0].content)["session"]["future_knob"] == 1
    event = session_update(session=session)
    assert event["session"]["future_knob"] == 1
    assert translation_session(extra={"audio": {"output": {"voice": "x"}}})["audio"]
    # A copy that dropped the builder's record is checked like any dict.
    with pytest.raises(SessionConfigError, match="future_knob: unknown field"):
        client.calls.accept("rtc_1", session=dict(session))


def test_new_enum_values_pass_but_close_typos_do_not(client: RealtimeClient, wire: Wire) -> None:
    # A model or value newer than the spec is sent; one a letter away from a known one is
    # a typo.
    logprobs = "item.input_audio_transcription.logprobs"
    with pytest.raises(SessionConfigError) as info:
        client.client_secrets.create(session={"type": "realtime", "include": [logprobs[:-1]]})
    assert f"did you mean '{logprobs}'?" in str(info.value)
    assert info.value.keyword == "session.include[0]"
    assert wire.sent == []
    realtime_session(model="gpt-realtime-9", include=["item.new_thing"])  # no error


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as fake:
        yield fake


def test_cli_session_gets_the_same_message(
    server: FakeRealtimeServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    sent = len(server.requests)
    bad = json.dumps({"type": "realtime", "instrucions": "Hi"})
    for argv in (
        ["secret", "--session", bad],
        ["call", "accept", "rtc_1", "--session", bad],
        ["call", "create", "--sdp", str(SDP), "--session", json.dumps({"instructions": 5})],
    ):
        assert main(argv) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0, err
        assert "--session: session.instru" in err
        assert ("did you mean 'instructions'?" in err) or ("expected str or None" in err)
    assert len(server.requests) == sent


# -- the fake server answers as the API does ----------------------------------------------


def _post(server: FakeRealtimeServer, path: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        f"{server.base_url}{path}", json=body, headers={"Authorization": "Bearer sk-test"}
    )


@pytest.mark.parametrize(
    ("session", "code", "param", "message"),
    [
        (
            {"type": "realtime", "instrucions": "Hi"},
            "unknown_parameter",
            "session.instrucions",
            "Unknown parameter: 'session.instrucions'.",
        ),
        (
            {"type": "realtime", "instructions": 5},
            "invalid_type",
            "session.instructions",
            "Invalid type for 'session.instructions': expected a string or null, but got an "
            "integer instead.",
        ),
        (
            {"type": "realtime", "model": "gpt-realtime-9000"},
            "invalid_value",
            "session.model",
            "Invalid value: 'gpt-realtime-9000'. Supported values are: ",
        ),
        (
            {"type": "realtime", "audio": {"input": {"turn_detection": {"type": "magic_vad"}}}},
            "invalid_value",
            "session.audio.input.turn_detection.type",
            "Invalid value: 'magic_vad'.",
        ),
    ],
)
def test_fake_rest_refuses_like_the_api(
    server: FakeRealtimeServer, session: dict[str, Any], code: str, param: str, message: str
) -> None:
    reply = _post(server, "/realtime/client_secrets", {"session": session})
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert (error["type"], error["code"], error["param"]) == ("invalid_request_error", code, param)
    assert error["message"].startswith(message)


def test_fake_accept_and_translation_refuse_like_the_api(server: FakeRealtimeServer) -> None:
    call = server.rest.register_call()
    reply = _post(server, f"/realtime/calls/{call.id}/accept", {"type": "realtime", "voise": "x"})
    assert reply.status_code == 400
    assert reply.json()["error"]["code"] == "unknown_parameter"
    assert reply.json()["error"]["param"] == "voise"
    reply = _post(
        server,
        "/realtime/translations/client_secrets",
        {"session": {"model": "gpt-realtime-translate", "audio": {"output": {"langauge": "fr"}}}},
    )
    assert reply.status_code == 400
    assert reply.json()["error"]["param"] == "session.audio.output.langauge"


def test_fake_websocket_refuses_client_events_like_the_api(server: FakeRealtimeServer) -> None:
    auth = {"Authorization": "Bearer sk-test"}
    with ws_connect(server.realtime_url(), additional_headers=auth, open_timeout=5) as ws:
        assert json.loads(ws.recv(timeout=5))["type"] == "session.created"
        for sent, code, param in [
            (
                {"type": "session.update", "session": {"type": "realtime", "instrucions": "x"}},
                "unknown_parameter",
                "session.instrucions",
            ),
            (
                {"type": "response.create", "response": {"instructions": 5}},
                "invalid_type",
                "response.instructions",
            ),
            (
                {"type": "session.update", "session": {"type": "realtime", "model": "gpt-9"}},
                "invalid_value",
                "session.model",
            ),
        ]:
            ws.send(json.dumps({**sent, "event_id": "evt_1"}))
            error = json.loads(ws.recv(timeout=5))
            assert error["type"] == "error", error
            assert error["error"]["code"] == code and error["error"]["param"] == param
            assert error["error"]["type"] == "invalid_request_error"
            assert error["error"]["event_id"] == "evt_1"
        # A valid update still works (the server did not drop the connection).
        ws.send(json.dumps({"type": "session.update", "session": {"type": "realtime"}}))
        assert json.loads(ws.recv(timeout=5))["type"] == "session.updated"


def test_beta_names_say_where_the_ga_session_keeps_them(client: RealtimeClient) -> None:
    with pytest.raises(SessionConfigError) as info:
        client.client_secrets.create(session={"type": "realtime", "voice": "marin"})
    assert str(info.value).startswith(
        "session.voice: unknown field, in GA sessions it is session.audio.output.voice"
    )
    with pytest.raises(InvalidEventError, match=r"in GA sessions it is session\.output_modalities"):
        session_update(session={"type": "realtime", "modalities": ["text"]})


# -- fuzzed: any JSON-ish value is accepted or refused with SessionConfigError, nothing else --

_KEYS = st.sampled_from(
    ["type", "model", "instructions", "audio", "input", "output", "voice", "format", "rate",
     "turn_detection", "threshold", "tools", "name", "include", "tracing", "instrucions", "x"]
)  # fmt: skip
_LEAF = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
_JSON = st.recursive(
    _LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(_KEYS | st.text(), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.dictionaries(_KEYS, _JSON, max_size=5),
    kind=st.sampled_from(["realtime", "transcription", None, 5, "translation"]),
)
def test_fuzzed_sessions_fail_only_with_session_config_error(
    body: dict[str, Any], kind: object
) -> None:
    from realtime_ext._validate import check_session, session_problem

    if kind is not None:
        body = {**body, "type": kind}
    for kinds in (("realtime", "transcription"), ("realtime",), ("translation",)):
        try:
            check_session(body, kinds=kinds)
        except SessionConfigError as exc:
            assert exc.keyword.startswith("session")
        problem = session_problem(body, kinds=kinds, strict=True)  # the fake server's walk
        if problem is not None:
            assert problem.code in {
                "unknown_parameter",
                "invalid_type",
                "invalid_value",
                "missing_required_parameter",
            }
