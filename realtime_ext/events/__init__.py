"""Typed Realtime events: parse wire messages into typed events, and the send namespaces.

Parsing dispatches on ``type`` through the tables generated from the spec's
discriminators and returns the generated attrs model; unknown types (and known types
with a shape the spec does not describe) come back as :class:`UnknownEvent`, never as an
exception. Only a message that is not a JSON object raises :class:`EventDecodeError`.

Narrowing: every event model has ``type`` typed as its one literal (a class constant,
``type: ClassVar[Literal["response.done"]]``, written by the regen templates), and
``UnknownEvent.type`` is the literal ``"unknown"`` with the real wire type in
``UnknownEvent.wire_type``. So on what ``parse_*``, ``for event in conn``, ``recv()`` and
``run_until()`` return, ``if event.type == "response.output_text.delta":`` narrows to that
one model in mypy and pyright (``event.delta`` is a ``str``), and an unknown event is
reached with ``if event.type == "unknown":`` (or ``isinstance(event, UnknownEvent)``).

What the parsers return, to annotate with: ``ServerEvent``, ``ClientEvent``,
``BetaServerEvent``, ``BetaClientEvent``, ``TranslationServerEvent`` and
``TranslationClientEvent``, each the union of the generated event models of its side and
protocol with :class:`UnknownEvent`.

Reading any event an extension is handed, typed or a dict, one way: :func:`field` (one
top-level field), :func:`as_dict` (the whole JSON object), :func:`b64_size` (an audio
delta's decoded size without decoding it); :func:`to_payload` gives a sent event's JSON
object, checked (``realtime_ext.conversation.event_type`` gives any event's ``type``).

Sending is the connection's: its typed namespaces (``conn.response.create(...)`` and
friends, built in :mod:`._sends`, which check every field before anything is sent) and
``conn.send(model_or_dict)`` for any client event, as a dict or a generated model. For the
most common arguments of those sends, one call builds the dict: :func:`user_text`,
:func:`user_audio`, :func:`function_call_output` (items for
``conn.conversation.item.create(item=...)``) and :func:`response_params` (for
``conn.response.create(response=...)``).

Example:
    >>> from realtime_ext import events
    >>> event = events.parse_server_event(
    ...     '{"type": "response.output_text.delta", "event_id": "e1", "response_id": "r",'
    ...     ' "item_id": "i", "output_index": 0, "content_index": 0, "delta": "Hi"}'
    ... )
    >>> if event.type == "response.output_text.delta":
    ...     print(event.delta)
    Hi
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._exceptions import EventDecodeError, InvalidEventError
from ._builders import (
    InputAudioParam,
    InputTextParam,
    RealtimeConversationItemFunctionCallOutputParam,
    RealtimeConversationItemUserMessageParam,
    RealtimeResponseCreateParamsParam,
    function_call_output,
    response_params,
    user_audio,
    user_text,
)
from ._fields import as_dict, b64_size, field
from ._parse import (
    parse_beta_client_event,
    parse_beta_server_event,
    parse_client_event,
    parse_server_event,
    parse_translation_client_event,
    parse_translation_server_event,
)
from ._payload import to_payload
from ._unknown import UnknownEvent

if TYPE_CHECKING:
    from ._parse import (
        BetaClientEvent,
        BetaServerEvent,
        ClientEvent,
        ServerEvent,
        TranslationClientEvent,
        TranslationServerEvent,
    )

__all__ = [
    "BetaClientEvent",
    "BetaServerEvent",
    "ClientEvent",
    "EventDecodeError",
    "InputAudioParam",
    "InputTextParam",
    "InvalidEventError",
    "RealtimeConversationItemFunctionCallOutputParam",
    "RealtimeConversationItemUserMessageParam",
    "RealtimeResponseCreateParamsParam",
    "ServerEvent",
    "TranslationClientEvent",
    "TranslationServerEvent",
    "UnknownEvent",
    "as_dict",
    "b64_size",
    "field",
    "function_call_output",
    "parse_beta_client_event",
    "parse_beta_server_event",
    "parse_client_event",
    "parse_server_event",
    "parse_translation_client_event",
    "parse_translation_server_event",
    "response_params",
    "to_payload",
    "user_audio",
    "user_text",
]

_UNION_ALIASES = (
    "ServerEvent",
    "ClientEvent",
    "BetaServerEvent",
    "BetaClientEvent",
    "TranslationServerEvent",
    "TranslationClientEvent",
)


def __getattr__(name: str) -> Any:
    # The unions import every event model; only pay for that when the alias is used.
    if name not in _UNION_ALIASES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from realtime_generated import event_unions

    value = getattr(event_unions, name) | UnknownEvent
    globals()[name] = value
    return value
