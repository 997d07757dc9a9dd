"""Sessions per worker: K live sessions in one asyncio process, each paced like a call.

The server (:mod:`scale_server`, its own process) gives every session a call's stream at the
wall clock's pace: a 100 ms PCM16 audio delta and a transcript delta every 100 ms and a
``response.done`` every 4 s (GPT-Live: the audio and transcript deltas; its protocol has no
``response.done``). Each session sends its own 100 ms input frame every 100 ms (the app's
send call: ``send_audio`` for ours, ``input_audio_buffer.append`` for openai, a JSON text
frame for raw). Each side runs in a fresh interpreter of its own (:data:`_CHILD`):

- ``raw``: ``websockets`` + ``json.loads``; ``openai``: ``client.realtime.connect()`` on one
  shared ``AsyncOpenAI``; ``ours``: ``aconnect()`` with its defaults; ``ours-telemetry``: with
  ``telemetry=Telemetry()``; ``ours-voice``: with ``extensions=[AsyncVoice()]``;
  ``live``: ``client.live.connect()`` (GPT-Live), against ``live-raw`` (``websockets`` on
  the same GPT-Live stream).

A child opens its K sessions one after another (each starts receiving and sending as soon as
it is open), lets them run ``warmup`` seconds, then measures for ``seconds``: the process's
CPU time over the events its handlers got (CPU per event: receiving, decoding, the SDK's
work and sending the input frames, all of it), the delivery latency of each audio delta (the
server's monotonic clock at the socket write, stamped in the delta, to the moment the app's
handler holds the event: one machine, one clock), and the peak memory per session
(``VmHWM`` at the window's end less the resident size before the first connect, over K).
(At small K and short windows that figure is lost in memory the interpreter freed after its
imports and reuses; it means something from about a hundred sessions over the full window.)
Events lost are audio deltas missing from a session's numbered sequence. Then, unless
``storm`` is 0, ``storm_sessions`` more sessions (K more by default) connect at one instant
while the K run: the running sessions' latency while they connect (and for the frame after)
is the connect storm's row. The storm's sessions are calls too: each receives the stream
and sends its frames from the moment it is open, so for the rest of ``storm`` seconds the
worker holds K + ``storm_sessions`` calls, and their latency then is a row of its own (a
larger worker's steady state, not connect work: at K = 500 and a storm of 500 on a 2-core
machine, more than one core carries on any side).

Rows are per K: each variant's figures against raw websockets' (GPT-Live against raw on its
stream), ours' CPU and memory also against openai's; ratios of single runs (a quiet machine
is assumed: see docs/guides/performance.md).

Example:
    >>> from bench_lib import scale
    >>> window = scale.Window(warmup=0.5, seconds=1.0, storm=1.0)
    >>> rows = scale.run(sessions=[5], window=window)  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
import resource
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import event_mix, live_recv
from .child import ChildFailed, run_json
from .report import Goal, Item, Measure
from .scale_server import STAMP_PLACEHOLDER, TICK, unstamp
from .served import served

SCRIPTS = Path(__file__).resolve().parents[1]
API_KEY = "sk-bench-not-a-real-key"
MODEL = "gpt-realtime"
LIVE_MODEL = "gpt-live-1"
PCM = bytes(4800)  # 100 ms of 24 kHz PCM16: each session's input frame
AUDIO_TYPES = frozenset({"response.output_audio.delta", "session.output_audio.delta"})
START_TYPES = frozenset({"session.created", "session.started"})
SIDES = ("raw", "openai", "ours", "ours-telemetry", "ours-voice", "live-raw", "live")
VARIANTS = {  # row label -> (side, its baseline)
    "": ("ours", "raw"),
    " with Telemetry()": ("ours-telemetry", "raw"),
    " with a Voice": ("ours-voice", "raw"),
    " openai": ("openai", "raw"),
    " GPT-Live": ("live", "live-raw"),
}
# Issue 81's goals at 1,000 sessions, on the defaults' rows.
CPU_GOAL = Goal("<= 1.05x raw", max_ratio=1.05)
MEMORY_GOAL = Goal("<= 0.25x openai", max_ratio=0.25)
STORM_GOAL = Goal("<= 2.00x steady", max_ratio=2.0)

_SERVER = """
import sys
sys.path.insert(0, {scripts!r})
from bench_lib.scale_server import main
raise SystemExit(main(sys.argv[1:]))
"""
_CHILD = """
import sys
sys.path.insert(0, {scripts!r})
from bench_lib import scale
scale.child({side!r}, {origin!r}, {count}, scale.Window(**{window!r}))
"""


# -- the server's routes ---------------------------------------------------------------------
def routes() -> dict[str, dict[str, Any]]:
    """The paced server's two routes: the Realtime API's call and GPT-Live's."""
    recorded = event_mix.record(4800)

    def first_of(kind: str) -> dict[str, Any]:
        return next(e for e in map(json.loads, recorded) if e["type"] == kind)

    audio = first_of("response.output_audio.delta")
    rest = base64.b64encode(bytes(4800 - 12)).decode("ascii")
    audio["delta"] = STAMP_PLACEHOLDER + rest
    live = live_recv.stream()
    live_frames = [json.loads(frame) for frame in live["frames"]]
    live_audio = next(e for e in live_frames if e["type"] == "session.output_audio.delta")
    live_audio["delta"] = STAMP_PLACEHOLDER + rest
    return {
        "WS /v1/realtime": {
            # session.created, then a response.done: every session meets each event type
            # at once (the warm-up session's imports of decoders are then all behind it).
            "first": [recorded[0], json.dumps(first_of("response.done"))],
            "audio": json.dumps(audio),
            "transcript": json.dumps(first_of("response.output_audio_transcript.delta")),
            "done": json.dumps(first_of("response.done")),
        },
        "WS /v1/live/sessions": {
            "first": live["first"],
            "audio": json.dumps(live_audio),
            "transcript": json.dumps(
                next(e for e in live_frames if e["type"] == "session.output_transcript.delta")
            ),
        },
    }


@contextlib.contextmanager
def paced_server() -> Iterator[str]:
    """Run :mod:`scale_server` in a child process; yield its origin (``http://127.0.0.1:N``)."""
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        routes_file = Path(tmp) / "routes.json"
        routes_file.write_text(json.dumps(routes()), encoding="utf-8")
        code = _SERVER.format(scripts=str(SCRIPTS))
        with served(["-c", code, str(routes_file)], "paced server") as origin:
            yield origin


# -- a side: how it opens a session, receives an event and sends a frame ---------------------
@dataclass
class _Session:
    recv: Callable[[], Awaitable[Any]]
    send: Callable[[], Awaitable[Any]]
    running: bool  # one of the K sessions measured (not one of the storm's)
    last_tick: int = 0
    lost: int = 0
    starts: int = 0  # start events received: more than one is a reconnect
    ended: bool = False  # its receive ended on an error before the window closed


Opener = Callable[[contextlib.AsyncExitStack, str], Awaitable[_Session]]


def _opener(side: str) -> Opener:
    """How ``side`` opens one session on ``stack`` (closed with it)."""
    if side in ("raw", "live-raw"):
        from websockets.asyncio.client import connect

        live = side == "live-raw"
        path = "/v1/live/sessions" if live else f"/v1/realtime?model={MODEL}"
        kind = "session.input_audio.append" if live else "input_audio_buffer.append"
        start = json.dumps({"type": "session.start", "session": {"model": LIVE_MODEL}})

        async def open_raw(stack: contextlib.AsyncExitStack, origin: str) -> _Session:
            ws = await stack.enter_async_context(
                connect(f"ws{origin.removeprefix('http')}{path}", max_size=None)
            )
            if live:
                await ws.send(start)
            loads = json.loads

            async def recv() -> Any:
                return loads(await ws.recv())

            async def send() -> None:
                audio = base64.b64encode(PCM).decode("ascii")
                await ws.send(json.dumps({"type": kind, "audio": audio}))

            return _Session(recv, send, running=True)

        return open_raw
    if side == "openai":
        import openai

        client = openai.AsyncOpenAI(api_key=API_KEY, base_url="http://unused")

        async def open_openai(stack: contextlib.AsyncExitStack, origin: str) -> _Session:
            conn = await stack.enter_async_context(
                client.with_options(base_url=f"{origin}/v1").realtime.connect(model=MODEL)
            )

            async def send() -> None:
                await conn.input_audio_buffer.append(audio=base64.b64encode(PCM).decode("ascii"))

            return _Session(conn.recv, send, running=True)

        return open_openai
    if side == "live":
        from realtime_ext import AsyncRealtimeClient

        holder: dict[str, AsyncRealtimeClient] = {}

        async def open_live(stack: contextlib.AsyncExitStack, origin: str) -> _Session:
            if "client" not in holder:
                holder["client"] = AsyncRealtimeClient(api_key=API_KEY, base_url=f"{origin}/v1")
            conn = await stack.enter_async_context(holder["client"].live.connect(model=LIVE_MODEL))
            # Closed without session.close's wait for a session.closed the paced server
            # never sends (as live_recv's sessions end): the bench ends them, not a caller.
            stack.push_async_callback(conn.abort)

            async def send() -> None:
                await conn.send_audio(PCM)

            return _Session(conn.recv, send, running=True)

        return open_live
    from realtime_ext.connection import aconnect
    from realtime_ext.telemetry import Telemetry
    from realtime_ext.voice import AsyncVoice

    async def open_ours(stack: contextlib.AsyncExitStack, origin: str) -> _Session:
        opener: Any = aconnect(
            api_key=API_KEY,
            base_url=f"{origin}/v1",
            model=MODEL,
            telemetry=Telemetry() if side == "ours-telemetry" else None,
            extensions=[AsyncVoice()] if side == "ours-voice" else [],
        )
        conn = await stack.enter_async_context(opener)

        async def send() -> None:
            await conn.send_audio(PCM)

        return _Session(conn.recv, send, running=True)

    return open_ours


@dataclass(frozen=True)
class Window:
    """How long a child measures: ``warmup`` seconds, then the steady window of ``seconds``,
    then (unless ``storm`` is 0) the connect storm's ``storm`` seconds, in which
    ``storm_sessions`` more sessions connect at one instant (``None``: K more)."""

    warmup: float
    seconds: float
    storm: float
    storm_sessions: int | None = None

    def storm_count(self, count: int) -> int:
        """The storm's sessions when ``count`` run."""
        return count if self.storm_sessions is None else self.storm_sessions


# -- the child: one side, K sessions ---------------------------------------------------------
@dataclass
class _Phase:
    """What the handlers saw while one phase ran."""

    latencies_ns: list[int] = field(default_factory=list)
    events: int = 0


def _type(event: Any) -> Any:
    if isinstance(event, dict):
        return event.get("type")
    found = getattr(event, "type", None)
    return getattr(found, "value", found)


def _percentile(values: list[int], share: float) -> float:
    """The ``share`` quantile (nearest rank) of ``values`` in ms; NaN for none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)] / 1e6


def _rss(field_name: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return int(status.read().split(field_name + ":")[1].split()[0])  # KiB


def _reset_peak() -> None:
    """Start ``VmHWM`` again from the resident size now (Linux: ``clear_refs``), so the peak
    read later is of the sessions, not of an import's transient peak before them."""
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w", encoding="ascii") as f:
        f.write("5")


async def _measure(side: str, origin: str, count: int, window: Window) -> dict[str, Any]:
    warmup, seconds, storm = window.warmup, window.seconds, window.storm
    storm_sessions = window.storm_count(count)
    opener = _opener(side)
    # "storm": while the storm's sessions connect; "after": the rest of the storm window,
    # the K and the storm's sessions all running (a larger worker's steady state).
    phases = {name: _Phase() for name in ("warm", "steady", "storm", "after", "off")}
    current = {"phase": phases["warm"]}
    sessions: list[_Session] = []
    tasks: list[asyncio.Task[None]] = []

    async def receive(session: _Session) -> None:
        # The app's handler: what it does with each event is the same on every side.
        monotonic_ns = time.monotonic_ns
        try:
            while True:
                event = await session.recv()
                phase = current["phase"]
                phase.events += 1
                kind = _type(event)
                if kind in START_TYPES:
                    session.starts += 1
                elif kind in AUDIO_TYPES:
                    delta = event["delta"] if isinstance(event, dict) else event.delta
                    sent_ns, tick = unstamp(delta)
                    if session.running:
                        phase.latencies_ns.append(monotonic_ns() - sent_ns)
                    if tick > session.last_tick + 1 and session.last_tick:
                        session.lost += tick - session.last_tick - 1
                    session.last_tick = tick
        except Exception:  # not the cancel that ends the window (a BaseException)
            # Counted, not hidden: a session whose connection ended (a keepalive that got
            # no pong, a server that gave up) stops feeding the figures.
            if current["phase"] is not phases["off"]:
                session.ended = True

    async def send_frames(session: _Session) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        with contextlib.suppress(Exception):
            for frame in range(1, 1 << 30):
                await asyncio.sleep(max(0.0, start + frame * 0.1 - loop.time()))
                await session.send()

    async def open_one(stack: contextlib.AsyncExitStack, running: bool) -> None:
        session = await opener(stack, origin)
        session.running = running
        sessions.append(session)
        tasks.append(asyncio.create_task(receive(session)))
        tasks.append(asyncio.create_task(send_frames(session)))

    # One session first, closed before the resident size is read: the memory row is what
    # each session holds, not the first one's lazy imports and caches.
    async with contextlib.AsyncExitStack() as stack:
        first = await opener(stack, origin)
        await first.send()
        while _type(await first.recv()) not in AUDIO_TYPES:
            pass
        await first.recv()  # the transcript delta
    before = _rss("VmRSS")
    _reset_peak()
    async with contextlib.AsyncExitStack() as stack:
        for _ in range(count):
            await open_one(stack, running=True)
        await asyncio.sleep(warmup)
        current["phase"] = phases["steady"]
        cpu = time.process_time()
        await asyncio.sleep(seconds)
        cpu = time.process_time() - cpu
        steady = phases["steady"]
        peak = _rss("VmHWM")
        storm_connect = math.nan
        if storm:
            current["phase"] = phases["storm"]
            started = time.perf_counter()
            opened = asyncio.gather(
                *(open_one(stack, running=False) for _ in range(storm_sessions))
            )
            await opened
            storm_connect = time.perf_counter() - started
            # The frame after the last one opened still counts as the storm's: events held
            # behind the connect work are delivered then (and every running session has one).
            await asyncio.sleep(TICK)
            current["phase"] = phases["after"]
            await asyncio.sleep(max(0.0, storm - storm_connect - TICK))
        current["phase"] = phases["off"]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return {
        "side": side,
        "sessions": count,
        "seconds": seconds,
        "cpu_us_per_event": cpu / max(steady.events, 1) * 1e6,
        "events": steady.events,
        "p50_ms": _percentile(steady.latencies_ns, 0.50),
        "p99_ms": _percentile(steady.latencies_ns, 0.99),
        "lost": sum(session.lost for session in sessions if session.running),
        # Connections that ended or started over (a reconnect opens a new server session):
        # 0 on every side, or the figures are not of K steady sessions.
        "dropped": sum(session.ended + max(0, session.starts - 1) for session in sessions),
        "memory_kib_per_session": (peak - before) / count,
        "storm_p50_ms": _percentile(phases["storm"].latencies_ns, 0.50),
        "storm_p99_ms": _percentile(phases["storm"].latencies_ns, 0.99),
        "after_storm_p99_ms": _percentile(phases["after"].latencies_ns, 0.99),
        "storm_connect_s": storm_connect,
        "storm_sessions": storm_sessions,
    }


def measure(side: str, origin: str, count: int, window: Window) -> dict[str, Any]:
    """One side's K sessions in this process: its figures (``None`` for one with no sample)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, 2 * (count + window.storm_count(count)) + 256)  # two sockets a session
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    _opener(side)  # imports before the resident size is read
    figures = asyncio.run(_measure(side, origin, count, window))
    return {
        key: None if isinstance(value, float) and math.isnan(value) else value
        for key, value in figures.items()
    }


def child(side: str, origin: str, count: int, window: Window) -> None:
    """Run one side's K sessions (a fresh interpreter's whole job); print its figures as JSON."""
    print(json.dumps(measure(side, origin, count, window)))


def _run_child(side: str, origin: str, count: int, window: Window) -> dict[str, Any]:
    code = _CHILD.format(
        scripts=str(SCRIPTS), side=side, origin=origin, count=count, window=asdict(window)
    )
    # A second a session to open (the storm's too), and twice the windows.
    timeout = (
        120
        + count
        + window.storm_count(count)
        + 2 * (window.warmup + window.seconds + window.storm)
    )
    try:
        return run_json(code, timeout=timeout)
    except ChildFailed as failed:
        # Recorded, not raised: a side that cannot hold K sessions (openai in a storm of
        # 500 times out) is a finding of the run, and the other sides' rows still print.
        return {"side": side, "sessions": count, "failed": failed.reason}


# -- the rows --------------------------------------------------------------------------------
def _latency_goal(raw_p99: float | None) -> Goal | None:
    """Issue 81: p99 at most 1.25x raw's + 2 ms, as a ratio to raw's p99."""
    if not raw_p99:
        return None
    return Goal("<= 1.25x raw + 2 ms", max_ratio=(1.25 * raw_p99 + 2) / raw_p99)


def _one(value: float | None) -> Measure | None:
    # None (no sample: no storm, no audio delta in the window) prints as pending.
    return None if value is None else Measure([value])


def _failures(count: int, *sides: dict[str, Any]) -> str:
    """What the sides of one comparison that failed said (``""``: none failed)."""
    return "; ".join(
        f"{figures['side']} failed at {count} sessions: {figures['failed']}"
        for figures in sides
        if "failed" in figures
    )


def rows(results: dict[str, dict[str, Any]], count: int) -> list[Item]:
    """The rows of one K from each side's figures (``results``: side name -> child JSON)."""
    label = f"scale x{count}"
    extra = {"scale": {"sessions": count, "sides": results}}
    items: list[Item] = []
    for variant, (name, base) in VARIANTS.items():
        if name not in results or base not in results:
            continue  # a run of some sides only (the smoke test's)
        ours, other = results[name], results[base]
        baseline = "raw websockets" if base == "raw" else "raw websockets (GPT-Live)"
        defaults = name == "ours"
        failed = _failures(count, ours, other)

        metrics: list[tuple[str, str, str, Goal | None]] = [
            ("CPU per event", "µs", "cpu_us_per_event", CPU_GOAL),
            ("delivery latency p50", "ms", "p50_ms", None),
            ("delivery latency p99", "ms", "p99_ms", _latency_goal(other.get("p99_ms"))),
            ("peak memory per session", "KiB", "memory_kib_per_session", None),
            ("events lost", "events", "lost", None),
            ("connections dropped", "connections", "dropped", None),
        ]
        items += [
            Item(
                f"{label}{variant}: {metric}",
                unit,
                _one(ours.get(key)),
                _one(other.get(key)),
                baseline=baseline,
                goal=goal if defaults and not failed else None,
                note=failed if index == 0 else "",  # once per variant
                extra=extra,
            )
            for index, (metric, unit, key, goal) in enumerate(metrics)
        ]
        if defaults and "openai" in results:
            openai = results["openai"]
            failed = _failures(count, ours, openai)
            for metric, unit, key, goal in (
                ("CPU per event", "µs", "cpu_us_per_event", None),
                ("peak memory per session", "KiB", "memory_kib_per_session", MEMORY_GOAL),
            ):
                items.append(
                    Item(
                        f"{label}: {metric} vs openai",
                        unit,
                        _one(ours.get(key)),
                        _one(openai.get(key)),
                        goal=None if failed else goal,
                        note=failed,
                        extra=extra,
                    )
                )
    for name in ("ours", "raw"):
        figures = results.get(name)
        if figures is None or figures.get("storm_p99_ms") is None:
            continue
        who = "" if name == "ours" else " raw websockets"
        more = figures.get("storm_sessions", count)
        is_ours = name == "ours"
        connected = (
            f"{more} more sessions connected at one instant in {figures['storm_connect_s']:.2f} s"
            if is_ours
            else ""
        )
        # Each against the K's steady p99: while the storm connects (the goal's row), then
        # with all of them running.
        for title, key, baseline, goal, note in (
            (
                f"connect storm (+{more} at once) running sessions' p99",
                "storm_p99_ms",
                "its own steady state",
                STORM_GOAL if is_ours else None,
                connected,
            ),
            (
                f"after the storm, {count} + {more} running, their p99",
                "after_storm_p99_ms",
                "the K's steady state",
                None,
                "",
            ),
        ):
            if figures.get(key) is not None:
                items.append(
                    Item(
                        f"{label}{who}: {title}",
                        "ms",
                        _one(figures[key]),
                        _one(figures["p99_ms"]),
                        baseline=baseline,
                        goal=goal,
                        note=note,
                        extra=extra,
                    )
                )
    return items


def run(*, sessions: list[int], window: Window, sides: tuple[str, ...] = SIDES) -> list[Item]:
    """Every side at each K of ``sessions``, one fresh interpreter each; the rows per K."""
    items: list[Item] = []
    with paced_server() as origin:
        for count in sessions:
            results = {side: _run_child(side, origin, count, window) for side in sides}
            items += rows(results, count)
    return items


def sessions_of(text: str) -> list[int]:
    """``"100,500,1000"`` -> ``[100, 500, 1000]`` (each at least 1)."""
    counts = [int(part) for part in text.split(",") if part.strip()]
    if not counts or min(counts) < 1:
        raise ValueError(f"session counts must be positive integers, got {text!r}")
    return counts
