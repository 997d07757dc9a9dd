"""The sessions-per-worker rows (``--only scale``) run end to end at K=5 (no timing assertions:
the figures go in the report; what is checked is that every session got its paced stream)."""

from __future__ import annotations

import asyncio

import pytest
from bench_lib import scale
from bench_lib.child import ChildFailed, run_json
from bench_lib.cli import _parse
from bench_lib.scale_server import stamp, unstamp

SIDES = ("raw", "ours", "live-raw", "live")
# Each variant's rows, in order.
METRICS = (
    "CPU per event",
    "delivery latency p50",
    "delivery latency p99",
    "peak memory per session",
    "events lost",
    "connections dropped",
)


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, object]]:
    # In this process (no interpreter per side, as the bench runs them): seconds, not minutes.
    with scale.paced_server() as origin:
        return {
            side: scale.measure(side, origin, 5, scale.Window(warmup=0.2, seconds=0.5, storm=0.3))
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
    assert got["dropped"] == 0  # no session ended or reconnected: K steady sessions
    for key in (
        "p50_ms",
        "p99_ms",
        "storm_p99_ms",
        "after_storm_p99_ms",
        "cpu_us_per_event",
        "storm_connect_s",
    ):
        value = got[key]
        assert isinstance(value, float) and value > 0, key


def test_the_rows_pair_each_variant_with_raw_and_the_storm_with_the_steady_state(
    figures: dict[str, dict[str, object]],
) -> None:
    rows = scale.rows(figures, 5)
    names = [row.name for row in rows]
    assert names == [
        *(f"scale x5: {metric}" for metric in METRICS),
        *(f"scale x5 GPT-Live: {metric}" for metric in METRICS),
        "scale x5: connect storm (+5 at once) running sessions' p99",
        "scale x5: after the storm, 5 + 5 running, their p99",
        "scale x5 raw websockets: connect storm (+5 at once) running sessions' p99",
        "scale x5 raw websockets: after the storm, 5 + 5 running, their p99",
    ]
    cpu = rows[0]
    assert cpu.baseline == "raw websockets" and cpu.goal == scale.CPU_GOAL
    assert cpu.ratio is not None and cpu.ratio > 0
    storm = rows[-4]
    assert storm.goal == scale.STORM_GOAL and storm.other is not None
    assert storm.other.median == figures["ours"]["p99_ms"]


def test_a_storm_may_be_of_its_own_size() -> None:
    # A few running sessions and a larger storm: the connect work, not the doubled load.
    with scale.paced_server() as origin:
        got = {
            side: scale.measure(side, origin, 2, scale.Window(0.1, 0.3, 0.3, storm_sessions=4))
            for side in ("raw", "ours")
        }
    assert got["ours"]["storm_sessions"] == 4 and got["ours"]["dropped"] == 0
    names = [row.name for row in scale.rows(got, 2)]
    assert names[-4:] == [
        "scale x2: connect storm (+4 at once) running sessions' p99",
        "scale x2: after the storm, 2 + 4 running, their p99",
        "scale x2 raw websockets: connect storm (+4 at once) running sessions' p99",
        "scale x2 raw websockets: after the storm, 2 + 4 running, their p99",
    ]
    assert _parse(["--only", "scale", "--scale-storm-sessions", "500"]).scale_storm_sessions == 500
    assert _parse(["--only", "scale"]).scale_storm_sessions is None
    with pytest.raises(SystemExit):
        _parse(["--only", "scale", "--scale-storm-sessions", "0"])


def test_the_stamp_survives_the_audio_delta() -> None:
    assert unstamp(stamp(1_234_567_890_123, 42) + "AAAA") == (1_234_567_890_123, 42)


def test_scale_runs_only_when_named_and_takes_its_session_counts() -> None:
    assert "scale" not in _parse([]).only
    args = _parse(["--only", "scale", "--scale-sessions", "100,500,1000"])
    assert args.only == ["scale"] and args.scale_sessions == [100, 500, 1000]
    assert _parse(["--quick", "--only", "scale"]).scale_sessions == [5]
    with pytest.raises(SystemExit):
        _parse(["--only", "scale", "--scale-sessions", "0"])


def test_the_paced_server_answers_pings() -> None:
    # Without a pong the SDK's keepalive (a ping every 5 s, 5 s to answer) ends the
    # connection and reconnects: the figures would be of reconnecting sessions.
    from websockets.asyncio.client import connect

    async def ping(origin: str) -> None:
        url = f"ws{origin.removeprefix('http')}/v1/realtime?model=gpt-realtime"
        async with connect(url, ping_interval=None) as ws:
            pong = await ws.ping(b"are you there")
            await asyncio.wait_for(pong, 10)

    with scale.paced_server() as origin:
        asyncio.run(ping(origin))


def test_a_side_that_fails_is_a_row_with_its_reason_not_the_end_of_the_run(
    figures: dict[str, dict[str, object]],
) -> None:
    failed = {"side": "openai", "sessions": 5, "failed": "no figures within 125 s"}
    rows = scale.rows({**figures, "openai": failed}, 5)
    versus = {row.name: row for row in rows if row.name.endswith("vs openai")}
    memory = versus["scale x5: peak memory per session vs openai"]
    assert memory.other is None and memory.goal is None
    assert memory.note == "openai failed at 5 sessions: no figures within 125 s"
    # the other sides' rows are all there, with their goals
    assert [row.name for row in rows][: len(METRICS)] == [f"scale x5: {m}" for m in METRICS]
    assert rows[0].goal == scale.CPU_GOAL


def test_a_child_that_fails_says_how() -> None:
    assert run_json("print('{\"a\": 1}')", timeout=60) == {"a": 1}
    with pytest.raises(ChildFailed, match="exit 1: ValueError: boom"):
        run_json("raise ValueError('boom')", timeout=60)
    with pytest.raises(ChildFailed, match="no figures within 1 s"):
        run_json("import time; time.sleep(30)", timeout=1)
    with pytest.raises(ChildFailed, match="not JSON"):
        run_json("print('hello')", timeout=60)
