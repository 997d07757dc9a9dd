"""Voice latency you can see: per-response metrics, a log record per response, and
OpenTelemetry traces and metrics (``realtime-ext[otel]``).

A client given ``telemetry=Telemetry()`` measures the responses of every session it opens
(``SessionMetrics.of(conn)``: :class:`SessionMetrics` of :class:`ResponseMetrics`) and
observes its REST requests; the core SDK attaches it through ``realtime_ext.Instrumentation``
and never imports this package. See the guide "Latency and tracing".

Example::

    client = RealtimeClient(telemetry=Telemetry())
    with client.connect(model="gpt-realtime") as conn:
        conn.response.create()
        conn.run_until("response.done")
        print(SessionMetrics.of(conn)[-1].time_to_first_audio_ms)
"""

from ._measure import measure
from ._metrics import ResponseMetrics, SessionMetrics
from ._options import Telemetry

__all__ = ["ResponseMetrics", "SessionMetrics", "Telemetry", "measure"]
