# generated from realtime_ext/translation/_session_async.py by scripts/gen_sync.py; do not edit
"""``TranslationConnection``: a translation socket for asyncio, typed (see :mod:`._session`).

The blocking twin (``_session_sync``, ``TranslationConnection``) is generated from the asyncio
one (``_session_sync``) by ``scripts/gen_sync.py``: edit ``_session_sync``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, cast

from realtime_ext._config import check_seconds
from realtime_ext._exceptions import ConnectionClosed
from realtime_ext.connection._sync import open_live
from realtime_ext.conversation import TRANSLATION
from realtime_ext.conversation._actions_sync import Pending
from realtime_ext.conversation._sync import LiveBase
from realtime_ext.conversation._transport import SyncTransport
from realtime_ext.events._sends import TranslationSends
from realtime_ext.telemetry import measure
from realtime_generated.run_until import TranslationRunUntil

from ._audio import Bytes, TranslationAudio, frames
from ._session import DEFAULT_CLOSE_TIMEOUT, Plan, TranslationBase

if TYPE_CHECKING:
    from realtime_ext.conversation._reconnect import Reconnector
    from realtime_ext.conversation._transport import SyncReopen
    from realtime_ext.events import TranslationServerEvent
    from realtime_ext.events._sends import TranslationSessionSends

__all__ = ["TranslationConnection", "open_session"]


class TranslationConnection(
    TranslationBase[SyncTransport],
    LiveBase["TranslationServerEvent"],
    TranslationRunUntil["TranslationServerEvent"],
):
    """An open translation connection: audio in, translated speech and text out.

    The live session of :mod:`realtime_ext.conversation` configured for translation (its
    events, its sends, its endpoint): typed sends (``conn.session.update(session=...)``,
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

    def __init__(
        self,
        transport: SyncTransport,
        *,
        url: str,
        max_size: int | None = None,
        reopen: SyncReopen | None = None,
        reconnector: Reconnector | None = None,
    ) -> None:
        super().__init__(
            transport,
            max_size=max_size,
            reopen=reopen,
            reconnector=reconnector,
            protocol=TRANSLATION,
        )
        self._start_translation(url)

    def _bind_sends(self) -> None:
        sends: TranslationSends[Pending] = TranslationSends(self.send)
        self.session = sends.session

    # -- sending -----------------------------------------------------------------------
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

    def _run_until(
        self, kinds: tuple[str, ...], timeout: float | None, /
    ) -> TranslationServerEvent:
        # run_until (typed per event type in the generated TranslationRunUntil) runs this;
        # the decoder (parse_translation_server_event) gave a TranslationServerEvent.
        return cast("TranslationServerEvent", self._run(self._core.run_until(kinds, timeout)))

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
                if self.ends_quietly(exc):
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
        check_seconds(timeout, "timeout")  # checked however it closes
        if self.close_code is not None:
            self._run(self._core.close(1000, ""))
            self._finish_recorders()
            return []
        try:
            return self._end_session(timeout) or []
        finally:
            self._finish_recorders()

    def abort(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket now, without ``session.close`` (pending output is lost).

        Example::

            conn.abort()
        """
        self._run(self._core.close(code, reason))
        self._finish_recorders()

    def _close_after_error(self) -> None:
        # Leaving ``with`` on an error: the app failed, so do not wait on the server's
        # flush (close's) and do not hide the app's error.
        self.abort()


def open_session(plan: Plan) -> TranslationConnection:
    """Open the socket ``plan`` describes (a reconnect reopens it the same way) and send
    its ``session.update``; a failed send closes the socket again."""
    translation = open_live(TranslationConnection, plan.prepared, plan.policy)
    measure(
        translation,
        plan.telemetry or True,
        now=plan.policy.clock.now,
        url=plan.prepared.url,
        translation=True,
    )
    if plan.update is not None:
        try:
            translation.send(plan.update)
        except BaseException:
            translation.abort()
            raise
    return translation
