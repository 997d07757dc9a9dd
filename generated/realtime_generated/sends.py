"""Typed send namespaces: one method per client event, its fields as keywords.

Written by scripts/regen.py from the spec's client events (never edit by hand). The event
``type`` read as an attribute path names the method (``conversation.item.truncate`` ->
``sends.conversation.item.truncate``). The classes only shape the call: every method hands
``(type, fields)`` to its ``Emitter``, which encodes the nested objects and the audio, checks
the event and sends it (``realtime_ext`` supplies one per connection: ``conn.response`` ...).
A call with an unknown or missing keyword raises the emitter's ``error`` naming the event.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any, Generic, ParamSpec, Protocol, TypeAlias, TypeVar

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
P = ParamSpec("P")
T = TypeVar("T")


class SupportsToDict(Protocol):
    """A generated model (or anything) that serialises to a JSON object."""

    def to_dict(self) -> dict[str, Any]: ...


Params: TypeAlias = Mapping[str, Any] | SupportsToDict
"""A nested object: a dict or a generated model."""

Audio: TypeAlias = str | bytes | bytearray | memoryview
"""Audio: raw bytes (base64-encoded by the emitter) or a base64 string."""


class Emitter(Protocol[R_co]):
    """Where the namespaces hand their events: what each method returns, ``emit`` returns."""

    def emit(self, kind: str, fields: dict[str, Any], /) -> R_co:
        """Send the event ``{"type": kind, **fields}`` (``None`` fields are not set)."""
        ...

    def nested(self, value: object, name: str, /) -> dict[str, Any] | None:
        """The JSON object of the nested field ``name`` (``None`` stays ``None``)."""
        ...

    def audio(self, value: object, /) -> str:
        """Audio as base64 text."""
        ...

    def error(self, message: str, /) -> Exception:
        """The exception a call with a bad keyword raises."""
        ...


class _Namespace(Generic[R]):
    __slots__ = ("_emitter",)

    def __init__(self, emitter: Emitter[R]) -> None:
        self._emitter = emitter


def _keywords(kind: str) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Turn Python's "unexpected keyword" TypeError into the emitter's error, naming ``kind``.

    The call itself is untouched (no binding on the happy path); only when it raises
    TypeError is the signature consulted to tell a bad call from an error further in.
    """

    def decorate(fn: Callable[P, T]) -> Callable[P, T]:
        signature = inspect.signature(fn)
        accepted = [name for name in signature.parameters if name != "self"]

        @functools.wraps(fn)
        def checked(*args: P.args, **kwargs: P.kwargs) -> T:
            try:
                return fn(*args, **kwargs)
            except TypeError as exc:
                namespace = args[0] if args else None
                if not isinstance(namespace, _Namespace):
                    raise
                try:
                    signature.bind(*args, **kwargs)
                except TypeError:
                    unknown = sorted(set(kwargs) - set(accepted))
                    what = str(exc).split("() ", 1)[-1]
                    if unknown:
                        what = f"unknown keyword {unknown[0]!r}"
                    message = f"{kind}: {what} (keywords: {', '.join(accepted) or 'none'})"
                    raise namespace._emitter.error(message) from None
                raise

        return checked

    return decorate


class ConversationItemSends(_Namespace[R]):
    """Sends ``conversation.item.create``, ``conversation.item.delete``,
    ``conversation.item.retrieve``, ``conversation.item.truncate``.
    """

    __slots__ = ()

    @_keywords("conversation.item.create")
    def create(self, *, item: Params, event_id: str | None = None, previous_item_id: str | None = None) -> R:
        """Send ``conversation.item.create`` (``RealtimeClientEventConversationItemCreate``).

        Add a new Item to the Conversation's context, including messages, function calls, and function
        call responses.
        """
        e = self._emitter
        return e.emit(
            "conversation.item.create",
            {"item": e.nested(item, "item"), "event_id": event_id, "previous_item_id": previous_item_id},
        )

    @_keywords("conversation.item.delete")
    def delete(self, *, item_id: str, event_id: str | None = None) -> R:
        """Send ``conversation.item.delete`` (``RealtimeClientEventConversationItemDelete``).

        Send this event when you want to remove any item from the conversation history.
        """
        return self._emitter.emit("conversation.item.delete", {"item_id": item_id, "event_id": event_id})

    @_keywords("conversation.item.retrieve")
    def retrieve(self, *, item_id: str, event_id: str | None = None) -> R:
        """Send ``conversation.item.retrieve`` (``RealtimeClientEventConversationItemRetrieve``).

        Send this event when you want to retrieve the server's representation of a specific item in the
        conversation history.
        """
        return self._emitter.emit("conversation.item.retrieve", {"item_id": item_id, "event_id": event_id})

    @_keywords("conversation.item.truncate")
    def truncate(self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: str | None = None) -> R:
        """Send ``conversation.item.truncate`` (``RealtimeClientEventConversationItemTruncate``).

        Send this event to truncate a previous assistant message’s audio.
        """
        return self._emitter.emit(
            "conversation.item.truncate",
            {"audio_end_ms": audio_end_ms, "content_index": content_index, "item_id": item_id, "event_id": event_id},
        )


class ConversationSends(_Namespace[R]):
    """``conversation.item.*``."""

    __slots__ = ("item",)

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.item: ConversationItemSends[R] = ConversationItemSends(emitter)


class InputAudioBufferSends(_Namespace[R]):
    """Sends ``input_audio_buffer.append``, ``input_audio_buffer.clear``,
    ``input_audio_buffer.commit``.
    """

    __slots__ = ()

    @_keywords("input_audio_buffer.append")
    def append(self, *, audio: Audio, event_id: str | None = None) -> R:
        """Send ``input_audio_buffer.append`` (``RealtimeClientEventInputAudioBufferAppend``).

        Send this event to append audio bytes to the input audio buffer.
        """
        e = self._emitter
        return e.emit("input_audio_buffer.append", {"audio": e.audio(audio), "event_id": event_id})

    @_keywords("input_audio_buffer.clear")
    def clear(self, *, event_id: str | None = None) -> R:
        """Send ``input_audio_buffer.clear`` (``RealtimeClientEventInputAudioBufferClear``).

        Send this event to clear the audio bytes in the buffer.
        """
        return self._emitter.emit("input_audio_buffer.clear", {"event_id": event_id})

    @_keywords("input_audio_buffer.commit")
    def commit(self, *, event_id: str | None = None) -> R:
        """Send ``input_audio_buffer.commit`` (``RealtimeClientEventInputAudioBufferCommit``).

        Send this event to commit the user input audio buffer, which will create a new user message item
        in the conversation.
        """
        return self._emitter.emit("input_audio_buffer.commit", {"event_id": event_id})


class OutputAudioBufferSends(_Namespace[R]):
    """Sends ``output_audio_buffer.clear``."""

    __slots__ = ()

    @_keywords("output_audio_buffer.clear")
    def clear(self, *, event_id: str | None = None) -> R:
        """Send ``output_audio_buffer.clear`` (``RealtimeClientEventOutputAudioBufferClear``).

        **WebRTC/SIP Only:** Emit to cut off the current audio response.
        """
        return self._emitter.emit("output_audio_buffer.clear", {"event_id": event_id})


class ResponseSends(_Namespace[R]):
    """Sends ``response.cancel``, ``response.create``."""

    __slots__ = ()

    @_keywords("response.cancel")
    def cancel(self, *, event_id: str | None = None, response_id: str | None = None) -> R:
        """Send ``response.cancel`` (``RealtimeClientEventResponseCancel``).

        Send this event to cancel an in-progress response.
        """
        return self._emitter.emit("response.cancel", {"event_id": event_id, "response_id": response_id})

    @_keywords("response.create")
    def create(self, *, event_id: str | None = None, response: Params | None = None) -> R:
        """Send ``response.create`` (``RealtimeClientEventResponseCreate``).

        This event instructs the server to create a Response, which means triggering model inference.
        """
        e = self._emitter
        return e.emit("response.create", {"event_id": event_id, "response": e.nested(response, "response")})


class SessionSends(_Namespace[R]):
    """Sends ``session.update``."""

    __slots__ = ()

    @_keywords("session.update")
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send ``session.update`` (``RealtimeClientEventSessionUpdate``).

        Send this event to update the session’s configuration.
        """
        e = self._emitter
        return e.emit("session.update", {"session": e.nested(session, "session"), "event_id": event_id})


class RealtimeSends(_Namespace[R]):
    """Every GA client event as a typed method, grouped as openai groups them."""

    __slots__ = (
        "conversation",
        "input_audio_buffer",
        "output_audio_buffer",
        "response",
        "session",
    )

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.conversation: ConversationSends[R] = ConversationSends(emitter)
        self.input_audio_buffer: InputAudioBufferSends[R] = InputAudioBufferSends(emitter)
        self.output_audio_buffer: OutputAudioBufferSends[R] = OutputAudioBufferSends(emitter)
        self.response: ResponseSends[R] = ResponseSends(emitter)
        self.session: SessionSends[R] = SessionSends(emitter)


class BetaTranscriptionSessionSends(_Namespace[R]):
    """Sends ``transcription_session.update``."""

    __slots__ = ()

    @_keywords("transcription_session.update")
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send ``transcription_session.update`` (``RealtimeBetaClientEventTranscriptionSessionUpdate``).

        Send this event to update a transcription session.
        """
        e = self._emitter
        return e.emit("transcription_session.update", {"session": e.nested(session, "session"), "event_id": event_id})


class BetaRealtimeSends(_Namespace[R]):
    """The beta protocol's client events (``OpenAI-Beta: realtime=v1``)."""

    __slots__ = (
        "conversation",
        "input_audio_buffer",
        "output_audio_buffer",
        "response",
        "session",
        "transcription_session",
    )

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.conversation: ConversationSends[R] = ConversationSends(emitter)
        self.input_audio_buffer: InputAudioBufferSends[R] = InputAudioBufferSends(emitter)
        self.output_audio_buffer: OutputAudioBufferSends[R] = OutputAudioBufferSends(emitter)
        self.response: ResponseSends[R] = ResponseSends(emitter)
        self.session: SessionSends[R] = SessionSends(emitter)
        self.transcription_session: BetaTranscriptionSessionSends[R] = BetaTranscriptionSessionSends(emitter)


class TranslationSessionInputAudioBufferSends(_Namespace[R]):
    """Sends ``session.input_audio_buffer.append``."""

    __slots__ = ()

    @_keywords("session.input_audio_buffer.append")
    def append(self, *, audio: Audio, event_id: str | None = None) -> R:
        """Send ``session.input_audio_buffer.append`` (``RealtimeTranslationClientEventInputAudioBufferAppend``).

        Send this event to append audio bytes to the translation session input audio buffer.
        """
        e = self._emitter
        return e.emit("session.input_audio_buffer.append", {"audio": e.audio(audio), "event_id": event_id})


class TranslationSessionSends(_Namespace[R]):
    """Sends ``session.close``, ``session.update``; ``session.input_audio_buffer.*``."""

    __slots__ = ("input_audio_buffer",)

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.input_audio_buffer: TranslationSessionInputAudioBufferSends[R] = TranslationSessionInputAudioBufferSends(
            emitter
        )

    @_keywords("session.close")
    def close(self, *, event_id: str | None = None) -> R:
        """Send ``session.close`` (``RealtimeTranslationClientEventSessionClose``).

        Gracefully close the realtime translation session.
        """
        return self._emitter.emit("session.close", {"event_id": event_id})

    @_keywords("session.update")
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send ``session.update`` (``RealtimeTranslationClientEventSessionUpdate``).

        Send this event to update the translation session configuration.
        """
        e = self._emitter
        return e.emit("session.update", {"session": e.nested(session, "session"), "event_id": event_id})


class TranslationSends(_Namespace[R]):
    """Every translation client event as a typed method (``conn.session.*``)."""

    __slots__ = ("session",)

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.session: TranslationSessionSends[R] = TranslationSessionSends(emitter)


__all__ = [
    "Audio",
    "BetaRealtimeSends",
    "BetaTranscriptionSessionSends",
    "ConversationItemSends",
    "ConversationSends",
    "Emitter",
    "InputAudioBufferSends",
    "OutputAudioBufferSends",
    "Params",
    "RealtimeSends",
    "ResponseSends",
    "SessionSends",
    "SupportsToDict",
    "TranslationSends",
    "TranslationSessionInputAudioBufferSends",
    "TranslationSessionSends",
]
