"""WebSocket receive: server events received and typed per second over loopback.

The canned server (its own process, see :mod:`canned_server`) streams the recorded event
mix as fast as the socket takes it; each side (:mod:`ws_sides`: realtime-ext, openai's
``client.realtime.connect()``, and a raw ``websockets`` + ``json.loads`` loop) drains it
with its own ``recv()``. Three shapes: one sync connection, one asyncio connection, and
``concurrency`` asyncio connections drained at once on one event loop (the figure is the
total).

The rates are of the steady state: each connection first receives ``warmup`` events
untimed (by default one pass over the mix: its ``session.created`` and the first event of
every type, with what a connection pays once: first-use caches, the history's first
items), then the timed ``events`` follow on the same connection, and the clock stops after
the last of them. Every side gets the same warm-up. A process's own first use (imports,
class resolution) is paid before any round, by the untimed pass that checks each side.

Each round measures one shape on ours and raw back to back, which first swapped every
round; the ratios to raw are paired (:func:`report.paired_ratio`): on a shared machine
whose speed drifts over seconds, the median of per-round ratios compares runs taken at the
same speed, where a ratio of medians would not. openai, six times slower, runs in one
round in five, next to ours; its ratio is one of medians.

Each round also runs ``ours-bare`` (next to raw): the core connection as ``connect()``
opens it, no extension, the typed events alone; its rows against raw carry the goal (issue
67: the core receives at least at raw websockets speed). ``ours`` is a voice agent's
connection (a ``Voice`` attached: history and barge-in; ``telemetry=Telemetry()``): its rows
against raw show, by the difference to the core's, what those add.

Each receive row's ``extra`` also holds, per side, the CPU time per timed event of the
thread calling ``recv()`` (``time.thread_time``; for asyncio, the event loop's: all of the
connection's work) and, for the blocking connection, of websockets' reader thread (see
:mod:`thread_cpu`); the core rows' notes print them for the core and raw. A blocking
connection's rate is about one over the sum of its two threads' work per event (one GIL),
and both sides share websockets' reader: the consumer's figure is the SDK's own cost, and
it holds steady where wall-clock rates on a shared machine move by 0.2x between runs.

Peak memory per connection: a fresh interpreter per side loads its package, notes its
resident size, opens ``concurrency`` asyncio connections, drains them, and reports
``(peak RSS - RSS before connecting) / concurrency``.

Telemetry (issue 39: receive with telemetry on at 0.95x or more of telemetry off, and no
change with OpenTelemetry absent): every round also runs ours with no ``telemetry=``
(``ours-off``, next to ``ours``) and with the OpenTelemetry SDK recording (``ours-otel``,
next to ``ours-off``), and each shape gets paired rows against ``ours-off``. A child
interpreter in which ``opentelemetry`` cannot be imported (a finder refuses it, as if it
were not installed) runs ``ours`` and ``ours-off`` the same way on the same server: its
rows show what telemetry costs where OpenTelemetry is absent, and it reports that nothing
imported OpenTelemetry.

Example:
    >>> from bench_lib import event_mix, websocket_recv
    >>> items = websocket_recv.run(event_mix.record(), events=500, rounds=1)  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import threading
import time
from collections.abc import Generator
from pathlib import Path
from statistics import median
from typing import Any, NamedTuple

from . import ws_sides
from .child import run_json, run_last_line
from .report import Goal, Item, Measure
from .request_overhead import canned_server
from .thread_cpu import SURPLUS, started, timed_drain

CONCURRENCY = 20
# openai's share of the rounds: one in five (odd, so those rounds alternate between raw
# first and ours first, as all rounds do, and openai runs before ours as often as after).
OPENAI_EVERY = 5
# Issue 35: at least as fast as raw websockets + json.loads, on every mix (a typed decode
# from bytes can cost less than json.loads into dicts once every byte is decoded once).
VS_RAW = Goal(">= 1.00x raw", min_ratio=1.0)
VS_OPENAI = Goal(">= 1.00x (at least as fast)", min_ratio=1.0)
VS_OFF = Goal(">= 0.95x telemetry off", min_ratio=0.95)
TELEMETRY_SIDES = ("ours-off", "ours-otel")
BARE = "ours-bare"
BARE_NOTE = (
    "the core connection as connect() opens it: typed events only, no extension (no voice, "
    "no telemetry); the row above is a voice agent's (extensions=[Voice()], telemetry=), "
    "the difference being what history, barge-in and telemetry cost"
)
VOICE_NOTE = (
    "a voice agent's connection: extensions=[Voice()] (history, barge-in) and "
    "telemetry=Telemetry(); no goal (the core's row below has it)"
)
MEMORY = Goal("<= 0.50x", max_ratio=0.5)
SCRIPTS = Path(__file__).resolve().parents[1]

_MEMORY_CHILD = """
import asyncio, sys
sys.path.insert(0, {scripts!r})
from bench_lib import ws_sides

def rss(field):
    with open("/proc/self/status", encoding="ascii") as status:
        return int(status.read().split(field + ":")[1].split()[0])  # KiB

async def main(side, origin, count, events):
    conns = [await side.open_async(origin, events) for _ in range(count)]  # see _async_rate
    await asyncio.gather(*(side.drain_async(conn, events) for conn in conns))
    await asyncio.gather(*(side.close_async(conn) for conn in conns))

side = ws_sides.SIDES[{side!r}]
side.load()
before = rss("VmRSS")
asyncio.run(main(side, {origin!r}, {count}, {events}))
print((rss("VmHWM") - before) / {count})
"""


# The child of the OpenTelemetry-absent rows: a finder ahead of every other refuses
# opentelemetry and its submodules (ModuleNotFoundError, as when it is not installed), then
# the same rounds run on ours and ours-off.
_ABSENT_CHILD = """
import json, sys

class NoOpenTelemetry:
    def find_spec(self, name, path=None, target=None):
        if name == "opentelemetry" or name.startswith("opentelemetry."):
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, NoOpenTelemetry())
sys.path.insert(0, {scripts!r})
from bench_lib import websocket_recv
runs = websocket_recv.telemetry_absent_runs(
    {origin!r}, events={events}, rounds={rounds}, per_conn={per_conn},
    concurrency={concurrency}, warmup={warmup},
)
print(json.dumps(runs))
"""


@contextlib.contextmanager
def mix_server(frames: list[str]) -> Generator[str, None, None]:
    """The canned server with the WebSocket route streaming ``frames``; yields its origin."""
    with canned_server({"WS /v1/realtime": {"frames": frames}}) as origin:
        yield origin


def _check(side: ws_sides.Side, origin: str, frames: list[str]) -> None:
    """One pass over the mix: every event arrives, in order, with the right type."""
    expected = [json.loads(frame)["type"] for frame in frames]
    conn = side.open_sync(origin, len(frames))
    try:
        got = [ws_sides.type_of(side.drain_sync(conn, 1)) for _ in frames]
    finally:
        side.close_sync(conn)
    if got != expected:
        first = next(i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b)
        raise RuntimeError(f"{side.name}: event {first} is {got[first]!r}, not {expected[first]!r}")
    if side.name == "ours":
        from realtime_ext.events import UnknownEvent, parse_server_event

        unknown = {
            k
            for k, f in zip(expected, frames, strict=True)
            if isinstance(parse_server_event(f), UnknownEvent)
        }
        if unknown:
            raise RuntimeError(f"ours decoded {sorted(unknown)} to UnknownEvent")


class Cpu(NamedTuple):
    """CPU microseconds per timed event of one run: the thread calling ``recv()`` (for
    asyncio, the loop's: all of the connection's work) and, sync only, the connection's
    reader thread(s) (see :mod:`thread_cpu`)."""

    consumer: float
    reader: float | None


def _sync_rate(side: ws_sides.Side, origin: str, events: int, warmup: int) -> tuple[float, Cpu]:
    before = set(threading.enumerate())
    conn = side.open_sync(origin, warmup + events + SURPLUS)
    readers = started(before)
    try:
        rate, consumer, reader = timed_drain(
            lambda count: side.drain_sync(conn, count), readers, warmup, events
        )
        return rate, Cpu(consumer, reader)
    finally:
        side.close_sync(conn)


async def _async_rate(
    side: ws_sides.Side, origin: str, events: int, count: int, warmup: int
) -> tuple[float, Cpu]:
    # Opened one after another (untimed), not side by side: openai's side builds an
    # AsyncOpenAI client per connection (its CA bundle: about 55 ms of CPU), and 19 such
    # builds ran while the first connection's open_timeout (10 s) was counting, the event
    # loop blocked; on a loaded CI machine the first open timed out (seen once in CI).
    conns = [await side.open_async(origin, warmup + events) for _ in range(count)]
    try:
        # Untimed, every connection at once: the steady state is measured.
        await asyncio.gather(*(side.drain_async(conn, warmup) for conn in conns))
        consumer = time.thread_time()
        start = time.perf_counter()
        await asyncio.gather(*(side.drain_async(conn, events) for conn in conns))
        rate = events * count / (time.perf_counter() - start)
        cpu = Cpu((time.thread_time() - consumer) / (events * count) * 1e6, None)
        return rate, cpu
    finally:
        await asyncio.gather(*(side.close_async(conn) for conn in conns))


def _memory_kib(name: str, origin: str, count: int, events: int) -> float:
    code = _MEMORY_CHILD.format(
        scripts=str(SCRIPTS), side=name, origin=origin, count=count, events=events
    )
    return float(run_last_line(code))


Runs = dict[str, list[float]]
"""Rates per side name, run ``i`` of each measured in the same round."""
CpuRuns = dict[str, list[Cpu]]
"""CPU per event per side name, run for run beside :data:`Runs`."""


def _round(
    sides: dict[str, ws_sides.Side],
    order: tuple[str, ...],
    origin: str,
    shapes: tuple[Runs, Runs, Runs],
    *,
    events: int,
    per_conn: int,
    concurrency: int,
    warmup: int,
    cpus: tuple[CpuRuns, CpuRuns, CpuRuns] | None = None,
) -> None:
    """One round: each shape (sync, async, ``concurrency`` x async) on the sides in ``order``,
    each connection timed after its ``warmup`` events; the CPU per event into ``cpus``."""
    kept: tuple[CpuRuns, CpuRuns, CpuRuns] = cpus or ({}, {}, {})
    for shape, (runs, cpu) in enumerate(zip(shapes, kept, strict=True)):
        for name in order:
            if shape == 0:
                rate, used = _sync_rate(sides[name], origin, events, warmup)
            else:
                count, each = (1, events) if shape == 1 else (concurrency, per_conn)
                rate, used = asyncio.run(_async_rate(sides[name], origin, each, count, warmup))
            runs[name].append(rate)
            cpu.setdefault(name, []).append(used)


def telemetry_absent_runs(
    origin: str, *, events: int, rounds: int, per_conn: int, concurrency: int, warmup: int
) -> dict[str, Any]:
    """The OpenTelemetry-absent child's measurements: the three shapes on ``ours`` and
    ``ours-off``, which first swapped each round, and whether OpenTelemetry was imported."""
    from realtime_ext.telemetry._options import otel_installed

    names = ("ours", "ours-off")
    sides = {name: ws_sides.SIDES[name] for name in names}
    for side in sides.values():
        side.load()
    # Untimed: the first connections of a fresh interpreter pay for imports and caches (the
    # main process's correctness pass does this for its sides).
    warm: tuple[Runs, Runs, Runs] = (
        {n: [] for n in names},
        {n: [] for n in names},
        {n: [] for n in names},
    )
    _round(
        sides,
        names,
        origin,
        warm,
        events=min(events, 500),
        per_conn=min(per_conn, 50),
        concurrency=concurrency,
        warmup=0,
    )
    shapes: tuple[Runs, Runs, Runs] = (
        {n: [] for n in names},
        {n: [] for n in names},
        {n: [] for n in names},
    )
    for index in range(rounds):
        order = names if index % 2 == 0 else names[::-1]
        _round(
            sides,
            order,
            origin,
            shapes,
            events=events,
            per_conn=per_conn,
            concurrency=concurrency,
            warmup=warmup,
        )
    imported = sorted(m for m in sys.modules if m.split(".")[0] == "opentelemetry")
    return {
        "sync": shapes[0],
        "async": shapes[1],
        "many": shapes[2],
        "otel_installed": otel_installed(),
        "otel_imported": imported,
    }


def _absent(
    origin: str, *, events: int, rounds: int, per_conn: int, concurrency: int, warmup: int
) -> dict[str, Any]:
    code = _ABSENT_CHILD.format(
        scripts=str(SCRIPTS),
        origin=origin,
        events=events,
        rounds=rounds,
        per_conn=per_conn,
        concurrency=concurrency,
        warmup=warmup,
    )
    result = run_json(code)
    if result["otel_installed"] or result["otel_imported"]:
        raise RuntimeError(f"the OpenTelemetry-absent child saw OpenTelemetry: {result}")
    return result


def _rows(
    label: str,
    unit: str,
    runs: dict[str, list[float]],
    extra: dict[str, Any],
    *,
    notes: bool,
    steady: str = "",
) -> list[Item]:
    ours = Measure(runs["ours"])
    return [
        # openai runs in fewer rounds (see _order): this ratio is one of medians.
        Item(
            label,
            unit,
            ours,
            Measure(runs["openai"]),
            goal=VS_OPENAI,
            note=steady if notes else "",
            extra=extra,
        ),
        Item(
            f"{label} with voice vs raw",
            unit,
            ours,
            Measure(runs["raw"]),
            baseline="raw websockets",
            note=VOICE_NOTE if notes else "",
            extra=extra,
            paired=True,
        ),
        Item(
            f"{label} core vs raw",
            unit,
            Measure(runs[BARE]),
            Measure(runs["raw"]),
            baseline="raw websockets",
            goal=VS_RAW,
            note="; ".join(part for part in (BARE_NOTE if notes else "", _cpu_note(extra)) if part),
            extra=extra,
            paired=True,
        ),
    ]


def _telemetry_rows(
    label: str,
    unit: str,
    runs: Runs,
    absent: Runs,
    extra: dict[str, Any],
    *,
    notes: bool,
) -> list[Item]:
    """Telemetry on against off, three ways (see the module docstring), each paired."""
    off = Measure(runs["ours-off"])
    otel = runs.get("ours-otel")

    def row(
        name: str, ours: Measure | None, other: Measure, note: str, goal: Goal | None = VS_OFF
    ) -> Item:
        return Item(
            f"{label} {name}",
            unit,
            ours,
            other,
            baseline="telemetry off",
            goal=goal,
            note=note if notes else "",
            extra=extra,
            paired=True,
        )

    return [
        row(
            "telemetry on vs off",
            Measure(runs["ours"]),
            off,
            "telemetry=Telemetry(), OpenTelemetry's API installed with no SDK configured "
            "(the global providers are no-ops)",
        ),
        row(
            "telemetry + OTel SDK vs off",
            Measure(otel) if otel else None,
            off,
            "the OpenTelemetry SDK's providers passed, recording every span and measurement "
            "(batch span processor, spans dropped by the exporter; in-memory metric reader). "
            "No goal: what it adds is the SDK's own work, per response (one span, four "
            "histogram points), so its share shrinks as answers get longer"
            + ("" if otel else "; pending: opentelemetry-sdk is not installed"),
            goal=None,
        ),
        row(
            "telemetry, OTel absent, vs off",
            Measure(absent["ours"]),
            Measure(absent["ours-off"]),
            "in a child interpreter where opentelemetry cannot be imported (checked: it was "
            "not), telemetry on against off",
        ),
    ]


def _order(
    round_index: int, sides: tuple[str, ...] = (BARE, "raw", "ours", *TELEMETRY_SIDES)
) -> tuple[str, ...]:
    """The sides of one round. Ours-bare, raw, ours, ours-off then ours-otel, or the reverse,
    every round (swapped each round: raw sits next to ours-bare and to ours, ours next to
    ours-off, ours-off next to ours-otel, each pair measured back to back and neither always
    first); openai in every
    ``OPENAI_EVERY``-th round only (its runs take six times as long, and its ratio, near
    6x, needs no pairs), at the end of the round. ``sides``: those loaded, in that order."""
    order = sides if round_index % 2 == 0 else sides[::-1]
    if round_index % OPENAI_EVERY:
        return order
    return (*order, "openai") if round_index % 2 == 0 else ("openai", *order)


def run(
    frames: list[str],
    *,
    events: int,
    rounds: int,
    concurrency: int = CONCURRENCY,
    many_events: int | None = None,
    memory_events: int | None = None,
    memory_runs: int = 1,
    telemetry: bool = True,
    warmup: int | None = None,
) -> list[Item]:
    """Nineteen rows: sync, async and ``concurrency`` x async (each vs openai, with voice vs
    raw, and core vs raw), peak memory per connection, then for each shape telemetry on
    against off three ways.
    ``events`` per connection of the sync and async rows; ``many_events`` and
    ``memory_events`` per connection of the concurrent and memory rows (both default to
    ``events`` split over the connections). ``telemetry=False`` leaves out the telemetry
    sides and rows, and ``memory_runs=0`` the memory row (a second mix's run: the six
    receive rows only). ``warmup`` events per connection come before its timed ones
    (``None``: one pass over the mix, ``len(frames)``)."""
    warm = len(frames) if warmup is None else warmup
    sides: dict[str, ws_sides.Side] = {}
    for name, side in ws_sides.SIDES.items():
        if not telemetry and name in TELEMETRY_SIDES:
            continue
        try:
            side.load()
        except ImportError:
            if name != "ours-otel":  # the OpenTelemetry SDK is optional: its rows pend
                raise
            continue
        sides[name] = side
    loaded = tuple(name for name in (BARE, "raw", "ours", *TELEMETRY_SIDES) if name in sides)
    per_conn = many_events if many_events is not None else max(1, events // concurrency)
    mem_events = memory_events if memory_events is not None else per_conn
    sync_runs: Runs = {name: [] for name in sides}
    async_runs: Runs = {name: [] for name in sides}
    many_runs: Runs = {name: [] for name in sides}
    memory: Runs = {name: [] for name in ("raw", "ours", "openai")}
    cpus: tuple[CpuRuns, CpuRuns, CpuRuns] = ({}, {}, {})
    with mix_server(frames) as origin:
        for side in sides.values():
            _check(side, origin, frames)
        for index in range(rounds):
            _round(
                sides,
                _order(index, loaded),
                origin,
                (sync_runs, async_runs, many_runs),
                events=events,
                per_conn=per_conn,
                concurrency=concurrency,
                warmup=warm,
                cpus=cpus,
            )
        absent = (
            _absent(
                origin,
                events=events,
                rounds=rounds,
                per_conn=per_conn,
                concurrency=concurrency,
                warmup=warm,
            )
            if telemetry
            else {}
        )
        for _ in range(memory_runs):
            for name in memory:
                memory[name].append(_memory_kib(name, origin, concurrency, mem_events))
    extra = {
        "events_per_connection": events,
        "warmup_events_per_connection": warm,
        "mix_size": len(frames),
    }
    many_extra = {
        "connections": concurrency,
        "events_per_connection": per_conn,
        "warmup_events_per_connection": warm,
    }
    unit = f"events/s after {warm:,}" if warm else "events/s"
    why = (
        " (one pass over the mix: its session.created and each event type's first use on "
        "the connection)"
        if warm == len(frames)
        else ""
    )
    steady = (
        f"steady state: every connection, on every side alike, first receives {warm:,} events "
        f"untimed{why}, then its events timed (the unit says after how many)"
        if warm
        else ""
    )
    receive = [
        *_rows("WS recv sync", unit, sync_runs, extra | _cpu(cpus[0]), notes=True, steady=steady),
        *_rows("WS recv async", unit, async_runs, extra | _cpu(cpus[1]), notes=False),
        *_rows(
            f"WS recv async x{concurrency}",
            unit,
            many_runs,
            many_extra | _cpu(cpus[2]),
            notes=False,
        ),
    ]
    if not telemetry:
        if not memory_runs:
            return receive
        return [*receive, _memory_row(memory, concurrency, mem_events)]
    shapes = (
        ("WS recv sync", sync_runs, absent["sync"], extra),
        ("WS recv async", async_runs, absent["async"], extra),
        (f"WS recv async x{concurrency}", many_runs, absent["many"], many_extra),
    )
    return [
        *receive,
        _memory_row(memory, concurrency, mem_events),
        *(
            row
            for index, (label, runs, absent_runs, shape_extra) in enumerate(shapes)
            for row in _telemetry_rows(
                label, unit, runs, absent_runs, shape_extra, notes=index == 0
            )
        ),
    ]


def _cpu(cpu: CpuRuns) -> dict[str, Any]:
    """The receive rows' ``extra`` on CPU: per side, the median over its runs of the
    microseconds per event of the receiving thread (asyncio: the loop's, all the
    connection's work) and, for a blocking connection, of its reader thread."""
    consumer = {name: round(median(run.consumer for run in runs), 3) for name, runs in cpu.items()}
    readers = {
        name: round(median(run.reader for run in runs if run.reader is not None), 3)
        for name, runs in cpu.items()
        if any(run.reader is not None for run in runs)
    }
    return (
        {"consumer_us_per_event": consumer, "reader_us_per_event": readers}
        if readers
        else {"loop_us_per_event": consumer}
    )


def _cpu_note(extra: dict[str, Any]) -> str:
    """The core row's CPU per event, ours against raw (see :func:`_cpu`), or ``""``."""
    if "consumer_us_per_event" in extra:
        consumer, reader = extra["consumer_us_per_event"], extra["reader_us_per_event"]
        if BARE in consumer and "raw" in consumer:
            return (
                f"CPU per event, core / raw: receiving thread {consumer[BARE]:.2f} / "
                f"{consumer['raw']:.2f} us, websockets' reader thread "
                f"{reader.get(BARE, 0.0):.2f} / {reader.get('raw', 0.0):.2f} us"
            )
    loop = extra.get("loop_us_per_event", {})
    if BARE in loop and "raw" in loop:
        return f"CPU per event, core / raw: event loop {loop[BARE]:.2f} / {loop['raw']:.2f} us"
    return ""


def _memory_row(memory: Runs, concurrency: int, mem_events: int) -> Item:
    return Item(
        "WS peak memory per connection",
        "KiB",
        Measure(memory["ours"]),
        Measure(memory["openai"]),
        goal=MEMORY,
        note=(
            f"peak RSS growth / {concurrency} asyncio connections, each draining "
            f"{mem_events:,} events (raw websockets: {Measure(memory['raw']).median:,.0f} KiB)"
        ),
        extra={
            "connections": concurrency,
            "events_per_connection": mem_events,
            "raw_websockets_kib": Measure(memory["raw"]).median,
        },
    )
