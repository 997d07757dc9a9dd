"""``TranslationSession`` / ``AsyncTranslationSession``: a translation socket, typed.

Both are the conversation of :mod:`realtime_ext.conversation` (one core: receive and
decode, ``error`` events raised, handlers, extensions, reconnect, send queue) decoding the
translation protocol's events (``decode=parse_translation_server_event``), with the
translation client events as typed sends (``conn.session.update(...)``,
``conn.session.input_audio_buffer.append(...)``, ``conn.session.close()``) instead of the
conversation's. Composition, not inheritance: the conversation's own sends
(``response.create``...) and tool loop make no sense here, so they are not exposed.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Coroutine, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, cast, overload

from realtime_ext._exceptions import APIConnectionError, InvalidArgumentError
from realtime_ext.conversation import AsyncConversation, ConnectionClosed, Conversation
from realtime_ext.events._sends import TranslationSends
from realtime_ext.telemetry import SessionMetrics

from ._audio import (
    Bytes,
    TranslationAudio,
    TranslationRecorder,
    TranslationTranscript,
    aframes,
    frames,
)

if TYPE_CHECKING:
    from realtime_ext.conversation import Extension
    from realtime_ext.conversation._handlers import H, Handler
    from realtime_ext.conversation._shared import ConversationBase, E
    from realtime_ext.events import TranslationServerEvent
    from realtime_ext.events._sends import TranslationSessionSends
    from realtime_generated import models as m

__all__ = ["AsyncTranslationSession", "TranslationSession"]

SESSION_CLOSED = "session.closed"
DEFAULT_CLOSE_TIMEOUT = 10.0
"""How long :meth:`TranslationSession.close` waits for the flush and ``session.closed``."""

Pending = Coroutine[Any, Any, None]
ConvT = TypeVar("ConvT", bound="ConversationBase[Any]")


def _typed(event: object) -> TranslationServerEvent:
    # The conversation under a translation session decodes with
    # parse_translation_server_event (decode= at construction), so every event it returns
    # is a TranslationServerEvent; the core's signature names the conversation's union.
    return cast("TranslationServerEvent", event)


def _check_timeout(timeout: float | None) -> float | None:
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0
    ):
        raise InvalidArgumentError(f"timeout must be a positive number or None, got {timeout!r}")
    return timeout


class _SessionBase(Generic[ConvT]):
    """What both flavours share: handlers, extensions, state (no I/O)."""

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

        Example::

            recorder = conn.record("translated.wav")
        """
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
        return self._conversation.metrics

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


class TranslationSession(_SessionBase[Conversation]):
    """An open translation session (blocking): audio in, translated speech and text out.

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

    session: TranslationSessionSends[None]

    def __init__(self, conversation: Conversation, *, url: str) -> None:
        super().__init__(conversation, url=url)
        sends: TranslationSends[None] = TranslationSends(conversation.send)
        self.session = sends.session

    # -- sending -----------------------------------------------------------------------
    def send(self, event: object) -> None:
        """Send any client event (a dict, a generated model): size-checked, queued during
        a reconnect. Prefer the typed sends, which validate first.

        Example::

            conn.send({"type": "session.close"})
        """
        self._conversation.send(event)

    def send_audio(self, audio: TranslationAudio) -> int:
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

            captions = "".join(conn.target_transcript(timeout=10))
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
        return _typed(self._conversation.recv(timeout))

    def __iter__(self) -> Iterator[TranslationServerEvent]:
        """Server events until the session closes cleanly (handlers are not called)."""
        for event in self._conversation:
            yield _typed(event)

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
        return _typed(self._conversation.run_until(*kinds, timeout=timeout))

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
            except ConnectionClosed:
                return
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
        _check_timeout(timeout)
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

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:  # the app failed: do not wait on the server, do not hide its error
            self.abort()


class AsyncTranslationSession(_SessionBase[AsyncConversation]):
    """The asyncio twin of :class:`TranslationSession` (handlers may be ``async def``).

    Example::

        async with client.translations.connect(model="gpt-realtime-translate") as conn:
            await conn.session.update(session={"audio": {"output": {"language": "fr"}}})
            async for event in conn:
                if event.type == "session.output_audio.delta":
                    play(event.delta)
    """

    session: TranslationSessionSends[Pending]

    def __init__(self, conversation: AsyncConversation, *, url: str) -> None:
        super().__init__(conversation, url=url)
        sends: TranslationSends[Pending] = TranslationSends(conversation.send)
        self.session = sends.session

    async def send(self, event: object) -> None:
        """Send any client event; see :meth:`TranslationSession.send`.

        Example::

            await conn.send({"type": "session.close"})
        """
        await self._conversation.send(event)

    async def send_audio(self, audio: TranslationAudio | AsyncIterable[Bytes]) -> int:
        """Send audio in 200 ms frames; see :meth:`TranslationSession.send_audio` (an
        async iterator of chunks is taken too).

        Example::

            await conn.send_audio("speech.wav")
        """
        count = 0
        async for frame in aframes(audio):
            await self.session.input_audio_buffer.append(audio=frame)
            count += 1
        return count

    async def source_transcript(self, *, timeout: float | None = None) -> AsyncIterator[str]:
        """Source-language transcript deltas; see :meth:`TranslationSession.source_transcript`.

        Example::

            async for text in conn.source_transcript(timeout=10):
                print(text, end="")
        """
        async for event in self.events(timeout=timeout):
            if event.type == "session.input_transcript.delta":
                yield event.delta

    async def target_transcript(self, *, timeout: float | None = None) -> AsyncIterator[str]:
        """Translated transcript deltas; see :meth:`TranslationSession.target_transcript`.

        Example::

            async for text in conn.target_transcript(timeout=10):
                print(text, end="")
        """
        async for event in self.events(timeout=timeout):
            if event.type == "session.output_transcript.delta":
                yield event.delta

    async def target_audio(self, *, timeout: float | None = None) -> AsyncIterator[bytes]:
        """Translated speech as PCM16 chunks; see :meth:`TranslationSession.target_audio`.

        Example::

            async for pcm in conn.target_audio(timeout=10):
                await play(pcm)
        """
        async for event in self.events(timeout=timeout):
            if event.type == "session.output_audio.delta":
                yield base64.b64decode(event.delta)

    async def recv(self, timeout: float | None = None) -> TranslationServerEvent:
        """The next server event, typed; see :meth:`TranslationSession.recv`.

        Example::

            event = await conn.recv(timeout=5)
        """
        return _typed(await self._conversation.recv(timeout))

    async def __aiter__(self) -> AsyncIterator[TranslationServerEvent]:
        """Server events until the session closes cleanly (handlers are not called)."""
        async for event in self._conversation:
            yield _typed(event)

    async def dispatch(self, event: object) -> int:
        """Call (and await) the handlers registered for ``event``'s type.

        Example::

            await conn.dispatch(await conn.recv())
        """
        return await self._conversation.dispatch(event)

    @overload
    async def run_until(
        self, kind: Literal["error"], /, *, timeout: float | None = None
    ) -> m.RealtimeServerEventError: ...
    @overload
    async def run_until(
        self, kind: Literal["session.closed"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionClosed: ...
    @overload
    async def run_until(
        self, kind: Literal["session.created"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionCreated: ...
    @overload
    async def run_until(
        self, kind: Literal["session.input_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionInputTranscriptDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_audio.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputAudioDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["session.output_transcript.delta"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionOutputTranscriptDelta: ...
    @overload
    async def run_until(
        self, kind: Literal["session.updated"], /, *, timeout: float | None = None
    ) -> m.RealtimeTranslationServerEventSessionUpdated: ...
    @overload
    async def run_until(
        self, *kinds: str, timeout: float | None = None
    ) -> TranslationServerEvent: ...
    async def run_until(self, *kinds: str, timeout: float | None = None) -> TranslationServerEvent:
        """Receive and dispatch events until one of type ``kinds``; return it (typed as
        that event's model when one type is given).

        Example::

            await conn.run_until("session.updated", timeout=5)
        """
        return _typed(await self._conversation.run_until(*kinds, timeout=timeout))

    async def dispatch_events(self) -> None:
        """Receive and dispatch every event until the session closes (openai's name).

        Example::

            await conn.dispatch_events()
        """
        await self._conversation.dispatch_events()

    async def recv_bytes(self, timeout: float | None = None) -> bytes:
        """The next message, undecoded (UTF-8 JSON).

        Example::

            raw = await conn.recv_bytes(timeout=5)
        """
        return await self._conversation.recv_bytes(timeout)

    async def events(
        self, *, timeout: float | None = None
    ) -> AsyncIterator[TranslationServerEvent]:
        """Server events until the session closes, each dispatched to handlers first.

        Example::

            async for event in conn.events(timeout=10):
                print(event.type)
        """
        while True:
            try:
                event = await self.recv(timeout)
            except ConnectionClosed:
                return
            await self.dispatch(event)
            yield event

    async def close(
        self, *, timeout: float | None = DEFAULT_CLOSE_TIMEOUT
    ) -> list[TranslationServerEvent]:
        """End the session gracefully; see :meth:`TranslationSession.close`.

        Example::

            rest = await conn.close()
        """
        _check_timeout(timeout)
        flushed: list[TranslationServerEvent] = []
        if self.close_code is not None:
            await self._conversation.close()
            self._finish_recorders()
            return flushed
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            try:
                await self.session.close()
            except (ConnectionClosed, APIConnectionError):
                return flushed
            while True:
                left = None if deadline is None else max(0.001, deadline - time.monotonic())
                try:
                    event = await self.recv(left)
                except ConnectionClosed:
                    return flushed
                await self.dispatch(event)
                flushed.append(event)
                if event.type == SESSION_CLOSED:
                    return flushed
        finally:
            await self._conversation.close()
            self._finish_recorders()

    async def abort(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket now, without ``session.close``.

        Example::

            await conn.abort()
        """
        await self._conversation.close(code, reason)
        self._finish_recorders()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            await self.close()
        else:
            await self.abort()
