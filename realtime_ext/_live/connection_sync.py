# generated from realtime_ext/_live/connection_async.py by scripts/gen_sync.py; do not edit
"""``LiveConnection``: a GPT-Live socket on the one conversation.

One class for the three GPT-Live sockets: the primary WebSocket, a sideband (``/attach``)
and a fork (``/fork``) differ only by their :class:`~realtime_ext.conversation.SessionKind`
(``protocol=``): their path, the client events they take (the typed sends check against
that table), whether ``session.start`` is sent. Everything else is the conversation's
(:class:`~realtime_ext._base.conversation_sync.LiveBase`): receive and decode, server
``error`` events raised as
:class:`~realtime_ext.RealtimeServerError`, handlers, extensions, ``run_until``.

The blocking twin (``connection_sync``) is generated from this one by
``scripts/gen_sync.py``: edit this one.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from realtime_ext._base.actions_sync import Pending
from realtime_ext._base.conversation_sync import SessionConnection
from realtime_ext._base.extensions import Extension, Note
from realtime_ext._base.pcm import append_text
from realtime_ext._base.tool_handler import DEFAULT_TOOL_TIMEOUT, ToolHandler, ToolRunner
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.events import (
    LiveConnectTransportSends,
    LiveDecisionSends,
    LiveResponseSends,
    LiveSends,
    LiveSessionSends,
    UnknownEvent,
)
from realtime_generated.run_until import LiveRunUntil

from .carry import AUDIO_IN, LiveCarry
from .history import LiveHistory

if TYPE_CHECKING:
    from realtime_ext.events import LiveServerEvent
    from realtime_generated.models import LiveSessionClosedEvent, LiveSessionStartedEvent


__all__ = ["DEFAULT_LIVE_CLOSE_TIMEOUT", "LiveConnection"]

DEFAULT_LIVE_CLOSE_TIMEOUT = 10.0
"""Seconds :meth:`LiveConnection.close` waits for ``session.closed``."""

LIVE_INPUT_RATES = (8000, 16000, 24000)
"""The sample rates a GPT-Live socket takes audio at (``audio.format.rate``)."""


class LiveConnection(SessionConnection["LiveServerEvent"], LiveRunUntil["LiveServerEvent"]):
    """An open GPT-Live socket: the primary one (``client.live.connect``), a sideband
    (``client.live.sideband.connect``) or a fork (``client.live.forks.connect``).

    Typed sends with openai's names (``conn.session.commentary.append(content=...)``,
    ``conn.response.create()``, ``conn.decision.create(event_id=...)``), each checked before
    the wire against the events this socket takes; one call each for text to the model
    (:meth:`commentary`, :meth:`thinking`, :meth:`instructions`); typed events that narrow on
    ``event.type``; ``recv``, iteration, ``run_until``, handlers and extensions as on every
    conversation; :meth:`close` ends the session (``session.close``, then ``session.closed``).

    Example::

        with client.live.connect(model="gpt-live-1") as conn:
            conn.commentary("Tell the user their package arrives on Friday.")
            for event in conn:
                if event.type == "session.output_transcript.delta":
                    print(event.delta, end="")
    """

    session: LiveSessionSends[Pending]
    response: LiveResponseSends[Pending]
    decision: LiveDecisionSends[Pending]

    def _attach(self) -> None:
        self._state = self.add_extension(_SessionState(self.protocol.decode))
        # The history is the carry's: what a restart starts again with is what it kept.
        carry = self._core.reconnector.carry
        history = carry.live_history if isinstance(carry, LiveCarry) else LiveHistory()
        self._history = self.add_extension(history)

    def _bind_sends(self) -> None:
        sends: LiveSends[Pending] = LiveSends(self.send, self.protocol.client_events)
        self.session = sends.session
        self.response = sends.response
        self.decision = sends.decision
        self._transport_sends = sends.transport

    @property
    def transport(self) -> LiveConnectTransportSends[Pending]:  # type: ignore[override]
        """``transport.dtmf.send`` (a sideband on a SIP call), openai's name: on a GPT-Live
        connection ``transport`` is the call's transport, not the conversation's channel.

        Example::

            conn.transport.dtmf.send(event="5")
        """
        return self._transport_sends

    # -- delegation ------------------------------------------------------------------------
    def run_tools(
        self, registry: ToolHandler, *, timeout: float | None = DEFAULT_TOOL_TIMEOUT
    ) -> ToolRunner:
        """Answer the session's delegations from now on with ``registry``'s tools (a
        :class:`~realtime_ext.tools.ToolRegistry`), as ``run_tools`` answers a Realtime
        conversation's function calls: the tools package's ``LiveToolLoop``, attached.

        Client delegation (``session.delegation.created``, target ``client``) runs the
        registry's only tool on the user's words since the last delegation and appends its
        result as ``session.commentary.append``; Responses delegation runs each function
        call of the backend's stream (``response.event``) and answers ``response.item.create``,
        then one ``response.create`` once every output of the delegation is sent (there,
        every tool is a function tool, whatever its parameters: only a session delegating
        to the client has a client tool). Failures, unknown tools and timeouts (``timeout``
        seconds per call) go back as structured output; at most 16 calls run at once.
        Returns the loop; ``runner.stop()`` detaches it. (To name the client tool of a
        registry of several, or set the bounds: attach ``LiveToolLoop(conn, registry,
        client_tool=..., max_concurrent_calls=...)``.)

        Example::

            conn.run_tools(registry)
            for event in conn:  # delegations are answered as they arrive
                ...
        """
        return self._attach_tools(registry, timeout)

    # -- the session -----------------------------------------------------------------------
    @property
    def started(self) -> LiveSessionStartedEvent | None:
        """The ``session.started`` event (the session as the server resolved it)."""
        return self._state.started

    @property
    def session_id(self) -> str | None:
        """The session's ``live_...`` id, from ``session.started``."""
        started = self._state.started
        return None if started is None else started.session.id

    @property
    def closed(self) -> LiveSessionClosedEvent | None:
        """The ``session.closed`` event once received (``closed.reason`` says why)."""
        return self._state.ended

    @property
    def history(self) -> LiveHistory:
        """What was said, in order: each side's transcript (:class:`LiveTranscript`) and the
        delegations with their results (:class:`LiveDelegation`), across every session this
        connection moved through (a fork, a restart, a rollover); what an unstored session
        starts again with. Bounded: ``conn.history.max_items = N`` (default 3,000).

        Example::

            for item in conn.history:
                if item.type == "transcript":
                    print(f"{item.role}: {item.text}")
        """
        return self._history

    # -- text to the model -------------------------------------------------------------
    def commentary(self, text: str, *, delegation_id: str | None = None) -> None:
        """Speakable context for the model (``session.commentary.append``): what it may tell
        the user, or the result of the client delegation ``delegation_id``.

        Example::

            conn.commentary("Tell the user their package arrives on Friday.")
        """
        self.session.commentary.append(content=text, delegation_id=delegation_id)

    def thinking(self, text: str, *, delegation_id: str | None = None) -> None:
        """Silent context for the model (``session.thinking.append``): progress or reasoning
        it should know but not say.

        Example::

            conn.thinking("The order lookup is still running.")
        """
        self.session.thinking.append(content=text, delegation_id=delegation_id)

    def instructions(self, text: str, *, delegation_id: str | None = None) -> None:
        """Developer instructions appended while the session runs
        (``session.instructions.append``; the startup ``instructions`` cannot change).

        Example::

            conn.instructions("From now on, answer in French.")
        """
        self.session.instructions.append(content=text, delegation_id=delegation_id)

    def send_audio(self, pcm: bytes, *, chunk_ms: int = 100, sample_rate: int = 24000) -> int:
        """Send mono PCM16 audio as ``session.input_audio.append`` events of ``chunk_ms``
        each (at the session's ``audio.format`` rate, ``sample_rate``); returns how many.

        Example::

            conn.send_audio(pcm)
        """
        if self.protocol.audio_in is None:
            raise InvalidArgumentError(
                f"a {self.protocol.name} socket takes no audio (the call's media carries it)"
            )
        step = _chunk_bytes(pcm, chunk_ms, sample_rate)
        # The typed append checks its audio is base64 and the event against the spec's
        # model, then JSON-encodes it: all given for base64 made here, so each frame goes
        # out as the same text without them (as the Realtime API's send_audio does), on
        # a socket whose protocol takes the append (any other refuses it as before).
        kind, table = self.protocol.audio_in, self.protocol.client_events
        typed = kind != AUDIO_IN or kind not in table
        count = 0
        for start in range(0, len(pcm), step):
            chunk = base64.b64encode(pcm[start : start + step]).decode("ascii")
            if typed:
                self.session.input_audio.append(audio=chunk)
            else:
                event = {"type": AUDIO_IN, "audio": chunk}
                self._send_now(event, append_text(chunk, AUDIO_IN))
            count += 1
        return count

    # -- receiving -----------------------------------------------------------------------
    def _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> LiveServerEvent:
        # run_until (typed per event type in the generated LiveRunUntil) runs this;
        # the decoder (parse_live_server_event) gave a LiveServerEvent.
        return cast("LiveServerEvent", self._run(self._core.run_until(kinds, timeout)))

    # -- closing -------------------------------------------------------------------------
    def close(
        self, *, timeout: float | None = DEFAULT_LIVE_CLOSE_TIMEOUT
    ) -> LiveSessionClosedEvent | None:
        """End the session: send ``session.close``, receive (and dispatch) what the server
        still sends until ``session.closed``, then close the socket. Returns that
        ``session.closed`` (``.reason``: ``close_requested``, ``expired``...), or ``None``
        when the socket was already gone. ``timeout`` (default
        :data:`DEFAULT_LIVE_CLOSE_TIMEOUT`, 10 s) bounds the whole close, the socket's closing
        handshake included: past it ``APITimeoutError`` is raised and the socket is dropped
        (a frozen server never answers). ``None`` waits for ``session.closed`` as long as it
        takes, the handshake then bounded by ``close_timeout``. Idempotent.

        Nothing it leaves behind is dropped: once the socket is closed, a close that meets
        sends the server never took raises :class:`~realtime_ext.UndeliveredError` (a
        ``ConnectionClosed``): ``unsent``, what was queued during a reconnect under way
        (a commentary the app sent meanwhile), and ``unconfirmed``, what a session that
        ended without its ``session.closed`` never acknowledged.

        What it reads while it waits (the rest of an answer's audio and transcript deltas,
        delegation events...) is handed to the handlers (``on``/``once``) only: ``close()``
        returns none of it, and iterating the connection yields nothing after it. A loop that
        stopped before ``close()`` never sees those events; a handler registered for them
        does (``conn.on("session.output_audio.delta", play)`` keeps an answer's last audio).

        A sideband only detaches (its socket closes; the call goes on): to end the call
        itself, send ``conn.session.close()`` and wait for ``session.closed`` first.

        Example::

            try:
                closed = conn.close()
                print(closed.reason if closed else "gone")
            except UndeliveredError as exc:
                print("never sent:", exc.unsent, "never acknowledged:", exc.unconfirmed.items)
        """
        check_seconds(timeout, "timeout")  # checked however it closes
        if self.close_code is not None or self.closed is not None or self.protocol.end is None:
            self._run(self._core.close(1000, ""))
        else:
            self._end_session(timeout)
        return self.closed

    def __repr__(self) -> str:
        state = "open" if self.close_code is None else f"closed code={self.close_code}"
        return f"<{type(self).__name__} {self.protocol.name} {self._url} {state}>"


def _chunk_bytes(pcm: object, chunk_ms: object, sample_rate: object) -> int:
    """Bytes per ``chunk_ms`` of mono PCM16 at ``sample_rate``, the arguments checked."""
    if not isinstance(pcm, bytes | bytearray):
        raise InvalidArgumentError(f"pcm must be bytes of PCM16 audio, got {type(pcm).__name__}")
    if len(pcm) % 2:
        raise InvalidArgumentError("pcm must be whole 16-bit samples (an even number of bytes)")
    if type(chunk_ms) is not int or not 10 <= chunk_ms <= 1000:
        raise InvalidArgumentError(f"chunk_ms must be an int from 10 to 1000, got {chunk_ms!r}")
    if sample_rate not in LIVE_INPUT_RATES:
        raise InvalidArgumentError(
            f"sample_rate must be one of {LIVE_INPUT_RATES} (GPT-Live's rates), got {sample_rate!r}"
        )
    return sample_rate * chunk_ms // 1000 * 2


class _SessionState(Extension):
    """Keeps ``session.started`` and ``session.closed``, whichever receive took them
    (``conn.started``, ``conn.closed``). Told through the notes table, so the other events
    cost it nothing: it gets those two as their JSON objects and keeps each as it is, to be
    decoded with the connection's decoder when first read (a loop that never reads them
    pays for no second decode)."""

    __slots__ = ("_decode", "_ended", "_started")

    def __init__(self, decode: Callable[[Any], Any]) -> None:
        self._decode = decode
        # The JSON object as received (or a flat event, as it is) until read, then the
        # typed event (or None: not one the table knows).
        self._started: object = None
        self._ended: object = None

    def notes(self) -> dict[str, Note | None]:
        return {"session.started": self._note_started, "session.closed": self._note_ended}

    @property
    def started(self) -> LiveSessionStartedEvent | None:
        """The last ``session.started``, typed."""
        event: LiveSessionStartedEvent | None = self._typed(self._started)
        self._started = event
        return event

    @property
    def ended(self) -> LiveSessionClosedEvent | None:
        """The ``session.closed`` of the current session, typed."""
        event: LiveSessionClosedEvent | None = self._typed(self._ended)
        self._ended = event
        return event

    def _typed(self, data: object) -> Any:
        event = self._decode(data) if isinstance(data, dict) else data  # a flat one: itself
        return None if isinstance(event, UnknownEvent) else event

    def _note_started(self, data: object) -> None:
        self._started = data
        self._ended = None  # a new session after a move: the old one's end is not its own

    def _note_ended(self, data: object) -> None:
        self._ended = data
