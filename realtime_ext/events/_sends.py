"""Typed send namespaces: ``conn.response.create(...)`` and friends, with openai's names.

The namespaces themselves are generated from the spec (``realtime_generated.sends``, written
by scripts/regen.py): one method per client event, reached by the event's own ``type`` read
as an attribute path (``conversation.item.truncate`` -> ``sends.conversation.item.truncate``),
with the event's fields as keywords (the names and keywords of openai 3.54's connection
resources, ``event_id`` included). This module gives them their behaviour: the emitter each
method hands its event to, and the three roots that take a connection's ``send``.

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
    >>> TranslationSends(sent.append).session.close(event_id="bye")
    >>> [e["type"] for e in sent[3:]]
    ['transcription_session.update', 'session.close']
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
from realtime_generated.sends import LiveConnectTransportSends as LiveConnectTransportSends
from realtime_generated.sends import LiveDecisionSends as LiveDecisionSends
from realtime_generated.sends import LiveResponseSends as LiveResponseSends
from realtime_generated.sends import LiveSessionSends as LiveSessionSends
from realtime_generated.sends import OutputAudioBufferSends as OutputAudioBufferSends
from realtime_generated.sends import Params as Params
from realtime_generated.sends import ResponseSends as ResponseSends
from realtime_generated.sends import SessionSends as SessionSends
from realtime_generated.sends import SupportsToDict as SupportsToDict
from realtime_generated.sends import TranslationSessionSends as TranslationSessionSends

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


LIVE_AUDIO_APPEND: Final = "session.input_audio.append"
"""GPT-Live's audio append, whose ``audio`` the spec types as a plain string: base64 audio."""

_MODELS: dict[str, type[Any]] = {}
"""Generated model classes by name, looked up once."""


_NULL_KEPT: Mapping[str, str] = {
    "session.commentary.append": "delegation_id",
    "session.instructions.append": "delegation_id",
    "session.thinking.append": "delegation_id",
}
"""GPT-Live's fields that are required but nullable (openai 3.57: ``Required[Optional[str]]``):
sent as ``null`` when not given, as the API and openai's client expect them."""


def _checked(kind: str, fields: Mapping[str, object], table: Mapping[str, str]) -> dict[str, Any]:
    """The one event builder: ``{"type": kind, **fields}`` (``None`` fields left out, but for
    a required nullable one, :data:`_NULL_KEPT`), checked against ``table``'s model for
    ``kind`` (every field's type, unknown keys, a round trip; :class:`InvalidEventError`
    names the path)."""
    payload: dict[str, Any] = {"type": kind}
    kept = _NULL_KEPT.get(kind) if table is not event_types.CLIENT_EVENTS else None
    for key, value in fields.items():
        if value is not None or key == kept:
            payload[key] = value
    name = table.get(kind)
    if name is None:
        raise InvalidEventError(f"{kind} is not a client event of this protocol")
    if kind == LIVE_AUDIO_APPEND:  # its audio is a plain string field: checked here
        audio = fields.get("audio")
        if isinstance(audio, str):
            check_base64(audio, kind)
    model = _MODELS.get(name)
    if model is None:
        from realtime_generated import models

        model = _MODELS[name] = getattr(models, name)
    check_client_event(model, payload)
    return payload


class _Emitter(Generic[R]):
    """What the generated namespaces hand their events to: encode, check, ``send``."""

    __slots__ = ("_send", "_table")

    def __init__(self, send: Send[R], table: Mapping[str, str]) -> None:
        self._send = send
        self._table = table

    def emit(self, kind: str, fields: dict[str, Any], /) -> R:
        return self._send(_checked(kind, fields, self._table))

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
        super().__init__(_Emitter(send, event_types.CLIENT_EVENTS))


class BetaRealtimeSends(sends.BetaRealtimeSends[R]):
    """The beta protocol's client events (``OpenAI-Beta: realtime=v1``), checked against the
    beta models, ``transcription_session.update`` included."""

    __slots__ = ()

    def __init__(self, send: Send[R]) -> None:
        super().__init__(_Emitter(send, event_types.BETA_CLIENT_EVENTS))


class TranslationSends(sends.TranslationSends[R]):
    """Every translation client event as a typed method (``conn.session.*``)."""

    __slots__ = ()

    def __init__(self, send: Send[R]) -> None:
        super().__init__(_Emitter(send, event_types.TRANSLATION_CLIENT_EVENTS))


class LiveSends(sends.LiveSends[R]):
    """Every GPT-Live client event as a typed method (``conn.session.commentary.append(...)``,
    ``conn.response.create()``, ``conn.decision.create(...)``, ``conn.transport.dtmf.send(...)``),
    checked against the models of ``client_events``: the socket's own table
    (``LIVE_CLIENT_EVENTS`` for the primary socket, ``LIVE_CONNECT_CLIENT_EVENTS`` for a
    sideband, ``LIVE_FORK_CLIENT_EVENTS`` for a fork), so an event that socket does not take
    (``session.input_audio.append`` on a sideband) is refused before the wire.

    Example:
        >>> sent = []
        >>> LiveSends(sent.append).session.commentary.append(content="On Friday.")
        >>> sent
        [{'type': 'session.commentary.append', 'content': 'On Friday.', 'delegation_id': None}]
    """

    __slots__ = ("transport",)

    def __init__(
        self, send: Send[R], client_events: Mapping[str, str] = event_types.LIVE_CLIENT_EVENTS
    ) -> None:
        emitter = _Emitter(send, client_events)
        super().__init__(emitter)
        # A sideband's only own event (SIP calls): refused by the other sockets' tables.
        self.transport: LiveConnectTransportSends[R] = LiveConnectTransportSends(emitter)
