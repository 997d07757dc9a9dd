"""``realtime-ext demo``: the SDK's main tasks end to end, offline by default.

With no ``OPENAI_API_KEY`` (or with ``--offline``) it starts the local fake Realtime server
(:mod:`realtime_ext.testing`) and talks to it; with a key it talks to the real API and
skips the SIP webhook step, which needs a real phone call.

The WebRTC offer it sends is a real Chrome offer (audio, video and a data channel) from the
Amazon Kinesis Video Streams WebRTC SDK's test fixtures (awslabs/amazon-kinesis-video-
streams-webrtc-sdk-c, tst/SDP/offers/1v1a1d-chrome-linux.txt, Apache-2.0), shipped as
``realtime_ext.sdp.sample_offer("chrome-linux")``.

After each session (the WebSocket turn, the WebRTC call) it prints a metrics line per
response: the telemetry's own log record (see the guide "Latency and tracing").
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import Generator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import _metrics

if TYPE_CHECKING:
    from realtime_ext import RealtimeClient

    from ..testing import FakeRealtimeServer
    from ..types import ResponseAudioTranscriptDeltaEvent
    from ._io import Commands

DEMO_WEBHOOK_SECRET = "whsec_ZGVtby1vbmx5LXdlYmhvb2stc2VjcmV0LW5vdC1yZWFs"  # demo-only, fake


def register(sub: Commands) -> None:
    parser = sub.add_parser("demo", help="run the end-to-end demo (offline without an API key)")
    parser.add_argument(
        "--offline", action="store_true", help="use the local fake server even with a key"
    )
    parser.add_argument("--model", default="gpt-realtime", help="model (default gpt-realtime)")
    parser.set_defaults(run=run)


def _step(title: str) -> None:
    print(f"\n== {title}")


def _mask(value: str) -> str:
    return value[:6] + "…" + f" ({len(value)} chars)" if len(value) > 8 else "…"


@contextlib.contextmanager
def _target(offline: bool) -> Generator[tuple[RealtimeClient, FakeRealtimeServer | None]]:
    from realtime_ext import RealtimeClient
    from realtime_ext.telemetry import Telemetry  # its log records are the metrics lines

    if offline:
        from ..testing import FakeRealtimeServer

        with FakeRealtimeServer() as server:
            print(f"offline: local fake Realtime server at {server.base_url}")
            with RealtimeClient(
                api_key="sk-demo-offline", base_url=server.base_url, telemetry=Telemetry()
            ) as client:
                yield client, server
    else:
        print("online: api.openai.com with $OPENAI_API_KEY")
        with RealtimeClient(telemetry=Telemetry()) as client:
            yield client, None


def run(args: argparse.Namespace) -> int:
    from .. import sdp, webhooks
    from ..sdp import validate_answer
    from ..session import realtime_session, semantic_vad, transcription
    from ..types import ResponseTextDeltaEvent

    offline = args.offline or not os.environ.get("OPENAI_API_KEY")
    session = realtime_session(
        model=args.model,
        instructions="You are a concise, friendly phone assistant.",
        voice="marin",
        transcription=transcription("gpt-4o-transcribe", language="en"),
        turn_detection=semantic_vad(eagerness="auto"),
    )
    with _target(offline) as (client, server):
        _step("1. Mint an ephemeral client secret for a browser")
        secret = client.client_secrets.create(session=session, expires_after=600)
        print(f"value   {_mask(secret.value)}")
        print(f"expires {secret.expires_at.isoformat() if secret.expires_at else '?'}")

        _step("2. Create a WebRTC call from a real Chrome SDP offer")
        offer = sdp.sample_offer("chrome-linux")
        print(f"offer:  {sdp.summary(sdp.validate_offer(offer)).splitlines()[0]}")
        answer = client.calls.create(sdp=offer, session=session)
        print(f"call id {answer.call_id}")
        print("answer: " + sdp.summary(validate_answer(answer.sdp)).replace("\n", "\n        "))

        if server is None:
            _step("3. SIP webhook: skipped online (it needs a real phone call)")
        else:
            _step("3. Verify a signed realtime.call.incoming webhook and accept the call")
            call = server.register_call()
            payload = json.dumps(
                {
                    "object": "event",
                    "id": "evt_demo_1",
                    "type": "realtime.call.incoming",
                    "created_at": int(time.time()),
                    "data": {
                        "call_id": call.id,
                        "sip_headers": [
                            {"name": "From", "value": '"Ada" <sip:+14155550123@example.com>;tag=1'},
                            {"name": "To", "value": "<sip:+18005550100@sip.example.com>"},
                            {"name": "Call-ID", "value": "demo-call-1@example.com"},
                        ],
                    },
                }
            )
            headers = webhooks.sign(payload, DEMO_WEBHOOK_SECRET, msg_id="msg_demo_1")
            event = webhooks.unwrap(payload, headers, secret=DEMO_WEBHOOK_SECRET)
            assert isinstance(event, webhooks.RealtimeCallIncomingEvent)
            print(f"verified {event.type} from {event.caller} to {event.callee}")
            client.calls.accept(event.call_id, session=session)
            print(f"accepted {event.call_id}")

        _step("4. A short text turn over the Realtime WebSocket")
        with _metrics.collected() as records, client.connect(model=args.model) as conn:
            conn.session.update(session=realtime_session(output_modalities=["text"]))
            conn.conversation.item.create(
                item={
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Say hello in five words."}],
                }
            )
            conn.response.create()
            text: list[str] = []
            for server_event in conn:
                if isinstance(server_event, ResponseTextDeltaEvent):
                    text.append(server_event.delta)
                elif server_event.type == "response.done":
                    break
            print("assistant: " + "".join(text))
        _print_metrics(records)

        _step("5. A WebRTC call held from Python: events on oai-events, audio both ways as RTP")
        _webrtc_call(client.api_key, client.base_url, args.model)
    print("\ndemo complete")
    return 0


def _print_metrics(records: list[logging.LogRecord]) -> None:
    """Each response's metrics line: what the session measured (time to first audio and
    text, duration, audio, tokens), as its log record says it."""
    for line in _metrics.lines(records):
        print(line)


def _webrtc_call(api_key: str, base_url: str, model: str) -> None:
    from realtime_ext.webrtc import INSTALL_HINT, aiortc_available

    if not aiortc_available():
        print(f"skipped: WebRTC needs aiortc ({INSTALL_HINT})")
        return
    with _metrics.collected() as records:
        asyncio.run(_hold_call(api_key, base_url, model))
    _print_metrics(records)


async def _hold_call(api_key: str, base_url: str, model: str) -> None:
    from realtime_ext import AsyncRealtimeClient
    from realtime_ext.telemetry import Telemetry
    from realtime_ext.webrtc import AsyncWebRTC

    from ..testing import sine_pcm16, use_loopback_ice

    if urlsplit(base_url).hostname in ("127.0.0.1", "localhost"):
        use_loopback_ice()  # the offline demo's fake server (test machinery) is on 127.0.0.1

    async with (
        AsyncRealtimeClient(api_key=api_key, base_url=base_url, telemetry=Telemetry()) as client,
        AsyncWebRTC(client).connect(model=model, audio_in=sine_pcm16(500)) as call,
    ):
        print(f"call id {call.call_id}: connected in {call.timings.connected * 1000:.0f} ms")
        await asyncio.wait_for(call.audio_in.finished.wait(), 60)  # the tone, in real time
        recorder = call.audio_out.record()
        spoken: list[str] = []

        def on_delta(event: ResponseAudioTranscriptDeltaEvent) -> None:
            spoken.append(event.delta)

        call.on("response.output_audio_transcript.delta", on_delta)
        await call.response.create()
        await call.run_until("output_audio_buffer.stopped", timeout=60)
        await asyncio.sleep(0.5)  # the last packets are still on their way
        stats = await call.audio_stats()
        print("assistant (spoken): " + "".join(spoken))
        print(f"audio in:  {stats.frames_sent} frames of a 500 ms tone sent as RTP")
        print(f"audio out: {stats.packets_received} RTP packets, {recorder.duration_ms:.0f} ms")
        await call.hangup()
        print(f"hung up {call.call_id}")
