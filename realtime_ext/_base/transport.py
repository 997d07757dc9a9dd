"""The two-method contract a message channel fulfils to carry a Realtime conversation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol, runtime_checkable


class ClosingState(Protocol):
    """What every transport tells about its end (both protocols below inherit it)."""

    @property
    def close_code(self) -> int | None:
        """The close code once closed (1006 for a drop), ``None`` while open."""
        ...

    @property
    def close_reason(self) -> str | None:
        """The close reason once closed, ``None`` while open."""
        ...


@runtime_checkable
class AsyncTransport(ClosingState, Protocol):
    """An open, ordered, reliable message channel for asyncio (WebSocket, data channel...).

    ``recv_message`` returns the next whole message (JSON text as ``str`` or UTF-8
    ``bytes``) and must be safe to cancel without losing a message. When the channel is
    closed it raises :class:`~realtime_ext.ConnectionClosed` (with the close
    code) after a clean close, ``APIConnectionError`` after a drop (code 1006) and
    ``APITimeoutError`` when ``timeout`` seconds pass without a message. ``send_text``
    raises the same closed errors. ``close`` is idempotent.
    """

    async def send_text(self, data: str) -> None:
        """Send one text message."""
        ...

    async def recv_message(self, timeout: float | None) -> str | bytes:
        """The next message (see the class docstring for the errors)."""
        ...

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the channel (idempotent)."""
        ...


@runtime_checkable
class SyncTransport(ClosingState, Protocol):
    """The blocking twin of :class:`AsyncTransport`; ``send_text`` must be thread-safe."""

    def send_text(self, data: str) -> None:
        """Send one text message."""
        ...

    def recv_message(self, timeout: float | None) -> str | bytes:
        """The next message (errors as for :class:`AsyncTransport`)."""
        ...

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the channel (idempotent)."""
        ...


@runtime_checkable
class BoundedClose(Protocol):
    """A transport whose ``close`` can be told how long its closing handshake may take
    (the WebSocket transports: a frozen peer never answers the close frame). A
    ``close(timeout=...)`` bounds it by what is left of its timeout; a transport without it
    closes within its own bound."""

    def limit_close(self, seconds: float) -> None:
        """The next ``close`` waits at most ``seconds`` for the peer, then drops the line."""
        ...


AsyncReopen = Callable[[str, Mapping[str, str]], Awaitable[AsyncTransport]]
"""Open a fresh transport to ``url`` with extra ``headers`` (reconnect); raises on failure."""

SyncReopen = Callable[[str, Mapping[str, str]], SyncTransport]
"""The blocking twin of :data:`AsyncReopen`."""
