"""A GPT-Live model's prices (:class:`LivePrices`): by the second, active and standby
(paused inference) at their rates, and what creating a WebRTC session bills
(https://developers.openai.com/api/docs/guides/voice-latency-cost)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from realtime_ext import InvalidArgumentError

from ._dollars import MINUTE, Price, usd

__all__ = ["LivePrices"]


@dataclass(frozen=True, slots=True, init=False)
class LivePrices:
    """A GPT-Live model's prices: US dollars per minute of active and of standby (paused)
    session time, billed by the second; a WebRTC session is billed at least
    ``webrtc_start_seconds`` (what creating it bills, credited once it runs).

    Example:
        >>> LivePrices(active_per_minute="0.05", standby_per_minute="0.02").cost(90)
        Decimal('0.075')
    """

    active_per_minute: Decimal
    standby_per_minute: Decimal | None
    webrtc_start_seconds: int
    source: str

    def __init__(
        self,
        *,
        active_per_minute: Price,
        standby_per_minute: Price | None = None,
        webrtc_start_seconds: int = 15,
        source: str = "",
    ) -> None:
        active = usd("active_per_minute", active_per_minute)
        if active is None:
            raise InvalidArgumentError("active_per_minute is required")
        object.__setattr__(self, "active_per_minute", active)
        standby = usd("standby_per_minute", standby_per_minute)
        object.__setattr__(self, "standby_per_minute", standby)
        start = webrtc_start_seconds
        if isinstance(start, bool) or not isinstance(start, int) or start < 0:
            raise InvalidArgumentError(f"webrtc_start_seconds must be an int >= 0, got {start!r}")
        object.__setattr__(self, "webrtc_start_seconds", start)
        if not isinstance(source, str):
            raise InvalidArgumentError(f"source must be a string, got {source!r}")
        object.__setattr__(self, "source", source)

    def cost(
        self,
        seconds: float,
        *,
        active_seconds: int | None = None,
        paused_seconds: int | None = None,
        webrtc: bool = False,
    ) -> Decimal | None:
        """The cost of a session's usage (``session.usage.updated``'s, cumulative):
        ``seconds`` at the active rate, or, when the API splits it, ``active_seconds`` at
        the active rate and ``paused_seconds`` at the standby rate; a ``webrtc`` session at
        least its start charge. ``None``: paused time with no standby price here.

        Example:
            >>> LivePrices(active_per_minute="0.05").cost(0, webrtc=True)
            Decimal('0.0125')
        """
        active = Decimal(str(seconds))
        paused = Decimal(0)
        if active_seconds is not None and paused_seconds is not None:
            active, paused = Decimal(active_seconds), Decimal(paused_seconds)
        if webrtc and active + paused < self.webrtc_start_seconds:
            active = Decimal(self.webrtc_start_seconds) - paused
        total = active * self.active_per_minute
        if paused:
            if self.standby_per_minute is None:
                return None
            total += paused * self.standby_per_minute
        return total / MINUTE
