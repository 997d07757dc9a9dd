"""GPT-Live's ``send_audio`` sends each frame as the text the typed append would, without
the typed append's checks and JSON encoding of a base64 it made itself: 6.4 KB checked as
base64, validated against the spec's model, encoded and scanned for a surrogate per 100 ms
frame, all given for base64 the SDK encoded."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext._encode import json_text
from realtime_ext._validate import check_client_event
from realtime_ext.events._sends import check_base64
from realtime_ext.testing import FakeRealtimeServer

KEY = "sk-live-secret-0123456789"
PCM = bytes(range(256)) * 56 + bytes(64)  # 300 ms at 24 kHz, not all zeros


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The event types the typed sends' checks and the JSON encoder see from now on."""
    seen: list[object] = []

    def checked(model: Any, payload: dict[str, Any]) -> None:
        seen.append(payload.get("type"))
        check_client_event(model, payload)

    def based(value: str, kind: str | None = None) -> str:
        seen.append("base64")
        return check_base64(value, kind)

    def encoded(value: dict[str, Any]) -> str:
        seen.append(value.get("type"))
        return json_text(value)

    monkeypatch.setattr("realtime_ext.events._sends.check_client_event", checked)
    monkeypatch.setattr("realtime_ext.events._sends.check_base64", based)
    monkeypatch.setattr("realtime_ext._base.core.json_text", encoded)
    return seen


def _appends(server: FakeRealtimeServer) -> list[bytes]:
    events = server.received[0]
    return [
        base64.b64decode(e["audio"]) for e in events if e["type"] == "session.input_audio.append"
    ]


def test_send_audio_neither_checks_nor_encodes_its_own_base64_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with (
        FakeRealtimeServer() as server,
        RealtimeClient(api_key=KEY, base_url=server.base_url) as client,
    ):
        conn = client.live.connect(model="gpt-live-1")
        seen = _counting(monkeypatch)
        assert conn.send_audio(PCM) == 3
        conn.commentary("Still there?")  # a typed send: checked and encoded as before
        conn.close()
    assert "session.input_audio.append" not in seen and "base64" not in seen
    assert "session.commentary.append" in seen
    assert _appends(server) == [PCM[:4800], PCM[4800:9600], PCM[9600:]]


async def test_async_send_audio_neither_checks_nor_encodes_its_own_base64_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FakeRealtimeServer() as server:
        async with AsyncRealtimeClient(api_key=KEY, base_url=server.base_url) as client:
            conn = await client.live.connect(model="gpt-live-1")
            seen = _counting(monkeypatch)
            assert await conn.send_audio(PCM) == 3
            await conn.close()
    assert "session.input_audio.append" not in seen and "base64" not in seen
    assert _appends(server) == [PCM[:4800], PCM[4800:9600], PCM[9600:]]


def test_an_append_text_is_what_json_text_writes_for_gpt_live() -> None:
    from realtime_ext._base.pcm import append_text

    audio = base64.b64encode(PCM).decode()
    event = {"type": "session.input_audio.append", "audio": audio}
    assert append_text(audio, "session.input_audio.append") == json_text(event)
