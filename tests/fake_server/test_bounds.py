"""The fake server's memory is bounded under flooding clients (issue 23, finding 7: it kept
every request body, 20 x 16 MiB POSTs -> +336 MB, and wrote WebSocket frames without
waiting for the client to drain, 190 MB flood -> 220 MB)."""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._log import BoundedLog
from realtime_ext.webrtc import AsyncWebRTC
from support import waiting

AUTH = {"Authorization": "Bearer sk-test"}
SDP = {"content-type": "application/sdp"}


def test_request_log_keeps_the_newest_within_its_budget() -> None:
    with FakeRealtimeServer(max_logged_bytes=8 * 2**20) as fake:
        body = b"v=0\r\n" + b"a=x:" + b"y" * (4 * 2**20) + b"\r\n"
        with httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=30) as http:
            for _ in range(20):
                http.post("/realtime/calls", content=body, headers=SDP)
            http.get("/models")  # the newest request is always kept
        kept = sum(len(r.body) for r in fake.requests)
        assert kept <= 8 * 2**20
        assert fake.requests.dropped >= 18
        assert fake.requests[-1].path.endswith("/models")


def test_request_log_count_limit() -> None:
    with FakeRealtimeServer(max_logged=5) as fake:
        with httpx.Client(base_url=fake.base_url, headers=AUTH) as http:
            for i in range(12):
                http.get(f"/models?i={i}")
        assert [r.query["i"] for r in fake.requests] == [[str(i)] for i in range(7, 12)]
        assert fake.requests.dropped == 7


def test_client_event_log_is_bounded_per_connection() -> None:
    with FakeRealtimeServer(max_logged=10) as fake:
        with connect(fake.realtime_url(), additional_headers=AUTH, open_timeout=5) as ws:
            ws.recv(timeout=5)  # session.created
            for i in range(30):
                ws.send(json.dumps({"type": "input_audio_buffer.clear", "event_id": f"e{i}"}))
                ws.recv(timeout=5)
        events = fake.connections[0].events
        assert len(events) == 10 and events[-1]["event_id"] == "e29"
        assert isinstance(events, BoundedLog) and events.dropped == 20


def test_a_client_that_sends_without_reading_gets_backpressure() -> None:
    """The server stops reading while its answers wait, so its write buffer stays small."""
    text = "x" * 60_000
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
    message = json.dumps({"type": "conversation.item.create", "item": item})
    sent = 0
    stop = threading.Event()
    peak = 0
    with (
        FakeRealtimeServer() as fake,
        # The client reads (almost) nothing: its queue fills, then TCP pushes back.
        connect(fake.realtime_url(), additional_headers=AUTH, open_timeout=5, max_queue=1) as ws,
    ):

        def flood() -> None:
            nonlocal sent
            try:
                while not stop.is_set() and sent < 3000:  # up to ~180 MB offered
                    ws.send(message)
                    sent += 1
            except (ConnectionClosed, OSError):
                pass

        sender = threading.Thread(target=flood, daemon=True)
        sender.start()
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            for sock in list(fake._sockets):
                peak = max(peak, sock.writer.transport.get_write_buffer_size())
            time.sleep(0.02)
        stop.set()
        ws.socket.shutdown(socket.SHUT_RDWR)  # wakes the sender blocked in send()
        sender.join(10)
    offered = sent * len(message)
    # Each answer echoes the 60 KB item about twice: without backpressure the server buffer
    # grew with everything the client sent. With it, about one read's worth at most.
    assert peak < 8 * 2**20, (peak, offered)
    assert offered < 100 * 2**20  # the sender was held back too


def test_bad_log_limits_are_refused() -> None:
    with pytest.raises(ValueError):
        BoundedLog(max_items=0, max_bytes=1)


async def test_webrtc_call_event_log_is_bounded() -> None:
    """A data-channel call keeps the newest ``max_logged`` client events, as a WebSocket
    connection does (issue 23, finding 7: the WebRTC call sessions kept every event)."""
    from realtime_ext import AsyncRealtimeClient

    with FakeRealtimeServer(max_logged=5, max_logged_bytes=10_000) as fake:
        async with (
            AsyncRealtimeClient(api_key="sk-test", base_url=fake.base_url) as client,
            AsyncWebRTC(client).connect() as call,
        ):
            await call.recv(timeout=30)  # session.created: the channel is open
            for i in range(20):
                await call.send({"type": "input_audio_buffer.clear", "event_id": f"e{i}"})
            live = fake.calls[call.call_id].peer
            await waiting.async_until(
                lambda: len(live.events) + live.events.dropped >= 20, "20 events logged", 30
            )
            assert isinstance(live.events, BoundedLog)
            assert [e["event_id"] for e in live.events] == [f"e{i}" for i in range(15, 20)]
            assert live.events.dropped == 15
            assert (live.events.max_items, live.events.max_bytes) == (5, 10_000)


async def test_translation_call_event_log_is_bounded() -> None:
    """The translation call's log is the same bounded log, sized by the event text."""
    from realtime_ext.testing._translation import translation_session
    from realtime_ext.testing._translation_webrtc import TranslationPeerCall

    with FakeRealtimeServer(max_logged=7, max_logged_bytes=123) as fake:
        calls = fake.translation_calls
        assert (calls.max_logged, calls.max_logged_bytes) == (7, 123)
    texts = [json.dumps({"type": "x.unknown", "event_id": f"e{i}"}) for i in range(10)]
    size = len(texts[-1])
    # Room for 3.5 events' text: the byte budget, not the count of 4, keeps the newest 3.
    live = TranslationPeerCall(
        "rtc_test", translation_session(), fake.script, max_logged=4, max_logged_bytes=size * 7 // 2
    )
    try:
        for text in texts:
            live.receive(text)
        assert [e["event_id"] for e in live.events] == ["e7", "e8", "e9"]
        assert live.events.dropped == 7
    finally:
        await live.aclose()


# A client in its own process, so the server's process (this one) traces only the server.
_AUDIO_CLIENT = """
import base64, json, sys
from websockets.sync.client import connect
append = json.dumps({"type": "input_audio_buffer.append",
                     "audio": base64.b64encode(bytes(5 * 48_000)).decode()})  # 5 s, PCM16
for _ in range(int(sys.argv[2])):
    with connect(sys.argv[1], additional_headers={"Authorization": "Bearer sk-test"},
                 compression=None) as ws:
        ws.recv(timeout=30)  # session.created
        ws.send(append)
        ws.send(json.dumps({"type": "input_audio_buffer.clear"}))
        while json.loads(ws.recv(timeout=30))["type"] != "input_audio_buffer.cleared":
            pass
"""


def test_closed_audio_connections_leave_less_than_20_mib() -> None:
    # What serve-fake keeps after 100 closed connections of 5 s of audio each, measured
    # with tracemalloc in the server's process: their client event logs (the base64 audio
    # verbatim), kept within the default byte budget. It was 64 MiB, and 31 MiB stayed.
    # VAD is off only to keep the test cheap: it holds nothing once a connection closes.
    from support.server_memory import held_after

    with FakeRealtimeServer(vad=False) as fake:
        held = held_after(fake, _AUDIO_CLIENT, fake.realtime_url(), "100")
    assert held < 20 * 2**20, f"the server holds {held / 2**20:.1f} MiB"
    assert fake.connections_dropped > 0  # the oldest closed ones' logs were let go


def test_serve_fake_takes_the_log_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 81's soak: K open calls sending audio held K logs of up to 16 MiB in serve-fake,
    # logs nothing outside its process reads: its default is 64 KiB, FakeRealtimeServer's
    # (read by the test holding it) 16 MiB.
    import realtime_ext.testing.__main__ as serve

    built: list[FakeRealtimeServer] = []

    def run(server: FakeRealtimeServer, host: str, port: int) -> int:
        built.append(server)
        return 0

    monkeypatch.setattr(serve, "_run", run)
    assert serve.main(["--max-logged-bytes", "1048576"]) == 0
    assert serve.main([]) == 0
    assert [server.max_logged_bytes for server in built] == [2**20, 64 * 2**10]
    assert FakeRealtimeServer().max_logged_bytes == 16 * 2**20
    with pytest.raises(SystemExit):
        serve.main(["--max-logged-bytes", "0"])
