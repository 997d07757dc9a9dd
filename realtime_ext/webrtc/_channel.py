"""The ``oai-events`` data channel as a conversation transport (:class:`AsyncTransport`)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Protocol

from realtime_ext import (
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


def _always(dropped: bool) -> bool:
    return True


def follow_peer(
    pc: Any,
    transport: DataChannelTransport,
    audio_out: _Ends,
    *,
    ends_audio: Callable[[bool], bool] = _always,
) -> None:
    """End a call's channel transport and its audio out with the aiortc peer connection
    ``pc``: 1006 (dropped) when it fails or its DTLS transport ends without the other side's
    goodbye (the ICE connection lost: aiortc then closes the peer connection as after a
    hangup), 1000 when it closes otherwise (a hangup, or closed here).
    ``ends_audio(dropped)`` says whether that end ends the audio too (``dropped``: the call
    was dropped, by this end or before it: a call that moves its audio to a new peer
    connection keeps it)."""

    def on_state() -> None:
        state = pc.connectionState
        if state == "failed":
            transport.mark_closed(1006, "the peer connection failed")
        elif state == "closed":
            transport.mark_closed(1000, ENDED_REASON)
        if state in ("failed", "closed") and ends_audio(transport.close_code == 1006):
            audio_out.end()

    pc.on("connectionstatechange", on_state)
    sctp = getattr(pc, "sctp", None)
    dtls = getattr(sctp, "transport", None)
    if dtls is None:
        return

    def on_dtls_state() -> None:
        # pc.close() (here) sets signalingState "closed" before it stops the transports.
        ended = dtls.state in ("closed", "failed") and pc.signalingState != "closed"
        if ended and not said_goodbye(dtls):
            transport.mark_closed(1006, "the peer connection was lost")

    dtls.on("statechange", on_dtls_state)


def said_goodbye(dtls: Any) -> bool:
    """Whether the other side of the aiortc DTLS transport ``dtls`` closed it (its
    close_notify arrived), as a hangup does; a lost connection ends with no goodbye. When
    aiortc's internals do not tell, a goodbye is assumed: an ended call is never redialled."""
    ssl = getattr(dtls, "_ssl", None)  # aiortc's OpenSSL connection (no public accessor)
    if ssl is None:
        return True
    from OpenSSL import SSL  # aiortc's own dependency (pyOpenSSL)

    return bool(ssl.get_shutdown() & SSL.RECEIVED_SHUTDOWN)


def association_up(channel: Any) -> bool:
    """Whether the SCTP association under the data ``channel`` still stands: a hangup
    closes the whole peer connection (the association first, then DTLS with its goodbye),
    so a channel that closes while the association stands was closed alone: a fault."""
    sctp = getattr(channel, "transport", None)  # an aiortc RTCSctpTransport
    return sctp is not None and getattr(sctp, "state", None) == "connected"


class _Closed:
    __slots__ = ()


_CLOSED = _Closed()


class DataChannelTransport:
    """Carries a Realtime conversation over an ``RTCDataChannel`` (aiortc).

    Messages are queued as they arrive (the channel pushes them), so ``recv_message`` is
    safe to cancel. When the channel closes after a hangup or :meth:`close`, receiving
    raises :class:`ConnectionClosed` (1000); when the peer connection failed, or the
    channel closed alone while the peer connection stands, it raises
    ``APIConnectionError`` (code 1006: a dropped call, which a call reconnects).

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
        channel.on("close", self._channel_closed)

    def _channel_closed(self) -> None:
        if association_up(self._channel):
            self.mark_closed(1006, "the oai-events data channel closed unexpectedly")
        else:
            self.mark_closed(1000, ENDED_REASON)

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
            # A channel closing before its close event came is judged as that event will
            # judge it: alone, under a standing association, it is a drop (1006), not an end.
            self._channel_closed()
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
            async with asyncio.timeout(timeout):  # not wait_for: see _base/websocket_transport.py
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
