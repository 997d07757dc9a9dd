"""The Twilio bridge's calls-per-core rows (``--only calls``, part of ``--only scale``) run
end to end at 3 calls (no timing assertions: the figures go in the report; what is checked
is that every call's paced audio came back through each bridge and nothing was lost)."""

from __future__ import annotations

import math

import pytest
from bench_lib import twilio_scale
from bench_lib.cli import _parse


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, object]]:
    with twilio_scale.model_server() as origin:
        return {
            side: twilio_scale.measure(side, origin, 3, warmup=0.3, seconds=0.6)
            for side in twilio_scale.SIDES
        }


@pytest.mark.parametrize("side", twilio_scale.SIDES)
def test_every_call_hears_the_model_through_the_bridge(
    figures: dict[str, dict[str, object]], side: str
) -> None:
    got = figures[side]
    assert got["lost"] == 0
    for key in ("call_frames", "frames_back"):
        value = got[key]
        assert isinstance(value, int) and value > 0, key
    for key in ("cpu_us_per_call_frame", "calls_per_core", "jitter_p99_ms", "delay_p99_ms"):
        value = got[key]
        assert isinstance(value, float) and math.isfinite(value) and value >= 0, key


def test_the_rows_pair_the_bridge_with_the_raw_one(figures: dict[str, dict[str, object]]) -> None:
    rows = twilio_scale.rows(figures, 3)
    assert [row.name for row in rows] == [
        "Twilio bridge x3: calls per core",
        "Twilio bridge x3: CPU per call-frame (in + out)",
        "Twilio bridge x3: p99 frame jitter back to Twilio",
        "Twilio bridge x3: p99 frame delay model to Twilio",
        "Twilio bridge x3: frames lost",
    ]
    assert all(
        row.baseline == "raw websockets bridge" and row.ratio is not None for row in rows[:2]
    )


def test_calls_is_an_opt_in_of_its_own() -> None:
    assert "calls" not in _parse([]).only
    assert _parse(["--only", "calls", "--scale-sessions", "7"]).only == ["calls"]
    assert _parse(["--only", "calls", "--scale-sessions", "7"]).scale_sessions == [7]
