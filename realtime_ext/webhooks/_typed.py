"""Every webhook event this SDK types: the union :func:`~realtime_ext.webhooks.unwrap`
returns (:data:`WebhookEvent`) and the table :func:`~realtime_ext.webhooks.parse_event`
reads (:data:`TYPED`), each API's events from its own module (:mod:`._events`,
:mod:`._live_events`).
"""

from __future__ import annotations

from typing import TypeAlias

from ._events import REALTIME_WEBHOOK, RealtimeCallIncomingEvent, UnknownWebhookEvent, WebhookType
from ._live_events import (
    LIVE_WEBHOOKS,
    LiveCallIncomingEvent,
    LiveTransportConnectedEvent,
    LiveTransportIncomingEvent,
)

__all__ = ["TYPED", "IncomingCall", "WebhookEvent"]

IncomingCall: TypeAlias = (
    RealtimeCallIncomingEvent | LiveTransportIncomingEvent | LiveCallIncomingEvent
)
"""An announcement of an incoming SIP call: Realtime's ``realtime.call.incoming``, GPT-Live's
``live.transport.incoming`` or its deprecated ``live.call.incoming``. Each carries the
INVITE's SIP headers (``caller``, ``callee``, ``sip_header(name)``) and the id the call is
accepted by on its API (``subject_id``). Tell one apart with ``isinstance(event,
IncomingCall)``.

Example::

    event = unwrap(body, headers)
    if isinstance(event, IncomingCall):
        print(event.subject_field, event.subject_id, event.caller)
"""

WebhookEvent: TypeAlias = (
    RealtimeCallIncomingEvent
    | LiveTransportIncomingEvent
    | LiveTransportConnectedEvent
    | LiveCallIncomingEvent
    | UnknownWebhookEvent
)
"""What :func:`unwrap` returns."""


TYPED: dict[str, WebhookType[WebhookEvent]] = {
    kind.type: kind for kind in (REALTIME_WEBHOOK, *LIVE_WEBHOOKS)
}
"""The webhook types :func:`~realtime_ext.webhooks.unwrap` types, by ``type``."""
