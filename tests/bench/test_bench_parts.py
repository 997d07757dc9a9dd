"""The bench's own pieces: goals, ratios, the table, and the canned HTTP server."""

from __future__ import annotations

import httpx
import pytest
from bench_lib.report import Goal, Item, Measure, median, table
from bench_lib.request_overhead import canned_server


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
