"""The soak (``--only soak``): K calls at once for minutes against ``serve-fake``; is memory flat?

``serve-fake`` (``python -m realtime_ext.testing``) runs in a process of its own. A fresh
interpreter (:data:`_CHILD`) keeps K calls going for ``seconds``: each call opens a session
with ``aconnect()``'s defaults, sends a 100 ms PCM16 input frame every 100 ms (the caller
speaking), and every ``turn`` seconds commits it and asks for a response, whose events it
receives and dispatches to a handler; after ``call`` seconds it closes and the next call
opens at once (calls end and start all along, as on a worker: what a closed session leaves
behind shows as growth). Every ``sample`` seconds it reads its own resident size and the
server's (``/proc/PID/status``'s ``VmRSS``).

After ``warmup`` seconds, each side's resident size is fitted to a line (least squares over
the samples): its slope, in KiB per minute, is the figure; it is *flat* when the window's
growth along that line stays within :data:`FLAT_SHARE` of the resident size (noise: the
allocator's arenas, a collection's timing) or :data:`FLAT_KIB`, whichever is more.

Example:
    >>> from bench_lib import soak
    >>> result = soak.run(sessions=5, seconds=6.0, warmup=2.0)  # doctest: +SKIP
    >>> result["client"]["flat"], result["server"]["flat"]  # doctest: +SKIP
    (True, True)
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import os
import resource
import sys
import time
from typing import Any

from . import subjects
from .child import run_json
from .report import Item, Measure
from .served import serve_fake_origin, served_process

SCRIPTS = subjects.ROOT / "scripts"
API_KEY = "sk-bench-not-a-real-key"
MODEL = "gpt-realtime"
PCM = bytes(4800)  # 100 ms of 24 kHz PCM16: each call's input frame
FLAT_SHARE = 0.02
"""Growth over the measured window, along the fitted line, still called flat: 2 % of the
mean resident size..."""
FLAT_KIB = 2048
"""...or 2 MiB, whichever is more (a small process's noise)."""

_CHILD = """
import sys
sys.path.insert(0, {scripts!r})
from bench_lib import soak
soak.child({origin!r}, {server_pid}, {sessions}, {seconds}, {warmup}, {call}, {turn}, {sample})
"""


def _rss_kib(pid: int | str = "self") -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return int(status.read().split("VmRSS:")[1].split()[0])


def _cpu_s(pid: int | str = "self") -> float:
    """The process's CPU time (user and system) so far, in seconds."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()  # after the command's name
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_share(samples: list[tuple[float, float]], warmup: float) -> float:
    """The share of one core a process used after ``warmup``, from ``(seconds, CPU
    seconds)`` samples (1.0: a core all the time; an asyncio process at 1.0 is saturated).

    >>> cpu_share([(0.0, 0.0), (10.0, 1.0), (20.0, 6.0)], 10.0)
    0.5
    """
    kept = [(t, c) for t, c in samples if t >= warmup] or samples
    wall = kept[-1][0] - kept[0][0]
    return (kept[-1][1] - kept[0][1]) / wall if wall > 0 else 0.0


def slope(samples: list[tuple[float, int]]) -> float:
    """The least-squares slope of ``(seconds, KiB)`` samples, in KiB per minute.

    >>> slope([(0.0, 100), (60.0, 160), (120.0, 220)])
    60.0
    """
    if len(samples) < 2:
        return 0.0
    n = len(samples)
    mean_t = sum(t for t, _ in samples) / n
    mean_v = sum(v for _, v in samples) / n
    spread = sum((t - mean_t) ** 2 for t, _ in samples)
    if not spread:
        return 0.0
    return sum((t - mean_t) * (v - mean_v) for t, v in samples) / spread * 60


def verdict(samples: list[tuple[float, int]], warmup: float) -> dict[str, Any]:
    """One side's figures from its ``(seconds, KiB)`` samples: those after ``warmup`` fitted.

    >>> verdict([(0.0, 50), (1.0, 1000), (61.0, 1000), (121.0, 1001)], 1.0)["flat"]
    True
    """
    kept = [(t, v) for t, v in samples if t >= warmup] or samples
    per_minute = slope(kept)
    window = (kept[-1][0] - kept[0][0]) / 60
    mean = sum(v for _, v in kept) / len(kept)
    growth = per_minute * window
    return {
        "slope_kib_per_min": per_minute,
        "growth_kib": growth,
        "mean_kib": mean,
        "flat": growth <= max(FLAT_SHARE * mean, FLAT_KIB),
        "samples": samples,
    }


async def _calls(
    origin: str,
    server_pid: int,
    sessions: int,
    seconds: float,
    call: float,
    turn: float,
    sample: float,
) -> dict[str, Any]:
    from realtime_ext.connection import aconnect

    loop = asyncio.get_running_loop()
    start = loop.time()
    end = start + seconds
    counts = {"calls": 0, "events": 0, "responses": 0, "errors": 0}
    # What the errors were, by kind: an error event by its code, a failed call by its
    # exception's type, so a soak's note says whether the SDK or the machine failed a call.
    kinds: collections.Counter[str] = collections.Counter()
    drops: collections.Counter[str] = collections.Counter()

    def reconnecting(event: Any) -> None:
        # A line that dropped mid-call, by its close code (1006: no close frame; 1011: a
        # keepalive ping unanswered), so a soak's errors say which side let go.
        drops[f"close {event.close_code}"] += 1

    async def one_call() -> None:
        async with aconnect(
            api_key=API_KEY,
            base_url=f"{origin}/v1",
            model=MODEL,
            on_reconnecting=reconnecting,
        ) as conn:
            counts["calls"] += 1

            def count(event: Any) -> None:
                counts["events"] += 1

            def failed(event: Any) -> None:
                counts["errors"] += 1
                kinds[f"error event {getattr(event.error, 'code', None) or 'without a code'}"] += 1

            conn.on("*", count)
            conn.on("error", failed)  # handled as events: a call goes on after one
            opened = loop.time()
            stop = min(end, opened + call)
            next_turn = opened + turn
            frame = 0
            while loop.time() < stop:
                frame += 1
                await asyncio.sleep(max(0.0, opened + frame * 0.1 - loop.time()))
                await conn.send_audio(PCM)
                if loop.time() >= next_turn:
                    next_turn += turn
                    await conn.input_audio_buffer.commit()
                    await conn.response.create()
                    await conn.run_until("response.done", timeout=30)
                    counts["responses"] += 1
                # What arrived meanwhile (transcription, the server's own events).
                with contextlib.suppress(Exception):
                    while True:
                        await conn.dispatch(await conn.recv(timeout=0))

    async def caller(index: int) -> None:
        # Calls start spread over the first call's length, as a worker's calls do.
        await asyncio.sleep(call * index / sessions)
        while loop.time() < end:
            try:
                await one_call()
            except Exception as exc:  # a call that fails is counted; the next one starts
                counts["errors"] += 1
                kinds[type(exc).__name__] += 1

    client: list[tuple[float, int]] = []
    server: list[tuple[float, int]] = []
    client_cpu: list[tuple[float, float]] = []
    heap: list[tuple[float, int]] = []
    server_cpu: list[tuple[float, float]] = []

    async def sampler() -> None:
        while loop.time() < end:
            now = loop.time() - start
            client.append((now, _rss_kib()))
            server.append((now, _rss_kib(server_pid)))
            client_cpu.append((now, _cpu_s()))
            # The Python heap's allocated blocks: what the process's objects hold, which a
            # resident size's steps (the allocator keeping freed arenas) do not show.
            heap.append((now, sys.getallocatedblocks()))
            server_cpu.append((now, _cpu_s(server_pid)))
            await asyncio.sleep(sample)

    await asyncio.gather(sampler(), *(caller(index) for index in range(sessions)))
    return {
        "client": client,
        "server": server,
        "client_cpu": client_cpu,
        "heap": heap,
        "server_cpu": server_cpu,
        **counts,
        "error_kinds": dict(kinds),
        "drops": dict(drops),
    }


def child(
    origin: str,
    server_pid: int,
    sessions: int,
    seconds: float,
    warmup: float,
    call: float,
    turn: float,
    sample: float,
) -> None:
    """K calls for ``seconds`` (a fresh interpreter's whole job); print the figures as JSON."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, 2 * sessions + 256)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    found = asyncio.run(_calls(origin, server_pid, sessions, seconds, call, turn, sample))
    result = {
        "sessions": sessions,
        "seconds": seconds,
        "warmup": warmup,
        **{key: found[key] for key in ("calls", "events", "responses", "errors")},
        "error_kinds": found["error_kinds"],
        "drops": found["drops"],
        "client": verdict(found["client"], warmup)
        | {"cpu_share": cpu_share(found["client_cpu"], warmup)}
        | {"heap": _in_blocks(verdict(found["heap"], warmup))},
        "server": verdict(found["server"], warmup)
        | {"cpu_share": cpu_share(found["server_cpu"], warmup)},
    }
    print(json.dumps(result))


def run(
    *,
    sessions: int,
    seconds: float,
    warmup: float,
    call: float = 60.0,
    turn: float = 4.0,
    sample: float = 5.0,
) -> dict[str, Any]:
    """The soak: serve-fake in a process of its own, the K calls in a fresh interpreter."""
    argv = [
        "-m",
        "realtime_ext.testing",
        "--port",
        "0",
        # K sessions at once, and a storm of reconnects has room: its default is 512.
        "--max-connections",
        str(2 * sessions + 64),
    ]
    with served_process(
        argv, "serve-fake", origin=serve_fake_origin, terminate=True, quiet=True
    ) as (
        origin,
        proc,
    ):
        code = _CHILD.format(
            scripts=str(SCRIPTS),
            origin=origin,
            server_pid=proc.pid,
            sessions=sessions,
            seconds=seconds,
            warmup=warmup,
            call=call,
            turn=turn,
            sample=sample,
        )
        started = time.perf_counter()
        result = run_json(code, timeout=120 + sessions + 2 * seconds)
        result["wall_s"] = time.perf_counter() - started
        return result


def _kinds(kinds: dict[str, int]) -> str:
    """The errors' kinds, most first, for a row's note (``": 3 TimeoutError"``)."""
    ranked = sorted(kinds.items(), key=lambda pair: (-pair[1], pair[0]))
    return (": " + ", ".join(f"{n} {kind}" for kind, n in ranked)) if ranked else ""


def _in_blocks(figures: dict[str, Any]) -> dict[str, Any]:
    """A verdict of allocated-block samples, its keys saying blocks (the fit is the same)."""
    return {key.replace("_kib", "_blocks"): value for key, value in figures.items()}


def _heap(found: dict[str, Any]) -> str:
    """The client's Python heap in a note: its allocated blocks' growth over the window."""
    heap = found.get("heap")
    if heap is None:
        return ""
    share = heap["growth_blocks"] / heap["mean_blocks"] if heap["mean_blocks"] else 0.0
    return (
        f"; Python heap {'flat' if heap['flat'] else 'GROWING'} ({share:+.1%} of its "
        f"{heap['mean_blocks'] / 1e6:.2f} M blocks)"
    )


def rows(result: dict[str, Any]) -> list[Item]:
    """The soak's rows: each side's slope after warm-up (flat or not in the note)."""
    label = f"soak x{result['sessions']} for {result['seconds']:g} s"
    items = []
    for side, who in (("client", "client process"), ("server", "serve-fake")):
        found = result[side]
        items.append(
            Item(
                f"{label}: {who} resident size slope after warm-up",
                "KiB/min",
                Measure([found["slope_kib_per_min"]]),
                None,
                note=("flat" if found["flat"] else "GROWING")
                + f" ({found['growth_kib']:.0f} KiB over the window, mean "
                f"{found['mean_kib'] / 1024:.0f} MiB, {found.get('cpu_share', 0):.0%} of a core"
                + _heap(found)
                + f"; {result['calls']} calls, "
                f"{result['errors']} errors{_kinds(result['error_kinds'])}; "
                f"{sum(result['drops'].values())} reconnects{_kinds(result['drops'])})",
                extra={"soak": {k: v for k, v in result.items() if k not in ("client", "server")}}
                | {"side": {k: v for k, v in found.items()}},
            )
        )
    return items
