"""First connection: a fresh process's first ``client.connect(...)`` until its first event.

Issue 57 asks that the first connection of a process reach its first event no slower than
openai's ``client.realtime.connect(...)``. Each run is a fresh interpreter that imports its
package and builds its client (``RealtimeClient`` / ``openai.OpenAI``, both untimed), then
times ``connect`` (the handshake, and whatever the connect path imports or builds on first
use) up to the first received event, over loopback to the canned server. Steady-state
receive is :mod:`websocket_recv`'s; this row is the one-off cost a short-lived process (a
CLI, a serverless function, a test) pays.

Example:
    >>> from bench_lib import first_connection
    >>> item = first_connection.run(runs=1)  # doctest: +SKIP
"""

from __future__ import annotations

import json
from pathlib import Path

from . import subjects
from .child import run_last_line
from .report import Goal, Item, Measure
from .request_overhead import canned_server

SCRIPTS = Path(__file__).resolve().parents[1]
API_KEY = "sk-bench-not-a-real-key"
MODEL = "gpt-realtime"
SESSION_CREATED = {
    "type": "session.created",
    "event_id": "event_1",
    "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1"},
}
GOAL = Goal("<= 1.00x (no slower than openai)", max_ratio=1.0)

# Each side's child: untimed imports and client, then the timed first connect + recv.
_OURS = """
import time
import realtime_ext
client = realtime_ext.RealtimeClient(api_key={key!r}, base_url={origin!r} + "/v1")
start = time.perf_counter()
with client.connect(model={model!r}, extra_query={{"events": "1"}}) as conn:
    conn.recv()
    print((time.perf_counter() - start) * 1000)
"""
_OPENAI = """
import time
import openai
client = openai.OpenAI(api_key={key!r}, base_url={origin!r} + "/v1")
start = time.perf_counter()
with client.realtime.connect(model={model!r}, extra_query={{"events": 1}}) as conn:
    conn.recv()
    print((time.perf_counter() - start) * 1000)
"""


def _child_ms(template: str, origin: str) -> float:
    code = template.format(key=API_KEY, origin=origin, model=MODEL)
    # bytecode cached by the untimed run, as for openai's
    return float(run_last_line(code, env=subjects.child_env()))


def run(*, runs: int, warm: bool = True) -> Item:
    """Milliseconds from ``connect`` to the first event, ``runs`` fresh processes per side
    (``warm``: an untimed one per side first, as in :func:`cold_import.run`)."""
    frames = [json.dumps(SESSION_CREATED)]
    times: dict[str, list[float]] = {"ours": [], "openai": []}
    with canned_server({"WS /v1/realtime": {"frames": frames}}) as origin:
        for template in (_OURS, _OPENAI) if warm else ():
            _child_ms(template, origin)  # compile and cache bytecode before timing
        for index in range(runs):
            # Alternate which side goes first, so a drift in machine speed hits both alike.
            order = [("ours", _OURS), ("openai", _OPENAI)]
            for side, template in order if index % 2 == 0 else order[::-1]:
                times[side].append(_child_ms(template, origin))
    return Item(
        "first connection: connect to first event",
        "ms",
        Measure(times["ours"]),
        Measure(times["openai"]),
        goal=GOAL,
        note="a fresh process, package imported and client built (untimed); sync client",
        extra={"runs": runs},
    )
