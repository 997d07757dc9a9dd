"""Hostile cassettes and scenarios: each refused at load with the SDK's own error
(``CassetteError``, ``ScenarioError``) naming what is wrong, within a time and memory
budget; never a dropped connection, a hang, an injected header or a bare RecursionError."""

from __future__ import annotations

import contextlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets
from websockets.sync.client import connect

from realtime_ext.testing import (
    Cassette,
    CassetteError,
    FakeRealtimeServer,
    Scenario,
    ScenarioError,
)
from realtime_ext.testing._script import Script

from .conftest import Budget

HEADER = {"kind": "cassette", "version": 1, "upstream": "https://api.openai.com/v1"}
HTTP = {
    "kind": "http",
    "t": 0.01,
    "method": "POST",
    "path": "/v1/realtime/calls",
    "query": {},
    "request": {"content_type": "application/sdp", "text": "v=0"},
    "status": 201,
    "response": {
        "content_type": "application/sdp",
        "text": "v=0",
        "headers": {"location": "/v1/realtime/calls/rtc_1"},
    },
}
OPEN = {"kind": "ws.open", "conn": 0, "t": 0.1, "path": "/v1/realtime", "query": {}, "status": 101}
SERVER = {"kind": "ws.server", "conn": 0, "t": 0.2, "event": {"type": "session.created"}}
CLOSE = {"kind": "ws.close", "conn": 0, "t": 0.3, "by": "server", "code": 1000, "reason": ""}


def _write(path: Path, *records: dict[str, Any] | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in (HEADER, *records)]
    path.write_text("\n".join(lines) + "\n")
    return path


def _with(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**record, **changes}


CASSETTES: dict[str, tuple[list[dict[str, Any] | str], str]] = {
    "Location with CR/LF": (
        [
            _with(
                HTTP,
                response={
                    **HTTP["response"],
                    "headers": {"location": "/x\r\nSet-Cookie: session=stolen"},
                },
            )
        ],
        "response header 'location' must be one line of text",
    ),
    "status 999": ([_with(HTTP, status=999)], "needs 'status' an HTTP status 100..599"),
    "status as a string": ([_with(HTTP, status="200")], "needs 'status' (int)"),
    "ws.open status 200": ([_with(OPEN, status=200)], "101 or a refusal 400..599"),
    "close code 99999": ([OPEN, _with(CLOSE, code=99999)], "close 'code' 1000..4999"),
    "close reason of 200 bytes": ([OPEN, _with(CLOSE, reason="x" * 200)], "at most 123 bytes"),
    "t = Infinity": ([_with(HTTP, t="__inf__")], "not JSON: Infinity is not a JSON value"),
    "t = NaN": ([_with(HTTP, t="__nan__")], "not JSON: NaN is not a JSON value"),
    "t < 0": ([_with(HTTP, t=-5)], "needs a time 't' in seconds"),
    "t of ten years": ([_with(HTTP, t=3e8)], "needs a time 't' in seconds"),
    "deep JSON (100,000 levels)": (['{"kind":"http","x":' + "[" * 100_000], "nests deeper"),
    "deep JSON (100 levels)": (
        [_with(SERVER, event={"type": "x", "a": json.loads("[" * 100 + "]" * 100)})],
        "nests deeper than 64 levels",
    ),
    "response not an object": ([_with(HTTP, response=[1])], "needs a 'response' object"),
    "headers not an object": (
        [_with(HTTP, response={"headers": "location: x"})],
        "needs response 'headers' as an object",
    ),
}


@pytest.mark.parametrize("name", list(CASSETTES))
def test_hostile_cassettes_are_refused_at_load(
    budget: Callable[..., Budget], tmp_path: Path, name: str
) -> None:
    records, message = CASSETTES[name]
    text = _write(tmp_path / "c.jsonl", *records).read_text()
    (tmp_path / "c.jsonl").write_text(
        text.replace('"__inf__"', "Infinity").replace('"__nan__"', "NaN")
    )
    with pytest.raises(CassetteError) as caught:
        budget(seconds=30, mib=64).run(lambda: Cassette.load(tmp_path / "c.jsonl"))
    assert message in str(caught.value), caught.value
    assert "c.jsonl:2" in str(caught.value) or "c.jsonl:3" in str(caught.value)
    # The server refuses it too, before it listens.
    with pytest.raises(CassetteError):
        FakeRealtimeServer(cassette=tmp_path / "c.jsonl")


def test_a_valid_cassette_with_its_location_still_replays(tmp_path: Path) -> None:
    path = _write(tmp_path / "ok.jsonl", HTTP)
    with FakeRealtimeServer(cassette=path) as server:
        answer = httpx.post(
            f"{server.base_url}/realtime/calls",
            content="v=0",
            headers={"Content-Type": "application/sdp", "Authorization": "Bearer sk-x"},
        )
    assert answer.status_code == 201
    assert answer.headers["location"] == "/v1/realtime/calls/rtc_1"
    assert "set-cookie" not in answer.headers


@pytest.mark.parametrize(("code", "seen"), [(1011, 1011), (1006, 1006), (4000, 4000)])
def test_a_recorded_close_replays_and_an_unsendable_code_replays_as_a_cut(
    tmp_path: Path, code: int, seen: int
) -> None:
    path = _write(tmp_path / "close.jsonl", OPEN, SERVER, _with(CLOSE, code=code))
    with (
        FakeRealtimeServer(cassette=path) as server,
        connect(
            f"{server.ws_url}/realtime",
            open_timeout=10,
            additional_headers={"Authorization": "Bearer sk-x"},
        ) as ws,
    ):
        assert json.loads(ws.recv(timeout=10))["type"] == "session.created"
        with pytest.raises(websockets.ConnectionClosed) as closed:
            ws.recv(timeout=10)
    rcvd = closed.value.rcvd
    assert (rcvd.code if rcvd is not None else 1006) == seen


def test_mutated_cassettes_load_or_raise_cassette_error_only(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    junk: list[Any] = [None, True, -1, 10**30, 1.5, "", "x\r\ny", [], {}, [[[]]], "\x00"]
    base = [HTTP, OPEN, SERVER, CLOSE]
    path = tmp_path / "m.jsonl"
    for _ in range(400):
        records = [json.loads(json.dumps(r)) for r in base]
        target = rng.choice(records)
        key = rng.choice([*target, "response", "headers", "code"])
        target[key] = rng.choice(junk)
        _write(path, *records)
        with contextlib.suppress(CassetteError):
            Cassette.load(path)


ALIASES_REFUSED = "YAML aliases (*name) are not allowed: write the value out"
DEEP = json.loads("[" * 40 + "]" * 40)
YAML_BOMB = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
responses: [*g]
"""

SCENARIOS: dict[str, tuple[str, str | bytes, str]] = {
    "YAML aliases": ("s.yaml", YAML_BOMB, f"line 2: {ALIASES_REFUSED}"),
    "deep JSON": ("s.json", "[" * 100_000 + "]" * 100_000, "nests deeper than 32 levels"),
    "deep YAML": ("s.yaml", "[" * 100_000 + "]" * 100_000, "nests deeper than 32 levels"),
    "deep arguments": (
        "s.json",
        json.dumps({"responses": [{"function_call": {"name": "f", "arguments": DEEP}}]}),
        "nests deeper than 32 levels",
    ),
    "audio_ms 10**7": (
        "s.json",
        json.dumps({"responses": [{"audio_ms": 10**7}]}),
        "audio_ms: expected an integer 0..120000, got 10000000",
    ),
    "delay of a year": (
        "s.json",
        json.dumps({"responses": [{"delay_ms": 31_536_000_000}]}),
        "delay_ms: expected an integer 0..3600000",
    ),
    "5 MiB file": ("s.json", b" " * (5 * 2**20), "larger than 4 MiB"),
    "not UTF-8": ("s.yaml", b"responses: [\xff]", "not UTF-8"),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_hostile_scenarios_are_refused_at_load(
    budget: Callable[..., Budget], tmp_path: Path, name: str
) -> None:
    filename, content, message = SCENARIOS[name]
    path = tmp_path / filename
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(ScenarioError) as caught:
        budget(seconds=30, mib=64).run(lambda: Scenario.load(path))
    assert message in str(caught.value), caught.value
    assert str(caught.value).startswith(str(path))


def test_anchors_without_aliases_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text("responses:\n  - &first {text: Hi}\n")
    assert Scenario.load(path).responses[0].text == "Hi"


def test_the_script_caps_audio_as_the_scenario_does() -> None:
    with pytest.raises(ValueError, match=r"audio_ms must be 0\.\.120000, got 10000000"):
        Script().next_response(audio_ms=10**7)
    Script().next_response(audio_ms=120_000)
