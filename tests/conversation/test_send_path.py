"""A send in the steady state (no reconnect under way, no extension to await) takes the
core's steps without a flow (``Core.send_now``), as the receive's hot path does: a live call
sends a 100 ms audio frame ten times a second, and the flow's generator, driver loop and
action per send were a tenth of the conversation's own work per frame. Every other state
runs the same steps (the tests of reconnects, drops and extensions cover them)."""

from __future__ import annotations

from typing import Any

from realtime_ext import Extension
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
