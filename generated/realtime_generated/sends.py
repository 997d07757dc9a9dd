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


class LiveDecisionItemSends(_Namespace[R]):
    """Sends ``decision.item.create``, ``decision.item.delete``."""

    __slots__ = ()

    @_keywords("decision.item.create")
    def create(self, *, item: Params, event_id: str | None = None) -> R:
        """Send ``decision.item.create`` (``LiveDecisionItemCreateEvent``).

        Append an input item for future decisions without starting an evaluation or changing Live voice
        context.
        """
        e = self._emitter
        return e.emit("decision.item.create", {"item": e.nested(item, "item"), "event_id": event_id})

    @_keywords("decision.item.delete")
    def delete(self, *, item_id: str, event_id: str | None = None) -> R:
        """Send ``decision.item.delete`` (``LiveDecisionItemDeleteEvent``).

        Delete an input item from future decisions without starting an evaluation or changing Live voice
        context.
        """
        return self._emitter.emit("decision.item.delete", {"item_id": item_id, "event_id": event_id})


class LiveDecisionSends(_Namespace[R]):
    """Sends ``decision.create``; ``decision.item.*``."""

    __slots__ = ("item",)

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.item: LiveDecisionItemSends[R] = LiveDecisionItemSends(emitter)

    @_keywords("decision.create")
    def create(self, *, event_id: str) -> R:
        """Send ``decision.create`` (``LiveDecisionCreateEvent``).

        Evaluate the configured questions using the current conversation and Decision inputs.
        """
        return self._emitter.emit("decision.create", {"event_id": event_id})


class LiveResponseItemSends(_Namespace[R]):
    """Sends ``response.item.create``."""

    __slots__ = ()

    @_keywords("response.item.create")
    def create(self, *, item: Params, event_id: str | None = None) -> R:
        """Send ``response.item.create`` (``LiveResponseItemCreateEvent``).

        Add an input item to the Live session’s Responses backend.
        """
        e = self._emitter
        return e.emit("response.item.create", {"item": e.nested(item, "item"), "event_id": event_id})


class LiveResponseSends(_Namespace[R]):
    """Sends ``response.create``; ``response.item.*``."""

    __slots__ = ("item",)

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.item: LiveResponseItemSends[R] = LiveResponseItemSends(emitter)

    @_keywords("response.create")
    def create(self, *, event_id: str | None = None) -> R:
        """Send ``response.create`` (``LiveResponseCreateEvent``).

        Request a response from the Live session’s Responses backend, or continue a delegated response
        waiting for tool results.
        """
        return self._emitter.emit("response.create", {"event_id": event_id})


class LiveSessionCommentarySends(_Namespace[R]):
    """Sends ``session.commentary.append``."""

    __slots__ = ()

    @_keywords("session.commentary.append")
    def append(self, *, content: str, delegation_id: str | None = None, event_id: str | None = None) -> R:
        """Send ``session.commentary.append`` (``LiveCommentaryAppendEvent``).

        Provide context the Live model can communicate to the user, optionally for an existing client
        delegation.
        """
        return self._emitter.emit(
            "session.commentary.append", {"content": content, "delegation_id": delegation_id, "event_id": event_id}
        )


class LiveSessionInputAudioSends(_Namespace[R]):
    """Sends ``session.input_audio.append``, ``session.input_audio.mute``,
    ``session.input_audio.unmute``.
    """

    __slots__ = ()

    @_keywords("session.input_audio.append")
    def append(self, *, audio: str, event_id: str | None = None) -> R:
        """Send ``session.input_audio.append`` (``LiveInputAudioAppendEvent``).

        Send audio to a Live session over its primary WebSocket.
        """
        return self._emitter.emit("session.input_audio.append", {"audio": audio, "event_id": event_id})

    @_keywords("session.input_audio.mute")
    def mute(self, *, event_id: str | None = None) -> R:
        """Send ``session.input_audio.mute`` (``LiveInputAudioMuteEvent``).

        Mute audio input to the Live model without closing the session.
        """
        return self._emitter.emit("session.input_audio.mute", {"event_id": event_id})

    @_keywords("session.input_audio.unmute")
    def unmute(self, *, event_id: str | None = None) -> R:
        """Send ``session.input_audio.unmute`` (``LiveInputAudioUnmuteEvent``).

        Resume audio input to a Live model after muting it.
        """
        return self._emitter.emit("session.input_audio.unmute", {"event_id": event_id})


class LiveSessionInstructionsSends(_Namespace[R]):
    """Sends ``session.instructions.append``."""

    __slots__ = ()

    @_keywords("session.instructions.append")
    def append(self, *, content: str, delegation_id: str | None = None, event_id: str | None = None) -> R:
        """Send ``session.instructions.append`` (``LiveInstructionsAppendEvent``).

        Append developer instructions to the Live conversation while it is running, optionally
        associating them with an existing client delegation.
        """
        return self._emitter.emit(
            "session.instructions.append", {"content": content, "delegation_id": delegation_id, "event_id": event_id}
        )


class LiveSessionOutputAudioFixtureSends(_Namespace[R]):
    """Sends ``session.output_audio.fixture.play``."""

    __slots__ = ()

    @_keywords("session.output_audio.fixture.play")
    def play(self, *, audio: str, event_id: str | None = None) -> R:
        """Send ``session.output_audio.fixture.play`` (``LiveOutputAudioFixturePlayEvent``).

        Play one complete audio fixture through the session output.
        """
        return self._emitter.emit("session.output_audio.fixture.play", {"audio": audio, "event_id": event_id})


class LiveSessionOutputAudioSends(_Namespace[R]):
    """``session.output_audio.fixture.*``."""

    __slots__ = ("fixture",)

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.fixture: LiveSessionOutputAudioFixtureSends[R] = LiveSessionOutputAudioFixtureSends(emitter)


class LiveSessionThinkingSends(_Namespace[R]):
    """Sends ``session.thinking.append``."""

    __slots__ = ()

    @_keywords("session.thinking.append")
    def append(self, *, content: str, delegation_id: str | None = None, event_id: str | None = None) -> R:
        """Send ``session.thinking.append`` (``LiveThinkingAppendEvent``).

        Provide silent reasoning or progress context to the Live model, optionally for an existing
        client delegation.
        """
        return self._emitter.emit(
            "session.thinking.append", {"content": content, "delegation_id": delegation_id, "event_id": event_id}
        )


class LiveSessionSends(_Namespace[R]):
    """Sends ``session.close``, ``session.start``, ``session.update``; ``session.commentary.*``,
    ``session.input_audio.*``, ``session.instructions.*``, ``session.output_audio.*``,
    ``session.thinking.*``.
    """

    __slots__ = (
        "commentary",
        "input_audio",
        "instructions",
        "output_audio",
        "thinking",
    )

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.commentary: LiveSessionCommentarySends[R] = LiveSessionCommentarySends(emitter)
        self.input_audio: LiveSessionInputAudioSends[R] = LiveSessionInputAudioSends(emitter)
        self.instructions: LiveSessionInstructionsSends[R] = LiveSessionInstructionsSends(emitter)
        self.output_audio: LiveSessionOutputAudioSends[R] = LiveSessionOutputAudioSends(emitter)
        self.thinking: LiveSessionThinkingSends[R] = LiveSessionThinkingSends(emitter)

    @_keywords("session.close")
    def close(self, *, event_id: str | None = None) -> R:
        """Send ``session.close`` (``LiveSessionCloseEvent``).

        Request that the Live session close.
        """
        return self._emitter.emit("session.close", {"event_id": event_id})

    @_keywords("session.start")
    def start(self, *, session: Params, event_id: str | None = None) -> R:
        """Send ``session.start`` (``LiveSessionStartEvent``).

        Start a Live session on a primary WebSocket.
        """
        e = self._emitter
        return e.emit("session.start", {"session": e.nested(session, "session"), "event_id": event_id})

    @_keywords("session.update")
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send ``session.update`` (``LiveSessionUpdateEvent``).

        Update the delegation settings or transcript triggers of an active Live session.
        """
        e = self._emitter
        return e.emit("session.update", {"session": e.nested(session, "session"), "event_id": event_id})


class LiveSends(_Namespace[R]):
    """Every GPT-Live client event of the primary WebSocket as a typed method."""

    __slots__ = (
        "decision",
        "response",
        "session",
    )

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.decision: LiveDecisionSends[R] = LiveDecisionSends(emitter)
        self.response: LiveResponseSends[R] = LiveResponseSends(emitter)
        self.session: LiveSessionSends[R] = LiveSessionSends(emitter)


class LiveConnectSessionInputAudioSends(_Namespace[R]):
    """Sends ``session.input_audio.mute``, ``session.input_audio.unmute``."""

    __slots__ = ()

    @_keywords("session.input_audio.mute")
    def mute(self, *, event_id: str | None = None) -> R:
        """Send ``session.input_audio.mute`` (``LiveInputAudioMuteEvent``).

        Mute audio input to the Live model without closing the session.
        """
        return self._emitter.emit("session.input_audio.mute", {"event_id": event_id})

    @_keywords("session.input_audio.unmute")
    def unmute(self, *, event_id: str | None = None) -> R:
        """Send ``session.input_audio.unmute`` (``LiveInputAudioUnmuteEvent``).

        Resume audio input to a Live model after muting it.
        """
        return self._emitter.emit("session.input_audio.unmute", {"event_id": event_id})


class LiveConnectSessionSends(_Namespace[R]):
    """Sends ``session.close``, ``session.update``; ``session.commentary.*``,
    ``session.input_audio.*``, ``session.instructions.*``, ``session.output_audio.*``,
    ``session.thinking.*``.
    """

    __slots__ = (
        "commentary",
        "input_audio",
        "instructions",
        "output_audio",
        "thinking",
    )

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.commentary: LiveSessionCommentarySends[R] = LiveSessionCommentarySends(emitter)
        self.input_audio: LiveConnectSessionInputAudioSends[R] = LiveConnectSessionInputAudioSends(emitter)
        self.instructions: LiveSessionInstructionsSends[R] = LiveSessionInstructionsSends(emitter)
        self.output_audio: LiveSessionOutputAudioSends[R] = LiveSessionOutputAudioSends(emitter)
        self.thinking: LiveSessionThinkingSends[R] = LiveSessionThinkingSends(emitter)

    @_keywords("session.close")
    def close(self, *, event_id: str | None = None) -> R:
        """Send ``session.close`` (``LiveSessionCloseEvent``).

        Request that the Live session close.
        """
        return self._emitter.emit("session.close", {"event_id": event_id})

    @_keywords("session.update")
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send ``session.update`` (``LiveSessionUpdateEvent``).

        Update the delegation settings or transcript triggers of an active Live session.
        """
        e = self._emitter
        return e.emit("session.update", {"session": e.nested(session, "session"), "event_id": event_id})


class LiveConnectTransportDtmfSends(_Namespace[R]):
    """Sends ``transport.dtmf.send``."""

    __slots__ = ()

    @_keywords("transport.dtmf.send")
    def send(self, *, event: str, event_id: str | None = None) -> R:
        """Send ``transport.dtmf.send`` (``LiveConnectClientEventTransportDtmfSend``).

        Send one DTMF keypress to the SIP trunk through a Live sideband connection.
        """
        return self._emitter.emit("transport.dtmf.send", {"event": event, "event_id": event_id})


class LiveConnectTransportSends(_Namespace[R]):
    """``transport.dtmf.*``."""

    __slots__ = ("dtmf",)

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.dtmf: LiveConnectTransportDtmfSends[R] = LiveConnectTransportDtmfSends(emitter)


class LiveConnectSends(_Namespace[R]):
    """Every GPT-Live client event of a sideband (``/live/sessions/{id}/attach``)."""

    __slots__ = (
        "decision",
        "response",
        "session",
        "transport",
    )

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.decision: LiveDecisionSends[R] = LiveDecisionSends(emitter)
        self.response: LiveResponseSends[R] = LiveResponseSends(emitter)
        self.session: LiveConnectSessionSends[R] = LiveConnectSessionSends(emitter)
        self.transport: LiveConnectTransportSends[R] = LiveConnectTransportSends(emitter)


class LiveForkSends(_Namespace[R]):
    """Every GPT-Live client event of a fork (``/live/sessions/{id}/fork``)."""

    __slots__ = (
        "decision",
        "response",
        "session",
    )

    def __init__(self, emitter: Emitter[R]) -> None:
        super().__init__(emitter)
        self.decision: LiveDecisionSends[R] = LiveDecisionSends(emitter)
        self.response: LiveResponseSends[R] = LiveResponseSends(emitter)
        self.session: LiveSessionSends[R] = LiveSessionSends(emitter)


__all__ = [
    "Audio",
    "BetaRealtimeSends",
    "BetaTranscriptionSessionSends",
    "ConversationItemSends",
    "ConversationSends",
    "Emitter",
    "InputAudioBufferSends",
    "LiveConnectSends",
    "LiveConnectSessionInputAudioSends",
    "LiveConnectSessionSends",
    "LiveConnectTransportDtmfSends",
    "LiveConnectTransportSends",
    "LiveDecisionItemSends",
    "LiveDecisionSends",
    "LiveForkSends",
    "LiveResponseItemSends",
    "LiveResponseSends",
    "LiveSends",
    "LiveSessionCommentarySends",
    "LiveSessionInputAudioSends",
    "LiveSessionInstructionsSends",
    "LiveSessionOutputAudioFixtureSends",
    "LiveSessionOutputAudioSends",
    "LiveSessionSends",
    "LiveSessionThinkingSends",
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
