"""A send in the steady state (no reconnect under way, no extension to await) takes the
core's steps without a flow (``Core.send_now``), as the receive's hot path does: a live call
sends a 100 ms audio frame ten times a second, and the flow's generator, driver loop and
action per send were a tenth of the conversation's own work per frame. Every other state
runs the same steps (the tests of reconnects, drops and extensions cover them)."""

from __future__ import annotations

import base64
from types import SimpleNamespace
from typing import Any

import pytest

from realtime_ext import Extension
from realtime_ext._base import core as _core
from realtime_ext._base import pcm as _audio
from realtime_ext._base.pcm import append_text
from realtime_ext._encode import json_text
from realtime_ext.testing import FakeRealtimeServer

from .conftest import Both

PCM = bytes(4800 * 3)  # 300 ms of 24 kHz PCM16: three 100 ms frames


def _counting_flows(conn: Any) -> list[object]:
    """The flows the app's calls on ``conn`` run from now on."""
    flows: list[object] = []
    run = conn._run

    def counted(flow: Any) -> Any:
        flows.append(flow)
        return run(flow)

    conn._run = counted
    return flows


def test_steady_sends_run_no_flow(both: Both, server: FakeRealtimeServer) -> None:
    conn = both.connect(server, extensions=[])
    flows = _counting_flows(conn)
    assert both(conn.send_audio(PCM, chunk_ms=100)) == 3
    both(conn.input_audio_buffer.commit())
    assert flows == []
    both(conn.close())
    sent = [event["type"] for event in server.received[0]]
    assert sent[-4:] == ["input_audio_buffer.append"] * 3 + ["input_audio_buffer.commit"]


class _Noting(Extension):
    def __init__(self) -> None:
        self.seen: list[str] = []

    def sent(self, payload: dict[str, Any]) -> None:
        self.seen.append(payload["type"])


def test_an_extension_is_told_of_each_steady_send(both: Both, server: FakeRealtimeServer) -> None:
    noting = _Noting()
    conn = both.connect(server, extensions=[noting])
    flows = _counting_flows(conn)
    assert both(conn.send_audio(PCM, chunk_ms=100)) == 3
    assert noting.seen[-3:] == ["input_audio_buffer.append"] * 3
    assert flows == []  # a plain sent() is called in the step, as the flow does
    both(conn.close())


def test_send_audio_encodes_no_frame_as_json_again(
    both: Both, server: FakeRealtimeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each append's wire text is made from the base64 send_audio encoded itself: no JSON
    # encoding and surrogate scan of its 6.4 KB per 100 ms frame (json_text stays for every
    # event the app gives).
    encoded: list[object] = []

    def counting(value: dict[str, Any]) -> str:
        encoded.append(value.get("type"))
        return json_text(value)

    monkeypatch.setattr(_core, "json_text", counting)
    conn = both.connect(server, extensions=[])
    pcm = bytes(range(256)) * 56 + bytes(64)  # 300 ms, not all zeros
    assert both(conn.send_audio(pcm, chunk_ms=100)) == 3
    both(conn.input_audio_buffer.commit())
    both(conn.close())
    assert encoded == ["input_audio_buffer.commit"]
    appends = [e for e in server.received[0] if e["type"] == "input_audio_buffer.append"]
    assert [base64.b64decode(e["audio"]) for e in appends] == [
        pcm[:4800],
        pcm[4800:9600],
        pcm[9600:],
    ]


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 4800])
def test_an_append_text_is_what_json_text_writes(size: int) -> None:
    # Bytes of every value: the base64 of 4800 holds all 64 symbols ("+" and "/" among them).
    audio = base64.b64encode((bytes(range(256)) * 19)[:size]).decode()
    assert append_text(audio) == json_text({"type": "input_audio_buffer.append", "audio": audio})


@pytest.mark.parametrize("pcm", [bytes(range(256)) * 18 + bytes(192), bytearray(4800 * 2 + 2)])
def test_send_audio_base64_encodes_the_callers_buffer_without_a_copy(
    pcm: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One frame (a call's 100 ms) is encoded from the caller's bytes as they are, longer
    # audio from views of them: no piece is copied before base64 copies it once.
    given: list[object] = []

    def recording(data: Any) -> bytes:
        given.append(data)
        return base64.b64encode(data)

    monkeypatch.setattr(_audio, "base64", SimpleNamespace(b64encode=recording))
    events = list(_audio.append_events(pcm, chunk_ms=100, sample_rate=24000))
    assert len(given) == len(events) == -(-len(pcm) // 4800)
    assert all(data is pcm or (type(data) is memoryview and data.obj is pcm) for data in given)
    joined = b"".join(base64.b64decode(event["audio"]) for event in events)
    assert joined == pcm
