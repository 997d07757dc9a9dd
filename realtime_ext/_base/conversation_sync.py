# generated from realtime_ext/_base/conversation_async.py by scripts/gen_sync.py; do not edit
"""``Conversation``: the driver of the conversation core over any SyncTransport.

Every decision is a flow of :mod:`.core`; this module only runs flows
(:meth:`LiveBase._run`) and :mod:`.actions_sync` carries their actions out.
:class:`LiveBase` is what every live session runs on (receive, decode, dispatch, send);
a configuration of it says its protocol (``protocol=``, a
:class:`~.protocol.SessionKind`: its events, sends, endpoint) and binds its typed sends
(``_bind_sends``): :class:`Conversation` the Realtime conversation's, with the tool
loop; :class:`SessionConnection` the other kinds' sockets (each kind's connection
class is one of these).
The blocking twin (``conversation_sync``) is generated from the asyncio one
(``conversation_sync``) by ``scripts/gen_sync.py``: edit ``conversation_sync``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from realtime_ext._closing import Closing
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import (
    APIConnectionError,
    ConnectionClosed,
    InvalidArgumentError,
    OpenAIError,
    ReconnectError,
    UnconfirmedSends,
)
from realtime_ext.events import (
    ConversationSends,
    InputAudioBufferSends,
    OutputAudioBufferSends,
    RealtimeSends,
    ResponseSends,
    SessionSends,
)
from realtime_generated.run_until import RunUntil

from .actions_sync import Pending, SyncActions
from .core import FLOW, Core, Flow, Later, left_until
from .link import CoreLink
from .pcm import DEFAULT_SAMPLE_RATE, AudioCollector, append_events, append_text
from .policy import ReconnectPolicy, reconnector_of
from .protocol import REALTIME, SessionKind
from .shared import ConversationBase
from .tool_handler import DEFAULT_TOOL_TIMEOUT, ToolHandler, ToolRunner
from .transport import SyncReopen, SyncTransport

if TYPE_CHECKING:
    from realtime_ext.events import ServerEvent

T = TypeVar("T")
EventT = TypeVar("EventT")


class LiveBase(ConversationBase[SyncTransport], Closing, Generic[EventT]):
    """A live session over any ``SyncTransport``, its events decoded as ``EventT``: what
    conversations, calls and translation sessions share (send, receive, iterate, dispatch).

    A configuration passes its protocol (``protocol=``: :data:`~.protocol.REALTIME` by
    default) and binds its typed sends in :meth:`_bind_sends`; how it closes is its own
    (``close``).
    """

    _async_callbacks = SyncActions.awaits_callbacks

    def __init__(
        self,
        transport: SyncTransport,
        *,
        max_size: int | None = None,
        reopen: SyncReopen | None = None,
        reconnect: ReconnectPolicy | None = None,
        protocol: SessionKind = REALTIME,
    ) -> None:
        self.protocol = protocol
        """What this session speaks: its events, sends, endpoint and audio events."""
        self._core = Core(
            transport,
            max_size=max_size,
            reconnector=None if reconnect is None else reconnector_of(reconnect),
            can_reopen=reopen is not None,
            protocol=protocol,
        )
        self._actions = SyncActions(self._core, reopen, self._run)
        self._link = CoreLink(self, self._core, self._actions.lock)
        self._bind_sends()

    def _bind_sends(self) -> None:
        """Set the typed send namespaces (``conn.session``...) of this configuration."""

    # -- the driver ------------------------------------------------------------------------
    def _run(self, flow: Flow[T]) -> T:
        """Carry out ``flow``'s actions until it returns."""
        step, do = self._actions.step, self._actions.do
        result: Any = None
        error: BaseException | None = None
        while True:
            try:
                action = step(flow, result, error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            result = error = None
            try:
                result = do(action)
            except BaseException as exc:  # handed to the flow (cancellation passes through it)
                error = exc

    # -- sending -------------------------------------------------------------------------
    def send(self, event: object) -> None:
        """Send a client event: a generated model, anything with ``to_dict()``, or a dict.

        Raises :class:`~realtime_ext.MessageTooLargeError` before sending when over
        ``max_size``. During a reconnect the message is queued (bounded by
        ``max_queued_bytes``) and sent on the new connection; a full queue raises
        ``SendQueueFullError``. Prefer the typed sends, which validate first.
        """
        self._send_now(event, None)

    def _send_now(self, event: object, text: str | None) -> None:
        # The core's send, its steps taken here (Core.send_now): flows only for a write
        # that failed and for the extensions to tell, as the receive's hot path does.
        # ``text``: the event's wire text when the SDK made it (Core.encode).
        core = self._core
        payload, text, transport, book = core.send_now(event, text)
        if transport is not None:  # else queued for the reconnect under way
            try:
                transport.send_text(text)
            except OpenAIError as exc:
                book = self._run(core.send_failed(exc, transport, book, text))
        told = core.sent_now(payload, text, book)
        if told is not None:
            self._run(told)

    # -- receiving -----------------------------------------------------------------------
    def recv_message(self, timeout: float | None = None) -> str | bytes:
        """The next message, undecoded; reconnects first when that is enabled and allowed."""
        return self._run(self._core.receive(timeout))

    def recv_bytes(self, timeout: float | None = None) -> bytes:
        """The next message, undecoded (UTF-8 bytes of the JSON text), as openai's."""
        data = self.recv_message(timeout)
        return data if isinstance(data, bytes) else data.encode()

    def recv(self, timeout: float | None = None) -> EventT:
        """The next server event, typed (unknown types give ``UnknownEvent``).

        Raises :class:`~realtime_ext.RealtimeServerError` for an ``error`` event unless an
        ``error`` handler is registered, :class:`ConnectionClosed` (an
        ``APIConnectionError``) once closed or dropped and not reconnected, with the close
        code and the sends never confirmed (``exc.unconfirmed``), ``ReconnectError`` when
        reconnecting failed, ``APITimeoutError`` after ``timeout`` seconds without a message:
        a reconnect under way then goes on in the background, and the next receive waits
        for it again.
        """
        core = self._core
        wait: float | Later | None
        if timeout is None and (due := core.quick) is not None and (left := due - core.now()) > 0:
            wait = left  # recv_now's default, without its call: the wait until the due time
        else:
            wait = core.recv_now(timeout)  # what to do is the core's; the driver does it
            if wait is FLOW:
                return cast("EventT", self._run(core.recv(timeout)))
        try:
            message = core.transport.recv_message(wait)
        except OpenAIError as exc:
            return cast("EventT", self._run(core.recv_failed(exc, timeout, wait)))
        event, data = core.decode(message)
        follow = core.take(event, data)  # the flow the event needs, if any
        if follow is not None:
            self._run(follow)
        decoded: EventT = event  # by this configuration's decoder (protocol=); no cast() call
        return decoded

    def __iter__(self) -> Iterator[EventT]:
        """Server events until the app closes the connection or the server closes it
        normally (1000); a drop, a keepalive timeout or any other close raises
        :class:`ConnectionClosed` (an ``APIConnectionError``), a failed reconnect
        ``ReconnectError``: the loop never ends silently."""
        while True:
            try:
                event = self.recv()
            except ConnectionClosed as exc:
                if self.ends_quietly(exc):
                    return
                raise
            yield event

    def dispatch(self, event: object) -> int:
        """Call the handlers registered for ``event``'s type (in order); returns how many."""
        return self._run(self._core.dispatch(event))

    def _end_session(self, timeout: float | None) -> list[EventT] | None:
        """The graceful end of a protocol that has one (``protocol.end``): send it, receive
        (and dispatch) what the server still sends until ``protocol.ended`` (the last event
        returned) or the socket's end, then close the socket. ``None``: the socket was
        already gone. ``timeout`` bounds the whole wait (``APITimeoutError``; the socket is
        closed either way)."""
        timeout = check_seconds(timeout, "timeout")
        end, ended = self.protocol.end, self.protocol.ended
        if end is None or ended is None:
            raise InvalidArgumentError(f"a {self.protocol.name} session has no graceful end")
        flushed: list[EventT] = []
        deadline = None if timeout is None else time.monotonic() + timeout
        self._core.ending()
        # What the wait met that the server never took: reported by the close below.
        unsent: list[str] = []
        unconfirmed: UnconfirmedSends | None = None
        try:
            try:
                self.send({"type": end})
            except (ConnectionClosed, APIConnectionError):
                return None  # nothing left to flush on a socket that is gone
            while True:
                left = None if deadline is None else max(0.001, deadline - time.monotonic())
                try:
                    event = self.recv(left)
                except ReconnectError as exc:  # lost, and no new connection came
                    unsent, unconfirmed = exc.unsent, exc.unconfirmed
                    return flushed
                except ConnectionClosed as exc:  # gone before its graceful end
                    unconfirmed = exc.unconfirmed
                    return flushed
                self.dispatch(event)
                flushed.append(event)
                if cast("Any", event).type_ == ended:
                    return flushed
        finally:
            # The socket's closing handshake too, within what is left of the timeout: a
            # frozen server never answers the close frame.
            within = left_until(deadline)
            self._run(self._core.close(1000, "", within, unsent=unsent, unconfirmed=unconfirmed))

    def dispatch_events(self) -> None:
        """Receive and dispatch every event until the connection closes cleanly (openai's
        name; ``run_until`` stops at an event type instead)."""
        self._run(self._core.run())


class SessionConnection(LiveBase[EventT]):
    """A session socket of a kind other than the Realtime conversation (a GPT-Live socket, a
    translation session): what they share besides the conversation, their URL, :meth:`abort`
    and the close on an error leaving ``with`` (which waits on nothing). How each
    closes gracefully is its own (``close``)."""

    def __init__(
        self,
        transport: SyncTransport,
        *,
        protocol: SessionKind,
        url: str,
        max_size: int | None = None,
        reopen: SyncReopen | None = None,
        reconnect: ReconnectPolicy | None = None,
    ) -> None:
        super().__init__(
            transport, max_size=max_size, reopen=reopen, reconnect=reconnect, protocol=protocol
        )
        self._url = url
        self._attach()

    def _attach(self) -> None:
        """Attach what this kind's connection keeps of its own (its extensions), once made."""

    @property
    def url(self) -> str:
        """The socket URL (``wss://...``; ``webrtc:<call id>`` for a WebRTC call); no key in
        it."""
        return self._url

    def abort(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket now, without the session's graceful end (``session.close``):
        output still due is lost.

        Sends it leaves behind (queued during a reconnect, never confirmed) are logged as a
        warning, not raised: an abort gives them up (``close()`` raises
        :class:`~realtime_ext.UndeliveredError` for them).

        Example::

            conn.abort()
        """
        self._run(self._core.close(code, reason, report=False))

    def _close_after_error(self) -> None:
        # Leaving ``with`` on an error: the app failed, so do not wait on the server's
        # flush (close's) and do not hide the app's error (what the close leaves behind is
        # logged).
        self.abort()


class Conversation(LiveBase["ServerEvent"], RunUntil["ServerEvent"]):
    """A Realtime conversation over any ``SyncTransport``.

    Typed sends (``conn.response.create()``), typed receives, handlers
    (``on``/``once``/``off``, run by :meth:`dispatch`, :meth:`dispatch_events`, :meth:`run_until`,
    :meth:`collect_audio`), server errors raised as
    :class:`~realtime_ext.RealtimeServerError`, opt-in reconnect, the tool loop
    (:meth:`run_tools`) and extensions (:meth:`add_extension`). ``RealtimeConnection``
    (WebSocket) is this class over its transport.

    Annotate app code with the type the client gave:
    ``realtime_ext.connection.RealtimeConnection`` (``client.connect``) or
    ``realtime_ext.webrtc.RealtimeCall`` (``WebRTC(client).connect``), or with
    ``realtime_ext.OpenSession`` for any live session. The voice layer (its history,
    ``interrupt()``) is not part of it: it attaches as an extension
    (``extensions=[Voice()]``, ``realtime_ext.voice``).

    Example::

        with connect(api_key=key, base_url=url, model="gpt-realtime") as conn:
            conn.response.create()
            done = conn.run_until("response.done")
    """

    session: SessionSends[Pending]
    response: ResponseSends[Pending]
    conversation: ConversationSends[Pending]
    input_audio_buffer: InputAudioBufferSends[Pending]
    output_audio_buffer: OutputAudioBufferSends[Pending]

    def _bind_sends(self) -> None:
        sends: RealtimeSends[Pending] = RealtimeSends(self.send)
        self.session = sends.session
        self.response = sends.response
        self.conversation = sends.conversation
        self.input_audio_buffer = sends.input_audio_buffer
        self.output_audio_buffer = sends.output_audio_buffer

    def send_audio(
        self, pcm: bytes, *, chunk_ms: int = 100, sample_rate: int = DEFAULT_SAMPLE_RATE
    ) -> int:
        """Send mono PCM16 as ``input_audio_buffer.append`` events of ``chunk_ms``; returns count.

        Example::

            conn.send_audio(pcm)
        """
        count = 0
        for event in append_events(pcm, chunk_ms=chunk_ms, sample_rate=sample_rate):
            # Its hot path: no flow per frame, and the text made from the base64 it encoded
            # (a JSON encoding and a surrogate scan of 6.4 KB per 100 ms frame spared).
            self._send_now(event, append_text(event["audio"]))
            count += 1
        return count

    def run_tools(
        self, registry: ToolHandler, *, timeout: float | None = DEFAULT_TOOL_TIMEOUT
    ) -> ToolRunner:
        """Answer every function call from now on with ``registry``'s tools (a
        :class:`~realtime_ext.tools.ToolRegistry`).

        When a completed ``response.done`` carries function calls, they run concurrently
        (sync tools in worker threads), each output is sent as soon as it is ready, then
        one ``response.create``. Errors and timeouts (``timeout`` seconds per call) go back
        to the model as structured output. Works within any receive loop (``recv``,
        iteration, ``run_until``, ``dispatch_events``). Returns the loop, an extension of the
        tools package (``realtime_ext.tools.ToolLoop``) attached to this conversation;
        ``runner.stop()`` detaches it, and a second ``run_tools`` replaces it. ``close()``
        ends the loop: outputs of tools still running are not sent.

        Example::

            conn.run_tools(registry)
            conn.response.create()
            conn.run_until("response.done")  # the call; the answer follows
        """
        return self._attach_tools(registry, timeout)

    def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> ServerEvent:
        # run_until (typed per event type in the generated RunUntil) runs this.
        return self._run(self._core.run_until(kinds, timeout))

    def collect_audio(
        self,
        until: str = "response.done",
        *,
        collector: AudioCollector | None = None,
        timeout: float | None = None,
    ) -> bytes:
        """Receive (and dispatch) events until ``until``; return the response audio bytes.

        Example::

            audio = conn.collect_audio()
        """
        return self._run(self._core.collect_audio(until, collector, timeout))

    # -- closing -------------------------------------------------------------------------
    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close with ``code`` and ``reason`` (no reconnect after this); idempotent.

        Tool calls still running are abandoned (asyncio cancels their tasks; blocking ones
        finish on their threads): their outputs are not sent. What the close leaves behind
        is raised, once the connection is closed, as :class:`~realtime_ext.UndeliveredError`:
        the sends queued during a reconnect under way (``unsent``) and what the lost
        connection never confirmed (``unconfirmed``). Leaving ``with`` on an error of
        its own logs them instead (the app's error is the one raised).

        Example::

            try:
                conn.close()
            except UndeliveredError as exc:
                print(len(exc.unsent), "never sent;", exc.unconfirmed)
        """
        self._run(self._core.close(code, reason))

    def _close_after_error(self) -> None:
        # Leaving ``with`` on an error: that error is the one raised; what the close
        # leaves behind is logged.
        self._run(self._core.close(1000, "", report=False))
