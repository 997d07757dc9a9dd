"""Verify and parse OpenAI webhooks, starting with ``realtime.call.incoming`` (SIP calls).

OpenAI signs webhooks with the Standard Webhooks scheme (``webhook-id``,
``webhook-timestamp``, ``webhook-signature`` headers and a ``whsec_...`` secret).
:func:`unwrap` verifies a request and returns a typed event: a
:class:`RealtimeCallIncomingEvent` (a wrapper around the generated
``WebhookRealtimeCallIncoming`` model, in ``.model``, adding SIP helpers), GPT-Live's
:class:`LiveTransportIncomingEvent` (``live.transport.incoming``, same helpers),
:class:`LiveTransportConnectedEvent` (``live.transport.connected``) and
:class:`LiveCallIncomingEvent` (the deprecated ``live.call.incoming``), or an
:class:`UnknownWebhookEvent` for types this SDK does not model yet (tell them apart with
``isinstance``).

One pending SIP call can send both ``realtime.call.incoming`` (an ``rtc_...`` id) and
``live.transport.incoming`` (a ``live_...`` id); the first successful accept on either API
picks the runtime, so give the call one handler.

Example::

    from realtime_ext.webhooks import RealtimeCallIncomingEvent, unwrap

    event = unwrap(body, headers, secret=os.environ["OPENAI_WEBHOOK_SECRET"])
    if isinstance(event, RealtimeCallIncomingEvent):
        print(event.caller, "->", event.callee, event.sip_header("Call-ID"))
"""

from .._exceptions import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    MissingWebhookHeaderError,
    WebhookConfigError,
    WebhookError,
    WebhookTimestampError,
    WebhookTimestampTooNewError,
    WebhookTimestampTooOldError,
)
from ._events import (
    LiveCallIncomingEvent,
    LiveTransportConnectedEvent,
    LiveTransportIncomingEvent,
    RealtimeCallIncomingEvent,
    UnknownWebhookEvent,
    WebhookEvent,
)
from ._unwrap import unwrap
from ._verify import sign, verify

__all__ = [
    "InvalidWebhookPayloadError",
    "InvalidWebhookSignatureError",
    "LiveCallIncomingEvent",
    "LiveTransportConnectedEvent",
    "LiveTransportIncomingEvent",
    "MissingWebhookHeaderError",
    "RealtimeCallIncomingEvent",
    "UnknownWebhookEvent",
    "WebhookConfigError",
    "WebhookError",
    "WebhookEvent",
    "WebhookTimestampError",
    "WebhookTimestampTooNewError",
    "WebhookTimestampTooOldError",
    "sign",
    "unwrap",
    "verify",
]
