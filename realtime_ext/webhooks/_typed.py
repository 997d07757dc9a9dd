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

__all__ = ["TYPED", "WebhookEvent"]

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
