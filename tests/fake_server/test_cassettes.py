"""Session cassettes: ``realtime-ext record`` proxies and records a session made with the
unmodified ``openai`` package; ``FakeRealtimeServer(cassette=...)`` and ``serve-fake
--cassette`` replay it offline; no secret ever reaches the file."""

from __future__ import annotations

import json
import os
import re
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import websockets
from cassette_app import REAL_KEY, WEBHOOK_SECRET, run_app, shape

from realtime_ext import RealtimeClient, sdp
from realtime_ext.testing import Cassette, CassetteError, FakeRealtimeServer
from realtime_ext.testing._cassette import first_difference, scrub
from realtime_ext.testing._replay import _ReplaySocket

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}
OFFER = sdp.sample_offer("chrome-linux")
pytestmark = pytest.mark.filterwarnings("ignore:connect\\(\\) must be used:DeprecationWarning")
LEAK = re.compile(r"(?<![A-Za-z0-9])(sk-|ek_|whsec_)(?!\*\*\*)[A-Za-z0-9_\-+/=]{6,}")


@pytest.fixture
def upstream() -> Iterator[FakeRealtimeServer]:
    """The 'real API' of these tests: a fake that accepts only REAL_KEY (and its secrets)."""
    with FakeRealtimeServer(api_key=REAL_KEY) as server:
        yield server


def _proxy(*args: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "realtime_ext.cli", "record", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.startswith("Recording proxy listening on "), first + proc.stderr.read()  # type: ignore[union-attr]
    return proc, first.rsplit(" ", 1)[-1].strip()


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    proc.communicate(timeout=10)


@pytest.fixture(scope="module")
def recording_upstream() -> Iterator[FakeRealtimeServer]:
    """The upstream of :func:`recorded` alone: what it minted is the recording's. Without
    ``rate_limits.updated``: the app stops reading at its last ``response.done``, and
    whether the one after it reached the recording before the close would be a race."""
    with FakeRealtimeServer(api_key=REAL_KEY, rate_limits_updated=False) as server:
        yield server


# Module-scoped: the tests below only read the recording (replays never write a cassette
# opened without a record mode), and each recording cost a `realtime-ext record` process,
# a five-turn session and a WebRTC call (2 s of CPU).
@pytest.fixture(scope="module")
def recorded(
    tmp_path_factory: pytest.TempPathFactory, recording_upstream: FakeRealtimeServer
) -> tuple[Path, list[dict[str, Any]]]:
    """A five-turn voice session (plus a WebRTC call) recorded through `realtime-ext record`."""
    path = tmp_path_factory.mktemp("recorded") / "voice.jsonl"
    proc, base_url = _proxy("--upstream", recording_upstream.base_url, "--cassette", str(path))
    try:
        events = run_app(base_url, REAL_KEY, turns=5)
        answer = httpx.post(
            f"{base_url}/realtime/calls",
            content=OFFER,
            headers={"Authorization": f"Bearer {REAL_KEY}", "Content-Type": "application/sdp"},
            timeout=30,
        )
        assert answer.status_code == 201, answer.text
        assert "a=ice-pwd:" in answer.text  # the client got the real answer
        refused = httpx.post(
            f"{base_url}/realtime/client_secrets",
            json={},
            headers={"Authorization": "Bearer sk-wrong-key-0123456789"},
        )
        assert refused.status_code == 401  # the upstream's answer, relayed
    finally:
        _stop(proc)
    return path, events


def test_recording_has_every_exchange_and_no_secret(
    recorded: tuple[Path, list[dict[str, Any]]], recording_upstream: FakeRealtimeServer
) -> None:
    path, events = recorded
    text = path.read_text()
    minted = list(recording_upstream.rest.secrets)  # the ek_ values the "API" handed out
    assert minted
    sdp_answer = next(
        json.loads(line)["response"]["text"]
        for line in text.splitlines()
        if '"path":"/v1/realtime/calls"' in line
    )
    assert "a=ice-ufrag:***" in sdp_answer and "a=ice-pwd:***" in sdp_answer
    for secret in [REAL_KEY, WEBHOOK_SECRET, "sk-wrong-key-0123456789", *minted]:
        assert secret not in text
    assert not LEAK.search(text), LEAK.search(text)
    assert not re.search(r"a=ice-(ufrag|pwd):(?!\*\*\*)", text)
    assert "authorization" not in text.lower()
    cassette = Cassette.load(path)
    kinds = [r["kind"] for r in cassette.records]
    assert kinds[0] == "cassette" and kinds.count("http") == 3
    (conn,) = cassette.connections()
    assert conn[0]["kind"] == "ws.open" and conn[-1]["kind"] == "ws.close"
    client = [r["event"]["type"] for r in conn if r["kind"] == "ws.client"]
    assert (
        client == ["input_audio_buffer.append", "input_audio_buffer.commit", "response.create"] * 5
    )
    server = [r for r in conn if r["kind"] == "ws.server"]
    assert len(server) == len(events) - 1  # every server event, in order
    times = [r["t"] for r in cassette.records[1:]]
    assert times == sorted(times)


def test_replay_gives_the_same_session_offline(
    recorded: tuple[Path, list[dict[str, Any]]],
) -> None:
    path, events = recorded
    with FakeRealtimeServer(cassette=path) as server:
        replayed = run_app(server.base_url, "sk-any-replay-key", turns=5)
        # realtime_ext's own client reads the call id from the replayed Location header;
        # the offer differs from the recorded one (SDP differs per call), still matched.
        with RealtimeClient(api_key="sk-any", base_url=server.base_url) as client:
            answer = client.calls.create(sdp=OFFER.replace("a=ice-pwd:", "a=ice-pwd:x"))
        assert answer.call_id.startswith("rtc_")
        assert "a=ice-pwd:***" in answer.sdp
        assert server.cassette_mismatches == []
    assert shape(replayed) == shape(events)


def test_a_client_that_strays_gets_an_error_naming_the_difference(
    recorded: tuple[Path, list[dict[str, Any]]],
) -> None:
    path, _ = recorded
    with FakeRealtimeServer(cassette=path) as server:
        client = openai.OpenAI(api_key="sk-any", base_url=server.base_url)
        with pytest.raises(openai.NotFoundError) as rest:
            client.realtime.client_secrets.create(session={"type": "realtime"})
        assert "body differs from the recording: session.instructions: missing" in str(rest.value)
        with client.realtime.connect(model="gpt-realtime") as conn:
            conn.input_audio_buffer.clear()
            error = next(e for e in conn if e.type == "error")
        assert error.error.code == "cassette_mismatch"  # type: ignore[attr-defined]
        message = error.error.message  # type: ignore[attr-defined]
        assert (
            "client event #1 (recorded 'input_audio_buffer.append'): type: expected "
            "'input_audio_buffer.append', got 'input_audio_buffer.clear'" in message
        )
        # Only one connection was recorded: the next handshake is refused, naming why.
        with (
            pytest.raises(websockets.exceptions.InvalidStatus, match="HTTP 404"),
            client.realtime.connect(model="gpt-realtime") as conn,
        ):
            next(iter(conn))
        assert len(server.cassette_mismatches) == 3
        assert (
            "no recorded WebSocket connection left for /v1/realtime"
            in (server.cassette_mismatches[2])
        )


def test_serve_fake_replays_a_cassette_with_recorded_timing(
    recorded: tuple[Path, list[dict[str, Any]]],
) -> None:
    path, events = recorded
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "realtime_ext.cli",
            "serve-fake",
            "--port",
            "0",
            "--cassette",
            str(path),
            "--cassette-timing",
            "recorded",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().rsplit(" ", 1)[-1].strip()
        replayed = run_app(base_url, "sk-any", turns=5)
    finally:
        _stop(proc)
    assert shape(replayed) == shape(events)


def test_record_with_tls_prints_the_certificate(
    tmp_path: Path, upstream: FakeRealtimeServer
) -> None:
    proc, base_url = _proxy(
        "--tls", "--upstream", upstream.base_url, "--cassette", str(tmp_path / "t.jsonl")
    )
    try:
        assert base_url.startswith("https://127.0.0.1:")
        lines = [proc.stdout.readline() for _ in range(3)]  # type: ignore[union-attr]
        cert = next(x for x in lines if x.startswith("TLS certificate: ")).split(": ", 1)[1]
        answer = httpx.post(
            f"{base_url}/realtime/client_secrets",
            json={},
            headers={"Authorization": f"Bearer {REAL_KEY}"},
            verify=ssl.create_default_context(cafile=cert.strip()),
        )
        assert answer.status_code == 200
    finally:
        _stop(proc)
    assert '"path":"/v1/realtime/client_secrets"' in (tmp_path / "t.jsonl").read_text()


def test_cassette_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind":"cassette","version":1}\nnot json\n')
    with pytest.raises(CassetteError, match=r"bad.jsonl:2: not JSON"):
        Cassette.load(bad)
    bad.write_text('{"kind":"http"}\n')
    with pytest.raises(CassetteError, match="no header line"):
        Cassette.load(bad)
    with pytest.raises(CassetteError, match="no such cassette"):
        FakeRealtimeServer(cassette=tmp_path / "missing.jsonl")
    with pytest.raises(ValueError, match="needs upstream="):
        FakeRealtimeServer(cassette=tmp_path / "missing.jsonl", record_mode="once")
    with pytest.raises(ValueError, match="record_mode must be one of"):
        FakeRealtimeServer(cassette=bad, record_mode="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timing must be"):
        FakeRealtimeServer(
            cassette=tmp_path / "x", record_mode="all", upstream="http://x", cassette_timing="slow"
        )


def test_new_episodes_appends_what_was_not_recorded(
    tmp_path: Path, upstream: FakeRealtimeServer
) -> None:
    path = tmp_path / "text.jsonl"
    with FakeRealtimeServer(cassette=path, record_mode="once", upstream=upstream.base_url) as rec:
        first = run_app(rec.base_url, REAL_KEY, turns=2, voice=False)
    lines = len(path.read_text().splitlines())
    with FakeRealtimeServer(
        cassette=path, record_mode="new_episodes", upstream=upstream.base_url
    ) as both:
        again = run_app(both.base_url, REAL_KEY, turns=2, voice=False)  # replayed
        assert len(path.read_text().splitlines()) == lines
        run_app(both.base_url, REAL_KEY, turns=1, voice=False, words="new")  # recorded
        assert both.cassette_mismatches == []
    assert shape(again) == shape(first)
    assert len(Cassette.load(path).connections()) == 2
    assert REAL_KEY not in path.read_text()


def _stepwise_app(base_url: str) -> None:
    """A session whose record order does not depend on timing: each client event waits for
    the answer to the previous one (a client secret, then two text turns, voice answers)."""
    client = openai.OpenAI(api_key=REAL_KEY, base_url=base_url)
    client.realtime.client_secrets.create(session={"type": "realtime", "instructions": "Hi."})
    with client.realtime.connect(model="gpt-realtime") as conn:
        events = iter(conn)

        def until(kind: str) -> None:
            assert any(e.type == kind for e in events), f"connection ended before {kind}"

        until("session.created")
        for turn in range(2):
            conn.conversation.item.create(
                item={
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": f"hello {turn}"}],
                }
            )
            until("conversation.item.done")
            conn.response.create()
            # The last event of a response: on OpenAI's route the fake reports the rate
            # limits right after `response.done`. Stopping at `response.done` raced that
            # event against the next send (or the close) in the recording's order.
            until("response.done")
            until("rate_limits.updated")


# What may differ between two recordings of the same session: timing, the ids and
# timestamps the server makes. Applied to the raw lines, so key order and spacing count.
_VOLATILE = [
    (re.compile(r'"t":[0-9.e+-]+'), '"t":0'),
    (
        re.compile(
            r'"(event_id|id|item_id|response_id|call_id|previous_item_id|conversation_id)"'
            r':"[^"]*"'
        ),
        r'"\1":"<id>"',
    ),
    (re.compile(r'"(created_at|expires_at)":[0-9]+'), r'"\1":0'),
    (re.compile(r'"obfuscation":"[^"]*"'), '"obfuscation":"<random>"'),
]


def _stable(text: str) -> str:
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def test_recording_the_same_session_twice_differs_only_in_timing_and_ids(
    tmp_path: Path, upstream: FakeRealtimeServer
) -> None:
    texts = []
    for name in ("first.jsonl", "second.jsonl"):
        path = tmp_path / name
        with FakeRealtimeServer(
            cassette=path, record_mode="all", upstream=upstream.base_url
        ) as rec:
            _stepwise_app(rec.base_url)
        texts.append(path.read_text(encoding="utf-8"))
    first, second = texts
    assert first != second  # fresh ids and timing each time...
    assert len(first.splitlines()) == len(second.splitlines()) > 20
    # ...and nothing else: same records, same order, same key order, same bytes.
    assert _stable(first).splitlines() == _stable(second).splitlines()
    # One record per line, keys in a fixed order: the header first, then kind and place.
    for line in first.splitlines()[1:]:
        record = json.loads(line)
        keys = list(record)
        assert keys[:2] == (["kind", "t"] if record["kind"] == "http" else ["kind", "conn"])


def test_scrub_and_first_difference() -> None:
    assert scrub(["Bearer abc.def", "v=0\r\na=ice-ufrag:Ab12\r\n"]) == [
        "Bearer ***",
        "v=0\r\na=ice-ufrag:***\r\n",
    ]
    assert scrub("key r4nd0m-value", ["r4nd0m-value"]) == "key ***"
    assert first_difference({"a": 1}, {"a": 1, "b": 2}) == "b: not in the recording (got 2)"
    assert first_difference([1], [1, 2]) == "event: expected 1 items, got 2"
    assert first_difference({"a": 1}, {"a": "1"}) == "a: expected 1, got '1'"


def test_timing_recorded_keeps_the_gaps_compressed_drops_them(
    tmp_path: Path, upstream: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "slow.jsonl"
    upstream.script.next_response(text="Slow answer.", delay_ms=1500)
    with FakeRealtimeServer(cassette=path, record_mode="all", upstream=upstream.base_url) as rec:
        run_app(rec.base_url, REAL_KEY, turns=1, voice=False)

    # The waits the replay plans, read where it computes them: only lower bounds on the
    # wall clock hold on a busy machine, so "dropped" is read from the plan, not a stopwatch.
    planned: list[float] = []
    wait = _ReplaySocket._wait

    async def spy(self: _ReplaySocket, gap: float, since: float) -> None:
        planned.append(gap * (self.replay.speed or 0.0))
        await wait(self, gap, since)

    monkeypatch.setattr(_ReplaySocket, "_wait", spy)

    def replay(timing: str | float) -> tuple[float, float]:
        planned.clear()
        with FakeRealtimeServer(cassette=path, cassette_timing=timing) as server:
            started = time.monotonic()
            run_app(server.base_url, "sk-any", turns=1, voice=False)
            assert server.cassette_mismatches == []
            return time.monotonic() - started, sum(planned)

    elapsed, waits = replay("recorded")
    assert waits >= 1.4 and elapsed >= 1.4  # the recorded 1.5 s wait for the output, kept
    elapsed, waits = replay(0.5)
    assert 0.7 <= waits < 1.4 and elapsed >= 0.7  # scaled
    assert replay("compressed")[1] == 0.0  # dropped


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"kind":"ws.server","conn":0}',
            "ws.server record needs an 'event' object (or the 'text'/'base64' of a non-JSON "
            "message)",
        ),
        ('{"kind":"ws.client","conn":"0","event":{}}', "ws.client record needs 'conn' (int)"),
        ('{"kind":"http","method":"POST","path":"/v1/x"}', "http record needs 'status' (int)"),
        (
            '{"kind":"ws.open","conn":0,"path":"/v1/realtime","t":"soon"}',
            "ws.open record needs a time 't' in seconds, 0..86400",
        ),
    ],
)
def test_malformed_records_are_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"kind":"cassette","version":1}\n' + line + "\n")
    with pytest.raises(CassetteError, match=re.escape(f"bad.jsonl:2: {message}")):
        Cassette.load(path)


def test_unknown_record_kinds_are_kept_and_ignored(tmp_path: Path) -> None:
    path = tmp_path / "future.jsonl"
    path.write_text('{"kind":"cassette","version":1}\n{"kind":"ws.ping","conn":0}\n')
    cassette = Cassette.load(path)
    assert [r["kind"] for r in cassette.records] == ["cassette", "ws.ping"]
    assert cassette.connections() == []  # no ws.open: nothing to replay
