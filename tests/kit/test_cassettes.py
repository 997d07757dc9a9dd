"""Cassettes recorded through make_vcr() keep no secret, and still play back."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from support.cassettes import make_vcr, record_mode_from_env
from support.secret_patterns import find_secrets

API_KEY = "sk-test-abc123"
EPHEMERAL = "ek_68af296e8e408191a1120ab6383263c2"
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


class _SecretEchoHandler(BaseHTTPRequestHandler):
    """Answers like the real API would: an ephemeral key in the body, a secret in a header."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        body = json.dumps({"value": EPHEMERAL, "expires_at": 1}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Webhook-Secret", WEBHOOK_SECRET)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silenced: pytest output stays readable."""


@pytest.fixture
def secret_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SecretEchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _assert_no_secret(cassette: Path) -> None:
    text = cassette.read_text(encoding="utf-8")
    for secret in (API_KEY, EPHEMERAL, WEBHOOK_SECRET, "org-secret", "proj-secret"):
        assert secret not in text
    assert find_secrets(cassette) == []


def test_recording_against_prism_drops_the_api_key(prism_url: str, tmp_path: Path) -> None:
    headers = {
        "Authorization": f"Bearer {API_KEY}",
        "OpenAI-Organization": "org-secret",
        "OpenAI-Project": "proj-secret",
    }
    with make_vcr(tmp_path, record_mode="once").use_cassette("prism.yaml") as cassette:
        resp = httpx.post(f"{prism_url}/realtime/client_secrets", json={}, headers=headers)
    assert resp.status_code == 200
    assert cassette.play_count == 0 and len(cassette) == 1  # recorded, not replayed
    recorded = (tmp_path / "prism.yaml").read_text(encoding="utf-8")
    assert "Bearer <redacted>" in recorded
    _assert_no_secret(tmp_path / "prism.yaml")


def test_secrets_in_bodies_and_headers_are_redacted_and_playback_still_matches(
    secret_server: str, tmp_path: Path
) -> None:
    body = {"note": f"key {API_KEY} must not leak"}
    auth = {"Authorization": f"Bearer {API_KEY}"}
    with make_vcr(tmp_path, record_mode="once").use_cassette("secret.yaml"):
        live = httpx.post(f"{secret_server}/realtime/client_secrets", json=body, headers=auth)
    assert live.json()["value"] == EPHEMERAL  # the test saw the real answer
    _assert_no_secret(tmp_path / "secret.yaml")

    # Playback only: the request body is scrubbed the same way before matching.
    with make_vcr(tmp_path, record_mode="none").use_cassette("secret.yaml") as cassette:
        replayed = httpx.post(f"{secret_server}/realtime/client_secrets", json=body, headers=auth)
    assert cassette.play_count == 1
    assert replayed.json()["value"] == "ek_REDACTED"
    assert replayed.headers["x-webhook-secret"] == "whsec_REDACTED"


def test_record_mode_comes_from_the_environment() -> None:
    assert record_mode_from_env({}) == "none"
    assert record_mode_from_env({"REALTIME_EXT_RECORD": "0"}) == "none"
    assert record_mode_from_env({"REALTIME_EXT_RECORD": "1"}) == "once"
    with pytest.raises(ValueError, match="REALTIME_EXT_RECORD must be 0 or 1"):
        record_mode_from_env({"REALTIME_EXT_RECORD": "yes"})
