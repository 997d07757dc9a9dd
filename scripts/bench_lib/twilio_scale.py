"""Calls per core of the Twilio bridge (issue 81): N phone calls bridged in one process.

Three processes, so that what is measured shares no GIL with what drives it:

- the **model** (:func:`serve_model`): a paced fake Realtime API. On each upgrade it sends
  ``session.created``, then every 20 ms of the wall clock, for as long as the call lasts,
  one ``response.output_audio.delta`` of 20 ms of G.711 mu-law (160 bytes), the first 12
  bytes of which are a stamp (:func:`~.scale_server.stamp`: the monotonic clock at the
  socket write and the frame's number). What the bridge sends it is read and dropped.
- the **bridge** (:func:`serve_bridge`): ``uvicorn`` serving the side's ASGI app, as deployed:
  ``ours`` is :func:`realtime_ext.telephony.twilio_endpoint` (signed streams, defaults);
  ``raw`` the hand-written bridge every Twilio sample shows (``websockets`` + ``json``: a
  ``media`` payload becomes an ``input_audio_buffer.append``, an audio delta a ``media``
  and a ``mark``; no signature check, no barge-in, no reconnect).
- **Twilio** (:func:`call_twilio`): N Media Streams to the bridge, each sending ``connected``,
  ``start``, then a ``media`` frame (20 ms of mu-law, as Twilio words it) every 20 ms of the
  wall clock, echoing each ``mark`` it gets back (Twilio echoes once the audio before it
  has played: at once here, the audio arrives at the pace it plays).

After ``warmup`` seconds, the bridge's process CPU time (user + system, every thread:
uvicorn's WebSocket server, the bridge, the SDK's Realtime connections) is read over
``seconds``, and divided over the call-frames of the window (one per call per 20 ms: a
``media`` in and its ``append`` out, an audio delta in and its ``media`` + ``mark`` out,
the mark's echo in): **CPU per call-frame**, and **calls per core** = 20 ms / that. Twilio
records, for each ``media`` frame the bridge sends back, its delay from the model's socket
write; the **frame jitter** is the change of that delay from one frame of a call to the
next (RFC 3550's), reported at p99 with the delay's p50/p99 and the frames lost.

Example (``make bench --only scale`` runs it at each K of ``--scale-sessions``, as does
``--only calls`` alone; here from scripts/)::

    >>> from bench_lib import twilio_scale
    >>> rows = twilio_scale.run(calls=[5], seconds=1.0, warmup=0.5)  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .report import Item, Measure
from .scale_server import STAMP_PLACEHOLDER, stamp, unstamp

SCRIPTS = Path(__file__).resolve().parents[1]
API_KEY = "sk-bench-not-a-real-key"
TOKEN = "twilio-auth-token-bench"
FRAME_S = 0.02
FRAME_BYTES = 160  # 20 ms of 8 kHz G.711
SIDES = ("raw", "ours")
SIDE_LABELS = {"raw": "raw websockets bridge", "ours": "twilio_endpoint"}
# The rest of a frame after its 12-byte stamp: mu-law silence, as base64.
_REST = base64.b64encode(b"\xff" * (FRAME_BYTES - 12)).decode("ascii")
_CHILD = """
import sys
sys.path.insert(0, {scripts!r})
from bench_lib import twilio_scale
raise SystemExit(twilio_scale.{entry}(sys.argv[1:]))
"""


def _percentile(values: list[int], share: float) -> float:
    """The ``share`` quantile (nearest rank) of ``values`` (ns) in ms; NaN for none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)] / 1e6


# -- the model: a paced fake Realtime API ----------------------------------------------------
def _model_frames() -> tuple[str, str]:
    """``session.created`` (as the fake server words it) and the audio delta's template."""
    from . import event_mix

    recorded = [json.loads(frame) for frame in event_mix.record(FRAME_BYTES)]
    created = next(e for e in recorded if e["type"] == "session.created")
    audio = next(e for e in recorded if e["type"] == "response.output_audio.delta")
    audio["delta"] = STAMP_PLACEHOLDER + _REST
    return json.dumps(created), json.dumps(audio)


async def _serve_model(created: str, audio: str) -> None:
    from websockets.asyncio.server import ServerConnection, serve

    calls: set[ServerConnection] = set()

    async def one_call(ws: ServerConnection) -> None:
        await ws.send(created)
        calls.add(ws)
        try:
            async for _ in ws:  # the caller's audio and session.update: dropped
                pass
        finally:
            calls.discard(ws)

    async def tick() -> None:
        # One clock for every call (a timer each would cost the server, not the bridge).
        loop = asyncio.get_running_loop()
        start = loop.time()
        head, tail = audio.split(STAMP_PLACEHOLDER)
        for frame in range(1, 1 << 40):
            await asyncio.sleep(max(0.0, start + frame * FRAME_S - loop.time()))
            for ws in list(calls):
                text = head + stamp(time.monotonic_ns(), frame) + tail
                with contextlib.suppress(Exception):
                    await ws.send(text)

    async with serve(one_call, "127.0.0.1", 0, max_size=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(port, flush=True)
        ticker = asyncio.ensure_future(tick())
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        ticker.cancel()


def serve_model(argv: list[str]) -> int:
    """The model's process: prints its port, serves until stdin closes."""
    created, audio = _model_frames()
    asyncio.run(_serve_model(created, audio))
    return 0


# -- the bridge: uvicorn serving one side's ASGI app ------------------------------------------
def raw_bridge(origin: str) -> Any:
    """The hand-written bridge (Twilio's and OpenAI's samples): ``websockets`` + ``json``."""
    from websockets.asyncio.client import connect

    url = f"ws{origin.removeprefix('http')}/v1/realtime?model=gpt-realtime"
    headers = {"Authorization": f"Bearer {API_KEY}"}
    update = json.dumps(
        {
            "type": "session.update",
            "session": {
                "type": "realtime",
                "audio": {
                    "input": {"format": {"type": "audio/pcmu"}},
                    "output": {"format": {"type": "audio/pcmu"}},
                },
            },
        }
    )
    dumps, loads = json.dumps, json.loads

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "websocket":
            return
        await receive()
        await send({"type": "websocket.accept"})
        sid: list[str] = [""]
        count = [0]
        async with connect(url, additional_headers=headers, max_size=None) as ws:
            await ws.send(update)

            async def from_twilio() -> None:
                while True:
                    message = await receive()
                    if message["type"] != "websocket.receive":
                        return
                    data = loads(message["text"])
                    event = data["event"]
                    if event == "media":
                        audio = data["media"]["payload"]
                        await ws.send(dumps({"type": "input_audio_buffer.append", "audio": audio}))
                    elif event == "start":
                        sid[0] = data["start"]["streamSid"]
                    elif event == "stop":
                        return

            async def to_twilio() -> None:
                async for text in ws:
                    event = loads(text)
                    if event["type"] == "response.output_audio.delta":
                        payload = {"payload": event["delta"]}
                        media = {"event": "media", "streamSid": sid[0], "media": payload}
                        await send({"type": "websocket.send", "text": dumps(media)})
                        count[0] += 1
                        mark = {
                            "event": "mark",
                            "streamSid": sid[0],
                            "mark": {"name": f"m{count[0]}"},
                        }
                        await send({"type": "websocket.send", "text": dumps(mark)})

            tasks = [asyncio.ensure_future(from_twilio()), asyncio.ensure_future(to_twilio())]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    return app


def ours_bridge(origin: str) -> Any:
    """``twilio_endpoint`` with its defaults (signed streams), on one shared client."""
    from realtime_ext import AsyncRealtimeClient
    from realtime_ext.session import realtime_session
    from realtime_ext.telephony import twilio_endpoint

    client = AsyncRealtimeClient(api_key=API_KEY, base_url=f"{origin}/v1")
    # No reconnect: a drop is a failed measurement, and the fake never drops.
    return twilio_endpoint(client, session=realtime_session(), auth_token=TOKEN, max_retries=0)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def serve_bridge(argv: list[str]) -> int:
    """The bridge's process: ``SIDE ORIGIN``; prints its port, then its CPU seconds for each
    line read on stdin, until stdin closes."""
    import uvicorn

    side, origin = argv
    app = ours_bridge(origin) if side == "ours" else raw_bridge(origin)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", lifespan="off", ws_max_size=1 << 20)
    server = uvicorn.Server(config)

    def answer() -> None:
        for _ in sys.stdin:
            print(f"{_cpu():.6f}", flush=True)
        server.should_exit = True

    print(sock.getsockname()[1], flush=True)
    threading.Thread(target=answer, daemon=True).start()
    profile = os.environ.get("BENCH_PROFILE")  # a file: where the bridge's time goes
    if profile:
        import cProfile

        cProfile.runctx("asyncio.run(server.serve(sockets=[sock]))", globals(), locals(), profile)
    else:
        asyncio.run(server.serve(sockets=[sock]))
    return 0


# -- Twilio: N paced Media Streams -------------------------------------------------------------
class _Call:
    __slots__ = ("delays", "frames_in", "last", "lost", "sid", "ws")

    def __init__(self, sid: str, ws: Any) -> None:
        self.sid = sid
        self.ws = ws
        self.delays: list[int] = []  # ns, from the model's write to here, per media frame
        self.frames_in = 0
        self.last = 0  # the latest frame number heard
        self.lost = 0


async def _call_twilio(
    port: int, signature: str, count: int, warmup: float, seconds: float
) -> dict[str, Any]:
    from websockets.asyncio.client import connect

    url = f"ws://127.0.0.1:{port}/"
    payload = base64.b64encode(b"\xff" * FRAME_BYTES).decode("ascii")
    measuring = [False]
    calls: list[_Call] = []

    async def hear(call: _Call) -> None:
        # Read with string searches, not json.loads: Twilio's side must stay cheap next to the
        # bridge it drives (both sides word their JSON their own way: ": " or ":").
        monotonic_ns = time.monotonic_ns
        echo = '{"event":"mark","streamSid":"' + call.sid + '","mark":{"name":"%s"}}'
        with contextlib.suppress(Exception):
            async for text in call.ws:
                assert isinstance(text, str)
                head = text[:20]
                if "media" in head:
                    at = text.index('"', text.index('"payload"') + 9) + 1
                    sent_ns, frame = unstamp(text[at : at + len(STAMP_PLACEHOLDER)])
                    if measuring[0]:
                        call.delays.append(monotonic_ns() - sent_ns)
                        if call.last and frame > call.last + 1:
                            call.lost += frame - call.last - 1
                    call.last = frame
                elif "mark" in head:  # played at once: the audio arrives at its own pace
                    at = text.index('"', text.index('"name"') + 6) + 1
                    await call.ws.send(echo % text[at : text.index('"', at)])

    async with contextlib.AsyncExitStack() as stack:
        for index in range(count):
            ws = await stack.enter_async_context(
                # No permessage-deflate: Twilio's streams are taken to ask for none (uvicorn
                # would otherwise compress every 20 ms frame, a cost of the fake's choosing).
                connect(
                    url,
                    additional_headers={"X-Twilio-Signature": signature},
                    max_size=None,
                    compression=None,
                )
            )
            sid = f"MZ{index:032x}"
            call = _Call(sid, ws)
            await ws.send(
                json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"})
            )
            start = {
                "event": "start",
                "sequenceNumber": "1",
                "streamSid": sid,
                "start": {
                    "streamSid": sid,
                    "accountSid": "AC" + "0" * 32,
                    "callSid": f"CA{index:032x}",
                    "tracks": ["inbound"],
                    "customParameters": {},
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                },
            }
            await ws.send(json.dumps(start))
            calls.append(call)
            stack.callback(asyncio.ensure_future(hear(call)).cancel)
        loop = asyncio.get_running_loop()
        began = loop.time()
        frames_sent = 0
        window_frames = 0
        for frame in range(1, 1 << 40):
            await asyncio.sleep(max(0.0, began + frame * FRAME_S - loop.time()))
            now = loop.time() - began
            if not measuring[0] and now >= warmup:
                measuring[0] = True
                print("start", flush=True)
            elif measuring[0] and now >= warmup + seconds:
                print("stop", flush=True)
                break
            for call in calls:
                text = (
                    f'{{"event":"media","sequenceNumber":"{frame + 1}","media":{{"track":'
                    f'"inbound","chunk":"{frame}","timestamp":"{frame * 20}","payload":'
                    f'"{payload}"}},"streamSid":"{call.sid}"}}'
                )
                with contextlib.suppress(Exception):
                    await call.ws.send(text)
                frames_sent += 1
                if measuring[0]:
                    window_frames += 1
        for call in calls:
            with contextlib.suppress(Exception):
                await call.ws.send(json.dumps({"event": "stop", "streamSid": call.sid}))
    delays = [d for call in calls for d in call.delays]
    jitter = [
        abs(b - a) for call in calls for a, b in zip(call.delays, call.delays[1:], strict=False)
    ]
    return {
        "calls": count,
        "call_frames": window_frames,
        "frames_back": len(delays),
        "lost": sum(call.lost for call in calls),
        "jitter_p50_ms": _percentile(jitter, 0.5),
        "jitter_p99_ms": _percentile(jitter, 0.99),
        "delay_p50_ms": _percentile(delays, 0.5),
        "delay_p99_ms": _percentile(delays, 0.99),
    }


def call_twilio(argv: list[str]) -> int:
    """Twilio's process: ``PORT SIGNATURE CALLS WARMUP SECONDS``; prints ``start`` and
    ``stop`` around the window, then its figures as one JSON line. (The signature comes from
    the parent: this process imports no SDK, and starts in a fraction of the bridge's time.)"""
    port, signature = int(argv[0]), argv[1]
    count, warmup, seconds = int(argv[2]), float(argv[3]), float(argv[4])
    figures = asyncio.run(_call_twilio(port, signature, count, warmup, seconds))
    print(json.dumps(figures), flush=True)
    return 0


# -- the run -----------------------------------------------------------------------------------
def _child(entry: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD.format(scripts=str(SCRIPTS), entry=entry), *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _line(process: subprocess.Popen[str], what: str) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line:
        raise RuntimeError(f"{what}: the process ended (exit {process.wait()})")
    return line


def _ended(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    with contextlib.suppress(OSError):
        process.stdin.close()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def model_server() -> Iterator[str]:
    """Run :func:`serve_model` in a child process; yield its origin (``http://127.0.0.1:N``)."""
    process = _child("serve_model")
    try:
        yield f"http://127.0.0.1:{int(_line(process, 'the model server'))}"
    finally:
        _ended(process)


def measure(side: str, origin: str, calls: int, *, warmup: float, seconds: float) -> dict[str, Any]:
    """One side's figures at ``calls`` calls (the bridge and Twilio each in a fresh process)."""
    from realtime_ext.telephony import twilio_signature

    bridge = _child("serve_bridge", side, origin)
    try:
        port = int(_line(bridge, "the bridge"))
        signature = twilio_signature(TOKEN, f"wss://127.0.0.1:{port}/")
        twilio = _child("call_twilio", port, signature, calls, warmup, seconds)
        try:
            assert bridge.stdin is not None
            cpu: list[float] = []
            for expected in ("start", "stop"):
                said = _line(twilio, "Twilio")
                if said != expected:
                    raise RuntimeError(f"Twilio said {said!r}, not {expected!r}")
                bridge.stdin.write("cpu\n")
                bridge.stdin.flush()
                cpu.append(float(_line(bridge, "the bridge's CPU")))
            figures: dict[str, Any] = json.loads(_line(twilio, "Twilio's figures"))
        finally:
            _ended(twilio)
    finally:
        _ended(bridge)
    frames = max(1, figures["call_frames"])
    per_frame = (cpu[1] - cpu[0]) / frames
    figures["cpu_us_per_call_frame"] = per_frame * 1e6
    figures["calls_per_core"] = FRAME_S / per_frame if per_frame > 0 else math.inf
    return figures


def rows(figures: dict[str, dict[str, Any]], calls: int) -> list[Item]:
    """The rows at ``calls`` calls: ours against the raw bridge."""
    ours, raw = figures["ours"], figures["raw"]
    label = f"Twilio bridge x{calls}"
    note = (
        "bridge process CPU (uvicorn + bridge + Realtime sockets) per call per 20 ms: a "
        "media frame each way, marks and echoes (raw: a mark per frame; ours: per 100 ms)"
    )
    specs = [
        ("calls per core", "calls", "calls_per_core", note),
        ("CPU per call-frame (in + out)", "µs", "cpu_us_per_call_frame", note),
        (
            "p99 frame jitter back to Twilio",
            "ms",
            "jitter_p99_ms",
            "change of delay frame to frame",
        ),
        ("p99 frame delay model to Twilio", "ms", "delay_p99_ms", "model's write to Twilio's read"),
        ("frames lost", "frames", "lost", "audio frames missing back at Twilio"),
    ]
    items: list[Item] = []
    for metric, unit, key, text in specs:
        items.append(
            Item(
                f"{label}: {metric}",
                unit,
                Measure([float(ours[key])]),
                Measure([float(raw[key])]),
                baseline=SIDE_LABELS["raw"],
                note=text,
                extra={"calls": calls, "ours": ours, "raw": raw} if key == "calls_per_core" else {},
            )
        )
    return items


def run(*, calls: list[int], seconds: float, warmup: float) -> list[Item]:
    """The rows at each count of ``calls``: the raw bridge then ours, against one model."""
    items: list[Item] = []
    with model_server() as origin:
        for count in calls:
            figures = {
                side: measure(side, origin, count, warmup=warmup, seconds=seconds) for side in SIDES
            }
            items += rows(figures, count)
    return items
