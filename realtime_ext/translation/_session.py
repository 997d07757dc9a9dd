"""What ``TranslationSession`` and ``AsyncTranslationSession`` share (no I/O).

The two classes (``_session_async``, and ``_session_sync`` generated from it by
``scripts/gen_sync.py``) are translation sockets, typed. Both are the conversation of
:mod:`realtime_ext.conversation` (one core: receive and decode, ``error`` events raised,
handlers, extensions, reconnect, send queue) decoding the translation protocol's events
(``decode=parse_translation_server_event``), with the translation client events as typed
sends (``conn.session.update(...)``, ``conn.session.input_audio_buffer.append(...)``,
``conn.session.close()``) instead of the conversation's. Composition, not inheritance: the
conversation's own sends (``response.create``...) and tool loop make no sense here, so
they are not exposed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.telemetry import SessionMetrics, Telemetry

from ._audio import (
    TranslationRecorder,
    TranslationTranscript,
)

if TYPE_CHECKING:
    from realtime_ext.connection._options import Prepared
    from realtime_ext.conversation._extensions import Extension
    from realtime_ext.conversation._handlers import H, Handler
    from realtime_ext.conversation._reconnect import Reconnector
    from realtime_ext.conversation._shared import ConversationBase, E
    from realtime_ext.events import TranslationServerEvent

SESSION_CLOSED = "session.closed"
DEFAULT_CLOSE_TIMEOUT = 10.0
"""How long :meth:`TranslationSession.close` waits for the flush and ``session.closed``."""

ConvT = TypeVar("ConvT", bound="ConversationBase[Any]")


@dataclass(frozen=True, slots=True)
class Plan:
    """What the entry points check before a translation socket opens: the socket, the
    reconnect policy, the ``session.update`` to send on open and the telemetry."""

    prepared: Prepared
    policy: Reconnector
    update: dict[str, Any] | None
    telemetry: Telemetry | None


def typed(event: object) -> TranslationServerEvent:
    # The conversation under a translation session decodes with
    # parse_translation_server_event (decode= at construction), so every event it returns
    # is a TranslationServerEvent; the core's signature names the conversation's union.
    return cast("TranslationServerEvent", event)


class SessionBase(Generic[ConvT]):
    """What both flavours share: handlers, extensions, state (no I/O)."""

    _speech_over_rtp = False
    """True on a WebRTC translation call: the translated speech is the RTP track."""

    def __init__(self, conversation: ConvT, *, url: str) -> None:
        self._conversation: ConvT = conversation
        self._url = url
        self._transcript = conversation.add_extension(TranslationTranscript())
        self._recorders: list[TranslationRecorder] = []

    @property
    def transcript(self) -> TranslationTranscript:
        """Both transcripts so far (``.source``, ``.target``) and ``.audio_ms`` received,
        kept whoever reads the events.

        Example::

            conn.close()
            print(conn.transcript.source, "->", conn.transcript.target)
        """
        return self._transcript

    def record(
        self,
        target: str | os.PathLike[str] | None,
        *,
        source: str | os.PathLike[str] | None = None,
    ) -> TranslationRecorder:
        """Write translated speech to the WAV file ``target`` (24 kHz mono 16-bit) from now
        on, and with ``source=`` the audio sent too; finished on ``session.closed`` and by
        :meth:`close`/``abort``. Returns the :class:`TranslationRecorder`.

        On a WebRTC translation call the speech arrives as RTP, not as events: record it
        with ``call.audio_out.record()``; ``record(None, source=...)`` still records the
        appends sent on the data channel.

        Example::

            recorder = conn.record("translated.wav")
        """
        if target is not None and self._speech_over_rtp:
            raise InvalidArgumentError(
                "a translation call's speech arrives as RTP: use call.audio_out.record() "
                "(then recorder.save(path)) instead of call.record(path)"
            )
        recorder = TranslationRecorder(target, source=source)
        self._recorders.append(recorder)
        return self._conversation.add_extension(recorder)

    def _finish_recorders(self) -> None:
        for recorder in self._recorders:
            recorder.close()

    @property
    def conversation(self) -> ConvT:
        """The conversation core this session runs on (transport, reconnect state)."""
        return self._conversation

    @property
    def url(self) -> str:
        """The socket URL (``wss://.../v1/realtime/translations?model=...``); no key in it."""
        return self._url

    @property
    def metrics(self) -> SessionMetrics:
        """The session's figure: ``metrics.time_to_first_audio_ms``, from the first audio sent
        to the first translated audio (on the conversation's clock). Empty with
        ``telemetry=False``.

        Example::

            conn.send_audio(pcm)
            next(conn.target_audio(timeout=10))
            print(conn.metrics.time_to_first_audio_ms)
        """
        return SessionMetrics.of(self._conversation)

    @property
    def reconnects(self) -> int:
        """How many times this session reconnected (``max_retries=`` opts in)."""
        return self._conversation.reconnects

    @property
    def close_code(self) -> int | None:
        """The close code (the server's, 1006 if the socket dropped); ``None`` while open."""
        return self._conversation.close_code

    @property
    def close_reason(self) -> str | None:
        """The close reason; ``None`` while open."""
        return self._conversation.close_reason

    @overload
    def on(self, kind: str, handler: H) -> H: ...
    @overload
    def on(self, kind: str, handler: None = None) -> Callable[[H], H]: ...
    def on(self, kind: str, handler: H | None = None) -> H | Callable[[H], H]:
        """Register ``handler`` for events of type ``kind`` (``"*"``: all); a decorator too.

        Handlers run in :meth:`dispatch_events`, :meth:`run_until`, :meth:`dispatch`, the delta
        iterators and :meth:`close` (as on the conversation). An ``error`` handler means
        server errors are delivered to it instead of raised.

        Example::

            @conn.on("session.output_transcript.delta")
            def show(event: Any) -> None:
                print(event.delta, end="")
        """
        return self._conversation.on(kind, handler)

    @overload
    def once(self, kind: str, handler: H) -> H: ...
    @overload
    def once(self, kind: str, handler: None = None) -> Callable[[H], H]: ...
    def once(self, kind: str, handler: H | None = None) -> H | Callable[[H], H]:
        """Like :meth:`on`, for the next matching event only.

        Example::

            conn.once("session.updated", lambda event: print(event.session.audio))
        """
        return self._conversation.once(kind, handler)

    def off(self, kind: str, handler: Handler | None = None) -> int:
        """Unregister ``handler`` (all of ``kind`` when omitted); returns how many.

        Example::

            conn.off("session.output_transcript.delta")
        """
        return self._conversation.off(kind, handler)

    def add_extension(self, ext: E) -> E:
        """Tell ``ext`` about every event received and sent (see ``Extension``); returns it.

        Example::

            recorder = conn.add_extension(MyRecorder())
        """
        return self._conversation.add_extension(ext)

    def remove_extension(self, ext: Extension) -> bool:
        """Detach ``ext``; ``False`` if it was not added.

        Example::

            conn.remove_extension(recorder)
        """
        return self._conversation.remove_extension(ext)

    @property
    def extensions(self) -> tuple[Extension, ...]:
        """The extensions added, in order."""
        return self._conversation.extensions

    def __repr__(self) -> str:
        state = "open" if self.close_code is None else f"closed code={self.close_code}"
        return f"<{type(self).__name__} {self._url} {state}>"
