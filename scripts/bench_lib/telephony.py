"""The Twilio bridge (issue 56): its CPU per 20 ms frame each way, and 50 calls at once.

- In (caller to model): a Twilio ``media`` message read, parsed and passed on as an
  ``input_audio_buffer.append`` over the real WebSocket to the fake server (VAD off).
- Out (model to caller): a reply's audio deltas received, decoded, handed to the mark
  tracker and written to Twilio as ``media`` + ``mark``, per 20 ms of the reply.

Both are CPU time of the bridge's thread (``time.thread_time``) with the model where a
deployed bridge has it, in another process: ``serve-fake``, scripted with a scenario file.
(It used to be the in-process fake on a thread of the bridge's own process: not counted,
but its work beside the bridge's, on the same GIL and caches, made the bridge's own figure
read 1.5 to 2.5 times what it is, and grow with the audio the fake buffered.) The Twilio
side is a bare ASGI driver that only hands over prepared messages and counts what comes back.
The third row runs 50 bridged calls against the fake in one process on the test clock
(each speaks, hears its reply, hangs up) and reports the wall time to completion.

Run alone: ``PYTHONPATH=.:generated .venv/bin/python -c 'from bench_lib import telephony as
t; print(t.run(frames=500, calls=5))'`` from scripts/.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from realtime_ext import AsyncRealtimeClient
from realtime_ext.session import realtime_session, server_vad
from realtime_ext.telephony import TwilioCall, twilio_endpoint, twilio_signature
from realtime_ext.testing import FakeRealtimeServer, FakeTwilioCall, ManualClock

from .report import Item, Measure
from .served import serve_fake_origin, served_process

NOTE = "ours only: the official openai package has no phone bridge"
FRAME_MS = 20
START = {
    "event": "start",
    "streamSid": "MZ1",
    "start": {"streamSid": "MZ1", "callSid": "CA1", "customParameters": {}},
}


class _Driver:
    """Twilio's side, as little as can be: prepared messages in, messages counted out."""

    def __init__(self, inbound: list[str]) -> None:
        self.inbound = [
            {"type": "websocket.connect"},
            *({"type": "websocket.receive", "text": text} for text in inbound),
        ]
        self.done = asyncio.Event()
        self.hold = asyncio.Event()  # released to let the stream stop
        self.media_out = 0
        self.first_out = self.last_out = 0.0
        self.first_in = self.last_in = 0.0
        self.index = 0

    async def receive(self) -> dict[str, Any]:
        if self.index < len(self.inbound):
            message = self.inbound[self.index]
            self.index += 1
            if self.index == 3:  # the first media frame (after connect and start)
                self.first_in = time.thread_time()
            elif self.index == len(self.inbound):  # the last one: the frames between are done
                self.last_in = time.thread_time()
            return message
        await self.hold.wait()
        return {"type": "websocket.receive", "text": '{"event":"stop"}'}

    async def send(self, message: Any) -> None:
        text = message.get("text")
        if text is not None and text.startswith('{"event":"media"'):
            now = time.thread_time()
            if not self.media_out:
                self.first_out = now
            self.last_out = now
            self.media_out += 1


TOKEN = "twilio-auth-token-bench"


def _signed_scope() -> dict[str, Any]:
    """A stream's upgrade as Twilio makes it: signed (the bridge checks it, as deployed)."""
    signature = twilio_signature(TOKEN, "wss://bench.invalid/")
    headers = [(b"host", b"bench.invalid"), (b"x-twilio-signature", signature.encode())]
    return {"type": "websocket", "path": "/", "headers": headers}


async def _inbound_cpu(base_url: str, frames: int) -> float:
    """Bridge CPU (µs) per caller frame passed on."""
    payload = base64.b64encode(b"\xff" * 160).decode()
    media = json.dumps({"event": "media", "streamSid": "MZ1", "media": {"payload": payload}})
    driver = _Driver([json.dumps(START), *([media] * frames)])
    async with AsyncRealtimeClient(api_key="sk-bench", base_url=base_url) as client:
        app = twilio_endpoint(
            client,
            session=realtime_session(turn_detection=None),
            max_retries=0,
            auth_token=TOKEN,
        )
        task = asyncio.ensure_future(app(_signed_scope(), driver.receive, driver.send))
        while driver.index < len(driver.inbound):
            await asyncio.sleep(0.01)
        driver.hold.set()
        await task
    return (driver.last_in - driver.first_in) / (frames - 1) * 1e6


async def _outbound_cpu(base_url: str, reply_ms: int) -> float:
    """Bridge CPU (µs) per 20 ms of reply audio passed on to the caller (the model's next
    answer is ``reply_ms`` long: see :func:`_model`)."""
    driver = _Driver([json.dumps(START)])
    pieces = reply_ms // 100  # the fake streams 100 ms deltas

    async def speak_first(call: TwilioCall) -> None:
        await call.conn.response.create()

    async with AsyncRealtimeClient(api_key="sk-bench", base_url=base_url) as client:
        app = twilio_endpoint(
            client,
            session=realtime_session(turn_detection=None),
            on_start=speak_first,
            max_retries=0,
            auth_token=TOKEN,
        )
        task = asyncio.ensure_future(app(_signed_scope(), driver.receive, driver.send))
        while driver.media_out < pieces:
            await asyncio.sleep(0.01)
        driver.hold.set()
        await task
    return (driver.last_out - driver.first_out) / (pieces - 1) / (100 / FRAME_MS) * 1e6


async def many_calls(server: FakeRealtimeServer, calls: int, reply_ms: int = 300) -> float:
    """Seconds (wall) for ``calls`` bridged calls at once to speak, hear and hang up."""
    for _ in range(calls):
        server.script.next_response(audio_ms=reply_ms)
    clock = ManualClock()
    started = time.perf_counter()
    async with AsyncRealtimeClient(api_key="sk-bench", base_url=server.base_url) as client:
        session = realtime_session(turn_detection=server_vad(silence_duration_ms=100))
        # Reconnect off: a drop here is a failed measurement, not something to wait out
        # on a test clock nothing advances.
        app = twilio_endpoint(client, session=session, clock=clock, max_retries=0, auth_token=TOKEN)
        callers = [FakeTwilioCall(app, clock=clock, auth_token=TOKEN) for _ in range(calls)]
        await asyncio.gather(*(c.connect() for c in callers))

        async def frames(count: int) -> None:
            for _ in range(count):
                await asyncio.gather(*(c.step(advance=False) for c in callers))
                clock.advance(FRAME_MS / 1000)

        for caller in callers:
            caller.say(200)
        await frames(16)
        await asyncio.gather(
            *(c.wait_for(lambda c=c: c.heard_ms + c.buffered_ms >= reply_ms, 60) for c in callers)
        )
        await frames(reply_ms // FRAME_MS + 1)
        await asyncio.gather(*(c.stop() for c in callers))
        if not all(c.heard_ms == reply_ms and c.finished for c in callers):
            raise RuntimeError("a bridged call did not complete")
    return time.perf_counter() - started


@contextlib.contextmanager
def _model(reply_ms: int, answers: int) -> Iterator[str]:
    """``serve-fake`` in a process of its own, its VAD off, its next ``answers`` answers
    ``reply_ms`` of audio each; yields its base URL."""
    scenario = {"vad": False, "responses": [{"audio_ms": reply_ms}] * answers}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "scenario.json")
        path.write_text(json.dumps(scenario))
        argv = ["-m", "realtime_ext.testing", "--port", "0", "--scenario", str(path)]
        with served_process(
            argv, "serve-fake", origin=serve_fake_origin, terminate=True, quiet=True
        ) as (origin, _):
            yield f"{origin}/v1"


def run(*, frames: int, calls: int, rounds: int = 3) -> list[Item]:
    """The three rows: CPU per frame in and out (medians of ``rounds``), ``calls`` at once."""

    reply_ms = max(1000, frames * FRAME_MS)

    async def cpu(base_url: str) -> tuple[list[float], list[float]]:
        inbound = [await _inbound_cpu(base_url, frames) for _ in range(rounds)]
        outbound = [await _outbound_cpu(base_url, reply_ms) for _ in range(rounds)]
        return inbound, outbound

    async def wall_time() -> float:
        with FakeRealtimeServer() as server:
            return await many_calls(server, calls)

    with _model(reply_ms, rounds) as base_url:
        inbound, outbound = asyncio.run(cpu(base_url))
    wall = asyncio.run(wall_time())
    return [
        Item(
            "Twilio bridge CPU per 20 ms frame in (caller to model)",
            "µs",
            Measure(inbound),
            None,
            baseline="n/a",
            note=NOTE,
            extra={"frames": frames, "rounds": rounds},
        ),
        Item(
            "Twilio bridge CPU per 20 ms frame out (model to caller)",
            "µs",
            Measure(outbound),
            None,
            baseline="n/a",
            note=NOTE,
            extra={"reply_ms": max(1000, frames * FRAME_MS), "rounds": rounds},
        ),
        Item(
            "Twilio bridge: concurrent calls to completion",
            "s",
            Measure([wall]),
            None,
            baseline="n/a",
            note=f"{calls} calls in one process, on the test clock, against the fake server",
            extra={"calls": calls},
        ),
    ]
