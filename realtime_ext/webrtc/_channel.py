"""The ``oai-events`` data channel as a conversation transport (:class:`AsyncTransport`)."""

from __future__ import annotations

import asyncio
from typing import Any

from realtime_ext._errors import APIConnectionError, APITimeoutError
from realtime_ext.conversation import ConnectionClosedError

ENDED_REASON = "call ended"


class _Closed:
    __slots__ = ()


_CLOSED = _Closed()


class DataChannelTransport:
    """Carries a Realtime conversation over an ``RTCDataChannel`` (aiortc).

    Messages are queued as they arrive (the channel pushes them), so ``recv_message`` is
    safe to cancel. When the channel closes after a hangup or :meth:`close`, receiving
    raises :class:`ConnectionClosedError` (1000); when the peer connection failed, it raises
    ``APIConnectionError`` (code 1006).

    Example::

        transport = DataChannelTransport(pc.createDataChannel("oai-events"))
    """

    def __init__(self, channel: Any) -> None:
        self._channel = channel
        self._queue: asyncio.Queue[str | bytes | _Closed] = asyncio.Queue()
        self._code: int | None = None
        self._reason: str | None = None
        channel.on("message", self._queue.put_nowait)
        channel.on("close", lambda: self.mark_closed(1000, ENDED_REASON))

    @property
    def channel(self) -> Any:
        """The underlying ``RTCDataChannel``."""
        return self._channel

    def mark_closed(self, code: int, reason: str) -> None:
        """Record how the channel ended (first call wins) and wake a waiting receiver."""
        if self._code is None:
            self._code, self._reason = code, reason
            self._queue.put_nowait(_CLOSED)

    def _closed_error(self) -> Exception:
        if self._code == 1006:
            return APIConnectionError(f"WebRTC call dropped: {self._reason}")
        return ConnectionClosedError(self._code, self._reason or "")

    async def send_text(self, data: str) -> None:
        """Send one JSON text message on the channel."""
        if self._code is not None or self._channel.readyState != "open":
            self.mark_closed(1000, ENDED_REASON)
            raise self._closed_error()
        self._channel.send(data)

    async def recv_message(self, timeout: float | None) -> str | bytes:
        """The next message; raises once the channel is closed (see the class docstring)."""
        if self._code is not None and self._queue.empty():
            raise self._closed_error()
        try:
            item = await asyncio.wait_for(self._queue.get(), timeout)
        except TimeoutError:
            raise APITimeoutError(f"no event on the data channel within {timeout}s") from None
        if isinstance(item, _Closed):
            self._queue.put_nowait(item)  # every later receive sees the close too
            raise self._closed_error()
        return item

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the channel (idempotent)."""
        self.mark_closed(code, reason or ENDED_REASON)
        self._channel.close()

    @property
    def close_code(self) -> int | None:
        """1000 once the call ended cleanly, 1006 if it dropped, ``None`` while open."""
        return self._code

    @property
    def close_reason(self) -> str | None:
        """Why the channel closed; ``None`` while open."""
        return self._reason
