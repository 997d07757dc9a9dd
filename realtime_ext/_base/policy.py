"""``ReconnectPolicy``: the settings a conversation reconnects by, public and checked; each
conversation makes its own bookkeeping (``_reconnect.Reconnector``) from them.

Apart from :mod:`.reconnect` because it takes a session kind's own carry (GPT-Live's),
whose module builds on the conversation's extensions, which build on the reconnect events.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from realtime_ext._checks import show
from realtime_ext._clock import SYSTEM_CLOCK, Clock
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import InvalidArgumentError

from .carry import DEFAULT_CARRY_MAX_CHARS, DEFAULT_CARRY_MAX_ITEMS, Carry, CarryMode
from .reconnect import (
    DEFAULT_MAX_QUEUED_BYTES,
    DEFAULT_MAX_RECONNECT_DELAY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RECONNECT_DELAY,
    OnReconnected,
    OnReconnecting,
    Reconnector,
)

__all__ = ["ReconnectPolicy", "reconnector_of"]


@dataclass(frozen=True, kw_only=True)
class ReconnectPolicy:
    """How a conversation reconnects: the settings a conversation is made with, checked
    when made (before anything goes on the wire); each conversation keeps its own count of
    attempts, backoff and send queue from them.

    ``client.connect(...)``, a WebRTC call and a translation connection make one from
    their reconnect keywords, named as here: ``max_retries`` (``None``: 5, openai's
    figure; ``0``: never), the ``on_reconnecting``/``on_reconnected`` hooks, the backoff
    (``reconnect_delay`` doubling up to ``max_reconnect_delay``, with jitter), how many
    bytes of sends may wait for the new connection (``max_queued_bytes``), what the new
    session is given (``carry``: a :data:`CarryMode`, within ``carry_max_items`` and
    ``carry_max_chars``; or a session kind's own carry, made by its opener: a
    :class:`LiveCarry` for a GPT-Live socket) and when to roll
    over to a new session at a quiet point (``max_session_duration``, ``None``: never).
    ``url`` and ``extra_headers`` are where the next connection goes
    (``on_reconnecting`` may change them); ``rejoins``: each new connection joins the same
    server session again (a call's sideband). A conversation made over a transport of your
    own reconnects with one, given ``reopen=`` to open the next transport.

    Example:
        >>> policy = ReconnectPolicy(url="wss://api.openai.com/v1/realtime", max_retries=3)
        >>> policy.reconnects, policy.reconnect_delay
        (True, 0.5)
        >>> ReconnectPolicy(url="wss://h", reconnect_delay=-1)
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidArgumentError: reconnect_delay must be a number of seconds >= 0, got -1
    """

    url: str
    extra_headers: Mapping[str, str] | None = None
    max_retries: int | None = None
    on_reconnecting: OnReconnecting | None = None
    on_reconnected: OnReconnected | None = None
    reconnect_delay: float = DEFAULT_RECONNECT_DELAY
    max_reconnect_delay: float = DEFAULT_MAX_RECONNECT_DELAY
    max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES
    clock: Clock = SYSTEM_CLOCK
    """What the backoff and the rollover wait on (a ``testing.ManualClock`` in tests)."""
    carry: CarryMode | Carry = "history"
    carry_max_items: int | None = DEFAULT_CARRY_MAX_ITEMS
    carry_max_chars: int | None = DEFAULT_CARRY_MAX_CHARS
    max_session_duration: float | None = None
    rejoins: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.url, str):
            raise InvalidArgumentError(f"url must be a str, got {show(self.url)}")
        # Checked here under the names the entry points take; the conversation's own
        # bookkeeping (reconnector_of) names its parameters otherwise.
        check_seconds(self.reconnect_delay, "reconnect_delay", zero=True, unlimited=False)
        check_seconds(self.max_reconnect_delay, "max_reconnect_delay", zero=True, unlimited=False)
        if not isinstance(self.clock, Clock):
            raise InvalidArgumentError(
                "clock must be a realtime_ext clock (realtime_ext.testing.ManualClock in "
                f"tests), got {show(self.clock)}"
            )
        if not isinstance(self.rejoins, bool):
            raise InvalidArgumentError(f"rejoins must be True or False, got {show(self.rejoins)}")
        reconnector_of(self)  # every other setting, checked once here

    @property
    def reconnects(self) -> bool:
        """Whether a conversation made with it reconnects at all (``max_retries`` > 0).

        Example:
            >>> ReconnectPolicy(url="wss://h", max_retries=0).reconnects
            False
        """
        return (DEFAULT_MAX_RETRIES if self.max_retries is None else self.max_retries) > 0


def reconnector_of(policy: ReconnectPolicy) -> Reconnector:
    """A conversation's own reconnect bookkeeping, made from ``policy`` (a fresh one for
    each conversation: attempts, backoff and the send queue are the conversation's)."""
    carry = policy.carry
    return Reconnector(
        url=policy.url,
        extra_headers=policy.extra_headers,
        max_retries=policy.max_retries,
        on_reconnecting=policy.on_reconnecting,
        on_reconnected=policy.on_reconnected,
        initial_delay=policy.reconnect_delay,
        max_delay=policy.max_reconnect_delay,
        max_queued_bytes=policy.max_queued_bytes,
        clock=policy.clock,
        carry=carry
        if isinstance(carry, Carry)
        else Carry(carry, max_items=policy.carry_max_items, max_chars=policy.carry_max_chars),
        max_session_duration=policy.max_session_duration,
        rejoins=policy.rejoins,
    )
