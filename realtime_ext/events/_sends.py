"""Typed send namespaces: ``conn.response.create(...)`` and friends, with openai's names.

The namespaces themselves are generated from the spec (``realtime_generated.sends``, written
by scripts/regen.py): one method per client event, reached by the event's own ``type`` read
as an attribute path (``conversation.item.truncate`` -> ``sends.conversation.item.truncate``),
with the event's fields as keywords (the names and keywords of openai 3.54's connection
resources, ``event_id`` included). This module gives them their behaviour: the emitter each
method hands its event to, and the Realtime API's roots that take a connection's ``send``
(each other session kind's are in its own module: :mod:`._translation_sends`,
:mod:`._live_sends`).

Every method validates before anything is sent (see :mod:`realtime_ext._validate`): an
unknown keyword, a missing one, or a value of the wrong type anywhere in a nested dict raises
:class:`~realtime_ext.events.InvalidEventError` naming it. Unknown values of open enums (a
new voice) pass.

These namespaces and ``conn.send(model_or_dict)`` are the two ways to send: there are no
separate event constructors (a dict, or a generated model, goes to ``conn.send``). The
builders of :mod:`._builders` (``user_text``, ``function_call_output``, ``response_params``
...) build the arguments of these methods, not events, and leave the checking to them.

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
    >>> sends.input_audio_buffer.append(audio=b"\\x00\\x00")
    >>> sent
    [{'type': 'response.create', 'response': {'instructions': 'Be brief.'}}, \
{'type': 'conversation.item.delete', 'item_id': 'item_1', 'event_id': 'e1'}, \
{'type': 'input_audio_buffer.append', 'audio': 'AAA='}]
    >>> sends.response.create(foo=1)
    Traceback (most recent call last):
    ...
    realtime_ext.InvalidEventError: response.create: unknown keyword 'foo' \
(keywords: event_id, response)
    >>> BetaRealtimeSends(sent.append).transcription_session.update(session={})
    >>> [e["type"] for e in sent[3:]]
    ['transcription_session.update']
"""

from __future__ import annotations

import base64
import string
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, TypeAlias, TypeVar, cast

from realtime_ext._validate import check_client_event
from realtime_generated import event_types, sends
from realtime_generated.sends import Audio as Audio
from realtime_generated.sends import ConversationItemSends as ConversationItemSends
from realtime_generated.sends import ConversationSends as ConversationSends
from realtime_generated.sends import InputAudioBufferSends as InputAudioBufferSends
from realtime_generated.sends import OutputAudioBufferSends as OutputAudioBufferSends
from realtime_generated.sends import Params as Params
from realtime_generated.sends import ResponseSends as ResponseSends
from realtime_generated.sends import SessionSends as SessionSends
from realtime_generated.sends import SupportsToDict as SupportsToDict

from .._exceptions import InvalidEventError
from ._payload import to_payload

if TYPE_CHECKING:
    from typing_extensions import Buffer


R = TypeVar("R")

Send: TypeAlias = Callable[[dict[str, Any]], R]
"""What the namespaces call with each checked event dict (a connection's ``send``)."""


# The base64 alphabet, as bytes.translate deletes it: what is left of valid text is nothing.
_BASE64_ALPHABET: Final = (string.ascii_letters + string.digits + "+/").encode("ascii")


def is_base64(text: str) -> bool:
    """Whether ``text`` is standard base64 (RFC 4648: its alphabet, padded to a multiple of
    four with at most two ``=``), as ``binascii.a2b_base64(text, strict_mode=True)`` reads
    it (which also lets ``AAAA=``, excess padding, through), without decoding: an audio
    frame is checked on its way out, ten times a second, and deleting the alphabet (C)
    takes a third of the time of a strict decode.

    Example:
        >>> is_base64("AAA="), is_base64("not base64!"), is_base64("AAA")
        (True, False, False)
    """
    if len(text) % 4 or not text.isascii():
        return False
    body = text.rstrip("=")
    return len(text) - len(body) <= 2 and not body.encode("ascii").translate(None, _BASE64_ALPHABET)


def check_base64(value: str, kind: str | None = None) -> str:
    """``value`` if it is base64 text (:func:`is_base64`), else :class:`InvalidEventError`
    (naming the event ``kind``) before it goes on the wire; the value is not shown: it is
    audio, and long."""
    if not is_base64(value):
        where = f"{kind}: " if kind else ""
        raise InvalidEventError(
            f"{where}audio must be base64 text, got a string of {len(value)} characters "
            "that is not base64"
        )
    return value


def encode_audio(value: object) -> str:
    """Raw audio bytes as base64 text; a ``str`` is taken as base64 already (as openai),
    and checked to be (:func:`check_base64`)."""
    if isinstance(value, str):
        return check_base64(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(cast("Buffer", value)).decode("ascii")
    raise InvalidEventError(
        f"audio must be raw bytes (base64-encoded for you) or a base64 string, "
        f"got {type(value).__name__}"
    )


_MODELS: dict[str, type[Any]] = {}
"""Generated model classes by name, looked up once."""

_NO_NULLS: Final[Mapping[str, str]] = {}
"""An emitter's ``null_kept`` when its events have no required nullable field (never
written)."""


class Emitter(Generic[R]):
    """What the generated namespaces hand their events to: encode, check, ``send``.

    ``table``: the protocol's client events (type -> model name); ``null_kept``: for an event
    type, its required nullable field, sent as ``null`` when not given; ``text_audio``: the
    event types whose ``audio`` the spec types as a plain string, checked as base64 here (a
    session kind's sends give theirs, as :mod:`._live_sends` does)."""

    __slots__ = ("_null_kept", "_send", "_table", "_text_audio")

    def __init__(
        self,
        send: Send[R],
        table: Mapping[str, str],
        *,
        null_kept: Mapping[str, str] = _NO_NULLS,
        text_audio: frozenset[str] = frozenset(),
    ) -> None:
        self._send = send
        self._table = table
        self._null_kept = null_kept
        self._text_audio = text_audio

    def emit(self, kind: str, fields: dict[str, Any], /) -> R:
        """Build ``{"type": kind, **fields}`` (``None`` fields left out, but for a required
        nullable one, ``null_kept``'s for ``kind``), check it against the table's model for
        ``kind`` (every field's type, unknown keys, a round trip; :class:`InvalidEventError`
        names the path; the ``audio`` of a ``text_audio`` type as base64), and send it."""
        payload: dict[str, Any] = {"type": kind}
        kept = self._null_kept.get(kind)
        for key, value in fields.items():
            if value is not None or key == kept:
                payload[key] = value
        name = self._table.get(kind)
        if name is None:
            raise InvalidEventError(f"{kind} is not a client event of this protocol")
        if kind in self._text_audio:  # its audio is a plain string field: checked here
            audio = fields.get("audio")
            if isinstance(audio, str):
                check_base64(audio, kind)
        model = _MODELS.get(name)
        if model is None:
            from realtime_generated import models

            model = _MODELS[name] = getattr(models, name)
        check_client_event(model, payload)
        return self._send(payload)

    def nested(self, value: object, name: str, /) -> dict[str, Any] | None:
        return None if value is None else to_payload(value, name=name)

    def audio(self, value: object, /) -> str:
        return encode_audio(value)

    def error(self, message: str, /) -> Exception:
        return InvalidEventError(message)


class RealtimeSends(sends.RealtimeSends[R]):
    """Every GA client event as a typed method, checked against the GA models."""

    __slots__ = ()

    def __init__(self, send: Send[R]) -> None:
        super().__init__(Emitter(send, event_types.CLIENT_EVENTS))


class BetaRealtimeSends(sends.BetaRealtimeSends[R]):
    """The beta protocol's client events (``OpenAI-Beta: realtime=v1``), checked against the
    beta models, ``transcription_session.update`` included."""

    __slots__ = ()

    def __init__(self, send: Send[R]) -> None:
        super().__init__(Emitter(send, event_types.BETA_CLIENT_EVENTS))
