"""``make bench`` with tiny counts: every benchmark runs end to end (no timing assertions)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import statistics
from pathlib import Path
from typing import Any

import pytest
from bench_lib import first_connection, subjects
from bench_lib.cli import QUICK, main
from bench_lib.request_overhead import VARIED_ROW

from regen_lib import cache, source

WS_RECV = [
    "WS recv sync",
    "WS recv sync with voice vs raw",
    "WS recv sync core vs raw",
    "WS recv async",
    "WS recv async with voice vs raw",
    "WS recv async core vs raw",
    "WS recv async x20",
    "WS recv async x20 with voice vs raw",
    "WS recv async x20 core vs raw",
]
WS_ROWS = [*WS_RECV, "WS peak memory per connection"]
# The second mix (issue 35): the same receive rows on 100 ms audio deltas, in the same run.
AUDIO100 = " (audio 100 ms mix)"
WS_AUDIO100_ROWS = [name + AUDIO100 for name in WS_RECV]
# Telemetry on against off (issue 39), three ways for each receive shape, paired runs.
WS_SHAPES = ("WS recv sync", "WS recv async", "WS recv async x20")
TELEMETRY_WAYS = (
    "telemetry on vs off",
    "telemetry + OTel SDK vs off",
    "telemetry, OTel absent, vs off",
)
TELEMETRY_ROWS = [f"{shape} {way}" for shape in WS_SHAPES for way in TELEMETRY_WAYS]
# With the OpenTelemetry SDK recording, what the row adds is the SDK's own work per response:
# shown, with no goal (issue 39's goal is telemetry on, with or without OpenTelemetry).
SDK_ROWS = [f"{shape} telemetry + OTel SDK vs off" for shape in WS_SHAPES]
# GPT-Live receive (issue 64): ours against openai's client.live.connect and raw websockets.
# Audio deltas of 100 ms as the API sends them (PCM16 24 kHz, and G.711); the recording's cut
# 32-byte audio is shown with no goal (no frame the API sends is that small).
LIVE_ROWS = [
    "GPT-Live receive (sync)",
    "GPT-Live receive (sync) vs raw",
    "GPT-Live receive (sync, G.711 8 kHz) vs raw",
]
LIVE_CUT_ROW = "GPT-Live receive (sync, audio cut to 32 bytes as recorded) vs raw"
TELEPHONY_ROWS = [
    "Twilio bridge CPU per 20 ms frame in (caller to model)",
    "Twilio bridge CPU per 20 ms frame out (model to caller)",
    "Twilio bridge: concurrent calls to completion",
]
WEBRTC_ROWS = [
    "WebRTC call setup (offer to oai-events open)",
    "WebRTC audio path frames/s (client, unpaced)",
    "WebRTC call audio frames/s received",
]
FIRST_CONNECTION = "first connection: connect to first event"
EXPECTED = [
    "cold import",
    FIRST_CONNECTION,
    "client_secrets.create req/s",
    "client_secrets.create vs raw httpx",
    "calls.create req/s",
    "calls.create vs raw httpx",
    VARIED_ROW,
    "client construction",
    "event decoding",
    "event decoding" + AUDIO100,
    *WS_ROWS,
    *TELEMETRY_ROWS,
    *WS_AUDIO100_ROWS,
    *LIVE_ROWS,
    LIVE_CUT_ROW,
    *WEBRTC_ROWS,
    *TELEPHONY_ROWS,
    "SDP parse+serialise",
    "SDP offer check",
    "regen (full)",
    "peak RSS after import",
    "peak RSS decoding 400 events",
]
NEEDS_CLIENT = {
    "cold import",
    FIRST_CONNECTION,
    "client_secrets.create req/s",
    "client_secrets.create vs raw httpx",
    "calls.create req/s",
    "calls.create vs raw httpx",
    VARIED_ROW,
    "client construction",
    "peak RSS after import",
}
NEEDS_DECODER = {
    "event decoding",
    "event decoding" + AUDIO100,
    "peak RSS decoding 400 events",
    *WS_ROWS,
    *TELEMETRY_ROWS,
    *WS_AUDIO100_ROWS,
    *LIVE_ROWS,
    LIVE_CUT_ROW,
}
NO_OPENAI_SIDE = {
    "SDP parse+serialise",
    "SDP offer check",
    "regen (full)",
    *WEBRTC_ROWS,
    *TELEPHONY_ROWS,
}


# The regeneration tests' caches of this test run (tests/regen/conftest.py: the same folders,
# shared by the run's pytest-xdist workers), by the variable that names each: the quick run's
# regen row (a whole scripts/regen.py in a subprocess, which inherits them) then copies the
# generator's and the fast decoders' output of the pinned spec when a regeneration test made
# it first, or leaves it for them (12.6 -> 3.4 s of CPU for the row when warm). Every other
# step still runs; the entries are content-addressed, so the output is the same. make bench
# sets neither, so what it measures is unchanged.
REGEN_CACHES = {cache.CACHE_ENV: "regen-steps", source.PARSED_CACHE_ENV: "parsed-specs"}


def _run_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    # Module-scoped (one quick run for all checks), so capsys is not available here.
    output = tmp_path_factory.mktemp("bench") / "results.json"
    printed = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(printed):
        for name, folder in REGEN_CACHES.items():
            patch.setenv(name, str(_run_folder(tmp_path_factory, folder)))
        assert main(["--quick", "--output", str(output)]) == 0
    return json.loads(output.read_text(encoding="utf-8")), printed.getvalue()


def _positive(side: Any) -> bool:
    return isinstance(side, dict) and side["median"] > 0 and len(side["runs"]) >= 1


def test_every_benchmark_reports_a_row(quick_run: tuple[dict[str, Any], str]) -> None:
    results, _ = quick_run
    assert [item["item"] for item in results["items"]] == EXPECTED
    assert results["environment"]["versions"]["openai"]


def test_figures_are_real_or_pending_only_when_the_piece_is_missing(
    quick_run: tuple[dict[str, Any], str],
) -> None:
    results, _ = quick_run
    client = subjects.our_client_class()[0] is not None
    decoder = subjects.our_decoder()[0] is not None
    for item in results["items"]:
        name = item["item"]
        missing = (name in NEEDS_CLIENT and not client) or (name in NEEDS_DECODER and not decoder)
        if missing:
            assert item["realtime_ext"] == "pending", name
            assert item["met"] is None, name
        else:
            assert _positive(item["realtime_ext"]), name
        if name in NO_OPENAI_SIDE:
            assert item["baseline_figure"] is None and item["ratio"] is None, name
        else:
            assert _positive(item["baseline_figure"]), name
            if not missing:
                ours, other = item["realtime_ext"], item["baseline_figure"]
                ratio = ours["median"] / other["median"]
                assert item["ratio_of_medians"] == pytest.approx(ratio), name
                # The receive rows vs raw or vs telemetry off pair their runs; no other does.
                base = name.removesuffix(AUDIO100)  # each mix's rows pair alike
                paired = base.startswith(("WS recv", "GPT-Live receive")) and base.endswith(
                    ("vs raw", "vs off")
                )
                assert item["paired"] is paired, name
                if item["paired"]:  # run i of each side measured back to back
                    pairs = [a / b for a, b in zip(ours["runs"], other["runs"], strict=True)]
                    ratio = statistics.median(pairs)
                assert item["ratio"] == pytest.approx(ratio), name


def test_goals_are_judged_where_set(quick_run: tuple[dict[str, Any], str]) -> None:
    results, _ = quick_run
    goals = {item["item"]: item for item in results["items"] if item["goal"]}
    # The rows with a voice show what history and barge-in add: no goal (the core's have it).
    bare = {name for name in [*WS_ROWS, *WS_AUDIO100_ROWS] if "with voice" in name}
    bare.add(LIVE_CUT_ROW)
    assert set(goals) | bare == {
        "cold import",
        FIRST_CONNECTION,
        "client_secrets.create req/s",
        "client_secrets.create vs raw httpx",
        "calls.create req/s",
        "calls.create vs raw httpx",
        VARIED_ROW,
        "client construction",
        "event decoding",
        "event decoding" + AUDIO100,
        *WS_ROWS,
        *(row for row in TELEMETRY_ROWS if row not in SDK_ROWS),
        *WS_AUDIO100_ROWS,
        *LIVE_ROWS,
        LIVE_CUT_ROW,
    }
    assert not bare & set(goals)
    for name, item in goals.items():
        if item["realtime_ext"] != "pending":
            assert isinstance(item["met"], bool), name


def test_table_is_printed(quick_run: tuple[dict[str, Any], str]) -> None:
    _, printed = quick_run
    header = printed.splitlines()[0]
    assert [c.strip() for c in header.split("|")] == [
        "item",
        "realtime-ext",
        "openai",
        "ratio",
        "goal",
        "met?",
    ]
    assert "openai has no SDP parser" in printed
    for name in EXPECTED:
        assert name in printed


def test_event_mix_is_realistic(quick_run: tuple[dict[str, Any], str]) -> None:
    results, _ = quick_run
    decoding = next(i for i in results["items"] if i["item"] == "event decoding")
    mix = decoding["mix"]
    assert max(mix, key=mix.get) == "response.output_audio.delta"
    assert mix["response.done"] >= 3 and mix["response.output_audio_transcript.delta"] > 10


def test_audio100_mix_has_100_ms_deltas_in_the_same_shares(
    quick_run: tuple[dict[str, Any], str],
) -> None:
    results, _ = quick_run
    rows = {i["item"]: i for i in results["items"]}
    row = rows["WS recv sync core vs raw" + AUDIO100]
    assert row["mix_name"] == "audio100" and row["goal"] == ">= 1.00x raw"
    mix = row["mix"]
    audio = mix["response.output_audio.delta"]
    deltas = audio + mix["response.output_audio_transcript.delta"] + mix["rate_limits.updated"]
    assert audio / deltas == pytest.approx(0.6, abs=0.05)
    # Three times fewer audio deltas than the recorded mix's 100/3 ms pieces.
    recorded = rows["WS recv sync core vs raw"]["mix"]["response.output_audio.delta"]
    assert recorded == pytest.approx(3 * audio, rel=0.1)
    assert results["settings"]["mixes"] == ["recorded", "audio100"]


def test_unknown_benchmark_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--only", "imports"])
    assert "unknown benchmark(s) ['imports']" in capsys.readouterr().err


def test_unknown_mix_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--mix", "audio10"])
    assert "unknown mix(es) ['audio10']" in capsys.readouterr().err


def test_results_go_under_build_by_default() -> None:
    from bench_lib.cli import DEFAULT_OUTPUT

    assert Path(subjects.ROOT) / "build" / "bench-results.json" == DEFAULT_OUTPUT


def test_only_runs_the_benchmarks_named(tmp_path: Path) -> None:
    """``--only sdp``: the sdp rows alone, the offer check reported in µs per offer."""
    output = tmp_path / "results.json"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["--quick", "--only", "sdp", "--output", str(output)]) == 0
    results = json.loads(output.read_text("utf-8"))
    items = {item["item"]: item for item in results["items"]}
    assert list(items) == ["SDP parse+serialise", "SDP offer check"]
    assert results["settings"]["benchmarks"] == ["sdp"]
    check = items["SDP offer check"]
    assert check["unit"] == "µs/offer" and _positive(check["realtime_ext"])
    assert check["offers"] == ["chrome", "chrome-linux"]
    assert "SDP offer check [µs/offer]" in printed.getvalue()


def test_offer_check_row_and_validation_note(quick_run: tuple[dict[str, Any], str]) -> None:
    """The offer check row is reported in µs per offer, and the calls.create rows say the
    offer validation is on (no timing asserted). Read from the one quick run: a run of the
    sdp and requests benchmarks of its own measured the requests again."""
    results, printed = quick_run
    items = {item["item"]: item for item in results["items"]}
    check = items["SDP offer check"]
    assert check["unit"] == "µs/offer" and _positive(check["realtime_ext"])
    assert check["offers"] == ["chrome", "chrome-linux"]
    assert "SDP offer check [µs/offer]" in printed
    if subjects.our_client_class()[0] is not None:
        for name in ("calls.create req/s", "calls.create vs raw httpx", VARIED_ROW):
            assert items[name]["note"].startswith("validation on"), name
            assert f"* {name}: validation on" in printed


def test_first_connection_times_both_sides_in_fresh_processes(
    quick_run: tuple[dict[str, Any], str],
) -> None:
    """The first-connection row: one fresh process per run and side (QUICK's count), both
    timed, judged against its goal of no slower than openai."""
    results, _ = quick_run
    row = next(i for i in results["items"] if i["item"] == FIRST_CONNECTION)
    assert row["runs"] == QUICK.first_connection_runs
    for side in ("realtime_ext", "baseline_figure"):
        assert len(row[side]["runs"]) == QUICK.first_connection_runs, side
        assert row[side]["median"] > 0, side
    assert row["goal"] == first_connection.GOAL.text and first_connection.GOAL.max_ratio == 1.0
    assert isinstance(row["met"], bool)


def test_telemetry_rows_compare_with_telemetry_off(quick_run: tuple[dict[str, Any], str]) -> None:
    results, printed = quick_run
    items = {item["item"]: item for item in results["items"]}
    for name in TELEMETRY_ROWS:
        item = items[name]
        goal = None if name in SDK_ROWS else ">= 0.95x telemetry off"
        assert item["baseline"] == "telemetry off" and item["goal"] == goal, name
    # ours-off is the same side in the three ways of a shape run in the main process; the
    # OpenTelemetry-absent rows measured it again in their child.
    for shape in WS_SHAPES:
        on, sdk, absent = (items[f"{shape} {way}"] for way in TELEMETRY_WAYS)
        assert on["baseline_figure"] == sdk["baseline_figure"] != absent["baseline_figure"]
        # The default telemetry row is the very "ours" of the receive rows against raw.
        assert on["realtime_ext"] == items[f"{shape} with voice vs raw"]["realtime_ext"]
    assert "WS recv sync telemetry, OTel absent, vs off: in a child interpreter" in printed
