"""The ``oai-events`` data channel as a conversation transport (:class:`AsyncTransport`)."""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from realtime_ext._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConcurrentReceiveError,
    InvalidArgumentError,
)
from realtime_ext.conversation import ConnectionClosed

ENDED_REASON = "call ended"
DEFAULT_MAX_QUEUE = 1024
"""Events held for a reader that is not reading (WebRTC sends no audio on the channel, so
a live call rarely has more than a few dozen waiting)."""
DEFAULT_MAX_QUEUED_BYTES = 16 * 2**20
"""Bytes of events held at most, whatever their number (also the largest one event)."""
OVERFLOW_CODE = 1009


class _Ends(Protocol):
    def end(self) -> None: ...


def follow_peer(pc: Any, transport: DataChannelTransport, audio_out: _Ends) -> None:
    """End a call's channel transport (1006 when its peer connection fails, 1000 when it
    closes) and its audio out with the aiortc peer connection ``pc``."""

    def on_state() -> None:
        state = pc.connectionState
        if state == "failed":
            transport.mark_closed(1006, "the peer connection failed")
        elif state == "closed":
            transport.mark_closed(1000, ENDED_REASON)
        if state in ("failed", "closed"):
            audio_out.end()

    pc.on("connectionstatechange", on_state)


class _Closed:
    __slots__ = ()


_CLOSED = _Closed()


class DataChannelTransport:
    """Carries a Realtime conversation over an ``RTCDataChannel`` (aiortc).

    Messages are queued as they arrive (the channel pushes them), so ``recv_message`` is
    safe to cancel. When the channel closes after a hangup or :meth:`close`, receiving
    raises :class:`ConnectionClosed` (1000); when the peer connection failed, it raises
    ``APIConnectionError`` (code 1006).

    The queue is bounded: at most ``max_queue`` messages and ``max_queued_bytes`` bytes wait
    for a reader. A data channel cannot be paused the way a WebSocket stops reading its
    socket (aiortc delivers every SCTP message at once, and the DTLS transport it shares with
    the audio cannot stop), so a reader that falls that far behind ends the channel instead of
    the process growing without limit: the queued messages are still delivered, then
    receiving raises :class:`ConnectionClosed` with code 1009 saying how many were
    refused. Nothing is dropped silently.

    Example::

        transport = DataChannelTransport(pc.createDataChannel("oai-events"))
    """

    def __init__(
        self,
        channel: Any,
        *,
        max_queue: int = DEFAULT_MAX_QUEUE,
        max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
    ) -> None:
        if max_queue < 1 or max_queued_bytes < 1:
            raise InvalidArgumentError("max_queue and max_queued_bytes must be at least 1")
        self._channel = channel
        self._queue: asyncio.Queue[str | bytes | _Closed] = asyncio.Queue()
        self._code: int | None = None
        self._reason: str | None = None
        self.max_queue: int = max_queue
        self.max_queued_bytes: int = max_queued_bytes
        self._queued_bytes = 0
        self._queued = 0
        self._receiving = False
        self.refused: int = 0
        """Messages refused because the queue was full (the channel was then closed)."""
        channel.on("message", self._arrived)
        channel.on("close", lambda: self.mark_closed(1000, ENDED_REASON))

    def _arrived(self, message: str | bytes) -> None:
        if self._code is not None:
            if self._code == OVERFLOW_CODE:
                self.refused += 1
            return  # closed: nothing more is delivered
        size = len(message)  # characters for text: cheap, and what the queue holds
        if self._queued >= self.max_queue or self._queued_bytes + size > self.max_queued_bytes:
            self.refused += 1
            self.mark_closed(
                OVERFLOW_CODE,
                f"the event queue is full ({self._queued} messages, "
                f"{self._queued_bytes + size} bytes; max_queue={self.max_queue}, "
                f"max_queued_bytes={self.max_queued_bytes}): events are not being read; "
                "later events were refused and the data channel was closed",
            )
            self._channel.close()
            return
        self._queued_bytes += size
        self._queued += 1
        self._queue.put_nowait(message)

    @property
    def queued(self) -> int:
        """Messages waiting for a reader."""
        return self._queued

    @property
    def channel(self) -> Any:
        """The underlying ``RTCDataChannel``."""
        return self._channel

    def mark_closed(self, code: int, reason: str) -> None:
        """Record how the channel ended (first call wins) and wake a waiting receiver."""
        if self._code is None:
            self._code, self._reason = code, reason
            self._queue.put_nowait(_CLOSED)

    def closed_error(self) -> Exception:
        """The exception a send or receive raises once the channel is closed: a dropped
        call is an ``APIConnectionError``, a closed one ``ConnectionClosed``."""
        if self._code == 1006:
            return APIConnectionError(f"WebRTC call dropped: {self._reason}")
        reason = self._reason or ""
        if self._code == OVERFLOW_CODE:
            reason += f" ({self.refused} refused)"
        return ConnectionClosed(self._code, reason)

    async def send_text(self, data: str) -> None:
        """Send one JSON text message on the channel."""
        if self._code is not None or self._channel.readyState != "open":
            self.mark_closed(1000, ENDED_REASON)
            raise self.closed_error()
        self._channel.send(data)

    async def recv_message(self, timeout: float | None) -> str | bytes:
        """The next message; raises once the channel is closed (see the class docstring)."""
        if self._code is not None and self._queue.empty():
            raise self.closed_error()
        # Two readers would each take some of the events: refused, as websockets does.
        if self._receiving:
            raise ConcurrentReceiveError()
        self._receiving = True
        try:
            async with asyncio.timeout(timeout):  # not wait_for: see connection/_transport.py
                item = await self._queue.get()
        except TimeoutError:
            raise APITimeoutError(f"no event on the data channel within {timeout}s") from None
        finally:
            self._receiving = False
        if isinstance(item, _Closed):
            self._queue.put_nowait(item)  # every later receive sees the close too
            raise self.closed_error()
        self._queued_bytes -= len(item)
        self._queued -= 1
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
