"""The Twilio bridge's bench rows run (no timing assertions: the numbers go in the report)."""

from __future__ import annotations

from bench_lib import telephony


def test_the_bridge_rows_report_cpu_each_way_and_many_calls() -> None:
    rows = telephony.run(frames=50, calls=3, rounds=1)
    assert [row.name for row in rows] == [
        "Twilio bridge CPU per 20 ms frame in (caller to model)",
        "Twilio bridge CPU per 20 ms frame out (model to caller)",
        "Twilio bridge: concurrent calls to completion",
    ]
    assert all(row.ours is not None and row.ours.median > 0 for row in rows)
    assert rows[2].extra == {"calls": 3}
