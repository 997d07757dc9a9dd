"""What ``TranslationConnection`` and ``AsyncTranslationConnection`` share (no I/O).

A translation connection is the one live session of :mod:`realtime_ext.conversation` (one
core: receive and decode, ``error`` events raised, handlers, extensions, reconnect, send
queue) configured for the translation protocol (``protocol=TRANSLATION``: its event table
and its endpoint, ``/realtime/translations``) with its typed sends
(``conn.session.update(...)``, ``conn.session.input_audio_buffer.append(...)``,
``conn.session.close()``). The two classes (``_session_async``, and ``_session_sync``
generated from it by ``scripts/gen_sync.py``) subclass the conversation's driver
(``AsyncLiveBase``/``LiveBase``), not the conversation: the conversation's own sends
(``response.create``...) and tool loop make no sense here, so they are not there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from realtime_ext._deprecated import warn_deprecated
from realtime_ext._exceptions import InvalidArgumentError
from realtime_ext.conversation._core import TransportT
from realtime_ext.conversation._shared import ConversationBase
from realtime_ext.telemetry import SessionMetrics, Telemetry

from ._audio import (
    TranslationRecorder,
    TranslationTranscript,
)

if TYPE_CHECKING:
    from realtime_ext.connection._options import Prepared
    from realtime_ext.conversation._reconnect import Reconnector

DEFAULT_CLOSE_TIMEOUT = 10.0
"""How long :meth:`TranslationConnection.close` waits for the flush and ``session.closed``."""


@dataclass(frozen=True, slots=True)
class Plan:
    """What the entry points check before a translation socket opens: the socket, the
    reconnect policy, the ``session.update`` to send on open and the telemetry."""

    prepared: Prepared
    policy: Reconnector
    update: dict[str, Any] | None
    telemetry: Telemetry | None


class TranslationBase(ConversationBase[TransportT]):
    """What both flavours add to the live session, with no I/O: the transcripts, the
    recorders, the URL. ``metrics`` has the session's figure
    (``metrics.time_to_first_audio_ms``: from the first audio sent to the first translated
    audio)."""

    _speech_over_rtp = False
    """True on a WebRTC translation call: the translated speech is the RTP track."""

    _url: str
    _transcript: TranslationTranscript
    _recorders: list[TranslationRecorder]

    def _start_translation(self, url: str) -> None:
        """Called by the drivers' ``__init__`` once the live session is set up."""
        self._url = url
        self._transcript = self.add_extension(TranslationTranscript())
        self._recorders = []

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
        return self.add_extension(recorder)

    def _finish_recorders(self) -> None:
        for recorder in self._recorders:
            recorder.close()

    @property
    def conversation(self) -> Self:
        """Deprecated: the connection itself (it no longer wraps a conversation)."""
        warn_deprecated(
            f"{type(self).__name__}.conversation",
            "use the connection itself: it is the conversation",
        )
        return self

    @property
    def metrics(self) -> SessionMetrics:
        """The session's figure: ``metrics.time_to_first_audio_ms``, from the first audio sent
        to the first translated audio (on the session's clock). Empty when the client has no
        ``telemetry=``.

        Example::

            conn.send_audio(pcm)
            next(conn.target_audio(timeout=10))
            print(conn.metrics.time_to_first_audio_ms)
        """
        return SessionMetrics.of(self)

    @property
    def url(self) -> str:
        """The socket URL (``wss://.../v1/realtime/translations?model=...``); no key in it."""
        return self._url

    def __repr__(self) -> str:
        state = "open" if self.close_code is None else f"closed code={self.close_code}"
        return f"<{type(self).__name__} {self._url} {state}>"
