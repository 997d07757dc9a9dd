"""Voice latency you can see: per-response metrics, a log record per response, and
OpenTelemetry traces and metrics (``realtime-ext[otel]``).

Every conversation measures its responses (``conn.metrics``: :class:`SessionMetrics` of
:class:`ResponseMetrics`) unless its client or ``connect()`` got ``telemetry=False``.
See the guide "Latency and tracing".

Example::

    with client.connect(model="gpt-realtime") as conn:
        conn.response.create()
        conn.run_until("response.done")
        print(conn.metrics[-1].time_to_first_audio_ms)
"""

from ._measure import measure
from ._metrics import ResponseMetrics, SessionMetrics
from ._options import Telemetry

__all__ = ["ResponseMetrics", "SessionMetrics", "Telemetry", "measure"]
