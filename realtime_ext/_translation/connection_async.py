"""``AsyncTranslationConnection``: a translation session on the one conversation.

A translation connection is the conversation
(:class:`~realtime_ext._base.conversation_async.AsyncLiveBase`: receive and
decode, server ``error`` events raised as :class:`~realtime_ext.RealtimeServerError`,
handlers, extensions, reconnect, send queue) configured by
:data:`~realtime_ext.conversation.TRANSLATION`: its endpoint (``/realtime/translations``), its
event table
and its typed sends (``conn.session.update(...)``,
``conn.session.input_audio_buffer.append(...)``, ``conn.session.close()``). The
conversation's own sends (``response.create``...) and tool loop make no sense here, so they
are not there. What a translation app adds to a session (both transcripts kept, WAV
recorders) are extensions of the translation feature (``realtime_ext.translation``),
attached with ``conn.add_extension``.

The blocking twin (``connection_sync``) is generated from this one by
``scripts/gen_sync.py``: edit this one.
"""

# unasync: source

from __future__ import annotations

import base64
from collections.abc import AsyncIterable, AsyncIterator
from typing import TYPE_CHECKING, cast

from realtime_ext._base.actions_async import Pending
from realtime_ext._base.conversation_async import AsyncSessionConnection
from realtime_ext._base.frames import Bytes, PcmInput, aframes
from realtime_ext._config import check_seconds
from realtime_ext._exceptions import ConnectionClosed
from realtime_ext.events import TranslationSends
from realtime_generated.run_until import AsyncTranslationRunUntil

from .kind import TRANSLATION

if TYPE_CHECKING:
    from realtime_ext._base.policy import ReconnectPolicy
    from realtime_ext._base.transport import AsyncReopen, AsyncTransport
    from realtime_ext.events import TranslationServerEvent, TranslationSessionSends


__all__ = ["DEFAULT_TRANSLATION_CLOSE_TIMEOUT", "AsyncTranslationConnection"]

DEFAULT_TRANSLATION_CLOSE_TIMEOUT = 10.0
"""How long :meth:`AsyncTranslationConnection.close` waits for the flush and
``session.closed``."""


class AsyncTranslationConnection(
    AsyncSessionConnection["TranslationServerEvent"],
    AsyncTranslationRunUntil["TranslationServerEvent"],
):
    """An open translation connection: audio in, translated speech and text out.

    The live session of :mod:`realtime_ext.conversation` configured for translation (its
    events, its sends, its endpoint): typed sends (``await conn.session.update(session=...)``,
    ``conn.session.input_audio_buffer.append(audio=pcm)``, ``conn.session.close()``), typed
    events that narrow on ``event.type``, handlers, extensions, server ``error`` events
    raised as :class:`~realtime_ext.RealtimeServerError`, opt-in reconnect.

    Example::

        async with client.translations.connect(model="gpt-realtime-translate") as conn:
            await conn.session.update(session={"audio": {"output": {"language": "es"}}})
            async for event in conn:
                if event.type == "session.output_transcript.delta":
                    print(event.delta, end="")
    """

    session: TranslationSessionSends[Pending]

    def __init__(
        self,
        transport: AsyncTransport,
        *,
        url: str,
        max_size: int | None = None,
        reopen: AsyncReopen | None = None,
        reconnect: ReconnectPolicy | None = None,
    ) -> None:
        super().__init__(
            transport,
            protocol=TRANSLATION,
            url=url,
            max_size=max_size,
            reopen=reopen,
            reconnect=reconnect,
        )

    def _bind_sends(self) -> None:
        sends: TranslationSends[Pending] = TranslationSends(self.send)
        self.session = sends.session

    def __repr__(self) -> str:
        state = "open" if self.close_code is None else f"closed code={self.close_code}"
        return f"<{type(self).__name__} {self._url} {state}>"

    # -- sending -----------------------------------------------------------------------
    async def send_audio(self, audio: PcmInput | AsyncIterable[Bytes]) -> int:
        """Send audio as ``session.input_audio_buffer.append`` events of one 200 ms frame
        each (the engine's frame; the last may be shorter); returns how many.

        ``audio`` is 24 kHz PCM16 mono bytes or an iterator of PCM16 24 kHz mono chunks of
        any size (e.g. a microphone's), re-cut into frames as they come; a WAV file (any
        rate, converted) is ``realtime_ext.translation.frames(path)``. Bytes are checked
        before anything is sent. Keep sending (silence too) while the session is live.

        Example::

            await conn.send_audio(pcm_bytes)
            await conn.send_audio(frames("speech.wav"))  # realtime_ext.translation.frames
        """
        count = 0
        async for frame in aframes(audio):
            await self.session.input_audio_buffer.append(audio=frame)
            count += 1
        return count

    # -- receiving -----------------------------------------------------------------------
    async def source_transcript(self, *, timeout: float | None = None) -> AsyncIterator[str]:
        """Source-language transcript deltas (``session.input_transcript.delta``; only
        with input transcription on) until the session closes.

        Like :meth:`events`, it reads the session (other events go to handlers and
        extensions, e.g. ``realtime_ext.translation.TranslationTranscript``).

        Example::

            async for text in conn.source_transcript(timeout=10):
                print(text, end="")
        """
        async for event in self.events(timeout=timeout):
            if event.type == "session.input_transcript.delta":
                yield event.delta

    async def target_transcript(self, *, timeout: float | None = None) -> AsyncIterator[str]:
        """Translated transcript deltas (``session.output_transcript.delta``) until the
        session closes; see :meth:`source_transcript`.

        Example::

            async for text in conn.target_transcript(timeout=10):
                print(text, end="")
        """
        async for event in self.events(timeout=timeout):
            if event.type == "session.output_transcript.delta":
                yield event.delta

    async def target_audio(self, *, timeout: float | None = None) -> AsyncIterator[bytes]:
        """Translated speech as PCM16 chunks (``session.output_audio.delta``, decoded) until
        the session closes; see :meth:`source_transcript`.

        Example::

            async for pcm in conn.target_audio(timeout=10):
                speaker.write(pcm)
        """
        async for event in self.events(timeout=timeout):
            if event.type == "session.output_audio.delta":
                yield base64.b64decode(event.delta)

    async def _run_until(
        self, kinds: tuple[str, ...], timeout: float | None, /
    ) -> TranslationServerEvent:
        # run_until (typed per event type in the generated AsyncTranslationRunUntil) runs this;
        # the decoder (parse_translation_server_event) gave a TranslationServerEvent.
        return cast("TranslationServerEvent", await self._run(self._core.run_until(kinds, timeout)))

    async def events(
        self, *, timeout: float | None = None
    ) -> AsyncIterator[TranslationServerEvent]:
        """Server events until the session closes, each dispatched to handlers first.

        ``timeout`` bounds the wait for each event (``APITimeoutError``).

        Example::

            async for event in conn.events(timeout=10):
                print(event.type)
        """
        while True:
            try:
                event = await self.recv(timeout)
            except ConnectionClosed as exc:
                # Quietly only after close() or the server's normal close; a drop raises.
                if self.ends_quietly(exc):
                    return
                raise
            await self.dispatch(event)
            yield event

    # -- closing -------------------------------------------------------------------------
    async def close(
        self, *, timeout: float | None = DEFAULT_TRANSLATION_CLOSE_TIMEOUT
    ) -> list[TranslationServerEvent]:
        """End the session gracefully: send ``session.close``, receive (and dispatch) the
        output the server flushes until ``session.closed``, then close the socket.

        Returns the events received meanwhile. ``timeout`` (default
        ``DEFAULT_TRANSLATION_CLOSE_TIMEOUT``) bounds the whole close, the socket's closing
        handshake included (``APITimeoutError``; the socket is closed, or dropped, either
        way). Sends it leaves behind (queued during a reconnect, or never confirmed by a
        session that ended early) raise :class:`~realtime_ext.UndeliveredError` once the
        socket is closed. Idempotent; a session
        whose socket is already gone is just closed.

        Example::

            rest = await conn.close()
            print("".join(e.delta for e in rest if e.type == "session.output_transcript.delta"))
        """
        check_seconds(timeout, "timeout")  # checked however it closes
        if self.close_code is not None:
            await self._run(self._core.close(1000, ""))
            return []
        return await self._end_session(timeout) or []
