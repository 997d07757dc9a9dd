"""WebSocket receive: server events received and typed per second over loopback.

The canned server (its own process, see :mod:`canned_server`) streams the recorded event
mix as fast as the socket takes it; each side (:mod:`ws_sides`: realtime-ext, openai's
``client.realtime.connect()``, and a raw ``websockets`` + ``json.loads`` loop) drains it
with its own ``recv()``. Three shapes: one sync connection, one asyncio connection, and
``concurrency`` asyncio connections drained at once on one event loop (the figure is the
total). Timing starts after the handshake and stops after the last event.

Each round measures one shape on ours and raw back to back, which first swapped every
round; the ratios to raw are paired (:func:`report.paired_ratio`): on a shared machine
whose speed drifts over seconds, the median of per-round ratios compares runs taken at the
same speed, where a ratio of medians would not. openai, six times slower, runs in one
round in five, next to ours; its ratio is one of medians.

Peak memory per connection: a fresh interpreter per side loads its package, notes its
resident size, opens ``concurrency`` asyncio connections, drains them, and reports
``(peak RSS - RSS before connecting) / concurrency``.

Example:
    >>> from bench_lib import event_mix, websocket_recv
    >>> items = websocket_recv.run(event_mix.record(), events=500, rounds=1)  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import subjects, ws_sides
from .report import Goal, Item, Measure
from .request_overhead import canned_server

CONCURRENCY = 20
# openai's share of the rounds: one in five (odd, so those rounds alternate between raw
# first and ours first, as all rounds do, and openai runs before ours as often as after).
OPENAI_EVERY = 5
VS_RAW = Goal(">= 0.80x raw", min_ratio=0.8)
VS_OPENAI = Goal(">= 1.00x (at least as fast)", min_ratio=1.0)
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
    conns = await asyncio.gather(*(side.open_async(origin, events) for _ in range(count)))
    await asyncio.gather(*(side.drain_async(conn, events) for conn in conns))
    await asyncio.gather(*(side.close_async(conn) for conn in conns))

side = ws_sides.SIDES[{side!r}]
side.load()
before = rss("VmRSS")
asyncio.run(main(side, {origin!r}, {count}, {events}))
print((rss("VmHWM") - before) / {count})
"""


@contextlib.contextmanager
def mix_server(frames: list[str]) -> Iterator[str]:
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


def _sync_rate(side: ws_sides.Side, origin: str, events: int) -> float:
    conn = side.open_sync(origin, events)
    try:
        start = time.perf_counter()
        side.drain_sync(conn, events)
        return events / (time.perf_counter() - start)
    finally:
        side.close_sync(conn)


async def _async_rate(side: ws_sides.Side, origin: str, events: int, count: int) -> float:
    conns = await asyncio.gather(*(side.open_async(origin, events) for _ in range(count)))
    try:
        start = time.perf_counter()
        await asyncio.gather(*(side.drain_async(conn, events) for conn in conns))
        return events * count / (time.perf_counter() - start)
    finally:
        await asyncio.gather(*(side.close_async(conn) for conn in conns))


def _memory_kib(name: str, origin: str, count: int, events: int) -> float:
    code = _MEMORY_CHILD.format(
        scripts=str(SCRIPTS), side=name, origin=origin, count=count, events=events
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=subjects.ROOT, check=True, capture_output=True, text=True
    )
    return float(done.stdout.split()[-1])


def _rows(label: str, unit: str, runs: dict[str, list[float]], extra: dict[str, Any]) -> list[Item]:
    ours = Measure(runs["ours"])
    return [
        # openai runs in fewer rounds (see _order): this ratio is one of medians.
        Item(label, unit, ours, Measure(runs["openai"]), goal=VS_OPENAI, extra=extra),
        Item(
            f"{label} vs raw",
            unit,
            ours,
            Measure(runs["raw"]),
            baseline="raw websockets",
            goal=VS_RAW,
            extra=extra,
            paired=True,
        ),
    ]


def _order(round_index: int) -> tuple[str, ...]:
    """The sides of one round. Ours and raw in every round, which of them first swapped
    each round; openai in every ``OPENAI_EVERY``-th round only (its runs take six times
    as long, and its ratio, near 6x, needs no pairs), next to ours, on the side raw is
    not."""
    pair = ("raw", "ours") if round_index % 2 == 0 else ("ours", "raw")
    if round_index % OPENAI_EVERY:
        return pair
    return (*pair, "openai") if pair[0] == "raw" else ("openai", *pair)


def run(
    frames: list[str],
    *,
    events: int,
    rounds: int,
    concurrency: int = CONCURRENCY,
    many_events: int | None = None,
    memory_events: int | None = None,
    memory_runs: int = 1,
) -> list[Item]:
    """Seven rows: sync, async and ``concurrency`` x async (each vs openai and vs raw), and
    peak memory per connection. ``events`` per connection of the sync and async rows;
    ``many_events`` and ``memory_events`` per connection of the concurrent and memory rows
    (both default to ``events`` split over the connections)."""
    sides = ws_sides.SIDES
    for side in sides.values():
        side.load()
    per_conn = many_events if many_events is not None else max(1, events // concurrency)
    mem_events = memory_events if memory_events is not None else per_conn
    sync_runs: dict[str, list[float]] = {name: [] for name in sides}
    async_runs: dict[str, list[float]] = {name: [] for name in sides}
    many_runs: dict[str, list[float]] = {name: [] for name in sides}
    memory: dict[str, list[float]] = {name: [] for name in sides}
    with mix_server(frames) as origin:
        for side in sides.values():
            _check(side, origin, frames)
        for index in range(rounds):
            order = _order(index)
            for name in order:
                sync_runs[name].append(_sync_rate(sides[name], origin, events))
            for name in order:
                async_runs[name].append(asyncio.run(_async_rate(sides[name], origin, events, 1)))
            for name in order:
                many_runs[name].append(
                    asyncio.run(_async_rate(sides[name], origin, per_conn, concurrency))
                )
        for _ in range(memory_runs):
            for name in sides:
                memory[name].append(_memory_kib(name, origin, concurrency, mem_events))
    extra = {"events_per_connection": events, "mix_size": len(frames)}
    many_extra = {"connections": concurrency, "events_per_connection": per_conn}
    return [
        *_rows("WS recv sync", "events/s", sync_runs, extra),
        *_rows("WS recv async", "events/s", async_runs, extra),
        *_rows(f"WS recv async x{concurrency}", "events/s", many_runs, many_extra),
        Item(
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
        ),
    ]
