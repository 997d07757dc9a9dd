"""The sessions-per-worker rows (``--only scale``) run end to end at K=5 (no timing assertions:
the figures go in the report; what is checked is that every session got its paced stream)."""

from __future__ import annotations

import pytest
from bench_lib import scale
from bench_lib.cli import _parse
from bench_lib.scale_server import stamp, unstamp

SIDES = ("raw", "ours", "live-raw", "live")


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, object]]:
    # In this process (no interpreter per side, as the bench runs them): seconds, not minutes.
    with scale.paced_server() as origin:
        return {
            side: scale.measure(side, origin, 5, warmup=0.2, seconds=0.5, storm=0.3)
            for side in SIDES
        }


@pytest.mark.parametrize("side", SIDES)
def test_every_session_gets_the_paced_call_and_nothing_is_lost(
    figures: dict[str, dict[str, object]], side: str
) -> None:
    got = figures[side]
    # 5 sessions, 0.5 s, two events per 100 ms tick: about 50; a loaded machine gives fewer.
    events = got["events"]
    assert isinstance(events, int) and events > 0
    assert got["lost"] == 0
    for key in ("p50_ms", "p99_ms", "storm_p99_ms", "cpu_us_per_event", "storm_connect_s"):
        value = got[key]
        assert isinstance(value, float) and value > 0, key


def test_the_rows_pair_each_variant_with_raw_and_the_storm_with_the_steady_state(
    figures: dict[str, dict[str, object]],
) -> None:
    rows = scale.rows(figures, 5)
    names = [row.name for row in rows]
    metrics = [
        "CPU per event",
        "delivery latency p50",
        "delivery latency p99",
        "peak memory per session",
        "events lost",
    ]
    assert names == [
        *(f"scale x5: {metric}" for metric in metrics),
        *(f"scale x5 GPT-Live: {metric}" for metric in metrics),
        "scale x5: connect storm (+5 at once) running sessions' p99",
        "scale x5 raw websockets: connect storm (+5 at once) running sessions' p99",
    ]
    cpu = rows[0]
    assert cpu.baseline == "raw websockets" and cpu.goal == scale.CPU_GOAL
    assert cpu.ratio is not None and cpu.ratio > 0
    storm = rows[-2]
    assert storm.goal == scale.STORM_GOAL and storm.other is not None
    assert storm.other.median == figures["ours"]["p99_ms"]


def test_the_stamp_survives_the_audio_delta() -> None:
    assert unstamp(stamp(1_234_567_890_123, 42) + "AAAA") == (1_234_567_890_123, 42)


def test_scale_runs_only_when_named_and_takes_its_session_counts() -> None:
    assert "scale" not in _parse([]).only
    args = _parse(["--only", "scale", "--scale-sessions", "100,500,1000"])
    assert args.only == ["scale"] and args.scale_sessions == [100, 500, 1000]
    assert _parse(["--quick", "--only", "scale"]).scale_sessions == [5]
    with pytest.raises(SystemExit):
        _parse(["--only", "scale", "--scale-sessions", "0"])
