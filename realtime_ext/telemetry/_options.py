"""``Telemetry``: whether a client's sessions and requests report, and to which providers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from realtime_ext import InvalidArgumentError

from ._available import otel_installed
from ._prices import ModelPrices, checked_prices

if TYPE_CHECKING:
    import httpx

    from realtime_ext import RequestEnded
    from realtime_ext.conversation import Extension

    from ._otel import Instruments


class Telemetry:
    """What the sessions and REST requests of a client report: per-response metrics
    (``SessionMetrics.of(conn)``) and a log record always; OpenTelemetry spans and metrics
    when the API is installed (``realtime-ext[otel]``), to the given providers or the global
    ones. A client given none (the default) reports nothing.

    It is the client's ``telemetry=`` (a :class:`realtime_ext.Instrumentation`): the REST
    requests' observer (:attr:`requests`) and each live session's recorder
    (:meth:`session_extension`). ``prices``: what each model costs, by model name
    (``TokenPrices`` or ``LivePrices``; default :data:`realtime_ext.telemetry.PRICES`, the
    published prices): each response's and each session's cost is priced by it.

    Example:
        >>> Telemetry(enabled=False).enabled
        False
        >>> from realtime_ext.telemetry import PRICES, TokenPrices
        >>> mine = Telemetry(prices={**PRICES, "my-model": TokenPrices(text_output=2)})
        >>> mine.prices["my-model"].text_output
        Decimal('2')
    """

    __slots__ = ("_instruments", "enabled", "meter_provider", "prices", "tracer_provider")

    def __init__(
        self,
        *,
        enabled: bool = True,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        prices: Mapping[str, ModelPrices] | None = None,
    ) -> None:
        if not isinstance(enabled, bool):
            raise InvalidArgumentError(f"telemetry must be a bool, got {enabled!r}")
        for name, value, method in (
            ("tracer_provider", tracer_provider, "get_tracer"),
            ("meter_provider", meter_provider, "get_meter"),
        ):
            if value is not None and not callable(getattr(value, method, None)):
                raise InvalidArgumentError(
                    f"{name} must be an OpenTelemetry {name.replace('_', ' ')} (with "
                    f"{method}()), got {type(value).__name__}"
                )
            if value is not None and not enabled:
                raise InvalidArgumentError(
                    f"{name} given with telemetry=False: nothing would use it"
                )
        self.enabled: bool = enabled
        # Typed Any: OpenTelemetry is optional, its provider classes may not exist here.
        self.tracer_provider: Any = tracer_provider
        self.meter_provider: Any = meter_provider
        self.prices: Mapping[str, ModelPrices] = checked_prices(prices)
        """What each model costs (the published prices unless given)."""
        self._instruments: Instruments | None = None

    def instruments(self) -> Instruments | None:
        """The OpenTelemetry tracer and histograms (made on first use), or ``None`` when
        telemetry is off or OpenTelemetry is not installed."""
        if not self.enabled or not otel_installed():
            return None
        if self._instruments is None:
            from realtime_ext import __version__

            from ._otel import Instruments

            self._instruments = Instruments(self.tracer_provider, self.meter_provider, __version__)
        return self._instruments

    @property
    def requests(self) -> Telemetry | None:
        """Itself, the observer of a client's REST requests, when it makes spans (on, and
        OpenTelemetry installed); else ``None``: a request costs nothing.

        Example:
            >>> Telemetry(enabled=False).requests is None
            True
        """
        return self if self.enabled and otel_installed() else None

    def request_started(self, method: str, url: httpx.URL, route: str, /) -> RequestEnded | None:
        """A REST request starts: its span (ended by the function returned).

        Example::

            ended = telemetry.request_started("GET", url, "/models")
        """
        instruments = self.instruments()
        if instruments is None:
            return None
        span = instruments.rest_span(method, url, route)
        return lambda status, error: instruments.end_rest_span(span, status, error)

    def session_extension(
        self, *, now: Callable[[], float], url: str, kind: str = "realtime"
    ) -> Extension | None:
        """The recorder of a live session of ``kind`` (``"realtime"``, or ``"live"``: a
        GPT-Live socket) (``SessionMetrics.of(conn)`` reads its figures), or ``None`` when
        off.

        Example::

            conn.add_extension(Telemetry().session_extension(now=time.monotonic, url=""))
        """
        from ._recorder import where  # loaded with the first session
        from ._recorders import recorder_for

        # A GPT-Live session with no socket URL is a WebRTC call's (billed its start charge).
        return recorder_for(self, now, kind=kind, webrtc=not url, **where(url))

    @classmethod
    def of(
        cls, telemetry: object = True, *, tracer_provider: Any = None, meter_provider: Any = None
    ) -> Telemetry:
        """The telemetry for a ``telemetry=`` argument (a bool, a ``Telemetry``, or ``None``:
        off), ``tracer_provider=`` and ``meter_provider=`` arguments.

        Example:
            >>> Telemetry.of(False).enabled
            False
        """
        if isinstance(telemetry, Telemetry):
            if tracer_provider is not None or meter_provider is not None:
                raise InvalidArgumentError(
                    "pass the providers in Telemetry(...) or as keywords, not both"
                )
            return telemetry
        if telemetry is None:
            telemetry = False
        if not isinstance(telemetry, bool):
            raise InvalidArgumentError(
                f"telemetry must be a bool or a realtime_ext.telemetry.Telemetry, got {telemetry!r}"
            )
        if tracer_provider is None and meter_provider is None:
            return _ON if telemetry else _OFF
        return cls(
            enabled=telemetry, tracer_provider=tracer_provider, meter_provider=meter_provider
        )

    def __repr__(self) -> str:
        return (
            f"Telemetry(enabled={self.enabled}, tracer_provider={self.tracer_provider!r}, "
            f"meter_provider={self.meter_provider!r}, prices={len(self.prices)} models)"
        )


_ON = Telemetry()
_OFF = Telemetry(enabled=False)
