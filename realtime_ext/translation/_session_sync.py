# generated from realtime_ext/translation/_session_async.py by scripts/gen_sync.py; do not edit
"""``TranslationSession``: a translation socket for asyncio, typed (see :mod:`._session`).

The blocking twin (``_session_sync``, ``TranslationSession``) is generated from the asyncio
one (``_session_sync``) by ``scripts/gen_sync.py``: edit ``_session_sync``.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal, overload

from realtime_ext._closing import Closing
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import APIConnectionError
from realtime_ext.connection._transport import open_sync
from realtime_ext.conversation import ConnectionClosed, Conversation
from realtime_ext.conversation._actions_sync import Pending
from realtime_ext.conversation._transport import SyncTransport
from realtime_ext.events import parse_translation_server_event
from realtime_ext.events._sends import TranslationSends
from realtime_ext.telemetry import measure

from ._audio import Bytes, TranslationAudio, frames
from ._session import (
    DEFAULT_CLOSE_TIMEOUT,
    SESSION_CLOSED,
    Plan,
    SessionBase,
    typed,
)

if TYPE_CHECKING:
    from realtime_ext.events import TranslationServerEvent
    from realtime_ext.events._sends import TranslationSessionSends
    from realtime_generated import models as m

__all__ = ["TranslationSession", "open_session"]


class TranslationSession(SessionBase[Conversation], Closing):
    """An open translation session: audio in, translated speech and text out.

    Typed sends (``conn.session.update(session=...)``,
    ``conn.session.input_audio_buffer.append(audio=pcm)``, ``conn.session.close()``), typed
    events that narrow on ``event.type``, handlers, server ``error`` events raised as
    :class:`~realtime_ext.RealtimeServerError`, opt-in reconnect.

    Example::

        with client.translations.connect(model="gpt-realtime-translate") as conn:
            conn.session.update(session={"audio": {"output": {"language": "es"}}})
            for event in conn:
                if event.type == "session.output_transcript.delta":
                    print(event.delta, end="")
    """

    session: TranslationSessionSends[Pending]

    def __init__(self, conversation: Conversation, *, url: str) -> None:
        super().__init__(conversation, url=url)
        sends: TranslationSends[Pending] = TranslationSends(conversation.send)
        self.session = sends.session

    # -- sending -----------------------------------------------------------------------
    def send(self, event: object) -> None:
        """Send any client event (a dict, a generated model): size-checked, queued during
        a reconnect. Prefer the typed sends, which validate first.

        Example::

            conn.send({"type": "session.close"})
        """
        self._conversation.send(event)

    def send_audio(self, audio: TranslationAudio | Iterable[Bytes]) -> int:
        """Send audio as ``session.input_audio_buffer.append`` events of one 200 ms frame
        each (the engine's frame; the last may be shorter); returns how many.

        ``audio`` is 24 kHz PCM16 mono bytes, a WAV file path (16-bit, mono or stereo,
        any rate: converted) or an iterator of PCM16 24 kHz mono chunks of any size (e.g.
        a microphone's), re-cut into frames as they come. Bytes and files are checked
        before anything is sent. Keep sending (silence too) while the session is live.

        Example::

            conn.send_audio("speech.wav")
            conn.send_audio(pcm_bytes)
        """
        count = 0
        for frame in frames(audio):
            self.session.input_audio_buffer.append(audio=frame)
            count += 1
        return count

    # -- receiving -----------------------------------------------------------------------
    def source_transcript(self, *, timeout: float | None = None) -> Iterator[str]:
        """Source-language transcript deltas (``session.input_transcript.delta``; only
        with input transcription on) until the session closes.

        Like :meth:`events`, it reads the session (other events go to handlers and
        extensions, e.g. :attr:`transcript` and :meth:`record`).

        Example::

            for text in conn.source_transcript(timeout=10):
                print(text, end="")
        """
        for event in self.events(timeout=timeout):
            if event.type == "session.input_transcript.delta":
                yield event.delta

    def target_transcript(self, *, timeout: float | None = None) -> Iterator[str]:
        """Translated transcript deltas (``session.output_transcript.delta``) until the
        session closes; see :meth:`source_transcript`.

        Example::

            for text in conn.target_transcript(timeout=10):
                print(text, end="")
        """
        for event in self.events(timeout=timeout):
            if event.type == "session.output_transcript.delta":
                yield event.delta

    def target_audio(self, *, timeout: float | None = None) -> Iterator[bytes]:
        """Translated speech as PCM16 chunks (``session.output_audio.delta``, decoded) until
        the session closes; see :meth:`source_transcript`.

        Example::

            for pcm in conn.target_audio(timeout=10):
                speaker.write(pcm)
        """
        for event in self.events(timeout=timeout):
            if event.type == "session.output_audio.delta":
                yield base64.b64decode(event.delta)

    def recv(self, timeout: float | None = None) -> TranslationServerEvent:
        """The next server event, typed (unknown types give ``UnknownEvent``).

        Raises ``RealtimeServerError`` for an ``error`` event (unless an ``error`` handler
        is registered), ``ConnectionClosed`` once closed, ``APIConnectionError`` after
        a drop, ``APITimeoutError`` after ``timeout`` seconds.

        Example::

            event = conn.recv(timeout=5)
            if event.type == "session.created":
                print(event.session.id)
        """
        return typed(self._conversation.recv(timeout))

    def __iter__(self) -> Iterator[TranslationServerEvent]:
        """Server events until the session closes cleanly (handlers are not called)."""
        for event in self._conversation:
            yield typed(event)

    def dispatch(self, event: object) -> int:
        """Call the handlers registered for ``event``'s type; returns how many.

        Example::

            conn.dispatch(conn.recv())
        """
        return self._conversation.dispatch(event)

    # One overload per event type: run_until("session.updated") returns that model.
    @overload
    def run_until(
        self, kind: Literal["error"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventError: ...
    @overload
    def run_until(
        self, kind: Literal["session.closed"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionClosed: ...
    @overload
    def run_until(
        self, kind: Literal["session.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionCreated: ...
    @overload
    def run_until(
        self, kind: Literal["session.input_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionInputTranscriptDelta: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputAudioDelta: ...
    @overload
    def run_until(
        self, kind: Literal["session.output_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputTranscriptDelta: ...
    @overload
    def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionUpdated: ...
    @overload
    def run_until(self, *kinds: str, timeout: float | None = None) -> TranslationServerEvent: ...
    def run_until(self, *kinds: str, timeout: float | None = None) -> TranslationServerEvent:
        """Receive and dispatch events until one of type ``kinds``; return it (typed as
        that event's model when one type is given).

        Example::

            updated = conn.run_until("session.updated", timeout=5)
        """
        return typed(self._conversation.run_until(*kinds, timeout=timeout))

    def dispatch_events(self) -> None:
        """Receive and dispatch every event until the session closes (openai's name).

        Example::

            conn.dispatch_events()
        """
        self._conversation.dispatch_events()

    def recv_bytes(self, timeout: float | None = None) -> bytes:
        """The next message, undecoded (UTF-8 JSON), as openai's ``recv_bytes``.

        Example::

            raw = conn.recv_bytes(timeout=5)
        """
        return self._conversation.recv_bytes(timeout)

    def events(self, *, timeout: float | None = None) -> Iterator[TranslationServerEvent]:
        """Server events until the session closes, each dispatched to handlers first.

        ``timeout`` bounds the wait for each event (``APITimeoutError``).

        Example::

            for event in conn.events(timeout=10):
                print(event.type)
        """
        while True:
            try:
                event = self.recv(timeout)
            except ConnectionClosed as exc:
                # Quietly only after close() or the server's normal close; a drop raises.
                if self._conversation.ends_quietly(exc):
                    return
                raise
            self.dispatch(event)
            yield event

    # -- closing -------------------------------------------------------------------------
    def close(
        self, *, timeout: float | None = DEFAULT_CLOSE_TIMEOUT
    ) -> list[TranslationServerEvent]:
        """End the session gracefully: send ``session.close``, receive (and dispatch) the
        output the server flushes until ``session.closed``, then close the socket.

        Returns the events received meanwhile. ``timeout`` bounds the whole wait
        (``APITimeoutError``; the socket is closed either way). Idempotent; a session
        whose socket is already gone is just closed.

        Example::

            rest = conn.close()
            print("".join(e.delta for e in rest if e.type == "session.output_transcript.delta"))
        """
        timeout = check_seconds(timeout, "timeout")
        flushed: list[TranslationServerEvent] = []
        if self.close_code is not None:
            self._conversation.close()
            self._finish_recorders()
            return flushed
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            try:
                self.session.close()
            except (ConnectionClosed, APIConnectionError):
                return flushed  # nothing left to flush on a socket that is gone
            while True:
                left = None if deadline is None else max(0.001, deadline - time.monotonic())
                try:
                    event = self.recv(left)
                except ConnectionClosed:
                    return flushed
                self.dispatch(event)
                flushed.append(event)
                if event.type == SESSION_CLOSED:
                    return flushed
        finally:
            self._conversation.close()
            self._finish_recorders()

    def abort(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket now, without ``session.close`` (pending output is lost).

        Example::

            conn.abort()
        """
        self._conversation.close(code, reason)
        self._finish_recorders()

    def _close_after_error(self) -> None:
        # Leaving ``with`` on an error: the app failed, so do not wait on the server's
        # flush (close's) and do not hide the app's error.
        self.abort()


def open_session(plan: Plan) -> TranslationSession:
    """Open the socket ``plan`` describes (a reconnect reopens it the same way) and send
    its ``session.update``; a failed send closes the socket again."""
    prepared = plan.prepared

    def reopen(url: str, extra_headers: Mapping[str, str]) -> SyncTransport:
        return open_sync(prepared, url, extra_headers)

    conversation = Conversation(
        open_sync(prepared),
        max_size=prepared.max_size,
        reopen=reopen,
        reconnector=plan.policy,
        decode=parse_translation_server_event,
    )
    measure(
        conversation,
        plan.telemetry or True,
        now=plan.policy.clock.now,
        url=prepared.url,
        translation=True,
    )
    translation = TranslationSession(conversation, url=prepared.url)
    if plan.update is not None:
        try:
            translation.send(plan.update)
        except BaseException:
            translation.abort()
            raise
    return translation
