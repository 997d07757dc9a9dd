"""Typed send namespaces: ``conn.response.create(...)`` and friends, with openai's names.

One method per client event of the spec, reached by the event's own ``type`` read as an
attribute path (``conversation.item.truncate`` -> ``sends.conversation.item.truncate``), with
the event's fields as keywords (the names and keywords of openai 3.54's connection
resources, ``event_id`` included). tests/events/test_sends_spec.py walks every client event
type of ``realtime_generated.event_types`` and fails when one has no method here, or when a
method's keywords differ from the model's fields, so a new client event in the spec cannot
go unnoticed.

Every method validates before anything is sent (see :mod:`realtime_ext._validate`): an
unknown keyword, a missing one, or a value of the wrong type anywhere in a nested dict raises
:class:`~realtime_ext.events.InvalidEventError` naming it. Unknown values of open enums (a
new voice) pass.

These namespaces and ``conn.send(model_or_dict)`` are the two ways to send: there are no
separate event constructors (a dict, or a generated model, goes to ``conn.send``).

The namespaces wrap one ``send`` callable that takes the checked wire dict. Whatever it
returns, the methods return: with a blocking connection's ``send`` they return ``None``;
with an asyncio connection's ``async def send`` they return its coroutine, so you ``await``
them (validation still happens at the call, before the coroutine exists).

Wiring onto a connection (what the connections do)::

    sends = RealtimeSends(self.send)      # AsyncRealtimeSends-typed when send is async
    self.session = sends.session
    self.response = sends.response
    self.conversation = sends.conversation
    self.input_audio_buffer = sends.input_audio_buffer
    self.output_audio_buffer = sends.output_audio_buffer

Example:
    >>> sent = []
    >>> sends = RealtimeSends(sent.append)
    >>> sends.response.create(response={"instructions": "Be brief."})
    >>> sends.conversation.item.delete(item_id="item_1", event_id="e1")
    >>> sent
    [{'type': 'response.create', 'response': {'instructions': 'Be brief.'}}, \
{'type': 'conversation.item.delete', 'item_id': 'item_1', 'event_id': 'e1'}]
"""

from __future__ import annotations

import base64
import functools
import inspect
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeAlias, TypeVar, cast

from realtime_ext._validate import check_client_event
from realtime_generated import event_types

from .._exceptions import InvalidEventError
from ._payload import to_payload

if TYPE_CHECKING:
    from typing_extensions import Buffer


R = TypeVar("R")
P = ParamSpec("P")
T = TypeVar("T")

Send: TypeAlias = Callable[[dict[str, Any]], R]
"""What the namespaces call with each checked event dict (a connection's ``send``)."""

AsyncResult: TypeAlias = Coroutine[Any, Any, None]
"""What the methods return over an asyncio connection: ``await`` it."""


class SupportsToDict(Protocol):
    """A generated model (or anything) that serialises to a JSON object."""

    def to_dict(self) -> dict[str, Any]: ...


Params: TypeAlias = Mapping[str, Any] | SupportsToDict
"""A nested object: a dict (e.g. from :mod:`realtime_ext.session`) or a generated model."""

Audio: TypeAlias = str | bytes | bytearray | memoryview
"""Audio for ``append``: raw bytes (base64-encoded for you) or a base64 string (as openai)."""


def _keywords(fn: Callable[P, T]) -> Callable[P, T]:
    """Turn Python's "unexpected keyword" TypeError into an InvalidEventError naming it.

    The call itself is untouched (no binding on the happy path); only when it raises
    TypeError is the signature consulted to tell a bad call from an error further in.
    """
    signature = inspect.signature(fn)
    accepted = [name for name in signature.parameters if name != "self"]

    @functools.wraps(fn)
    def checked(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            try:
                signature.bind(*args, **kwargs)
            except TypeError:
                event = fn.__qualname__.split(".")[0]
                unknown = sorted(set(kwargs) - set(accepted))
                what = (
                    f"unknown keyword {unknown[0]!r}" if unknown else str(exc).split("() ", 1)[-1]
                )
                raise InvalidEventError(
                    f"{_EVENT_NAMES.get(event, event)}.{fn.__name__}: {what} "
                    f"(keywords: {', '.join(accepted) or 'none'})"
                ) from None
            raise

    return checked


def _audio(value: object) -> str:
    """Raw audio bytes as base64 text; a ``str`` is taken as base64 already (as openai)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(cast("Buffer", value)).decode("ascii")
    raise InvalidEventError(
        f"audio must be raw bytes (base64-encoded for you) or a base64 string, "
        f"got {type(value).__name__}"
    )


_MODELS: dict[str, type[Any]] = {}
"""Generated model classes by name, looked up once."""


def _checked(kind: str, fields: Mapping[str, object], table: Mapping[str, str]) -> dict[str, Any]:
    """The one event builder: ``{"type": kind, **fields}`` (``None`` fields left out),
    checked against ``table``'s model for ``kind`` (every field's type, unknown keys, a round
    trip; :class:`InvalidEventError` names the path)."""
    payload: dict[str, Any] = {"type": kind}
    for key, value in fields.items():
        if value is not None:
            payload[key] = value
    name = table.get(kind)
    if name is None:
        raise InvalidEventError(f"{kind} is not a client event of this protocol")
    model = _MODELS.get(name)
    if model is None:
        from realtime_generated import models

        model = _MODELS[name] = getattr(models, name)
    check_client_event(model, payload)
    return payload


class _Namespace(Generic[R]):
    """Shared plumbing: build ``{"type": kind, ...}``, check it, hand it to ``send``."""

    __slots__ = ("_send", "_table")

    def __init__(self, send: Send[R], table: Mapping[str, str]) -> None:
        self._send = send
        self._table = table

    def _emit(self, kind: str, fields: dict[str, Any]) -> R:
        payload = _checked(kind, fields, self._table)
        return self._send(payload)


class SessionSends(_Namespace[R]):
    """``session.update``."""

    __slots__ = ()

    @_keywords
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send ``session.update`` (a :mod:`realtime_ext.session` dict or a session model).

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).session.update(session={"type": "realtime"})
            >>> sent
            [{'type': 'session.update', 'session': {'type': 'realtime'}}]
        """
        return self._emit(
            "session.update", {"session": to_payload(session, name="session"), "event_id": event_id}
        )


class ResponseSends(_Namespace[R]):
    """``response.create`` and ``response.cancel``."""

    __slots__ = ()

    @_keywords
    def create(self, *, event_id: str | None = None, response: Params | None = None) -> R:
        """Send ``response.create``, optionally with response parameters.

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).response.create()
            >>> sent
            [{'type': 'response.create'}]
        """
        body = None if response is None else to_payload(response, name="response")
        return self._emit("response.create", {"event_id": event_id, "response": body})

    @_keywords
    def cancel(self, *, event_id: str | None = None, response_id: str | None = None) -> R:
        """Send ``response.cancel`` (the in-progress response, or ``response_id``).

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).response.cancel(response_id="resp_1")
            >>> sent
            [{'type': 'response.cancel', 'response_id': 'resp_1'}]
        """
        return self._emit("response.cancel", {"event_id": event_id, "response_id": response_id})


class ConversationItemSends(_Namespace[R]):
    """``conversation.item.create/delete/retrieve/truncate``."""

    __slots__ = ()

    @_keywords
    def create(
        self,
        *,
        item: Params,
        event_id: str | None = None,
        previous_item_id: str | None = None,
    ) -> R:
        """Send ``conversation.item.create`` with ``item`` (a dict or an item model).

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).conversation.item.create(
            ...     item={"type": "function_call_output", "call_id": "c1", "output": "{}"}
            ... )
            >>> sent[0]["item"]["call_id"]
            'c1'
        """
        return self._emit(
            "conversation.item.create",
            {
                "item": to_payload(item, name="item"),
                "event_id": event_id,
                "previous_item_id": previous_item_id,
            },
        )

    @_keywords
    def delete(self, *, item_id: str, event_id: str | None = None) -> R:
        """Send ``conversation.item.delete``.

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).conversation.item.delete(item_id="item_1")
            >>> sent
            [{'type': 'conversation.item.delete', 'item_id': 'item_1'}]
        """
        return self._emit("conversation.item.delete", {"item_id": item_id, "event_id": event_id})

    @_keywords
    def retrieve(self, *, item_id: str, event_id: str | None = None) -> R:
        """Send ``conversation.item.retrieve`` (the server answers ``conversation.item.retrieved``).

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).conversation.item.retrieve(item_id="item_1")
            >>> sent
            [{'type': 'conversation.item.retrieve', 'item_id': 'item_1'}]
        """
        return self._emit("conversation.item.retrieve", {"item_id": item_id, "event_id": event_id})

    @_keywords
    def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: str | None = None
    ) -> R:
        """Send ``conversation.item.truncate``: cut an assistant item's audio at ``audio_end_ms``.

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).conversation.item.truncate(
            ...     item_id="item_1", content_index=0, audio_end_ms=1500
            ... )
            >>> sent[0]["audio_end_ms"]
            1500
        """
        return self._emit(
            "conversation.item.truncate",
            {
                "item_id": item_id,
                "content_index": content_index,
                "audio_end_ms": audio_end_ms,
                "event_id": event_id,
            },
        )


class ConversationSends(Generic[R]):
    """``conversation.*``: the item operations live on :attr:`item`."""

    __slots__ = ("item",)

    def __init__(self, send: Send[R], table: Mapping[str, str]) -> None:
        self.item: ConversationItemSends[R] = ConversationItemSends(send, table)


class InputAudioBufferSends(_Namespace[R]):
    """``input_audio_buffer.append/commit/clear``."""

    __slots__ = ()

    @_keywords
    def append(self, *, audio: Audio, event_id: str | None = None) -> R:
        """Send ``input_audio_buffer.append``: raw PCM bytes (base64 here) or a base64 string.

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).input_audio_buffer.append(audio=b"\\x00\\x00")
            >>> sent
            [{'type': 'input_audio_buffer.append', 'audio': 'AAA='}]
        """
        return self._emit(
            "input_audio_buffer.append", {"audio": _audio(audio), "event_id": event_id}
        )

    @_keywords
    def commit(self, *, event_id: str | None = None) -> R:
        """Send ``input_audio_buffer.commit``: turn the buffered audio into a user message.

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).input_audio_buffer.commit(event_id="e1")
            >>> sent
            [{'type': 'input_audio_buffer.commit', 'event_id': 'e1'}]
        """
        return self._emit("input_audio_buffer.commit", {"event_id": event_id})

    @_keywords
    def clear(self, *, event_id: str | None = None) -> R:
        """Send ``input_audio_buffer.clear``: drop the buffered input audio.

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).input_audio_buffer.clear()
            >>> sent
            [{'type': 'input_audio_buffer.clear'}]
        """
        return self._emit("input_audio_buffer.clear", {"event_id": event_id})


class OutputAudioBufferSends(_Namespace[R]):
    """``output_audio_buffer.clear`` (WebRTC/SIP)."""

    __slots__ = ()

    @_keywords
    def clear(self, *, event_id: str | None = None) -> R:
        """Send ``output_audio_buffer.clear``: stop the audio being played (WebRTC/SIP).

        Example:
            >>> sent = []
            >>> RealtimeSends(sent.append).output_audio_buffer.clear()
            >>> sent
            [{'type': 'output_audio_buffer.clear'}]
        """
        return self._emit("output_audio_buffer.clear", {"event_id": event_id})


class TranscriptionSessionSends(_Namespace[R]):
    """``transcription_session.update`` (beta protocol only)."""

    __slots__ = ()

    @_keywords
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send the beta ``transcription_session.update``.

        Example:
            >>> sent = []
            >>> BetaRealtimeSends(sent.append).transcription_session.update(session={})
            >>> sent
            [{'type': 'transcription_session.update', 'session': {}}]
        """
        return self._emit(
            "transcription_session.update",
            {"session": to_payload(session, name="session"), "event_id": event_id},
        )


class RealtimeSends(Generic[R]):
    """Every GA client event as a typed method, grouped as openai groups them.

    Example:
        >>> sent = []
        >>> sends = RealtimeSends(sent.append)
        >>> sends.input_audio_buffer.commit()
        >>> sends.response.create()
        >>> [e["type"] for e in sent]
        ['input_audio_buffer.commit', 'response.create']
    """

    __slots__ = (
        "conversation",
        "input_audio_buffer",
        "output_audio_buffer",
        "response",
        "session",
    )
    _TABLE: Mapping[str, str] = event_types.CLIENT_EVENTS

    def __init__(self, send: Send[R]) -> None:
        table = self._TABLE
        self.session: SessionSends[R] = SessionSends(send, table)
        self.response: ResponseSends[R] = ResponseSends(send, table)
        self.conversation: ConversationSends[R] = ConversationSends(send, table)
        self.input_audio_buffer: InputAudioBufferSends[R] = InputAudioBufferSends(send, table)
        self.output_audio_buffer: OutputAudioBufferSends[R] = OutputAudioBufferSends(send, table)


class BetaRealtimeSends(RealtimeSends[R]):
    """The beta protocol's client events (``OpenAI-Beta: realtime=v1``), checked against the
    beta models, plus ``transcription_session.update``.

    Example:
        >>> sent = []
        >>> BetaRealtimeSends(sent.append).session.update(session={"modalities": ["text"]})
        >>> sent[0]["session"]
        {'modalities': ['text']}
    """

    __slots__ = ("transcription_session",)
    _TABLE: Mapping[str, str] = event_types.BETA_CLIENT_EVENTS

    def __init__(self, send: Send[R]) -> None:
        super().__init__(send)
        self.transcription_session: TranscriptionSessionSends[R] = TranscriptionSessionSends(
            send, self._TABLE
        )


class TranslationInputAudioBufferSends(_Namespace[R]):
    """``session.input_audio_buffer.append`` of a translation session."""

    __slots__ = ()

    @_keywords
    def append(self, *, audio: Audio, event_id: str | None = None) -> R:
        """Send ``session.input_audio_buffer.append``: audio to translate.

        Example:
            >>> sent = []
            >>> TranslationSends(sent.append).session.input_audio_buffer.append(audio=b"\\x00")
            >>> sent
            [{'type': 'session.input_audio_buffer.append', 'audio': 'AA=='}]
        """
        return self._emit(
            "session.input_audio_buffer.append", {"audio": _audio(audio), "event_id": event_id}
        )


class TranslationSessionSends(_Namespace[R]):
    """``session.update``, ``session.close`` and ``session.input_audio_buffer.append``."""

    __slots__ = ("input_audio_buffer",)

    def __init__(self, send: Send[R], table: Mapping[str, str]) -> None:
        super().__init__(send, table)
        self.input_audio_buffer: TranslationInputAudioBufferSends[R] = (
            TranslationInputAudioBufferSends(send, table)
        )

    @_keywords
    def update(self, *, session: Params, event_id: str | None = None) -> R:
        """Send a translation session's ``session.update``.

        Example:
            >>> sent = []
            >>> TranslationSends(sent.append).session.update(session={})
            >>> sent
            [{'type': 'session.update', 'session': {}}]
        """
        return self._emit(
            "session.update", {"session": to_payload(session, name="session"), "event_id": event_id}
        )

    @_keywords
    def close(self, *, event_id: str | None = None) -> R:
        """Send ``session.close``: end the translation session.

        Example:
            >>> sent = []
            >>> TranslationSends(sent.append).session.close()
            >>> sent
            [{'type': 'session.close'}]
        """
        return self._emit("session.close", {"event_id": event_id})


class TranslationSends(Generic[R]):
    """Every translation client event as a typed method (``conn.session.*``).

    Example:
        >>> sent = []
        >>> TranslationSends(sent.append).session.close(event_id="e1")
        >>> sent
        [{'type': 'session.close', 'event_id': 'e1'}]
    """

    __slots__ = ("session",)

    def __init__(self, send: Send[R]) -> None:
        self.session: TranslationSessionSends[R] = TranslationSessionSends(
            send, event_types.TRANSLATION_CLIENT_EVENTS
        )


# Class name -> event-type prefix, for the "unknown keyword" message.
_EVENT_NAMES = {
    "SessionSends": "session",
    "ResponseSends": "response",
    "ConversationItemSends": "conversation.item",
    "InputAudioBufferSends": "input_audio_buffer",
    "OutputAudioBufferSends": "output_audio_buffer",
    "TranscriptionSessionSends": "transcription_session",
    "TranslationInputAudioBufferSends": "session.input_audio_buffer",
    "TranslationSessionSends": "session",
}
