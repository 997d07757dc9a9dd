"""A Realtime WebSocket connection (sync and asyncio) over the ``websockets`` library.

The connections are the transport-independent conversation of
:mod:`realtime_ext.conversation` over a WebSocket: typed sends (``conn.response.create()``)
or any client event (generated models, dicts, anything with ``to_dict()``), typed server
events that narrow on ``event.type``, server ``error`` events raised as
:class:`~realtime_ext.RealtimeServerError`, handlers (``on``/``once``/``off``,
``run_until``/``dispatch_events``), opt-in reconnect (``max_retries``, ``on_reconnecting``), the
tool loop (``run_tools``), PCM in and audio out.

Backpressure policy: incoming messages are buffered up to ``max_queue`` (default 16);
when the buffer is full ``websockets`` stops reading the socket, TCP flow control makes
the server wait, and memory stays bounded (about ``max_queue * max_size`` worst case)
however slow the consumer. ``send`` waits for the socket's write buffer to drain
(asyncio) or for the write to complete (sync), so a fast producer is slowed down too.

Limits: messages over ``max_size`` (default 16 MiB) are refused in both directions:
outgoing ones raise :class:`MessageTooLargeError` before anything is sent; an incoming one
makes ``websockets`` close the connection with 1009 and the next receive raises
:class:`MessageTooLargeError`.

Connect storms: at most :data:`DEFAULT_MAX_HANDSHAKES` (16) asyncio opening handshakes
run at once per event loop, new sessions and reconnects alike; the others wait their turn,
so hundreds of sessions opened at one instant do not stall the sessions already running.
:func:`limit_handshakes` sets the bound (``None``: none).

Closing: once the connection ends, ``recv`` raises :class:`~realtime_ext.ConnectionClosed`
(an ``APIConnectionError``) with the close code and reason that ``close_code``/``close_reason``
also tell: a close frame from either side, a drop without one (1006), a frozen server caught
by the keepalive (1011). Iteration ends quietly only after the app's ``close()`` or the
server's normal close (1000), and raises otherwise. A server that cannot be reached raises
``APIConnectionError``; a refused handshake raises the ``APIStatusError`` subclass of its
HTTP status (401 ``AuthenticationError``, 403, 404...).

Apps open connections with ``client.connect(...)`` (``RealtimeClient`` or
``AsyncRealtimeClient``, the same name on both) and annotate them with
:class:`RealtimeConnection` / :class:`AsyncRealtimeConnection`: one way to open each kind
of live session (code with a key and no client makes one: ``RealtimeClient(api_key=...)``).
The other live sockets' types are here too, under the names :mod:`realtime_ext.conversation`
defines them with (the same classes, one name each): :class:`LiveConnection` /
:class:`AsyncLiveConnection`, what ``client.live.connect(...)`` opens (GPT-Live), and
:class:`TranslationConnection` / :class:`AsyncTranslationConnection`, what
``client.translations.connect(...)`` opens.
Every entry point takes its options (limits, reconnect, ``websockets`` options, extensions)
as keywords typed by :class:`ConnectOptions` / :class:`ConversationOptions`, their defaults
in one table, :data:`CONNECT_DEFAULTS`.

Example::

    from realtime_ext import RealtimeClient

    with RealtimeClient(api_key="sk-...").connect(model="gpt-realtime") as conn:
        conn.send({"type": "conversation.item.create", "item": {
            "type": "message", "role": "user",
            "content": [{"type": "input_text", "text": "Say hi"}]}})
        conn.response.create()
        done = conn.run_until("response.done")
"""

from realtime_ext._base.connection_async import AsyncRealtimeConnection
from realtime_ext._base.connection_sync import RealtimeConnection
from realtime_ext._base.handshakes import DEFAULT_MAX_HANDSHAKES, limit_handshakes
from realtime_ext._base.keywords import CONNECT_DEFAULTS, ConnectOptions, ConversationOptions
from realtime_ext._exceptions import MessageTooLargeError
from realtime_ext._live.connect import AsyncLiveConnect, LiveConnectOptions
from realtime_ext._live.sockets_async import AsyncForks, AsyncLiveSockets, AsyncSideband
from realtime_ext._live.sockets_sync import Forks, LiveSockets, Sideband
from realtime_ext._translation.connect import AsyncTranslationConnect
from realtime_ext._translation.connect import aconnect_translation as aconnect_translation
from realtime_ext._translation.connect import connect_translation as connect_translation
from realtime_ext.conversation import (
    AsyncLiveConnection,
    AsyncTranslationConnection,
    LiveConnection,
    TranslationConnection,
)

# The clients' own plumbing, not API (one way to open each session: client.connect): their
# connect methods and the translations resource call these, hence imported, not listed.
from ._connect import AsyncConnect
from ._connect import aconnect as aconnect
from ._connect import connect as connect

__all__ = [
    "CONNECT_DEFAULTS",
    "DEFAULT_MAX_HANDSHAKES",
    "AsyncConnect",
    "AsyncForks",
    "AsyncLiveConnect",
    "AsyncLiveConnection",
    "AsyncLiveSockets",
    "AsyncRealtimeConnection",
    "AsyncSideband",
    "AsyncTranslationConnect",
    "AsyncTranslationConnection",
    "ConnectOptions",
    "ConversationOptions",
    "Forks",
    "LiveConnectOptions",
    "LiveConnection",
    "LiveSockets",
    "MessageTooLargeError",
    "RealtimeConnection",
    "Sideband",
    "TranslationConnection",
    "limit_handshakes",
]
