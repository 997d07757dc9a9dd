"""GPT-Live receive: events received and typed per second over loopback, realtime-ext's
``client.live.connect`` against openai's ``client.live.connect`` and a raw ``websockets`` +
``json.loads`` loop.

The canned server (:mod:`canned_server`, its own process) streams the server frames of the
recorded primary-socket session (``tests/data/realtraffic/live``): its ``session.started``
once, as a session opens, then what came between it and ``session.closed`` (the
commentary's acknowledgement, transcript and audio deltas) cycled, as fast as the socket
takes them. (Cycling the whole recording would send a ``session.started`` and a
``session.closed`` every 72 events, where a real session sends each once.)

The recording cut every audio payload to its first 32 bytes; the API sends the primary
socket's output as a continuous track of about 100 ms frames in the session's format
(``PROTOCOL.md``: ten a second, speech or silence). Each audio delta is therefore given
100 ms of audio again (:data:`MIXES`): in the recorded session's format (PCM16 at 24 kHz:
4,800 bytes, the main rows), in the smallest format the API offers (G.711 at 8 kHz: 800
bytes, as a phone bridge streams it), and, without a goal, cut as recorded (32 bytes: no
frame the API sends is that small; what is left there is the per-event cost alone). The
``session.started`` says the mix's format.

Each side opens ``/v1/live/sessions?events=N`` and sends ``session.start`` as the API wants:
ours from ``connect``'s keywords (it returns after ``session.started``), openai's and raw by
hand; each then receives ``warmup`` events untimed and the timed ``events`` on the same
connection. One sync connection per side and round, the sides in swapped order each round;
the ratio to raw is paired (:func:`report.paired_ratio`), to openai one of medians.

Each row's ``extra`` also holds, per side, the CPU time per timed event of its consumer (the
thread calling ``recv()``: ``time.thread_time``) and of websockets' reader thread (the
threads the side's connection started, read from their CPU clocks): the sync client's
reader runs beside the consumer under one GIL, so the rate is about one over their sum, and
these say which side's work a gap is.

Example:
    >>> from bench_lib import live_recv
    >>> rows = live_recv.run(events=500, rounds=1)  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import json
import random
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from statistics import median
from typing import Any, NamedTuple

import yaml

from .report import Goal, Item, Measure
from .request_overhead import canned_server
from .thread_cpu import SURPLUS, started, timed_drain

RECORDING = (
    Path(__file__).resolve().parents[2]
    / "tests"
    / "data"
    / "realtraffic"
    / "live"
    / "test_openai_live_ws__test_text_reaches_the_model_as_context.yaml"
)
API_KEY = "sk-bench-not-a-real-key"
MODEL = "gpt-live-1"
START = json.dumps({"type": "session.start", "session": {"model": MODEL}})
VS_RAW = Goal(">= 1.00x raw", min_ratio=1.0)
VS_OPENAI = Goal(">= 1.00x (at least as fast)", min_ratio=1.0)

Drain = Callable[[int], None]


class Mix(NamedTuple):
    """How a row's stream gives its audio deltas 100 ms of audio again (see the module)."""

    label: str
    """What the rows' names add (the main mix: nothing)."""
    audio_format: dict[str, Any] | None
    """The ``audio.format`` its ``session.started`` says (``None``: the recording's)."""
    audio_bytes: int | None
    """Bytes of audio per delta (``None``: as recorded, cut to about 32)."""
    goal: bool
    """Whether its rows are held to the goal (not the cut one: the API sends no such frame)."""


PCM24 = {"type": "audio/pcm", "rate": 24000}
MIXES = {
    "pcm24": Mix("", None, 24000 * 2 // 10, goal=True),  # the recording's format, 100 ms
    "g711": Mix(", G.711 8 kHz", {"type": "audio/pcmu", "rate": 8000}, 8000 // 10, goal=True),
    "cut": Mix(", audio cut to 32 bytes as recorded", None, None, goal=False),
}


def frames() -> list[str]:
    """The recorded session's server frames, as the server sent them (JSON text)."""
    with RECORDING.open(encoding="utf-8") as f:
        raw = yaml.load(f, Loader=yaml.CSafeLoader)
    return [
        json.dumps(item["data"])
        for item in raw["interactions"]
        if item.get("kind") == "message" and item["direction"] == "received"
    ]


def stream(mix: Mix = MIXES["pcm24"]) -> dict[str, list[str]]:
    """The canned route: ``session.started`` first (in the mix's format), then the
    session's middle, cycled, each audio delta with the mix's audio."""
    recorded = frames()
    assert '"session.started"' in recorded[0] and '"session.closed"' in recorded[-1]
    started = json.loads(recorded[0])
    assert started["session"]["audio"]["format"] == PCM24, "the main mix assumes this format"
    if mix.audio_format is not None:
        started["session"]["audio"]["format"] = mix.audio_format
    # The same bytes on every run; what they hold does not matter to a decoder.
    audio = None
    if mix.audio_bytes is not None:
        audio = base64.b64encode(random.Random(0).randbytes(mix.audio_bytes)).decode()
    middle = []
    for frame in recorded[1:-1]:
        event = json.loads(frame)
        if audio is not None and event["type"] == "session.output_audio.delta":
            frame = json.dumps(dict(event, delta=audio))
        middle.append(frame)
    return {"first": [json.dumps(started)], "frames": middle}


def _raw(origin: str, total: int) -> Generator[Drain]:
    from websockets.sync.client import connect

    url = f"ws{origin.removeprefix('http')}/v1/live/sessions?events={total}"
    with connect(url, max_size=None) as ws:  # as websockets asks (17.1 warns otherwise)
        ws.send(START)
        recv, loads = ws.recv, json.loads

        def drain(count: int) -> None:
            for _ in range(count):
                loads(recv())

        drain(1)  # session.started, as the others wait for it
        yield drain


def _ours(origin: str, total: int) -> Generator[Drain]:
    from realtime_ext import RealtimeClient

    with (
        RealtimeClient(api_key=API_KEY, base_url=f"{origin}/v1") as client,
        client.live.connect(model=MODEL, extra_query={"events": str(total)}) as conn,
    ):
        recv = conn.recv

        def drain(count: int) -> None:
            for _ in range(count):
                recv()

        yield drain  # connect returned after session.started
        conn.abort()


def _openai(origin: str, total: int) -> Generator[Drain]:
    import openai

    client = openai.OpenAI(api_key=API_KEY, base_url=f"{origin}/v1")
    with client.live.connect(extra_query={"events": total}) as conn:
        conn.send(json.loads(START))
        recv = conn.recv

        def drain(count: int) -> None:
            for _ in range(count):
                recv()

        drain(1)
        yield drain


SIDES: dict[str, Callable[[str, int], Generator[Drain]]] = {
    "raw": _raw,
    "ours": _ours,
    "openai": _openai,
}


class Run(NamedTuple):
    """One timed drain: events/s, and the CPU microseconds per event of the consumer and of
    the connection's reader thread(s)."""

    rate: float
    consumer_us: float
    reader_us: float


def _rate(
    side: Callable[[str, int], Generator[Drain]], origin: str, events: int, warmup: int
) -> Run:
    before = set(threading.enumerate())
    opened = side(origin, 1 + warmup + events + SURPLUS)
    drain = next(opened)
    readers = started(before)
    try:
        return Run(*timed_drain(drain, readers, warmup, events))
    finally:
        opened.close()


def _runs(
    mix: Mix, sides: list[str], events: int, rounds: int, warmup: int
) -> dict[str, list[Run]]:
    """Each of ``sides``' timed drains on ``mix``'s stream, round by round."""
    runs: dict[str, list[Run]] = {name: [] for name in sides}
    with canned_server({"WS /v1/live/sessions": stream(mix)}) as origin:
        for name in sides:  # a process's first use, untimed
            _rate(SIDES[name], origin, 2000, 0)  # (a short stream would end before session.start)
        for index in range(rounds):
            for name in sides if index % 2 == 0 else sides[::-1]:
                runs[name].append(_rate(SIDES[name], origin, events, warmup))
    return runs


def _extra(
    mix: Mix, runs: dict[str, list[Run]], events: int, rounds: int, warmup: int
) -> dict[str, Any]:
    return {
        "events": events,
        "rounds": rounds,
        "warmup": warmup,
        "audio_bytes_per_delta": mix.audio_bytes,  # None: as recorded (cut)
        "consumer_us_per_event": {
            name: round(median(run.consumer_us for run in done), 3) for name, done in runs.items()
        },
        "reader_us_per_event": {
            name: round(median(run.reader_us for run in done), 3) for name, done in runs.items()
        },
    }


def run(*, events: int, rounds: int, warmup: int = 100) -> list[Item]:
    """The rows: ours against openai and against raw on the main mix, against raw on the
    others (events/s, one sync connection)."""
    rows: list[Item] = []
    for key, mix in MIXES.items():
        sides = list(SIDES) if key == "pcm24" else ["raw", "ours"]
        runs = _runs(mix, sides, events, rounds, warmup)
        extra = _extra(mix, runs, events, rounds, warmup)
        ours = Measure([run.rate for run in runs["ours"]])
        if "openai" in runs:
            rows.append(
                Item(
                    f"GPT-Live receive (sync{mix.label})",
                    "events/s",
                    ours,
                    Measure([run.rate for run in runs["openai"]]),
                    goal=VS_OPENAI,
                    note="client.live.connect then recv(): typed Live events; openai's "
                    "client.live.connect; 100 ms audio frames (PCM16 24 kHz)",
                    extra=extra,
                )
            )
        rows.append(
            Item(
                f"GPT-Live receive (sync{mix.label}) vs raw",
                "events/s",
                ours,
                Measure([run.rate for run in runs["raw"]]),
                baseline="raw websockets",
                goal=VS_RAW if mix.goal else None,
                note="" if mix.goal else "no goal: the API sends no audio frame this small",
                extra=extra,
                paired=True,
            )
        )
    return rows


if __name__ == "__main__":
    rows = run(events=5000, rounds=8)
    for row in rows:
        print(row.name, round(row.ours.median if row.ours else 0), row.ratio)
        print("  consumer us/event", row.extra["consumer_us_per_event"])
        print("  reader us/event", row.extra["reader_us_per_event"])
