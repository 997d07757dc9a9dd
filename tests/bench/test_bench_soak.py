"""The soak (``--only soak``) end to end at a tiny K for seconds: serve-fake in its own
process, calls that end and start again, both resident sizes sampled (no assertion on the
figures: what is checked is that the soak ran, sampled and judged both sides)."""

from __future__ import annotations

from bench_lib import soak
from bench_lib.cli import _parse


def test_the_soak_runs_calls_against_serve_fake_and_samples_both_sides() -> None:
    result = soak.run(sessions=2, seconds=3.0, warmup=1.0, call=1.0, turn=0.5, sample=0.25)
    assert result["errors"] == 0 and result["error_kinds"] == {}
    assert result["drops"] == {}  # no line dropped: no reconnect
    assert result["calls"] >= 4  # calls end and new ones start, all along
    assert result["responses"] >= 2
    for side in ("client", "server"):
        found = result[side]
        assert len(found["samples"]) >= 4 and found["mean_kib"] > 0
        assert 0 < found["cpu_share"] < 2  # each process's share of a core, sampled
        assert isinstance(found["flat"], bool)
    assert result["client"]["heap"]["mean_blocks"] > 0  # the client's Python heap, in blocks
    assert "Python heap" in soak.rows(result)[0].note
    rows = soak.rows(result)
    assert [row.name for row in rows] == [
        "soak x2 for 3 s: client process resident size slope after warm-up",
        "soak x2 for 3 s: serve-fake resident size slope after warm-up",
    ]


def test_growth_past_the_noise_is_not_flat() -> None:
    samples = [(float(t), 100_000 + 1_000 * t) for t in range(0, 600, 5)]  # ~58 MiB/10 min
    found = soak.verdict([(t, int(v)) for t, v in samples], 60.0)
    assert not found["flat"] and round(found["slope_kib_per_min"]) == 60_000
    steady = soak.verdict([(float(t), 100_000 + t % 2) for t in range(0, 600, 5)], 60.0)
    assert steady["flat"]


def test_soak_runs_only_when_named_and_takes_its_size() -> None:
    assert "soak" not in _parse([]).only
    args = _parse(["--only", "soak"])
    assert (args.soak_sessions, args.soak_seconds) == (1000, 600.0)
    quick = _parse(["--quick", "--only", "soak", "--soak-seconds", "2"])
    assert (quick.soak_sessions, quick.soak_seconds) == (3, 2.0)


def test_a_soaks_errors_and_drops_are_named_by_kind_in_its_note() -> None:
    result = {
        "sessions": 2, "seconds": 3.0, "calls": 9, "errors": 4,
        "error_kinds": {"error event server_error": 1, "APITimeoutError": 3},
        "drops": {"close 1011": 2, "close 1006": 5},
        "client": soak.verdict([(float(t), 1000) for t in range(10)], 1.0),
        "server": soak.verdict([(float(t), 1000) for t in range(10)], 1.0),
    }  # fmt: skip
    note = soak.rows(result)[0].note
    assert note.endswith(
        "9 calls, 4 errors: 3 APITimeoutError, 1 error event server_error;"
        " 7 reconnects: 5 close 1006, 2 close 1011)"
    )
