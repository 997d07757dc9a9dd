#!/usr/bin/env python3
"""``make bench``: realtime-ext against the official ``openai`` package, side by side.

Measures cold import, the first connection of a fresh process (connect to first event),
request overhead (vs openai and a raw httpx loop), event decoding,
WebRTC call setup and audio frames/s (ours only: openai has no WebRTC client),
WebSocket receive over loopback (sync, async, 20 concurrent; vs openai and a raw
``websockets`` + ``json.loads`` loop; memory per connection; telemetry on against off,
with the OpenTelemetry SDK recording and with OpenTelemetry absent), the decoding and
receive rows on two event mixes in one run (``--mix``: the recorded one, and one of 100 ms
audio deltas), SDP round-trips,
regeneration time and peak memory, prints a table of medians and ratios
and writes every run to ``build/bench-results.json``. Each benchmark lives in its own
module under ``scripts/bench_lib``.

Usage::

    python scripts/bench.py                  # full run (a few minutes on 2 cores)
    python scripts/bench.py --quick          # tiny counts: checks the harness, not speed
    python scripts/bench.py --only events,sdp --output /tmp/bench.json
    python scripts/bench.py --only websocket --audio-bytes 4800   # 100 ms audio deltas
    python scripts/bench.py --only websocket --mix audio100      # one of the two mixes
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_lib.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
