"""The Realtime conversation, independent of what carries its messages.

One implementation of everything a live conversation does — typed sends
(``conn.response.create(...)``), typed receives, handlers (``on``/``once``/``off``,
``run``/``dispatch_events``), server ``error`` events raised as
:class:`~realtime_ext.RealtimeServerError`, opt-in reconnect, and the automatic tool loop
(``run_tools``) — in :class:`AsyncConversation` (asyncio) and :class:`Conversation`
(blocking). The decisions live in one sans-I/O core (``_core``, ``_reconnect``,
``_tools``, ``_handlers``); the two classes only await or block.

The WebSocket connections (:mod:`realtime_ext.connection`) are these classes over a
WebSocket transport. Another channel (a WebRTC data channel, a test double) plugs in the
same way:

1. Implement :class:`AsyncTransport` (or :class:`SyncTransport`)::

       class DataChannelTransport:
           async def send_text(self, data: str) -> None: ...
           async def recv_message(self, timeout: float | None) -> str | bytes: ...
           async def close(self, code: int = 1000, reason: str = "") -> None: ...
           @property
           def close_code(self) -> int | None: ...
           @property
           def close_reason(self) -> str | None: ...

   ``recv_message`` returns one whole JSON message, must be safe to cancel (no message
   lost) and, once the channel is closed, raises
   :class:`ConnectionClosedError` ``(code, reason)`` for a clean close (iteration then
   ends quietly) or ``realtime_ext.APIConnectionError`` for a drop (code 1006);
   ``realtime_ext.APITimeoutError`` when ``timeout`` passes. ``send_text`` raises the same
   closed errors. ``close`` is idempotent. A sync transport's ``send_text`` must be safe to
   call from another thread (the tool loop answers from a worker thread).

2. Subclass (or instantiate) the conversation with it::

       class RealtimeCall(AsyncConversation):
           def __init__(self, channel, pc):
               super().__init__(DataChannelTransport(channel), max_size=None)
               self.pc = pc

   ``reopen=`` (``async (url, extra_headers) -> AsyncTransport``) and ``reconnector=``
   (a :class:`Reconnector` with ``max_retries``/``on_reconnecting``/...) enable reconnect;
   leave them out for channels that cannot be reopened (reconnect is then off).

That is all: handlers, error surfacing, typed sends, audio helpers and the tool loop come
from the class. Example::

    conn = AsyncConversation(transport)
    conn.run_tools(registry)
    await conn.response.create()
    done = await conn.run_until("response.done")
"""

from ._async import AsyncConversation
from ._audio import AudioCollector, pcm_chunks
from ._errors import ConnectionClosedError, MessageTooLargeError, server_error
from ._handlers import Handlers, event_type
from ._reconnect import (
    RECOVERABLE_CLOSE_CODES,
    ReconnectedEvent,
    ReconnectError,
    ReconnectingEvent,
    ReconnectingOverrides,
    Reconnector,
    SendQueueFullError,
    is_recoverable_close,
)
from ._sync import Conversation
from ._tools import ToolRunner, function_calls
from ._transport import AsyncReopen, AsyncTransport, SyncReopen, SyncTransport

__all__ = [
    "RECOVERABLE_CLOSE_CODES",
    "AsyncConversation",
    "AsyncReopen",
    "AsyncTransport",
    "AudioCollector",
    "ConnectionClosedError",
    "Conversation",
    "Handlers",
    "MessageTooLargeError",
    "ReconnectError",
    "ReconnectedEvent",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "Reconnector",
    "SendQueueFullError",
    "SyncReopen",
    "SyncTransport",
    "ToolRunner",
    "event_type",
    "function_calls",
    "is_recoverable_close",
    "pcm_chunks",
    "server_error",
]
