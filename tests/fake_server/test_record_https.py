"""Recording from an https/wss upstream, as from the real API: certificates verified (a
private CA added with ``--upstream-ca``), a failing upstream answered with 502 and its
cause, and no cassette left behind (nor an older one wiped) by a recording that got
nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import websockets
from cassette_app import REAL_KEY, run_app, shape
from websockets.sync.client import connect

from realtime_ext.testing import FakeRealtimeServer

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}
KEY = {"Authorization": "Bearer sk-test"}
pytestmark = pytest.mark.filterwarnings("ignore:connect\\(\\) must be used:DeprecationWarning")


@pytest.fixture
def tls_upstream() -> Iterator[FakeRealtimeServer]:
    """The 'real API' over https/wss, with a certificate no default store trusts."""
    with FakeRealtimeServer(api_key=REAL_KEY, tls=True) as server:
        yield server


def test_record_cli_records_a_websocket_session_from_a_wss_upstream_and_it_replays(
    tmp_path: Path, tls_upstream: FakeRealtimeServer
) -> None:
    path = tmp_path / "wss.jsonl"
    upstream = tls_upstream.base_url
    proc = subprocess.Popen(
        [sys.executable, "-m", "realtime_ext.cli", "record", "--port", "0", "--upstream",
         upstream, "--upstream-ca", tls_upstream.tls_cert_path, "--cassette", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Recording proxy listening on "), first
        events = run_app(first.rsplit(" ", 1)[-1].strip(), REAL_KEY, turns=2)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err  # SIGTERM stops it cleanly, the cassette in place
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert records[0]["upstream"] == upstream
    assert [r["status"] for r in records if r["kind"] == "ws.open"] == [101]
    assert sum(r["kind"] == "ws.server" for r in records) > 10
    # Offline: the same app gets the same session from the cassette alone.
    with FakeRealtimeServer(cassette=path) as replay:
        replayed = run_app(replay.base_url, "sk-any", turns=2)
        assert replay.cassette_mismatches == []
    assert shape(replayed) == shape(events)


def test_an_untrusted_certificate_is_a_502_naming_the_cause_and_leaves_no_cassette(
    tmp_path: Path, tls_upstream: FakeRealtimeServer
) -> None:
    path = tmp_path / "none.jsonl"
    with FakeRealtimeServer(
        cassette=path, record_mode="all", upstream=tls_upstream.base_url
    ) as rec:
        with pytest.raises(websockets.InvalidStatus) as refused:
            connect(f"{rec.ws_url}/realtime?model=gpt-realtime", open_timeout=30).close()
        answer = httpx.post(f"{rec.base_url}/realtime/client_secrets", json={}, timeout=30)
    assert refused.value.response.status_code == 502
    body = json.loads(refused.value.response.body or b"{}")
    assert "CERTIFICATE_VERIFY_FAILED" in body["error"]["message"], body
    assert answer.status_code == 502
    assert "CERTIFICATE_VERIFY_FAILED" in answer.json()["error"]["message"]
    assert not path.exists()


def test_a_recording_that_got_nothing_keeps_the_older_cassette(tmp_path: Path) -> None:
    path = tmp_path / "kept.jsonl"
    with FakeRealtimeServer() as first_upstream:
        upstream = first_upstream.base_url
        with FakeRealtimeServer(cassette=path, record_mode="all", upstream=upstream) as rec:
            ok = httpx.post(f"{rec.base_url}/realtime/client_secrets", json={}, headers=KEY)
            assert ok.status_code == 200
    before = path.read_text()
    # The upstream is gone now: the next recording fails, and the cassette stays as it was.
    with FakeRealtimeServer(cassette=path, record_mode="all", upstream=upstream) as rec:
        failed = httpx.post(f"{rec.base_url}/realtime/client_secrets", json={}, headers=KEY)
    assert failed.status_code == 502
    assert "could not reach" in failed.json()["error"]["message"]
    assert path.read_text() == before


def test_an_unusable_upstream_ca_is_refused_before_start(tmp_path: Path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(ValueError, match=r"upstream CA file .* is unusable"):
        FakeRealtimeServer(
            cassette=tmp_path / "c.jsonl", record_mode="all", upstream="https://x", upstream_ca=bad
        )
    with pytest.raises(ValueError, match="upstream_ca= needs upstream="):
        FakeRealtimeServer(upstream_ca=bad)
    done = subprocess.run(
        [sys.executable, "-m", "realtime_ext.cli", "record", "--cassette",
         str(tmp_path / "c.jsonl"), "--upstream-ca", str(bad)],
        capture_output=True, text=True, env=ENV, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "upstream CA file" in done.stderr
