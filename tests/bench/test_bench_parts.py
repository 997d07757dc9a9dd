"""The bench's own pieces: goals, ratios, the table, the canned HTTP/WebSocket server and
the WebSocket receivers (no timing assertions: speed is measured by ``make bench``)."""

from __future__ import annotations

import asyncio
import base64
import json

import httpx
import pytest
from bench_lib import live_recv, subjects, ws_sides
from bench_lib.canned_server import ws_frame
from bench_lib.report import Goal, Item, Measure, median, median_interval, paired_ratio, table
from bench_lib.request_overhead import canned_server, varied
from bench_lib.websocket_recv import (
    BARE,
    OPENAI_EVERY,
    Cpu,
    _async_rate,
    _cpu,
    _cpu_note,
    _order,
    _sync_rate,
    mix_server,
)
from websockets.exceptions import ConnectionClosedOK
from websockets.sync.client import connect


def test_goal_bounds() -> None:
    at_most = Goal("<= 0.20x", max_ratio=0.2)
    at_least = Goal(">= 0.80x", min_ratio=0.8)
    assert at_most.met(0.2) and not at_most.met(0.21)
    assert at_least.met(0.8) and not at_least.met(0.79)


def test_ratio_uses_medians_and_pending_has_none() -> None:
    item = Item("x", "req/s", Measure([1.0, 9.0, 3.0]), Measure([2.0, 2.0, 100.0]))
    assert item.ratio == pytest.approx(1.5)
    pending = Item("x", "req/s", None, Measure([2.0]), goal=Goal(">= 1x", min_ratio=1.0))
    assert pending.ratio is None and pending.met is None
    assert pending.as_json()["realtime_ext"] == "pending"


def test_paired_ratio_is_the_median_of_per_pair_ratios() -> None:
    # A machine twice as fast in the second pair: each pair still says 0.8x, while the
    # ratio of medians (of [4, 8, 4.4] and [5, 10, 5.5]) would say the same here only by luck.
    ours, raw = [4.0, 8.0, 4.4, 9.0], [5.0, 10.0, 5.5, 10.0]
    item = Item("x", "ev/s", Measure(ours), Measure(raw), paired=True)
    assert item.ratio == pytest.approx(paired_ratio(ours, raw)) == pytest.approx(0.8)
    drifting = Item("y", "ev/s", Measure([4.0, 4.0, 20.0]), Measure([5.0, 20.0, 25.0]), paired=True)
    assert drifting.ratio == pytest.approx(0.8)
    assert drifting.ratio_of_medians == pytest.approx(0.2)
    record = drifting.as_json()
    assert record["paired"] is True and record["ratio"] == pytest.approx(0.8)
    assert "0.80x (paired)" in table([drifting])
    with pytest.raises(ValueError, match="equal, non-zero counts"):
        paired_ratio([1.0], [1.0, 2.0])


def test_a_paired_ratio_shows_where_its_median_lies() -> None:
    # 32 pairs whose ratios are 0.90, 0.91 ... 1.21: the median's 95 % interval lies between
    # the 10th and the 23rd of them (binomial ranks), in the table and in the JSON record.
    raw = [100.0] * 32
    ours = [90.0 + index for index in range(32)]
    item = Item("z", "ev/s", Measure(ours), Measure(raw), paired=True)
    low, high = item.ratio_interval or (0.0, 0.0)
    assert (low, high) == (pytest.approx(0.99), pytest.approx(1.12))
    assert "(paired, 95%: 0.99-1.12)" in table([item])
    assert item.as_json()["ratio_interval"] == item.ratio_interval
    unpaired = Item("z", "ev/s", Measure(ours), Measure(raw))
    assert unpaired.ratio_interval is None and "95%" not in table([unpaired])
    assert median_interval([1.0] * 5) is None  # too few pairs for 95 %: no interval shown


def test_websocket_rounds_pair_each_side_with_its_baseline_back_to_back() -> None:
    orders = [_order(index) for index in range(2 * OPENAI_EVERY)]
    pairs = [("ours-bare", "raw"), ("raw", "ours"), ("ours", "ours-off"), ("ours-off", "ours-otel")]
    for order in orders:
        plain = [name for name in order if name != "openai"]
        for a, b in pairs:  # each ratio's two sides measured one right after the other
            assert abs(plain.index(a) - plain.index(b)) == 1, (order, a, b)
    for a, b in pairs:
        first = [order.index(a) < order.index(b) for order in orders]
        assert first.count(True) == first.count(False)  # neither always runs first
    with_openai = [order for order in orders if "openai" in order]
    last = len(ws_sides.SIDES) - 1  # openai after every other side
    assert len(with_openai) == 2 and {o.index("openai") for o in with_openai} == {0, last}
    assert with_openai[0] == tuple(reversed(with_openai[1]))  # last, then first
    assert set(orders[0]) == set(ws_sides.SIDES)
    # Without the OpenTelemetry SDK, its side is left out of every round.
    assert "ours-otel" not in _order(1, ("raw", "ours", "ours-off"))


def test_table_marks_pending_missed_and_baseline() -> None:
    rows = [
        Item("fast", "ops/s", Measure([10.0]), Measure([5.0]), goal=Goal(">=1", min_ratio=1)),
        Item("slow", "ops/s", Measure([1.0]), Measure([5.0]), goal=Goal(">=1", min_ratio=1)),
        Item("raw", "ops/s", Measure([4.0]), Measure([5.0]), baseline="raw httpx"),
        Item("later", "ms", None, Measure([5.0]), note="not landed"),
    ]
    lines = table(rows).splitlines()
    assert lines[2].endswith("yes") and lines[3].endswith("NO")
    assert "(raw httpx)" in lines[4]
    assert "pending" in lines[5] and "  * later: not landed" in lines


def test_median_of_nothing_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at least one run"):
        median([])


def test_canned_server_answers_keep_alive_and_chunked_requests() -> None:
    routes = {"POST /v1/x": {"status": 201, "headers": {"location": "/v1/x/1"}, "body": "ok"}}
    with canned_server(routes) as origin, httpx.Client(base_url=origin) as http:
        first = http.post("/v1/x", content=b"plain body")
        chunked = http.post("/v1/x", content=iter([b"part one, ", b"part two"]))
        missing = http.post("/v1/nowhere", content=b"")
        counts = http.get("/__count").json()
    assert (first.status_code, first.text, first.headers["location"]) == (201, "ok", "/v1/x/1")
    assert chunked.status_code == 201
    assert missing.status_code == 404
    assert counts == {"POST /v1/x": 2, "POST /v1/nowhere": 1}


def _mix() -> list[str]:
    return [
        json.dumps({"type": "input_audio_buffer.cleared", "event_id": "e0"}),
        json.dumps(
            {
                "type": "response.output_audio.delta",
                "event_id": "e1",
                "response_id": "resp_1",
                "item_id": "item_1",
                "output_index": 0,
                "content_index": 0,
                "delta": "A" * 300,
            }
        ),
        json.dumps({"type": "brand.new", "event_id": "e2", "big": "x" * 70_000}),
    ]


def test_canned_websocket_streams_the_mix_cycled_then_closes_1000() -> None:
    frames = _mix()
    with mix_server(frames) as origin:
        with connect(ws_sides.ws_url(origin, 7), max_size=None) as ws:
            got = [ws.recv(timeout=5) for _ in range(7)]
            with pytest.raises(ConnectionClosedOK):
                ws.recv(timeout=5)
            assert ws.close_code == 1000
        with connect(ws_sides.ws_url(origin, 0)) as ws, pytest.raises(ConnectionClosedOK):
            ws.recv(timeout=5)
        counts = httpx.get(f"{origin}/__count").json()
    assert got == (frames * 3)[:7]
    assert counts == {"WS /v1/realtime": 2}


def test_canned_websocket_sends_the_first_frames_once_then_cycles_the_rest() -> None:
    first, frames = _mix()[:1], _mix()[1:3]
    route = {"WS /v1/live/sessions": {"first": first, "frames": frames}}
    with canned_server(route) as origin:
        url = f"ws{origin.removeprefix('http')}/v1/live/sessions"
        with connect(f"{url}?events=6", max_size=None) as ws:
            got = [ws.recv(timeout=5) for _ in range(6)]
            with pytest.raises(ConnectionClosedOK):
                ws.recv(timeout=5)
    assert got == first + frames * 2 + frames[:1]


def test_the_live_bench_streams_one_session_started_then_the_middle() -> None:
    stream = live_recv.stream()
    assert [json.loads(frame)["type"] for frame in stream["first"]] == ["session.started"]
    kinds = {json.loads(frame)["type"] for frame in stream["frames"]}
    assert "session.output_audio.delta" in kinds
    assert not kinds & {"session.started", "session.closed"}


@pytest.mark.parametrize(
    ("mix", "audio_format", "audio_bytes"),
    [
        ("pcm24", {"type": "audio/pcm", "rate": 24000}, 4800),
        ("g711", {"type": "audio/pcmu", "rate": 8000}, 800),
        ("cut", {"type": "audio/pcm", "rate": 24000}, None),
    ],
)
def test_the_live_bench_gives_each_audio_delta_100_ms_in_the_sessions_format(
    mix: str, audio_format: dict[str, object], audio_bytes: int | None
) -> None:
    # The recording cut its audio to 32 bytes; the API sends 100 ms frames in the session's
    # format. Everything but the audio is the recording's, in its order.
    recorded = live_recv.frames()[1:-1]
    stream = live_recv.stream(live_recv.MIXES[mix])
    started = json.loads(stream["first"][0])
    assert started["session"]["audio"]["format"] == audio_format
    assert len(stream["frames"]) == len(recorded)
    for frame, original in zip(stream["frames"], recorded, strict=True):
        event, before = json.loads(frame), json.loads(original)
        if event["type"] == "session.output_audio.delta" and audio_bytes is not None:
            assert len(base64.b64decode(event["delta"])) == audio_bytes
            assert list(event) == list(before)  # the fields in the recorded order
            event["delta"] = before["delta"]
        assert event == before


def test_ws_frame_lengths_follow_rfc_6455() -> None:
    assert ws_frame(b"hi") == b"\x81\x02hi"
    assert ws_frame(b"x" * 200)[:4] == b"\x81\x7e\x00\xc8"
    assert ws_frame(b"x" * 70_000)[:2] == b"\x81\x7f" and len(ws_frame(b"x" * 70_000)) == 70_010


@pytest.mark.parametrize("name", ["raw", "ours", "ours-off", "ours-otel", "ours-bare", "openai"])
def test_every_websocket_side_receives_typed_events_sync_and_async(name: str) -> None:
    side = ws_sides.SIDES[name]
    side.load()
    frames = _mix()[:2]

    async def drain_async(origin: str) -> object:
        conn = await side.open_async(origin, 2)
        try:
            return await side.drain_async(conn, 2)
        finally:
            await side.close_async(conn)

    with mix_server(frames) as origin:
        conn = side.open_sync(origin, 2)
        try:
            first = side.drain_sync(conn, 1)
            second = side.drain_sync(conn, 1)
        finally:
            side.close_sync(conn)
        last_async = asyncio.run(drain_async(origin))
    assert ws_sides.type_of(first) == "input_audio_buffer.cleared"
    assert ws_sides.type_of(second) == ws_sides.type_of(last_async) == "response.output_audio.delta"
    if name != "raw":
        assert not isinstance(second, dict)  # typed: a model, not the JSON dict


def test_receive_runs_measure_each_threads_cpu_per_event() -> None:
    # A blocking connection's reader thread is found and clocked (its CPU is > 0: it read
    # every frame); asyncio has one thread, whose figure is all of the connection's work.
    frames = _mix()
    with mix_server(frames) as origin:
        for name in ("raw", BARE):
            side = ws_sides.SIDES[name]
            side.load()
            rate, cpu = _sync_rate(side, origin, 200, 20)
            assert rate > 0 and cpu.consumer > 0 and cpu.reader is not None and cpu.reader > 0
            rate, cpu = asyncio.run(_async_rate(side, origin, 100, 2, 20))
            assert rate > 0 and cpu.consumer > 0 and cpu.reader is None
    sync = _cpu({BARE: [Cpu(5.0, 4.0), Cpu(7.0, 6.0), Cpu(6.0, 5.0)], "raw": [Cpu(8.0, 5.0)]})
    assert sync == {
        "consumer_us_per_event": {BARE: 6.0, "raw": 8.0},
        "reader_us_per_event": {BARE: 5.0, "raw": 5.0},
    }
    assert _cpu_note(sync) == (
        "CPU per event, core / raw: receiving thread 6.00 / 8.00 us, "
        "websockets' reader thread 5.00 / 5.00 us"
    )
    loop = _cpu({BARE: [Cpu(9.0, None)], "raw": [Cpu(10.0, None)]})
    assert loop == {"loop_us_per_event": {BARE: 9.0, "raw": 10.0}}
    assert _cpu_note(loop) == "CPU per event, core / raw: event loop 9.00 / 10.00 us"
    assert _cpu_note({}) == ""


def test_the_varied_calls_send_a_new_session_each_call_and_only_that_differs() -> None:
    session = subjects.session_config()
    first, second = varied(session, 1), varied(session, 2)
    assert json.dumps(first) != json.dumps(second) != json.dumps(session)
    assert {k: v for k, v in first.items() if k != "instructions"} == {
        k: v for k, v in session.items() if k != "instructions"
    }
    assert first["instructions"].startswith(session["instructions"])


def test_our_sides_differ_only_in_telemetry() -> None:
    # ours: Telemetry(); ours-off: none (the default); ours-otel: the SDK's providers, recording.
    for name in ("ours", "ours-off", "ours-otel"):
        ws_sides.SIDES[name].load()
    telemetry = ws_sides._TELEMETRY
    assert telemetry["ours"] is True and telemetry["ours-off"] is False
    recording = telemetry["ours-otel"]
    assert recording.enabled and recording.tracer_provider is not None
    assert recording.meter_provider is not None
    frames = _mix()[1:2] * 3

    def measured(name: str) -> object:
        from realtime_ext.telemetry import SessionMetrics

        side = ws_sides.SIDES[name]
        with mix_server(frames) as origin:
            conn = side.open_sync(origin, 3)
            try:
                side.drain_sync(conn, 3)
                return SessionMetrics.of(conn)
            finally:
                side.close_sync(conn)

    assert measured("ours-off").count == measured("ours").count == 0  # type: ignore[attr-defined]
    span = ws_sides._TELEMETRY["ours-otel"].instruments().tracer.start_span("probe")
    assert span.is_recording()
    span.end()


def test_the_opentelemetry_absent_child_cannot_import_it() -> None:
    # The child of the OpenTelemetry-absent rows, with tiny counts: it measures ours and
    # ours-off, and nothing in it imported OpenTelemetry (_absent raises otherwise).
    from bench_lib.websocket_recv import _absent

    with mix_server(_mix()[:2]) as origin:
        result = _absent(origin, events=4, rounds=2, per_conn=2, concurrency=2, warmup=2)
    assert result["otel_installed"] is False and result["otel_imported"] == []
    for shape in ("sync", "async", "many"):
        assert {name: len(runs) for name, runs in result[shape].items()} == {
            "ours": 2,
            "ours-off": 2,
        }


# The first-connection row (both sides timed in fresh processes) is checked on the smoke
# run's row (test_bench_smoke.py): a run of its own here started four more interpreters.


def test_timed_children_cache_bytecode_even_when_the_shell_forbids_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The cold-import and first-connection rows warm each statement once so the timed runs
    # load cached bytecode; PYTHONDONTWRITEBYTECODE in the shell silently made every timed
    # run compile from source (the first connection then measured 1.65x openai, not ~0.8x).
    from types import SimpleNamespace

    from bench_lib import child, cold_import, first_connection

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    envs: list[dict[str, str] | None] = []

    def fake_run(args: list[str], **kwargs: object) -> object:
        envs.append(kwargs.get("env"))  # type: ignore[arg-type]
        return SimpleNamespace(stdout="1.0\n", returncode=0)

    monkeypatch.setattr(child.subprocess, "run", fake_run)  # first_connection's children
    first_connection.run(runs=1)
    cold_import.run(runs=1)
    assert envs and all(env is not None for env in envs)
    assert not any("PYTHONDONTWRITEBYTECODE" in env for env in envs if env is not None)
