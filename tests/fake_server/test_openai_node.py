"""The unmodified openai-node package (npm devDependency, installed by ``make test``) against
``realtime-ext serve-fake``: over ``--tls`` (openai-node always opens ``wss://``) with a
scenario file, replaying a cassette, and refused fast on the plain port. A missing Node or
node_modules/openai fails these tests, naming the fix; they never skip."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cassette_app import REAL_KEY

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._tls import PLAIN_PORT_HINT

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).parent / "node" / "openai_node_check.mjs"
ENV = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}


def _node() -> str:
    """The ``node`` executable; a missing Node or openai-node fails (never skips) with what to
    do: ``make test`` installs node_modules (package.json pins openai), Node comes first."""
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            "node is not on PATH: these checks run the unmodified openai-node package; install "
            "Node.js (18 or newer), then `make test` installs node_modules",
            pytrace=False,
        )
    if not (ROOT / "node_modules" / "openai" / "package.json").exists():
        pytest.fail(
            "node_modules/openai is missing: run `make test` (or `npm ci`), which installs it "
            "from package.json/package-lock.json",
            pytrace=False,
        )
    return node


@pytest.fixture
def serve_fake() -> Iterator[Any]:
    procs: list[subprocess.Popen[str]] = []

    def start(*args: str) -> dict[str, str]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "realtime_ext.cli", "serve-fake", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        procs.append(proc)
        assert proc.stdout is not None
        lines: dict[str, str] = {}
        while True:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else ""
            label, _, value = line.partition(": ")
            if line.startswith("Fake Realtime server listening on "):
                lines["base_url"] = line.rsplit(" ", 1)[-1].strip()
            else:
                lines[label] = value.strip()
            if label == "WebRTC" and "--tls" not in args:
                break
            if label == "TLS certificate":
                break
        return lines

    start.procs = procs  # type: ignore[attr-defined]
    yield start
    for proc in procs:
        if proc.returncode is not None:
            continue
        proc.terminate()
        proc.communicate(timeout=10)


def _run_node(mode: str, base_url: str, cert: str | None = None) -> list[dict[str, Any]]:
    env = {**os.environ, "OPENAI_BASE_URL": base_url}
    env.pop("OPENAI_API_KEY", None)
    if cert is not None:
        env["NODE_EXTRA_CA_CERTS"] = cert
    proc = subprocess.run(
        [_node(), str(SCRIPT), mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert proc.returncode == 0, (records, proc.stderr)
    return records


def test_openai_node_with_a_scenario_over_tls(serve_fake: Any, tmp_path: Path) -> None:
    _node()
    scenario = tmp_path / "node.json"
    scenario.write_text(
        json.dumps(
            {
                "responses": [
                    {"function_call": {"name": "get_weather", "arguments": {"city": "Paris"}}},
                    {"error": {"message": "Overloaded", "type": "server_error"}},
                ],
                "calls": [{"call_id": "rtc_node_1"}],
            }
        )
    )
    server = serve_fake("--tls", "--scenario", str(scenario))
    assert server["base_url"].startswith("https://")
    records = {
        r["check"]: r for r in _run_node("scenario", server["base_url"], server["TLS certificate"])
    }
    assert records["secret_session"] == {
        "check": "secret_session",
        "instructions": "Talk like a pirate.",
        "modalities": ["text"],
    }
    function = records["function_call"]
    assert function["types"][:3] == [
        "session.created",
        "response.created",
        "response.output_item.added",
    ]
    assert function["call"]["name"] == "get_weather"
    assert json.loads(function["call"]["arguments"]) == {"city": "Paris"}
    assert records["error"]["error"]["type"] == "server_error"
    assert records["sip_accept"]["ok"] is True


def test_openai_node_completes_an_audio_turn_with_its_default_session(serve_fake: Any) -> None:
    server = serve_fake("--tls")
    (record,) = _run_node("audio", server["base_url"], server["TLS certificate"])
    types = record["types"]
    assert types[:4] == [
        "session.created",
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
    ], types
    assert "response.created" in types and record["status"] == "completed"


def test_openai_node_replays_a_cassette(serve_fake: Any, tmp_path: Path) -> None:
    _node()
    path = tmp_path / "node.jsonl"
    # Recorded by openai-node itself through the recording proxy (over TLS)...
    with (
        FakeRealtimeServer(api_key=REAL_KEY) as upstream,
        FakeRealtimeServer(
            cassette=path, record_mode="all", upstream=upstream.base_url, tls=True
        ) as rec,
    ):
        upstream.script.next_response(text="Sunny in Paris.")
        env = {
            **ENV,
            "OPENAI_BASE_URL": rec.base_url,
            "OPENAI_API_KEY": REAL_KEY,
            "NODE_EXTRA_CA_CERTS": rec.tls_cert_path,
        }
        recorder = subprocess.run(
            [_node(), str(SCRIPT), "replay"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            cwd=ROOT,
        )
        assert recorder.returncode == 0, recorder.stdout + recorder.stderr
    assert REAL_KEY not in path.read_text()
    # ...and replayed to openai-node over TLS.
    server = serve_fake("--tls", "--cassette", str(path))
    (record,) = _run_node("replay", server["base_url"], server["TLS certificate"])
    assert record["text"] == "Sunny in Paris."
    assert record["types"][0] == "session.created" and record["types"][-1] == "response.done"


def test_openai_node_on_the_plain_port_fails_fast(serve_fake: Any) -> None:
    _node()
    server = serve_fake()
    (record,) = _run_node("plain", server["base_url"])
    # openai-node's wss:// handshake is refused at once with a TLS alert (not a timeout)...
    assert "alert handshake failure" in record["error"], record
    assert record["ms"] < 3000, record
    # ...and the fake says why and what to do, on its stderr.
    proc = serve_fake.procs[-1]
    proc.terminate()
    _, stderr = proc.communicate(timeout=10)
    assert PLAIN_PORT_HINT in stderr


def test_a_missing_node_or_openai_node_fails_naming_the_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CI", raising=False)  # the same outside CI: a failure, never a skip
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match=r"node is not on PATH: .*Node\.js"):
        _node()
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/node")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)  # no node_modules there
    with pytest.raises(pytest.fail.Exception, match=r"node_modules/openai is missing: run `make"):
        _node()
