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
``BetaServerEvent``, ``BetaClientEvent``, ``TranslationServerEvent``,
``TranslationClientEvent``, ``LiveServerEvent`` and ``LiveClientEvent`` (GPT-Live), each
the union of the generated event models of its side and protocol with :class:`UnknownEvent`.

Reading any event an extension is handed, typed or a dict, one way: :func:`field` (one
top-level field), :func:`as_dict` (the whole JSON object), :func:`b64_size` (an audio
delta's decoded size without decoding it); :func:`to_payload` gives a sent event's JSON
object, checked (``realtime_ext.conversation.event_type`` gives any event's ``type``).

Sending is the connection's: its typed namespaces (``conn.response.create(...)`` and
friends, which check every field before anything is sent) and
``conn.send(model_or_dict)`` for any client event, as a dict or a generated model. For the
most common arguments of those sends, one call builds the dict: :func:`user_text`,
:func:`user_audio`, :func:`function_call_output` (items for
``conn.conversation.item.create(item=...)``) and :func:`response_params` (for
``conn.response.create(response=...)``).

The namespaces are public types, to annotate with and to put over a ``send`` of your own:
:class:`RealtimeSends` (GA), :class:`BetaRealtimeSends`, :class:`TranslationSends` and
:class:`LiveSends` take one ``send`` callable (a connection's, or ``list.append`` in a test) and
hand it each checked event dict; their branches are :class:`SessionSends`,
:class:`ResponseSends`, :class:`ConversationSends`, :class:`InputAudioBufferSends`,
:class:`OutputAudioBufferSends`, :class:`TranslationSessionSends`, :class:`LiveSessionSends`,
:class:`LiveResponseSends`, :class:`LiveDecisionSends` and :class:`LiveConnectTransportSends`
(``conn.response`` of an asyncio connection is an ``AsyncRealtimeConnection``'s
``ResponseSends[Coroutine[...]]``). A receive loop of your own decodes with
:func:`wire_decoder` (a :data:`Decoded`: the event and the JSON object it came from).

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

import importlib
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
from ._live import parse_live_client_event, parse_live_server_event
from ._parse import (
    Decoded,
    parse_beta_client_event,
    parse_beta_server_event,
    parse_client_event,
    parse_server_event,
    wire_decoder,
)
from ._payload import to_payload
from ._translation import parse_translation_client_event, parse_translation_server_event
from ._unknown import UnknownEvent

if TYPE_CHECKING:
    from ._live import LiveClientEvent, LiveServerEvent
    from ._live_sends import LiveConnectTransportSends as LiveConnectTransportSends
    from ._live_sends import LiveDecisionSends as LiveDecisionSends
    from ._live_sends import LiveResponseSends as LiveResponseSends
    from ._live_sends import LiveSends as LiveSends
    from ._live_sends import LiveSessionSends as LiveSessionSends
    from ._parse import BetaClientEvent, BetaServerEvent, ClientEvent, ServerEvent
    from ._sends import BetaRealtimeSends as BetaRealtimeSends
    from ._sends import ConversationSends as ConversationSends
    from ._sends import InputAudioBufferSends as InputAudioBufferSends
    from ._sends import OutputAudioBufferSends as OutputAudioBufferSends
    from ._sends import RealtimeSends as RealtimeSends
    from ._sends import ResponseSends as ResponseSends
    from ._sends import SessionSends as SessionSends
    from ._translation import TranslationClientEvent, TranslationServerEvent
    from ._translation_sends import TranslationSends as TranslationSends
    from ._translation_sends import TranslationSessionSends as TranslationSessionSends

# The send namespaces load on first use: they bring the validator and the generated models,
# which parsing alone never needs.
_SENDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "BetaRealtimeSends",
            "ConversationSends",
            "InputAudioBufferSends",
            "OutputAudioBufferSends",
            "RealtimeSends",
            "ResponseSends",
            "SessionSends",
        ),
        "._sends",
    ),
    **dict.fromkeys(
        (
            "LiveConnectTransportSends",
            "LiveDecisionSends",
            "LiveResponseSends",
            "LiveSends",
            "LiveSessionSends",
        ),
        "._live_sends",
    ),
    **dict.fromkeys(("TranslationSends", "TranslationSessionSends"), "._translation_sends"),
}

__all__ = [
    "BetaClientEvent",
    "BetaRealtimeSends",
    "BetaServerEvent",
    "ClientEvent",
    "ConversationSends",
    "Decoded",
    "EventDecodeError",
    "InputAudioBufferSends",
    "InputAudioParam",
    "InputTextParam",
    "InvalidEventError",
    "LiveClientEvent",
    "LiveConnectTransportSends",
    "LiveDecisionSends",
    "LiveResponseSends",
    "LiveSends",
    "LiveServerEvent",
    "LiveSessionSends",
    "OutputAudioBufferSends",
    "RealtimeConversationItemFunctionCallOutputParam",
    "RealtimeConversationItemUserMessageParam",
    "RealtimeResponseCreateParamsParam",
    "RealtimeSends",
    "ResponseSends",
    "ServerEvent",
    "SessionSends",
    "TranslationClientEvent",
    "TranslationSends",
    "TranslationServerEvent",
    "TranslationSessionSends",
    "UnknownEvent",
    "as_dict",
    "b64_size",
    "field",
    "function_call_output",
    "parse_beta_client_event",
    "parse_beta_server_event",
    "parse_client_event",
    "parse_live_client_event",
    "parse_live_server_event",
    "parse_server_event",
    "parse_translation_client_event",
    "parse_translation_server_event",
    "response_params",
    "to_payload",
    "user_audio",
    "user_text",
    "wire_decoder",
]

_UNION_ALIASES = (
    "ServerEvent",
    "ClientEvent",
    "BetaServerEvent",
    "BetaClientEvent",
    "TranslationServerEvent",
    "TranslationClientEvent",
    "LiveServerEvent",
    "LiveClientEvent",
)


def __getattr__(name: str) -> Any:
    module_name = _SENDS.get(name)
    if module_name is not None:
        value = getattr(importlib.import_module(module_name, __name__), name)
        globals()[name] = value
        return value
    # The unions import every event model; only pay for that when the alias is used.
    if name not in _UNION_ALIASES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from realtime_generated import event_unions

    value = getattr(event_unions, name) | UnknownEvent
    globals()[name] = value
    return value
