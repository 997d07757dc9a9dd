"""The Realtime conversation, independent of what carries its messages.

One implementation of everything a live conversation does — typed sends
(``conn.response.create(...)``), typed receives, handlers (``on``/``once``/``off``,
``run_until``/``dispatch_events``), server ``error`` events raised as
:class:`~realtime_ext.RealtimeServerError`, opt-in reconnect, and the automatic tool loop
(``run_tools``) — in :class:`AsyncConversation` (asyncio) and :class:`Conversation`
(blocking). The decisions live in one sans-I/O core (``_core``, ``_reconnect``,
``_handlers``); the two classes only await or block. The tool loop itself is an extension
of the tools package (``realtime_ext.tools.ToolLoop``) that ``run_tools`` attaches.

The WebSocket connections (:mod:`realtime_ext.connection`), WebRTC calls and translation
sessions are these classes over a transport: an app gets one from ``client.connect(...)``,
``realtime_ext.webrtc.AsyncWebRTC(client)``, ``client.connect(call_id=...)`` (a call's
sideband) or ``client.translations``, never builds one. A translation session
(:class:`AsyncTranslationConnection` / :class:`TranslationConnection`) and a GPT-Live socket
(:class:`AsyncLiveConnection` / :class:`LiveConnection`) are the same conversation configured
by another :class:`SessionKind` (:data:`TRANSLATION`, :data:`LIVE`...): its
endpoint, event table, typed sends and audio events. A connection is configured by
``client.connect(...)``'s keywords (``max_retries``, ``on_reconnecting``, ``carry``...),
which make its :class:`ReconnectPolicy`: the reconnect settings every live session (a
WebSocket, a WebRTC call, a translation or GPT-Live socket) is made with, checked when
made; each conversation keeps its own attempts, backoff and send queue from it. Their
defaults are public (:data:`DEFAULT_MAX_RETRIES`, :data:`DEFAULT_RECONNECT_DELAY`...), as
are the hooks' types (:data:`OnReconnecting`, :data:`OnReconnected`).

One type for any of them: ``realtime_ext.AsyncOpenSession`` (asyncio) and
``realtime_ext.OpenSession`` (blocking), the protocol every live session satisfies:
annotate with it code that takes "any live session"; each kind's typed sends and extras
(``conn.response``, ``conn.history``, ``call.call_id``, a translation's ``send_audio``) are
on the class the client gave.

Reconnect (on by default on WebSocket connections): ``ReconnectingEvent`` and
``ReconnectedEvent`` are what ``on_reconnecting``/``on_reconnected`` get (the first may
return ``ReconnectingOverrides``); ``carry=`` (a :data:`CarryMode`: ``"history"``,
``"session"``, or a :data:`CarryFunction` of the :class:`CarriedItem` list) says what a new
server session is given; ``ReconnectError``, ``ResponseLostError`` and
``ResponseLostEvent`` report what a reconnect could not save, ``UndeliveredError`` what a
``close()`` left behind; ``ReconnectedEvent.carried`` says what the new session was given.

Extensions (the one interface voice, the metrics, translation's transcript and apps attach
through): ``conn.add_extension(ext)`` on any conversation (WebSocket connections, WebRTC
calls, sideband and translation connections alike) tells ``ext``, an :class:`Extension`, about
the traffic (``received``, ``sent``), the moves to a new connection (``reconnecting``,
``reconnected``, ``response_lost``), the tool loop's calls (``tool_started``) and the end
(``closed``): subclass it and override what you need. ``conn.remove_extension(ext)``
detaches it; ``conn.extensions`` lists them. Example::

    class BargeIn(Extension):
        def __init__(self, conn: Conversation) -> None:
            self.conn = conn

        def received(self, event: ServerEvent) -> None:
            if event.type == "input_audio_buffer.speech_started":
                self.conn.send({"type": "response.cancel"})

    conn.add_extension(BargeIn(conn))

Example::

    async with client.connect(model="gpt-realtime") as conn:  # an AsyncConversation
        conn.run_tools(registry)
        await conn.response.create()
        done = await conn.run_until("response.done")
"""

from realtime_ext._base.carry import CarriedItem, CarryFunction, CarryMode, is_carried_item_id
from realtime_ext._base.conversation_async import AsyncConversation
from realtime_ext._base.conversation_sync import Conversation
from realtime_ext._base.extensions import Extension, Link, Reply, ToolEnded, checked_extensions
from realtime_ext._base.frames import Framer
from realtime_ext._base.handlers import event_type
from realtime_ext._base.policy import ReconnectPolicy
from realtime_ext._base.protocol import REALTIME, ConversationProtocol, SessionKind
from realtime_ext._base.reconnect import (
    DEFAULT_CARRY_MAX_CHARS,
    DEFAULT_CARRY_MAX_ITEMS,
    DEFAULT_MAX_QUEUED_BYTES,
    DEFAULT_MAX_RECONNECT_DELAY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_SESSION_DURATION,
    DEFAULT_RECONNECT_DELAY,
    OnReconnected,
    OnReconnecting,
    ReconnectedEvent,
    ReconnectingEvent,
    ReconnectingOverrides,
)
from realtime_ext._base.tool_handler import DEFAULT_TOOL_TIMEOUT, ToolHandler, ToolRunner
from realtime_ext._exceptions import (
    ConnectionClosed,
    ReconnectError,
    ResponseLostError,
    ResponseLostEvent,
    SendQueueFullError,
    UndeliveredError,
)
from realtime_ext._live.carry import LiveCarry, LiveCarryFunction, LiveCarryMode
from realtime_ext._live.connection_async import DEFAULT_LIVE_CLOSE_TIMEOUT, AsyncLiveConnection
from realtime_ext._live.connection_sync import LiveConnection
from realtime_ext._live.delay import delegation_with_delay
from realtime_ext._live.history import (
    LiveDelegation,
    LiveHistory,
    LiveHistoryItem,
    LiveTranscript,
    follows_on,
)
from realtime_ext._live.kind import LIVE, LIVE_FORK, LIVE_SIDEBAND, LIVE_WEBRTC
from realtime_ext._translation.connection_async import (
    DEFAULT_TRANSLATION_CLOSE_TIMEOUT,
    AsyncTranslationConnection,
)
from realtime_ext._translation.connection_sync import TranslationConnection
from realtime_ext._translation.kind import TRANSLATION

__all__ = [
    "DEFAULT_CARRY_MAX_CHARS",
    "DEFAULT_CARRY_MAX_ITEMS",
    "DEFAULT_LIVE_CLOSE_TIMEOUT",
    "DEFAULT_MAX_QUEUED_BYTES",
    "DEFAULT_MAX_RECONNECT_DELAY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_SESSION_DURATION",
    "DEFAULT_RECONNECT_DELAY",
    "DEFAULT_TOOL_TIMEOUT",
    "DEFAULT_TRANSLATION_CLOSE_TIMEOUT",
    "LIVE",
    "LIVE_FORK",
    "LIVE_SIDEBAND",
    "LIVE_WEBRTC",
    "REALTIME",
    "TRANSLATION",
    "AsyncConversation",
    "AsyncLiveConnection",
    "AsyncTranslationConnection",
    "CarriedItem",
    "CarryFunction",
    "CarryMode",
    "ConnectionClosed",
    "Conversation",
    "ConversationProtocol",
    "Extension",
    "Framer",
    "Link",
    "LiveCarry",
    "LiveCarryFunction",
    "LiveCarryMode",
    "LiveConnection",
    "LiveDelegation",
    "LiveHistory",
    "LiveHistoryItem",
    "LiveTranscript",
    "OnReconnected",
    "OnReconnecting",
    "ReconnectError",
    "ReconnectPolicy",
    "ReconnectedEvent",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "Reply",
    "ResponseLostError",
    "ResponseLostEvent",
    "SendQueueFullError",
    "SessionKind",
    "ToolEnded",
    "ToolHandler",
    "ToolRunner",
    "TranslationConnection",
    "UndeliveredError",
    "checked_extensions",
    "delegation_with_delay",
    "event_type",
    "follows_on",
    "is_carried_item_id",
]
