"""``AsyncOpenSession``: the one type of any open live session.

Connections (``client.connect``), WebRTC calls (``realtime_ext.webrtc``'s
``AsyncWebRTC(client).connect``), sideband connections and translation sessions
(``client.translations.connect``, ``AsyncWebRTC(client).connect_translation``) are each their
own class, with what only they have (``history``, ``call_id``, ``transcript``...). What they
all have is this protocol: code that takes "any live session" is annotated with it and
type-checks with each of them. (It was ``LiveSession``, a name GPT-Live's own sessions
would have made ambiguous; a GPT-Live connection is not one of them: it has no metrics and
its own event set.)

Here, above the subpackages, because it names what several of them give (the conversation
core, telemetry's figures, the event unions) and none of them needs it. The blocking twin
(``_open_session_sync``) is generated from the asyncio one (``_open_session_async``) by
``scripts/gen_sync.py``: edit ``_open_session_async``.
"""

# unasync: source

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, overload

from realtime_ext._closing import ExcInfo

if TYPE_CHECKING:
    from realtime_ext._exceptions import ConnectionClosed
    from realtime_ext.conversation import Extension
    from realtime_ext.events import ServerEvent, TranslationServerEvent

# As the conversation's handler and extension types (_base.handlers, _base.shared).
H = TypeVar("H", bound=Callable[[Any], Any])
E = TypeVar("E", bound="Extension")

__all__ = ["AsyncOpenSession"]


class AsyncOpenSession(Protocol):
    """Any open live session: a connection (``AsyncRealtimeConnection``), a WebRTC call
    (``AsyncRealtimeCall``) or a translation session (``AsyncTranslationConnection``, and
    ``AsyncTranslationCall`` over WebRTC) is one.

    Events (a conversation's or a translation session's: both narrow on ``event.type``) by
    iteration, :meth:`recv` and :meth:`run_until`; handlers (:meth:`on`); extensions; raw
    sends; reconnects and close code; ``close()``
    and ``async with``. The typed sends differ by kind (``conn.response`` on a conversation,
    ``conn.session.input_audio_buffer`` on a translation session): use the class the client
    gave for those.

    Example::

        from realtime_ext import AsyncOpenSession

        async def log_until_closed(session: AsyncOpenSession) -> int:
            seen = 0
            async for event in session:
                print(event.type)
                seen += 1
            return seen
    """

    # -- events ------------------------------------------------------------------------------
    def __aiter__(self) -> AsyncIterator[ServerEvent | TranslationServerEvent]:
        """Server events until the session closes cleanly; a drop raises."""
        ...

    async def recv(self, timeout: float | None = None) -> ServerEvent | TranslationServerEvent:
        """The next server event, typed."""
        ...

    async def recv_bytes(self, timeout: float | None = None) -> bytes:
        """The next message, undecoded."""
        ...

    async def run_until(
        self, *kinds: str, timeout: float | None = None
    ) -> ServerEvent | TranslationServerEvent:
        """Receive and dispatch events until one of type ``kinds``; return it."""
        ...

    async def dispatch(self, event: object) -> int:
        """Call the handlers registered for ``event``'s type; returns how many."""
        ...

    async def dispatch_events(self) -> None:
        """Receive and dispatch every event until the session closes cleanly."""
        ...

    def ends_quietly(self, exc: ConnectionClosed) -> bool:
        """Whether a loop over events should end without an error on ``exc``."""
        ...

    # -- handlers and extensions -----------------------------------------------------------
    @overload
    def on(self, kind: str, handler: H) -> H: ...
    @overload
    def on(self, kind: str, handler: None = None) -> Callable[[H], H]: ...

    @overload
    def once(self, kind: str, handler: H) -> H: ...
    @overload
    def once(self, kind: str, handler: None = None) -> Callable[[H], H]: ...

    def off(self, kind: str, handler: Callable[[Any], Any] | None = None) -> int:
        """Unregister ``handler`` (all of ``kind`` when omitted); returns how many."""
        ...

    def add_extension(self, ext: E) -> E:
        """Tell ``ext`` about every event received and sent; returns it."""
        ...

    def remove_extension(self, ext: Extension) -> bool:
        """Detach ``ext``; ``False`` if it was not added."""
        ...

    @property
    def extensions(self) -> tuple[Extension, ...]:
        """The extensions added, in order."""
        ...

    @property
    def cost(self) -> Decimal | None:
        """What the session cost so far, in US dollars (``None``: not priced)."""
        ...

    # -- sending -------------------------------------------------------------------------
    async def send(self, event: object) -> None:
        """Send any client event (a dict or a generated model), size-checked."""
        ...

    async def send_audio(self, pcm: bytes, /) -> int:
        """Send 24 kHz PCM16 mono audio as append events; returns how many."""
        ...

    # -- state and closing -----------------------------------------------------------------
    @property
    def reconnects(self) -> int:
        """How many times the session reconnected."""
        ...

    @property
    def close_code(self) -> int | None:
        """The close code; ``None`` while open."""
        ...

    @property
    def close_reason(self) -> str | None:
        """The close reason; ``None`` while open."""
        ...

    async def close(self) -> object:
        """Close the session (each kind the way it closes: a translation session flushes)."""
        ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc_info: *ExcInfo) -> None: ...
