"""``Telemetry``: whether a client's sessions and requests report, and to which providers."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from realtime_ext._exceptions import InvalidArgumentError

if TYPE_CHECKING:
    from ._otel import Instruments

_available: bool | None = None


def otel_installed() -> bool:
    """Whether the OpenTelemetry API is importable (looked up once, nothing imported)."""
    global _available
    if _available is None:
        try:
            _available = importlib.util.find_spec("opentelemetry") is not None and (
                importlib.util.find_spec("opentelemetry.trace") is not None
            )
        except (ImportError, ValueError):  # a finder that refuses it, a broken install
            _available = False
    return _available


AudioSource = Callable[[str], "int | None"]
"""``source(item_id)``: the decoded audio bytes received so far for an output item (``None``:
not known). A connection's voice extension counts every audio delta for barge-in already
(``voice.audio_received``); with its count the metrics look at a response's first audio
delta only."""


class Telemetry:
    """What the sessions and REST requests of a client report: per-response metrics
    (``conn.metrics``) and a log record always; OpenTelemetry spans and metrics when the API
    is installed (``realtime-ext[otel]``), to the given providers or the global ones.

    Clients build one from ``telemetry=``, ``tracer_provider=`` and ``meter_provider=``;
    ``connect()`` and friends take one (or ``telemetry=False``) directly.

    Example:
        >>> Telemetry(enabled=False).enabled
        False
    """

    __slots__ = ("_instruments", "enabled", "meter_provider", "tracer_provider")

    def __init__(
        self, *, enabled: bool = True, tracer_provider: Any = None, meter_provider: Any = None
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
        self._instruments: Instruments | None = None

    def instruments(self) -> Instruments | None:
        """The OpenTelemetry tracer and histograms (made on first use), or ``None`` when
        telemetry is off or OpenTelemetry is not installed."""
        if not self.enabled or not otel_installed():
            return None
        if self._instruments is None:
            from realtime_ext._version import __version__

            from ._otel import Instruments

            self._instruments = Instruments(self.tracer_provider, self.meter_provider, __version__)
        return self._instruments

    @classmethod
    def of(
        cls, telemetry: object = True, *, tracer_provider: Any = None, meter_provider: Any = None
    ) -> Telemetry:
        """The telemetry for a client's or a ``connect()``'s ``telemetry=`` (a bool or a
        ``Telemetry``), ``tracer_provider=`` and ``meter_provider=`` arguments.

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
            f"meter_provider={self.meter_provider!r})"
        )


_ON = Telemetry()
_OFF = Telemetry(enabled=False)


def telemetry_of(resource: object) -> Telemetry | None:
    """The telemetry of the client a REST resource (``client.calls``...) belongs to: a
    WebRTC call made through it reports where the client's requests do."""
    found = getattr(getattr(resource, "_transport", None), "telemetry", None)
    return found if isinstance(found, Telemetry) else None
