"""Command line of ``scripts/bench.py``: run every benchmark, print the table, write JSON."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from . import (
    client_construction,
    cold_import,
    event_decoding,
    event_mix,
    first_connection,
    live_recv,
    peak_memory,
    regen_time,
    request_overhead,
    sdp_roundtrip,
    subjects,
    telephony,
    twilio_scale,
    webrtc_call,
    websocket_recv,
)
from .report import Item, table, write_json
from .scale import Window, sessions_of
from .scale import run as run_scale
from .soak import rows as soak_table
from .soak import run as run_soak

DEFAULT_OUTPUT = subjects.ROOT / "build" / "bench-results.json"


@dataclass(frozen=True)
class Scale:
    """Iteration counts. ``FULL`` fits in a few minutes on 2 cores; ``QUICK`` is the smoke test."""

    import_runs: int
    first_connection_runs: int
    request_calls: int
    request_rounds: int
    request_warmup: int
    client_builds: int
    decode_events: int
    decode_rounds: int
    sdp_count: int
    sdp_rounds: int
    regen_rounds: int
    memory_events: int
    memory_runs: int
    ws_events: int
    ws_rounds: int
    ws_many_events: int
    ws_memory_events: int
    ws_warmup: int | None
    webrtc_calls: int
    webrtc_frames: int
    telephony_frames: int
    telephony_calls: int
    # Sessions per worker (--only scale): the sessions' warm-up, steady window and connect
    # storm window, in seconds of the wall clock (the stream is paced, not drained).
    scale_warmup: float
    scale_seconds: float
    scale_storm: float
    # An untimed fresh interpreter per statement or side before the timed ones of the cold
    # import and first connection rows (bytecode compiled and cached): a measurement's
    # condition, not a code path, so the smoke test's scale skips those interpreters.
    warm_children: bool = True


FULL = Scale(
    import_runs=15,
    # A fresh interpreter per run and side (about a second each on 2 cores, imports included).
    first_connection_runs=15,
    # Many short interleaved rounds: a burst of outside load then spoils one round, not a median.
    request_calls=500,
    request_rounds=8,
    request_warmup=200,
    # Clients built (and closed) per round of the client construction row (request_rounds).
    client_builds=50,
    decode_events=20_000,
    decode_rounds=10,
    sdp_count=2000,
    sdp_rounds=5,
    regen_rounds=3,
    memory_events=100_000,
    memory_runs=3,
    # Events of the sync and async connections. Many short paired rounds rather than five
    # of 20,000 events: on a shared VM single rounds of 20,000 still ranged from 0.6x to
    # 1.3x raw, and a median of 32 pairs moves far less than one of five. openai runs in
    # a fifth of them (websocket_recv.OPENAI_EVERY); ~2 min in all.
    ws_events=5_000,
    ws_rounds=32,
    # Per connection of the 20 concurrent ones and of the memory row: as before the rounds
    # were shortened (a connection's first events, its handshake's session.created among
    # them, cost more than the steady state, and real sessions are longer still).
    ws_many_events=1_000,
    ws_memory_events=1_000,
    # Received untimed by every connection of the receive rows before its timed events
    # (None: one pass over the mix, 425 events of the recorded one): the rows give the
    # steady state, not a connection's first events (at 10,000 events a connection, its
    # one-off costs dominated the ratio; issue 57).
    ws_warmup=None,
    webrtc_calls=10,
    webrtc_frames=2000,
    # 50 s of caller audio and a 50 s reply per round; the 50 calls at once.
    telephony_frames=2500,
    telephony_calls=50,
    # The 30 s of steady state and 12 s of connect storm (7 sides per K).
    scale_warmup=5.0,
    scale_seconds=30.0,
    scale_storm=12.0,
)
QUICK = Scale(
    import_runs=1,
    first_connection_runs=1,
    request_calls=5,
    request_rounds=1,
    request_warmup=2,
    client_builds=2,
    decode_events=200,
    decode_rounds=1,
    sdp_count=10,
    sdp_rounds=1,
    regen_rounds=1,
    memory_events=400,
    memory_runs=1,
    ws_events=400,
    ws_rounds=1,
    ws_many_events=20,
    ws_memory_events=20,
    ws_warmup=20,
    webrtc_calls=2,
    webrtc_frames=20,
    telephony_frames=50,
    telephony_calls=3,
    scale_warmup=0.3,
    scale_seconds=1.0,
    scale_storm=0.5,
    warm_children=False,
)
BENCHMARKS = (
    "import",
    "first-connection",
    "requests",
    "events",
    "websocket",
    "live",
    "webrtc",
    "telephony",
    "sdp",
    "regen",
    "memory",
)
OPT_IN = ("scale", "calls", "soak")
"""Run only when named in ``--only`` (K sessions at a call's pace take minutes per K);
``scale`` includes ``calls`` (the Twilio bridge's calls per core at each K)."""
SCALE_SESSIONS = "100,500,1000"
QUICK_SCALE_SESSIONS = "5"
SOAK_SESSIONS, SOAK_SECONDS = 1000, 600.0  # issue 81: 1,000 sessions for 10 minutes
QUICK_SOAK_SESSIONS, QUICK_SOAK_SECONDS = 3, 6.0


def _labelled(items: list[Item], mix: str, frames: list[str]) -> list[Item]:
    """``items`` named for ``mix`` (the recorded mix keeps the plain names), with its
    name and composition."""
    composition = event_mix.composition(frames)
    for item in items:
        item.name += event_mix.MIX_LABELS[mix]
        item.extra["mix_name"] = mix
        item.extra["mix"] = composition
    return items


def _benchmarks(
    scale: Scale,
    mix_files: dict[str, Path],
    sessions: list[int],
    soak: tuple[int, float] = (QUICK_SOAK_SESSIONS, QUICK_SOAK_SECONDS),
    storm_sessions: int | None = None,
) -> dict[str, Callable[[], list[Item]]]:
    """Each benchmark; event decoding and WebSocket receive once per mix (the first mix
    also gives the memory and telemetry rows, the others the receive rows only)."""
    first = next(iter(mix_files.values()))

    def events() -> list[Item]:
        items: list[Item] = []
        for mix, mix_file in mix_files.items():
            frames = event_mix.read(mix_file)
            item = event_decoding.run(
                frames, events=scale.decode_events, rounds=scale.decode_rounds
            )
            items += _labelled([item], mix, frames)
        return items

    def websocket() -> list[Item]:
        items: list[Item] = []
        for index, (mix, mix_file) in enumerate(mix_files.items()):
            frames = event_mix.read(mix_file)
            rows = websocket_recv.run(
                frames,
                events=scale.ws_events,
                rounds=scale.ws_rounds,
                many_events=scale.ws_many_events,
                memory_events=scale.ws_memory_events,
                memory_runs=scale.memory_runs if index == 0 else 0,
                telemetry=index == 0,
                warmup=scale.ws_warmup,
            )
            items += _labelled(rows, mix, frames)
        return items

    return {
        "import": lambda: [cold_import.run(runs=scale.import_runs, warm=scale.warm_children)],
        "first-connection": lambda: [
            first_connection.run(runs=scale.first_connection_runs, warm=scale.warm_children)
        ],
        "requests": lambda: [
            *request_overhead.run(
                calls=scale.request_calls, rounds=scale.request_rounds, warmup=scale.request_warmup
            ),
            client_construction.run(clients=scale.client_builds, rounds=scale.request_rounds),
        ],
        "events": events,
        "websocket": websocket,
        # At least a few thousand events: a stream shorter than a socket read would end
        # before a side sends its session.start (the canned server does not wait for it).
        "live": lambda: live_recv.run(
            events=max(scale.ws_events, 2000),
            rounds=scale.ws_rounds,
            warmup=max(scale.ws_warmup or 0, 500),
        ),
        "webrtc": lambda: webrtc_call.run(calls=scale.webrtc_calls, frames=scale.webrtc_frames),
        "telephony": lambda: telephony.run(
            frames=scale.telephony_frames, calls=scale.telephony_calls
        ),
        "sdp": lambda: sdp_roundtrip.run(count=scale.sdp_count, rounds=scale.sdp_rounds),
        "regen": lambda: [regen_time.run(rounds=scale.regen_rounds)],
        "memory": lambda: peak_memory.run(
            first, events=scale.memory_events, runs=scale.memory_runs
        ),
        "scale": lambda: scale_rows(scale, sessions, storm_sessions) + calls_rows(scale, sessions),
        "calls": lambda: calls_rows(scale, sessions),
        "soak": lambda: soak_rows(*soak),
    }


def calls_rows(scale: Scale, calls: list[int]) -> list[Item]:
    """The Twilio bridge's calls per core and frame jitter at each count of ``calls``."""
    return twilio_scale.run(calls=calls, seconds=scale.scale_seconds, warmup=scale.scale_warmup)


def soak_rows(sessions: int, seconds: float) -> list[Item]:
    """The soak's rows: K calls for ``seconds`` against serve-fake; a fifth of the window
    (a minute at most) is warm-up, calls last a minute (a twentieth of a short soak)."""
    result = run_soak(
        sessions=sessions,
        seconds=seconds,
        warmup=min(60.0, seconds / 5),
        call=min(60.0, max(1.0, seconds / 20)),
        turn=min(4.0, max(0.5, seconds / 20)),
        sample=min(5.0, max(0.25, seconds / 40)),
    )
    return soak_table(result)


def scale_rows(scale: Scale, sessions: list[int], storm_sessions: int | None = None) -> list[Item]:
    """The sessions-per-worker rows at each K of ``sessions`` (a storm of ``storm_sessions``
    more, or K more when ``None``)."""
    window = Window(scale.scale_warmup, scale.scale_seconds, scale.scale_storm, storm_sessions)
    return run_scale(sessions=sessions, window=window)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench.py", description="realtime-ext vs the official openai package, one run."
    )
    parser.add_argument("--quick", action="store_true", help="tiny counts (smoke test)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="results JSON")
    parser.add_argument(
        "--only",
        default=",".join(BENCHMARKS),
        help=f"comma-separated subset of {','.join(BENCHMARKS + OPT_IN)} (by default all "
        f"but {','.join(OPT_IN)}, which runs only when named)",
    )
    parser.add_argument(
        "--scale-sessions",
        default=None,
        metavar="K,K,...",
        help=f"sessions (and Twilio calls) per worker of --only scale or calls (default "
        f"{SCALE_SESSIONS}; --quick: {QUICK_SCALE_SESSIONS})",
    )
    parser.add_argument(
        "--scale-storm-sessions",
        type=int,
        default=None,
        metavar="N",
        help="sessions that connect at one instant in --only scale's connect storm, while the "
        "K run (default: K more)",
    )
    parser.add_argument(
        "--soak-sessions",
        type=int,
        default=None,
        metavar="K",
        help=f"calls at once of --only soak (default {SOAK_SESSIONS}; --quick: "
        f"{QUICK_SOAK_SESSIONS})",
    )
    parser.add_argument(
        "--soak-seconds",
        type=float,
        default=None,
        metavar="S",
        help=f"how long --only soak runs (default {SOAK_SECONDS:g}; --quick: "
        f"{QUICK_SOAK_SECONDS:g})",
    )
    parser.add_argument(
        "--audio-bytes",
        type=int,
        default=event_mix.AUDIO_PIECE_BYTES,
        metavar="N",
        help=f"PCM bytes per audio delta of the recorded mix (default "
        f"{event_mix.AUDIO_PIECE_BYTES}: 100/3 ms; at most 4800, the fake's 100 ms)",
    )
    parser.add_argument(
        "--mix",
        default=",".join(event_mix.MIXES),
        help=(
            "comma-separated event mixes the event decoding and WebSocket receive rows run "
            f"on, all reported in the same table: {','.join(event_mix.MIXES)} (recorded: "
            "audio deltas of --audio-bytes; audio100: of 100 ms, 4,800 PCM bytes)"
        ),
    )
    args = parser.parse_args(argv)
    if not 2 <= args.audio_bytes <= 4800 or args.audio_bytes % 2:
        parser.error("--audio-bytes must be an even number of bytes from 2 to 4800")
    args.mix = [name.strip() for name in args.mix.split(",") if name.strip()]
    unknown_mixes = sorted(set(args.mix) - set(event_mix.MIXES))
    if unknown_mixes or not args.mix:
        parser.error(f"unknown mix(es) {unknown_mixes}; choose from {list(event_mix.MIXES)}")
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(args.only) - set(BENCHMARKS + OPT_IN))
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; choose from {list(BENCHMARKS + OPT_IN)}")
    sessions = args.scale_sessions or (QUICK_SCALE_SESSIONS if args.quick else SCALE_SESSIONS)
    try:
        args.scale_sessions = sessions_of(sessions)
    except ValueError as exc:
        parser.error(f"--scale-sessions: {exc}")
    if args.scale_storm_sessions is not None and args.scale_storm_sessions < 1:
        parser.error("--scale-storm-sessions must be a positive integer")
    if args.soak_sessions is None:
        args.soak_sessions = QUICK_SOAK_SESSIONS if args.quick else SOAK_SESSIONS
    if args.soak_seconds is None:
        args.soak_seconds = QUICK_SOAK_SECONDS if args.quick else SOAK_SECONDS
    if args.soak_sessions < 1 or args.soak_seconds <= 0:
        parser.error("--soak-sessions and --soak-seconds must be positive")
    return args


def main(argv: list[str]) -> int:
    """Run the selected benchmarks; exit 0 even when a piece is still pending."""
    args = _parse(argv)
    scale = QUICK if args.quick else FULL
    started = time.perf_counter()
    items: list[Item] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        mix_files = {mix: Path(tmp) / f"events-{mix}.jsonl" for mix in args.mix}
        if {"events", "websocket", "memory"} & set(args.only):
            for mix, mix_file in mix_files.items():
                size = event_mix.MIXES[mix]
                event_mix.write(mix_file, event_mix.record(size or args.audio_bytes))
        soak = (args.soak_sessions, args.soak_seconds)
        benchmarks = _benchmarks(
            scale, mix_files, args.scale_sessions, soak, args.scale_storm_sessions
        )
        for name in args.only:
            print(f"bench: {name} ...", file=sys.stderr, flush=True)
            items += benchmarks[name]()
    elapsed = time.perf_counter() - started
    print(table(items))
    pending = [item.name for item in items if item.ours is None]
    if pending:
        print(f"\n{len(pending)} figure(s) pending (pieces not landed yet): {', '.join(pending)}")
    settings = {
        "scale": asdict(scale),
        "benchmarks": args.only,
        "audio_bytes": args.audio_bytes,
        "mixes": args.mix,
        "scale_sessions": args.scale_sessions,
        "scale_storm_sessions": args.scale_storm_sessions,
        "soak": {"sessions": args.soak_sessions, "seconds": args.soak_seconds},
        "seconds": elapsed,
    }
    write_json(args.output, items, settings)
    print(f"\nwrote {args.output} in {elapsed:.0f} s")
    return 0
