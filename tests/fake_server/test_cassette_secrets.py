"""Secrets stay out of cassettes by structure, not only by pattern (issue 36 item 3): an MCP
tool's ``authorization`` and ``headers`` (also as the server echoes them), form-encoded,
octet-stream and binary WebSocket bodies, query values under any name, and the upstream's
userinfo. The fixture's leak check finds every kind, binary bodies included."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.sync.client import connect as ws_connect

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._cassette import cassette_leaks, encode_body, scrub, secret_key

KEY = "sk-proj-CASSETTEsecrets0123456789ab"
PLANTED = {
    "mcp_auth": "mcp-auth-PLANTED-1a2b3c",
    "mcp_header": "hdr-PLANTED-4d5e6f",
    "form_pw": "form-pw-PLANTED-7g8h",
    "form_key": "sk-proj-FORMPLANTED0123456789",
    "octet_key": "sk-proj-OCTETPLANTED0123456789",
    "octet_ek": "ek_OCTETPLANTED0123456789",
    "frame_ek": "ek_FRAMEPLANTED0123456789",
    "sig": "sig-PLANTED-9i0j",
    "auth": "auth-PLANTED-1k2l",
    "userinfo": "userinfo-PLANTED-3m4n",
}
MCP_TOOL = {
    "type": "mcp",
    "server_label": "crm",
    "server_url": "https://mcp.example.com/sse",
    "authorization": PLANTED["mcp_auth"],
    "headers": {"X-Crm-Key": PLANTED["mcp_header"]},
    "require_approval": "never",
}


@pytest.fixture
def recording(tmp_path: Path) -> Iterator[tuple[Path, FakeRealtimeServer]]:
    path = tmp_path / "session.jsonl"
    with FakeRealtimeServer(api_key=KEY) as upstream:
        host = upstream.base_url.removeprefix("http://")
        with FakeRealtimeServer(
            cassette=path,
            record_mode="all",
            upstream=f"http://user:{PLANTED['userinfo']}@{host}",
            scrub=[KEY],
        ) as proxy:
            yield path, proxy


def test_every_kind_of_secret_stays_out_of_the_recording(
    recording: tuple[Path, FakeRealtimeServer],
) -> None:
    path, proxy = recording
    auth = {"Authorization": f"Bearer {KEY}"}
    url = proxy.realtime_url(sig=PLANTED["sig"], auth=PLANTED["auth"])
    with ws_connect(url, additional_headers=auth) as ws:
        json.loads(ws.recv(timeout=10))  # session.created
        ws.send(
            json.dumps(
                {"type": "session.update", "session": {"type": "realtime", "tools": [MCP_TOOL]}}
            )
        )
        echoed = json.loads(ws.recv(timeout=10))
        assert echoed["type"] == "session.updated"  # the server echoes the tool, headers and all
        ws.send(f"binary {PLANTED['frame_ek']} frame".encode())
    with httpx.Client(base_url=proxy.base_url, headers=auth, timeout=10) as http:
        http.post(
            "/realtime/client_secrets",
            content=f"password={PLANTED['form_pw']}&note={PLANTED['form_key']}&model=gpt".encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        http.post(
            "/realtime/client_secrets",
            content=f"\x00\x01{PLANTED['octet_key']}\xff{PLANTED['octet_ek']}".encode("latin-1"),
            headers={"Content-Type": "application/octet-stream"},
        )
    text = path.read_text(encoding="utf-8")
    decoded = [
        base64.b64decode(field).decode("latin-1")
        for line in text.splitlines()
        for field in _base64_values(json.loads(line))
    ]
    for name, value in PLANTED.items():
        assert value not in text, name
        assert all(value not in body for body in decoded), name
    assert KEY not in text
    assert cassette_leaks(path, [KEY]) == []
    # What is not secret is kept: the model, the safe query, the form's other fields.
    assert '"model":["gpt-realtime"]' in text and '"sig":["***"]' in text
    assert "model=gpt" in text and '"server_label":"crm"' in text


def _base64_values(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "base64" and isinstance(item, str):
                yield item
            else:
                yield from _base64_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _base64_values(item)


def test_the_leak_check_finds_every_kind(tmp_path: Path) -> None:
    path = tmp_path / "planted.jsonl"
    binary = base64.b64encode(b"\x00ek_BINARYLEAK0123456789\xff").decode()
    lines = [
        {"kind": "cassette", "version": 1, "upstream": "https://api.openai.com/v1"},
        {"kind": "ws.server", "conn": 0, "t": 0, "base64": binary},
        {
            "kind": "http",
            "t": 0,
            "method": "POST",
            "path": "/x",
            "status": 200,
            "request": {"text": "Authorization: Bearer abcdef123"},
        },
        {
            "kind": "http",
            "t": 0,
            "method": "POST",
            "path": "/x",
            "status": 200,
            "response": {"text": "v=0\r\na=ice-pwd:pw123456\r\n"},
        },
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert cassette_leaks(path, ["exact-value"]) == ["ICE password", "bearer token", "ek_"]
    path.write_text(path.read_text() + json.dumps({"kind": "x", "note": "exact-value"}) + "\n")
    assert "a given secret" in cassette_leaks(path, ["exact-value"])


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("authorization", True),
        ("api_key", True),
        ("client_secret", True),
        ("refresh_token", True),
        ("password", True),
        ("headers", True),
        ("max_output_tokens", False),
        ("total_tokens", False),
        ("model", False),
    ],
)
def test_secret_keys(key: str, secret: bool) -> None:
    assert secret_key(key) is secret


def test_counts_and_masked_kinds_are_kept() -> None:
    cleaned = scrub(
        {
            "usage": {"input_tokens": 5, "output_tokens": 7},
            "max_output_tokens": "inf",
            "client_secret": {"value": "ek_abcdefgh12345678", "expires_at": 1},
            "headers": {"location": "/v1/realtime/calls/rtc_1", "x-custom": "v"},
        }
    )
    assert cleaned == {
        "usage": {"input_tokens": 5, "output_tokens": 7},
        "max_output_tokens": "inf",
        "client_secret": {"value": "ek_***", "expires_at": 1},
        "headers": {"location": "/v1/realtime/calls/rtc_1", "x-custom": "***"},
    }


def test_a_binary_body_keeps_every_other_byte() -> None:
    body = bytes(range(256)) + b"sk-proj-BYTES0123456789abc" + bytes(range(256))
    field = encode_body("application/octet-stream", body)
    data = base64.b64decode(field["base64"])
    assert data == bytes(range(256)) + b"sk-***" + bytes(range(256))
