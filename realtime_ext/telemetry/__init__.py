"""Voice latency you can see: per-response metrics, a log record per response, and
OpenTelemetry traces and metrics (``realtime-ext[otel]``).

A client given ``telemetry=Telemetry()`` measures the responses of every session it opens
(``SessionMetrics.of(conn)``: :class:`SessionMetrics` of :class:`ResponseMetrics`) and
observes its REST requests; on GPT-Live (``client.live``) each turn is measured as a
response, and the delegations (:class:`DelegationMetrics`) and the usage too. Each
response and session is priced (``conn.cost``, ``ResponseMetrics.cost``) by the published
prices (:data:`PRICES`) or the app's (``Telemetry(prices=...)``). The core SDK
attaches it through ``realtime_ext.Instrumentation`` and never imports this package. See the
guide "Latency and tracing".

Example::

    client = RealtimeClient(telemetry=Telemetry())
    with client.connect(model="gpt-realtime") as conn:
        conn.response.create()
        conn.run_until("response.done")
        print(SessionMetrics.of(conn)[-1].time_to_first_audio_ms)
"""

from ._live_prices import LivePrices
from ._measure import measure
from ._metrics import DelegationMetrics, ResponseMetrics, SessionMetrics
from ._options import Telemetry
from ._prices import PRICES, PRICES_DATE, ModelPrices, TokenPrices

__all__ = [
    "PRICES",
    "PRICES_DATE",
    "DelegationMetrics",
    "LivePrices",
    "ModelPrices",
    "ResponseMetrics",
    "SessionMetrics",
    "Telemetry",
    "TokenPrices",
    "measure",
]
