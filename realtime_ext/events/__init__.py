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
from ._parse import (
    parse_beta_client_event,
    parse_beta_server_event,
    parse_client_event,
    parse_live_client_event,
    parse_live_server_event,
    parse_server_event,
    parse_translation_client_event,
    parse_translation_server_event,
)
from ._unknown import UnknownEvent

if TYPE_CHECKING:
    from ._parse import (
        BetaClientEvent,
        BetaServerEvent,
        ClientEvent,
        LiveClientEvent,
        LiveServerEvent,
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
    "LiveClientEvent",
    "LiveServerEvent",
    "RealtimeConversationItemFunctionCallOutputParam",
    "RealtimeConversationItemUserMessageParam",
    "RealtimeResponseCreateParamsParam",
    "ServerEvent",
    "TranslationClientEvent",
    "TranslationServerEvent",
    "UnknownEvent",
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
    "LiveServerEvent",
    "LiveClientEvent",
)


def __getattr__(name: str) -> Any:
    # The unions import every event model; only pay for that when the alias is used.
    if name not in _UNION_ALIASES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from realtime_generated import event_unions

    value = getattr(event_unions, name) | UnknownEvent
    globals()[name] = value
    return value
