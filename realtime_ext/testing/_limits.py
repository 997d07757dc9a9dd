"""How much of a fake server one peer may hold: connections, and time to send a request.

``serve-fake`` is also run as a shared server (a team's staging fake, a CI service), where a
slow or hostile peer must not make it unreachable for the others: each connection has a
deadline for its request head and body and an idle timeout between requests, and
connections beyond a cap are answered at once with 503 rather than left to queue.
"""

from __future__ import annotations

from dataclasses import dataclass

from realtime_ext.provider import check_count, check_seconds

__all__ = ["ServerLimits"]


@dataclass(frozen=True)
class ServerLimits:
    """Bounds a :class:`FakeRealtimeServer` holds every peer to.

    - ``max_connections``: connections served at once (HTTP and WebSocket); one more is
      answered ``503 Service Unavailable`` with ``Retry-After`` and closed;
    - ``head_timeout``: seconds for a request head, from the connection's start (or the
      request's first byte on a kept-alive connection) to its blank line; then ``408``;
    - ``body_timeout``: seconds for the ``Content-Length`` body once the head is read
      (``408``);
    - ``idle_timeout``: seconds a kept-alive connection may wait for its next request before
      it is closed.

    Example::

        from realtime_ext.testing import FakeRealtimeServer, ServerLimits

        with FakeRealtimeServer(limits=ServerLimits(max_connections=64)) as server:
            ...
    """

    max_connections: int = 512
    head_timeout: float = 10.0
    body_timeout: float = 30.0
    idle_timeout: float = 60.0

    def __post_init__(self) -> None:
        # The SDK's own checks, so each says what every other count and timeout says.
        check_count(self.max_connections, "max_connections", unlimited=False)
        for name in ("head_timeout", "body_timeout", "idle_timeout"):
            check_seconds(getattr(self, name), name, unlimited=False)
