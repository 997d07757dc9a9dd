"""The Realtime conversation, independent of what carries its messages.

One implementation of everything a live conversation does — typed sends
(``conn.response.create(...)``), typed receives, handlers (``on``/``once``/``off``,
``run_until``/``dispatch_events``), server ``error`` events raised as
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
   :class:`ConnectionClosed` ``(code, reason)`` (iteration then ends quietly only
   after the app's ``close()`` or a 1000 from the peer, and raises it otherwise) or
   another ``realtime_ext.APIConnectionError`` for a drop (a close code of 1006);
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
from the class.

Extensions (the extension point voice and translation helpers build on):
``conn.add_extension(ext)`` on any conversation (``Conversation``/``AsyncConversation``,
so WebSocket connections, WebRTC calls and sideband connections alike) tells ``ext`` about
the traffic. An :class:`Extension` is any object with two methods:

- ``received(event) -> None``: each decoded server event, in the receiving loop
  (``recv``, iteration, ``run_until``, ``dispatch_events``...), before handlers run and before an
  unhandled ``error`` event is raised;
- ``sent(payload: dict) -> None``: each client event as the JSON object that went out
  (typed sends, ``send``, the tool loop's outputs), after it was written or
  queued for a reconnect (replays after a reconnect are not told twice).

An extension may send through the connection it was built with (on a blocking conversation
from either method; on an asyncio one, make the method ``async def`` and ``await
conn.send(...)``: async methods are awaited in order). An exception from an extension
propagates to the ``recv``/``send`` caller, like a handler's. ``conn.remove_extension(ext)``
detaches it; ``conn.extensions`` lists them. Example::

    class BargeIn:
        def __init__(self, conn: Conversation) -> None:
            self.conn = conn

        def received(self, event: ServerEvent) -> None:
            if event.type == "input_audio_buffer.speech_started":
                self.conn.send({"type": "response.cancel"})

        def sent(self, payload: dict[str, Any]) -> None:
            pass

    conn.add_extension(BargeIn(conn))

Example::

    conn = AsyncConversation(transport)
    conn.run_tools(registry)
    await conn.response.create()
    done = await conn.run_until("response.done")
"""

from realtime_ext._exceptions import (
    ConnectionClosed,
    ReconnectError,
    ResponseLostError,
    ResponseLostEvent,
    SendQueueFullError,
)

from ._async import AsyncConversation
from ._carry import CarriedItem, Carry, CarryFunction, CarryMode
from ._extensions import Extension
from ._reconnect import ReconnectedEvent, ReconnectingEvent, ReconnectingOverrides, Reconnector
from ._sync import Conversation
from ._transport import AsyncTransport, SyncTransport

__all__ = [
    "AsyncConversation",
    "AsyncTransport",
    "CarriedItem",
    "Carry",
    "CarryFunction",
    "CarryMode",
    "ConnectionClosed",
    "Conversation",
    "Extension",
    "ReconnectError",
    "ReconnectedEvent",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "Reconnector",
    "ResponseLostError",
    "ResponseLostEvent",
    "SendQueueFullError",
    "SyncTransport",
]
